/**
 * A deterministic generator of news-style reports for the ingestion benchmark. The incidents are
 * fictional, the groups invented; the places are real North African and Sahel towns so that the
 * gazetteer has work to do. Names come from common Arabic, Berber and French given and family names,
 * each with spelling variants, so that entity resolution has work to do as well.
 *
 * About one document in ten re-reports an earlier incident from another outlet with different
 * figures and spellings, as near-duplicates do in a real feed.
 */

export interface CorpusOptions {
  count: number;
  seed?: number;
}

export interface CorpusReport {
  title: string;
  source: string;
  published: string;
  url: string;
  text: string;
}

export const DEFAULTS = Object.freeze({ seed: 20150626, minWords: 250, maxWords: 900, duplicateShare: 0.1 });

/** mulberry32 (Tommy Ettinger, 2017): a 32-bit PRNG, small and good enough for test data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** Each inner list spells one name several ways. */
const GIVEN = [
  ["Mohamed", "Mohammed", "Muhammad"],
  ["Ahmed", "Ahmad"],
  ["Youssef", "Yusuf", "Youcef"],
  ["Abdelkader", "Abd al-Qadir", "Abdulkadir"],
  ["Seifeddine", "Saif al-Din", "Seifiddine"],
  ["Hamza"],
  ["Brahim", "Ibrahim"],
  ["Moussa", "Musa"],
  ["Idir"],
  ["Amazigh"],
  ["Aksil"],
  ["Massinissa"],
  ["Mokhtar", "Mukhtar"],
  ["Oumar", "Omar", "Umar"],
  ["Khaled", "Khalid"],
  ["Noureddine", "Nur al-Din", "Nourredine"],
  ["Jean-Pierre"],
  ["Karim", "Kareem"],
  ["Fatima", "Fatma"],
  ["Aicha", "Aisha", "Aïcha"],
  ["Salah", "Saleh"],
  ["Abdallah", "Abdullah"],
] as const;

const FAMILY = [
  ["Ben Ali", "Benali"],
  ["Belkacem", "Belqasim"],
  ["Haddad"],
  ["Chaabane", "Shaaban"],
  ["Trabelsi"],
  ["Ag Ghaly", "Ag Ghali"],
  ["Maiga", "Maïga"],
  ["Toure", "Touré"],
  ["Ould Mohamed", "Ould Mohammed"],
  ["Bouchareb", "Boushareb"],
  ["Amrani", "El Amrani"],
  ["Zitouni"],
  ["Mansouri", "Al-Mansouri"],
  ["Kaddafi", "Gaddafi", "Qadhafi"],
  ["Dupont"],
  ["Ait Ahmed", "Aït Ahmed"],
  ["Cisse", "Cissé"],
  ["Hammami"],
  ["Jaziri", "Al-Jaziri"],
  ["Ould Slahi"],
] as const;

/** Real places; `region` and `country` let an extractor learn containment. */
export const PLACES = [
  { town: "Kasserine", region: "Kasserine governorate", country: "Tunisia" },
  { town: "Ben Guerdane", region: "Medenine governorate", country: "Tunisia" },
  { town: "Gafsa", region: "Gafsa governorate", country: "Tunisia" },
  { town: "Sidi Bouzid", region: "Sidi Bouzid governorate", country: "Tunisia" },
  { town: "Jendouba", region: "Jendouba governorate", country: "Tunisia" },
  { town: "Tamanrasset", region: "Tamanrasset province", country: "Algeria" },
  { town: "Tebessa", region: "Tebessa province", country: "Algeria" },
  { town: "Illizi", region: "Illizi province", country: "Algeria" },
  { town: "Derna", region: "Cyrenaica", country: "Libya" },
  { town: "Sabha", region: "Fezzan", country: "Libya" },
  { town: "Ubari", region: "Fezzan", country: "Libya" },
  { town: "Zawiya", region: "Tripolitania", country: "Libya" },
  { town: "Gao", region: "Gao region", country: "Mali" },
  { town: "Kidal", region: "Kidal region", country: "Mali" },
  { town: "Mopti", region: "Mopti region", country: "Mali" },
  { town: "Menaka", region: "Menaka region", country: "Mali" },
  { town: "Tillaberi", region: "Tillaberi region", country: "Niger" },
  { town: "Diffa", region: "Diffa region", country: "Niger" },
  { town: "Agadez", region: "Agadez region", country: "Niger" },
  { town: "Djibo", region: "Sahel region", country: "Burkina Faso" },
  { town: "Dori", region: "Sahel region", country: "Burkina Faso" },
  { town: "Nema", region: "Hodh Ech Chargui", country: "Mauritania" },
] as const;

/** Invented armed groups, with the variants a feed would carry. */
const GROUPS = [
  ["the Sons of the Sands Brigade", "Abna al-Rimal Brigade", "Katibat Abna al-Rimal"],
  ["the Tassili Battalion", "Tassili Brigade"],
  ["the Front for the Liberation of the Azawagh", "FLA"],
  ["Jund al-Wadi", "Soldiers of the Valley"],
  ["the Green Mountain Martyrs Brigade", "Green Mountain Martyrs"],
  ["the Movement for Justice in the Sahel", "MJS"],
  ["Ansar al-Sahra", "Supporters of the Desert"],
] as const;

const OUTLETS = [
  "Maghreb Wire",
  "Sahel Dispatch",
  "Tunis Evening Post",
  "Mediterranean Monitor",
  "North Africa Risk Brief",
  "Coastal Courier",
  "Desert Bulletin",
  "Niger River Observer",
];

const INCIDENTS = [
  { noun: "ambush", verb: "ambushed", target: ["an army patrol", "a military convoy", "a gendarmerie unit"] },
  {
    noun: "attack",
    verb: "attacked",
    target: ["a police station", "a border post", "a National Guard checkpoint"],
  },
  { noun: "bombing", verb: "bombed", target: ["a market", "a bus station", "a café"] },
  { noun: "raid", verb: "raided", target: ["a village", "a mining camp", "a cattle market"] },
  {
    noun: "shooting",
    verb: "opened fire on",
    target: ["a wedding party", "worshippers", "a convoy of traders"],
  },
  { noun: "assault", verb: "stormed", target: ["a hotel", "a military base", "a prison"] },
] as const;

const TITLES = [
  "the interior minister",
  "a defence ministry spokesman",
  "the regional governor",
  "a senior security official",
  "the army chief of staff",
  "the mayor",
  "a local police commander",
];

const VAGUE = ["dozens of", "several", "scores of", "at least a dozen", "more than 20"];

interface Person {
  given: readonly string[];
  family: readonly string[];
}

interface Incident {
  kind: (typeof INCIDENTS)[number];
  target: string;
  place: (typeof PLACES)[number];
  group: readonly string[];
  date: Date;
  killed: number;
  wounded: number;
  leader: Person;
  suspect: Person;
  official: Person;
  officialTitle: string;
  suspectAge: number;
}

function spell(rng: Rng, p: Person): string {
  return `${pick(rng, p.given)} ${pick(rng, p.family)}`;
}

function person(rng: Rng): Person {
  return { given: pick(rng, GIVEN), family: pick(rng, FAMILY) };
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function newIncident(rng: Rng): Incident {
  const kind = pick(rng, INCIDENTS);
  // Dates between 1 January 2010 and 31 December 2024.
  const start = Date.UTC(2010, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const date = new Date(start + Math.floor(rng() * (span / 86_400_000)) * 86_400_000);
  return {
    kind,
    target: pick(rng, kind.target),
    place: pick(rng, PLACES),
    group: pick(rng, GROUPS),
    date,
    killed: int(rng, 0, 9) < 2 ? int(rng, 25, 120) : int(rng, 1, 24),
    wounded: int(rng, 0, 60),
    leader: person(rng),
    suspect: person(rng),
    official: person(rng),
    officialTitle: pick(rng, TITLES),
    suspectAge: int(rng, 19, 45),
  };
}

/** Paragraph builders: each returns a few sentences about the incident in its own register. */
type Builder = (rng: Rng, i: Incident, ctx: { published: Date; source: string }) => string;

function when(rng: Rng, i: Incident, published: Date): string {
  const days = Math.round((published.getTime() - i.date.getTime()) / 86_400_000);
  if (days <= 6 && rng() < 0.7) return `on ${WEEKDAYS[i.date.getUTCDay()]}`;
  return `on ${i.date.getUTCDate()} ${MONTHS[i.date.getUTCMonth()]} ${i.date.getUTCFullYear()}`;
}

const LEADS: Builder[] = [
  (rng, i, c) =>
    `${i.place.town.toUpperCase()}, ${MONTHS[c.published.getUTCMonth()]!.slice(0, 3)} ${c.published.getUTCDate()} (${c.source}) - ` +
    `Gunmen ${i.kind.verb} ${i.target} in ${i.place.town}, in ${i.place.country}'s ${i.place.region}, ${when(rng, i, c.published)}, ` +
    `killing ${i.killed} people and wounding ${i.wounded}, officials said.`,
  (rng, i, c) =>
    `At least ${i.killed} people were killed ${when(rng, i, c.published)} when fighters ${i.kind.verb} ${i.target} ` +
    `near ${i.place.town}, according to ${i.officialTitle}, ${spell(rng, i.official)}. ` +
    `Hospital staff said ${i.wounded > 0 ? `${i.wounded} wounded people had been admitted` : "no wounded had been brought in"}.`,
  (rng, i, c) =>
    `The ${i.kind.noun} on ${i.target} in ${i.place.town} ${when(rng, i, c.published)} was the deadliest in ` +
    `${i.place.region} this year. The toll stood at ${i.killed} dead on ${WEEKDAYS[c.published.getUTCDay()]}, ` +
    `with ${pick(rng, VAGUE)} others wounded.`,
];

const BODY: Builder[] = [
  (rng, i) =>
    `${pick(rng, i.group)} claimed responsibility for the ${i.kind.noun} in a statement circulated online. ` +
    `The group, which is led by ${spell(rng, i.leader)}, has carried out several attacks in the border area since ` +
    `${i.date.getUTCFullYear() - int(rng, 1, 4)}.`,
  (rng, i) =>
    `"We will hunt down those responsible wherever they are," ${i.officialTitle}, ${spell(rng, i.official)}, told reporters. ` +
    `"The security forces have surrounded the area and the operation is continuing."`,
  (rng, i) =>
    `Security sources named one of the attackers as ${spell(rng, i.suspect)}, a ${i.suspectAge}-year-old from ` +
    `${pick(rng, PLACES).town}, who they said had trained at a camp in ${pick(rng, PLACES).country} the previous year. ` +
    `He was shot dead by soldiers, they said.`,
  (rng, i) =>
    `Officials said ${spell(rng, person(rng))} had been arrested at a checkpoint outside ${i.place.town} and was being held ` +
    `in ${pick(rng, PLACES).town}. He is suspected of belonging to ${pick(rng, i.group)}, although his family denied this.`,
  (rng, _i) =>
    `Residents described hearing explosions for more than an hour. "They came on motorbikes and in pick-up trucks," said one ` +
    `shopkeeper, who asked not to be named. "Everyone ran to the mosque." Others said the attackers had set fire to ` +
    `${int(rng, 2, 30)} houses before withdrawing towards the ${pick(rng, ["desert", "border", "mountains", "river"])}.`,
  (rng, i) =>
    `${spell(rng, i.leader)}, who is thought to have pledged allegiance to a larger jihadist movement in ` +
    `${2010 + int(rng, 0, 12)}, has not been seen in public for years. Analysts say ${pick(rng, i.group)} recruits ` +
    `mostly among young men in ${i.place.region}, where unemployment is high.`,
  (rng, i) =>
    `The government declared ${int(rng, 1, 3)} days of national mourning and ordered flags flown at half-mast. ` +
    `Opposition leaders called for an inquiry into how the attackers had reached ${i.place.town} undetected.`,
  (rng, i) =>
    `It was not immediately clear whether ${pick(rng, i.group)} was responsible. A previous attack on ${pick(rng, i.kind.target)} ` +
    `in ${pick(rng, PLACES).town} in ${MONTHS[int(rng, 0, 11)]} killed ${int(rng, 3, 40)} people and was blamed on the same network.`,
  (rng, _i) =>
    `According to a local official, the attackers numbered between ${int(rng, 5, 20)} and ${int(rng, 21, 60)}. ` +
    `The army said ${int(rng, 2, 15)} of them had been killed in the fighting that followed, a figure that could not be ` +
    `independently verified.`,
  (rng, i) =>
    `${i.place.town} lies about ${int(rng, 40, 400)} kilometres from ${pick(rng, PLACES).town} and has been under a state ` +
    `of emergency since ${2010 + int(rng, 0, 13)}. Aid groups say the violence has forced ${int(rng, 2, 90)},000 people ` +
    `from their homes in ${i.place.region}.`,
];

const BACKGROUND: Builder[] = [
  (rng) =>
    `The collapse of state authority in Libya after 2011 sent weapons and fighters across the Sahara, and armed ` +
    `groups have since moved freely between ${pick(rng, PLACES).country}, ${pick(rng, PLACES).country} and ` +
    `${pick(rng, PLACES).country}. Governments in the region have struggled to secure borders that run for thousands ` +
    `of kilometres through desert and mountain.`,
  (rng, i) =>
    `International partners, including France and the United Nations, have provided training and equipment to the ` +
    `security forces of ${i.place.country}, but critics say that military pressure alone has not addressed the grievances ` +
    `on which groups such as ${pick(rng, i.group)} feed.`,
  (_rng, i) =>
    `Human rights organisations have accused soldiers of abuses during operations in ${i.place.region}, including ` +
    `arbitrary arrests, which the defence ministry denies. Local leaders say such incidents drive young men towards the ` +
    `armed groups.`,
  (rng) =>
    `Smuggling of fuel, cigarettes and migrants provides much of the income in the borderlands, and officials say some ` +
    `armed groups take a share of the trade. ${spell(rng, person(rng))}, a researcher who studies the region, said the ` +
    `line between traffickers and militants was often blurred.`,
];

function title(rng: Rng, i: Incident, killed: number): string {
  return pick(rng, [
    `${killed} killed in ${i.kind.noun} near ${i.place.town}`,
    `Gunmen kill ${killed} in ${i.place.country}'s ${i.place.region}`,
    `${i.place.town}: ${i.kind.noun} on ${i.target} leaves ${killed} dead`,
    `Militants ${i.kind.verb} ${i.target} in ${i.place.town}`,
  ]);
}

function compose(rng: Rng, incident: Incident, source: string, published: Date, targetWords: number): string {
  const ctx = { published, source };
  const paras = [pick(rng, LEADS)(rng, incident, ctx)];
  const pool = [...BODY, ...BACKGROUND];
  let words = countWords(paras[0]!);
  // Shuffled pools without repeats, refilled when exhausted, keep documents varied.
  let bag: Builder[] = [];
  while (words < targetWords) {
    if (bag.length === 0) bag = shuffle(rng, pool);
    const p = bag.pop()!(rng, incident, ctx);
    paras.push(p);
    words += countWords(p);
  }
  while (words > DEFAULTS.maxWords && paras.length > 1) words -= countWords(paras.pop()!);
  return paras.join("\n\n");
}

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Yields `count` reports, the same ones for the same seed.
 *
 * @example
 * for (const report of generateCorpus({ count: 1000, seed: 7 })) ingest(report);
 */
export function* generateCorpus(options: CorpusOptions): Generator<CorpusReport> {
  const rng = mulberry32(options.seed ?? DEFAULTS.seed);
  const seen: Incident[] = [];
  for (let n = 0; n < options.count; n++) {
    let incident: Incident;
    let lagDays: number;
    if (seen.length > 0 && rng() < DEFAULTS.duplicateShare) {
      // A near-duplicate: the same incident, other figures, reported a little later.
      const base = pick(rng, seen);
      incident = {
        ...base,
        killed: Math.max(1, base.killed + int(rng, -3, 6)),
        wounded: Math.max(0, base.wounded + int(rng, -5, 10)),
      };
      lagDays = int(rng, 1, 4);
    } else {
      incident = newIncident(rng);
      seen.push(incident);
      lagDays = int(rng, 0, 2);
    }
    const published = new Date(incident.date.getTime() + lagDays * 86_400_000);
    const source = pick(rng, OUTLETS);
    const target = int(rng, DEFAULTS.minWords + 20, DEFAULTS.maxWords - 60);
    const text = compose(rng, incident, source, published, target);
    const slug = source.toLowerCase().replace(/[^a-z]+/g, "-");
    yield {
      title: title(rng, incident, incident.killed),
      source,
      published: isoDay(published),
      url: `https://example.org/${slug}/${isoDay(published)}/report-${n + 1}`,
      text,
    };
  }
}

/** Word and punctuation tokens, the unit of the benchmark's tokens/s: `"Gao, Mali."` is 4. */
export function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)?.length ?? 0;
}
