import { AFFILIATE_HEADS } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * An organisation's regional arm named after its region: "Islamic State's Sinai affiliate" (named by
 * the whole phrase, as reports have no other name for it), "The Islamic State's Sinai Province" (a
 * capitalised head makes a name of its own: "Sinai Province"), "its Sinai branch" (the most recent
 * organisation's). The arm is an organisation `affiliated_with` its parent; the region's word is no
 * name of its own here, so any chunk the name finder made of it gives way.
 */
export function addAffiliates(ctx: SentenceContext): void {
  const { words, tokens, text, graph } = ctx;
  for (let i = 0; i < words.length; i++) {
    let parent: string | undefined;
    let from = i;
    if (words[i] === "its") parent = graph.latest("organization")?.key;
    else if (words[i] === "'s" || words[i] === "’s") {
      const owner = ctx.chunks.find((c) => c.end === i && c.type === "organization" && c.kind === "name");
      parent = owner?.entity;
      from = owner?.first ?? i;
    } else continue;
    if (!parent) continue;
    let head = i + 1;
    while (
      head < i + 3 &&
      !AFFILIATE_HEADS.has(words[head] ?? "") &&
      /^\p{Lu}/u.test(tokens[head]?.text ?? "")
    )
      head++;
    if (head === i + 1 || !AFFILIATE_HEADS.has(words[head] ?? "")) {
      if (words[i] !== "its") knownAs(ctx, parent, from, i);
      continue;
    }
    const capitalHead = /^\p{Lu}/u.test(tokens[head]!.text);
    if (words[i] === "its" && !capitalHead) continue; // "its Sinai branch" has no name to give
    const nameFrom = capitalHead ? i + 1 : words[from] === "the" ? from + 1 : from;
    const name = text.slice(tokens[nameFrom]!.start, tokens[head]!.end).replace(/\s+/g, " ");
    const arm = graph.entity("organization", name, ctx.sentence.index);
    graph.mention(arm, text, tokens[nameFrom]!.start, tokens[head]!.end, "ORG", ctx.sentence.index);
    ctx.chunks = ctx.chunks.filter((c) => c.first < i + 1 || c.end > head + 1 || c.kind !== "name");
    ctx.chunks.push({
      first: capitalHead ? i + 1 : from,
      end: head + 1,
      entity: arm.key,
      type: "organization",
      nominal: false,
      kind: "name",
    });
    emit(ctx, { subject: arm.key, predicate: "affiliated_with", object: parent }, head, true);
    i = head;
  }
}

/**
 * "Islamic State's regional affiliate, known as Islamic State Khorasan,": an arm described in
 * lowercase and then named. The name is the arm, `affiliated_with` the parent, and the description
 * is a mention of it.
 */
function knownAs(ctx: SentenceContext, parent: string, from: number, mark: number): void {
  const { words, tokens, text, graph } = ctx;
  let head = mark + 1;
  while (head < mark + 3 && /^\p{Ll}+$/u.test(tokens[head]?.text ?? "") && !AFFILIATE_HEADS.has(words[head]!))
    head++;
  if (!AFFILIATE_HEADS.has(words[head] ?? "") || words[head + 1] !== ",") return;
  if (words[head + 2] !== "known" || words[head + 3] !== "as") return;
  const name = ctx.chunks.find((c) => c.first === head + 4 && c.kind === "name" && c.type === "organization");
  if (!name || name.entity === parent) return;
  const arm = graph.get(name.entity);
  if (!arm) return;
  const start = words[from] === "the" ? from + 1 : from;
  graph.mention(arm, text, tokens[start]!.start, tokens[head]!.end, "ORG", ctx.sentence.index, true);
  emit(ctx, { subject: arm.key, predicate: "affiliated_with", object: parent }, head, true);
}
