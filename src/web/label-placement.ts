/** A point to label on a chart, in chart pixels. Higher `priority` is placed first. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  text: string;
  priority: number;
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
}

export const DEFAULTS = Object.freeze({
  /** Average glyph width at the map's 12 px font. */
  charWidth: 6.6,
  height: 13,
  /** Distance from the point to its label. */
  gap: 8,
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Greedy label placement (the "four-position model" of cartographic labelling, Christensen, Marks
 * and Shieber 1995, without the annealing): each point, most important first, takes the first of
 * right, left, above and below where its label overlaps no label already placed and stays inside
 * the chart; a point with no free position gets no label (its name stays in its tooltip). Pure.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  chart: { width: number; height: number },
  options: typeof DEFAULTS = DEFAULTS,
): Map<string, PlacedLabel | null> {
  const placed: Box[] = [];
  const out = new Map<string, PlacedLabel | null>();
  // The points themselves are obstacles too: a label must not cover another place's dot.
  const dots: Box[] = requests.map((r) => ({ left: r.x - 5, top: r.y - 5, right: r.x + 5, bottom: r.y + 5 }));
  const order = [...requests].sort(
    (a, b) => b.priority - a.priority || a.x - b.x || a.id.localeCompare(b.id),
  );
  for (const r of order) {
    const w = r.text.length * options.charWidth;
    const h = options.height;
    const g = options.gap;
    const candidates: [PlacedLabel, Box][] = [
      [
        { x: r.x + g, y: r.y + 4, anchor: "start" },
        { left: r.x + g, top: r.y - h / 2, right: r.x + g + w, bottom: r.y + h / 2 },
      ],
      [
        { x: r.x - g, y: r.y + 4, anchor: "end" },
        { left: r.x - g - w, top: r.y - h / 2, right: r.x - g, bottom: r.y + h / 2 },
      ],
      [
        { x: r.x, y: r.y - g, anchor: "middle" },
        { left: r.x - w / 2, top: r.y - g - h, right: r.x + w / 2, bottom: r.y - g },
      ],
      [
        { x: r.x, y: r.y + g + h - 2, anchor: "middle" },
        { left: r.x - w / 2, top: r.y + g, right: r.x + w / 2, bottom: r.y + g + h },
      ],
    ];
    const own = dots[requests.indexOf(r)];
    const free = candidates.find(
      ([, box]) =>
        box.left >= 0 &&
        box.top >= 0 &&
        box.right <= chart.width &&
        box.bottom <= chart.height &&
        !placed.some((p) => overlaps(p, box)) &&
        !dots.some((d) => d !== own && overlaps(d, box)),
    );
    if (free) {
      placed.push(free[1]);
      out.set(r.id, free[0]);
    } else out.set(r.id, null);
  }
  return out;
}
