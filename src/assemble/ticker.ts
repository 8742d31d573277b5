/**
 * The headline ticker: headlines from every scraped page's ticker line, newest
 * page first, each once however it was spaced, cased or punctuated. A last
 * headline that the scraper cut off is dropped when another page has it whole.
 */
import type { SiteConfig } from "../config/config.js";
import type { Article, TickerItem } from "../model/site.js";
import { languageDir } from "../config/language-lookup.js";
import { matchKey as matchKeyOf } from "../text/clean.js";
import { createLanguageDetector, type LanguageDetector } from "../text/detect-language.js";

/** `tickerOf` gives the headlines of the ticker line of an article's page, in order. */
export function buildTicker(articles: readonly Article[], config: SiteConfig, tickerOf: (article: Article) => readonly string[]): TickerItem[] {
  const detect = createLanguageDetector(config.languages);
  // The same headline stands in the tickers of thousands of pages: key each text once.
  const keys = new Map<string, string>();
  const matchKey = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) {
      key = matchKeyOf(text);
      keys.set(text, key);
    }
    return key;
  };
  const byTitle = new Map<string, Article>();
  for (const article of articles) {
    const key = matchKey(article.title);
    if (!byTitle.has(key)) byTitle.set(key, article);
  }

  const allKeys = new Set<string>();
  for (const article of articles) for (const headline of tickerOf(article)) allKeys.add(matchKey(headline));
  const sortedKeys = [...allKeys].sort();

  const items: TickerItem[] = [];
  const seen = new Set<string>();
  // A story is shown once: its other versions are one click away on the article page ("also covered by").
  const storiesShown = new Set<string>();
  for (const article of articles) {
    const ticker = tickerOf(article);
    const last = ticker.length - 1;
    for (let i = 0; i <= last && items.length < config.tickerSize; i++) {
      const text = ticker[i]!;
      const key = matchKey(text);
      if (key === "" || seen.has(key)) continue;
      if (i === last && hasLongerVersion(key, sortedKeys)) continue;
      seen.add(key);
      const target = byTitle.get(key);
      if (target) {
        if (storiesShown.has(target.story)) continue;
        storiesShown.add(target.story);
      }
      items.push(tickerItem(text, target, article, config, detect));
    }
    if (items.length >= config.tickerSize) break;
  }

  // A site without ticker lines (e.g. only front-matter pages) shows its newest titles instead.
  if (items.length === 0) {
    for (const article of articles.slice(0, config.tickerSize)) {
      items.push({ text: article.title, lang: article.lang, dir: article.dir, articlePath: article.path, story: article.story });
    }
  }
  return items;
}

/** True when some other headline starts with this one: it is a cut-off copy. */
function hasLongerVersion(key: string, sortedKeys: readonly string[]): boolean {
  let lo = 0;
  let hi = sortedKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedKeys[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  const next = sortedKeys[lo];
  return next !== undefined && next.startsWith(key);
}

function tickerItem(text: string, target: Article | undefined, page: Article, config: SiteConfig, detect: LanguageDetector): TickerItem {
  const detected = detect(text, 1);
  const pageIsArabic = page.dir === "rtl";
  const textIsArabic = detected === "ar";
  const lang = target?.lang ?? detected ?? (pageIsArabic === textIsArabic ? page.lang : config.defaultLanguage);
  return { text, lang, dir: languageDir(lang, config), articlePath: target?.path ?? null, story: target?.story ?? null };
}
