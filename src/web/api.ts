import { useCallback, useEffect, useState } from "preact/hooks";
import type { EntityRef, EntitySummary, Reliability, Statement, TimeInterval } from "../model/index.js";

export type { EntityRef, EntitySummary, Statement, TimeInterval };

/** An error as the API sends it: the registry's code and one sentence (docs/errors.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as
    | (T & { error?: { code: string; message: string } })
    | null;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? "HTTP", error?.message ?? `HTTP ${response.status}`);
  }
  return body as T;
}

export async function getJson<T>(path: string): Promise<T> {
  return parse<T>(await fetch(path, { headers: { accept: "application/json" } }));
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return parse<T>(
    await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    }),
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | Error | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads `path` (null: nothing to load) and reloads when it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(path).then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
}

export interface Source {
  id: string;
  name: string;
  reliability: Reliability;
}

export interface DocumentSummary {
  id: string;
  title: string;
  published: string | null;
  source: Source | null;
  marking: string;
  format: string;
  mentionCount: number;
  statementCount: number;
}

export interface DocumentRef {
  id: string;
  title: string;
  published: string | null;
  source: Source | null;
}

export interface Mention {
  start: number;
  end: number;
  sentence: number;
  text: string;
  label: string;
  entity: EntityRef;
}

export interface ReaderDocument {
  document: DocumentSummary & { text: string; url: string | null };
  sentences: { index: number; start: number; end: number }[];
  mentions: Mention[];
  statements: Statement[];
}

export interface ConflictValue {
  value: unknown;
  /** The value as an analyst reads it: "≥37 persons", "2015-06 (month)", "Sousse". */
  label?: string;
  statements: string[];
  sources: { id: string; name: string; reliability: string }[];
  evidence: { documentId?: string | null; quote?: string }[];
}

export interface Conflict {
  subject: EntityRef;
  predicate: string;
  values: ConflictValue[];
}

export interface Corroboration {
  sources: { id: string; name: string; reliability?: string }[] | number;
  independent: number;
  singleSource: boolean;
}

export interface MergeRecord {
  id: string;
  keep: EntityRef | string;
  merged: EntityRef | string;
  by: string;
  reason: string | null;
  score: number | null;
  at: string;
  undoneAt: string | null;
}

export interface EntityProfile {
  entity: EntitySummary;
  aliases: { name: string; origin: string; documents: { id: string; title: string; count: number }[] }[];
  statements: Statement[];
  documents: DocumentRef[];
  conflicts: Conflict[] | null;
  corroboration: Record<string, Corroboration> | null;
  merges: MergeRecord[] | null;
}

export interface GraphEdge {
  from: string;
  to: string;
  predicate: string;
  statements: string[];
}

export interface Neighbourhood {
  nodes: (EntityRef & { hops: number })[];
  edges: GraphEdge[];
}

export interface Path {
  nodes: EntityRef[];
  edges: GraphEdge[];
  length: number;
}

export interface TimelineEntry {
  statement: Statement | { id: string };
  time: TimeInterval;
  label: string;
  /** Where the time comes from: the statement, the event it is about, or its first report. */
  basis?: "stated" | "event" | "reported";
}

export interface Place {
  id: string;
  name: string;
  type: string;
  lat: number | null;
  lon: number | null;
  parentId: string | null;
  countryCode: string | null;
}

export interface Copresence {
  entities: [EntityRef, EntityRef];
  place: { id: string; name: string };
  from: string | null;
  to: string | null;
  statements: string[];
}

export interface ReviewPair {
  id: string;
  score: number;
  a: EntitySummary;
  b: EntitySummary;
  features: Record<string, unknown>;
  evidence: { entityId: string; documentId: string; quote: string }[];
}

export interface IngestResult {
  path: string;
  id: string | null;
  title: string | null;
  status: "ingested" | "unchanged" | "failed";
  error?: string;
  code?: string;
  entities: number;
  statements: number;
}

export interface Meta {
  counts: { entities: Record<string, number>; statements: number; evidence: number };
  entityTypes: Record<string, string>;
  predicates: Record<string, string>;
  features: { analysis: boolean; resolution: boolean };
}
