import type { EntityType } from "../../model/entity-types.js";
import type { Sentence } from "../../model/types.js";

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
