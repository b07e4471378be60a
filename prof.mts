import { openStore } from "./src/store/open-store.js";
import { generateAnalysisStore } from "./bench/analyze-store.js";
import { placements } from "./src/store/repositories/analysis.js";
import { ANALYSIS_PREDICATES } from "./src/analyze/predicates.js";
import { loadPlaceHierarchy } from "./src/analyze/place-hierarchy-loader.js";
import { findCopresence } from "./src/analyze/index.js";
const db = await openStore("postgres://postgres@127.0.0.1:5432/test?schema=prof_a", { command: "x" });
const [{ n }] = await db.query<{n:number}>("select count(*)::int as n from statements");
if (n === 0) await generateAnalysisStore(db, Number(process.argv[2] ?? "0.1"));
const id = (await db.query<{id:string}>("select subject_id as id from statements where predicate='trained_at' order by subject_id limit 1 offset 3"))[0]!.id;
for (let r = 0; r < 2; r++) {
let t = performance.now();
const own = await placements(db, ANALYSIS_PREDICATES, { subjects: [id] }); console.log("own", own.length, performance.now() - t); t = performance.now();
const seeds = [...new Set(own.map((r) => r.place_id))];
const around = await loadPlaceHierarchy(db, seeds, { down: true }); console.log("around", around.nodes.size, performance.now() - t); t = performance.now();
const others = await placements(db, ANALYSIS_PREDICATES, { places: [...around.nodes.keys()] }); console.log("others", others.length, performance.now() - t); t = performance.now();
const all = [...new Set(others.map(r=>r.place_id))];
const h = await loadPlaceHierarchy(db, all); console.log("hier", h.nodes.size, performance.now() - t); t = performance.now();
const c = await findCopresence(db, { entityId: id }); console.log("total", c.length, performance.now() - t);
}
await db.close();
