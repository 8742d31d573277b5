/**
 * An article's keywords: what story grouping compares (see assemble/stories.ts).
 * They depend only on the article's title and lede and the language tables'
 * stop-words, so the parser works them out once per input (on the parse
 * workers, and kept in the input cache) instead of every build doing it again.
 */
import type { SiteConfig } from "../config/config.js";
import { matchKey } from "./clean.js";
import { compileStoryTables, crossFeatures, type StoryTables } from "./story-features.js";

export interface Keywords {
  /** Significant words of the title and lede, as match keys (Arabic article prefix dropped). */
  words: string[];
  /** Significant numbers, digits only (868.000 = 868,000 = 868 000 → "868000"); not years. */
  numbers: string[];
  /** Capitalised words (places, people, institutions), as match keys. */
  names: string[];
  /** Language-neutral evidence (see story-features.ts): "n:tangier", "p:tanger-med" (named, not implied), "c:port", "#500000", "q:2", "s:wrzt". */
  cross: string[];
  /** False when the text is in Arabic script. */
  latin: boolean;
}

/** What keywords are worked out with: the stop-words and the story tables, compiled once per build. */
export interface KeywordRules {
  stopwords: Set<string>;
  tables: StoryTables;
}

export function keywordRules(config: SiteConfig): KeywordRules {
  const stopwords = keywordStopwords(config);
  return { stopwords, tables: compileStoryTables(config.stories.names, config.stories.concepts, stopwords) };
}

/** A text's cross-language evidence as prefixed strings, and the words that are part of names. */
function crossKeys(text: string, tables: StoryTables): { cross: string[]; nameWords: string[] } {
  const f = crossFeatures(text, tables);
  const cross = [
    ...f.names.map((n) => n),
    ...f.specific.map((n) => `p:${n.slice(2)}`),
    ...f.concepts,
    ...f.numbers.map((n) => `#${n}`),
    ...f.small.map((n) => `q:${n}`),
    ...f.skeletons.map((k) => `s:${k}`),
  ];
  return { cross, nameWords: f.nameWords };
}

/** Short words every language uses that say nothing about an event, besides the language tables' stop-words. */
const EXTRA_STOPWORDS = ["les", "des", "une", "pour", "dans", "avec", "sur", "par", "plus", "los", "las", "del", "por", "para", "con", "una", "the", "and", "for", "with", "from", "that", "this", "after", "over"];

/** The stop-words of every language of the config, as match keys. */
export function keywordStopwords(config: SiteConfig): Set<string> {
  return new Set([...Object.values(config.languages).flatMap((l) => l.stopwords.map((w) => matchKey(w))), ...EXTRA_STOPWORDS]);
}

export function articleKeywords(article: { title: string; body: readonly string[] }, rules: KeywordRules): Keywords {
  return textKeywords(`${article.title} ${article.body[0] ?? ""}`, rules);
}

/** The keywords of a text: an article's title and lede, or a headline. */
export function textKeywords(text: string, rules: KeywordRules): Keywords {
  const { stopwords } = rules;
  const { cross, nameWords } = crossKeys(text, rules.tables);
  // Words of a name ("Royal Air Maroc", "canal de Suez") are the name's evidence, not the topic's: names are compared as names.
  const partOfName = new Set(nameWords.flatMap((w) => [w, w.replace(/^(ال|وال|بال|لل)(?=\p{L}{3})/u, "")]));
  const words = new Set<string>();
  for (const word of matchKey(text).split(" ")) {
    const w = word.replace(/^(ال|وال|بال|لل)(?=\p{L}{3})/u, "");
    if (w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w) && !partOfName.has(w) && !partOfName.has(word)) words.add(w);
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
  return { words: [...words], numbers: [...numbers], names: [...names], cross, latin: !/[\u0600-\u06FF]/.test(text) };
}
