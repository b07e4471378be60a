import { UndirectedGraph } from "graphology";
import { singleSourceLength } from "graphology-shortest-path/unweighted.js";
import type { PathEdge } from "./types.js";

export const DEFAULTS = Object.freeze({ maxHops: 4, k: 5 });

/**
 * An undirected graph of entities in which each pair of neighbours carries every statement
 * linking them, grouped by predicate and direction. Paths ignore direction (an analyst's "how are
 * these connected?") but report each edge as stated.
 */
export function linkGraph(edges: readonly PathEdge[]): UndirectedGraph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const e of edges) {
    if (e.from === e.to) continue;
    graph.mergeNode(e.from);
    graph.mergeNode(e.to);
    const key = graph.edge(e.from, e.to) ?? graph.addEdge(e.from, e.to, { links: [] as PathEdge[] });
    const links = graph.getEdgeAttribute(key, "links") as PathEdge[];
    const same = links.find((l) => l.from === e.from && l.to === e.to && l.predicate === e.predicate);
    if (same) for (const s of e.statements) !same.statements.includes(s) && same.statements.push(s);
    else links.push({ ...e, statements: [...e.statements] });
  }
  return graph;
}

/** The best-supported statement link between two neighbours: the one with the most statements. */
export function strongestLink(graph: UndirectedGraph, a: string, b: string): PathEdge {
  const links = graph.getEdgeAttribute(graph.edge(a, b)!, "links") as PathEdge[];
  return [...links].sort(
    (x, y) => y.statements.length - x.statements.length || x.predicate.localeCompare(y.predicate),
  )[0]!;
}

/**
 * The k shortest simple paths of at most `maxHops` edges, shortest first: iterative deepening from
 * `source`, pruned by each node's BFS distance to `target` so that only nodes that can still reach
 * it within the remaining hops are walked (the search never leaves the band of short paths).
 */
export function shortestSimplePaths(
  graph: UndirectedGraph,
  source: string,
  target: string,
  options: { maxHops?: number; k?: number } = {},
): string[][] {
  const maxHops = options.maxHops ?? DEFAULTS.maxHops;
  const k = options.k ?? DEFAULTS.k;
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target) return [];
  const toTarget = singleSourceLength(graph, target);
  const shortest = toTarget[source];
  if (shortest === undefined || shortest > maxHops) return [];
  const paths: string[][] = [];
  for (let length = shortest; length <= maxHops && paths.length < k; length++) {
    const path = [source];
    const onPath = new Set(path);
    const walk = (node: string): void => {
      if (paths.length >= k) return;
      const left = length - (path.length - 1);
      if (node === target) {
        if (left === 0) paths.push([...path]);
        return;
      }
      const neighbours = graph.neighbors(node).sort();
      for (const next of neighbours) {
        if (onPath.has(next)) continue;
        const d = toTarget[next];
        if (d === undefined || d > left - 1) continue;
        path.push(next);
        onPath.add(next);
        walk(next);
        path.pop();
        onPath.delete(next);
        if (paths.length >= k) return;
      }
    };
    walk(source);
  }
  return paths;
}
