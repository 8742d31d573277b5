/**
 * Which articles a route shows — the one description of it: a route's key hashes these articles'
 * revisions (render/route-keys.ts), and after an edit in the dev server the routes that show an edited
 * article are the ones made again (incremental/site-memory.ts). Routes of other kinds show no article
 * in particular (the site's own pages are keyed by their view; sitemaps by their paths).
 */
import type { Article } from "../model/site.js";
import type { Route } from "./route.js";

/** The articles `route` shows, in groups (an article page: itself, more from its source, its story, its topic). */
export function articlesShown(route: Route, storyArticles: (storyId: string | null) => readonly Article[]): (readonly Article[])[] {
  switch (route.kind) {
    case "article":
      return [[route.article], route.related, storyArticles(route.article.story), route.topical];
    case "list":
      // A story card shows its lead and one version per source (the lead among them).
      return [route.articles, ...(route.stories ?? []).flatMap((card) => [[card.lead], card.versions])];
    case "feed":
    case "news-sitemap":
      return [route.articles];
    default:
      return [];
  }
}
