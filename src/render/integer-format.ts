/**
 * How a language writes whole numbers, as data a page's script can format counts with: its ten digits, its group
 * separator, and from how many digits it groups (Spanish writes 1234 but 12.345).
 *
 * The search page says how many results it found. Formatting that count with Intl.NumberFormat costs a browser
 * 50–90 ms the first time (its locale data loads), a long task that held the page's main thread as results
 * arrived. The build measures the language's format once, here, with Intl.NumberFormat itself, and hands it to the
 * page; where groups of three do not reproduce that format (Indian grouping, say), the page gets none and falls
 * back to Intl.NumberFormat.
 */
export interface IntegerFormat {
  /** The ten digits, 0 to 9, as the language writes them ("0123456789", "٠١٢٣٤٥٦٧٨٩"). */
  digits: string[];
  /** Between groups of three digits: " " (a narrow no-break space) in French, "," in English. */
  group: string;
  /** The fewest digits a number has before it is grouped, less three: 1 (1 234), 2 in Spanish (1234, 12.345). */
  minimumGrouping: number;
}

/** Numbers the measured format must write as Intl.NumberFormat does, or it is not used. */
const SAMPLES = [0, 7, 42, 999, 1000, 1234, 9999, 10_000, 12_345, 123_456, 1_234_567, 98_765_432, 1_000_000_000];

export function integerFormat(lang: string): IntegerFormat | null {
  let intl: Intl.NumberFormat;
  try {
    intl = new Intl.NumberFormat(lang);
  } catch {
    return null;
  }
  const digits = Array.from({ length: 10 }, (_, d) => intl.format(d));
  const group = intl.formatToParts(1_234_567).find((p) => p.type === "group")?.value ?? "";
  const minimumGrouping = intl.formatToParts(1234).some((p) => p.type === "group") ? 1 : 2;
  const format = { digits, group, minimumGrouping };
  return SAMPLES.every((n) => formatInteger(n, format) === intl.format(n)) ? format : null;
}

/** A whole number of zero or more in the format (what public/search.js does with it, written once more there). */
export function formatInteger(n: number, format: IntegerFormat): string {
  const plain = String(Math.trunc(Math.abs(n)));
  const grouped = format.group && plain.length >= 3 + format.minimumGrouping ? plain.replace(/\B(?=(\d{3})+$)/g, "_") : plain;
  return grouped.replace(/[0-9_]/g, (c) => (c === "_" ? format.group : format.digits[Number(c)]!));
}
