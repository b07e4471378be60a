import { useEffect, useState } from "preact/hooks";
import { ApiError, type EntityRef, getJson, type Page, type Statement, type TimelineEntry } from "../api.js";
import { useMeta } from "../app.js";
import { EntityLink } from "../components/entity-link.js";
import { StatementLine } from "../components/statement-line.js";
import { Status } from "../components/status.js";
import { formatTime, formatValue, predicateLabel } from "../format.js";

interface Timeline {
  entity: EntityRef;
  items: TimelineEntry[];
}

const DAY = 86_400_000;
const WIDTH = 1000;
const ROW = 26;
const LEFT = 10;
const TOP = 34;

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** How a date was found, in words: a statement with no time of its own is placed by its event or report. */
const BASIS: Record<NonNullable<TimelineEntry["basis"]>, string> = {
  stated: "stated",
  event: "date of the event",
  reported: "date first reported",
};

/** A timeline from analysis, or, without it, from the entity's own dated statements. */
async function loadTimeline(id: string): Promise<Timeline> {
  try {
    return await getJson<Timeline>(`/api/entities/${encodeURIComponent(id)}/timeline?limit=500`);
  } catch (error) {
    if (!(error instanceof ApiError) || !error.message.includes("not available")) throw error;
  }
  const profile = await getJson<{ entity: EntityRef }>(`/api/entities/${encodeURIComponent(id)}`);
  const page = await getJson<Page<Statement>>(`/api/statements?entity=${encodeURIComponent(id)}&limit=1000`);
  const items = page.items
    .filter((s) => s.time)
    .map((s) => ({
      statement: s,
      time: s.time!,
      label: `${s.subject.name} ${s.predicate.replaceAll("_", " ")} ${formatValue(s)}`,
      basis: "stated" as const,
    }))
    .sort((a, b) => a.time.from.localeCompare(b.time.from));
  return { entity: profile.entity, items };
}

/** What happened, in words: "Sousse attack killed 38 persons" (analysis labels only the date). */
function describe(item: TimelineEntry): string {
  const s = item.statement;
  if (!("subject" in s)) return item.label;
  return `${s.subject.name} ${s.predicate.replaceAll("_", " ")} ${formatValue(s)}`;
}

function ticks(from: number, to: number): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  const start = new Date(from);
  const months = (to - from) / (30 * DAY);
  if (months < 2) {
    // A short span: a tick a day, or a week.
    const every = months < 0.5 ? DAY : 7 * DAY;
    for (let t = Math.ceil(from / DAY) * DAY; t <= to; t += every) {
      out.push({ at: t, label: new Date(t).toISOString().slice(0, 10) });
    }
    return out;
  }
  const step = months <= 14 ? 1 : months <= 48 ? 3 : 12;
  const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - (start.getUTCMonth() % step), 1));
  while (d.getTime() <= to) {
    if (d.getTime() >= from)
      out.push({ at: d.getTime(), label: d.toISOString().slice(0, step === 12 ? 4 : 7) });
    d.setUTCMonth(d.getUTCMonth() + step);
  }
  return out;
}

function Chart({ items }: { items: TimelineEntry[] }) {
  const from = Math.min(...items.map((i) => time(i.time.from)));
  const to = Math.max(...items.map((i) => time(i.time.to) + DAY));
  const pad = Math.max((to - from) * 0.04, 3 * DAY);
  const lo = from - pad;
  const hi = to + pad;
  const x = (t: number) => LEFT + ((t - lo) / (hi - lo)) * (WIDTH - 2 * LEFT);
  const height = TOP + items.length * ROW + 10;
  return (
    <svg
      class="timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label="Timeline of dated statements"
    >
      {ticks(lo, hi).map((t) => (
        <g class="tick">
          <line x1={x(t.at)} x2={x(t.at)} y1={TOP - 8} y2={height} />
          <text x={x(t.at) + 3} y={TOP - 14}>
            {t.label}
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const y = TOP + i * ROW;
        const x1 = x(time(item.time.from));
        const x2 = x(time(item.time.to) + DAY);
        const point = item.time.precision === "day" && item.time.from === item.time.to;
        const textX = Math.min(point ? x1 + 10 : x2 + 6, WIDTH - 330);
        const label = describe(item);
        return (
          <g
            class={`event span-${item.time.precision} basis-${item.basis ?? "stated"}`}
            data-precision={item.time.precision}
            data-basis={item.basis ?? "stated"}
          >
            <title>
              {label} — {formatTime(item.time)} ({item.time.precision} precision,{" "}
              {BASIS[item.basis ?? "stated"]})
            </title>
            {point ? (
              <circle cx={x1} cy={y + 8} r={6} />
            ) : (
              <rect x={x1} y={y + 2} width={Math.max(x2 - x1, 4)} height={12} rx={3} />
            )}
            <text x={textX} y={y + 12}>
              {label.length > 60 ? `${label.slice(0, 59)}…` : label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function TimelineView({ id }: { id: string }) {
  const meta = useMeta();
  const [state, setState] = useState<{ data?: Timeline; error?: Error }>({});
  useEffect(() => {
    setState({});
    loadTimeline(id).then(
      (data) => setState({ data }),
      (error: Error) => setState({ error }),
    );
  }, [id]);
  const loaded = {
    data: state.data,
    error: state.error,
    loading: !state.data && !state.error,
    reload: () => {},
  };
  return (
    <Status loaded={loaded}>
      {(timeline) => (
        <section>
          <h1>
            Timeline: <EntityLink entity={timeline.entity} />
          </h1>
          <p class="muted">
            A day is a dot; a month or a year is drawn as the span it covers. A statement that gives no time
            of its own is placed at the date of the event it is about, or failing that at the date it was
            first reported, and says so. <span class="key span-day">● day</span>{" "}
            <span class="key span-month">▬ month</span> <span class="key span-year">▬ year</span>
          </p>
          {timeline.items.length === 0 ? (
            <p class="empty">No dated statements about {timeline.entity.name}.</p>
          ) : (
            <>
              <Chart items={timeline.items} />
              <table class="list">
                <thead>
                  <tr>
                    <th>When</th>
                    <th>Precision</th>
                    <th>Dated by</th>
                    <th>What</th>
                  </tr>
                </thead>
                <tbody>
                  {timeline.items.map((item) => (
                    <tr>
                      <td class="nowrap">{formatTime(item.time)}</td>
                      <td>{item.time.precision}</td>
                      <td class={`basis basis-${item.basis ?? "stated"}`}>{BASIS[item.basis ?? "stated"]}</td>
                      <td>
                        {"subject" in item.statement ? (
                          <StatementLine statement={item.statement as Statement} />
                        ) : (
                          predicateLabel(item.label, meta?.predicates)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      )}
    </Status>
  );
}
