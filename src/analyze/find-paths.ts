import { TesseraError } from "../errors/errors.js";
import type { EntityRef } from "../model/index.js";
import type { Queryable } from "../store/database.js";
import { adjacentEdges, entityRefs, weighedEvidence } from "../store/repositories/analysis.js";
import { linkGraph, DEFAULTS as PATH_DEFAULTS, shortestSimplePaths, strongestLink } from "./paths.js";
import type { Neighborhood, Path, PathEdge } from "./types.js";

export const DEFAULTS = Object.freeze({
  ...PATH_DEFAULTS,
  /** A frontier this large (a country everyone is linked to) stops growing: paths through hubs say little. */
  maxFrontier: 5_000,
  neighborhoodLimit: 200,
});

const canonical = async (db: Queryable, id: string): Promise<string> => {
  const row = (
    await db.query<{ id: string }>("select canonical_id as id from entities where id = $1", [id])
  )[0];
  if (!row) throw new TesseraError("TESSERA_NOT_FOUND", `${id}: no entity has this id`, { input: id });
  return row.id;
};

/**
 * Grows a ball of `depth` hops around `start` by querying the store one frontier at a time, and
 * returns the edges seen. Graph work happens in memory on this ball (graphology), not on the whole
 * store: see docs/performance.md for why.
 */
async function ball(
  db: Queryable,
  start: string,
  depth: number,
): Promise<{ edges: PathEdge[]; hops: Map<string, number> }> {
  const hops = new Map([[start, 0]]);
  const edges: PathEdge[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const found = await adjacentEdges(db, frontier);
    const next: string[] = [];
    for (const e of found) {
      edges.push(e);
      for (const n of [e.from, e.to]) {
        if (hops.has(n)) continue;
        hops.set(n, d);
        next.push(n);
      }
    }
    frontier = next.length > DEFAULTS.maxFrontier ? next.slice(0, DEFAULTS.maxFrontier) : next;
  }
  return { edges, hops };
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
  const [a, b] = [await canonical(db, fromId), await canonical(db, toId)];
  if (a === b) return [];
  // Meet in the middle: half the hops from each end reaches every path of at most maxHops edges.
  const [fromA, fromB] = await Promise.all([
    ball(db, a, Math.ceil(maxHops / 2)),
    ball(db, b, Math.floor(maxHops / 2)),
  ]);
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
  const start = await canonical(db, entityId);
  const limit = options.limit ?? DEFAULTS.neighborhoodLimit;
  const { edges, hops } = await ball(db, start, options.hops ?? 1);
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
