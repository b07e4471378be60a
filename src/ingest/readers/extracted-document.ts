import type { RawReport } from "../report.js";

/** What a single-document reader gives: text and metadata. The dispatcher adds the origin and format. */
export type ExtractedDocument = Pick<RawReport, "text" | "meta">;
