import type { Extraction, Extractor } from "../../src/extract/extraction.js";
import type { Pipeline } from "../../src/ingest/pipeline.js";
import type { EntityType, Sentence } from "../../src/model/index.js";
import { keyResolver } from "../../src/resolve/entity-resolver.js";

/** Splits on full stops: enough for hand-written test reports. */
export function naiveSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ index: out.length, start, end });
  }
  return out;
}

/**
 * An extractor that knows a fixed list of names, and says "X killed N" when a sentence names an
 * event and a number of dead: predictable input for store and ingestion tests.
 */
export function fakeExtractor(names: Record<string, EntityType>): Extractor {
  return {
    name: "fake",
    extract({ text, sentences }): Extraction {
      const out: Extraction = { entities: [], mentions: [], statements: [] };
      const keys = new Map<string, string>();
      for (const s of sentences) {
        const sentence = text.slice(s.start, s.end);
        const inSentence: string[] = [];
        for (const [name, type] of Object.entries(names)) {
          for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + name.length)) {
            let key = keys.get(name);
            if (!key) {
              key = `e${keys.size}`;
              keys.set(name, key);
              out.entities.push({ key, type, name });
            }
            out.mentions.push({
              entity: key,
              start: s.start + i,
              end: s.start + i + name.length,
              text: name,
              label: type,
              sentence: s.index,
            });
            inSentence.push(name);
          }
        }
        const dead = /(\d+) (?:people )?(?:were )?killed/.exec(sentence);
        const event = inSentence.find((n) => names[n] === "event");
        if (dead && event) {
          out.statements.push({
            subject: keys.get(event)!,
            predicate: "killed",
            value: Number(dead[1]),
            credibility: 3,
            sentence: s.index,
          });
        }
      }
      return out;
    },
  };
}

export function fakePipeline(names: Record<string, EntityType>): Pipeline {
  return { splitSentences: naiveSentences, extractor: fakeExtractor(names), resolver: keyResolver };
}
