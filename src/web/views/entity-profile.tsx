import { useState } from "preact/hooks";
import {
  type Conflict,
  type DocumentRef,
  type EntityProfile,
  type MergeRecord,
  postJson,
  type Statement,
  useApi,
} from "../api.js";
import { useMeta } from "../app.js";
import { StatementLine } from "../components/statement-line.js";
import { Status } from "../components/status.js";
import { predicateLabel } from "../format.js";

function groupByPredicate(statements: Statement[]): [string, Statement[]][] {
  const groups = new Map<string, Statement[]>();
  for (const s of statements) groups.set(s.predicate, [...(groups.get(s.predicate) ?? []), s]);
  return [...groups];
}

function conflictValue(value: unknown): string {
  if (value && typeof value === "object") {
    const v = value as { name?: string; value?: unknown };
    return String(v.name ?? v.value ?? JSON.stringify(value));
  }
  return String(value);
}

function ConflictBanner({ conflicts }: { conflicts: Conflict[] }) {
  const meta = useMeta();
  if (conflicts.length === 0) return null;
  return (
    <div class="conflict-banner" role="note">
      <strong>⚠ Sources disagree</strong>
      <ul>
        {conflicts.map((c) => (
          <li>
            {c.subject.name} <em>{predicateLabel(c.predicate, meta?.predicates)}</em>:{" "}
            {c.values.map((v, i) => (
              <>
                {i > 0 && " or "}
                <strong class="value">{v.label ?? conflictValue(v.value)}</strong>
                <span class="muted">
                  {" "}
                  ({v.sources.map((s) => `${s.name} ${s.reliability}`).join(", ") || "no source"})
                </span>
              </>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Sources({ statement, documents }: { statement: Statement; documents: Map<string, DocumentRef> }) {
  return (
    <ul class="evidence">
      {statement.evidence.map((e) => {
        const doc = e.documentId ? documents.get(e.documentId) : undefined;
        return (
          <li>
            <q>{e.quote}</q>{" "}
            {doc ? (
              <a href={`/documents/${doc.id}?statement=${statement.id}`} class="source">
                {doc.source?.name ?? doc.title}{" "}
                <span class={`grade g-${doc.source?.reliability ?? "F"}`}>
                  {doc.source?.reliability ?? "F"}
                </span>
                {e.credibility && <span class={`cred c-${e.credibility}`}>{e.credibility}</span>}
                <span class="muted"> {doc.published ?? ""}</span>
              </a>
            ) : (
              <span class="muted">analyst {e.analyst?.name}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function MergeHistory({ merges, onChange }: { merges: MergeRecord[]; onChange: () => void }) {
  const [error, setError] = useState<string>();
  const name = (x: MergeRecord["keep"]) => (typeof x === "string" ? x : x.name);
  if (merges.length === 0) return <p class="muted">No merges.</p>;
  return (
    <>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="merges">
        {merges.map((m) => (
          <li>
            {name(m.merged)} merged into {name(m.keep)} by {m.by} on {m.at.slice(0, 10)}
            {m.reason && <span class="muted"> — {m.reason}</span>}
            {m.undoneAt ? (
              <span class="muted"> (undone {m.undoneAt.slice(0, 10)})</span>
            ) : (
              <button
                type="button"
                onClick={() =>
                  postJson(`/api/merges/${encodeURIComponent(m.id)}/undo`, {}).then(onChange, (e: Error) =>
                    setError(e.message),
                  )
                }
              >
                Undo
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function Profile({ profile, reload }: { profile: EntityProfile; reload: () => void }) {
  const meta = useMeta();
  const { entity } = profile;
  const documents = new Map(profile.documents.map((d) => [d.id, d]));
  const conflicted = new Set((profile.conflicts ?? []).flatMap((c) => c.values.flatMap((v) => v.statements)));
  const isPlace = entity.type === "location" || entity.type === "facility";
  return (
    <section class="profile">
      <header class="profile-head">
        <h1>
          <span class={`type-badge t-${entity.type}`}>{meta?.entityTypes[entity.type] ?? entity.type}</span>{" "}
          {entity.name}
        </h1>
        <p class="muted">
          Mentioned {entity.mentionCount} times in {entity.documentCount} reports · <code>{entity.id}</code>
        </p>
        <nav class="actions" aria-label="Views of this entity">
          <a class="button" href={`/chart/${entity.id}`}>
            Link chart
          </a>
          <a class="button" href={`/timeline/${entity.id}`}>
            Timeline
          </a>
          <a
            class="button"
            href={`/map?entity=${entity.id}`}
            title={isPlace ? "This place on the map" : "Places this entity is linked to"}
          >
            Map
          </a>
        </nav>
      </header>
      {profile.conflicts && <ConflictBanner conflicts={profile.conflicts} />}
      <div class="columns profile-body">
        <div>
          <h2>Statements ({profile.statements.length})</h2>
          {groupByPredicate(profile.statements).map(([predicate, statements]) => (
            <section class="predicate-group" data-predicate={predicate}>
              <h3>{predicateLabel(predicate, meta?.predicates)}</h3>
              <ul class="statements">
                {statements.map((s) => {
                  const c = profile.corroboration?.[s.id];
                  return (
                    <li key={s.id} class={conflicted.has(s.id) ? "conflicted" : ""} data-statement={s.id}>
                      {conflicted.has(s.id) && (
                        <span class="flag" title="Another source gives a different value">
                          ⚠ conflict
                        </span>
                      )}
                      <StatementLine statement={s} subject={s.subject.id !== entity.id} />
                      {c && (
                        <span class={c.singleSource ? "corroboration single" : "corroboration"}>
                          {c.singleSource ? "single source" : `${c.independent} independent sources`}
                        </span>
                      )}
                      <Sources statement={s} documents={documents} />
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
        <div>
          <h2>Names</h2>
          <table class="list names">
            <thead>
              <tr>
                <th>Name</th>
                <th>Seen in</th>
              </tr>
            </thead>
            <tbody>
              {profile.aliases.map((a) => (
                <tr>
                  <td>
                    {a.name} {a.origin !== "mention" && <span class="muted">({a.origin})</span>}
                  </td>
                  <td>
                    {a.documents.map((d, i) => (
                      <>
                        {i > 0 && "; "}
                        <a href={`/documents/${d.id}`}>{d.title}</a> ×{d.count}
                      </>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Merge history</h2>
          {profile.merges ? (
            <MergeHistory merges={profile.merges} onChange={reload} />
          ) : (
            <p class="muted">Entity resolution is not available in this build.</p>
          )}
        </div>
      </div>
    </section>
  );
}

export function EntityProfileView({ id }: { id: string }) {
  const loaded = useApi<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`);
  return <Status loaded={loaded}>{(profile) => <Profile profile={profile} reload={loaded.reload} />}</Status>;
}
