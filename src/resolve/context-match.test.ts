import assert from "node:assert/strict";
import { test } from "node:test";
import { fixturePlaces } from "../../test/fixtures/resolve/places.js";
import { type PersonContext, type PersonFact, resolveByContext, scoreContext } from "./context-match.js";

const person = (id: string, descriptionOnly: boolean, ...facts: PersonFact[]): PersonContext => ({
  id,
  descriptionOnly,
  mentions: descriptionOnly ? 1 : 5,
  facts,
});
const january = { from: "2015-01-01", to: "2015-01-31", precision: "month" as const };
const year2015 = { from: "2015-01-01", to: "2015-12-31", precision: "year" as const };
const age = (value: number): PersonFact => ({ predicate: "age", value });
const from = (object: string): PersonFact => ({ predicate: "resident_of", object });
const did = (object: string): PersonFact => ({ predicate: "perpetrated", object });

const rezgui = person(
  "Seifeddine Rezgui",
  false,
  age(23),
  from("gaafour"),
  did("sousse-attack"),
  { predicate: "trained_at", object: "sabratha", time: year2015 },
  { predicate: "member_of", object: "ansar" },
);
const labidi = person("Yassine Labidi", false, did("bardo-attack"), {
  predicate: "trained_at",
  object: "sabratha",
});
const khachnaoui = person("Saber Khachnaoui", false, did("bardo-attack"));
const none = new Map<string, Set<string>>();

test("age and home town together are strong; age alone is review; a conflict keeps apart", () => {
  const places = fixturePlaces();
  const gunman = person("the gunman", true, age(23), from("gaafour"));
  const s = scoreContext(gunman, rezgui, places, none);
  assert.ok(s.score >= 0.85, JSON.stringify(s));
  assert.deepEqual(s.features, { context: 1, sameAge: 1, sameHome: 1 });
  const inGovernorate = scoreContext(
    person("a student", true, age(23), from("siliana")),
    rezgui,
    places,
    none,
  );
  assert.equal(inGovernorate.features.sameHome, 1, "Gaafour lies in Siliana governorate");
  const ageOnly = scoreContext(person("a 23-year-old", true, age(23)), rezgui, places, none);
  assert.ok(ageOnly.score >= 0.6 && ageOnly.score < 0.85, JSON.stringify(ageOnly));
  const older = scoreContext(person("the gunman", true, age(31), from("gaafour")), rezgui, places, none);
  assert.equal(older.cannotLink, true);
  assert.equal(older.features.ageConflict, 1);
  const elsewhere = scoreContext(person("the gunman", true, age(23), from("kairouan")), rezgui, places, none);
  assert.equal(elsewhere.cannotLink, true, "Kairouan is 80 km from Gaafour");
  assert.equal(elsewhere.features.homeConflict, 1);
  assert.equal(
    scoreContext(person("the man", true, age(24), from("gaafour")), rezgui, places, none).cannotLink,
    false,
  );
});

test("the same event is strong only when one named person perpetrated it", () => {
  const places = fixturePlaces();
  const plan = resolveByContext(
    [
      rezgui,
      labidi,
      khachnaoui,
      person("the attacker", true, did("sousse-attack")),
      person("a gunman", true, did("bardo-attack")),
    ],
    places,
  );
  assert.deepEqual(plan.clusters, [["Seifeddine Rezgui", "the attacker"]]);
  assert.equal(plan.merges[0]!.features.sameEvent, 1);
  assert.equal(plan.merges[0]!.features.namedPerpetrators, 1);
  // Two named gunmen at the Bardo: the description fits both, an analyst decides.
  assert.deepEqual(plan.reviews.map((r) => [r.a, r.b]).sort(), [
    ["Saber Khachnaoui", "a gunman"],
    ["Yassine Labidi", "a gunman"],
  ]);
  assert.ok(plan.reviews.every((r) => r.features.namedPerpetrators === 2));
});

test("training at one place in periods that meet counts; two named people are never joined through a description", () => {
  const places = fixturePlaces();
  const trainee = person("Kairouan 23-year-old", true, age(23), {
    predicate: "trained_at",
    object: "sabratah",
    time: january,
  });
  const s = scoreContext(trainee, rezgui, places, none);
  assert.ok(s.score >= 0.85, JSON.stringify(s));
  assert.equal(s.features.sameTraining, 1, "Sabratah is Sabratha; January 2015 lies in 2015");
  // A description that fits two named people equally well is ambiguous: review, never a merge.
  const twin = person("Seifeddine Rezgui (2)", false, age(23), from("gaafour"));
  const rival = person("Mohamed Rezgui", false, age(23), from("gaafour"));
  const plan = resolveByContext([twin, rival, person("the gunman", true, age(23), from("gaafour"))], places);
  assert.deepEqual(plan.clusters, []);
  assert.equal(plan.reviews.length, 2);
  assert.ok(plan.reviews.every((r) => r.features.ambiguous === 1 && r.score < 0.85));
});

test("two descriptions merge only on context as strong as a named match; conflicts and 'not the same' hold", () => {
  const places = fixturePlaces();
  const a = person("Sousse gunman", true, age(23), from("gaafour"));
  const b = person("beach gunman", true, age(23), from("siliana"));
  const c = person("attacker", true, did("sousse-attack"));
  const plan = resolveByContext([a, b, c], places);
  assert.equal(plan.clusters.length, 1);
  assert.deepEqual(plan.clusters[0]!.slice().sort(), ["Sousse gunman", "beach gunman"]);
  assert.deepEqual(plan.reviews, [], "no shared fact with the attacker: nothing to review");
  const apart = resolveByContext([a, b], places, { distinct: new Set(["Sousse gunman\u241fbeach gunman"]) });
  assert.deepEqual(apart.clusters, []);
  // A named person and a description that conflicts with a description merged into it stay apart.
  const plan2 = resolveByContext(
    [rezgui, c, person("a 30-year-old", true, age(30), did("sousse-attack"))],
    places,
  );
  assert.deepEqual(plan2.clusters, [["Seifeddine Rezgui", "attacker"]]);
});

test("an agreement shared with many people decides nothing", () => {
  const places = fixturePlaces();
  const members = Array.from({ length: 6 }, (_, i) =>
    person(`member ${i}`, false, { predicate: "member_of", object: "ansar" }),
  );
  const plan = resolveByContext(
    [...members, person("a militant", true, { predicate: "member_of", object: "ansar" })],
    places,
  );
  assert.deepEqual(plan.reviews, []);
  assert.deepEqual(plan.clusters, []);
});
