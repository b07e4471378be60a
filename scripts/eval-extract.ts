// Scores the extractor against the hand-annotated evaluation set (test/fixtures/extract/).
// Usage: npm run eval:extract [-- --model conll|gmb|none|PATH --json OUT --quiet]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { GoldReport } from "../src/extract/evaluation/eval-set.js";
import { type Counts, evaluateExtractor } from "../src/extract/evaluation/score.js";
import { defaultPipeline } from "../src/ingest/default-pipeline.js";

const { values } = parseArgs({
  options: {
    model: { type: "string", default: "conll" },
    set: { type: "string", default: "test/fixtures/extract/eval-set.json" },
    json: { type: "string", default: "bench/results/eval-extract.json" },
    quiet: { type: "boolean", default: false },
  },
});

const reports = JSON.parse(readFileSync(values.set!, "utf8")) as GoldReport[];
const { extractor } = defaultPipeline({ nerModel: values.model! });
const result = evaluateExtractor(extractor, reports);

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, c: Counts) =>
  `${name.padEnd(28)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}   ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
const header = `${"".padEnd(28)}     P     R    F1    tp  fp  fn`;

console.log(`Extraction on ${result.reports} annotated reports (model: ${values.model})\n`);
console.log(`Statements by predicate\n${header}`);
for (const [p, c] of Object.entries(result.predicates)) console.log(row(p, c));
console.log(row("ALL", result.overall));
console.log(row("ALL, time and role ignored", result.lenient));
console.log(`\nEntities by type\n${header}`);
for (const [t, c] of Object.entries(result.entities)) console.log(row(t, c));
console.log(
  `\nNegatives extracted: ${result.negatives.extracted} of ${result.negatives.total}` +
    `\nHedged statements graded doubtful: ${result.hedges.graded} of ${result.hedges.hedged} matched; ` +
    `unhedged graded doubtful: ${result.hedges.unhedgedGradedDoubtful}`,
);
if (!values.quiet) {
  console.log(`\nMisses (${result.misses.length})`);
  for (const m of result.misses) console.log(`  ${m.report}  ${m.statement}`);
  console.log(`\nFalse positives (${result.falsePositives.length})`);
  for (const f of result.falsePositives) console.log(`  ${f.report}  ${f.statement}`);
}
mkdirSync(dirname(values.json!), { recursive: true });
writeFileSync(values.json!, `${JSON.stringify({ model: values.model, ...result }, null, 2)}\n`);
console.log(`\nwrote ${values.json}`);
