import type { Extraction, ExtractionInput, Extractor } from "../extraction.js";
import { tokenize } from "../text/tokens.js";
import { addAccusations } from "./accusations.js";
import { addAgedDescriptions } from "./aged-descriptions.js";
import { addAnaphora } from "./anaphora.js";
import { addAnchoredClauseEvents } from "./anchored-clause-events.js";
import { addEventAnchoredDates, dateEventsFromAnchors } from "./anchored-dates.js";
import { addAppositives } from "./appositives.js";
import { addAssailants } from "./assailants.js";
import { addCapitalPhrases } from "./capital-phrases.js";
import { findCapitalisedNames } from "./capitalised-names.js";
import { addCasualties } from "./casualties.js";
import { dateClauses } from "./clause-dates.js";
import { addContainment } from "./containment.js";
import { DEFAULTS as CREDIBILITY, type CredibilityOptions, readStance } from "./credibility.js";
import { addCustodyEvents } from "./custody-events.js";
import { findDates } from "./dates.js";
import { addDescriptions } from "./descriptions.js";
import { type DocumentEntity, DocumentGraph } from "./document-graph.js";
import { settleNames } from "./document-names.js";
import { dateEventPhrases } from "./event-date-phrases.js";
import { dateEvents } from "./event-dates.js";
import { joinBareEvents } from "./event-joins.js";
import { attackEventTargets } from "./event-targets.js";
import { addEvents } from "./events.js";
import { addFamilyTies } from "./family-ties.js";
import { addForceActions } from "./force-actions.js";
import { addForces } from "./forces.js";
import { addFrontedTitles } from "./fronted-titles.js";
import { addGroupLinks } from "./group-links.js";
import { addGroups } from "./groups.js";
import { addHomeTowns } from "./home-towns.js";
import { addImplicitEvents } from "./implicit-events.js";
import { ATTACKER_DESCRIPTIONS } from "./lexicon.js";
import { addMemberTies } from "./member-ties.js";
import { propagatePersonNames } from "./name-propagation.js";
import { retypeNames } from "./name-retyping.js";
import { addNamedRelatives, addSiblingPairs } from "./named-relatives.js";
import type { NamedSpan, NameFinder } from "./named-span.js";
import { addNames } from "./names.js";
import { addNamings, membersCarryOut, type PendingNaming, resolvePendingNamings } from "./naming.js";
import { addCitizenshipClauses, addNationalities } from "./nationality.js";
import { addPassiveKillings } from "./passive-killings.js";
import { attackSites, linkPerpetrators } from "./perpetrators.js";
import { addPlacePhrases } from "./place-phrases.js";
import { addRankedPosts } from "./ranked-posts.js";
import { addRelations } from "./relations.js";
import { dateAcrossReport } from "./report-dates.js";
import { addSceneSites } from "./scene-sites.js";
import type { SentenceContext } from "./sentence-context.js";
import { placeEventsInTowns } from "./site-towns.js";
import { addSites } from "./sites.js";
import { addStateActors } from "./state-actors.js";
import { addStateAircraft } from "./state-aircraft.js";
import { addStateBodies } from "./state-bodies.js";
import { addTargets, attackTargets } from "./targets.js";
import { addTitledNames } from "./titled-names.js";
import { addUnnamedOfficials } from "./unnamed-officials.js";
import { addVictimCounts } from "./victim-counts.js";

export const DEFAULTS = Object.freeze({
  credibility: CREDIBILITY,
  /**
   * A sentence the rules fail on yields nothing instead of failing the report: one odd sentence in a
   * long PDF should not cost the analyst the rest. Tests turn this off to see the failure.
   */
  skipFailingSentences: true,
});

export interface RuleExtractorOptions {
  /** Finds names; the statistical recogniser plugs in here. Defaults to capitalised runs. */
  nameFinder?: NameFinder;
  credibility?: CredibilityOptions;
  skipFailingSentences?: boolean;
}

/**
 * Names a person known only by a description after the attack the report says he carried out, else
 * after the event nearest to where it was described that no group carried out: "the gunman" in a
 * report on the Sousse attack is the "Sousse gunman".
 */
function nameDescribed(
  graph: DocumentGraph,
  eventSentences: Map<string, number[]>,
  mentionSentence: Map<string, number>,
): void {
  const groupEvents = new Set(
    graph.entities.filter((e) => e.type === "group").map((g) => g.name.replace(/ attackers$/, " attack")),
  );
  for (const person of graph.entities.filter((e) => e.type === "person" && e.described)) {
    // The attack the report says he carried out names him first ("a suicide bomber killed 12 … in
    // central Tunis": the "Tunis bomber", whatever attack the report leads with).
    const own = graph
      .perpetratedBy(person.key)
      .map((k) => graph.get(k))
      .find((e) => e?.place);
    if (own?.place) {
      person.name = `${own.place} ${person.described}`;
      continue;
    }
    const at = mentionSentence.get(person.key) ?? person.lastSentence;
    let best: DocumentEntity | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const e of graph.entities) {
      if (e.type !== "event" || !e.place || groupEvents.has(e.name)) continue;
      for (const s of eventSentences.get(e.key) ?? []) {
        const d = Math.abs(s - at) + (s > at ? 0.5 : 0);
        if (d < bestDistance) [best, bestDistance] = [e, d];
      }
    }
    if (best?.place) person.name = `${best.place} ${person.described}`;
  }
}

/**
 * News style introduces a person by full name; a bare surname at first mention ("… told reporters
 * that Rezgui had belonged to …" after "the gunman, a 23-year-old student") refers to someone the
 * report has already introduced. When a report has one unnamed attacker and one such person, first
 * met after the description and holding no post, they are one man.
 */
function joinSurnameToDescription(
  graph: DocumentGraph,
  firstNamed: Map<string, { sentence: number; words: number }>,
  describedAt: Map<string, number>,
): void {
  const unnamed = graph.entities.filter(
    (e) => e.type === "person" && e.described && [...e.descriptors].some((d) => ATTACKER_DESCRIPTIONS.has(d)),
  );
  if (unnamed.length !== 1) return;
  const described = unnamed[0]!;
  const at = describedAt.get(described.key) ?? Number.POSITIVE_INFINITY;
  const candidates = graph.entities.filter((e) => {
    const first = firstNamed.get(e.key);
    return (
      e.type === "person" && !e.described && !e.official && first && first.words === 1 && first.sentence > at
    );
  });
  if (candidates.length === 1) graph.merge(described, candidates[0]!);
}

function extract(
  input: ExtractionInput,
  finder: NameFinder,
  options: Required<Omit<RuleExtractorOptions, "nameFinder">>,
): Extraction {
  const { text, sentences, published } = input;
  const graph = new DocumentGraph();
  let spans: NamedSpan[] = [];
  try {
    spans = finder(text, sentences);
  } catch (error) {
    if (!options.skipFailingSentences) throw error;
  }
  spans = propagatePersonNames(text, settleNames(text, sentences, spans));
  spans = retypeNames(text, sentences, spans);
  const eventSentences = new Map<string, number[]>();
  const describedAt = new Map<string, number>();
  const firstNamed = new Map<string, { sentence: number; words: number }>();
  const pendingNamings: PendingNaming[] = [];
  const reportContexts: SentenceContext[] = [];
  for (const sentence of sentences) {
    try {
      const tokens = tokenize(text, sentence.start, sentence.end);
      const ctx: SentenceContext = {
        text,
        sentence,
        tokens,
        words: tokens.map((t) => t.text.toLowerCase()),
        chunks: [],
        dates: findDates(text, sentence.start, sentence.end, published),
        stance: readStance(tokens, options.credibility),
        appositives: [],
        eventCues: [],
        graph,
      };
      addNames(
        ctx,
        spans.filter((s) => s.start >= sentence.start && s.end <= sentence.end),
      );
      addCapitalPhrases(ctx);
      addSites(ctx);
      addPlacePhrases(ctx);
      addForces(ctx);
      addStateBodies(ctx);
      addEvents(ctx);
      addGroups(ctx);
      addMemberTies(ctx);
      addStateActors(ctx);
      addDescriptions(ctx);
      addAgedDescriptions(ctx);
      addAnaphora(ctx);
      addStateAircraft(ctx);
      addAssailants(ctx);
      addTargets(ctx);
      reportContexts.push(ctx);
      const naming = addNamings(ctx);
      if (naming) pendingNamings.push(naming);
      addAppositives(ctx);
      addFrontedTitles(ctx);
      addTitledNames(ctx);
      addRankedPosts(ctx);
      addContainment(ctx);
      addNationalities(ctx);
      addCitizenshipClauses(ctx);
      addEventAnchoredDates(ctx);
      addGroupLinks(ctx);
      addRelations(ctx);
      addNamedRelatives(ctx);
      addSiblingPairs(ctx);
      addFamilyTies(ctx);
      addHomeTowns(ctx);
      addAccusations(ctx);
      addImplicitEvents(ctx);
      addVictimCounts(ctx);
      addAnchoredClauseEvents(ctx);
      addPassiveKillings(ctx);
      addCasualties(ctx);
      linkPerpetrators(ctx);
      addForceActions(ctx);
      addCustodyEvents(ctx);
      dateEventPhrases(ctx);
      dateClauses(ctx);
      dateEvents(ctx);
      dateEventsFromAnchors(ctx);
      attackSites(ctx);
      attackTargets(ctx);
      attackEventTargets(ctx);
      addSceneSites(ctx);
      addUnnamedOfficials(ctx);
      for (const c of ctx.chunks) {
        if (c.type === "event")
          eventSentences.set(c.entity, [...(eventSentences.get(c.entity) ?? []), sentence.index]);
        if (c.kind === "description" && !describedAt.has(c.entity)) describedAt.set(c.entity, sentence.index);
        if (c.kind === "name" && !firstNamed.has(c.entity))
          firstNamed.set(c.entity, { sentence: sentence.index, words: c.end - c.first });
      }
    } catch (error) {
      if (!options.skipFailingSentences) throw error;
    }
  }
  dateAcrossReport(reportContexts, published);
  resolvePendingNamings(graph, pendingNamings);
  membersCarryOut(graph);
  joinSurnameToDescription(graph, firstNamed, describedAt);
  nameDescribed(graph, eventSentences, describedAt);
  joinBareEvents(graph);
  placeEventsInTowns(graph);
  return graph.finish();
}

/**
 * The rule-based extractor: names from a pluggable finder, typed by gazetteers and head words;
 * events, groups, descriptions, dates and casualty figures from word patterns; relations from the
 * table in `patterns.ts`.
 *
 * @example createRuleExtractor().extract({ text, sentences: splitSentences(text), published: "2015-07-01", language: "en" })
 */
export function createRuleExtractor(options: RuleExtractorOptions = {}): Extractor {
  const finder = options.nameFinder ?? ((text, sentences) => findCapitalisedNames(text, sentences));
  const resolved = {
    credibility: options.credibility ?? DEFAULTS.credibility,
    skipFailingSentences: options.skipFailingSentences ?? DEFAULTS.skipFailingSentences,
  };
  return Object.freeze({
    name: "rules",
    extract: (input: ExtractionInput) => extract(input, finder, resolved),
  });
}
