import type { LabelledDocument, LabelledSentence } from "./conll.js";

/**
 * The Groningen Meaning Bank NER corpus ("Entity Annotated Corpus") mapped onto CoNLL-2003's types,
 * with a fixed split. GMB has no documents and no official split, so:
 *   1. the last sentence (cut off in the distributed file) is dropped;
 *   2. exact duplicate sentences are dropped after their first occurrence;
 *   3. the remaining sentences, in file order (which is article order), are cut into blocks of
 *      `blockSize` consecutive sentences, each treated as one document;
 *   4. every `devEvery`-th block (index % devEvery === devEvery - 1) is the development set, the rest train.
 * Blocks keep neighbouring sentences of one article on the same side of the split.
 */
export interface GmbSplitOptions {
  blockSize: number;
  devEvery: number;
}

export const DEFAULTS: Readonly<GmbSplitOptions> = Object.freeze({ blockSize: 20, devEvery: 10 });

/*
 * Tag mapping. per → PER, org → ORG, geo → LOC. gpe is mostly nationality adjectives ("Iraqi",
 * "Palestinians"), which CoNLL-2003 tags MISC, so gpe → MISC, except where the word is a country or
 * place name (`isPlace`), which CoNLL tags LOC. art, eve, nat (works, events, natural phenomena) → MISC,
 * as in CoNLL. tim (dates and times) → O: CoNLL does not tag them.
 */
const TYPE_MAP: Record<string, string> = {
  per: "PER",
  org: "ORG",
  geo: "LOC",
  art: "MISC",
  eve: "MISC",
  nat: "MISC",
};

/** Maps a sentence's GMB IOB2 tags to CoNLL types (IOB2). */
export function mapGmbSentence(
  sentence: LabelledSentence,
  isPlace: (word: string) => boolean,
): LabelledSentence {
  const tags = sentence.tags.map((tag, i) => {
    if (tag === "O") return "O";
    const [prefix, type] = tag.split("-") as [string, string];
    let mapped = TYPE_MAP[type];
    if (type === "gpe") mapped = isPlace(sentence.words[i]!) ? "LOC" : "MISC";
    return mapped === undefined ? "O" : `${prefix}-${mapped}`;
  });
  // A chunk whose first token was dropped (tim) or retyped must not start with I- after O: repair to B-.
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (!t.startsWith("I-")) continue;
    const prev = i > 0 ? tags[i - 1]! : "O";
    if (prev === "O" || prev.slice(2) !== t.slice(2)) tags[i] = `B-${t.slice(2)}`;
  }
  return { words: sentence.words, tags };
}

/** Splits the parsed GMB file (one document) into train and development pseudo-documents. */
export function splitGmb(
  parsed: readonly LabelledDocument[],
  isPlace: (word: string) => boolean,
  options: GmbSplitOptions = DEFAULTS,
): { train: LabelledDocument[]; dev: LabelledDocument[] } {
  const all = parsed.flatMap((d) => d.sentences).slice(0, -1);
  const seen = new Set<string>();
  const unique: LabelledSentence[] = [];
  for (const s of all) {
    const key = s.words.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(mapGmbSentence(s, isPlace));
  }
  const train: LabelledDocument[] = [];
  const dev: LabelledDocument[] = [];
  for (let b = 0; b * options.blockSize < unique.length; b++) {
    const block = { sentences: unique.slice(b * options.blockSize, (b + 1) * options.blockSize) };
    (b % options.devEvery === options.devEvery - 1 ? dev : train).push(block);
  }
  return { train, dev };
}
