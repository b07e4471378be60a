import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { actsAsGroup } from "./group-cues.js";
import { extractText } from "./testing.js";

const split = (s: string) => s.toLowerCase().split(" ");

describe("group cues", () => {
  it("reads a claim and a new name as a group's", () => {
    assert.ok(actsAsGroup(split("blasts claimed by the Bengal Mujahideen ."), 4, 6));
    assert.ok(actsAsGroup(split("the Bengal Mujahideen is a new name for the banned front"), 1, 3));
  });

  it("reads no group into a place after 'in' or 'claimed' with no agent", () => {
    assert.ok(!actsAsGroup(split("bombs in Bengal Mujahideen claimed lives"), 2, 4));
    assert.ok(!actsAsGroup(split("the Bengal Mujahideen region"), 1, 3));
  });

  it("types a name claimed by as an organisation throughout the report", () => {
    const x = extractText(
      "The market blasts in Surat were the latest attacks claimed by the Indian Mujahideen.",
      "2019-03-02",
    );
    const named = x.entities.filter((e) => /Indian Mujahideen/.test(e.name));
    assert.ok(named.length > 0 && named.every((e) => e.type === "organization"));
  });
});
