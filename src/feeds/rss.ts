/**
 * RSS 2.0: a typed model of the channel, serialised by XMLBuilder. Each item has
 * an excerpt in <description>, the whole body in <content:encoded>, the
 * publisher in <source> and <dc:creator>, tags as <category>, the image as
 * <media:content>, and its language in <dc:language>. Feed readers take an RSS
 * description (and often a title) as HTML: plain text goes in escaped as HTML
 * text, so a scraped "<iframe …>" is shown as words, never made an element.
 * A feed of several languages says none in <language> (each item says its own).
 */
import { rfc822 } from "../text/dates.js";
import type { FeedInput } from "./feed-input.js";
import { serializeXml, type XmlNode } from "./xml.js";

export function buildRssFeed(feed: FeedInput): string {
  const newest = feed.entries[0];
  const channel: XmlNode = {
    title: asHtmlText(feed.title),
    link: feed.homeUrl,
    description: asHtmlText(feed.description),
    ...(feed.lang ? { language: feed.lang } : {}),
    generator: "Kiosk",
    ...(newest ? { lastBuildDate: rfc822(newest.published) } : {}),
    "atom:link": { "@_href": feed.selfUrl, "@_rel": "self", "@_type": "application/rss+xml" },
    item: feed.entries.map(
      (entry): XmlNode => ({
        title: asHtmlText(entry.title),
        link: entry.url,
        guid: { "#text": entry.url, "@_isPermaLink": "true" },
        pubDate: rfc822(entry.published),
        "dc:creator": entry.source.name,
        "dc:language": entry.lang,
        source: { "#text": entry.source.name, "@_url": entry.source.feedUrl },
        ...(entry.tags.length > 0 ? { category: entry.tags } : {}),
        description: asHtmlText(entry.summary),
        "content:encoded": entry.contentHtml,
        ...(entry.image
          ? {
              "media:content": {
                "@_url": entry.image,
                "@_medium": "image",
                ...(entry.imageType ? { "@_type": entry.imageType } : {}),
                ...(entry.imageLength ? { "@_fileSize": String(entry.imageLength) } : {}),
              },
            }
          : {}),
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

/** Plain text as HTML text (`<` → `&lt;`, `&` → `&amp;`, `>` → `&gt;`): what a reader renders as HTML shows the same words. */
function asHtmlText(text: string): string {
  return /[<>&]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}
