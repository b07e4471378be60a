import type { Token } from "../text/tokens.js";
import {
  ARM_NAME_OPENERS,
  FACILITY_HEADS,
  FUSED_ARTICLE,
  KNOWN_GROUPS,
  KNOWN_OUTLETS,
  NAMED_SITE_HEADS,
  ORGANIZATION_HEADS,
  UNNAMED_FACILITY_HEADS,
} from "./lexicon.js";
import { type NamedSpan, tokenRange } from "./named-span.js";
import { findPlace } from "./place-gazetteer.js";
import { roleTitleBefore } from "./role-titles.js";

/**
 * Repairs of a recogniser's spans that its one-sentence view gets wrong in a regular way, each
 * checked on the sentence's tokens: the recogniser splits "Abu Bakr al-Baghdadi" at the lowercase
 * article, takes a year into "2004 Madrid", leaves the lowercase head out of "Atatürk airport" and
 * reads "Al Jazeera" as a person. Pure; the spans are new objects.
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const OUTLET_NAMES = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...KNOWN_OUTLETS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}\\p{N}-])`,
  "giu",
);
const SITE_HEADS = new Set([...UNNAMED_FACILITY_HEADS, ...NAMED_SITE_HEADS]);
const KNOWN = new Set(KNOWN_GROUPS);

function over(text: string, tokens: readonly Token[], from: number, to: number, base: NamedSpan): NamedSpan {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { ...base, start, end, text: text.slice(start, end) };
}

/** Outlets the lexicon knows replace the spans they overlap, as organisations. */
function preferOutlets(text: string, tokens: readonly Token[], spans: NamedSpan[]): NamedSpan[] {
  if (tokens.length === 0) return spans;
  const from = tokens[0]!.start;
  const to = tokens[tokens.length - 1]!.end;
  const outlets: NamedSpan[] = [];
  for (const m of text.slice(from, to).matchAll(OUTLET_NAMES)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const start = from + m.index!;
    outlets.push({ start, end: start + m[0].length, text: m[0], label: "ORG", type: "organization" });
  }
  if (outlets.length === 0) return spans;
  const kept = spans.filter((s) => !outlets.some((o) => s.start < o.end && o.start < s.end));
  return [...kept, ...outlets].sort((a, b) => a.start - b.start);
}

/**
 * One sentence's spans repaired:
 * - a year or number in front is no part of a name ("the 2004 Madrid bombings");
 * - a person's name runs on over a fused article and family name the recogniser left out or tagged
 *   apart ("Abu Bakr" + "al-Baghdadi", "Abdel Fattah al-Sisi");
 * - a name the gazetteer does not know, followed by a lowercase facility head and not after "the" or
 *   a possessive (the site rules take those), is a facility with its head ("attacked Atatürk airport");
 * - a known outlet is an organisation;
 * - two spans the recogniser split inside a known place's name are one ("New South" + "Wales");
 * - a title the recogniser took into a name is left out ("US District Judge Richard Gergel" tagged
 *   one organisation is the person "Richard Gergel").
 */
export function repairSentenceSpans(text: string, tokens: readonly Token[], spans: NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  const words = tokens.map((t) => t.text.toLowerCase());
  const sorted = joinNasab(
    text,
    joinParticlePlaces(
      text,
      joinKnownPlaces(text, joinPossessiveSites(text, tokens, preferOutlets(text, tokens, spans))),
    ),
  );
  for (let n = 0; n < sorted.length; n++) {
    let span = sorted[n]!;
    let [first, end] = tokenRange(tokens, span);
    if (first >= end) {
      out.push(span);
      continue;
    }
    const renamed = named(text, tokens, words, first, end, span);
    if (span.type || renamed !== span) {
      out.push(renamed);
      continue;
    }
    const titled = personAfterTitle(text, tokens, words, first, end, span);
    if (titled) {
      out.push(titled);
      continue;
    }
    while (first < end - 1 && /^\d+$/.test(tokens[first]!.text)) first++;
    if (/^\d+$/.test(tokens[first]!.text)) continue;
    if (span.label === "PER") {
      let stop = end;
      while (stop < tokens.length && FUSED_ARTICLE.test(tokens[stop]!.text)) stop++;
      if (stop > end) {
        // The family name the recogniser tagged apart joins the person.
        const absorbed = sorted[n + 1];
        if (absorbed && tokenRange(tokens, absorbed)[0] >= end && tokenRange(tokens, absorbed)[1] <= stop)
          n++;
        end = stop;
      }
    }
    const head = words[end];
    const name = words.slice(first, end).join(" ");
    if (
      head !== undefined &&
      SITE_HEADS.has(head) &&
      /^\p{Ll}/u.test(tokens[end]!.text) &&
      span.label !== "PER" &&
      words[first - 1] !== "the" &&
      !/^['’]s?$/.test(words[first - 1] ?? "") &&
      !findPlace(name) &&
      !KNOWN.has(name) &&
      !sorted.some((s) => s !== span && s.start >= tokens[end]!.start && s.start < tokens[end]!.end)
    ) {
      out.push({ ...over(text, tokens, first, end + 1, span), type: "facility" });
      continue;
    }
    span = over(text, tokens, first, end, span);
    out.push(organisationByApposition(words, end, span));
  }
  return out;
}

/**
 * "New South" + "Wales": two spans the recogniser split, with only a space between them, whose joined
 * text is a place the gazetteer knows, are that one place.
 */
function joinKnownPlaces(text: string, spans: NamedSpan[]): NamedSpan[] {
  return joinSplit(text, spans, (joined, between) =>
    /^ +$/.test(between) && findPlace(joined) ? "LOC" : undefined,
  );
}

/** A Portuguese, Spanish or Italian particle inside a place's name: "Mocímboa da Praia", "Ponta do Ouro". */
const PLACE_PARTICLE = /^ +(?:da|do|das|dos|de|del|della|di) +$/;

/**
 * "Mocímboa" + "da" + "Praia": two places the recogniser split at a lowercase particle are one place
 * ("Mocímboa da Praia", "Ponta do Ouro"). Only two spans it read as places join ("Banco de Portugal"
 * read as an organisation is left alone).
 */
function joinParticlePlaces(text: string, spans: NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (
      last &&
      !last.type &&
      !span.type &&
      last.label === "LOC" &&
      span.label === "LOC" &&
      PLACE_PARTICLE.test(text.slice(last.end, span.start))
    ) {
      out[out.length - 1] = {
        start: last.start,
        end: span.end,
        text: text.slice(last.start, span.end),
        label: "LOC",
      };
      continue;
    }
    out.push(span);
  }
  return out;
}

/** The lowercase link of an Arabic patronymic: "Osama bin Laden", "Abdullah ibn Saud", "Mokhtar ould X". */
const NASAB_LINK = / +(?:bin|ibn|bint|ould) +/;

/**
 * "Osama" + "bin" + "Laden": two one-word spans the recogniser split at a lowercase patronymic link
 * are one person's name, whatever each half was typed alone ("Laden" is also a German town).
 */
function joinNasab(text: string, spans: NamedSpan[]): NamedSpan[] {
  return joinSplit(text, spans, (_joined, between) =>
    NASAB_LINK.test(between) && between.replace(NASAB_LINK, "") === "" ? "PER" : undefined,
  );
}

/**
 * Joins each two neighbouring untyped spans that `join` accepts, given their joined text and the text
 * between them, into one span of the label it returns.
 */
function joinSplit(
  text: string,
  spans: NamedSpan[],
  join: (joined: string, between: string) => NamedSpan["label"] | undefined,
): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && !last.type && !span.type) {
      const joined = text.slice(last.start, span.end);
      const label = join(joined, text.slice(last.end, span.start));
      if (label) {
        out[out.length - 1] = { start: last.start, end: span.end, text: joined, label };
        continue;
      }
    }
    out.push(span);
  }
  return out;
}

/**
 * "St Anthony's Shrine", "St Paul's Cathedral": a name, a possessive and a capitalised facility head
 * right after it are one facility's name, which the recogniser splits at the apostrophe. A place or a
 * known group before the possessive owns the site instead ("Kenya's Parliament"), and a name after
 * the possessive ("Kenya's Westgate Mall") is the site's own.
 */
function joinPossessiveSites(text: string, tokens: readonly Token[], spans: NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n]!;
    const [first, end] = tokenRange(tokens, span);
    const head = tokens[end + 1];
    if (
      first >= end ||
      !/^['’]s$/.test(tokens[end]?.text ?? "") ||
      head === undefined ||
      !/^\p{Lu}\p{Ll}+$/u.test(head.text) ||
      !FACILITY_HEADS.has(head.text.toLowerCase()) ||
      tokens[end]!.start !== tokens[end - 1]!.end
    ) {
      out.push(span);
      continue;
    }
    const owner = text.slice(span.start, span.end).toLowerCase();
    if (findPlace(owner) || KNOWN.has(owner)) {
      out.push(span);
      continue;
    }
    // The head the recogniser tagged apart ("Shrine") is part of the name.
    const next = spans[n + 1];
    let stop = end + 2;
    if (next && tokenRange(tokens, next)[0] === end + 1) {
      stop = Math.max(stop, tokenRange(tokens, next)[1]);
      n++;
    }
    out.push({ ...over(text, tokens, first, stop, span), label: "LOC", type: "facility" });
  }
  return out;
}

/** Words that introduce a name an organisation goes by: "known as", "calling itself". */
const NAMING = [
  ["known", "as"],
  ["calls", "itself"],
  ["calling", "itself"],
];

/**
 * "Islamic State's regional affiliate, known as Islamic State Khorasan": after "known as" a known
 * group's name runs on over the capitalised words that follow it; the longer name is the arm's.
 */
function named(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  first: number,
  end: number,
  span: NamedSpan,
): NamedSpan {
  if (!NAMING.some(([a, b]) => words[first - 2] === a && words[first - 1] === b)) return span;
  let to = end;
  while (
    to < tokens.length &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[to]!.text) &&
    !findPlace(words.slice(to, to + 1).join(" "))
  )
    to++;
  return to > end ? { ...over(text, tokens, first, to, span), label: "ORG", type: "organization" } : span;
}

/** Appositive heads that say a name is an organisation: ", a faction of the Pakistani Taliban,". */
const ORGANISATION_APPOSITIVES = new Set(["faction", "splinter", "offshoot", "wing", "branch", "affiliate"]);

/** "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban,": the name is an organisation's, whatever the recogniser said. */
function organisationByApposition(words: readonly string[], end: number, span: NamedSpan): NamedSpan {
  if (words[end] !== "," || !["a", "an", "the"].includes(words[end + 1] ?? "")) return span;
  if (!ORGANISATION_APPOSITIVES.has(words[end + 2] ?? "")) return span;
  return { ...span, label: "ORG", type: "organization" };
}

/**
 * Regional arms a report names as such: "Wilayat Sinai", and "X Province" written after a known
 * group's possessive ("the Islamic State's Sinai Province") or before "of" one ("Sinai Province of the
 * Islamic State"). Returns their lowercase names, so that every mention of them is an organisation,
 * never the province of the same name.
 */
export function armsNamedIn(text: string): Set<string> {
  const arms = new Set<string>();
  const anyCase = (name: string) =>
    escapeRegExp(name).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  const groups = [...KNOWN]
    .sort((a, b) => b.length - a.length)
    .map(anyCase)
    .join("|");
  const openers = [...ARM_NAME_OPENERS].map(anyCase).join("|");
  const patterns = [
    new RegExp(`(?:${groups})['’]s\\s+((?:\\p{Lu}[\\p{L}-]*\\s+){1,2}Province)(?![\\p{L}])`, "gu"),
    new RegExp(
      `((?:\\p{Lu}[\\p{L}-]*\\s+){1,2}Province)\\s+of\\s+(?:the\\s+)?(?:${groups})(?![\\p{L}])`,
      "gu",
    ),
    new RegExp(`(?<![\\p{L}])((?:${openers})\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)`, "gu"),
  ];
  for (const p of patterns)
    for (const m of text.matchAll(p)) arms.add(m[1]!.toLowerCase().replace(/\s+/g, " "));
  return arms;
}

/**
 * "US District Judge Richard Gergel", "State Minister of Defence Ruwan Wijewardene" tagged as one
 * name: when the span's first words end a title and at least two capitalised words follow, those are
 * a person's name, and the title is read off the words in front of it (names.ts).
 */
function personAfterTitle(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  first: number,
  end: number,
  span: NamedSpan,
): NamedSpan | undefined {
  for (let k = first + 1; k <= end - 2; k++) {
    const rest = tokens.slice(k, end);
    if (!rest.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) continue;
    const title = roleTitleBefore(tokens, words, k);
    if (!title || title.start > first) continue;
    const name = words.slice(k, end);
    if (name.some((w) => ORGANIZATION_HEADS.has(w)) || findPlace(name.join(" "))) return undefined;
    return { ...over(text, tokens, k, end, span), label: "PER" };
  }
  return undefined;
}
