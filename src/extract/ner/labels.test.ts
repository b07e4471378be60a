import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allowedAfter, allowedAtEnd, chunksToTags, TAG_NAMES, tagsToChunks } from "./labels.js";

describe("BILOU tags", () => {
  it("round-trips chunks through tags", () => {
    const chunks = [
      { start: 0, end: 1, label: "PER" as const },
      { start: 1, end: 4, label: "ORG" as const },
      { start: 5, end: 7, label: "LOC" as const },
    ];
    const tags = chunksToTags(chunks, 8);
    assert.deepEqual(
      [...tags].map((t) => TAG_NAMES[t]),
      ["U-PER", "B-ORG", "I-ORG", "L-ORG", "O", "B-LOC", "L-LOC", "O"],
    );
    assert.deepEqual(tagsToChunks(tags), chunks);
  });

  it("allows only well-formed sequences", () => {
    const tag = (name: string): number => TAG_NAMES.indexOf(name);
    assert.ok(allowedAfter(-1, tag("B-PER")));
    assert.ok(!allowedAfter(-1, tag("I-PER")));
    assert.ok(allowedAfter(tag("B-PER"), tag("L-PER")));
    assert.ok(!allowedAfter(tag("B-PER"), tag("L-ORG")));
    assert.ok(!allowedAfter(tag("B-PER"), tag("O")));
    assert.ok(allowedAfter(tag("L-PER"), tag("U-ORG")));
    assert.ok(!allowedAtEnd(tag("I-LOC")));
    assert.ok(allowedAtEnd(tag("U-LOC")));
  });
});
