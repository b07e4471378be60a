import assert from "node:assert/strict";
import { test } from "node:test";
import type { ResolutionInputs } from "../store/repositories/resolution-inputs.js";
import { planContextPasses } from "./context-pass.js";

type Fact = ResolutionInputs["facts"][number];
const fact = (subject: string, predicate: string, rest: Partial<Fact> = {}): Fact => ({
  subject,
  predicate,
  object: null,
  number: null,
  from: null,
  to: null,
  precision: null,
  ...rest,
});
const on = (subject: string, day: string) =>
  fact(subject, "occurred_on", { from: day, to: day, precision: "day" });
const place = (
  id: string,
  kind: string,
  lat: number | null,
  lon: number | null,
  parent: string | null = null,
) => ({
  id,
  kind,
  geoKey: null,
  countryCode: lat === null ? null : "TN",
  lat,
  lon,
  parent,
});

/** Two spellings of Rezgui (merged by the name pass), the gunman of a report that never names him, three events. */
function inputs(): ResolutionInputs {
  const people: [string, string][] = [
    ["p1", "Seifeddine Rezgui"],
    ["p2", "Seifiddine Rezgui"],
    ["g", "Imperial Marhaba hotel gunman"],
  ];
  const places: [string, string, string][] = [
    ["sousse", "location", "Sousse"],
    ["kantaoui", "location", "Port El Kantaoui"],
    ["marhaba", "facility", "Imperial Marhaba hotel"],
    ["tunis", "location", "Tunis"],
  ];
  return {
    entities: [
      ...people.map(([id, name]) => ({ id, type: "person" as const, name })),
      ...places.map(([id, type, name]) => ({ id, type: type as "location" | "facility", name })),
    ],
    names: [],
    sightings: [
      { id: "p1", document: "d1", n: 2, nominal: 0, year: 2015 },
      { id: "p2", document: "d2", n: 1, nominal: 0, year: 2015 },
      { id: "g", document: "d3", n: 3, nominal: 3, year: 2015 },
      { id: "e1", document: "d1", n: 2, nominal: 0, year: 2015 },
      { id: "e2", document: "d3", n: 1, nominal: 0, year: 2015 },
    ],
    roles: [],
    mentionSpans: [],
    events: [
      { id: "e1", name: "Sousse attack" },
      { id: "e2", name: "Imperial Marhaba hotel attack" },
      { id: "e3", name: "Tunis attack" },
    ],
    groups: [
      { id: "ga", name: "Sousse attackers" },
      { id: "gb", name: "gunmen" },
      { id: "gc", name: "gunmen" },
    ],
    facts: [
      on("e1", "2015-06-26"),
      fact("e1", "occurred_at", { object: "sousse" }),
      on("e2", "2015-06-26"),
      on("e3", "2015-11-24"),
      fact("e3", "occurred_at", { object: "tunis" }),
      fact("marhaba", "located_in", { object: "kantaoui" }),
      fact("p1", "perpetrated", { object: "e1" }),
      fact("p2", "age", { number: 23 }),
      fact("g", "perpetrated", { object: "e2" }),
      fact("g", "age", { number: 23 }),
      fact("ga", "perpetrated", { object: "e1" }),
      fact("gb", "perpetrated", { object: "e2" }),
      fact("gc", "perpetrated", { object: "e3" }),
    ],
    places: [
      place("sousse", "city", 35.825, 10.637),
      place("kantaoui", "city", 35.892, 10.594),
      place("marhaba", "site", null, null),
      place("tunis", "city", 36.819, 10.166),
    ],
  };
}

test("events merge first, then a description joins the named person through them, facts read through merges", () => {
  const plans = planContextPasses(inputs(), [["p1", "p2"]], new Set());
  // The hotel's place comes from the event's name; the hotel lies in Port El Kantaoui, 8 km from Sousse.
  assert.deepEqual(plans.events.clusters, [["e1", "e2"]]);
  // The gunman perpetrated e2 (now e1, whose one named perpetrator is p1) and is 23 (as p2 is).
  assert.equal(plans.people.clusters.length, 1);
  assert.deepEqual(plans.people.clusters[0], ["p1", "g"]);
  const merge = plans.people.merges[0]!;
  assert.deepEqual([merge.features.sameEvent, merge.features.sameAge], [1, 1]);
  assert.ok(merge.score >= 0.85);
});

test("without the name pass's merge the description still joins through the event alone; 'not the same' holds", () => {
  const alone = planContextPasses(inputs(), [], new Set());
  assert.deepEqual(alone.people.clusters, [["p1", "g"]]);
  assert.deepEqual(alone.people.merges[0]!.features.sameAge, undefined);
  const apart = planContextPasses(inputs(), [["p1", "p2"]], new Set(["g\u241fp2"]));
  assert.deepEqual(apart.people.clusters, [], "p2 is now p1: a 'not the same' with p2 binds the group");
  const events = planContextPasses(inputs(), [], new Set(["e1\u241fe2"]));
  assert.deepEqual(events.events.clusters, []);
});

test("bands of attackers join once their attacks are one; a band of another attack stays apart", () => {
  const plans = planContextPasses(inputs(), [], new Set());
  // gb carried out e2, which the event pass made e1: the Sousse attackers' attack.
  assert.deepEqual(plans.groups.clusters, [["ga", "gb"]]);
});
