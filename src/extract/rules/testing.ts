// Support for the rule tests (not used at run time): the extractor as ingestion runs it, and its
// output as readable facts, "perpetrated(Seifeddine Rezgui → Sousse attack)".
import assert from "node:assert/strict";
import type { Extraction } from "../extraction.js";
import { statisticalNameFinder } from "../statistical-name-finder.js";
import { splitSentences } from "../text/sentences.js";
import { createRuleExtractor } from "./rule-extractor.js";

let trained: ReturnType<typeof createRuleExtractor> | undefined;
const capitalised = createRuleExtractor({ skipFailingSentences: false });

/**
 * Extracts a text as ingestion does: with the trained recogniser (the default), or with the
 * capitalisation rules (`finder: "capitals"`). A failing sentence fails the test.
 */
export function extractText(
  text: string,
  published: string,
  options: { finder?: "trained" | "capitals" } = {},
): Extraction {
  trained ??= createRuleExtractor({
    nameFinder: statisticalNameFinder("conll"),
    skipFailingSentences: false,
  });
  const extractor = options.finder === "capitals" ? capitalised : trained;
  return extractor.extract({ text, sentences: splitSentences(text), published, language: "en" });
}

/** Every statement as "predicate(subject → object or value)". */
export function factsOf(x: Extraction): string[] {
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name;
  return x.statements.map(
    (s) => `${s.predicate}(${name(s.subject)} → ${s.object ? name(s.object) : s.value})`,
  );
}

/** The statements of one predicate as "subject → object or value". */
export function factsBy(x: Extraction, predicate: string): string[] {
  const name = (key: string | undefined) => x.entities.find((e) => e.key === key)?.name;
  return x.statements
    .filter((s) => s.predicate === predicate)
    .map((s) => `${name(s.subject)} → ${s.object !== undefined ? name(s.object) : s.value}`);
}

export function assertHas(x: Extraction, fact: string): void {
  const all = factsOf(x);
  assert.ok(all.includes(fact), `expected ${fact} in:\n${all.join("\n")}`);
}

export function assertLacks(x: Extraction, pattern: RegExp): void {
  const all = factsOf(x);
  assert.ok(!all.some((f) => pattern.test(f)), `unexpected ${pattern} in:\n${all.join("\n")}`);
}
