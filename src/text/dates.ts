/**
 * Dates for feeds and metadata. Articles carry a day (YYYY-MM-DD); their moment
 * is midnight of that day in the site's time zone. RSS wants RFC 822, Atom,
 * JSON Feed, sitemaps and schema.org want RFC 3339.
 */

/** A moment and the time zone's offset from UTC there, in minutes. */
export interface Moment {
  /** Milliseconds since the epoch. */
  instant: number;
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The time zone's offset from UTC at an instant, in minutes (Casablanca in summer: +60). */
export function offsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  // (Not Date.UTC, which reads a year under 100 as 1900 and more.)
  const local = new Date(0);
  local.setUTCFullYear(parts.year!, parts.month! - 1, parts.day!);
  local.setUTCHours(parts.hour!, parts.minute!, parts.second!);
  return Math.round((local.getTime() - Math.floor(instant / 1000) * 1000) / 60000);
}

/** The calendar day (YYYY-MM-DD) of an instant in the time zone. */
export function dayAt(instant: number, timeZone: string): string {
  return new Date(instant + offsetAt(instant, timeZone) * 60_000).toISOString().slice(0, 10);
}

const dayCache = new Map<string, Moment>();

/** Midnight at the start of a YYYY-MM-DD day in the time zone. */
export function startOfDay(isoDate: string, timeZone: string): Moment {
  const key = `${isoDate}|${timeZone}`;
  const cached = dayCache.get(key);
  if (cached) return cached;
  const [y, m, d] = isoDate.split("-").map(Number);
  const utcMidnight = Date.UTC(y!, m! - 1, d!);
  let offset = offsetAt(utcMidnight, timeZone);
  let instant = utcMidnight - offset * 60000;
  // Across a daylight-saving change the offset at the real instant can differ from the first guess.
  const corrected = offsetAt(instant, timeZone);
  if (corrected !== offset) {
    offset = corrected;
    instant = utcMidnight - offset * 60000;
  }
  const moment = { instant, offsetMinutes: offset };
  dayCache.set(key, moment);
  return moment;
}

/** A moment given on the command line: "2020-10-03" (midnight in the zone) or an ISO date-time. */
export function parseMoment(text: string, timeZone: string): Moment | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : startOfDay(text, timeZone);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  const instant = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(instant) ? undefined : { instant, offsetMinutes: offsetAt(instant, timeZone) };
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** Local wall-clock fields of a moment. */
function local(m: Moment): Date {
  return new Date(m.instant + m.offsetMinutes * 60000);
}

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** RFC 822 (as RSS 2.0 uses it, four-digit year): "Wed, 30 Sep 2020 00:00:00 +0100". */
export function rfc822(m: Moment): string {
  const t = local(m);
  return `${DAYS[t.getUTCDay()]}, ${pad(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${offsetText(m.offsetMinutes, "")}`;
}

/** RFC 3339: "2020-09-30T00:00:00+01:00" ("Z" for UTC). */
export function rfc3339(m: Moment): string {
  const t = local(m);
  const zone = m.offsetMinutes === 0 ? "Z" : offsetText(m.offsetMinutes, ":");
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}${zone}`;
}

/** When an article was published: its moment when the input gave a time of day, else midnight of its day in the zone. */
export function publishedMoment(article: { date: string; published?: string }, timeZone: string): Moment {
  if (article.published) {
    const instant = Date.parse(article.published);
    if (!Number.isNaN(instant)) return { instant, offsetMinutes: offsetAt(instant, timeZone) };
  }
  return startOfDay(article.date, timeZone);
}
