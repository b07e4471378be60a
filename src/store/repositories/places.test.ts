import assert from "node:assert/strict";
import { test } from "node:test";
import { nameKey } from "../../resolve/name-key.js";
import { siteParent } from "./places.js";

test("an unnamed site lies at the place its own name gives, the last one named", () => {
  const locations = new Map([
    [nameKey("Sabratha"), "ent_sabratha"],
    [nameKey("Sousse"), "ent_sousse"],
    [nameKey("Kairouan"), "ent_kairouan"],
  ]);
  assert.equal(siteParent("camp near Sabratha", locations), "ent_sabratha");
  assert.equal(siteParent("camp in the Sabratha", locations), "ent_sabratha");
  assert.equal(siteParent("beach hotel near Sousse", locations), "ent_sousse");
  assert.equal(siteParent("Institute of Applied Sciences in Kairouan", locations), "ent_kairouan");
  assert.equal(siteParent("Bardo Museum", locations), null);
  assert.equal(siteParent("camp near Derna", locations), null);
});
