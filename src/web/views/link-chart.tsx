import cytoscape from "cytoscape";
import { useEffect, useRef, useState } from "preact/hooks";
import {
  ApiError,
  type EntityRef,
  type GraphEdge,
  getJson,
  type Neighbourhood,
  type Page,
  type Path,
  type Statement,
} from "../api.js";
import { useMeta } from "../app.js";
import { TYPE_COLOURS } from "../components/type-colours.js";
import { predicateLabel } from "../format.js";
import { navigate } from "../router.js";

interface Graph {
  nodes: Map<string, EntityRef>;
  edges: Map<string, GraphEdge>;
}

const edgeId = (e: GraphEdge) => `${e.from}|${e.predicate}|${e.to}`;

/**
 * An entity's neighbours: from analysis when it is present; otherwise read straight from the
 * entity's statements, so the chart works on a store without the analysis module.
 */
async function neighbours(id: string): Promise<Neighbourhood> {
  try {
    return await getJson<Neighbourhood>(`/api/entities/${encodeURIComponent(id)}/neighbours?hops=1&limit=80`);
  } catch (error) {
    if (!(error instanceof ApiError) || !error.message.includes("not available")) throw error;
  }
  const page = await getJson<Page<Statement>>(`/api/statements?entity=${encodeURIComponent(id)}&limit=1000`);
  const nodes = new Map<string, EntityRef & { hops: number }>();
  const edges: GraphEdge[] = [];
  for (const s of page.items) {
    if (!s.object) continue;
    nodes.set(s.subject.id, { ...s.subject, hops: s.subject.id === id ? 0 : 1 });
    nodes.set(s.object.id, { ...s.object, hops: s.object.id === id ? 0 : 1 });
    edges.push({ from: s.subject.id, to: s.object.id, predicate: s.predicate, statements: [s.id] });
  }
  return { nodes: [...nodes.values()], edges };
}

function merge(graph: Graph, add: { nodes: EntityRef[]; edges: GraphEdge[] }): Graph {
  const nodes = new Map(graph.nodes);
  const edges = new Map(graph.edges);
  for (const n of add.nodes) nodes.set(n.id, { id: n.id, name: n.name, type: n.type });
  for (const e of add.edges) if (nodes.has(e.from) && nodes.has(e.to)) edges.set(edgeId(e), e);
  return { nodes, edges };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(name)",
      "background-color": "data(colour)",
      color: "#111827",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      width: 22,
      height: 22,
      "border-width": 2,
      "border-color": "#ffffff",
    },
  },
  {
    selector: "node.root",
    style: { width: 34, height: 34, "border-color": "#111827", "font-weight": "bold" },
  },
  { selector: "node.expanded", style: { "border-color": "#6b7280" } },
  { selector: "node:selected", style: { "border-color": "#f59e0b", "border-width": 4 } },
  {
    selector: "edge",
    style: {
      label: "data(label)",
      width: 1.5,
      "line-color": "#9ca3af",
      "target-arrow-color": "#9ca3af",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      "font-size": 9,
      color: "#374151",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
    },
  },
  { selector: "edge.on-path", style: { "line-color": "#f59e0b", "target-arrow-color": "#f59e0b", width: 4 } },
  { selector: "node.on-path", style: { "border-color": "#f59e0b", "border-width": 5 } },
  { selector: ".faded", style: { opacity: 0.25 } },
];

export function LinkChartView({ id, to }: { id: string; to: string | null }) {
  const meta = useMeta();
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const [graph, setGraph] = useState<Graph>({ nodes: new Map(), edges: new Map() });
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [target, setTarget] = useState(to ?? "");
  const [paths, setPaths] = useState<Path[] | null>(null);

  async function expand(entityId: string) {
    try {
      const found = await neighbours(entityId);
      setGraph((g) => merge(g, found));
      setExpanded((x) => new Set(x).add(entityId));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function findPath(toKey: string) {
    if (!toKey.trim()) return;
    setError(undefined);
    try {
      const page = await getJson<Page<Path>>(
        `/api/paths?from=${encodeURIComponent(id)}&to=${encodeURIComponent(toKey.trim())}&limit=3`,
      );
      setPaths(page.items);
      for (const p of page.items) setGraph((g) => merge(g, p));
      navigate(`/chart/${encodeURIComponent(id)}?to=${encodeURIComponent(toKey.trim())}`, { replace: true });
    } catch (e) {
      setPaths(null);
      setError((e as Error).message);
    }
  }

  // A new root starts a new chart.
  useEffect(() => {
    setGraph({ nodes: new Map(), edges: new Map() });
    setExpanded(new Set());
    setPaths(null);
    setSelected(id);
    void expand(id);
    if (to) void findPath(to);
  }, [id]);

  useEffect(() => {
    if (!container.current) return;
    const core = cytoscape({ container: container.current, style: STYLE, minZoom: 0.2, maxZoom: 3 });
    core.on("tap", "node", (event) => {
      const nodeId = event.target.id() as string;
      setSelected(nodeId);
      void expand(nodeId);
    });
    cy.current = core;
    return () => core.destroy();
  }, []);

  // Draw what is new, then lay the whole chart out again.
  useEffect(() => {
    const core = cy.current;
    if (!core) return;
    const fresh: cytoscape.ElementDefinition[] = [];
    for (const n of graph.nodes.values()) {
      if (core.getElementById(n.id).empty()) {
        fresh.push({
          group: "nodes",
          data: { id: n.id, name: n.name, type: n.type, colour: TYPE_COLOURS[n.type] ?? "#6b7280" },
        });
      }
    }
    for (const [key, e] of graph.edges) {
      if (core.getElementById(key).empty()) {
        fresh.push({
          group: "edges",
          data: {
            id: key,
            source: e.from,
            target: e.to,
            label: predicateLabel(e.predicate, meta?.predicates),
          },
        });
      }
    }
    core.getElementById(id).addClass("root");
    if (fresh.length > 0) {
      core.add(fresh);
      core.getElementById(id).addClass("root");
      core
        .layout({
          name: "cose",
          animate: false,
          randomize: true,
          nodeRepulsion: () => 400000,
          idealEdgeLength: () => 120,
        })
        .run();
      core.fit(undefined, 40);
      // A small neighbourhood fitted to the box would be drawn huge; keep labels at reading size.
      if (core.zoom() > 1.2) {
        core.zoom(1.2);
        core.center();
      }
    }
    core.nodes().removeClass("expanded");
    for (const x of expanded) core.getElementById(x).addClass("expanded");
  }, [graph, expanded, meta]);

  // Highlight the first path found, fade the rest.
  useEffect(() => {
    const core = cy.current;
    if (!core) return;
    core.elements().removeClass("on-path faded");
    const path = paths?.[0];
    if (!path) return;
    const on = core.collection();
    for (const n of path.nodes) on.merge(core.getElementById(n.id));
    for (const e of path.edges) {
      on.merge(core.getElementById(edgeId(e)));
      on.merge(core.getElementById(edgeId({ ...e, from: e.to, to: e.from })));
    }
    on.addClass("on-path");
    core.elements().difference(on).addClass("faded");
  }, [paths, graph]);

  const selectedNode = selected ? graph.nodes.get(selected) : undefined;
  const names = [...graph.nodes.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section class="chart-view">
      <header class="chart-head">
        <h1>Link chart{graph.nodes.has(id) ? `: ${graph.nodes.get(id)!.name}` : ""}</h1>
        <p class="chart-stats muted" aria-live="polite">
          <span data-count="nodes">{graph.nodes.size}</span> entities,{" "}
          <span data-count="edges">{graph.edges.size}</span> links · click an entity to expand it
        </p>
      </header>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="chart-layout">
        <div
          class="chart"
          ref={container}
          role="img"
          aria-label="Link chart of entities and the statements linking them"
        />
        <aside class="chart-side">
          <form
            class="path-form"
            onSubmit={(e) => {
              e.preventDefault();
              void findPath(target);
            }}
          >
            <label>
              Path to
              <input
                list="chart-names"
                value={target}
                placeholder="an entity's name or id"
                onInput={(e) => setTarget((e.target as HTMLInputElement).value)}
              />
            </label>
            <datalist id="chart-names">
              {names.map((n) => (
                <option value={n.name} />
              ))}
            </datalist>
            <button type="submit">Find path</button>
          </form>
          {paths && (
            <div class="paths">
              {paths.length === 0 ? (
                <p class="muted">No path within reach.</p>
              ) : (
                <ol class="path-steps" aria-label="Shortest path">
                  {paths[0]!.nodes.map((n, i) => {
                    const edge = paths[0]!.edges[i];
                    return (
                      <li>
                        <a class={`entity t-${n.type}`} href={`/entities/${n.id}`}>
                          {n.name}
                        </a>
                        {edge && (
                          <span class="predicate">
                            {" "}
                            {edge.from === n.id ? "—" : "←"}
                            {predicateLabel(edge.predicate, meta?.predicates)}
                            {edge.from === n.id ? "→" : "—"}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
              {paths.length > 1 && (
                <p class="muted small">{paths.length - 1} other paths of the same reach or longer.</p>
              )}
            </div>
          )}
          {selectedNode && (
            <div class="selected">
              <h2>{selectedNode.name}</h2>
              <p class="muted">{meta?.entityTypes[selectedNode.type] ?? selectedNode.type}</p>
              <p>
                <a href={`/entities/${selectedNode.id}`}>Profile</a> ·{" "}
                <a href={`/timeline/${selectedNode.id}`}>Timeline</a> ·{" "}
                <a href={`/chart/${selectedNode.id}`}>Chart from here</a>
              </p>
            </div>
          )}
          <h2>Entities</h2>
          <ul class="chart-nodes">
            {names.map((n) => (
              <li>
                <button
                  type="button"
                  class={`node-button t-${n.type}`}
                  aria-pressed={expanded.has(n.id)}
                  title={expanded.has(n.id) ? "expanded" : "expand"}
                  onClick={() => {
                    setSelected(n.id);
                    cy.current?.getElementById(n.id).select();
                    void expand(n.id);
                  }}
                >
                  {n.name}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
