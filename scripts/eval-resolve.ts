// Measures resolution on the name sets in test/fixtures/resolve/: pairwise precision, recall and F1
// over every pair of spellings, every wrong merge listed, hard negatives checked separately.
// Usage: npm run eval:resolve [-- --json]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { evaluateResolution, type ResolutionFixture } from "../src/resolve/evaluate.js";

const path = new URL("../test/fixtures/resolve/names.json", import.meta.url);
const fixture = JSON.parse(readFileSync(path, "utf8")) as ResolutionFixture;
const started = performance.now();
const report = evaluateResolution(fixture);
const ms = performance.now() - started;
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const { pairs } = report;
  console.log(
    `Resolution eval: ${report.names} names in ${report.entities} entities (fixture v${fixture.version})`,
  );
  console.log(
    `  pairs: ${pairs.truePositive} right merges, ${pairs.falsePositive} wrong merges, ${pairs.falseNegative} missed`,
  );
  console.log(
    `  precision ${pairs.precision.toFixed(4)}  recall ${pairs.recall.toFixed(4)}  F1 ${pairs.f1.toFixed(4)}`,
  );
  console.log(
    `  hard negatives: ${report.hardNegatives.pairs} entity pairs, ${report.hardNegatives.wrongMerges.length} merged wrongly`,
  );
  console.log(
    `  review queue: ${report.review.same} pairs that are the same, ${report.review.different} that are not`,
  );
  console.log(`  ${ms.toFixed(0)} ms`);
  if (report.wrongMerges.length > 0) {
    console.log("\nWrong merges:");
    for (const w of report.wrongMerges) console.log(`  "${w.a}" (${w.aEntity}) + "${w.b}" (${w.bEntity})`);
  }
  if (report.missed.length > 0) {
    console.log("\nMissed (same entity, kept apart):");
    for (const m of report.missed)
      console.log(`  ${m.entity}: ${m.groups.map((g) => `[${g.join(" | ")}]`).join(" ")}`);
  }
}
mkdirSync(new URL("../bench/results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("../bench/results/resolve-eval.json", import.meta.url),
  `${JSON.stringify(report, null, 2)}\n`,
);
