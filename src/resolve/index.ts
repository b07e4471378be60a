/** Cross-document entity resolution (issue 4): what the CLI, the HTTP API and the web UI call. */
export type { MergeRecord } from "../store/repositories/merges.js";
export { type ImportAliasesResult, importAliasGroups } from "./import-aliases.js";
export { addAlias, markDistinct, mergeEntities, mergeHistory, splitEntity } from "./merge-entities.js";
export { listReviewQueue, type ReviewPair } from "./review-queue.js";
export { type RunResolutionOptions, type RunResolutionResult, runResolution } from "./run-resolution.js";
