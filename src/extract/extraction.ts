import type { Bound, Credibility, EntityType, Predicate, Sentence, TimeInterval } from "../model/index.js";

/** What an extractor reads: a normalised text, its sentences, and when it was published. */
export interface ExtractionInput {
  text: string;
  sentences: readonly Sentence[];
  /** ISO date the report was published; relative dates ("on Friday") resolve against it. */
  published: string | null;
  language: string;
}

/** An entity as one document knows it: its mentions clustered by in-document coreference. */
export interface ExtractedEntity {
  /** Local to the extraction; the resolver maps it to a store entity. */
  key: string;
  type: EntityType;
  name: string;
}

export interface ExtractedMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** The label the recogniser gave the span (PER, ORG, …, or a rule's name). */
  label: string;
  sentence: number;
  /** A description ("the gunman") rather than a name: linked to the entity, never an alias of it. */
  nominal?: boolean;
}

export interface ExtractedStatement {
  subject: string;
  predicate: Predicate;
  object?: string;
  value?: number | string;
  bound?: Bound;
  role?: string;
  time?: TimeInterval | null;
  credibility: Credibility;
  /** The sentence the statement comes from. */
  sentence: number;
}

export interface Extraction {
  entities: ExtractedEntity[];
  mentions: ExtractedMention[];
  statements: ExtractedStatement[];
}

/** A stage that turns a text into entities, mentions and statements. Pure: no I/O. */
export interface Extractor {
  readonly name: string;
  extract(input: ExtractionInput): Extraction;
}
