// Resolves 1,000,000 generated mentions on one core: groups them by folded key into entities (what
// ingestion does), then runs one resolution pass (blocking, scoring, constrained clustering).
// Prints mentions/s and peak memory; writes bench/results/resolve.json.
// Usage: npm run bench:resolve [-- --mentions 1000000 --entities 40000]
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import type { EntityType } from "../src/model/entity-types.js";
import { nameForm } from "../src/resolve/name-forms.js";
import { nameKey } from "../src/resolve/name-key.js";
import { resolveCandidates } from "../src/resolve/resolve-candidates.js";
import type { Candidate } from "../src/resolve/score-pair.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MENTIONS = arg("mentions", 1_000_000);
const ENTITIES = arg("entities", 40_000);

// Mulberry32: a small seeded generator, so every run sees the same corpus.
let seed = 20150626;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const GIVEN = (
  "Mohamed Ahmed Ali Omar Youssef Khaled Hassan Hussein Ibrahim Mahmoud Mustafa Abdallah Abdelkader Abderrahmane " +
  "Nabil Karim Samir Tarek Walid Hamza Bilal Anis Rafik Habib Noureddine Seifeddine Kamel Hichem Slim Fathi Moncef " +
  "Rached Sami Zied Maher Riadh Imed Lotfi Mehdi Yassine Aymen Wassim Oussama Marwan Jamal Faisal Salah Saber Adel"
).split(" ");
const FAMILY_STEMS =
  "Rezg Yacoub Gaddaf Chouch Khachn Labid Essid Chell Ghann Bouaz Belhadj Trabels Jebal Hamd Mansour Zawah Baghdad Kairaw Soussan Marzouk Sahl Tounsi Gharb Charf Masr Bayat Kaddour Najjar Haddad Sabbagh".split(
    " ",
  );
const SUFFIXES = ["i", "a", "ani", "ouni", "aoui", "ine", "ari", "oui", "ane", "i"];
const SYLLABLES = "ba ka ta ma na ra sa la fa ha za ja wa da ya bou chou kou mou nou sou".split(" ");
/** A family name from a stem, two syllables and a suffix: enough distinct names for a million mentions. */
const familyName = () => `${pick(FAMILY_STEMS)}${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SUFFIXES)}`;
const PLACE_STEMS =
  "Gaaf Sabrat Kair Suss Benghaz Misrat Zawiy Gabes Sfax Mahdi Monast Bizert Nabeul Tatawin Medenin Kasser Gafs Tozeur Kebil Siliann".split(
    " ",
  );

/** Realistic romanisation noise: the variation the resolver is built for. */
function noisy(name: string): string {
  let s = name;
  const r = random();
  if (r < 0.15) s = s.replace(/q/g, "k").replace(/Q/g, "K");
  else if (r < 0.3) s = s.replace(/ou/g, "u");
  else if (r < 0.4) s = s.replace(/dd/g, "d").replace(/ss/g, "s");
  else if (r < 0.5) s = s.replace(/ei/g, "i").replace(/ee/g, "i");
  else if (r < 0.55) s = s.replace(/^Abd/, "Abdel ");
  else if (r < 0.6) s = s.replace(/i$/, "y");
  else if (r < 0.65) s = s.replace(/ch/g, "sh");
  if (random() < 0.05) s = s.toUpperCase();
  if (random() < 0.05) s = s.replace(/a/, "â");
  return s;
}

interface Truth {
  type: EntityType;
  name: string;
}
const truths: Truth[] = [];
// Truth names are told apart by their phonetic form: two generated "people" whose names are spelling
// variants of each other would be one person to any reader.
const taken = new Set<string>();
while (truths.length < ENTITIES) {
  const i = truths.length;
  const r = random();
  if (r < 0.7) truths.push({ type: "person", name: `${pick(GIVEN)} ${familyName()}` });
  else if (r < 0.9) truths.push({ type: "location", name: `${pick(PLACE_STEMS)}${pick(SUFFIXES)}${i % 97}` });
  else
    truths.push({
      type: "organization",
      name: `${pick(["Katibat", "Jund", "Ansar", "Liwa"])} ${pick(FAMILY_STEMS)}${pick(SUFFIXES)} ${i % 89}`,
    });
  const last = truths[truths.length - 1]!;
  last.name =
    last.name.charAt(0) + last.name.slice(1).replace(/ ([a-z])/g, (_, c: string) => ` ${c.toUpperCase()}`);
  const form = nameForm(last.name, last.type);
  const key = `${last.type}${form.tokens.map((t) => t.skeleton).join(" ")}`;
  if (taken.has(key)) truths.pop();
  else taken.add(key);
}

const started = performance.now();
let peak = process.memoryUsage().rss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
// Ingestion's part: every mention joins the entity of its folded key (per type).
const byKey = new Map<
  string,
  { type: EntityType; name: string; mentions: number; documents: Set<string>; truth: number }
>();
for (let m = 0; m < MENTIONS; m++) {
  // Zipf-like popularity: a few entities are mentioned a lot.
  const t = Math.floor(ENTITIES * random() ** 2);
  const truth = truths[t]!;
  const name = noisy(truth.name);
  const key = `${truth.type}\u241f${nameKey(name)}`;
  let e = byKey.get(key);
  if (!e) {
    e = { type: truth.type, name, mentions: 0, documents: new Set(), truth: t };
    byKey.set(key, e);
  }
  e.mentions++;
  if (e.documents.size < 20) e.documents.add(`d${Math.floor(m / 25)}`);
  if (m % 100000 === 0) sample();
}
const grouped = performance.now();
const entries = [...byKey.values()];
const candidates: Candidate[] = entries.map((e, i) => ({
  id: `e${i}`,
  type: e.type,
  names: [e.name],
  mentions: e.mentions,
  documents: [...e.documents],
}));
const plan = resolveCandidates(candidates, { onProgress: sample });
sample();
const finished = performance.now();

// Cluster purity against the generator's truth: a cluster with two truths holds a wrong merge.
const truthOf = new Map(entries.map((e, i) => [`e${i}`, e.truth]));
let impure = 0;
for (const c of plan.clusters) if (new Set(c.map((id) => truthOf.get(id))).size > 1) impure++;
const seconds = (finished - started) / 1000;
const result = {
  mentions: MENTIONS,
  trueEntities: ENTITIES,
  spellings: candidates.length,
  comparedPairs: plan.compared,
  merges: plan.merges.length,
  reviewPairs: plan.reviews.length,
  clusters: plan.clusters.length,
  impureClusters: impure,
  groupSeconds: (grouped - started) / 1000,
  resolveSeconds: (finished - grouped) / 1000,
  totalSeconds: seconds,
  mentionsPerSecond: Math.round(MENTIONS / seconds),
  peakRssMiB: Math.round(peak / 1024 / 1024),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
};
console.log(
  `resolved ${MENTIONS.toLocaleString("en")} mentions (${candidates.length.toLocaleString("en")} spellings of ${ENTITIES.toLocaleString("en")} entities) in ${seconds.toFixed(1)} s on one core: ${result.mentionsPerSecond.toLocaleString("en")} mentions/s, peak ${result.peakRssMiB} MiB`,
);
console.log(
  `  ${plan.compared.toLocaleString("en")} pairs compared, ${plan.merges.length} merges, ${plan.reviews.length} review pairs, ${impure} of ${plan.clusters.length} clusters impure`,
);
mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
writeFileSync(new URL("./results/resolve.json", import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
if (process.argv.includes("--show-impure")) {
  const nameOf = new Map(entries.map((e, i) => [`e${i}`, `${e.name} [${truths[e.truth]!.name}]`]));
  for (const c of plan.clusters.filter((c) => new Set(c.map((id) => truthOf.get(id))).size > 1).slice(0, 8))
    console.log(c.map((id) => nameOf.get(id)).join(" | "));
}
