/**
 * Entity-level scoring with the semantics of conlleval.pl (CoNLL-2000/2003 shared tasks): a predicted
 * chunk counts only when its first token, last token and type all match a gold chunk. Tags may be IOB1
 * (`I-X`, with `B-X` only between two adjacent chunks of one type), IOB2, IOE or BILOU/IOBES; chunk
 * starts and ends are decided exactly as conlleval's startOfChunk/endOfChunk do, with S/U (a one-token
 * chunk) and L (= E) added.
 */

export interface TypedChunk {
  start: number;
  end: number; // exclusive
  type: string;
}

export interface ChunkScore {
  /** Chunks in the gold data, in the prediction, and in both. */
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllevalResult {
  overall: ChunkScore;
  byType: Record<string, ChunkScore>;
  tokens: number;
  /** Share of tokens whose tag (type and prefix) equals the gold tag, as conlleval's "accuracy". */
  accuracy: number;
}

function split(tag: string): [string, string] {
  if (tag === "O" || tag === "") return ["O", ""];
  const dash = tag.indexOf("-");
  if (dash < 0) return [tag, ""];
  let prefix = tag.slice(0, dash);
  if (prefix === "L") prefix = "E";
  if (prefix === "U") prefix = "S";
  return [prefix, tag.slice(dash + 1)];
}

function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (prevTag === "S") return true;
  if (prevTag === "B" && (tag === "B" || tag === "O" || tag === "S")) return true;
  if (prevTag === "I" && (tag === "B" || tag === "O" || tag === "S")) return true;
  if (prevTag === "E" && (tag === "E" || tag === "I" || tag === "O" || tag === "B" || tag === "S"))
    return true;
  return prevTag !== "O" && prevType !== type;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  if (tag === "S") return true;
  if (tag === "B") return true;
  if ((prevTag === "E" || prevTag === "O" || prevTag === "S") && (tag === "E" || tag === "I")) return true;
  return tag !== "O" && prevType !== type;
}

/**
 * The chunks of one sentence's tags.
 *
 * @example chunksOf(["I-PER", "I-PER", "B-PER", "O"]) // [{0,2,PER}, {2,3,PER}]
 */
export function chunksOf(tags: readonly string[]): TypedChunk[] {
  const chunks: TypedChunk[] = [];
  let prevTag = "O";
  let prevType = "";
  let open = -1;
  let openType = "";
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? split(tags[i]!) : ["O", ""];
    if (open >= 0 && endOfChunk(prevTag, tag, prevType, type)) {
      chunks.push({ start: open, end: i, type: openType });
      open = -1;
    }
    if (startOfChunk(prevTag, tag, prevType, type)) {
      open = i;
      openType = type;
    }
    prevTag = tag;
    prevType = type;
  }
  return chunks;
}

function score(gold: number, predicted: number, correct: number): ChunkScore {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, correct, precision, recall, f1 };
}

/** Scores predicted tags against gold tags, sentence by sentence. */
export function conlleval(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): ConllevalResult {
  if (gold.length !== predicted.length) throw new RangeError("gold and predicted differ in sentence count");
  const counts = new Map<string, [number, number, number]>();
  const bump = (type: string, k: 0 | 1 | 2): void => {
    let c = counts.get(type);
    if (!c) {
      c = [0, 0, 0];
      counts.set(type, c);
    }
    c[k]++;
  };
  let tokens = 0;
  let same = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s]!;
    const p = predicted[s]!;
    if (g.length !== p.length) throw new RangeError(`sentence ${s}: gold and predicted differ in length`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) same++;
    const goldChunks = chunksOf(g);
    const keys = new Set(goldChunks.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of goldChunks) bump(c.type, 0);
    for (const c of chunksOf(p)) {
      bump(c.type, 1);
      if (keys.has(`${c.start}:${c.end}:${c.type}`)) bump(c.type, 2);
    }
  }
  const byType: Record<string, ChunkScore> = {};
  let [tg, tp, tc] = [0, 0, 0];
  for (const type of [...counts.keys()].sort()) {
    const [g, p, c] = counts.get(type)!;
    byType[type] = score(g, p, c);
    tg += g;
    tp += p;
    tc += c;
  }
  return { overall: score(tg, tp, tc), byType, tokens, accuracy: tokens === 0 ? 0 : same / tokens };
}
