import type { Chunk } from "./sentence-context.js";

/** Words that make the event phrase after them the time of another: "two years after the 2019 attack". */
const ANCHOR_WORDS = new Set(["after", "since", "before"]);
/** Units of a span of time before an anchor word: "two years after", "days before", "a week after". */
const SPANS =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|shortly|soon|just|long|only|ever)$/;
/** How many words an anchor word may stand before the event phrase ("since the deadly 2019 attack"). */
const REACH = 3;
/** Words that may stand between the anchor word and the event phrase. */
const BETWEEN = new Set(["the", "a", "an", "last", "year's", "deadly", "twin", "massive", "similar"]);

/** The anchor word before the event phrase at `first`, with only articles and modifiers between. */
function anchorWordBefore(words: readonly string[], first: number): number | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 1 - REACH); k--) {
    if (ANCHOR_WORDS.has(words[k]!)) return k;
    if (!BETWEEN.has(words[k]!) && !/^(?:19|20)\d\d$/.test(words[k]!)) return undefined;
  }
  return undefined;
}

/**
 * Whether the event phrase `event` is only the time anchor of a figure at token `at`, so that the
 * figure is its own clause's event's: "Gunmen killed 12 people in Kidal on Friday, two years after
 * the 2019 attack in Boulkessi", "the deadliest attack since the 2015 siege of the Radisson hotel",
 * "Two years after the attack in Boulkessi, gunmen killed 12 people in Kidal". The anchor must be
 * a span of time ("two years after"), "since", or set off by a comma; "Two soldiers died after an
 * attack on their convoy" keeps its toll (they died of it), and so does the anchored event's own
 * relative clause ("… after the 2019 attack in Boulkessi, which killed 40 soldiers").
 *
 * @example anchoredAway(words, chunkOfThe2019Attack, indexOf12) // true
 */
export function anchoredAway(words: readonly string[], event: Chunk, at: number): boolean {
  const k = anchorWordBefore(words, event.first);
  if (k === undefined) return false;
  const spanned = SPANS.test(words[k - 1] ?? "") || words[k] === "since" || words[k - 1] === ",";
  if (!spanned) return false;
  // The figure before the anchor, in the clause the anchor is set against.
  if (at < k) return true;
  // A fronted anchor: "Two years after the 2019 attack in Boulkessi, gunmen killed 12 people …".
  const opens = words.slice(0, k).every((w) => /^[\p{L}\d-]+$/u.test(w) && w !== "and") && k <= 4;
  if (!opens || at <= event.end) return false;
  const comma = words.indexOf(",", event.end);
  return comma >= 0 && comma < at && !["which", "that", "where", "when"].includes(words[comma + 1] ?? "");
}

/** Conjunctions that may join two clauses each telling of its own attack. */
const CONJUNCTIONS = new Set(["and", "while", "but", "whereas"]);
/** Finite verbs of harm that end a conjunct's subject: "and a bomb killed three in Gao". */
const FINITE_HARM = new Set(["killed", "wounded", "injured", "exploded", "struck", "attacked", "stormed"]);
/** How many words a conjunct's subject may take before its verb. */
const SUBJECT_LENGTH = 6;

/** The index of the first finite harm verb in `words[from, to)`, or -1. */
function harmVerbIn(words: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (FINITE_HARM.has(words[k]!)) return k;
  return -1;
}

/**
 * The conjunctions at which a sentence turns to a second attack of its own: each side has its own
 * verb of harm, and the second a subject (an event or an actor) of its own before its verb.
 * "Gunmen killed 12 people in Solhan on Friday and a bomb killed three in Gao on Saturday" splits at
 * "and"; "Gunmen killed 12 people and wounded 20" and "… in Solhan, and 20 others were wounded"
 * do not (one attack told in two conjuncts).
 *
 * @example clauseSplits(words, chunks) // [9] for the Solhan and Gao sentence
 */
export function clauseSplits(words: readonly string[], chunks: readonly Chunk[]): number[] {
  const splits: number[] = [];
  for (let m = 1; m < words.length - 2; m++) {
    if (!CONJUNCTIONS.has(words[m]!)) continue;
    const verb = harmVerbIn(words, m + 2, Math.min(words.length, m + 2 + SUBJECT_LENGTH));
    if (verb < 0 || words.slice(m + 1, verb).some((w) => w === "," || w === "and")) continue;
    const subject = chunks.some(
      (c) =>
        c.first > m &&
        c.end <= verb &&
        (c.type === "event" || c.type === "group" || c.type === "organization" || c.type === "person"),
    );
    if (!subject) continue;
    const from = splits.at(-1) ?? 0;
    if (harmVerbIn(words, from, m) >= 0) splits.push(m);
  }
  return splits;
}

/** Whether a split lies between tokens `a` and `b`. */
export function apart(splits: readonly number[], a: number, b: number): boolean {
  return splits.some((m) => m > Math.min(a, b) && m < Math.max(a, b));
}
