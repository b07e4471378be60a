/** The entity types the recogniser assigns: CoNLL-2003's four. */
export type NerLabel = "PER" | "ORG" | "LOC" | "MISC";

export const NER_LABELS: readonly NerLabel[] = Object.freeze(["PER", "ORG", "LOC", "MISC"]);

/** A typed span of tokens, `end` exclusive. */
export interface TokenChunk {
  start: number;
  end: number;
  label: NerLabel;
}

/*
 * The model tags tokens in BILOU (Begin, Inside, Last, Outside, Unit), which Ratinov & Roth 2009 found
 * better than BIO for greedy decoding. Tag 0 is O; tag 1 + 4·type + k is B, I, L, U (k = 0..3) of a type.
 */
export const TAG_COUNT = 1 + NER_LABELS.length * 4;
const PARTS = ["B", "I", "L", "U"] as const;

export const TAG_NAMES: readonly string[] = Object.freeze([
  "O",
  ...NER_LABELS.flatMap((label) => PARTS.map((p) => `${p}-${label}`)),
]);

export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

export function tagPart(tag: number): "O" | "B" | "I" | "L" | "U" {
  return tag === 0 ? "O" : PARTS[(tag - 1) & 3]!;
}

/** Whether `tag` may follow `prev` (-1 at a sentence start) in a well-formed BILOU sequence. */
export function allowedAfter(prev: number, tag: number): boolean {
  const prevOpen = prev > 0 && ((prev - 1) & 3) <= 1; // B or I leaves a chunk open
  const part = tag === 0 ? -1 : (tag - 1) & 3;
  if (prevOpen) return (part === 1 || part === 2) && tagType(tag) === tagType(prev);
  return part !== 1 && part !== 2;
}

/** Whether a sentence may end after `tag`. */
export function allowedAtEnd(tag: number): boolean {
  return tag === 0 || ((tag - 1) & 3) >= 2;
}

/** BILOU tags for chunks over `length` tokens. */
export function chunksToTags(chunks: readonly TokenChunk[], length: number): Uint8Array {
  const tags = new Uint8Array(length);
  for (const c of chunks) {
    const base = 1 + NER_LABELS.indexOf(c.label) * 4;
    if (c.end - c.start === 1) {
      tags[c.start] = base + 3;
      continue;
    }
    tags[c.start] = base;
    for (let i = c.start + 1; i < c.end - 1; i++) tags[i] = base + 1;
    tags[c.end - 1] = base + 2;
  }
  return tags;
}

/** Chunks from a well-formed (or greedily repaired) BILOU tag sequence. */
export function tagsToChunks(tags: ArrayLike<number>): TokenChunk[] {
  const chunks: TokenChunk[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const type = tagType(tag);
    const part = tagPart(tag);
    if (open >= 0 && (part === "O" || part === "B" || part === "U" || type !== tagType(tags[open]!))) {
      chunks.push({ start: open, end: i, label: NER_LABELS[tagType(tags[open]!)]! });
      open = -1;
    }
    if (part === "U") chunks.push({ start: i, end: i + 1, label: NER_LABELS[type]! });
    else if (part === "B" || ((part === "I" || part === "L") && open < 0)) open = i;
    if (part === "L" && open >= 0) {
      chunks.push({ start: open, end: i + 1, label: NER_LABELS[type]! });
      open = -1;
    }
  }
  if (open >= 0) chunks.push({ start: open, end: tags.length, label: NER_LABELS[tagType(tags[open]!)]! });
  return chunks;
}
