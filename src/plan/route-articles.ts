/**
 * A route as text, with the articles it shows: the one description of what an article or listing page,
 * a feed or a sitemap is made from. A route's key hashes this text (incremental/route-keys.ts), and after
 * an edit in the dev server the routes whose text holds an edited article are the ones made again
 * (incremental/site-memory.ts). Nothing is listed by hand: the whole route is written out, each article in
 * it as the caller says and each source, language, month or tag it holds without its list of articles
 * (which the route's own lists say). The site's own pages show the whole site and are keyed by their view.
 */
import type { Article, Site } from "../model/site.js";
import type { Route } from "./route.js";
import { withoutArticles } from "./site-wide.js";

/** Writes a route as text (JSON-like: the same route gives the same text), each article in it as `articleText` writes it. */
export function createRouteText(site: Site, articleText: (article: Article) => string): (route: Route) => string {
  // A section is written once: it is in every route of its pages.
  const sections = new Map<object, string>();
  for (const section of [...site.sources, ...site.languages, ...site.months, ...site.tags]) sections.set(section, JSON.stringify(withoutArticles(section)));
  const articles = new Set<object>(site.articles);
  // A field's name as it opens the field, written once (a build writes every route: 122,000 at 100,000 articles, whose
  // texts it allocated seven times over, a tenth of an update's allocation).
  const fieldOpenings = new Map<string, string>();
  const opening = (key: string): string => {
    let written = fieldOpenings.get(key);
    if (written === undefined) fieldOpenings.set(key, (written = `${JSON.stringify(key)}:`));
    return written;
  };
  const text = (value: unknown): string => {
    if (typeof value !== "object" || value === null) return JSON.stringify(value) ?? "null";
    if (articles.has(value)) return articleText(value as Article);
    const section = sections.get(value);
    if (section !== undefined) return section;
    if (Array.isArray(value)) {
      if (value.length === 0) return "[]";
      let out = `[${text(value[0])}`;
      for (let i = 1; i < value.length; i++) out += `,${text(value[i])}`;
      return `${out}]`;
    }
    let out = "{";
    for (const key in value) {
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined) continue;
      if (out.length > 1) out += ",";
      out += opening(key) + text(field);
    }
    return `${out}}`;
  };
  return text;
}

/** The articles a route shows (each once, in the order its text holds them). */
export function createArticlesShown(site: Site): (route: Route) => Article[] {
  let found: Article[] = [];
  const text = createRouteText(site, (article) => {
    found.push(article);
    return "";
  });
  return (route) => {
    found = [];
    text(route);
    return [...new Set(found)];
  };
}
