/**
 * RSS 2.0: a typed model of the channel, serialised by XMLBuilder. Each item has
 * an excerpt in <description>, the whole body in <content:encoded>, the
 * publisher in <source> and <dc:creator>, tags as <category>, and the image as
 * <media:content>.
 */
import { rfc822 } from "../text/dates.js";
import type { FeedInput } from "./feed-input.js";
import { serializeXml, type XmlNode } from "./xml.js";

export function buildRssFeed(feed: FeedInput): string {
  const newest = feed.entries[0];
  const channel: XmlNode = {
    title: feed.title,
    link: feed.homeUrl,
    description: feed.description,
    language: feed.lang,
    generator: "Kiosk",
    ...(newest ? { lastBuildDate: rfc822(newest.published) } : {}),
    "atom:link": { "@_href": feed.selfUrl, "@_rel": "self", "@_type": "application/rss+xml" },
    item: feed.entries.map(
      (entry): XmlNode => ({
        title: entry.title,
        link: entry.url,
        guid: { "#text": entry.url, "@_isPermaLink": "true" },
        pubDate: rfc822(entry.published),
        "dc:creator": entry.source.name,
        source: { "#text": entry.source.name, "@_url": entry.source.feedUrl },
        ...(entry.tags.length > 0 ? { category: entry.tags } : {}),
        description: entry.summary,
        "content:encoded": entry.contentHtml,
        ...(entry.image ? { "media:content": { "@_url": entry.image, "@_medium": "image" } } : {}),
      }),
    ),
  };
  return serializeXml({
    rss: {
      "@_version": "2.0",
      "@_xmlns:atom": "http://www.w3.org/2005/Atom",
      "@_xmlns:content": "http://purl.org/rss/1.0/modules/content/",
      "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
      "@_xmlns:media": "http://search.yahoo.com/mrss/",
      channel,
    },
  });
}
