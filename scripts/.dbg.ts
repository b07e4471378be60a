import { readFileSync } from "node:fs";
import { extractReport } from "../src/extract/evaluation/score.js";
import { defaultPipeline } from "../src/ingest/default-pipeline.js";
const reports = JSON.parse(readFileSync("test/fixtures/extract/eval-set.json", "utf8"));
const { extractor } = defaultPipeline({ nerModel: process.env.MODEL ?? "conll" });
for (const id of process.argv.slice(2)) {
  const r = reports.find((x: any) => x.id === id);
  console.log(`== ${id} ${r.published}\n${r.text}`);
  const x = extractReport(extractor, r);
  const name = new Map(x.entities.map((e) => [e.key, e.name]));
  for (const e of x.entities)
    console.log(`  ${e.key} ${e.type} "${e.name}": ${x.mentions.filter((m) => m.entity === e.key).map((m) => m.text + (m.nominal ? "*" : "") + "/" + m.label).join(" | ")}`);
  for (const s of x.statements)
    console.log(`  [${s.sentence}] ${s.predicate}(${name.get(s.subject)} → ${s.object ? name.get(s.object) : s.value}${s.bound ? " " + s.bound : ""}${s.role ? " role=" + s.role : ""}) ${s.time ? JSON.stringify(s.time) : ""} c${s.credibility}`);
}
