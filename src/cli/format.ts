import type { Statement, TimeInterval } from "../model/index.js";

/** Renders rows as an aligned plain-text table; long cells are cut with an ellipsis. */
export function table(
  headers: string[],
  rows: (string | number | null | undefined)[][],
  maxWidth = 60,
): string {
  const cells = rows.map((r) =>
    r.map((c) => {
      const s = c === null || c === undefined ? "" : String(c).replace(/\s+/g, " ");
      return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
    }),
  );
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

export function formatTime(time: TimeInterval | null): string {
  if (!time) return "";
  const shown =
    time.precision === "day"
      ? time.from
      : time.precision === "month"
        ? time.from.slice(0, 7)
        : time.from.slice(0, 4);
  return time.from === time.to || time.precision !== "day"
    ? `${shown} (${time.precision})`
    : `${time.from}…${time.to}`;
}

export function formatValue(s: Statement): string {
  if (s.object) return s.object.name;
  const bound = s.bound === "at_least" ? "≥" : s.bound === "at_most" ? "≤" : "";
  const unit = s.unit ? ` ${s.unit}` : "";
  return `${bound}${s.value ?? ""}${unit}`;
}

/** One line per statement: `Subject  predicate  object  [time]  cred 3  2 sources`. */
export function statementLine(s: Statement): string {
  const role = s.role ? ` (${s.role})` : "";
  const time = s.time ? ` [${formatTime(s.time)}]` : "";
  return `${s.subject.name} —${s.predicate}→ ${formatValue(s)}${role}${time}  · credibility ${s.credibility}, ${s.evidence.length} evidence`;
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
