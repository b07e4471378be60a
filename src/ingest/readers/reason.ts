/**
 * Turns whatever a parsing library threw into a short, single-line reason to put in brackets after
 * a Tessera message: `report.pdf: not a readable PDF (Invalid PDF structure)`. Library messages can
 * span lines or carry stack-like detail; a user-facing message must stay one line.
 */
const MAX_REASON = 160;

export function reasonOf(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const line = raw.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  if (line === "") return error instanceof Error ? error.name : "unknown error";
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line;
}

/** `1.5 MiB`, `200 MiB`, `512 bytes`: sizes in messages, in binary units as the limits are set. */
export function formatBytes(bytes: number): string {
  const units = ["KiB", "MiB", "GiB", "TiB"];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes;
  let unit = "bytes";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  const shown = value.toFixed(1).replace(/\.0$/, "");
  return `${shown} ${unit}`;
}
