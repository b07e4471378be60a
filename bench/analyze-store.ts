import type { Queryable } from "../src/store/database.js";

/**
 * A synthetic store for the analysis benchmark, generated inside the database with
 * generate_series (no rows cross the wire): `scale` 1 is 100,000 entities and 1,000,000
 * statements, each with one piece of evidence. Deterministic: "random" choices are hashtext() of
 * the row number, so both engines get the same store.
 *
 * Entities: 200 countries, 5,000 cities (in countries), 14,800 sites (in cities), 10,000 events
 * (at sites or cities, dated, with killed figures — 1 in 5 contested), 70,000 actors. Statements:
 * located_in, occurred_at, occurred_on, killed, 40 % placements (trained_at, traveled_to,
 * resident_of with month or year precision), perpetrated, and actor–actor links (member_of,
 * affiliated_with, relative_of) for the rest.
 */
export async function generateAnalysisStore(
  db: Queryable,
  scale = 1,
): Promise<{ entities: number; statements: number }> {
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const countries = n(200);
  const cities = n(5_000);
  const sites = n(14_800);
  const events = n(10_000);
  const actors = n(70_000);
  const statements = n(1_000_000);
  const c0 = 0;
  const ci0 = c0 + countries;
  const s0 = ci0 + cities;
  const e0 = s0 + sites;
  const a0 = e0 + events;
  const entities = a0 + actors;
  const h = (expr: string, mod: number, salt: string) =>
    `(abs(hashtext(${expr}::text || '${salt}')) % ${mod})`;
  const id = (expr: string) => `'e' || (${expr})::text`;
  // Triggers (the evidence check, canonical ids) are for ingestion; the generator writes consistent rows.
  await db.exec("set session_replication_role = replica");
  await db.exec(`
    insert into sources (id, name, reliability)
      select 'src' || g, 'Outlet ' || g, (array['A','B','C','D','E','F'])[1 + g % 6] from generate_series(0, 99) g;
    insert into documents (id, source_id, title, text, published, content_hash, marking, format)
      select 'doc' || g, 'src' || (g % 100), 'Report ' || g, 'Generated report ' || g,
             date '2010-01-01' + (g % 4000), 'hash' || g, 'clear', 'text'
      from generate_series(0, ${n(20_000) - 1}) g;
    insert into sentences (document_id, idx, start_offset, end_offset)
      select 'doc' || g, 0, 0, 10 from generate_series(0, ${n(20_000) - 1}) g;
    insert into entities (id, type, name, name_key, canonical_id)
      select ${id("g")},
        case when g < ${s0} then 'location' when g < ${e0} then 'facility' when g < ${a0} then 'event'
             when g % 7 = 0 then 'organization' when g % 7 = 1 then 'group' else 'person' end,
        'Entity ' || g, 'entity ' || g, ${id("g")}
      from generate_series(0, ${entities - 1}) g;
    insert into places (entity_id, kind, geo_key, country_code, lat, lon)
      select ${id("g")}, case when g < ${ci0} then 'country' when g < ${s0} then 'city' else 'site' end,
        case when g < ${s0} then 'geo' || g end,
        case when g < ${ci0} then 'C' || g when g < ${s0} then 'C' || (g % ${countries}) end,
        case when g < ${s0} then (g % 180) - 90 end, case when g < ${s0} then (g % 360) - 180 end
      from generate_series(0, ${e0 - 1}) g;
  `);
  // Statement rows: a plan of (kind, count), each generated from its own series.
  const plan: [string, number, string][] = [];
  const located = sites;
  plan.push([
    "located_in",
    located,
    `select ${id(`${s0} + g`)} as subj, 'located_in' as pred, ${id(`${ci0} + ${h("g", cities, "l")}`)} as obj,
       null::float8 as num, null::text as txt, null::date as tf, null::date as tt, null::text as tp`,
  ]);
  plan.push([
    "occurred_at",
    events,
    `select ${id(`${e0} + g`)}, 'occurred_at', ${id(`${ci0} + ${h("g", cities + sites, "o")}`)}, null, null, null, null, null`,
  ]);
  plan.push([
    "occurred_on",
    events,
    `select ${id(`${e0} + g`)}, 'occurred_on', null, null, (date '2010-01-01' + ${h("g", 4000, "d")})::text,
       date '2010-01-01' + ${h("g", 4000, "d")}, date '2010-01-01' + ${h("g", 4000, "d")}, 'day'`,
  ]);
  const contested = Math.floor(events / 5);
  plan.push([
    "killed",
    events + contested,
    `select ${id(`${e0} + (g % ${events})`)}, 'killed', null, (1 + ${h(`(g % ${events})`, 50, "k")} + (g / ${events}))::float8,
       null, null, null, null`,
  ]);
  const perpetrated = n(30_000);
  plan.push([
    "perpetrated",
    perpetrated,
    `select ${id(`${a0} + ${h("g", actors, "p")}`)}, 'perpetrated', ${id(`${e0} + (g % ${events})`)}, null, null, null, null, null`,
  ]);
  const fixed = located + events * 2 + events + contested + perpetrated;
  const placing = Math.floor((statements - fixed) * 0.45);
  plan.push([
    "placements",
    placing,
    `select ${id(`${a0} + ${h("g", actors, "a")}`)}, (array['trained_at','traveled_to','resident_of'])[1 + g % 3],
       ${id(`${ci0} + ${h("g", cities + sites, "w")}`)}, null, null,
       m.f, case when g % 4 = 0 then (m.f + interval '1 year' - interval '1 day')::date
                 else (m.f + interval '1 month' - interval '1 day')::date end,
       case when g % 4 = 0 then 'year' else 'month' end
     from (select 1) x, lateral (select case when g % 4 = 0 then make_date(2010 + ${h("g", 10, "y")}, 1, 1)
                                        else make_date(2010 + ${h("g", 10, "y")}, 1 + ${h("g", 12, "m")}, 1) end as f) m`,
  ]);
  const links = statements - fixed - placing;
  plan.push([
    "links",
    links,
    `select ${id(`${a0} + ${h("g", actors, "s")}`)}, (array['member_of','affiliated_with','relative_of'])[1 + g % 3],
       ${id(`${a0} + ${h("g", actors, "t")}`)}, null, null, null, null, null`,
  ]);
  let offset = 0;
  const batch = 200_000;
  for (const [, count, select] of plan) {
    for (let from = 0; from < count; from += batch) {
      const to = Math.min(count, from + batch) - 1;
      // "x" only exists in the placements query; the others read g from the series directly.
      const body = select.includes("from (select 1) x") ? select : `${select}`;
      await db.query(
        `insert into statements (id, fingerprint, subject_id, predicate, object_id, value_number, value_text, unit,
                                 time_from, time_to, time_precision)
         select 'stm' || (${offset - from} + g), 'fp' || (${offset - from} + g), r.subj, r.pred, r.obj, r.num::float8, r.txt::text,
                case when r.num is not null then 'persons' end, r.tf::date, r.tt::date, r.tp::text
         from generate_series(${from}, ${to}) g, lateral (${body.replace("from (select 1) x,", "from")}) r(subj, pred, obj, num, txt, tf, tt, tp)`,
      );
      offset += to - from + 1;
    }
  }
  const docs = n(20_000);
  for (let from = 0; from < offset; from += batch) {
    const to = Math.min(offset, from + batch) - 1;
    await db.query(
      `insert into evidence (statement_id, document_id, sentence_idx, start_offset, end_offset, quote, credibility, marking)
       select 'stm' || g, 'doc' || ${h("g", docs, "v")}, 0, 0, 10, 'Generated sentence ' || g, 1 + g % 6, 'clear'
       from generate_series(${from}, ${to}) g`,
    );
  }
  await db.exec("set session_replication_role = origin; analyze;");
  return { entities, statements: offset };
}
