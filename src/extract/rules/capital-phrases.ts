import { capitalOf, countryOfDemonym, isDemonym, placeKey } from "./place-gazetteer.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/** A capital's spelling without apostrophes and hyphens, so "Sana'a" meets a report's "Sanaa". */
const loose = (name: string) => placeKey(name).replace(/['’\- ]/g, "");

/**
 * "Yemen's capital", "the Afghan capital": a country's capital named by its country, a place the
 * events of the sentence can be placed in. The chunk covers the phrase and stands for the capital the
 * report already names in its own spelling ("SANAA" in the dateline), else the gazetteer's.
 * "the capital" alone is the report's town (containment.ts); "capital punishment" is no place.
 */
export function addCapitalPhrases(ctx: SentenceContext): void {
  const { words, tokens, graph, text } = ctx;
  dropSettlementAdjectives(ctx);
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== "capital" || words[i + 1] === "punishment" || words[i + 1] === "city") continue;
    if (ctx.chunks.some((c) => c.first <= i && i < c.end)) continue;
    let first: number;
    let capital: string | undefined;
    const country = ctx.chunks.find(
      (c) => c.kind === "name" && c.type === "location" && c.end === i - 1 && /^['’]s$/.test(words[i - 1]!),
    );
    if (country) {
      // "Yemen's capital"
      first = country.first;
      capital = capitalOf(graph.get(country.entity)?.name ?? "");
    } else if (words[i - 2] === "the" && /^\p{Lu}/u.test(tokens[i - 1]!.text)) {
      // "the Afghan capital", "the Yemeni capital"
      first = i - 1;
      capital = capitalOf(tokens[i - 1]!.text);
    } else continue;
    if (!capital) continue;
    // "the Ugandan capital, Kampala,": the name right after says it in the report's spelling, and the
    // phrase stands for that name ("exploded in the Ugandan capital, Kampala" is placed in Kampala).
    const apposed =
      words[i + 1] === ","
        ? ctx.chunks.find((c) => c.first === i + 2 && c.type === "location" && c.kind === "name")
        : undefined;
    // The people's adjective the recogniser took for a place ("Somali") is no place of its own here.
    if (!country) dropChunks(ctx, (c) => c.first === i - 1 && c.end === i && c.kind === "name");
    const known = apposed
      ? graph.get(apposed.entity)
      : graph.entities.find((e) => e.type === "location" && loose(e.name) === loose(capital));
    const entity = known ?? graph.entity("location", capital, ctx.sentence.index);
    graph.mention(entity, text, tokens[first]!.start, tokens[i]!.end, "LOC", ctx.sentence.index, true);
    ctx.chunks.push({ first, end: i + 1, entity: entity.key, type: "location", nominal: true, kind: "name" });
    // "Yemen's capital", "the Ugandan capital" where the report names Uganda, here or further on: the
    // capital lies in it. A country the report never names is left out.
    const demonymCountry = country ? undefined : countryOfDemonym(tokens[i - 1]!.text);
    let land = country ? graph.get(country.entity) : undefined;
    if (
      demonymCountry &&
      new RegExp(`\\b${demonymCountry.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text)
    ) {
      land = graph.entity("location", demonymCountry, ctx.sentence.index);
      const at = tokens[i - 1]!;
      graph.mention(land, text, at.start, at.end, "demonym", ctx.sentence.index, true);
    }
    if (land && land !== entity)
      emit(ctx, { subject: entity.key, predicate: "located_in", object: land.key }, i, true);
  }
}

/** Settlement nouns a town's name follows with "of": "the eastern Saudi town of Qatif". */
const SETTLEMENT_NOUNS = new Set(["town", "city", "village", "port", "resort", "province", "region"]);

/**
 * "the eastern Saudi town of Qatif", "the southern Turkish city of Diyarbakir": the people's adjective
 * inside a settlement's description is no place of its own, whatever the recogniser read; the town is
 * the place. Its chunk is dropped so that events and sites find the town.
 */
export function dropSettlementAdjectives(ctx: SentenceContext): void {
  const { words } = ctx;
  dropChunks(
    ctx,
    (c) =>
      c.kind === "name" &&
      c.type === "location" &&
      c.end === c.first + 1 &&
      isDemonym(ctx.tokens[c.first]!.text) &&
      SETTLEMENT_NOUNS.has(words[c.end] ?? "") &&
      words[c.end + 1] === "of" &&
      ctx.chunks.some((t) => t.first === c.end + 2 && t.type === "location"),
  );
}

function dropChunks(ctx: SentenceContext, drop: (c: SentenceContext["chunks"][number]) => boolean): void {
  for (let k = ctx.chunks.length - 1; k >= 0; k--) if (drop(ctx.chunks[k]!)) ctx.chunks.splice(k, 1);
}
