import assert from "node:assert/strict";
import { test } from "node:test";
import { postBeforeRank } from "./ranked-posts.js";
import { assertHas, assertLacks, extractText } from "./testing.js";

// A post and a rank written together before a name (ranked-posts.ts), on sentences written for these
// tests (none from the evaluation sets).
const run = (text: string) => extractText(text, "2021-06-05");

test("a post before a rank: the post and the rank, each a position", () => {
  let x = run("Army spokesman Colonel Idrissa Kone said the raiders fled north.");
  assertHas(x, "holds_position(Idrissa Kone → Army spokesman)");
  assertHas(x, "holds_position(Idrissa Kone → Colonel)");
  x = run("Army spokesman Brigadier General Sani Bello said troops held the town.");
  assertHas(x, "holds_position(Sani Bello → Army spokesman)");
  assertHas(x, "holds_position(Sani Bello → Brigadier General)");
  assertLacks(x, /holds_position\(Sani Bello → Army spokesman Brigadier/);
  x = run("Provincial police chief General Nasir Ahmadi said the attackers had fled.");
  assertHas(x, "holds_position(Nasir Ahmadi → Provincial police chief)");
  assertHas(x, "holds_position(Nasir Ahmadi → General)");
});

test("one post that ends in a rank word stays whole", () => {
  let x = run("Attorney General Ruth Calder said charges would follow.");
  assertHas(x, "holds_position(Ruth Calder → Attorney General)");
  assertLacks(x, /holds_position\(Ruth Calder → (?:Attorney|General)\)/);
  x = run("Chief Inspector Paul Danes said the road was closed.");
  assertLacks(x, /holds_position\(Paul Danes → Chief\)/);
  assert.equal(postBeforeRank("Governor General", "General"), undefined);
  assert.equal(postBeforeRank("Spokesman Colonel", "Colonel"), "Spokesman");
});
