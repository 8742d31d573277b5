/**
 * The feed entry: one article as every feed format sees it, built once and
 * shared by RSS, Atom and JSON Feed. Links are absolute; HTML is ours (escaped
 * paragraphs), never scraped markup.
 */
import { escapeUTF8 } from "entities";
import type { Article } from "../model/site.js";
import { sectionFeedPath } from "../plan/site-paths.js";
import type { SiteWide } from "../plan/site-wide.js";
import type { Linker } from "../plan/links.js";
import { publishedMoment, type Moment } from "../text/dates.js";
import { articleExcerpt, articleText } from "../cache/body-store.js";

export interface FeedEntry {
  /** Absolute URL of the article's page; also its id and guid. */
  url: string;
  title: string;
  /** Plain-text excerpt. */
  summary: string;
  /** The whole body as HTML, with the link to the original when known. */
  contentHtml: string;
  published: Moment;
  lang: string;
  source: { name: string; pageUrl: string; feedUrl: string; homepage: string | null };
  tags: string[];
  image: string | null;
  /** The image's media type (from the feed, else its extension) and length in bytes, when known. */
  imageType: string | undefined;
  imageLength: number | undefined;
  /** The original article, when known. */
  originalUrl: string | null;
}

export type FeedEntryFactory = (article: Article) => FeedEntry;

/** Entries are made on demand and kept, since the same article is in several feeds. */
export function createFeedEntries(site: SiteWide, link: Linker): FeedEntryFactory {
  const sourceByKey = new Map(site.sources.map((s) => [s.key, s]));
  const made = new Map<Article, FeedEntry>();
  return (article) => {
    let entry = made.get(article);
    if (!entry) {
      const source = sourceByKey.get(article.sourceKey)!;
      entry = {
        url: link.absolute(article.path),
        title: article.title,
        summary: articleExcerpt(article),
        contentHtml: bodyHtml(article),
        published: publishedMoment(article, site.config.timeZone),
        lang: article.lang,
        source: { name: source.name, pageUrl: link.absolute(source.path), feedUrl: link.absolute(sectionFeedPath(source.path)), homepage: source.homepage },
        tags: article.tags,
        image: article.image,
        imageType: article.image ? (article.imageMeta?.type ?? imageType(article.image)) : undefined,
        imageLength: article.image ? article.imageMeta?.length : undefined,
        originalUrl: article.url,
      };
      made.set(article, entry);
    }
    return entry;
  };
}

/** The body as HTML: each paragraph escaped, then the link to the original when known. */
function bodyHtml(article: Article): string {
  // Markdown and feed articles carry sanitised HTML; scraped pages are plain paragraphs, escaped here.
  const text = articleText(article);
  const paragraphs = text.bodyHtml !== null ? [text.bodyHtml] : text.body.map((p) => `<p>${escapeUTF8(p)}</p>`);
  if (article.url) paragraphs.push(`<p><a href="${escapeUTF8(article.url)}">${escapeUTF8(article.source)}</a></p>`);
  // Right-to-left text says so, or a reader lays Arabic out left to right.
  return article.dir === "rtl" ? `<div dir="rtl" lang="${escapeUTF8(article.lang)}">\n${paragraphs.join("\n")}\n</div>` : paragraphs.join("\n");
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

/** An image URL's media type from its extension ("image/jpeg"); undefined when the extension says nothing. */
export function imageType(url: string): string | undefined {
  let pathname = url;
  try {
    pathname = new URL(url).pathname;
  } catch {
    // Not a URL: the text's own extension, if any.
  }
  return IMAGE_TYPES[/\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase() ?? ""];
}
