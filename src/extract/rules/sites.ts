import { settlementOf } from "./event-references.js";
import {
  MORE_SITE_HEADS,
  NAMED_PLACE_HEADS,
  NAMED_SITE_HEADS,
  UNNAMED_FACILITY_HEADS,
  UNNAMED_PLACE_HEADS,
} from "./lexicon.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";
import { addPluralSites } from "./plural-sites.js";
import { addOwnedSites, addPossessiveSites, addResidences } from "./possessive-sites.js";
import { emit, type SentenceContext } from "./sentence-context.js";
import { retypeApposedSites, retypePlacesOfSites } from "./site-appositions.js";
import { retypeListsBeforeHeads } from "./site-lists.js";
import { addHeadquarters, addVehicles, repairBuildingNames } from "./site-names.js";
import {
  addDefiniteSites,
  addDistricts,
  addShortSiteNames,
  addStreets,
  areaMention,
  MODIFIED_SITE_HEADS,
  namedPlaceAfterLink,
  pushSite,
  retypeListedSites,
  retypePossessedDistricts,
} from "./site-places.js";
import { TOWN_PARTS } from "./town-parts.js";

const SITE_LINKS = new Set(["near", "in", "at", "outside", "on"]);
/** Words that make "post" a site, not a job: "an army post in Borno state", "a border post"; not "a government post". */
const POST_MODIFIERS = new Set(["army", "police", "military", "border"]);
/** Words that make "stop" a site, not a halt: "a bus stop in Jerusalem"; not "a traffic stop". */
const STOP_MODIFIERS = new Set(["bus", "tram"]);
/** Links that place a site inside the named place; "near" and "outside" do not (annotation README). */
const CONTAINING_LINKS = new Set(["in", "at", "on"]);
const ADJECTIVES = new Set([
  "training",
  "jihadist",
  "militant",
  "military",
  "beach",
  "tourist",
  "secret",
  "desert",
  "local",
  "main",
  "small",
  "large",
  "remote",
  "former",
]);
/** Lowercase words that may modify an unnamed site's head ("the US diplomatic compound", "an army barracks"). */
const SITE_MODIFIERS = new Set([
  ...ADJECTIVES,
  "diplomatic",
  "army",
  "police",
  "navy",
  "naval",
  "gas",
  "oil",
  "fortified",
  "government",
  "security",
  "border",
  "detention",
  "prison",
  "hotel",
  "resort",
  "parliament",
  "presidential",
  "concert",
  "bus",
  // "a car park at the airport".
  "car",
  "railway",
  "train",
  "metro",
  "underground",
  "shopping",
  "community",
  "social",
  "international",
  "bomb-making",
  "busy",
  "crowded",
  "suburban",
  "christmas",
  // "a petrol station", "a wedding hall", "a tram stop", "a polling station".
  "petrol",
  "fuel",
  "filling",
  "wedding",
  "prayer",
  "tram",
  "polling",
]);
/** Lowercase heads that end a capitalised name as part of it: "Imperial Marhaba hotel", "Tigantourine gas plant". */
const NAME_HEADS = new Set([
  ...UNNAMED_FACILITY_HEADS,
  ...NAMED_SITE_HEADS,
  ...NAMED_PLACE_HEADS,
  "plant",
  "complex",
  "refinery",
  "field",
]);

/**
 * "the DusitD2 hotel and office complex": a second lowercase head coordinated with the first (no
 * article of its own) belongs to the same named site. Returns the end of the site's words.
 */
function sharedHeadEnd(ctx: SentenceContext, head: number): number {
  const { words, tokens } = ctx;
  if (words[head + 1] !== "and") return head + 1;
  for (let m = head + 2; m < Math.min(words.length, head + 4); m++) {
    if (!/^\p{Ll}+$/u.test(tokens[m]!.text) || SITE_DETERMINERS.has(words[m]!)) break;
    if (NAME_HEADS.has(words[m]!) && !/^\p{Lu}/u.test(tokens[m + 1]?.text ?? "")) return m + 1;
  }
  return head + 1;
}

/**
 * A capitalised name followed by a lowercase facility head is one facility, kept whole: "the Imperial
 * Marhaba hotel", "the Tigantourine gas plant". A name chunk inside it (the model's "Imperial
 * Marhaba") joins the facility.
 */
function addNamedSites(ctx: SentenceContext): void {
  const { words, tokens, graph } = ctx;
  for (let i = 1; i < words.length; i++) {
    if (!NAME_HEADS.has(words[i]!) || !/^\p{Ll}/u.test(tokens[i]!.text)) continue;
    const added =
      !UNNAMED_FACILITY_HEADS.has(words[i]!) && !/^(?:plant|complex|refinery|field)$/.test(words[i]!);
    let last = i - 1;
    if (SITE_MODIFIERS.has(words[last]!) && /^\p{Ll}/u.test(tokens[last]!.text)) last--;
    let first = last + 1;
    for (;;) {
      if (first > 1 && /^\p{Lu}/u.test(tokens[first - 1]!.text)) first--;
      else {
        // A name the finder read with a lowercase particle ("Jemaa el-Fnaa") is stepped over whole.
        const inner = ctx.chunks.find((c) => c.kind === "name" && c.end === first && c.first < first);
        if (!added || !inner || inner.first === 0) break;
        first = inner.first;
      }
    }
    let before = words[first - 1] ?? "";
    // "the busy Zoobe junction": an adjective between the article and the name opens the site's words.
    let opening = first;
    if (PLACE_ADJECTIVES.has(before) && ["the", "a", "an"].includes(words[first - 2] ?? "")) {
      opening = first - 1;
      before = words[first - 2]!;
    }
    // "the Imperial Marhaba hotel"; for the heads added for other reports also "at Atocha station",
    // "on Jemaa el-Fnaa square" (a preposition in front, no article).
    // "Istanbul's Atatürk airport": a town's possessive in front is where the site is.
    const owner = /^['’]s$/.test(before)
      ? ctx.chunks.find((c) => c.kind === "name" && c.end === first - 1 && c.type === "location")
      : undefined;
    // "has hit Oktyabrskaya metro station": for those heads a verb in front will do too.
    // Never a town the gazetteer knows ("a historic Charleston church" is a church in Charleston).
    const verbBefore =
      added &&
      /^\p{Ll}+$/u.test(tokens[first - 1]?.text ?? "") &&
      !PARTICLES.has(before) &&
      !SITE_MODIFIERS.has(before) &&
      !ctx.chunks.some(
        (c) => c.first < i && c.end > first && c.type === "location" && findPlace(graph.get(c.entity)!.name),
      );
    if (
      first > last ||
      !(["the", "a", "an"].includes(before) || (added && SITE_ENTRIES.has(before)) || owner || verbBefore)
    )
      continue;
    const inner = ctx.chunks.filter((c) => c.first < i && c.end > first);
    // A country or city in front is a modifier, not the name ("the US diplomatic compound", "a Paris
    // café"); a name the finder took for a person is part of a site's name only for the added heads.
    if (
      inner.some(
        (c) =>
          c.kind !== "name" ||
          c.first < first ||
          (c.type === "person" && !added) ||
          (c.type === "location" &&
            ((!added && !owner) ||
              before === "a" ||
              before === "an" ||
              findPlace(graph.get(c.entity)!.name) === "country" ||
              // "the Kabul wedding hall": a city before a modifier of an unnamed kind of site is where
              // the hall is; "the Olympia concert hall" keeps its name.
              (last < i - 1 &&
                UNNAMED_KIND_MODIFIERS.has(words[last + 1]!) &&
                findPlace(graph.get(c.entity)!.name) === "city"))),
      )
    )
      continue;
    const type = NAMED_PLACE_HEADS.has(words[i]!) ? "location" : "facility";
    const end = sharedHeadEnd(ctx, i);
    const key = pushSite(ctx, opening, end, first, undefined, type);
    // "Strasbourg's Christmas market" is how the report names it, with its town.
    if (owner)
      graph.mention(
        graph.get(key)!,
        ctx.text,
        tokens[owner.first]!.start,
        tokens[end - 1]!.end,
        "SITE",
        ctx.sentence.index,
        true,
      );
    for (const c of inner) {
      const from = graph.get(c.entity);
      const into = graph.get(key);
      if (from && into) graph.merge(from, into);
      ctx.chunks.splice(ctx.chunks.indexOf(c), 1);
    }
    if (owner) emit(ctx, { subject: key, predicate: "located_in", object: owner.entity }, i, true);
  }
}
/** Modifiers of a kind of site that is rarely a name's: "a wedding hall", "a petrol station". */
const UNNAMED_KIND_MODIFIERS = new Set(["petrol", "fuel", "filling", "wedding", "prayer", "tram", "polling"]);

/** Adjectives between an article and a named site: "the busy Zoobe junction", "the main Hamra mosque". */
const PLACE_ADJECTIVES = new Set(["busy", "crowded", "main", "packed", "popular"]);

/** Words before a capitalised name that make it no site's name: "and Oktyabrskaya station" is a list's. */
const PARTICLES = new Set(["and", "or", "of", "to", "from", "by", "with", "for", "as", "than", "but"]);

/** Prepositions before a named site with no article: "at Atocha station", "on Jemaa el-Fnaa square". */
const SITE_ENTRIES = new Set(["at", "on", "in", "near", "outside", "through", "into", "of"]);

/** Capitalised words inside a name that make it a site ("Jewish Museum of Belgium", "Stade de France"). */
const SITE_NAME_WORDS = new Set([
  "museum",
  "stade",
  "stadium",
  "airport",
  "hotel",
  "café",
  "cathedral",
  "synagogue",
]);

/**
 * A name the finder typed an organisation that is built on a site's head is the site: "the Jewish
 * Museum of Belgium", "the Stade de France" (an institution's name, but the place an attack hits).
 */
function retypeSiteNames(ctx: SentenceContext): void {
  for (const c of ctx.chunks) {
    if (c.kind !== "name" || c.type !== "organization") continue;
    const entity = ctx.graph.get(c.entity);
    if (!entity) continue;
    const words = entity.name.split(/\s+/);
    if (words.length < 2 || !words.some((w) => /^\p{Lu}/u.test(w) && SITE_NAME_WORDS.has(w.toLowerCase())))
      continue;
    entity.type = "facility";
    c.type = "facility";
  }
  for (const c of ctx.chunks) {
    if (c.kind !== "name" || c.type !== "organization") continue;
    const entity = ctx.graph.get(c.entity);
    const head = entity?.name.split(/\s+/)[0]?.toLowerCase();
    if (!entity || entity.name.split(/\s+/).length < 2 || !PLACE_NAME_WORDS.has(head ?? "")) continue;
    entity.type = "location";
    c.type = "location";
  }
}
/** First words of a name that make it a street or a square ("Promenade des Anglais", "Place de la République"). */
const PLACE_NAME_WORDS = new Set(["promenade", "boulevard", "avenue", "rue", "place", "plaza", "piazza"]);

/** Words that end a site's description going back from its head: "killed 14 people at a … centre". */
const NOT_SITE_WORDS = new Set(["of", "and", "or", "to", "for", "with", "was", "were", "is", "had", "has"]);

/**
 * The first word of at most two plain lowercase modifiers before `first` that an article or a
 * possessive opens ("an art gallery", "a social services centre"); `first` itself when there is none.
 */
function freeModifiers(ctx: SentenceContext, first: number): number {
  const { words, tokens } = ctx;
  for (let k = first - 1; k >= Math.max(1, first - 2); k--) {
    // "the Pakistani consulate in Jalalabad": a people's adjective describes the site as well.
    const people = /^\p{Lu}/u.test(tokens[k]!.text) && isDemonym(tokens[k]!.text);
    if ((!people && !/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)) || NOT_SITE_WORDS.has(words[k]!))
      return first;
    if (SITE_DETERMINERS.has(words[k]!)) return first;
    if (SITE_DETERMINERS.has(words[k - 1] ?? "")) return k;
  }
  return first;
}

/** Determiners before an unnamed site: "a flat", "their bomb-making house", "his flat". */
const SITE_DETERMINERS = new Set(["a", "an", "the", "his", "her", "their", "its"]);

/**
 * Unnamed sites: "a camp near Sabratha", "a university in Kairouan", "the beach at Port El Kantaoui"
 * become facilities named by their words ("camp near Sabratha"), located in the named place when the
 * link says so ("in", "at"; "near" is proximity, not containment). With modifiers and no place after
 * them, "the US diplomatic compound", "an army barracks", "a US Navy ship" are facilities too.
 */
export function addSites(ctx: SentenceContext): void {
  repairBuildingNames(ctx);
  addShortSiteNames(ctx);
  retypeSiteNames(ctx);
  retypeListedSites(ctx);
  retypeListsBeforeHeads(ctx);
  addNamedSites(ctx);
  retypeApposedSites(ctx);
  addStreets(ctx);
  addDistricts(ctx);
  retypePossessedDistricts(ctx);
  addPossessiveSites(ctx);
  addOwnedSites(ctx);
  addResidences(ctx);
  addDefiniteSites(ctx);
  addHeadquarters(ctx);
  addVehicles(ctx);
  addPluralSites(ctx);
  const { words, tokens } = ctx;
  for (let i = 1; i < words.length; i++) {
    const head = words[i]!;
    const unnamed = UNNAMED_FACILITY_HEADS.has(head) || MORE_SITE_HEADS.has(head);
    const post =
      (head === "post" && POST_MODIFIERS.has(words[i - 1] ?? "")) ||
      (head === "stop" && STOP_MODIFIERS.has(words[i - 1] ?? ""));
    if ((!unnamed && !MODIFIED_SITE_HEADS.has(head) && !post) || !/^\p{Ll}/u.test(tokens[i]!.text)) continue;
    if (ctx.chunks.some((c) => c.kind !== "name" && c.first <= i && i < c.end)) continue;
    const type = UNNAMED_PLACE_HEADS.has(head) ? "location" : "facility";
    // "a police station in X", "an army post in Y": a head that needs its modifier is placed like the others.
    const modified = (MODIFIED_SITE_HEADS.has(head) || post) && SITE_MODIFIERS.has(words[i - 1] ?? "");
    if ((unnamed || modified) && SITE_LINKS.has(words[i + 1] ?? "")) {
      let first = i;
      while (first > 0 && (ADJECTIVES.has(words[first - 1]!) || SITE_MODIFIERS.has(words[first - 1]!)))
        first--;
      const place = namedPlaceAfterLink(ctx, i + 2);
      // "an art gallery in Ankara", "a social services centre in X": with a named place after it, any
      // two lowercase words between the article and the head describe the site.
      if (place && !SITE_DETERMINERS.has(words[first - 1] ?? "")) first = freeModifiers(ctx, first);
      if (place && SITE_DETERMINERS.has(words[first - 1] ?? "")) {
        // "a flat in the Molenbeek district of Brussels": the district's town belongs to the phrase.
        const town = words[place.end] === "of" ? namedPlaceAfterLink(ctx, place.end + 1) : undefined;
        const key = pushSite(ctx, first, town?.end ?? place.end, first, place, type);
        // The head phrase alone names it too ("a busy shopping street" of "… in central Stockholm").
        const site = ctx.graph.get(key)!;
        // "a busy intersection in Mogadishu" is a part of the town: an event there is in the town too.
        if (type === "location") TOWN_PARTS.add(site);
        const mention = (from: number, to: number) =>
          ctx.graph.mention(
            site,
            ctx.text,
            tokens[from]!.start,
            tokens[to - 1]!.end,
            "SITE",
            ctx.sentence.index,
            true,
          );
        mention(first - 1, i + 1);
        // "their bomb-making house in Alcanar": a possessive is part of how the report names it.
        if (!["a", "an", "the"].includes(words[first - 1]!)) mention(first - 1, place.end);
        if (CONTAINING_LINKS.has(words[i + 1]!)) {
          emit(ctx, { subject: key, predicate: "located_in", object: place.entity }, i, true);
          areaMention(ctx, i + 2, place);
        }
        continue;
      }
    }
    // "the US diplomatic compound", "an Islamic State training camp", "a US Navy ship".
    let first = i;
    while (
      first > 0 &&
      (SITE_MODIFIERS.has(words[first - 1]!) ||
        ctx.chunks.some((c) => c.kind === "name" && c.end === first && c.type !== "person"))
    ) {
      const name = ctx.chunks.find((c) => c.kind === "name" && c.end === first && c.type !== "person");
      first = name ? name.first : first - 1;
    }
    if (first === i || !SITE_DETERMINERS.has(words[first - 1] ?? "")) continue;
    // "the Red Sea resort of Dahab" describes the town Dahab: no site of its own.
    if (words[i + 1] === "of" && settlementOf(words, first - 1) === i + 2) continue;
    // The whole phrase is the site; inner names ("US") stay, the longer chunk wins in argument search.
    // "a Dhaka café", "a Berlin Christmas market": a city in front is where the site is ("the
    // Shangri-La hotel", "the Bardo museum" are names, whatever towns share them); so is "the Kabul
    // wedding hall", where a lowercase word between the city and the head makes the city a modifier.
    const town = ctx.chunks.find(
      (c) =>
        (/^an?$/.test(words[first - 1]!) || (c.end < i && /^\p{Ll}/u.test(tokens[c.end]!.text))) &&
        c.kind === "name" &&
        c.first === first &&
        c.type === "location" &&
        findPlace(ctx.graph.get(c.entity)!.name) === "city",
    );
    const key = pushSite(ctx, first, i + 1, first, town, type);
    if (town) emit(ctx, { subject: key, predicate: "located_in", object: town.entity }, i, true);
  }
  retypePlacesOfSites(ctx);
}
