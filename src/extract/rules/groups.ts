import { addAffiliates } from "./affiliates.js";
import { addCountedGroup } from "./counted-groups.js";
import { addDefiniteGroup, earlierPerpetrator } from "./definite-groups.js";
import type { DocumentEntity } from "./document-graph.js";
import { ACTED } from "./early-groups.js";
import { canonicalPlace, eventAt, placeChunkEndingAt } from "./events.js";
import { isPeopleWord, widenedStart } from "./group-edges.js";
import { CLAUSAL_GROUP_NOUNS, GROUP_NOUNS, UNNAMED_FACILITY_HEADS } from "./lexicon.js";
import { ATTACK_VERBS } from "./patterns.js";
import { addPossessedGroups } from "./possessed-groups.js";
import { type Chunk, chunkAfter, emit, type SentenceContext } from "./sentence-context.js";

/**
 * Unnamed groups: "Two gunmen killed 20 tourists", "the two men who attacked the Bardo Museum", "the
 * men who blew themselves up in …", "gunmen loyal to Mokhtar Belmokhtar". Split from the event
 * phrases (`events.ts`), which they use to name a group after its attack ("Bardo Museum attackers").
 */

/** Words allowed in front of a group noun that acts ("armed men", "Rebel fighters"). */
const GROUP_MODIFIERS = new Set([
  "armed",
  "masked",
  "rebel",
  "islamist",
  "jihadist",
  "suspected",
  "other",
  "suicide",
  "unidentified",
  // "Two female suicide bombers blew themselves up …"
  "female",
  "male",
]);

/**
 * A plural noun phrase that attacks in its own clause — "Two gunmen killed 20 tourists", "armed men
 * stormed the compound", "Islamic State fighters attacked an army barracks" — is a group named by its
 * words ("Islamic State fighters"). An organisation's name in front makes its fighters members of it.
 * Its perpetrated statement is drawn when the sentence's event is known (`linkPerpetrators`).
 */
function actingGroup(ctx: SentenceContext, first: number, noun: number): boolean {
  const { words, tokens, graph, text } = ctx;
  let verb = noun + 1;
  // "Three suicide bombers armed with rifles attacked …": a participle phrase may stand between.
  if (words[verb] === "armed" && words[verb + 1] === "with") {
    const to = words.findIndex((w, k) => k > verb + 1 && k <= verb + 6 && (w === "," || actsAt(words, k)));
    if (to > 0) verb = words[to] === "," ? to + 1 : to;
  }
  // "The gunmen, who arrived on motorcycles, killed 11 villagers": an aside set off by commas.
  if (words[verb] === ",") {
    const close = words.indexOf(",", verb + 1);
    if (close > verb + 1 && close - verb <= 10 && actsAt(words, close + 1)) verb = close + 1;
  }
  // "Four attackers in military uniforms opened fire …": the attire is part of the description.
  let described = noun;
  if (ATTIRE_LINKS.has(words[verb] ?? "")) {
    const to = words.findIndex((_w, k) => k > verb + 1 && k <= verb + 5 && actsAt(words, k));
    const named = ctx.chunks.some((c) => c.first > verb && c.first < to);
    if (to > 0 && !named && !words.slice(verb + 1, to).some((w) => w === "," || w === "and")) {
      described = to - 1;
      verb = to;
    }
  }
  // "the gunmen who killed at least 132 people in Solhan": a relative clause says what they did.
  if (words[verb] === "who") verb++;
  // "The attackers, who were armed with rifles, killed …": an aside between the group and its act.
  else if (words[verb] === "," && words[verb + 1] === "who") {
    const close = words.findIndex((w, k) => k > verb + 1 && k <= verb + 10 && w === ",");
    if (close > 0) verb = close + 1;
  }
  // "The assailants first struck …", "Chechen gunmen were holding hundreds of people hostage".
  while (
    ["had", "have", "has", "later", "then", "also", "first"].includes(words[verb] ?? "") ||
    (["were", "are"].includes(words[verb] ?? "") && words[verb + 1] === "holding")
  )
    verb++;
  if (!actsAt(words, verb)) verb = coordinatedAct(ctx, verb) ?? verb;
  if (!actsAt(words, verb)) return false;
  // "Two men … burst into a mosque" is an assailants' act (assailants.ts); "Men burst into" alone is no one's.
  if (words[noun] === "men" && words[verb] === "burst") return false;
  let start = first;
  while (start > 0 && GROUP_MODIFIERS.has(words[start - 1]!)) start--;
  const org = ctx.chunks.find((c) => c.kind === "name" && c.end === start && c.type === "organization");
  if (org) start = org.first;
  // "Chechen gunmen were holding …": a people's adjective is part of the group's name.
  const people = !org && start > 0 && isPeopleWord(tokens[start - 1]!.text);
  if (people) start--;
  while (start > 0 && /^(?:two|three|four|five|six|\d+)$/.test(words[start - 1]!)) start--;
  let from = start;
  while (["the", "a", "an"].includes(words[from]!) || /^(?:two|three|four|five|six|\d+)$/.test(words[from]!))
    from++;
  if (from > noun || ctx.chunks.some((c) => c.kind !== "name" && c.first <= noun && noun < c.end))
    return false;
  const name = text.slice(tokens[from]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
  const group = graph.entity(
    "group",
    name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => ((org && from === org.first) || people ? c : c.toLowerCase())),
    ctx.sentence.index,
  );
  graph.mention(group, text, tokens[start]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  group.descriptors.add(ACTED);
  // "A group of gunmen stormed …", "about 100 gunmen stormed …": reports name it by the whole phrase.
  const wide = widenedStart(words, start);
  if (wide < start)
    graph.mention(group, text, tokens[wide]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  if (described > noun)
    graph.mention(
      group,
      text,
      tokens[start]!.start,
      tokens[described]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
  ctx.chunks.push({
    first: start,
    end: noun + 1,
    entity: group.key,
    type: "group",
    nominal: true,
    kind: "group",
  });
  if (org) emit(ctx, { subject: group.key, predicate: "member_of", object: org.entity }, noun);
  return true;
}

/** Verbs of arriving that wire copy sets before an attackers' act: "arrived on motorcycles and opened fire". */
const ARRIVING = new Set(["arrived", "came", "rode", "drove", "entered", "stormed", "surrounded", "burst"]);

/**
 * The act in a second verb phrase after a verb of arriving: "The assailants arrived on motorcycles and
 * opened fire on worshippers" (the act at "opened"). Nobody else may stand between, nor a comma.
 */
function coordinatedAct(ctx: SentenceContext, verb: number): number | undefined {
  const { words } = ctx;
  if (!ARRIVING.has(words[verb] ?? "")) return undefined;
  for (let k = verb + 1; k < Math.min(words.length, verb + 9); k++) {
    if (
      words[k] === "," ||
      ctx.chunks.some((c) => c.first === k && c.type !== "location" && c.type !== "facility")
    )
      return undefined;
    if (words[k] === "and") return actsAt(words, k + 1) ? k + 1 : undefined;
  }
  return undefined;
}

/** Words that open a phrase of dress or bearing between attackers and their act ("in uniforms", "wearing masks"). */
/** What stands between a group and its act: "in military uniforms", "wearing masks", "on motorbikes". */
const ATTIRE_LINKS = new Set(["in", "wearing", "dressed", "on", "riding"]);

/** Verbs of an attacker's act that the shared attack verbs (patterns.ts) leave out. */
const SHOOTING_ACTS = new Set(["shot", "fired", "hijacked", "kidnapped", "abducted", "stabbed", "bombed"]);

/** Whether token `k` starts an attacker's act: an attack verb, "opened fire", "blew themselves up", "took hostages". */
function actsAt(words: readonly string[], k: number): boolean {
  const w = words[k] ?? "";
  if (ATTACK_VERBS.has(w)) return true;
  if (w === "opened" || w === "open") return words[k + 1] === "fire";
  if (w === "blew") return words[k + 1] === "themselves";
  // "gunmen in army uniform held hostages inside …", "took diners hostage", "burst into the café"
  if (w === "took" || w === "taken" || w === "held" || w === "holding")
    return words[k + 1] === "hostages" || words.slice(k + 2, k + 7).includes("hostage");
  if (w === "burst") return words[k + 1] === "into";
  // "Gunmen shot their way past guards", "militants fired on the convoy"; not "(shot) dead by police".
  if (SHOOTING_ACTS.has(w)) return words[words[k + 1] === "dead" ? k + 2 : k + 1] !== "by";
  return w === "detonated";
}

/** Words that put a hedge or a source between a group noun and its act ("the four men they believe carried out"). */
const CLAUSE_SOURCES = new Set([
  "they",
  "police",
  "investigators",
  "officials",
  "authorities",
  "prosecutors",
]);
const CLAUSE_BELIEFS = new Set(["believe", "believed", "say", "said", "think", "suspect", "suspected"]);
const CLAUSE_HEDGES = new Set(["suspected", "accused", "believed", "thought", "alleged", "said"]);
const SAYING = new Set(["said", "says", "announced", "stated", "declared", "claimed"]);
const EVENT_ACTS = new Set(["perpetrated", "committed", "staged", "organised", "organized", "planned"]);

/**
 * A group noun phrase with a clause that says it carried an attack out: "the four men they believe
 * carried out last week's bombings" (perpetrated), "two brothers suspected of carrying out the
 * bombing", "the cell behind last week's attacks", "the group that carried out the Paris attacks",
 * "the men who blew themselves up in Casablanca" (the sentence's event, `linkPerpetrators`). The
 * group is named by its noun phrase; the whole phrase with its relative clause is a mention too,
 * as reports refer to such a group by either.
 */
function clausalGroup(ctx: SentenceContext, first: number, noun: number): boolean {
  const { words, tokens, graph, text } = ctx;
  let k = noun + 1;
  const relative = ["who", "that", "which"].includes(words[k] ?? "");
  if (relative) k++;
  const sourced = CLAUSE_SOURCES.has(words[k] ?? "") && CLAUSE_BELIEFS.has(words[k + 1] ?? "");
  if (sourced) k += 2;
  const hedged = CLAUSE_HEDGES.has(words[k] ?? "") && ["of", "to"].includes(words[k + 1] ?? "");
  if (hedged) k += words[k + 2] === "have" ? 3 : 2;
  // "Two gunmen attacked …" in a main clause is `actingGroup`'s; this is for clauses on the noun.
  const clausal = relative || sourced || hedged;
  if (relative && ["were", "was", "are", "is", "had", "have"].includes(words[k] ?? "")) k++;
  const w = words[k] ?? "";
  let objectFrom: number | undefined;
  let clauseEnd = k;
  if ((w === "carried" || w === "carrying" || w === "carry") && words[k + 1] === "out") objectFrom = k + 2;
  else if (w === "behind" || EVENT_ACTS.has(w)) objectFrom = k + 1;
  else if (!clausal) return false;
  else if ((w === "blew" || w === "blowing") && words[k + 1] === "themselves" && words[k + 2] === "up")
    clauseEnd = k + 3;
  // "Three men who opened fire on worshippers at a mosque in Zaria": the act and the scene it names.
  else if ((w === "opened" || w === "open") && words[k + 1] === "fire") {
    const scene = chunkAfter(ctx, k + 2, ["facility", "location"], 8);
    clauseEnd = scene ? scene.end : k + 2;
  } else if (ATTACK_VERBS.has(w) || w === "attacking") {
    const target = chunkAfter(ctx, k + 1, ["facility", "location", "person", "organization", "group"], 4);
    if (!target) return false;
    clauseEnd = target.end;
  } else return false;
  // A singular collective ("the cell", "the group") needs its clause to be about an attack.
  const event = objectFrom === undefined ? undefined : chunkAfter(ctx, objectFrom, ["event"], 4);
  // A plural with a clause of its own ("two brothers suspected of carrying out …") is a group of
  // attackers even when the event's phrase is not one the rules read.
  if (objectFrom !== undefined && !event && !(clausal && words[noun]!.endsWith("s"))) return false;
  if (event) clauseEnd = event.end;
  // "… blew themselves up in Casablanca": the place belongs to the phrase.
  if (["in", "at"].includes(words[clauseEnd] ?? "")) {
    const place = ctx.chunks.find((c) => c.first === clauseEnd + 1 && c.type === "location");
    if (place && objectFrom === undefined && !ATTACK_VERBS.has(w)) clauseEnd = place.end;
  }
  let start = first;
  while (start > 0 && GROUP_MODIFIERS.has(words[start - 1]!)) start--;
  let from = start;
  while (["the", "a", "an"].includes(words[from]!)) from++;
  if (ctx.chunks.some((c) => c.first <= noun && noun < c.end)) return false;
  const name = text.slice(tokens[from]!.start, tokens[noun]!.end).replace(/\s+/g, " ");
  const group = graph.entity(
    "group",
    name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
    ctx.sentence.index,
  );
  graph.mention(group, text, tokens[start]!.start, tokens[noun]!.end, "GROUP", ctx.sentence.index, true);
  if (relative)
    graph.mention(
      group,
      text,
      tokens[start]!.start,
      tokens[clauseEnd - 1]!.end,
      "GROUP",
      ctx.sentence.index,
      true,
    );
  ctx.chunks.push({
    first: start,
    end: noun + 1,
    entity: group.key,
    type: "group",
    nominal: true,
    kind: "group",
  });
  // "X said one of its fighters carried out the bombing": X's claim (claims.ts), not a finding.
  const own =
    ["its", "their"].includes(words[start - 1] ?? "") && words.slice(0, start).some((x) => SAYING.has(x));
  if (event && !own) emit(ctx, { subject: group.key, predicate: "perpetrated", object: event.entity }, k);
  return true;
}

/** What ties a plural noun to a name: "gunmen loyal to X", "fighters of the X", "fighters from X". */
const GROUP_TIES: readonly { words: string[]; predicate?: "allegiance_to" | "member_of" }[] = [
  { words: ["loyal", "to"], predicate: "allegiance_to" },
  { words: ["of", "the"], predicate: "member_of" },
  { words: ["of"], predicate: "member_of" },
  { words: ["from"] },
];

/**
 * A plural noun tied to a name is a group named by the whole phrase: "gunmen loyal to Mokhtar
 * Belmokhtar" (allegiance_to him), "fighters of the National Transitional Council" (member_of it),
 * "militants from al-Shabaab" (member_of it), "fighters from Zintan" (no tie: where they come from).
 */
function qualifiedGroup(ctx: SentenceContext, first: number, noun: number): boolean {
  const { words, tokens, graph, text } = ctx;
  if (noun === first && words[noun] === "men") return false;
  const tie = GROUP_TIES.find((t) => t.words.every((w, k) => words[noun + 1 + k] === w));
  if (!tie) return false;
  const at = noun + 1 + tie.words.length;
  const name = ctx.chunks.find((c) => c.kind === "name" && c.first === at);
  if (!name) return false;
  if (tie.predicate === "member_of" && name.type !== "organization") return false;
  if (tie.predicate === "allegiance_to" && name.type !== "person" && name.type !== "organization")
    return false;
  // "fighters from Zintan": where they come from; "militants from al-Shabaab": the group they belong to.
  if (!tie.predicate && name.type !== "location" && name.type !== "organization") return false;
  const predicate = tie.predicate ?? (name.type === "organization" ? "member_of" : undefined);
  let start = first;
  while (start > 0 && GROUP_MODIFIERS.has(words[start - 1]!)) start--;
  const from = ["the", "a", "an"].includes(words[start]!) ? start + 1 : start;
  const phrase = text.slice(tokens[from]!.start, tokens[name.end - 1]!.end).replace(/\s+/g, " ");
  const group = graph.entity(
    "group",
    phrase.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
    ctx.sentence.index,
  );
  graph.mention(
    group,
    text,
    tokens[start]!.start,
    tokens[name.end - 1]!.end,
    "GROUP",
    ctx.sentence.index,
    true,
  );
  ctx.chunks.push({
    first: start,
    end: name.end,
    entity: group.key,
    type: "group",
    nominal: true,
    kind: "group",
  });
  if (predicate) emit(ctx, { subject: group.key, predicate, object: name.entity }, noun + 1);
  return true;
}

/**
 * Groups known by what they did: "the two men who attacked the Bardo Museum", "the Bardo attackers",
 * "the two gunmen" (after an event). A group is named after its event ("Bardo Museum attackers"), so
 * the same group in two reports has the same name.
 */
export function addGroups(ctx: SentenceContext): void {
  addAffiliates(ctx);
  const { words, tokens, graph, text } = ctx;
  for (let i = 0; i < words.length; i++) {
    const noun = words[i]!;
    if (!GROUP_NOUNS.has(noun) && !CLAUSAL_GROUP_NOUNS.has(noun)) {
      if (!addDefiniteGroup(ctx, i)) addCountedGroup(ctx, i);
      continue;
    }
    let first = i;
    while (
      first > 0 &&
      (words[first - 1] === "the" ||
        // "all the attackers", "all seven attackers"
        words[first - 1] === "all" ||
        /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(words[first - 1]!) ||
        GROUP_MODIFIERS.has(words[first - 1]!))
    )
      first--;
    if (!(words[i + 1] === "who" && ATTACK_VERBS.has(words[i + 2] ?? "")) && clausalGroup(ctx, first, i))
      continue;
    if (!GROUP_NOUNS.has(noun)) {
      if (!addDefiniteGroup(ctx, i)) addCountedGroup(ctx, i);
      continue;
    }
    const definite = words[first] === "the" || (words[first] === "all" && words[first + 1] === "the");
    let event: DocumentEntity | undefined;
    let target: Chunk | undefined;
    let end = i + 1;
    let trigger = i;
    const site = words[i + 3] === "the" ? words[i + 4] : undefined;
    const earlier =
      site && UNNAMED_FACILITY_HEADS.has(site)
        ? graph.latest("event", (e) => (e.place ?? "").toLowerCase().split(" ").includes(site))
        : undefined;
    if (words[i + 1] === "who" && ATTACK_VERBS.has(words[i + 2] ?? "") && earlier) {
      event = earlier;
      end = i + 5;
      trigger = i + 2;
    } else if (words[i + 1] === "who" && ATTACK_VERBS.has(words[i + 2] ?? "")) {
      target = chunkAfter(ctx, i + 3, ["facility", "location", "organization", "person"], 4);
      if (target) {
        end = target.end;
        trigger = i + 2;
        const canonical = canonicalPlace(graph.get(target.entity)!.name);
        if (target.type === "facility" || target.type === "location")
          event = eventAt(graph, canonical, "attack", ctx.sentence.index);
      }
    } else if (noun !== "men") {
      const place = placeChunkEndingAt(ctx, i);
      if (place) {
        first = Math.min(first, place.first);
        while (first > 0 && words[first - 1] === "the") first--;
        event = eventAt(graph, canonicalPlace(graph.get(place.entity)!.name), "attack", ctx.sentence.index);
      } else if (definite && noun !== "militants") {
        event = ctx.chunks.find((c) => c.type === "event")?.entity
          ? graph.get(ctx.chunks.find((c) => c.type === "event")!.entity)
          : graph.latest("event", (e) => e.place !== undefined);
      }
    }
    if (!event?.place && !target) {
      if (!actingGroup(ctx, first, i) && !qualifiedGroup(ctx, first, i) && !addDefiniteGroup(ctx, i))
        addCountedGroup(ctx, i);
      continue;
    }
    const name = event?.place ? `${event.place} attackers` : `${graph.get(target!.entity)!.name} attackers`;
    const group =
      (definite && !target && event && earlierPerpetrator(graph, event, ctx.sentence.index)) ||
      graph.entity("group", name, ctx.sentence.index);
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    graph.mention(group, text, start, stop, "GROUP", ctx.sentence.index, true);
    // "the two attackers who killed 14 people at …" is also written "the two attackers".
    if (end > i + 1) graph.mention(group, text, start, tokens[i]!.end, "GROUP", ctx.sentence.index, true);
    ctx.chunks.push({ first, end, entity: group.key, type: "group", nominal: true, kind: "group" });
    if (target) emit(ctx, { subject: group.key, predicate: "attacked", object: target.entity }, trigger);
    if (event) {
      emit(ctx, { subject: group.key, predicate: "perpetrated", object: event.key }, trigger);
      if (
        target &&
        (target.type === "facility" || target.type === "location") &&
        !graph.has(event.key, "occurred_at")
      ) {
        emit(ctx, { subject: event.key, predicate: "occurred_at", object: target.entity }, trigger);
      }
    }
  }
  addPossessedGroups(ctx);
}
