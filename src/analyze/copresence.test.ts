import assert from "node:assert/strict";
import { test } from "node:test";
import { PlaceHierarchy } from "../places/hierarchy.js";
import { findCopresences, type Placement } from "./copresence.js";

function places(): PlaceHierarchy {
  const h = new PlaceHierarchy();
  h.add({ id: "ly", name: "Libya", kind: "country" });
  h.add({ id: "sab", name: "Sabratha", kind: "city" });
  h.add({ id: "sab2", name: "Sabratah", kind: "city" });
  h.add({ id: "camp", name: "camp near Sabratha", kind: "site" });
  h.add({ id: "tn", name: "Tunisia", kind: "country" });
  h.contain("sab", "ly");
  h.contain("camp", "sab");
  h.same("sab", "sab2");
  return h;
}

const person = (id: string) => ({ id, name: id, type: "person" as const });
const month = (m: string) => ({ from: `${m}-01`, to: `${m}-28`, precision: "month" as const });
const at = (who: string, placeId: string, time: Placement["time"], s: string): Placement => ({
  entity: person(who),
  placeId,
  time,
  statements: [s],
});

test("a camp in Sabratha and Libya meet in Libya when the months overlap", () => {
  const found = findCopresences(
    [at("rezgui", "ly", month("2015-01"), "s1"), at("attackers", "camp", month("2015-01"), "s2")],
    places(),
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]!.place.name, "Libya");
  assert.equal(found[0]!.from, "2015-01-01");
  assert.deepEqual(found[0]!.statements.sort(), ["s1", "s2"]);
});

test("the more specific place and the tighter overlap rank first; other spellings are one place", () => {
  const year = { from: "2015-01-01", to: "2015-12-31", precision: "year" as const };
  const found = findCopresences(
    [
      at("rezgui", "sab2", month("2015-01"), "s1"),
      at("attackers", "camp", month("2015-01"), "s2"),
      at("courier", "ly", year, "s3"),
      at("tourist", "tn", month("2015-01"), "s4"),
    ],
    places(),
    { entityId: "rezgui" },
  );
  assert.deepEqual(
    found.map((c) => [c.entities[1].id, c.place.name]),
    [
      ["attackers", "Sabratha"],
      ["courier", "Libya"],
    ],
  );
  assert.ok(found[0]!.score > found[1]!.score);
});

test("intervals that do not overlap, or fall outside the window, do not meet", () => {
  const h = places();
  assert.deepEqual(
    findCopresences([at("a", "sab", month("2015-01"), "s1"), at("b", "sab", month("2015-03"), "s2")], h),
    [],
  );
  const both = [at("a", "sab", month("2015-01"), "s1"), at("b", "sab", month("2015-01"), "s2")];
  assert.equal(findCopresences(both, h, { from: "2015-02-01", to: "2015-12-31" }).length, 0);
  assert.equal(findCopresences(both, h, { from: "2015-01-15" }).length, 1);
});
