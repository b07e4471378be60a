import type { EntityType } from "../../model/entity-types.js";
import { FORCE_BODY_HEADS } from "./lexicon.js";
import { chunkAfter, chunkBefore, emit, type SentenceContext } from "./sentence-context.js";

/** Verbs of taking or keeping hostages. */
const TAKING = new Set(["took", "taken", "taking", "take", "seized", "holding", "held", "hold"]);
/** Prepositions that put the hostage-taking at a site. */
const AT = new Set(["at", "in", "inside"]);
const ATTACKERS: readonly EntityType[] = ["person", "group"];

/**
 * A site where attackers took hostages is a site they attacked: "gunmen have taken hostages inside the
 * museum", "jihadists took 30 hostages at the gas plant". The taker must be a
 * person or a group and no force ("police held the suspect" is custody, and "hostage" is no word of it).
 */
export function addHostageSites(ctx: SentenceContext): void {
  const { words } = ctx;
  for (let v = 1; v < words.length; v++) {
    if (!TAKING.has(words[v]!)) continue;
    // "taken hostages at", "took 30 hostages at": the hostages as the verb's object. "Took a cleaner
    // hostage in the school" holds the cleaner there (detained_at), and says no more of the site.
    let noun = /^(?:\d+|dozens|scores|hundreds|several|many)$/.test(words[v + 1] ?? "") ? v + 2 : v + 1;
    if (noun === v + 2 && words[noun] === "of") noun++;
    if (words[noun] !== "hostages" && words[noun] !== "captives") continue;
    if (!AT.has(words[noun + 1] ?? "")) continue;
    const site = chunkAfter(ctx, noun + 2, ["facility"], 2);
    const taker = chunkBefore(ctx, v, ATTACKERS, 12);
    if (!site || !taker) continue;
    const name = ctx.graph.get(taker.entity)?.name.toLowerCase() ?? "";
    if (FORCE_BODY_HEADS.has(name.split(" ").at(-1) ?? "")) continue;
    emit(ctx, { subject: taker.entity, predicate: "attacked", object: site.entity }, v);
  }
}
