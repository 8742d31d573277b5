/**
 * Atom 1.0 (RFC 4287): one id, title, updated, author and rel="self" link for
 * the feed; each entry with id, title, updated, published, link, author,
 * summary and content.
 */
import { rfc3339 } from "../text/dates.js";
import type { FeedInput } from "./feed-input.js";
import { serializeXml, type XmlNode } from "./xml.js";

export function buildAtomFeed(feed: FeedInput): string {
  const newest = feed.entries[0];
  const root: XmlNode = {
    "@_xmlns": "http://www.w3.org/2005/Atom",
    ...(feed.lang ? { "@_xml:lang": feed.lang } : {}),
    id: feed.selfUrl,
    title: { "@_type": "text", "#text": feed.title },
    subtitle: { "@_type": "text", "#text": feed.description },
    // An empty feed still needs <updated>; the epoch says "never", deterministically.
    updated: newest ? rfc3339(newest.published) : "1970-01-01T00:00:00Z",
    author: { name: feed.author },
    link: [
      { "@_rel": "self", "@_type": "application/atom+xml", "@_href": feed.selfUrl },
      { "@_rel": "alternate", "@_type": "text/html", "@_href": feed.homeUrl },
    ],
    generator: "Kiosk",
    entry: feed.entries.map(
      (entry): XmlNode => ({
        "@_xml:lang": entry.lang,
        id: entry.url,
        title: { "@_type": "text", "#text": entry.title },
        updated: rfc3339(entry.published),
        published: rfc3339(entry.published),
        link: [
          { "@_rel": "alternate", "@_type": "text/html", "@_href": entry.url },
          ...(entry.originalUrl ? [{ "@_rel": "related", "@_type": "text/html", "@_href": entry.originalUrl }] : []),
          ...(entry.image
            ? [
                {
                  "@_rel": "enclosure",
                  ...(entry.imageType ? { "@_type": entry.imageType } : {}),
                  ...(entry.imageLength ? { "@_length": String(entry.imageLength) } : {}),
                  "@_href": entry.image,
                },
              ]
            : []),
        ],
        author: { name: entry.source.name, uri: entry.source.homepage ?? entry.source.pageUrl },
        ...(entry.tags.length > 0 ? { category: entry.tags.map((term) => ({ "@_term": term })) } : {}),
        summary: { "@_type": "text", "#text": entry.summary },
        content: { "@_type": "html", "#text": entry.contentHtml },
      }),
    ),
  };
  return serializeXml({ feed: root });
}
