/**
 * Dates as feeds write them: RFC 822 in RSS ("Wed, 30 Sep 2020 09:00:00 GMT", "30 Sep 20 10:30 +0100"),
 * RFC 3339 in Atom and JSON Feed ("2020-09-30T09:00:00+01:00", "2020-09-30"). Read here rather than by
 * `Date.parse`, which turns the year "0000" into 2000 and accepts almost anything. A two-digit year is read
 * as RFC 2822 says (00–49: 20xx, 50–99: 19xx); a four-digit one as written, so year 0000 stays impossible.
 */

/** Zone names RFC 822 allows, as offsets in minutes. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  // Not RFC 822's, but what the region's feeds write.
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  WAT: 60,
  EET: 120,
  EEST: 180,
};
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?$/;
const RFC822 =
  /^(?:[A-Za-z]{2,9},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*\.?[\s-]+(\d{4}|\d{2})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})?)?$/;

/** The instant a feed date names, in milliseconds since the epoch; undefined when it is not a date one can trust. */
export function parseFeedDate(text: string): number | undefined {
  // "… +0100 (CET)": the comment adds nothing to the offset.
  const t = text.trim().replace(/\s*\([^)]*\)$/, "");
  const iso = RFC3339.exec(t);
  if (iso) return instant(+iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0), iso[7] ?? "Z");
  const rfc = RFC822.exec(t);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    const year = rfc[3]!.length === 2 ? (+rfc[3]! < 50 ? 2000 : 1900) + +rfc[3]! : +rfc[3]!;
    return month === 0 ? undefined : instant(year, month, +rfc[1]!, +(rfc[4] ?? 0), +(rfc[5] ?? 0), +(rfc[6] ?? 0), rfc[7] ?? "GMT");
  }
  // Anything else ("September 30, 2020 09:00"): the platform's reading, trusted only when it kept the written four-digit year.
  const written = /\b(\d{4})\b/.exec(t);
  const parsed = Date.parse(t);
  return written && !Number.isNaN(parsed) && new Date(parsed).getUTCFullYear() === +written[1]! ? parsed : undefined;
}

function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const offset = zoneOffset(zone);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, Math.min(second, 59), 0);
  // 31 February is not 3 March.
  if (utc.getUTCDate() !== day && hour < 24) return undefined;
  return utc.getTime() - offset * 60000;
}

function zoneOffset(zone: string): number {
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (+numeric[2]! * 60 + +numeric[3]!);
  // An unknown zone name is read as GMT: the day may be off by one near midnight, but the item is kept.
  return ZONES[zone.toUpperCase()] ?? 0;
}
