import { useState } from "preact/hooks";
import { type EntitySummary, type Page, postJson, type ReviewPair, useApi } from "../api.js";
import { useMeta } from "../app.js";
import { EntityLink } from "../components/entity-link.js";
import { Pager } from "../components/pager.js";
import { Status } from "../components/status.js";

const LIMIT = 20;

function Candidate({ entity, evidence }: { entity: EntitySummary; evidence: ReviewPair["evidence"] }) {
  return (
    <div class="candidate">
      <h3>
        <EntityLink entity={entity} />
      </h3>
      <p class="muted small">
        {entity.type} · {entity.mentionCount} mentions in {entity.documentCount} reports
        {entity.aliases.length > 0 && ` · also ${entity.aliases.join("; ")}`}
      </p>
      {evidence
        .filter((e) => e.entityId === entity.id)
        .slice(0, 2)
        .map((e) => (
          <p class="small">
            <q>{e.quote}</q> <a href={`/documents/${e.documentId}`}>read</a>
          </p>
        ))}
    </div>
  );
}

export function ReviewView() {
  const meta = useMeta();
  if (meta && !meta.features.resolution) {
    return (
      <section>
        <h1>Review queue</h1>
        <p class="empty">Entity resolution is not available in this build of Tessera.</p>
      </section>
    );
  }
  return meta ? <ReviewQueue /> : <p class="muted">Loading…</p>;
}

function ReviewQueue() {
  const [offset, setOffset] = useState(0);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const loaded = useApi<Page<ReviewPair>>(`/api/review?limit=${LIMIT}&offset=${offset}`);

  function decide(work: Promise<unknown>, text: string) {
    work.then(
      () => {
        setMessage({ text });
        loaded.reload();
      },
      (e: Error) => setMessage({ text: e.message, error: true }),
    );
  }

  return (
    <section>
      <h1>Review queue</h1>
      <p class="muted">
        Pairs that may be the same entity, best candidates first. Every merge can be undone from the entity's
        profile.
      </p>
      {message && (
        <p class={message.error ? "error" : "ok"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <Status loaded={loaded}>
        {(page) =>
          page.items.length === 0 ? (
            <p class="empty">Nothing to review.</p>
          ) : (
            <>
              <ul class="board">
                {page.items.map((pair) => (
                  <li class="review-card" data-pair={pair.id}>
                    <p class="score">
                      score <strong>{pair.score.toFixed(2)}</strong>{" "}
                      <span class="muted small">
                        {Object.entries(pair.features ?? {})
                          .map(([k, v]) => `${k} ${typeof v === "number" ? v.toFixed(2) : String(v)}`)
                          .join(" · ")}
                      </span>
                    </p>
                    <div class="sides">
                      <Candidate entity={pair.a} evidence={pair.evidence} />
                      <Candidate entity={pair.b} evidence={pair.evidence} />
                    </div>
                    <div class="decisions">
                      <button
                        type="button"
                        onClick={() =>
                          decide(
                            postJson("/api/merges", { keep: pair.a.id, merge: pair.b.id }),
                            `Merged ${pair.b.name} into ${pair.a.name}.`,
                          )
                        }
                      >
                        Same — keep “{pair.a.name}”
                      </button>
                      <button
                        type="button"
                        onClick={() =>
                          decide(
                            postJson("/api/merges", { keep: pair.b.id, merge: pair.a.id }),
                            `Merged ${pair.a.name} into ${pair.b.name}.`,
                          )
                        }
                      >
                        Same — keep “{pair.b.name}”
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() =>
                          decide(
                            postJson("/api/distinct", { a: pair.a.id, b: pair.b.id }),
                            `${pair.a.name} and ${pair.b.name} are kept apart.`,
                          )
                        }
                      >
                        Not the same
                      </button>
                    </div>
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
