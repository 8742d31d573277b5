/**
 * The headline ticker: headlines from every scraped page's ticker line, newest
 * page first, each once however it was spaced, cased or punctuated, and each
 * story once however many wordings and languages it has. A last headline that
 * the scraper cut off is dropped when another page has it whole.
 */
import type { SiteConfig } from "../config/config.js";
import type { Article, Story, TickerItem } from "../model/site.js";
import { languageDir } from "../config/language-lookup.js";
import { matchKey } from "../text/clean.js";
import { createLanguageDetector, type LanguageDetector } from "../text/detect-language.js";

/** What the ticker knows of stories (the grouping): a text's key and story, each story's versions, every key of the ticker lines. */
export interface TickerStories {
  storyOfText: ReadonlyMap<string, string>;
  stories: readonly Story[];
  keyOf(text: string): string;
  tickerKeys(): string[];
}

/** How many candidates the language tickers choose from, per item shown. */
const CANDIDATES_PER_ITEM = 4;

/**
 * `tickerOf` gives the headlines of the ticker line of an article's page, in order. The site's ticker shows each
 * story once, in the default language where a version exists; each language's ticker shows the stories that have a
 * version in that language first, in it.
 */
export function buildTicker(
  articles: readonly Article[],
  config: SiteConfig,
  tickerOf: (article: Article) => readonly string[],
  known: TickerStories,
): { ticker: TickerItem[]; tickers: Record<string, TickerItem[]> } {
  const detect = createLanguageDetector(config.languages);
  const byTitle = new Map<string, Article>();
  for (const article of articles) {
    const key = matchKey(article.title);
    if (!byTitle.has(key)) byTitle.set(key, article);
  }
  const storyById = new Map(known.stories.map((s) => [s.id, s]));
  const sortedKeys = known.tickerKeys().sort();

  // Candidates, newest page first: each headline once, each story once.
  const limit = config.tickerSize * CANDIDATES_PER_ITEM;
  const candidates: TickerItem[] = [];
  const seen = new Set<string>();
  const storiesShown = new Set<string>();
  for (const article of articles) {
    const ticker = tickerOf(article);
    const last = ticker.length - 1;
    for (let i = 0; i <= last && candidates.length < limit; i++) {
      const text = ticker[i]!;
      const key = known.keyOf(text);
      if (key === "" || seen.has(key)) continue;
      if (i === last && hasLongerVersion(key, sortedKeys)) continue;
      seen.add(key);
      const target = byTitle.get(key);
      const story = target?.story ?? known.storyOfText.get(key) ?? null;
      if (story !== null) {
        if (storiesShown.has(story)) continue;
        storiesShown.add(story);
      }
      candidates.push(tickerItem(text, target, article, story, config, detect));
    }
    if (candidates.length >= limit) break;
  }
  // A site without ticker lines (e.g. only front-matter pages) shows its newest titles instead.
  if (candidates.length === 0) {
    for (const article of articles.slice(0, limit)) {
      if (storiesShown.has(article.story)) continue;
      storiesShown.add(article.story);
      candidates.push({ text: article.title, lang: article.lang, dir: article.dir, articlePath: article.path, story: article.story });
    }
  }

  /** The item in `lang` when its story has a version in it: an article (linked) or a headline. */
  const inLanguage = (item: TickerItem, lang: string): TickerItem | undefined => {
    if (item.lang === lang) return item;
    const story = item.story === null ? undefined : storyById.get(item.story);
    if (!story) return undefined;
    const article = story.articles.find((a) => a.lang === lang);
    if (article) return { text: article.title, lang, dir: article.dir, articlePath: article.path, story: story.id };
    const headline = story.headlines.find((h) => h.lang === lang);
    return headline ? { text: headline.text, lang, dir: languageDir(lang, config), articlePath: item.articlePath, story: story.id } : undefined;
  };
  /** A headline without a page of its own links to its story's article in `lang`, or else to the story's newest. */
  const linked = (item: TickerItem, lang: string): TickerItem => {
    if (item.articlePath !== null || item.story === null) return item;
    const articles = storyById.get(item.story)?.articles ?? [];
    const path = (articles.find((a) => a.lang === lang) ?? articles[0])?.path;
    return path ? { ...item, articlePath: path } : item;
  };
  const tickerFor = (lang: string, languageFirst: boolean): TickerItem[] => {
    const translated = candidates.map((item) => inLanguage(item, lang));
    const ordered = (
      languageFirst
        ? [...translated.filter((t): t is TickerItem => t !== undefined), ...candidates.filter((_, i) => translated[i] === undefined)]
        : candidates.map((item, i) => translated[i] ?? item)
    ).map((item) => linked(item, lang));
    return (config.tickerUnlinked === "hide" ? ordered.filter((item) => item.articlePath !== null) : ordered).slice(0, config.tickerSize);
  };
  const tickers: Record<string, TickerItem[]> = {};
  for (const lang of [...new Set(articles.map((a) => a.lang))].sort()) tickers[lang] = tickerFor(lang, true);
  return { ticker: tickerFor(config.defaultLanguage, false), tickers };
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
  return next?.startsWith(key) === true;
}

function tickerItem(text: string, target: Article | undefined, page: Article, story: string | null, config: SiteConfig, detect: LanguageDetector): TickerItem {
  const detected = detect(text, 1);
  const pageIsArabic = page.dir === "rtl";
  const textIsArabic = detected === "ar";
  const lang = target?.lang ?? detected ?? (pageIsArabic === textIsArabic ? page.lang : config.defaultLanguage);
  return { text, lang, dir: languageDir(lang, config), articlePath: target?.path ?? null, story };
}
