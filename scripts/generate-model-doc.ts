import { writeFileSync } from "node:fs";
import { renderModelDoc } from "../src/model/model-doc.js";

writeFileSync(new URL("../docs/model.md", import.meta.url), renderModelDoc());
console.log("written docs/model.md");
