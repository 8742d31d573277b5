/**
 * The Google News sitemap: articles of the last two days, at most 1,000, each
 * with the publication's name and language, the publication date and title.
 */
import { rfc3339 } from "../text/dates.js";
import type { FeedEntry } from "./feed-entry.js";
import { SITEMAP_NAMESPACE } from "./sitemap.js";
import { serializeXml } from "./xml.js";

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
