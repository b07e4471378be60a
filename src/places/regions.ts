/** Compass words that make a region of a place: "Western Libya", "southern Tunisia". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  "western",
  "eastern",
  "northern",
  "southern",
  "central",
  "north-western",
  "north-eastern",
  "south-western",
  "south-eastern",
  "northwestern",
  "northeastern",
  "southwestern",
  "southeastern",
  "upper",
  "lower",
  "greater",
]);

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .split(/\s+/);

/**
 * Whether `part` is a compass region of `whole` ("Western Libya" of "Libya"): a part of a place, not
 * another spelling of it.
 */
export function isRegionOf(part: string, whole: string): boolean {
  const p = words(part);
  const w = words(whole);
  return p.length === w.length + 1 && COMPASS_WORDS.has(p[0]!) && w.every((x, i) => p[i + 1] === x);
}
