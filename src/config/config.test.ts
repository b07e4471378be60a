import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_STORE, loadConfig } from "./config.js";

test("--db wins over TESSERA_DB, which wins over the default; the result is frozen", () => {
  assert.equal(loadConfig({}, {}).store, DEFAULT_STORE);
  assert.equal(loadConfig({}, { TESSERA_DB: "/data/t" }).store, "/data/t");
  assert.equal(loadConfig({ db: "postgres://u@h/db" }, { TESSERA_DB: "/data/t" }).store, "postgres://u@h/db");
  assert.ok(Object.isFrozen(loadConfig({}, {})));
  assert.equal(loadConfig({}, {}).nerModel, "conll");
  assert.equal(loadConfig({}, { TESSERA_NER_MODEL: "gmb" }).nerModel, "gmb");
  assert.equal(loadConfig({ nerModel: "none" }, { TESSERA_NER_MODEL: "gmb" }).nerModel, "none");
  assert.throws(() => loadConfig({ db: " " }, {}), /--db: the store location is empty/);
});
