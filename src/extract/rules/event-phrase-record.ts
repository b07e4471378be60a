// Step six of `addEvents`: an event phrase's mentions, background, perpetrator, place and date.
import type { DocumentEntity } from "./document-graph.js";
import type { EventCandidate } from "./event-candidate.js";
import { BY_POSSESSOR, HARMLESS_HEADS } from "./event-head-words.js";
import { MODIFIERS } from "./event-phrase-words.js";
import { complementEnds } from "./event-phrases.js";
import { BACKGROUND } from "./event-places.js";
import { emitPresupposed, placeByVerb, placeEvent } from "./event-sites.js";
import { DATE_WORDS } from "./lexicon.js";
import { emit, type SentenceContext } from "./sentence-context.js";

/**
 * Records the phrase for `event`: its mentions (with and without its complements), whether it is
 * history, a possessor's "perpetrated", the chunk later rules link to, its place and its date.
 */
export function recordEventPhrase(ctx: SentenceContext, c: EventCandidate, event: DocumentEntity): void {
  const { words, tokens, graph, text } = ctx;
  const { i, head, headEnd, first, end, place, determiner, past } = c;
  // "last year's Bardo Museum and Sousse attacks": the phrase reaches back over the coordination.
  let from = first;
  while (from > 0 && ["and", ",", "the"].includes(words[from - 1]!)) {
    const name = ctx.chunks.find((c) => c.kind === "name" && c.end === from - 1);
    if (!name || words[from - 1] === "the") break;
    from = name.first;
    while (
      from > 0 &&
      (DATE_WORDS.has(words[from - 1]!) ||
        MODIFIERS.has(words[from - 1]!) ||
        words[from - 1] === "year" ||
        words[from - 1] === "last")
    )
      from--;
  }
  const history =
    words
      .slice(from, i)
      .some((w, k) => /^(?:19|20)\d\d$/.test(w) || (w === "year" && words[from + k - 1] === "last")) ||
    ["since", "after", "before"].includes(
      words[first - 1] === "the" ? (words[first - 2] ?? "") : (words[first - 1] ?? ""),
    );
  if (history || past) BACKGROUND.add(event);
  else BACKGROUND.delete(event);
  const start = tokens[first]!.start;
  const stop = tokens[end - 1]!.end;
  graph.mention(event, text, start, stop, "EVENT", ctx.sentence.index, !place);
  // "Breivik's rampage", "Islamic State's attack on the museum": the possessor of an attack carried
  // it out ("Belaid's assassination" names the victim instead).
  const possessor = /^['’]s$/.test(words[first] ?? "")
    ? ctx.chunks.find(
        (c) =>
          c.end === first &&
          c.kind === "name" &&
          (c.type === "person" || c.type === "organization" || c.type === "group"),
      )
    : undefined;
  if (possessor && BY_POSSESSOR.has(head))
    emit(ctx, { subject: possessor.entity, predicate: "perpetrated", object: event.key }, i, true);
  // The head phrase alone too ("a four-day siege" of "a four-day siege at the … plant"): reports
  // name an event with or without its place.
  if (end > headEnd)
    graph.mention(event, text, start, tokens[headEnd - 1]!.end, "EVENT", ctx.sentence.index, true);
  // The phrase with each prepositional phrase it carries, and with a leading "last" ("last Friday's
  // attacks in Paris"): the report's own wording, as nominal mentions that lend no alias.
  const lead = determiner === "last" && words[first - 1] === "last" ? first - 1 : first;
  for (const cut of complementEnds(tokens, words, headEnd))
    graph.mention(event, text, tokens[lead]!.start, tokens[cut - 1]!.end, "EVENT", ctx.sentence.index, true);
  if (lead < first) graph.mention(event, text, tokens[lead]!.start, stop, "EVENT", ctx.sentence.index, true);
  // A measure or a search harms no one: the sentence's toll and attacker belong to another event
  // ("declared a state of emergency, eight days after a gunman killed 38 tourists").
  if (!HARMLESS_HEADS.has(head)) {
    ctx.chunks.push({ first, end, entity: event.key, type: "event", nominal: !place, kind: "event" });
    ctx.eventCues.push({ entity: event.key, at: first });
  }
  // "the Bardo Museum and Sousse attacks" are two events: neither is placed by the phrase.
  const coordinated =
    place !== undefined && place.end <= i && ["and", ","].includes(words[place.first - 1] ?? "");
  if (place && !coordinated) placeEvent(ctx, event.key, place, i, true, true);
  placeByVerb(ctx, event.key, end);
  // A date inside the phrase ("Friday's attack", "the March attack") or right after it ("… on Friday").
  // "last Friday's attacks": the determiner "last" is part of the date.
  const phraseStart = tokens[words[first - 1] === "last" ? first - 1 : first]!.start;
  const after = tokens[Math.min(tokens.length - 1, end + 2)]!.end;
  const date = ctx.dates.find(
    (d) =>
      d.start >= phraseStart &&
      d.end <= after &&
      !(
        d.start >= stop &&
        !/^(?:(?:that|which) (?:began|started) )?(?:on|in|of|during|earlier|later|tonight|this)\b/i.test(
          text.slice(stop, d.end).trim(),
        )
      ),
  );
  const dated = date ?? past;
  if (dated)
    emitPresupposed(
      ctx,
      { subject: event.key, predicate: "occurred_on", value: dated.value, time: dated.time },
      i,
    );
}
