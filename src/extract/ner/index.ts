import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inputError } from "../../errors/errors.js";
import type { Sentence } from "../../model/types.js";
import { tokenize } from "../text/tokens.js";
import { type NerLabel, tagsToChunks } from "./labels.js";
import { type NerModel, tagWords } from "./model.js";
import { parseModel } from "./model-file.js";

/**
 * Named-entity recognition for English news: PER, ORG, LOC and MISC spans, CoNLL-2003 style, from a
 * greedy averaged-perceptron tagger trained by scripts/train-ner.ts (see docs/models.md).
 *
 *   const model = loadNerModel();             // "conll" (research-only data, best scores) or "gmb" (open)
 *   const spans = recognize(model, text, splitSentences(text));
 */
export type { NerLabel } from "./labels.js";
export type { NerModel, NerModelMeta } from "./model.js";

export interface NamedSpan {
  start: number;
  end: number;
  text: string;
  label: NerLabel;
  /** Mean probability the tagger gave the span's tags (a softmax over its scores), 0–1. */
  score?: number;
}

/** The shipped models by name. */
export const MODEL_FILES = Object.freeze({ conll: "conll-en.ner.gz", gmb: "gmb-en.ner.gz" });

export const DEFAULT_MODEL = "conll";

const cache = new Map<string, NerModel>();

/**
 * The folder of the shipped models. Under tsx this is src/extract/ner/models; the TypeScript build
 * copies no data files, so from dist/extract/ner the models are read from the source tree when
 * dist/extract/ner/models does not exist.
 */
function modelsDir(): string {
  const here = new URL("./models/", import.meta.url);
  if (existsSync(here)) return fileURLToPath(here);
  return fileURLToPath(new URL("../../../src/extract/ner/models/", import.meta.url));
}

/** Loads (once, synchronously) a shipped model by name, or a model file by path. */
export function loadNerModel(name: "conll" | "gmb" | string = DEFAULT_MODEL): NerModel {
  const path = name in MODEL_FILES ? modelsDir() + MODEL_FILES[name as keyof typeof MODEL_FILES] : name;
  let model = cache.get(path);
  if (model !== undefined) return model;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw inputError("TESSERA_UNREADABLE", path, "cannot read the NER model file", error);
  }
  try {
    model = parseModel(bytes);
  } catch (error) {
    throw inputError(
      "TESSERA_UNSUPPORTED_FORMAT",
      path,
      `not a usable NER model (${(error as Error).message})`,
      error,
    );
  }
  cache.set(path, model);
  return model;
}

/** An Arabic article written lowercase inside a name: "al-Sharia", "el-Sisi", "ad-Din". */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\p{Lu}/u;

/**
 * The word as the model should see it: typographic quotes as the training data writes them (“Tunis” as
 * "Tunis"), and a lowercase Arabic article capitalised ("al-Sharia" as "Al-Sharia"), because Reuters
 * text of 1996 rarely writes it lowercase and the model would otherwise end the name before it.
 */
function modelWord(token: string): string {
  if (token.length > 2) {
    const word = token.includes("’") ? token.replaceAll("’", "'") : token;
    return ARTICLE.test(word) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  }
  switch (token) {
    case "“":
    case "”":
    case "«":
    case "»":
      return '"';
    case "‘":
    case "’":
      return "'";
    case "’s":
      return "'s";
    default:
      return token;
  }
}

/**
 * Finds named entities in `text`, sentence by sentence (the sentences give the offsets, as from
 * splitSentences). The whole text is one document: a name tagged earlier informs later mentions.
 *
 * @example recognize(loadNerModel(), text, splitSentences(text)) // [{ start, end, text: "Libya", label: "LOC", score }]
 */
export function recognize(model: NerModel, text: string, sentences: readonly Sentence[]): NamedSpan[] {
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end)).filter((t) => t.length > 0);
  const confidences: Float32Array[] = [];
  const tagged = tagWords(
    model,
    tokens.map((ts) => ts.map((t) => modelWord(t.text))),
    confidences,
  );
  const spans: NamedSpan[] = [];
  tagged.forEach((tags, s) => {
    const ts = tokens[s]!;
    const conf = confidences[s]!;
    for (const c of tagsToChunks(tags)) {
      const start = ts[c.start]!.start;
      const end = ts[c.end - 1]!.end;
      let sum = 0;
      for (let i = c.start; i < c.end; i++) sum += conf[i]!;
      const score = Math.round((sum / (c.end - c.start)) * 1000) / 1000;
      spans.push({ start, end, text: text.slice(start, end), label: c.label, score });
    }
  });
  return spans;
}
