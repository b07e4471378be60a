import type { ComponentChildren } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { type Mention, type ReaderDocument, useApi } from "../api.js";
import { useMeta } from "../app.js";
import { StatementLine } from "../components/statement-line.js";
import { Status } from "../components/status.js";

/** Sentences of `doc` that a statement's evidence in this document points at. */
function evidenceSentences(doc: ReaderDocument, statementId: string | null): Set<number> {
  const statement = doc.statements.find((s) => s.id === statementId);
  if (!statement) return new Set();
  return new Set(
    statement.evidence
      .filter((e) => e.documentId === doc.document.id && e.sentence !== null)
      .map((e) => e.sentence!),
  );
}

function mentionLink(m: Mention, text: string) {
  return (
    <a
      class={`mention t-${m.entity.type}`}
      href={`/entities/${m.entity.id}`}
      title={`${m.entity.type}: ${m.entity.name}`}
      data-entity={m.entity.id}
    >
      {text}
    </a>
  );
}

/** Text from `start` to `end` with the mentions inside it as links; overlapping mentions keep the first. */
function withMentions(text: string, mentions: Mention[], start: number, end: number): ComponentChildren[] {
  const out: ComponentChildren[] = [];
  let at = start;
  for (const m of mentions) {
    if (m.start < at || m.end > end) continue;
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(mentionLink(m, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < end) out.push(text.slice(at, end));
  return out;
}

function DocumentText({ doc, lit }: { doc: ReaderDocument; lit: Set<number> }) {
  const { text } = doc.document;
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const s of doc.sentences) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    const inside = doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    parts.push(
      <span class={lit.has(s.index) ? "sentence lit" : "sentence"} data-sentence={s.index} id={`s${s.index}`}>
        {withMentions(text, inside, s.start, s.end)}
      </span>,
    );
    at = Math.max(at, s.end);
  }
  if (at < text.length) parts.push(withMentions(text, doc.mentions, at, text.length));
  return <div class="document-text">{parts}</div>;
}

function Legend({ mentions }: { mentions: Mention[] }) {
  const meta = useMeta();
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity.type, (counts.get(m.entity.type) ?? 0) + 1);
  return (
    <ul class="legend" aria-label="Mentions by type">
      {[...counts].map(([type, n]) => (
        <li>
          <span class={`swatch t-${type}`} /> {meta?.entityTypes[type] ?? type} {n}
        </li>
      ))}
    </ul>
  );
}

export function ReaderView({ id, statement }: { id: string; statement: string | null }) {
  const loaded = useApi<ReaderDocument>(`/api/documents/${encodeURIComponent(id)}`);
  const [active, setActive] = useState<string | null>(statement);
  const lit = useMemo(
    () => (loaded.data ? evidenceSentences(loaded.data, active) : new Set<number>()),
    [loaded.data, active],
  );
  // Opened from a statement's evidence elsewhere: bring its sentence into view.
  useEffect(() => {
    if (statement && loaded.data) {
      const first = [...evidenceSentences(loaded.data, statement)][0];
      if (first !== undefined) document.getElementById(`s${first}`)?.scrollIntoView({ block: "center" });
    }
  }, [statement, loaded.data]);
  return (
    <Status loaded={loaded}>
      {(doc) => (
        <section class="reader">
          <article>
            <h1>{doc.document.title}</h1>
            <p class="byline">
              {doc.document.source?.name ?? "Unknown source"}{" "}
              <span class={`grade g-${doc.document.source?.reliability ?? "F"}`} title="Source reliability">
                {doc.document.source?.reliability ?? "F"}
              </span>{" "}
              · {doc.document.published ?? "undated"} ·{" "}
              <span class={`tlp tlp-${doc.document.marking.replace("+", "-")}`}>
                TLP:{doc.document.marking.toUpperCase()}
              </span>
              {doc.document.url && (
                <>
                  {" "}
                  · <span class="muted">{doc.document.url}</span>
                </>
              )}
            </p>
            <Legend mentions={doc.mentions} />
            <DocumentText doc={doc} lit={lit} />
          </article>
          <aside aria-label="Statements from this report">
            <h2>Statements ({doc.statements.length})</h2>
            <p class="muted small">Hover or focus a statement to see the sentence it comes from.</p>
            <ul class="statements">
              {doc.statements.map((s) => (
                <li
                  key={s.id}
                  class={active === s.id ? "active" : ""}
                  data-statement={s.id}
                  onMouseEnter={() => setActive(s.id)}
                  onFocusIn={() => setActive(s.id)}
                >
                  <StatementLine statement={s} />
                </li>
              ))}
            </ul>
          </aside>
        </section>
      )}
    </Status>
  );
}
