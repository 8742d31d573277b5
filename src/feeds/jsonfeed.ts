/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), serialised by JSON.stringify.
 * Strings are cleaned of the characters XML forbids too, so every format
 * carries the same text.
 */
import { stripXmlForbidden } from "../text/clean.js";
import { rfc3339 } from "../text/dates.js";
import type { FeedInput } from "./feed-input.js";

export function buildJsonFeed(feed: FeedInput): string {
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    ...(feed.lang ? { language: feed.lang } : {}),
    authors: [{ name: feed.author }],
    items: feed.entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      ...(entry.originalUrl ? { external_url: entry.originalUrl } : {}),
      title: entry.title,
      content_html: entry.contentHtml,
      summary: entry.summary,
      ...(entry.image ? { image: entry.image } : {}),
      date_published: rfc3339(entry.published),
      language: entry.lang,
      authors: [{ name: entry.source.name, url: entry.source.homepage ?? entry.source.pageUrl }],
      ...(entry.tags.length > 0 ? { tags: entry.tags } : {}),
    })),
  };
  return `${JSON.stringify(document, (_key, value: unknown) => (typeof value === "string" ? stripXmlForbidden(value) : value), 2)}\n`;
}
