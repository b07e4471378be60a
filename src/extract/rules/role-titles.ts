import type { Token } from "../text/tokens.js";
import { MINISTRY_PORTFOLIOS, ROLE_TITLE_BODIES, ROLE_TITLE_HEADS, ROLE_TITLE_MODIFIERS } from "./lexicon.js";
import { findPlace, isDemonym } from "./place-gazetteer.js";

/**
 * A title written in front of a person's name, in the shapes news prose gives it: "Charleston police
 * chief Greg Mullen", "Interior Ministry spokesman Tariq Arian", "US District Judge Richard Gergel",
 * "Deputy Interior Minister …", "State Minister of Defence …". The title is read right to left from
 * the name: a head noun ("chief", "Minister"), the words that qualify it, then what owns it — a body
 * the sentence has named (an organisation), a common noun for one ("police"), a place or a people.
 */
export interface RoleTitle {
  /** First token of the whole title, its owner included. */
  start: number;
  /** The post as the report writes it, without a people's adjective or a place that owns a body. */
  role: string;
  /** The post within the body it names: "spokesman" of "Interior Ministry spokesman". */
  bodyRole: string;
  /** The body named inside the title: a named organisation, or a place and a common noun. */
  body?: { first: number; end: number; named: boolean };
  /** A people's adjective in front ("German Chancellor"). */
  demonym?: number;
}

/** What the sentence already knows about its tokens: named organisations and places. */
export interface TitleContext {
  /** Where the organisation name ending at token `end` starts, if one does. */
  organisationEndingAt?: (end: number) => number | undefined;
  /** Where the place name ending at token `end` starts, if one does. */
  placeEndingAt?: (end: number) => number | undefined;
}

const capitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/** Whether a word may stand inside a title: a head, a qualifier or a ministry's portfolio. */
export function isTitleWord(word: string): boolean {
  return ROLE_TITLE_HEADS.has(word) || ROLE_TITLE_MODIFIERS.has(word) || MINISTRY_PORTFOLIOS.has(word);
}

/**
 * The head of a title ending right before token `first`, after a portfolio written with "of" or "for"
 * ("Secretary of State", "Minister of the Interior"): the index of the head, or undefined.
 */
function headBefore(tokens: readonly Token[], words: readonly string[], first: number): number | undefined {
  const last = first - 1;
  if (ROLE_TITLE_HEADS.has(words[last] ?? "")) return last;
  let k = last;
  while (k >= 0 && last - k < 3 && capitalised(tokens[k]) && !ROLE_TITLE_HEADS.has(words[k]!)) k--;
  if (k === last) return undefined;
  if (words[k] === "the") k--;
  if (words[k] !== "of" && words[k] !== "for") return undefined;
  return ROLE_TITLE_HEADS.has(words[k - 1] ?? "") && capitalised(tokens[k - 1]) ? k - 1 : undefined;
}

/**
 * The title written right before token `first` (where a person's name starts), if any.
 *
 * @example "Charleston police chief Greg Mullen": role "police chief", body "Charleston police"
 */
export function roleTitleBefore(
  tokens: readonly Token[],
  words: readonly string[],
  first: number,
  known: TitleContext = {},
): RoleTitle | undefined {
  const head = headBefore(tokens, words, first);
  if (head === undefined) return undefined;
  let start = head;
  let body: RoleTitle["body"];
  for (;;) {
    const k = start - 1;
    if (k < 0) break;
    // "Police spokesman" opening a sentence: a capitalised common noun is no named body.
    const organisation = body ? undefined : known.organisationEndingAt?.(start);
    if (organisation !== undefined && !(organisation === k && ROLE_TITLE_BODIES.has(words[k]!))) {
      body = { first: organisation, end: start, named: true };
      start = organisation;
      continue;
    }
    if (known.placeEndingAt?.(start) !== undefined) break;
    if (!isTitleWord(words[k]!)) break;
    if (ROLE_TITLE_BODIES.has(words[k]!) && !body) body = { first: k, end: k + 1, named: false };
    start = k;
  }
  let owner = start;
  let demonym: number | undefined;
  const place = known.placeEndingAt?.(start);
  if (place !== undefined) owner = place;
  else if (start > 0 && capitalised(tokens[start - 1]) && isDemonym(tokens[start - 1]!.text))
    demonym = owner = start - 1;
  else if (start > 0 && /^\p{Lu}/u.test(tokens[start - 1]!.text) && findPlace(tokens[start - 1]!.text))
    owner = start - 1;
  // "Charleston police chief": the place owns the body, and the post is the body's.
  let roleFrom = demonym !== undefined ? start : owner;
  if (body && !body.named && owner < start && body.first === start) {
    body.first = owner;
    roleFrom = start;
  } else if (body && !body.named) body = undefined;
  const written = (from: number, to: number) => tokens.slice(from, to).map((t) => t.text);
  const role = written(roleFrom, first).join(" ");
  const bodyRole = body?.named ? written(body.end, first).join(" ") : role;
  return {
    start: owner,
    role,
    bodyRole,
    ...(body ? { body } : {}),
    ...(demonym !== undefined ? { demonym } : {}),
  };
}
