import { createRuleExtractor } from "../extract/rules/index.js";
import { statisticalNameFinder } from "../extract/statistical-name-finder.js";
import { splitSentences } from "../extract/text/sentences.js";
import { keyResolver } from "../resolve/entity-resolver.js";
import type { Pipeline } from "./pipeline.js";

export interface PipelineOptions {
  /** The named-entity model: "conll" (default), "gmb" (open data only), a model file, or "none" for capitalisation rules. */
  nerModel?: string;
}

/** The pipeline Tessera uses unless told otherwise. */
export function defaultPipeline(options: PipelineOptions = {}): Pipeline {
  const model = options.nerModel ?? "conll";
  return {
    splitSentences: (text) => splitSentences(text),
    extractor: createRuleExtractor(model === "none" ? {} : { nameFinder: statisticalNameFinder(model) }),
    resolver: keyResolver,
  };
}
