// Runs one SQL query against a store and prints the rows (a developer's tool).
// Usage: node --import tsx scripts/sql.ts --db DIR|URL "select …"
import { parseArgs } from "node:util";
import { openStore } from "../src/store/open-store.js";

const { values, positionals } = parseArgs({
  options: { db: { type: "string" } },
  allowPositionals: true,
});
const db = await openStore(values.db!);
try {
  console.table(await db.query(positionals.join(" ")));
} finally {
  await db.close();
}
