import type { Statement } from "../api.js";
import { useMeta } from "../app.js";
import { formatTime, formatValue, predicateLabel } from "../format.js";
import { EntityLink } from "./entity-link.js";

/** Subject —predicate→ object or value, with its date at its precision and its credibility. */
export function StatementLine({ statement: s, subject = true }: { statement: Statement; subject?: boolean }) {
  const meta = useMeta();
  return (
    <span class="statement-line">
      {subject && (
        <>
          <EntityLink entity={s.subject} />{" "}
        </>
      )}
      <span class="predicate">{predicateLabel(s.predicate, meta?.predicates)}</span>{" "}
      {s.object ? <EntityLink entity={s.object} /> : <strong class="value">{formatValue(s)}</strong>}
      {s.role && <span class="muted"> ({s.role})</span>}
      {s.time && (
        <span
          class={`when p-${s.time.precision}`}
          title={`${s.time.from} to ${s.time.to}, ${s.time.precision} precision`}
        >
          {" "}
          {formatTime(s.time)}
        </span>
      )}
      <span class={`cred c-${s.credibility}`} title="Credibility, 1 (confirmed) to 6 (cannot be judged)">
        {s.credibility}
      </span>
    </span>
  );
}
