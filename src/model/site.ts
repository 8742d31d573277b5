/**
 * The assembled site: what assemble hands to plan and render. Plain data; the
 * articles are sorted newest first everywhere.
 */
import type { SiteConfig } from "../config/config.js";
import type { SourceStatus } from "./source-status.js";
import type { ParsedArticle } from "./article.js";

/**
 * An article of the site. The parse-only fields stay with the parsed article: its page's ticker
 * line went into the site's ticker and its keywords into the stories, so the site does not hold them.
 */
export interface Article extends Omit<ParsedArticle, "ticker" | "keywords"> {
  /** Writing direction of the article's language. */
  dir: "ltr" | "rtl";
  /** Key of its source in `Site.sources`. */
  sourceKey: string;
  /** Site path of its page, "/2020/09/30/barlamane/le-port-de-tanger/" (not percent-encoded). */
  path: string;
  /** The input files this article was made from: one, or several when duplicates were merged (richest first). */
  mergedFrom: string[];
  /** Id of the story it belongs to (see Site.stories). */
  story: string;
}

/** Articles and ticker headlines about the same event, from several sources and languages. */
export interface Story {
  /** Stable id: the permalink path of its oldest article. */
  id: string;
  /** Its articles, newest first. */
  articles: Article[];
  /** Its ticker headlines that are not an article's title, first seen first. */
  headlines: StoryHeadline[];
}

/** A headline of a ticker line: its text and language. */
export interface StoryHeadline {
  text: string;
  lang: string;
}

/** A ticker headline of the site, with its story, and the first and last day of the stretch it was seen over. */
export interface SiteHeadline extends StoryHeadline {
  story: string | null;
  first: string | null;
  last: string | null;
}

export interface Source {
  /** Matching key: the name however it was cased or spaced. */
  key: string;
  /** Display name: the spelling most articles use. */
  name: string;
  slug: string;
  /** Site path of its page, "/sources/barlamane/". */
  path: string;
  /** The publisher's home page, when some article said it. */
  homepage: string | null;
  /** The language most of its articles are in: its page's and its feed's (ties: the config's language order). */
  lang: string;
  articles: Article[];
}

export interface LanguageSection {
  code: string;
  dir: "ltr" | "rtl";
  /** Site path of its front, "/fr/". */
  path: string;
  articles: Article[];
}

/** A tag's page: its articles, newest first. */
export interface TagSection {
  /** The spelling most of its articles use. */
  name: string;
  slug: string;
  /** Site path, "/tags/economie/". */
  path: string;
  articles: Article[];
}

export interface MonthArchive {
  year: number;
  month: number;
  /** Site path, "/2020/09/". */
  path: string;
  articles: Article[];
}

export interface TickerItem {
  text: string;
  lang: string;
  dir: "ltr" | "rtl";
  /** Site path of the article with this title, when the site has it. */
  articlePath: string | null;
  /** The story of that article, when the site has it. */
  story: string | null;
}

/** The ticker as the site showed it at the end of a day: made from the pages of that day and older ones. */
export interface TickerEdition {
  /** The day (YYYY-MM-DD) or month (YYYY-MM) whose pages show it: see assemble/ticker.ts. */
  key: string;
  /** The day it is as of (its newest article's): YYYY-MM-DD. */
  day: string;
  /** The ticker of pages in the site's default language. */
  ticker: TickerItem[];
  /** The ticker of each language's pages. */
  tickers: Record<string, TickerItem[]>;
}

export interface Site {
  config: SiteConfig;
  articles: Article[];
  sources: Source[];
  languages: LanguageSection[];
  months: MonthArchive[];
  /** Tags that articles carry, each with its page; sorted by slug. */
  tags: TagSection[];
  /** For an article, others on the same topic (see assemble/topics.ts), best first. */
  topics: Map<Article, Article[]>;
  stories: Story[];
  /**
   * Every distinct ticker headline that is not an article's title, with its story id (null when it stands alone): once
   * for each stretch of days it was seen (`first` to `last`, YYYY-MM-DD; null for a text that is no member: see
   * assemble/stories.ts).
   */
  headlines: SiteHeadline[];
  /** The site's ticker now (the newest edition): on pages in the site's default language (home, sources, archives). */
  ticker: TickerItem[];
  /** The ticker of each language's pages: that language's headlines first, each story once, in that language where it can be. */
  tickers: Record<string, TickerItem[]>;
  /**
   * The ticker as of each day of the newest month and each earlier month, newest first (the first is `ticker`
   * and `tickers`): an article's page shows its day's, a listing page its newest article's (see assemble/ticker.ts).
   */
  tickerEditions: TickerEdition[];
  /** What `kiosk fetch` last recorded for each configured source, by name; empty when it never ran. */
  sourceHealth: SourceStatus[];
  /** The newest article's date (YYYY-MM-DD), or null for an empty site: the feed's lastBuildDate, never the clock. */
  updated: string | null;
}
