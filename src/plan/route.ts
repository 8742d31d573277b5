/**
 * A route: one page or feed the site will have, with its path and the data it
 * is rendered from. Plan makes them; render turns each into a file.
 */
import type { Article, LanguageSection, MonthArchive, Source } from "../model/site.js";

export interface Pagination {
  page: number;
  pages: number;
  /** Site paths of the neighbouring pages. */
  previous: string | null;
  next: string | null;
}

export type ListKind = "home" | "language" | "source" | "month";

export type Route =
  | { kind: "list"; path: string; list: ListKind; articles: Article[]; pagination: Pagination; language?: LanguageSection; source?: Source; month?: MonthArchive }
  | { kind: "article"; path: string; article: Article; related: Article[] }
  | { kind: "sources"; path: string }
  | { kind: "archives"; path: string }
  | { kind: "not-found"; path: string }
  | { kind: "rss"; path: string; title: string; description: string; lang: string; homePath: string; articles: Article[] };

/** The file a site path is written to: "/fr/page/2/" → "fr/page/2/index.html"; "/feed.xml" stays a file. */
export function outputFile(path: string): string {
  const relative = path.replace(/^\//, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}
