/**
 * Converts a PDF date string (PDF 32000-1 §7.9.4: `D:YYYYMMDDHHmmSSOHH'mm'`, every part after the
 * year optional) to an ISO 8601 string with no more precision than the PDF gave:
 * `D:20150627` → `2015-06-27`; `D:20150627103000+01'00'` → `2015-06-27T10:30:00+01:00`.
 * A time without a zone stays zone-less rather than being read as UTC. Returns undefined for
 * anything that is not a plausible date, since a broken producer field is no reason to refuse a file.
 */
const PDF_DATE =
  /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(?:(\d{2})'?)?)?\s*$/;

export function pdfDateToIso(value: string | undefined): string | undefined {
  const match = value === undefined ? null : PDF_DATE.exec(value.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, zulu, sign, zoneHour, zoneMinute] = match;
  const y = Number(year);
  if (y < 1000) return undefined;
  if (!inRange(month, 1, 12) || !inRange(day, 1, daysIn(y, Number(month ?? 1)))) return undefined;
  if (!inRange(hour, 0, 23) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) return undefined;
  if (!inRange(zoneHour, 0, 23) || !inRange(zoneMinute, 0, 59)) return undefined;
  let iso = year!;
  if (month === undefined) return iso;
  iso += `-${month}`;
  if (day === undefined) return iso;
  iso += `-${day}`;
  if (hour === undefined) return iso;
  iso += `T${hour}:${minute ?? "00"}:${second ?? "00"}`;
  if (zulu) return `${iso}Z`;
  if (sign) iso += `${sign}${zoneHour}:${zoneMinute ?? "00"}`;
  return iso;
}

function inRange(part: string | undefined, min: number, max: number): boolean {
  if (part === undefined) return true;
  const n = Number(part);
  return n >= min && n <= max;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
