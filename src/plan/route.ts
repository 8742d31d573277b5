/**
 * A route: one page, feed or machine-readable file the site will have, with
 * its path and the data it is made from. Plan makes them; render turns each
 * into a file.
 */
import type { Article, LanguageSection, MonthArchive, Source, TagSection } from "../model/site.js";

/**
 * A source, language, month or tag as a route holds it: without its list of articles (a page shows the
 * articles its route lists, and a page's key hashes its route whole; see incremental/route-keys.ts).
 */
export type SectionOf<T extends { articles: Article[] }> = Omit<T, "articles">;

export interface Pagination {
  /** The list's first page: its own path, its newest articles. */
  first: boolean;
  /**
   * The page's number and how many there are, as readers see them ("Page 2 of 9"); null on a page of an archive
   * numbered from the oldest (see paginate in plan.ts), which readers see by its dates.
   */
  page: number | null;
  pages: number | null;
  /** Site paths of the neighbouring pages: the newer one, the older one. */
  previous: string | null;
  next: string | null;
}

export type ListKind = "home" | "language" | "source" | "month" | "tag";
export type FeedFormat = "rss" | "atom" | "json";

export interface FeedRoute {
  kind: "feed";
  format: FeedFormat;
  path: string;
  title: string;
  description: string;
  /** The feed's language; null for a feed of several languages (each item says its own). */
  lang: string | null;
  /** Site path of the page the feed belongs to. */
  homePath: string;
  articles: Article[];
}

/** A URL of the sitemap: a site path and the date its content last changed. */
export interface SitemapEntry {
  path: string;
  lastmod: string | null;
}

/** A story as a front shows it: its headline version, and one version per source that covered it. */
export interface StoryCard {
  id: string;
  /** The version the card's headline and link are: in the front's language where one exists, else the newest. */
  lead: Article;
  /** One article per source (the front's language first, then the newest), the lead among them. */
  versions: Article[];
  /** Languages the story was told in: its articles' and its headlines'. */
  languages: string[];
}

export type PageRoute =
  | {
      kind: "list";
      path: string;
      list: ListKind;
      articles: Article[];
      pagination: Pagination;
      language?: SectionOf<LanguageSection>;
      source?: SectionOf<Source>;
      month?: SectionOf<MonthArchive>;
      tag?: SectionOf<TagSection>;
      /** On the first page of home and of a language front: the top stories, the lead first. */
      stories?: StoryCard[];
    }
  /** An article page: `related` are more from its source, `alsoCovered` the rest of its story, `topical` others on the same topic. */
  | { kind: "article"; path: string; article: Article; related: Article[]; alsoCovered: Article[]; topical: Article[] }
  /** The index of sources and the archives: the site's, and one in each other language's interface (`lang`). */
  | { kind: "sources"; path: string; lang?: string }
  | { kind: "archives"; path: string; lang?: string }
  | { kind: "search"; path: string; lang: string }
  | { kind: "sources-health"; path: string }
  | { kind: "not-found"; path: string };

export type Route =
  | PageRoute
  | FeedRoute
  | { kind: "sitemap-index"; path: string; sitemaps: SitemapEntry[] }
  | { kind: "sitemap"; path: string; entries: SitemapEntry[] }
  | { kind: "news-sitemap"; path: string; articles: Article[] }
  | { kind: "robots"; path: string; sitemaps: string[] }
  /** The newest ticker of a language's pages, for the ticker script (see render/views.ts). */
  | { kind: "ticker"; path: string; lang: string };

/** An article or listing page: made from its route and the site-wide data (see plan/site-wide.ts). */
export type ArticleOrListRoute = Extract<PageRoute, { kind: "article" | "list" }>;
/** The site's own pages: each shows something of the whole site (every source, month…), so it is keyed by its view, not its route. */
export type SitePageRoute = Exclude<PageRoute, ArticleOrListRoute>;

const SITE_PAGE_KINDS: Record<string, true> = { sources: true, archives: true, search: true, "sources-health": true, "not-found": true } satisfies Record<
  SitePageRoute["kind"],
  true
>;

export function isSitePage(route: Route): route is SitePageRoute {
  return SITE_PAGE_KINDS[route.kind] === true;
}

export function isPage(route: Route): route is PageRoute {
  return route.kind === "list" || route.kind === "article" || isSitePage(route);
}

/** The file a site path is written to: "/fr/page/2/" → "fr/page/2/index.html"; "/feed.xml" stays a file. */
export function outputFile(path: string): string {
  const relative = path.replace(/^\//, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
