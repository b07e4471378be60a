import { useState } from "preact/hooks";
import { type Conflict, type Page, useApi } from "../api.js";
import { useMeta } from "../app.js";
import { EntityLink } from "../components/entity-link.js";
import { Pager } from "../components/pager.js";
import { Status } from "../components/status.js";
import { predicateLabel } from "../format.js";

const LIMIT = 30;

interface BoardConflict extends Conflict {
  revisions?: {
    from: string;
    to: string;
    published: string | null;
    source: { name: string } | null;
    quote: string;
  }[];
}

export function ConflictsView() {
  const meta = useMeta();
  const [offset, setOffset] = useState(0);
  const loaded = useApi<Page<BoardConflict>>(`/api/conflicts?limit=${LIMIT}&offset=${offset}`);
  return (
    <section>
      <h1>Conflicts</h1>
      <p class="muted">
        Facts that can have only one value, on which the sources disagree — each side with who says so.
      </p>
      <Status loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="empty">No conflicts: the sources agree.</p>
          ) : (
            <>
              <ul class="board">
                {page.items.map((c) => (
                  <li class="conflict-card">
                    <h2>
                      <EntityLink entity={c.subject} />{" "}
                      <span class="predicate">{predicateLabel(c.predicate, meta?.predicates)}</span>
                    </h2>
                    <div class="sides">
                      {c.values.map((v) => (
                        <div class="side">
                          <p class="side-value">{v.label ?? String(v.value)}</p>
                          <ul class="plain">
                            {v.sources.map((s) => (
                              <li>
                                {s.name} <span class={`grade g-${s.reliability}`}>{s.reliability}</span>
                              </li>
                            ))}
                          </ul>
                          {v.evidence.slice(0, 2).map((e) => (
                            <p class="small">
                              <q>{e.quote}</q>{" "}
                              {e.documentId && (
                                <a href={`/documents/${e.documentId}?statement=${v.statements[0] ?? ""}`}>
                                  read
                                </a>
                              )}
                            </p>
                          ))}
                        </div>
                      ))}
                    </div>
                    {c.revisions && c.revisions.length > 0 && (
                      <p class="muted small">
                        Revised:{" "}
                        {c.revisions
                          .map(
                            (r) =>
                              `${r.from} → ${r.to}${r.source ? ` (${r.source.name}${r.published ? `, ${r.published}` : ""})` : ""}`,
                          )
                          .join("; ")}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
              <Pager offset={offset} limit={LIMIT} count={page.items.length} onChange={setOffset} />
            </>
          )
        }
      </Status>
    </section>
  );
}
