import type { EntityType } from "../../model/entity-types.js";
import type { Sentence } from "../../model/types.js";
import type { Token } from "../text/tokens.js";

/**
 * A name found in a text, as UTF-16 offsets with the recogniser's label. Structurally the same as the
 * statistical recogniser's span in `src/extract/ner/`, so either finder plugs into the rule extractor.
 */
export interface NamedSpan {
  start: number;
  end: number;
  text: string;
  label: "PER" | "ORG" | "LOC" | "MISC";
  score?: number;
  /**
   * The entity type when the document settles it (a dateline's outlet is an organisation; a name
   * typed a person elsewhere in the document is one here too). It wins over the label and the head
   * words; titles in front of the name still become roles.
   */
  type?: EntityType;
}

/** Finds the names in a text, given its sentences. */
export type NameFinder = (text: string, sentences: readonly Sentence[]) => NamedSpan[];

/** The token range [first, end) a span covers in a sentence's tokens. */
export function tokenRange(tokens: readonly Token[], span: NamedSpan): [number, number] {
  const first = tokens.findIndex((t) => t.end > span.start);
  if (first < 0) return [tokens.length, tokens.length];
  let end = first;
  while (end < tokens.length && tokens[end]!.start < span.end) end++;
  return [first, end];
}
