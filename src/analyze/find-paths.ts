import { TesseraError } from "../errors/errors.js";
import type { EntityRef } from "../model/index.js";
import type { Queryable } from "../store/database.js";
import { entityBalls, entityRefs, weighedEvidence } from "../store/repositories/analysis.js";
import { linkGraph, DEFAULTS as PATH_DEFAULTS, shortestSimplePaths, strongestLink } from "./paths.js";
import type { Neighborhood, Path, PathEdge } from "./types.js";

export const DEFAULTS = Object.freeze({
  ...PATH_DEFAULTS,
  /** A frontier this large (a country everyone is linked to) stops growing: paths through hubs say little. */
  maxFrontier: 5_000,
  neighborhoodLimit: 200,
});

/** The canonical ids of some entities, in order; throws for an id no entity has. */
const canonical = async (db: Queryable, ...ids: string[]): Promise<string[]> => {
  const rows = await db.query<{ id: string; canonical: string }>(
    "select id, canonical_id as canonical from entities where id = any($1::text[])",
    [ids],
  );
  const of = new Map(rows.map((r) => [r.id, r.canonical]));
  return ids.map((id) => {
    const found = of.get(id);
    if (!found) throw new TesseraError("TESSERA_NOT_FOUND", `${id}: no entity has this id`, { input: id });
    return found;
  });
};

interface Ball {
  edges: PathEdge[];
  hops: Map<string, number>;
}

/**
 * Grows balls of `depth` hops around entities, all in one recursive query (`entityBalls`), and
 * returns each one's edges and the BFS distance of every entity in it. Graph work happens in
 * memory on these balls (graphology), not on the whole store: see docs/performance.md for why.
 */
async function balls(db: Queryable, centres: readonly { id: string; depth: number }[]): Promise<Ball[]> {
  const found = await entityBalls(db, centres, { maxRing: DEFAULTS.maxFrontier, limit: 100_000 });
  const out = centres.map((c): Ball => ({ edges: [], hops: new Map([[c.id, 0]]) }));
  for (const { ball, hops: near, ...edge } of found) {
    const { edges, hops } = out[ball]!;
    edges.push(edge);
    // A node's distance is one more than that of its nearest neighbour in the ball.
    for (const n of [edge.from, edge.to]) {
      const known = hops.get(n);
      if (known === undefined || known > near + 1) hops.set(n, near + 1);
    }
  }
  return out;
}

/**
 * The shortest paths between two entities, up to `k` simple paths of at most `maxHops` edges,
 * shortest first; each edge carries its statements and their evidence sentences.
 */
export async function findPaths(
  db: Queryable,
  fromId: string,
  toId: string,
  options: { maxHops?: number; k?: number } = {},
): Promise<Path[]> {
  const maxHops = options.maxHops ?? DEFAULTS.maxHops;
  const [a, b] = (await canonical(db, fromId, toId)) as [string, string];
  if (a === b) return [];
  // Meet in the middle: half the hops from each end reaches every path of at most maxHops edges.
  const [fromA, fromB] = (await balls(db, [
    { id: a, depth: Math.ceil(maxHops / 2) },
    { id: b, depth: Math.floor(maxHops / 2) },
  ])) as [Ball, Ball];
  const graph = linkGraph([...fromA.edges, ...fromB.edges]);
  const found = shortestSimplePaths(graph, a, b, { maxHops, k: options.k ?? DEFAULTS.k });
  if (found.length === 0) return [];
  const refs = await entityRefs(db, [...new Set(found.flat())]);
  const paths = found.map((nodes) => ({
    nodes: nodes.map((n) => refs.get(n)!),
    edges: nodes.slice(1).map((n, i) => strongestLink(graph, nodes[i]!, n)),
    length: nodes.length - 1,
  }));
  await attachEvidence(
    db,
    paths.flatMap((p) => p.edges),
  );
  return paths;
}

/** Adds each edge's evidence sentences (quote, document, source) for display. */
async function attachEvidence(db: Queryable, edges: PathEdge[]): Promise<void> {
  const evidence = await weighedEvidence(db, [...new Set(edges.flatMap((e) => e.statements))]);
  for (const e of edges) {
    (e as PathEdge & { evidence: unknown[] }).evidence = e.statements.flatMap((s) =>
      (evidence.get(s) ?? []).map((x) => ({
        statementId: s,
        quote: x.quote,
        documentId: x.documentId,
        source: x.source?.name ?? x.analyst ?? null,
      })),
    );
  }
}

/** Everything within `hops` edges of an entity, nearest first, at most `limit` nodes. */
export async function neighborhood(
  db: Queryable,
  entityId: string,
  options: { hops?: number; limit?: number } = {},
): Promise<Neighborhood> {
  const [start] = (await canonical(db, entityId)) as [string];
  const limit = options.limit ?? DEFAULTS.neighborhoodLimit;
  const [{ edges, hops }] = (await balls(db, [{ id: start, depth: options.hops ?? 1 }])) as [Ball];
  const kept = [...hops.entries()].sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, limit);
  const keep = new Set(kept.map(([id]) => id));
  const refs = await entityRefs(db, [...keep]);
  const graph = linkGraph(edges.filter((e) => keep.has(e.from) && keep.has(e.to)));
  const links = graph.edges().flatMap((key: string) => graph.getEdgeAttribute(key, "links") as PathEdge[]);
  return {
    nodes: kept.map(([id, h]) => ({ ...(refs.get(id) as EntityRef), hops: h })),
    edges: links,
  };
}
