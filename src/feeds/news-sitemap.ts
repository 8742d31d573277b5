/**
 * The Google News sitemap: articles of the last two days, at most 1,000, each
 * with the publication's name and language, the publication date and title.
 */
import type { Article } from "../model/site.js";
import { publishedMoment, rfc3339 } from "../text/dates.js";
import type { FeedEntry } from "./feed-entry.js";
import { SITEMAP_NAMESPACE } from "./sitemap.js";
import { serializeXml } from "./xml.js";

export const NEWS_SITEMAP_LIMIT = 1000;
/** Google News takes articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The articles published in (now − 2 days, now], newest first, at most 1,000; `articles` are sorted newest first. */
export function selectNewsArticles(articles: readonly Article[], now: number, timeZone: string): Article[] {
  const selected: Article[] = [];
  for (const article of articles) {
    const published = publishedMoment(article, timeZone).instant;
    if (published <= now - NEWS_WINDOW_MS || selected.length >= NEWS_SITEMAP_LIMIT) break;
    if (published <= now) selected.push(article);
  }
  return selected;
}

export function buildNewsSitemap(entries: readonly FeedEntry[], publicationName: string): string {
  return serializeXml({
    urlset: {
      "@_xmlns": SITEMAP_NAMESPACE,
      "@_xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
      url: entries.map((e) => ({
        loc: e.url,
        "news:news": {
          "news:publication": {
            "news:name": publicationName,
            // ISO 639: the primary language subtag.
            "news:language": e.lang.split("-")[0]!.toLowerCase(),
          },
          "news:publication_date": rfc3339(e.published),
          "news:title": e.title,
        },
      })),
    },
  });
}
