import { ARMED_BANDS } from "./armed-bands.js";
import { cueEvent, placeAfter } from "./event-cues.js";
import { canonicalPlace, eventAt } from "./event-references.js";
import { FORCE_BODY_HEADS, GROUP_NOUNS } from "./lexicon.js";
import { readCount } from "./numbers.js";
import { type Chunk, chunkBefore, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Active verbs of killing that the casualty cues do not read ("killed" and "shot dead" are theirs):
 * "Militants beheaded 20 villagers", "Bandits slaughtered 30 people", "gunned down five farmers".
 * Each word list is matched at the verb; "to death" after the victims is required where the verb alone
 * does not kill ("hacked 12 villagers to death", never "hacked the ministry's server"). Verbs whose
 * object need not be a person (`ofPeople: false`: "massacred a village", "executed a daring robbery")
 * count one victim only when a person is named.
 */
const KILLING_VERBS: readonly { words: readonly string[]; toDeath?: boolean; ofPeople?: boolean }[] = [
  { words: ["massacred"], ofPeople: false },
  { words: ["slaughtered"], ofPeople: false },
  { words: ["butchered"], ofPeople: false },
  { words: ["beheaded"] },
  { words: ["decapitated"] },
  { words: ["executed"], ofPeople: false },
  { words: ["assassinated"] },
  { words: ["gunned", "down"] },
  { words: ["mowed", "down"] },
  { words: ["hacked"], toDeath: true },
  { words: ["stabbed"], toDeath: true },
  { words: ["burned"], toDeath: true },
  { words: ["burnt"], toDeath: true },
  { words: ["beat"], toDeath: true },
  { words: ["clubbed"], toDeath: true },
];

/** Words before the verb that make it a habit or an intent, not an act: "often executed", "plans to". */
const NOT_AN_ACT = new Set(["to", "often", "routinely", "regularly", "usually", "would", "will", "could"]);

/** Beasts a band may slaughter that are no victims of an attack: "Bandits slaughtered 40 cattle". */
const LIVESTOCK = /^(?:cattle|cows|goats|sheep|camels|livestock|animals|donkeys|pigs|chickens|horses)$/;

/** A singular victim: a named person, or (`described`) "a local mayor", "the village chief". */
function singleVictim(ctx: SentenceContext, at: number, described: boolean): number | undefined {
  const person = ctx.chunks.find((c) => c.first === at && c.type === "person");
  if (person) return person.end;
  if (!described || !["a", "an", "the"].includes(ctx.words[at] ?? "")) return undefined;
  let k = at + 1;
  while (
    k < at + 5 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.words[k] ?? "") &&
    !/^(?:in|at|on|near|outside)$/.test(ctx.words[k]!)
  )
    k++;
  return k > at + 1 ? k : undefined;
}

/**
 * The actor of the verb at `verb`: an armed band named by its bare plural ("Militants beheaded …"),
 * or a group, person or organisation right before it. A state's force is left out: "police shot dead"
 * and "the army executed" are a force's acts (`force-actions.ts`), not an attack.
 */
function actorOf(ctx: SentenceContext, verb: number): { chunk?: Chunk } | undefined {
  const { words } = ctx;
  const chunk = chunkBefore(ctx, verb, ["group", "person", "organization"], 3);
  if (chunk && FORCE_BODY_HEADS.has(words[chunk.end - 1] ?? "")) return undefined;
  if (chunk && chunk.end >= verb - 1) return { chunk };
  return ARMED_BANDS.has(words[verb - 1] ?? "") || GROUP_NOUNS.has(words[verb - 1] ?? "") ? {} : undefined;
}

/**
 * An attack told only by an active verb of killing, with its victims and its place: "Militants
 * beheaded 20 villagers in Muidumbe on Friday" (the Muidumbe attack, 20 dead, by the militants),
 * "Gunmen assassinated a local mayor in Guerrero" (one dead). Not a passive or an intended act, nor a
 * force's act, nor one with no place in its clause. Dates come from `dateEvents` through the cue.
 * Returns whether an event was made.
 */
export function addKillingVerbEvent(ctx: SentenceContext): boolean {
  const { words, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    const verb = KILLING_VERBS.find((v) => v.words.every((w, k) => words[i + k] === w));
    if (!verb || NOT_AN_ACT.has(words[i - 1] ?? "")) continue;
    const actor = actorOf(ctx, i);
    if (!actor) continue;
    const from = i + verb.words.length;
    const count = readCount(words, from);
    const single = count ? undefined : singleVictim(ctx, from, verb.ofPeople !== false);
    if (!count && single === undefined) continue;
    if (count && words.slice(from, count.end).some((w) => LIVESTOCK.test(w))) continue;
    let end = count?.end ?? single!;
    // "hacked 12 villagers to death": the count's nouns may already take in "to death".
    if (verb.toDeath) {
      const to = words.findIndex((w, k) => k >= from && k <= end && w === "to" && words[k + 1] === "death");
      if (to < 0) continue;
      end = to + 2;
    }
    const place = placeAfter(ctx, end, 12);
    if (!place) continue;
    const named = graph.get(place.anchor ?? place.entity)!;
    const event = eventAt(graph, canonicalPlace(named.name), "attack", ctx.sentence.index);
    cueEvent(ctx, event, i, end);
    emit(ctx, { subject: event.key, predicate: "occurred_at", object: place.entity }, i);
    const dead = count ?? { value: 1, bound: "exact" as const };
    emit(ctx, { subject: event.key, predicate: "killed", value: dead.value, bound: dead.bound }, i);
    if (actor.chunk)
      emit(ctx, { subject: actor.chunk.entity, predicate: "perpetrated", object: event.key }, i);
    return true;
  }
  return false;
}
