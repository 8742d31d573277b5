/**
 * An article's keywords: what story grouping compares (see assemble/stories.ts).
 * They depend only on the article's title and lede and the language tables'
 * stop-words, so the parser works them out once per input (on the parse
 * workers, and kept in the input cache) instead of every build doing it again.
 */
import type { SiteConfig } from "../config/config.js";
import { matchKey } from "./clean.js";

export interface Keywords {
  /** Significant words of the title and lede, as match keys (Arabic article prefix dropped). */
  words: string[];
  /** Significant numbers, digits only (868.000 = 868,000 = 868 000 → "868000"); not years. */
  numbers: string[];
  /** Capitalised words (places, people, institutions), as match keys. */
  names: string[];
  /** False when the text is in Arabic script. */
  latin: boolean;
}

/** Short words every language uses that say nothing about an event, besides the language tables' stop-words. */
const EXTRA_STOPWORDS = ["les", "des", "une", "pour", "dans", "avec", "sur", "par", "plus", "los", "las", "del", "por", "para", "con", "una", "the", "and", "for", "with", "from", "that", "this", "after", "over"];

/** The stop-words of every language of the config, as match keys. */
export function keywordStopwords(config: SiteConfig): Set<string> {
  return new Set([...Object.values(config.languages).flatMap((l) => l.stopwords.map((w) => matchKey(w))), ...EXTRA_STOPWORDS]);
}

export function articleKeywords(article: { title: string; body: readonly string[] }, stopwords: ReadonlySet<string>): Keywords {
  const text = `${article.title} ${article.body[0] ?? ""}`;
  const words = new Set<string>();
  for (const word of matchKey(text).split(" ")) {
    const w = word.replace(/^(ال|وال|بال|لل)(?=\p{L}{3})/u, "");
    if (w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w)) words.add(w);
  }
  const numbers = new Set<string>();
  for (const m of text.matchAll(/\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+|\d{3,}/g)) {
    const n = m[0].replace(/[.,\s\u00a0\u202f]/g, "");
    const value = Number(n);
    if (value >= 100 && !(n.length === 4 && value >= 1900 && value <= 2100)) numbers.add(n);
  }
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\s(«"“]|^)(\p{Lu}[\p{Ll}\p{M}]{3,})/gu)) {
    const name = matchKey(m[1]!);
    if (!stopwords.has(name)) names.add(name);
  }
  return { words: [...words], numbers: [...numbers], names: [...names], latin: !/[\u0600-\u06FF]/.test(text) };
}
