import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ingestReport } from "../src/ingest/ingest-service.js";
import type { RawReport } from "../src/ingest/report.js";
import { KNOWN_ALIASES, KNOWN_ALIASES_VERSION } from "../src/model/known-aliases.js";
import { parseAliasFile } from "../src/resolve/alias-file.js";
import { aliasKey } from "../src/resolve/curated-aliases.js";
import { importAliasGroups, runResolution } from "../src/resolve/index.js";
import type { Database } from "../src/store/database.js";
import { getEntityRef, listEntities } from "../src/store/repositories/entities.js";
import {
  deleteUserAliasGroup,
  findUserAliasGroup,
  findUserAliasGroupByHead,
  insertUserAliasGroup,
  listUserAliasGroups,
  updateUserAliasGroupNames,
} from "../src/store/repositories/user-aliases.js";
import { runTessera } from "./support/cli.js";
import { testEngines } from "./support/engines.js";
import { fakePipeline } from "./support/fake-pipeline.js";

// Jund al-Khilafa ("Soldiers of the Caliphate") is in no curated group and shares no word with its
// English name, so only an alias list can join the two.
const pipeline = fakePipeline({
  "Jund al-Khilafa": "organization",
  "Soldiers of the Caliphate": "organization",
  "Seifeddine Rezgui": "person",
  "Seifiddine Rezgui": "person",
  Kasserine: "location",
});

const REPORTS = [
  "Jund al-Khilafa claimed the attack near Kasserine.",
  "Soldiers of the Caliphate said its fighters attacked a post near Kasserine.",
  "Seifeddine Rezgui was seen near Kasserine.",
  "Seifiddine Rezgui was seen near Kasserine.",
];

async function ingestAll(db: Database): Promise<void> {
  for (const [i, text] of REPORTS.entries()) {
    const raw: RawReport = { origin: `r${i}.txt`, format: "text", text, meta: { published: "2015-03-01" } };
    const r = await ingestReport(db, raw, { pipeline });
    assert.equal(r.status, "ingested", r.error);
  }
}

const canonical = async (db: Database, name: string) => (await getEntityRef(db, name)).id;

for (const engine of testEngines()) {
  describe(`user alias list on ${engine.name}`, () => {
    after(() => engine.cleanup());

    test("groups are stored, listed by type in order, found by first name, extended and taken back", async () => {
      const db = await engine.open();
      try {
        assert.deepEqual(await listUserAliasGroups(db), [], "a fresh store has no user groups");
        const names = ["Jund al-Khilafa", "Soldiers of the Caliphate", "جند الخلافة"];
        const jund = await db.transaction((tx) =>
          insertUserAliasGroup(tx, {
            type: "organization",
            headKey: aliasKey("organization", names[0]!),
            names,
            by: "alice",
            note: "Tunisian IS affiliate",
          }),
        );
        const place = await db.transaction((tx) =>
          insertUserAliasGroup(tx, {
            type: "location",
            headKey: aliasKey("location", "Kasserine"),
            names: ["Kasserine", "Al-Qasrayn"],
            by: "bob",
          }),
        );
        assert.match(jund.id, /^uag_/);
        assert.deepEqual(jund.names, names, "names keep their spelling, script and order");
        assert.equal(jund.addedBy, "alice");
        assert.equal(jund.note, "Tunisian IS affiliate");
        assert.equal(place.note, null);
        assert.ok(!Number.isNaN(Date.parse(jund.addedAt)));
        assert.deepEqual(
          (await listUserAliasGroups(db)).map((g) => g.id),
          [jund.id, place.id],
        );
        assert.deepEqual(
          (await listUserAliasGroups(db, { type: "location" })).map((g) => g.id),
          [place.id],
        );
        const byHead = await findUserAliasGroupByHead(
          db,
          "organization",
          aliasKey("organization", "jund al khilafa"),
        );
        assert.equal(byHead?.id, jund.id);
        assert.equal(
          await findUserAliasGroupByHead(db, "person", aliasKey("person", "Jund al-Khilafa")),
          undefined,
        );
        // One group per type and first name: the store refuses a second.
        await assert.rejects(
          db.transaction((tx) =>
            insertUserAliasGroup(tx, {
              type: "organization",
              headKey: aliasKey("organization", "JUND AL-KHILAFA"),
              names: ["JUND AL-KHILAFA", "JAK"],
              by: "carol",
            }),
          ),
        );
        await updateUserAliasGroupNames(db, jund.id, [...names, "JAK"]);
        assert.deepEqual((await findUserAliasGroup(db, jund.id))?.names, [...names, "JAK"]);
        const removed = await deleteUserAliasGroup(db, jund.id);
        assert.equal(removed.id, jund.id);
        assert.equal(await findUserAliasGroup(db, jund.id), undefined);
        await assert.rejects(deleteUserAliasGroup(db, jund.id), (e: Error & { code?: string }) => {
          assert.equal(e.code, "TESSERA_NOT_FOUND");
          assert.match(e.message, new RegExp(jund.id));
          return true;
        });
      } finally {
        await db.close();
      }
    });

    test("the store refuses a group of an unknown type or with fewer than two names", async () => {
      const db = await engine.open();
      try {
        await assert.rejects(
          db.query(
            "insert into user_alias_groups (id, type, head_key, names, added_by) values ('uag_x', 'weapon', 'a', '[\"a\",\"b\"]', 'me')",
          ),
        );
        await assert.rejects(
          db.query(
            "insert into user_alias_groups (id, type, head_key, names, added_by) values ('uag_y', 'person', 'a', '[\"a\"]', 'me')",
          ),
        );
        assert.deepEqual(await listUserAliasGroups(db), []);
      } finally {
        await db.close();
      }
    });

    test("an import adds new groups, extends a group with the same first name, and a second import adds nothing", async () => {
      const db = await engine.open();
      try {
        const first = parseAliasFile(
          "a.jsonl",
          '{"type":"organization","names":["Jund al-Khilafa","Soldiers of the Caliphate"],"note":"IS"}\n' +
            '{"type":"location","names":["Kasserine","Al-Qasrayn"]}\n',
          "jsonl",
        );
        const added = await importAliasGroups(db, first, { by: "alice" });
        assert.deepEqual([added.groupsAdded, added.groupsExtended, added.namesAdded], [2, 0, 4]);
        const again = await importAliasGroups(db, first, { by: "alice" });
        assert.deepEqual([again.groupsAdded, again.groupsExtended, again.namesAdded], [0, 0, 0]);
        assert.deepEqual(
          again.groups.map((g) => g.status),
          ["unchanged", "unchanged"],
        );
        const more = parseAliasFile(
          "b.csv",
          "type,name,alias\norganization,JUND AL KHILAFA,JAK\norganization,Jund al-Khilafa,soldiers of the caliphate\n",
          "csv",
        );
        const extended = await importAliasGroups(db, more, { by: "bob" });
        assert.deepEqual([extended.groupsAdded, extended.groupsExtended, extended.namesAdded], [0, 1, 1]);
        const groups = await listUserAliasGroups(db);
        assert.equal(groups.length, 2);
        assert.deepEqual(groups[0]!.names, ["Jund al-Khilafa", "Soldiers of the Caliphate", "JAK"]);
        assert.equal(groups[0]!.addedBy, "alice", "a group stays the one who made it");
        assert.equal(groups[0]!.note, "IS");
      } finally {
        await db.close();
      }
    });

    test("resolution merges what a user group joins, and a user group conflicting with another keeps them apart", async () => {
      const db = await engine.open();
      try {
        await ingestAll(db);
        await runResolution(db, { by: "test" });
        assert.notEqual(
          await canonical(db, "Jund al-Khilafa"),
          await canonical(db, "Soldiers of the Caliphate"),
          "no curated alias or spelling joins the two",
        );
        assert.equal(
          await canonical(db, "Seifeddine Rezgui"),
          await canonical(db, "Seifiddine Rezgui"),
          "two spellings of one man merge by themselves",
        );

        const fresh = await engine.open();
        try {
          await ingestAll(fresh);
          const groups = parseAliasFile(
            "groups.jsonl",
            [
              '{"type":"organization","names":["Soldiers of the Caliphate","Jund al-Khilafa"]}',
              // The two spellings put in different groups: a cannot-link, as for curated groups.
              '{"type":"person","names":["Seifeddine Rezgui","Abu Yahya al-Qayrawani"]}',
              '{"type":"person","names":["Seifiddine Rezgui","Seif Rezgui of Gafsa"]}',
            ].join("\n"),
            "jsonl",
          );
          await importAliasGroups(fresh, groups, { by: "alice" });
          const result = await runResolution(fresh, { by: "test" });
          const jund = await canonical(fresh, "Jund al-Khilafa");
          assert.equal(jund, await canonical(fresh, "Soldiers of the Caliphate"));
          const kept = (await listEntities(fresh, { type: "organization" })).find((e) => e.id === jund);
          assert.equal(kept?.name, "Soldiers of the Caliphate", "the group's first name is the one kept");
          assert.notEqual(
            await canonical(fresh, "Seifeddine Rezgui"),
            await canonical(fresh, "Seifiddine Rezgui"),
          );
          assert.equal(result.merged, 1, JSON.stringify(result));
          assert.equal(
            (await runResolution(fresh, { by: "test" })).merged,
            0,
            "a second pass changes nothing",
          );
        } finally {
          await fresh.close();
        }
      } finally {
        await db.close();
      }
    });

    test("end to end through the CLI: two reports' entities stay apart until the user imports a group joining them", async () => {
      const location = await engine.location();
      const db = await engine.open(location);
      try {
        await ingestAll(db);
      } finally {
        await db.close();
      }
      const dir = await mkdtemp(join(tmpdir(), "tessera-user-aliases-"));
      try {
        const cli = async (...args: string[]) => {
          const run = await runTessera([...args, "--db", location]);
          assert.equal(run.status, 0, `${args.join(" ")}: ${run.stderr}`);
          return run;
        };
        const organizations = async () =>
          JSON.parse((await cli("entities", "--type", "organization", "--json")).stdout).entities as {
            name: string;
            aliases: string[];
          }[];
        await cli("resolve", "--json");
        assert.equal((await organizations()).length, 2, "a pass alone keeps them apart");

        const file = join(dir, "groups.csv");
        await writeFile(file, "type,name,alias\norganization,Jund al-Khilafa,Soldiers of the Caliphate\n");
        const imported = JSON.parse((await cli("alias", "import", file, "--json", "--by", "alice")).stdout);
        assert.equal(imported.groupsAdded, 1);
        const resolved = JSON.parse((await cli("resolve", "--json")).stdout);
        assert.equal(resolved.merged, 1);
        const after = await organizations();
        assert.equal(after.length, 1);
        assert.equal(after[0]!.name, "Jund al-Khilafa");
        assert.deepEqual(after[0]!.aliases, ["Soldiers of the Caliphate"]);
        // One name on one entity, as before the user list existed.
        const added = JSON.parse(
          (await cli("alias", "add", "Soldiers of the Caliphate", "JaK", "--json")).stdout,
        );
        assert.deepEqual([added.entity.name, added.alias], ["Jund al-Khilafa", "JaK"]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}

describe("the alias CLI", () => {
  let dir: string;
  let db: string;
  const cli = (...args: string[]) => runTessera([...args, "--db", db]);
  const userGroups = async () => {
    const run = await cli("alias", "list", "--json");
    assert.equal(run.status, 0, run.stderr);
    return (JSON.parse(run.stdout).groups as { source: string }[]).filter((g) => g.source === "user");
  };

  // An embedded store copied from the migrated template: the CLI runs skip initdb.
  const [embedded] = testEngines();

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "tessera-alias-cli-"));
    db = await embedded!.location();
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
    await embedded!.cleanup();
  });

  test("every alias verb answers --help", async () => {
    for (const verb of ["add", "list", "import", "remove-group"]) {
      const run = await runTessera(["alias", verb, "--help"]);
      assert.equal(run.status, 0, `${verb}: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`Usage: tessera alias ${verb}`));
      assert.match(run.stdout, /--db/);
      assert.match(run.stdout, /--json/);
    }
  });

  test("a bad file is refused with one line naming the file and line, and nothing is imported", async () => {
    const bad = join(dir, "bad.csv");
    await writeFile(
      bad,
      "type,name,alias\norganization,Jund al-Khilafa,Soldiers of the Caliphate\norgnization,Uqba ibn Nafi,Okba\n",
    );
    const run = await cli("alias", "import", bad);
    assert.equal(run.status, 3);
    assert.equal(run.stderr.trim().split("\n").length, 1);
    assert.equal(
      run.stderr.trim(),
      `tessera: ${bad}:3: unknown entity type "orgnization" (expected one of person, organization, group, location, facility, event)`,
    );
    const badJson = join(dir, "bad.jsonl");
    await writeFile(
      badJson,
      '{"type":"organization","names":["A","B"]}\n{"type":"organization","names":["C",""]}\n',
    );
    const json = await cli("alias", "import", badJson);
    assert.equal(json.status, 3);
    assert.match(json.stderr, new RegExp(`^tessera: ${badJson}:2: empty name`));
    assert.deepEqual(await userGroups(), [], "the valid rows before the bad one are not imported either");
    const missing = await cli("alias", "import", join(dir, "missing.csv"));
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /missing\.csv: cannot read the alias file/);
    const txt = await cli("alias", "import", join(dir, "groups.txt"));
    assert.equal(txt.status, 3);
    assert.match(txt.stderr, /groups\.txt: not an alias file/);
  });

  test("CSV and JSON Lines imports add groups once; list shows curated and user groups; remove-group takes one back", async () => {
    const csv = join(dir, "groups.csv");
    await writeFile(
      csv,
      'type,name,alias,note\norganization,Jund al-Khilafa,Soldiers of the Caliphate,"IS in Tunisia, 2014"\norganization,Jund al-Khilafa,JAK,\n',
    );
    const first = await cli("alias", "import", csv, "--by", "alice");
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /1 groups added, 0 extended, 0 already known; 3 names added/);
    const second = await cli("alias", "import", csv, "--json");
    assert.equal(second.status, 0, second.stderr);
    const again = JSON.parse(second.stdout);
    assert.deepEqual([again.groupsAdded, again.groupsExtended, again.namesAdded], [0, 0, 0]);

    const jsonl = join(dir, "groups.jsonl");
    await writeFile(
      jsonl,
      '{"type":"location","names":["Kasserine","Al-Qasrayn"],"note":"governorate"}\n{"type":"organization","names":["Jund al-Khilafa","Jund al-Khilafah fi Tunis"]}\n',
    );
    const third = JSON.parse((await cli("alias", "import", jsonl, "--json")).stdout);
    assert.deepEqual([third.groupsAdded, third.groupsExtended, third.namesAdded], [1, 1, 3]);
    assert.deepEqual(
      JSON.parse((await cli("alias", "import", jsonl, "--json")).stdout).namesAdded,
      0,
      "JSON Lines imports are idempotent too",
    );

    const list = await cli("alias", "list", "--json");
    assert.equal(list.status, 0, list.stderr);
    const { curatedVersion, groups } = JSON.parse(list.stdout);
    assert.equal(curatedVersion, KNOWN_ALIASES_VERSION);
    const curated = groups.filter((g: { source: string }) => g.source === "curated");
    assert.equal(curated.length, KNOWN_ALIASES.length);
    assert.ok(curated.some((g: { names: string[] }) => g.names.includes("Daesh")));
    const user = groups.filter((g: { source: string }) => g.source === "user");
    assert.deepEqual(
      user.map((g: { type: string; names: string[]; addedBy: string; note: string | null }) => [
        g.type,
        g.names,
        g.addedBy,
        g.note,
      ]),
      [
        [
          "organization",
          ["Jund al-Khilafa", "Soldiers of the Caliphate", "JAK", "Jund al-Khilafah fi Tunis"],
          "alice",
          "IS in Tunisia, 2014",
        ],
        [
          "location",
          ["Kasserine", "Al-Qasrayn"],
          process.env.USER ?? process.env.USERNAME ?? "analyst",
          "governorate",
        ],
      ],
    );
    const places = JSON.parse((await cli("alias", "list", "--type", "location", "--json")).stdout).groups;
    assert.ok(places.every((g: { type: string }) => g.type === "location"));
    assert.equal(places.filter((g: { source: string }) => g.source === "user").length, 1);
    const text = await cli("alias", "list", "--type", "location");
    assert.match(text.stdout, new RegExp(`curated list version ${KNOWN_ALIASES_VERSION}`));
    assert.match(text.stdout, /user +uag_\w+ +location +Kasserine, Al-Qasrayn/);

    const removed = await cli("alias", "remove-group", user[1].id);
    assert.equal(removed.status, 0, removed.stderr);
    assert.match(removed.stdout, /removed uag_\w+ \(location: Kasserine, Al-Qasrayn\)/);
    assert.equal((await userGroups()).length, 1);
    const gone = await cli("alias", "remove-group", user[1].id);
    assert.equal(gone.status, 4);
    assert.match(gone.stderr, /user alias group not found: uag_/);
  });
});
