import { createRuleExtractor } from "../extract/rules/index.js";
import { splitSentences } from "../extract/text/sentences.js";
import { keyResolver } from "../resolve/entity-resolver.js";
import type { Pipeline } from "./pipeline.js";

/** The pipeline Tessera uses unless told otherwise. */
export function defaultPipeline(): Pipeline {
  return {
    splitSentences: (text) => splitSentences(text),
    extractor: createRuleExtractor(),
    resolver: keyResolver,
  };
}
