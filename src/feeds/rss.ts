/**
 * RSS 2.0: a typed model of the channel, serialised by XMLBuilder. Links are
 * absolute; the body goes in <description> as escaped HTML.
 */
import { escapeUTF8 } from "entities";
import type { Article, Site } from "../model/site.js";
import type { Linker } from "../render/links.js";
import { serializeXml, type XmlNode } from "./xml.js";

export interface RssFeedInput {
  /** Site path of the feed itself. */
  path: string;
  title: string;
  description: string;
  lang: string;
  /** Site path of the page the feed belongs to. */
  homePath: string;
  articles: readonly Article[];
}

export function buildRssFeed(feed: RssFeedInput, site: Site, link: Linker): string {
  const sourceByKey = new Map(site.sources.map((s) => [s.key, s]));
  const updated = feed.articles[0]?.date ?? site.updated;
  const channel: XmlNode = {
    title: feed.title,
    link: link.absolute(feed.homePath),
    description: feed.description,
    language: feed.lang,
    generator: "Kiosk",
    ...(updated ? { lastBuildDate: rfc822(updated) } : {}),
    "atom:link": { "@_href": link.absolute(feed.path), "@_rel": "self", "@_type": "application/rss+xml" },
    item: feed.articles.map((article): XmlNode => {
      const source = sourceByKey.get(article.sourceKey)!;
      const url = link.absolute(article.path);
      return {
        title: article.title,
        link: url,
        guid: { "#text": url, "@_isPermaLink": "true" },
        pubDate: rfc822(article.date),
        source: { "#text": source.name, "@_url": link.absolute(`${source.path}feed.xml`) },
        ...(article.tags.length > 0 ? { category: article.tags } : {}),
        description: bodyHtml(article),
      };
    }),
  };
  return serializeXml({ rss: { "@_version": "2.0", "@_xmlns:atom": "http://www.w3.org/2005/Atom", channel } });
}

/** RFC 822 date-time of midnight UTC on a YYYY-MM-DD day: "Wed, 30 Sep 2020 00:00:00 GMT". */
export function rfc822(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString();
}

/** The body as HTML: each paragraph escaped, then the link to the original when known. */
function bodyHtml(article: Article): string {
  const paragraphs = article.body.map((p) => `<p>${escapeUTF8(p)}</p>`);
  if (article.url) paragraphs.push(`<p><a href="${escapeUTF8(article.url)}">${escapeUTF8(article.source)}</a></p>`);
  return paragraphs.join("\n");
}
