import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TesseraError } from "../../errors/errors.js";
import { splitSentences } from "../text/sentences.js";
import { loadNerModel, type NamedSpan, recognize } from "./index.js";

const TEXT = [
  "Tunisia gunman trained in Libya",
  "",
  "Seifeddine Rezgui, a student from Gaafour, had trained in Libya, officials in Tunis said.",
  "The gunman who killed 38 tourists at a beach hotel in Sousse trained at a camp run by Ansar al-Sharia in Libya, " +
    "Interior Minister Mohamed Najem Gharsalli said. Rezgui was shot dead by police.",
].join("\n");

function spans(model: "conll" | "gmb"): NamedSpan[] {
  return recognize(loadNerModel(model), TEXT, splitSentences(TEXT));
}

function has(found: readonly NamedSpan[], text: string, label?: string): boolean {
  return found.some((s) => s.text === text && (label === undefined || s.label === label));
}

for (const model of ["conll", "gmb"] as const) {
  describe(`recognize with the ${model} model`, () => {
    const found = spans(model);

    it("returns spans whose offsets slice the text", () => {
      assert.ok(found.length > 0);
      for (const s of found) {
        assert.equal(TEXT.slice(s.start, s.end), s.text);
        assert.ok(s.score !== undefined && s.score > 0 && s.score <= 1);
      }
    });

    it("finds people", () => {
      assert.ok(has(found, "Seifeddine Rezgui", "PER"));
      assert.ok(has(found, "Rezgui", "PER"), "a later mention by surname");
      // The GMB annotation puts titles inside the person's span: "Interior Minister Mohamed Najem Gharsalli".
      assert.ok(found.some((s) => s.label === "PER" && s.text.endsWith("Mohamed Najem Gharsalli")));
    });

    it("finds places", () => {
      for (const place of ["Libya", "Sousse", "Tunis", "Gaafour"]) assert.ok(has(found, place, "LOC"), place);
      assert.equal(found.filter((s) => s.text === "Libya").length, 3);
    });

    it("finds Ansar al-Sharia as one span", () => {
      assert.ok(has(found, "Ansar al-Sharia"));
    });
  });
}

describe("recognize: known weaknesses", () => {
  it("types Ansar al-Sharia as an organisation with the conll model", {
    todo: "the conll model tags it PER: nothing in the sentence marks it as a group, and Reuters 1996 never names it",
  }, () => {
    assert.ok(has(spans("conll"), "Ansar al-Sharia", "ORG"));
  });
});

describe("loadNerModel", () => {
  it("caches a loaded model", () => {
    assert.equal(loadNerModel("conll"), loadNerModel());
  });

  it("names the path of a missing model file", () => {
    assert.throws(
      () => loadNerModel("/nonexistent/model.ner.gz"),
      (e: unknown) =>
        e instanceof TesseraError && e.code === "TESSERA_UNREADABLE" && e.message.startsWith("/nonexistent"),
    );
  });

  it("rejects a file that is not a model", () => {
    assert.throws(
      () => loadNerModel(new URL("./index.ts", import.meta.url).pathname),
      (e: unknown) => e instanceof TesseraError && e.code === "TESSERA_UNSUPPORTED_FORMAT",
    );
  });
});
