import assert from "node:assert/strict";
import { test } from "node:test";
import { TesseraError } from "../errors/errors.js";
import { aliasFileFormat, parseAliasFile } from "./alias-file.js";

const refused = (origin: string, text: string, format: "csv" | "jsonl", message: RegExp) =>
  assert.throws(
    () => parseAliasFile(origin, text, format),
    (e: unknown) => {
      assert.ok(e instanceof TesseraError);
      assert.equal(e.code, "TESSERA_BAD_ALIAS_FILE");
      assert.match(e.message, message);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    },
  );

test("CSV rows with the same type and name form one group, the name first; notes and quotes are kept", () => {
  const csv = [
    "\uFEFFType,Name,Alias,Note",
    'organization,Jund al-Khilafa,Soldiers of the Caliphate,"Tunisian IS affiliate, 2014"',
    "organization,jund al khilafa,JAK,",
    "",
    'person,"Abu Iyadh","Seifallah ""Abu Iyadh"" Ben Hassine"',
    "organization,Jund al-Khilafa,Jund al-Khilafah",
  ].join("\r\n");
  assert.deepEqual(parseAliasFile("a.csv", csv, "csv"), [
    {
      type: "organization",
      names: ["Jund al-Khilafa", "Soldiers of the Caliphate", "JAK", "Jund al-Khilafah"],
      note: "Tunisian IS affiliate, 2014",
      line: 2,
    },
    { type: "person", names: ["Abu Iyadh", 'Seifallah "Abu Iyadh" Ben Hassine'], note: null, line: 5 },
  ]);
});

test("JSON Lines groups by type and first name; repeated spellings count once", () => {
  const jsonl = [
    '{"type":"organization","names":["Ansar al-Sharia in Tunisia","AST"]}',
    "",
    '{"type":"organization","names":["ansar al sharia in tunisia","Ast","Ansar al-Charia"],"note":"Tunis"}',
    '{"type":"location","names":["Kasserine","Al-Qasrayn","القصرين"],"extra":1}',
  ].join("\n");
  assert.deepEqual(parseAliasFile("a.jsonl", jsonl, "jsonl"), [
    {
      type: "organization",
      names: ["Ansar al-Sharia in Tunisia", "AST", "Ansar al-Charia"],
      note: "Tunis",
      line: 1,
    },
    { type: "location", names: ["Kasserine", "Al-Qasrayn", "القصرين"], note: null, line: 4 },
  ]);
});

test("every problem names the file and the line it is on", () => {
  refused(
    "a.csv",
    "type,name,alias\norganization,A,B\norgnization,C,D\n",
    "csv",
    /^a\.csv:3: unknown entity type "orgnization"/,
  );
  refused("a.csv", "type,name,alias\norganization,,B\n", "csv", /^a\.csv:2: empty name$/);
  refused("a.csv", "type,name,alias\norganization,A,  \n", "csv", /^a\.csv:2: empty alias$/);
  refused("a.csv", "type,name,alias\norganization,A\n", "csv", /^a\.csv:2: expected 3 fields/);
  refused("a.csv", "type,name,alias\norganization,A,B,C\n", "csv", /^a\.csv:2: expected 3 fields/);
  refused("a.csv", "type,name\norganization,A\n", "csv", /^a\.csv:1: the header must be/);
  refused(
    "a.csv",
    'type,name,alias\norganization,"A\nB",C\norganization,"D,E\n',
    "csv",
    /^a\.csv:4: a quoted field is never closed/,
  );
  refused("a.csv", "type,name,alias\norganization,ISIS,isis\n", "csv", /^a\.csv:2: "ISIS" has no other name/);
  refused("a.csv", "type,name,alias\n", "csv", /^a\.csv: no alias groups/);
  refused("a.csv", "", "csv", /^a\.csv: empty alias file/);
  refused(
    "b.jsonl",
    '{"type":"organization","names":["A","B"]}\n{"type":"organization",\n',
    "jsonl",
    /^b\.jsonl:2: not valid JSON/,
  );
  refused("b.jsonl", '["organization","A","B"]\n', "jsonl", /^b\.jsonl:1: a line must be a JSON object/);
  refused(
    "b.jsonl",
    '{"type":"weapon","names":["A","B"]}\n',
    "jsonl",
    /^b\.jsonl:1: unknown entity type "weapon"/,
  );
  refused("b.jsonl", '{"names":["A","B"]}\n', "jsonl", /^b\.jsonl:1: missing entity type/);
  refused(
    "b.jsonl",
    '{"type":"person","names":["A"]}\n',
    "jsonl",
    /^b\.jsonl:1: "names" must be a list of at least two/,
  );
  refused(
    "b.jsonl",
    '{"type":"person","names":["A",""]}\n',
    "jsonl",
    /^b\.jsonl:1: empty name \(item 2 of "names"\)/,
  );
  refused(
    "b.jsonl",
    '{"type":"person","names":["A",7]}\n',
    "jsonl",
    /^b\.jsonl:1: name \(item 2 of "names"\) must be a string/,
  );
  refused(
    "b.jsonl",
    '{"type":"person","names":["A","!!"]}\n',
    "jsonl",
    /^b\.jsonl:1: name .* has no letters or digits/,
  );
  refused(
    "b.jsonl",
    '{"type":"person","names":["A","B"],"note":3}\n',
    "jsonl",
    /^b\.jsonl:1: "note" must be a string/,
  );
});

test("a quoted field may span lines; later rows keep their own line numbers", () => {
  refused(
    "a.csv",
    'type,name,alias,note\norganization,A,B,"two\nlines"\nplace,C,D\n',
    "csv",
    /^a\.csv:4: unknown entity type "place"/,
  );
});

test("the format comes from the file name", () => {
  assert.equal(aliasFileFormat("groups.CSV"), "csv");
  assert.equal(aliasFileFormat("groups.jsonl"), "jsonl");
  assert.equal(aliasFileFormat("groups.ndjson"), "jsonl");
  assert.equal(aliasFileFormat("groups.txt"), undefined);
});
