import type { EntityType } from "../../model/entity-types.js";
import { PREDICATES, type Predicate } from "../../model/predicates.js";
import type { ExtractedEntity, ExtractedMention, ExtractedStatement, Extraction } from "../extraction.js";

/** What the rules know about an entity while reading one document. */
export interface DocumentEntity extends ExtractedEntity {
  /** Dropped at the end unless a statement uses it: a description or an event nobody says anything of. */
  provisional: boolean;
  /** Description heads that refer to it ("gunman", "student", "23-year-old"), for later descriptions. */
  descriptors: Set<string>;
  /** Named by a description, not a name ("the gunman"): renamed once the document's events are known. */
  described?: string;
  /** For an event, its place's canonical name ("Bardo Museum"). */
  place?: string;
  /** A person with a title or a post, never the antecedent of "the gunman". */
  official?: boolean;
  lastSentence: number;
  /** The sentence it was first met in. */
  firstSentence: number;
  /** Where in the text it was last mentioned, so that of two entities in one sentence the later is the more recent. */
  lastOffset?: number;
}

/** Facilities spelt with or without "National" ("Bardo National Museum") are one site in a document. */
const key = (type: EntityType, name: string): string =>
  `${type}:${(type === "facility" ? name.replace(/^the\s+/i, "").replace(/\s+National\s+/g, " ") : name).toLowerCase()}`;

/**
 * The entities, mentions and statements of one document under construction, with the in-document
 * coreference of names: a later "Rezgui" joins an earlier "Seifeddine Rezgui".
 */
export class DocumentGraph {
  readonly entities: DocumentEntity[] = [];
  /** The sentences that tell of violence (gunfire, a blast, an attack verb): where an unnamed attack is placed. */
  readonly scenes = new Set<number>();
  private readonly byName = new Map<string, DocumentEntity>();
  private readonly mentions: ExtractedMention[] = [];
  private readonly statements: ExtractedStatement[] = [];
  private readonly seen = new Set<string>();
  /** Keys stay unique after merges remove entities. */
  private created = 0;

  get(key: string): DocumentEntity | undefined {
    return this.entities.find((e) => e.key === key);
  }

  /** The entity of this type and name, created if new. */
  entity(type: EntityType, name: string, sentence: number, provisional = false): DocumentEntity {
    const found =
      this.byName.get(key(type, name)) ?? (type === "person" ? this.personByPart(name) : undefined);
    if (found) {
      found.lastSentence = sentence;
      if (!provisional) found.provisional = false;
      // A dateline's "TUNIS" is named "Tunis" once the body writes it so.
      if (
        found.name === found.name.toUpperCase() &&
        name !== name.toUpperCase() &&
        name.length === found.name.length
      )
        found.name = name;
      // A full name seen after its short form names the entity: "Rezgui" … "Seifeddine Rezgui".
      if (type === "person" && name.split(" ").length > found.name.split(" ").length && !found.described) {
        found.name = name;
        this.byName.set(key(type, name), found);
      }
      return found;
    }
    const entity: DocumentEntity = {
      key: `e${++this.created}`,
      type,
      name,
      provisional,
      descriptors: new Set(),
      lastSentence: sentence,
      firstSentence: sentence,
    };
    this.entities.push(entity);
    this.byName.set(key(type, name), entity);
    return entity;
  }

  /** Gives an entity a new name, under which later mentions find it too. */
  rename(entity: DocumentEntity, name: string): void {
    entity.name = name;
    this.byName.set(key(entity.type, name), entity);
  }

  /**
   * A person whose name ends with, or is the end of, `name` ("Rezgui" ~ "Seifeddine Rezgui"); or, for
   * a given name alone after the full name ("Dzhokhar" after "Dzhokhar Tsarnaev"), the one person of
   * the report with that given name (brothers share a surname, not a given name; two people with the
   * same given name leave it unresolved).
   */
  private personByPart(name: string): DocumentEntity | undefined {
    const words = name.toLowerCase().split(" ");
    if (words.length === 1) {
      const given = this.entities.filter(
        (e) =>
          e.type === "person" &&
          !e.described &&
          e.name.includes(" ") &&
          e.name.toLowerCase().split(" ")[0] === words[0],
      );
      if (given.length === 1) return given[0];
    }
    let best: DocumentEntity | undefined;
    for (const e of this.entities) {
      if (e.type !== "person" || e.described) continue;
      const other = e.name.toLowerCase().split(" ");
      const [short, long] = words.length <= other.length ? [words, other] : [other, words];
      // The shorter must be the surname end or the given-name start of the longer one.
      const tail = short.every((w, i) => long[long.length - short.length + i] === w);
      const head =
        short.length === 1 && long[0] === short[0] && long.length > 1 && words.length > other.length;
      if (tail || head) {
        if (!best || e.lastSentence > best.lastSentence) best = e;
      }
    }
    return best;
  }

  /** The texts the report has so far used for an entity ("Two brothers", "the brothers"). */
  mentionTexts(key: string): string[] {
    return this.mentions.filter((m) => m.entity === key).map((m) => m.text);
  }

  /** Finds the latest entity of a type that satisfies `test`. */
  latest(type: EntityType, test: (e: DocumentEntity) => boolean = () => true): DocumentEntity | undefined {
    let best: DocumentEntity | undefined;
    for (const e of this.entities)
      if (
        e.type === type &&
        test(e) &&
        (!best ||
          e.lastSentence > best.lastSentence ||
          (e.lastSentence === best.lastSentence && (e.lastOffset ?? -1) >= (best.lastOffset ?? -1)))
      )
        best = e;
    return best;
  }

  mention(
    entity: DocumentEntity,
    text: string,
    start: number,
    end: number,
    label: string,
    sentence: number,
    nominal = false,
  ): void {
    const id = `${entity.key}@${start}-${end}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    const m: ExtractedMention = {
      entity: entity.key,
      start,
      end,
      text: text.slice(start, end),
      label,
      sentence,
    };
    if (nominal) m.nominal = true;
    this.mentions.push(m);
    if (sentence >= entity.lastSentence) entity.lastOffset = Math.max(entity.lastOffset ?? -1, start);
    entity.lastSentence = Math.max(entity.lastSentence, sentence);
  }

  /** Adds a statement if its arguments fit the predicate's declared types; returns whether it did. */
  statement(s: ExtractedStatement): boolean {
    const spec = PREDICATES[s.predicate as Predicate];
    const subject = this.get(s.subject);
    if (!spec || !subject || !(spec.subject as readonly string[]).includes(subject.type)) return false;
    if (spec.object.kind === "entity") {
      const object = s.object === undefined ? undefined : this.get(s.object);
      if (!object || object === subject || !(spec.object.types as readonly string[]).includes(object.type))
        return false;
    } else if (
      spec.object.kind === "number"
        ? typeof s.value !== "number"
        : typeof s.value !== "string" || s.value === ""
    ) {
      return false;
    }
    const id = JSON.stringify([s.subject, s.predicate, s.object, s.value, s.role, s.sentence]);
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    this.statements.push(s);
    return true;
  }

  /** The statements drawn from one sentence so far. */
  inSentence(sentence: number): readonly ExtractedStatement[] {
    return this.statements.filter((s) => s.sentence === sentence);
  }

  /** The first statement of the subject by this predicate, if any. */
  find(subject: string, predicate: Predicate): ExtractedStatement | undefined {
    return this.statements.find((s) => s.subject === subject && s.predicate === predicate);
  }

  /** The subjects of the `perpetrated` statements about an event so far. */
  perpetratorsOf(event: string): string[] {
    return this.statements
      .filter((s) => s.predicate === "perpetrated" && s.object === event)
      .map((s) => s.subject);
  }

  /** The statements by one predicate so far. */
  byPredicate(predicate: Predicate): readonly ExtractedStatement[] {
    return this.statements.filter((s) => s.predicate === predicate);
  }

  /** The events a subject carried out, by its `perpetrated` statements so far. */
  perpetratedBy(subject: string): string[] {
    return this.statements
      .filter((s) => s.predicate === "perpetrated" && s.subject === subject && s.object !== undefined)
      .map((s) => s.object!);
  }

  /** Whether some statement already links the subject by this predicate. */
  has(subject: string, predicate: Predicate, object?: string): boolean {
    return this.statements.some(
      (s) =>
        s.subject === subject && s.predicate === predicate && (object === undefined || s.object === object),
    );
  }

  /** Folds `from` into `into`: its mentions and statements move over. */
  merge(from: DocumentEntity, into: DocumentEntity): void {
    if (from === into) return;
    for (const m of this.mentions) if (m.entity === from.key) m.entity = into.key;
    for (const s of this.statements) {
      if (s.subject === from.key) s.subject = into.key;
      if (s.object === from.key) s.object = into.key;
    }
    for (const d of from.descriptors) into.descriptors.add(d);
    into.provisional &&= from.provisional;
    into.lastSentence = Math.max(into.lastSentence, from.lastSentence);
    into.firstSentence = Math.min(into.firstSentence, from.firstSentence);
    this.entities.splice(this.entities.indexOf(from), 1);
    for (const [k, v] of this.byName) if (v === from) this.byName.set(k, into);
  }

  /** The extraction: provisional entities nobody says anything of are dropped with their mentions. */
  finish(): Extraction {
    const used = new Set<string>();
    for (const s of this.statements) {
      if (s.subject === s.object) continue;
      used.add(s.subject);
      if (s.object) used.add(s.object);
    }
    const keep = new Set(this.entities.filter((e) => !e.provisional || used.has(e.key)).map((e) => e.key));
    const statements = this.statements.filter(
      (s) => keep.has(s.subject) && (!s.object || keep.has(s.object)) && s.subject !== s.object,
    );
    return {
      entities: this.entities
        .filter((e) => keep.has(e.key))
        .map(({ key: k, type, name }) => ({ key: k, type, name })),
      mentions: this.mentions.filter((m) => keep.has(m.entity)).sort((a, b) => a.start - b.start),
      statements,
    };
  }
}
