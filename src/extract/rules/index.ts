export { findCapitalisedNames } from "./capitalised-names.js";
export type { NamedSpan, NameFinder } from "./named-span.js";
export { createRuleExtractor, DEFAULTS, type RuleExtractorOptions } from "./rule-extractor.js";
