import type { LabelledDocument } from "./conll.js";
import { type ConllevalResult, conlleval } from "./conlleval.js";
import { tagsToChunks } from "./labels.js";
import { type NerModel, tagWords } from "./model.js";

/** IOB2 tag strings for predicted BILOU tags, which conlleval reads. */
export function toIob2(tags: ArrayLike<number>): string[] {
  const out: string[] = Array.from({ length: tags.length }, () => "O");
  for (const c of tagsToChunks(tags)) {
    out[c.start] = `B-${c.label}`;
    for (let i = c.start + 1; i < c.end; i++) out[i] = `I-${c.label}`;
  }
  return out;
}

/** IOB1 tag strings (CoNLL-2003's scheme): B- only where a chunk follows one of the same type. */
export function toIob1(tags: ArrayLike<number>): string[] {
  const out: string[] = Array.from({ length: tags.length }, () => "O");
  let lastEnd = -1;
  let lastLabel = "";
  for (const c of tagsToChunks(tags)) {
    for (let i = c.start; i < c.end; i++) out[i] = `I-${c.label}`;
    if (c.start === lastEnd && c.label === lastLabel) out[c.start] = `B-${c.label}`;
    lastEnd = c.end;
    lastLabel = c.label;
  }
  return out;
}

/** Whether gold tags are IOB1: some chunk opens with I- (IOB2 always opens with B-). */
export function isIob1(sentences: readonly (readonly string[])[]): boolean {
  return sentences.some((tags) =>
    tags.some((t, i) => t.startsWith("I-") && (i === 0 || tags[i - 1]!.slice(2) !== t.slice(2))),
  );
}

/** Tags every document of a labelled set and scores it against the gold tags, conlleval-style. */
export function evaluate(
  model: NerModel,
  documents: readonly LabelledDocument[],
): { result: ConllevalResult; predicted: string[][]; seconds: number } {
  const gold: string[][] = [];
  const predicted: string[][] = [];
  const started = performance.now();
  const tagged = documents.map((d) =>
    tagWords(
      model,
      d.sentences.map((s) => s.words),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  documents.forEach((d) => {
    for (const s of d.sentences) gold.push(s.tags);
  });
  // Predictions are written in the gold data's scheme, so conlleval's token accuracy compares like with like.
  const write = isIob1(gold) ? toIob1 : toIob2;
  for (const doc of tagged) for (const tags of doc) predicted.push(write(tags));
  return { result: conlleval(gold, predicted), predicted, seconds };
}
