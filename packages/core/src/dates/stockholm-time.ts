/**
 * Local date-times in Europe/Stockholm without offset ("2016-08-10T08:59:13"), as the national transport
 * format writes `signeringstidpunkt`, and the instants they stand for. Uses Intl (Node and browsers).
 */

let partsFormat: Intl.DateTimeFormat | undefined;

function stockholmParts(instant: Date): Record<string, string> {
  partsFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

/** The Stockholm wall-clock time of an instant, "YYYY-MM-DDTHH:mm:ss". */
export function stockholmDateTime(instant: Date): string {
  const p = stockholmParts(instant);
  return `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:${p['minute']}:${p['second']}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/;

/**
 * The instant (ISO 8601, UTC) of a Stockholm wall-clock time "YYYY-MM-DDTHH:mm:ss[.fff]"; undefined when the
 * text is no such time or names a time that does not exist (e.g. 2021-02-30, or 02:30 on the spring-forward
 * night). In the repeated autumn hour the earlier instant is chosen.
 */
export function instantOfStockholmDateTime(local: string): string | undefined {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = match[7] ? Math.round(Number(`0${match[7]}`) * 1000) : 0;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const wanted = local.slice(0, 19);
  // Stockholm is UTC+1 or UTC+2: try both offsets, the larger first (the earlier instant).
  for (const offsetHours of [2, 1]) {
    const instant = new Date(asUtc - offsetHours * 3_600_000);
    if (stockholmDateTime(instant) === wanted) return instant.toISOString();
  }
  return undefined;
}
