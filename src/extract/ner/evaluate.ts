import type { LabelledDocument } from "./conll.js";
import { type ConllevalResult, conlleval } from "./conlleval.js";
import { tagsToChunks } from "./labels.js";
import type { Decoder } from "./tagger.js";

/** IOB2 tag strings for predicted BILOU tags, which conlleval reads. */
export function toIob2(tags: ArrayLike<number>): string[] {
  const out: string[] = Array.from({ length: tags.length }, () => "O");
  for (const c of tagsToChunks(tags)) {
    out[c.start] = `B-${c.label}`;
    for (let i = c.start + 1; i < c.end; i++) out[i] = `I-${c.label}`;
  }
  return out;
}

/** Tags every document of a labelled set and scores it against the gold tags, conlleval-style. */
export function evaluate(
  decoder: Decoder,
  documents: readonly LabelledDocument[],
): { result: ConllevalResult; predicted: string[][]; seconds: number } {
  const gold: string[][] = [];
  const predicted: string[][] = [];
  const started = performance.now();
  const tagged = documents.map((d) => decoder.tagDocument(d.sentences.map((s) => s.words)));
  const seconds = (performance.now() - started) / 1000;
  documents.forEach((d, i) => {
    d.sentences.forEach((s, j) => {
      gold.push(s.tags);
      predicted.push(toIob2(tagged[i]![j]!));
    });
  });
  return { result: conlleval(gold, predicted), predicted, seconds };
}
