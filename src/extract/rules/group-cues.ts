/**
 * Words around a name that say it is a group acting, whatever the name's shape or the recogniser's
 * label: "claimed by the Indian Mujahideen", "Lashkar Jhangvi claimed the attack", "X is a new name
 * for the banned …", "X, an offshoot of …". A place claims nothing and is no one's new name.
 */

/** Word sequences right before the name (its "the" stepped over). */
const BEFORE: readonly string[][] = [
  ["claimed", "by"],
  ["blamed", "on"],
  ["members", "of"],
  ["member", "of"],
  ["allegiance", "to"],
];

/** Word sequences right after the name. */
const AFTER: readonly string[][] = [
  ["claimed", "responsibility"],
  ["has", "claimed"],
  ["have", "claimed"],
  ["claimed", "the"],
  ["is", "a", "new", "name"],
  ["is", "an", "offshoot"],
  ["is", "a", "splinter"],
  ["is", "a", "banned"],
  [",", "a", "banned"],
  [",", "an", "offshoot"],
  [",", "a", "splinter"],
];

const at = (words: readonly string[], i: number, seq: readonly string[]) =>
  i >= 0 && seq.every((w, k) => words[i + k] === w);

/**
 * Whether the lowercase `words` around the name at [first, end) cast it as a group.
 *
 * @example actsAsGroup(["claimed", "by", "the", "indian", "mujahideen"], 3, 5) // true
 */
export function actsAsGroup(words: readonly string[], first: number, end: number): boolean {
  const from = words[first - 1] === "the" ? first - 1 : first;
  return BEFORE.some((seq) => at(words, from - seq.length, seq)) || AFTER.some((seq) => at(words, end, seq));
}
