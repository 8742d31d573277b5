/**
 * The headline ticker: headlines from every scraped page's ticker line, newest
 * page first, each once however it was spaced, cased or punctuated, and each
 * story once however many wordings and languages it has. A last headline that
 * the scraper cut off is dropped when another page has it whole.
 *
 * The ticker comes in editions: the ticker as the site showed it at the end of a day, made from that day's
 * pages and older ones only — one for each day of the newest article's month, and one for each earlier month
 * (as the month ended). A page shows the edition of its day (see render/views.ts), so a crawl that adds
 * today's pages changes today's pages' ticker, not the archive's: a build's cost follows what changed. (When
 * a month begins, the last month's pages move to its monthly edition, once.) A few dozen editions, not one a
 * day of the archive: each is made, keyed and rendered in every language. The newest edition is the site's
 * ticker (`Site.ticker`, `Site.tickers`).
 */
import type { SiteConfig } from "../config/config.js";
import type { Article, Story, TickerEdition, TickerItem } from "../model/site.js";
import { languageDir } from "../config/language-lookup.js";
import { matchKey } from "../text/clean.js";
import { createLanguageDetector } from "../text/detect-language.js";

/** What the ticker knows of stories (the grouping): a text's key and its story on a day, each story's versions, every key of the ticker lines. */
export interface TickerStories {
  /** The story of a text's member nearest a day: null when it stands alone, undefined when it is no member. */
  storyOn(key: string, date: string): string | null | undefined;
  stories: readonly Story[];
  keyOf(text: string): string;
  tickerKeys(): Iterable<string>;
}

/**
 * The key of the edition a day's pages show: the day itself in the month of the newest article (`newestDay`),
 * else its month ("YYYY-MM"). An edition's key is its own key.
 */
export function editionKeyOf(day: string, newestDay: string): string {
  const month = day.slice(0, 7);
  return month === newestDay.slice(0, 7) ? day : month;
}

/** How many candidates the language tickers choose from, per item shown. */
const CANDIDATES_PER_ITEM = 4;

/**
 * `tickerOf` gives the headlines of the ticker line of an article's page, in order; `articles` are newest first.
 * Each edition's site ticker shows each story once, in the default language where a version exists; each
 * language's ticker shows the stories that have a version in that language first, in it. Editions newest first.
 */
export function buildTickerEditions(
  articles: readonly Article[],
  config: SiteConfig,
  tickerOf: (article: Article) => readonly string[],
  known: TickerStories,
): TickerEdition[] {
  const detect = createLanguageDetector(config.languages);
  const detections = new Map<string, string | undefined>();
  const detectOnce = (text: string) => {
    if (!detections.has(text)) detections.set(text, detect(text, 1));
    return detections.get(text);
  };
  // Articles by title, newest first: an edition links a headline to the newest one of its day or before.
  const byTitle = new Map<string, Article[]>();
  for (const article of articles) {
    const key = matchKey(article.title);
    const same = byTitle.get(key);
    if (same) same.push(article);
    else byTitle.set(key, [article]);
  }
  const storyById = new Map(known.stories.map((s) => [s.id, s]));
  const hasLongerVersion = longerVersions(known.tickerKeys());
  const languages = [...new Set(articles.map((a) => a.lang))].sort();
  const limit = config.tickerSize * CANDIDATES_PER_ITEM;

  /** The edition `key` as of the day of `articles[start]`: made from it and the articles after it (the older ones). */
  const editionFrom = (key: string, start: number): TickerEdition => {
    const day = articles[start]!.date;
    const onOrBefore = (a: Article) => a.date <= day;
    // Candidates, newest page first: each headline once, each story once.
    const candidates: TickerItem[] = [];
    const seen = new Set<string>();
    const storiesShown = new Set<string>();
    for (let at = start; at < articles.length && candidates.length < limit; at++) {
      const page = articles[at]!;
      const ticker = tickerOf(page);
      const last = ticker.length - 1;
      for (let i = 0; i <= last && candidates.length < limit; i++) {
        const text = ticker[i]!;
        const key = known.keyOf(text);
        if (key === "" || seen.has(key)) continue;
        if (i === last && hasLongerVersion(key)) continue;
        seen.add(key);
        const target = byTitle.get(key)?.find(onOrBefore);
        // (The story of the text as seen that day: a headline seen again weeks later may be in another.)
        const ofDay = known.storyOn(key, page.date);
        const story = ofDay !== undefined ? ofDay : (target?.story ?? null);
        if (story !== null) {
          if (storiesShown.has(story)) continue;
          storiesShown.add(story);
        }
        const detected = detectOnce(text);
        const lang = target?.lang ?? detected ?? ((page.dir === "rtl") === (detected === "ar") ? page.lang : config.defaultLanguage);
        candidates.push({ text, lang, dir: languageDir(lang, config), articlePath: target?.path ?? null, story });
      }
    }
    // A site without ticker lines (e.g. only front-matter pages) shows its newest titles instead.
    if (candidates.length === 0) {
      for (const article of articles.slice(start, start + limit)) {
        if (storiesShown.has(article.story)) continue;
        storiesShown.add(article.story);
        candidates.push({ text: article.title, lang: article.lang, dir: article.dir, articlePath: article.path, story: article.story });
      }
    }

    /** The item in `lang` when its story has a version in it as of the day: an article (linked) or a headline. */
    const inLanguage = (item: TickerItem, lang: string): TickerItem | undefined => {
      if (item.lang === lang) return item;
      const story = item.story === null ? undefined : storyById.get(item.story);
      if (!story) return undefined;
      const article = story.articles.find((a) => a.lang === lang && onOrBefore(a));
      if (article) return { text: article.title, lang, dir: article.dir, articlePath: article.path, story: story.id };
      const headline = story.headlines.find((h) => h.lang === lang);
      return headline ? { text: headline.text, lang, dir: languageDir(lang, config), articlePath: item.articlePath, story: story.id } : undefined;
    };
    /** A headline without a page of its own links to its story's article in `lang`, or else to the story's newest (of the day or before). */
    const linked = (item: TickerItem, lang: string): TickerItem => {
      if (item.articlePath !== null || item.story === null) return item;
      const articles = (storyById.get(item.story)?.articles ?? []).filter(onOrBefore);
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
    for (const lang of languages) tickers[lang] = tickerFor(lang, true);
    return { key, day, ticker: tickerFor(config.defaultLanguage, false), tickers };
  };

  const editions: TickerEdition[] = [];
  const newestDay = articles[0]?.date ?? "";
  let last = "";
  for (let start = 0; start < articles.length; start++) {
    const key = editionKeyOf(articles[start]!.date, newestDay);
    if (key !== last) editions.push(editionFrom(key, start));
    last = key;
  }
  return editions;
}

/** Keys shorter than this are rare among the texts of ticker lines: those few are looked up in all keys, sorted. */
const PREFIX = 12;

/**
 * Whether some other key starts with a key: it is a cut-off copy. The keys are put in buckets by their first PREFIX
 * characters, so that a site's hundred thousand keys need no sorting; a shorter key is looked for among all keys,
 * sorted once when first needed.
 */
export function longerVersions(keys: Iterable<string>): (key: string) => boolean {
  const buckets = new Map<string, string[]>();
  const all: string[] = [];
  for (const key of keys) {
    all.push(key);
    if (key.length < PREFIX) continue;
    const prefix = key.slice(0, PREFIX);
    const bucket = buckets.get(prefix);
    if (bucket) bucket.push(key);
    else buckets.set(prefix, [key]);
  }
  let sorted: string[] | undefined;
  return (key) => {
    if (key.length >= PREFIX) return buckets.get(key.slice(0, PREFIX))?.some((other) => other.length > key.length && other.startsWith(key)) === true;
    sorted ??= all.sort();
    // The first key after this one in order: it starts with this one if any does.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= key) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo]?.startsWith(key) === true;
  };
}
