// Shows what the extractor makes of a text, sentence by sentence: the entities it mentions and the
// statements it yields (a developer's tool for reading the rules' output).
// Usage: node --import tsx scripts/explain-extract.ts [--published YYYY-MM-DD] [--model conll|gmb|none] FILE
//        node --import tsx scripts/explain-extract.ts --db DIR|URL --document ID|TITLE-WORDS
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { defaultPipeline } from "../src/ingest/default-pipeline.js";
import { openStore } from "../src/store/open-store.js";

const { values, positionals } = parseArgs({
  options: {
    db: { type: "string" },
    document: { type: "string" },
    published: { type: "string" },
    model: { type: "string", default: "conll" },
  },
  allowPositionals: true,
});

async function load(): Promise<{ text: string; published: string | null }> {
  if (!values.db) return { text: readFileSync(positionals[0]!, "utf8"), published: values.published ?? null };
  const db = await openStore(values.db);
  try {
    const rows = await db.query<{ text: string; published: string | null }>(
      "select text, published::text as published from documents where id = $1 or title ilike $2 limit 1",
      [values.document, `%${values.document}%`],
    );
    if (!rows[0]) throw new Error(`no document matches ${values.document}`);
    return rows[0];
  } finally {
    await db.close();
  }
}

const { text, published } = await load();
const pipeline = defaultPipeline({ nerModel: values.model! });
const sentences = pipeline.splitSentences(text);
const extraction = pipeline.extractor.extract({ text, sentences, published, language: "en" });
const names = new Map(extraction.entities.map((e) => [e.key, `${e.name} [${e.type}]`]));
for (const s of sentences) {
  console.log(`\n#${s.index} ${text.slice(s.start, s.end)}`);
  const mentions = extraction.mentions.filter((m) => m.sentence === s.index);
  console.log(
    `   mentions: ${mentions.map((m) => `"${m.text}"→${names.get(m.entity)}${m.nominal ? "*" : ""}`).join("; ")}`,
  );
  for (const st of extraction.statements.filter((x) => x.sentence === s.index)) {
    const object = st.object ? names.get(st.object) : JSON.stringify(st.value);
    const time = st.time ? ` @${st.time.from ?? ""}..${st.time.to ?? ""}/${st.time.precision}` : "";
    console.log(
      `   ⇒ ${names.get(st.subject)} ${st.predicate} ${object}${st.role ? ` (${st.role})` : ""}${time} cred=${st.credibility}`,
    );
  }
}
