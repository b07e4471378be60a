import { openStore } from "./src/store/open-store.js";
import { placements } from "./src/store/repositories/analysis.js";
import { ANALYSIS_PREDICATES } from "./src/analyze/predicates.js";
const db = await openStore("postgres://postgres@127.0.0.1:5432/test?schema=prof_a", { command: "x" });
const places = (await db.query<{id:string}>("select object_id as id from statements where predicate='trained_at' limit 15")).map(r=>r.id);
const spy = { query: async (sql: string, params: unknown[]) => { const r = await db.query<{"QUERY PLAN": string}>("explain analyze " + sql, params); console.log(r.map(x=>x["QUERY PLAN"]).join("\n")); return []; }, exec: db.exec.bind(db) };
await placements(spy as never, ANALYSIS_PREDICATES, { places });
await db.close();
