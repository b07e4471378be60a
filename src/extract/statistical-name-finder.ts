import { loadNerModel, recognize } from "./ner/index.js";
import type { NameFinder } from "./rules/index.js";

/**
 * The trained named-entity model as the rule extractor's name finder. `conll` (the default, best
 * scores, trained on research-only Reuters data) or `gmb` (trained on openly licensed data only);
 * see docs/models.md. The model tags one sentence at a time; the rule extractor then settles its
 * spans for the whole document (datelines, headings, one type per name: `settleNames`).
 */
export function statisticalNameFinder(model: string = "conll"): NameFinder {
  const loaded = loadNerModel(model);
  return (text, sentences) => recognize(loaded, text, sentences);
}
