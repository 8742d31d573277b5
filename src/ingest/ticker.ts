/**
 * The ticker line at the top of a scraped page: other headlines separated by
 * runs of four or more whitespace characters (in real dumps usually no-break
 * spaces), or by two or more tabs. Runs of eight or more mark empty slots, which are dropped; the last
 * headline may be cut off mid-word and is kept as it is.
 */
import { cleanLine, stripInvisible } from "../text/clean.js";

/**
 * Four or more whitespace characters in a row (\s covers U+00A0, U+2000–U+200A, U+202F and U+3000), or
 * two tabs with at most whitespace between: scrapers that keep a page's cells as tabs write two or three,
 * and no headline holds two tabs.
 */
const SEPARATOR = /\s{4,}|\t\s*\t/u;

/** True when a line holds more than one headline, i.e. has a separator run between text. */
export function isTickerLine(rawLine: string): boolean {
  const trimmed = rawLine.trim();
  // Zero-width characters can hide inside a separator run; look again without them only if needed.
  return SEPARATOR.test(trimmed) || (trimmed.length > 8 && SEPARATOR.test(stripInvisible(trimmed).trim()));
}

export function splitTicker(rawLine: string): string[] {
  return stripInvisible(rawLine)
    .split(SEPARATOR)
    .map(cleanLine)
    .filter((headline) => headline !== "" && /[\p{L}\p{N}]/u.test(headline));
}
