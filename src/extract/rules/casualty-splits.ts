// Tolls split between attackers and victims: "23 hostages and 32 militants had died" gives 23.
import { ATTACKER_DESCRIPTIONS, GROUP_NOUNS } from "./lexicon.js";
import { type Count, readNumber } from "./numbers.js";

/**
 * Nouns that make an addend of a split the attackers' ("23 hostages and 32 militants had died"): the
 * guide leaves them out of the victims' toll. "men" is not among them: "two men and a woman were
 * killed" may be victims, so a split with "men" in it is not read (see `plausible`).
 */
export const ATTACKER_NOUNS: ReadonlySet<string> = new Set([
  ...[...GROUP_NOUNS].filter((w) => w !== "men"),
  ...ATTACKER_DESCRIPTIONS,
  "hostage-takers",
  "insurgents",
  "jihadists",
  "accomplices",
]);

/** The addends of a sum or split in `words[from, end)`: each number (or "a") and the nouns after it. */
function addends(words: readonly string[], from: number, end: number): { value: number; nouns: string[] }[] {
  const parts: { value: number; nouns: string[] }[] = [];
  for (let k = from; k < end; k++) {
    const opens = k === from || words[k - 1] === "," || words[k - 1] === "and" || words[k - 1] === "least";
    const n = opens ? readNumber(words, k) : undefined;
    const single = opens && (words[k] === "a" || words[k] === "an") && !n;
    if (n || single) {
      parts.push({ value: n ? n.value : 1, nouns: [] });
      if (n) k = n.end - 1;
    } else parts.at(-1)?.nouns.push(words[k]!);
  }
  return parts;
}

const isAttackers = (part: { nouns: string[] }) => part.nouns.some((w) => ATTACKER_NOUNS.has(w));

/**
 * The victims of a split: "at least 23 hostages and 32 militants had died" is 23, "920 militants, 165
 * soldiers and police officers, and 47 civilians" is 212 (the guide sums victims and leaves attackers
 * out). Undefined unless the words split the dead between attackers and others.
 */
export function victimsOf(words: readonly string[], from: number, end: number): number | undefined {
  const parts = addends(words, from, end);
  if (parts.length < 2 || parts.some((p) => p.nouns.includes("men"))) return undefined;
  const victims = parts.filter((p) => !isAttackers(p));
  if (victims.length === 0 || victims.length === parts.length) return undefined;
  return victims.reduce((sum, p) => sum + p.value, 0);
}

/**
 * "killed more than 1,100 people: 920 militants, 165 soldiers and police officers, and 47 civilians":
 * the breakdown after a colon, when it splits attackers from victims, gives the victims' toll too.
 */
export function breakdownAfter(words: readonly string[], count: Count): Count | undefined {
  const colon = words[count.end] === ":" ? count.end : words[count.end - 1] === ":" ? count.end - 1 : -1;
  if (colon < 0) return undefined;
  let end = colon + 1;
  while (end < words.length && ![".", ";", ":"].includes(words[end]!)) end++;
  const victims = victimsOf(words, colon + 1, end);
  return victims === undefined ? undefined : { value: victims, bound: "exact", end };
}
