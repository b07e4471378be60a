import type { Statement, TimeInterval } from "./api.js";

/** A fuzzy date as an analyst writes it: 2015-06-26, 2015-06 (month) or 2015 (year). */
export function formatTime(time: TimeInterval | null): string {
  if (!time) return "";
  if (time.precision === "month") return time.from.slice(0, 7);
  if (time.precision === "year") return time.from.slice(0, 4);
  return time.from === time.to ? time.from : `${time.from} – ${time.to}`;
}

export function formatValue(s: Pick<Statement, "object" | "value" | "bound" | "unit">): string {
  if (s.object) return s.object.name;
  const bound = s.bound === "at_least" ? "at least " : s.bound === "at_most" ? "at most " : "";
  return `${bound}${s.value ?? ""}${s.unit ? ` ${s.unit}` : ""}`;
}

export function predicateLabel(predicate: string, labels?: Record<string, string>): string {
  return labels?.[predicate] ?? predicate.replaceAll("_", " ");
}
