/**
 * Saved feeds as input: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed. Each item
 * becomes an article credited to the feed's source (its title), its HTML
 * sanitised. A document with a DOCTYPE (which can declare entities that expand
 * without bound), malformed or truncated XML, an HTML page saved instead of the
 * feed, or a JSON document that is not a JSON Feed is a diagnostic, never a
 * crash; an item without a title, a link or a date is skipped with a warning.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { error, warning, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { dayAt } from "../text/dates.js";
import { safeHttpUrl } from "../text/url.js";
import { parseFeedDate } from "./feed-date.js";
import type { InputContext, InputResult } from "./input-result.js";
import { htmlToParagraphs, htmlToText, MAX_HTML_DEPTH, sanitizeHtml, textToHtml } from "./sanitize.js";

type Node = Record<string, unknown>;

/** A feed-neutral item, read from any of the four formats. */
interface FeedItem {
  title: string | undefined;
  link: string | undefined;
  date: string | undefined;
  html: string | undefined;
  text: string | undefined;
  tags: string[];
  image: string | undefined;
  /** The image's media type and length, as the feed gave them. */
  imageMeta?: { type?: string; length?: number };
  lang: string | undefined;
}

interface FeedDocument {
  title: string | undefined;
  link: string | undefined;
  lang: string | undefined;
  items: FeedItem[];
}

export function parseFeedFile(input: string, file: string, context: InputContext): InputResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number | null, message: string, hint: string): InputResult => {
    diagnostics.push(error(file, line, message, hint));
    return { file, ok: false, articles: [], diagnostics };
  };
  const text = input.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail(null, "the file is empty; it is skipped.", "Save the feed again.");

  let feed: FeedDocument | undefined;
  if (/^\s*[[{]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      const position = Number(/position (\d+)/.exec(String((cause as Error).message))?.[1] ?? NaN);
      const line = Number.isNaN(position) ? null : text.slice(0, position).split("\n").length;
      return fail(line, `the file is not valid JSON (${(cause as Error).message}); it is skipped.`, "Save the feed again: it may have been cut off.");
    }
    feed = readJsonFeed(json);
    if (!feed)
      return fail(
        null,
        "the JSON is not a JSON Feed (no version https://jsonfeed.org/version/… and items); it is skipped.",
        "Save the source's JSON Feed, not another JSON document.",
      );
  } else {
    // A DOCTYPE in a comment or CDATA section is text, not a declaration.
    const doctype = declaredDoctype(text);
    if (doctype) {
      if (/^\s*(<\?xml[^>]*>\s*)?<!DOCTYPE\s+html/i.test(text))
        return fail(
          lineOf(text, doctype.index),
          "this is an HTML page, not a feed (an error page saved instead of the feed?); it is skipped.",
          "Fetch the feed again.",
        );
      return fail(
        lineOf(text, doctype.index),
        "the feed has a DOCTYPE, which Kiosk refuses (a DOCTYPE can declare entities that expand without bound); the file is skipped.",
        "Save the feed without its DOCTYPE.",
      );
    }
    const valid = XMLValidator.validate(text);
    if (valid !== true) {
      return fail(
        valid.err.line ?? null,
        `the feed is not well-formed XML: ${xmlProblem(valid.err.msg)}; it is skipped.`,
        "Save the feed again: it may have been cut off.",
      );
    }
    let doc: Node;
    try {
      doc = createXmlParser().parse(text) as Node;
    } catch (cause) {
      if (/nested/i.test(String((cause as Error).message))) {
        return fail(
          null,
          `the feed nests elements more than ${MAX_XML_DEPTH} levels deep; it is skipped.`,
          "No feed needs that: save the feed again from its source.",
        );
      }
      throw cause;
    }
    if ("html" in doc || "HTML" in doc)
      return fail(1, "this is an HTML page, not a feed (an error page saved instead of the feed?); it is skipped.", "Fetch the feed again.");
    feed = readXmlFeed(doc);
    if (!feed) return fail(1, "the XML is not an RSS, RDF or Atom feed; it is skipped.", "Save the source's feed, not another XML document.");
  }

  const source = context.configuredSource?.name ?? (feed.title ? htmlToText(feed.title) : "");
  if (!source) return fail(null, "the feed has no title to credit its articles to; it is skipped.", "Add a title to the channel or feed.");
  const articles: ParsedArticle[] = [];
  for (const [i, item] of feed.items.entries()) {
    const label = `item ${i + 1}${item.title ? ` ("${htmlToText(item.title).slice(0, 50)}")` : ""}`;
    const title = item.title ? htmlToText(item.title) : "";
    const at = item.date ? parseFeedDate(item.date) : undefined;
    const date = at === undefined ? undefined : dayOf(at, context.config.timeZone);
    // A date with a time of day keeps it (RSS "09:00 GMT", Atom "10:30:00+01:00"); a day alone stays a day.
    const instant = item.date && /\d{1,2}:\d{2}/.test(item.date) ? at : undefined;
    const link = item.link ? safeHttpUrl(resolve(item.link, feed!.link)) : undefined;
    if (!title) {
      diagnostics.push(warning(file, null, `${label} has no title; it is skipped.`));
      continue;
    }
    if (!date) {
      diagnostics.push(
        warning(
          file,
          null,
          `${label} has no date Kiosk can read or trust${item.date ? ` ("${item.date.slice(0, 40)}")` : ""}; it is skipped.`,
          "Items need pubDate, dc:date, published/updated or date_published.",
        ),
      );
      continue;
    }
    const sanitized = item.html !== undefined ? sanitizeHtml(item.html) : { html: item.text !== undefined ? textToHtml(item.text) : "", flattened: false };
    if (sanitized.flattened) diagnostics.push(warning(file, null, `${label}: its HTML nests more than ${MAX_HTML_DEPTH} levels deep; only its text is kept.`));
    const bodyHtml = sanitized.html;
    const body = htmlToParagraphs(bodyHtml);
    const lang =
      normaliseLang(item.lang) ??
      normaliseLang(feed!.lang) ??
      normaliseLang(context.configuredSource?.language) ??
      context.detectLanguage(`${title} ${body.join(" ")}`) ??
      context.config.defaultLanguage;
    articles.push({
      file,
      origin: "feed",
      title,
      source,
      date,
      ...(instant === undefined ? {} : { published: new Date(instant).toISOString() }),
      lang,
      url: link ?? null,
      sourceUrl: feed!.link ? (safeHttpUrl(feed!.link) ?? null) : null,
      pageUrl: null,
      image: item.image ? (safeHttpUrl(resolve(item.image, feed!.link)) ?? null) : null,
      ...(item.image && item.imageMeta ? { imageMeta: item.imageMeta } : {}),
      tags: [...new Set(item.tags.map(htmlToText).filter(Boolean))],
      slug: null,
      scrapedAt: null,
      ticker: [],
      body: body.length > 0 ? body : [title],
      bodyHtml: bodyHtml || `<p>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`,
      flags: body.length > 0 ? [] : ["no-body"],
    });
  }
  if (feed.items.length === 0) diagnostics.push(warning(file, null, "the feed has no items.", "Fetch it again later."));
  return { file, ok: true, articles, diagnostics };
}

/** Elements nested deeper than this stop the parse (fast-xml-parser's guard); a real feed, XHTML content included, stays far below. */
const MAX_XML_DEPTH = 200;
/** Names fast-xml-parser refuses (they would pollute prototypes): an element so named is kept under another name, and ignored. */
const RESERVED_NAMES = new Set(["__proto__", "constructor", "prototype"]);

function createXmlParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    processEntities: true,
    htmlEntities: true,
    parseTagValue: false,
    trimValues: true,
    maxNestedTags: MAX_XML_DEPTH,
    transformTagName: (name) => (RESERVED_NAMES.has(name) ? `kiosk-reserved-${name}` : name),
    transformAttributeName: (name) => (RESERVED_NAMES.has(name) ? `kiosk-reserved-${name}` : name),
  });
}

/** The first `<!DOCTYPE` outside comments and CDATA sections, if any (its index). */
function declaredDoctype(text: string): { index: number } | undefined {
  if (!/<!DOCTYPE/i.test(text)) return undefined;
  const tokens = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE/gi;
  for (let m = tokens.exec(text); m !== null; m = tokens.exec(text)) if (m[0].length === 9) return { index: m.index };
  return undefined;
}

function readXmlFeed(doc: Node): FeedDocument | undefined {
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (rss.channel ?? {}) as Node;
    return {
      title: textOf(channel.title),
      link: textOf(channel.link),
      lang: textOf(channel.language) ?? textOf(channel["dc:language"]),
      items: list(channel.item).map((i) => rssItem(i as Node)),
    };
  }
  const rdf = (doc["rdf:RDF"] ?? doc.RDF) as Node | undefined;
  if (rdf) {
    const channel = (rdf.channel ?? {}) as Node;
    return {
      title: textOf(channel.title),
      link: textOf(channel.link),
      lang: textOf(channel["dc:language"]),
      items: list(rdf.item).map((i) => rssItem(i as Node)),
    };
  }
  const atom = doc.feed as Node | undefined;
  if (atom) {
    return {
      title: textOf(atom.title),
      link: atomLink(atom.link, "alternate"),
      lang: textOf(atom["@_xml:lang"]),
      items: list(atom.entry).map((e) => atomEntry(e as Node)),
    };
  }
  return undefined;
}

function rssItem(item: Node): FeedItem {
  const guid = item.guid as Node | string | undefined;
  const guidLink = typeof guid === "object" && guid?.["@_isPermaLink"] !== "false" ? textOf(guid) : typeof guid === "string" ? guid : undefined;
  const enclosure = list(item.enclosure).find((e) => String((e as Node)["@_type"] ?? "").startsWith("image/")) as Node | undefined;
  const media = (list(item["media:content"])[0] ?? list(item["media:thumbnail"])[0]) as Node | undefined;
  return {
    title: textOf(item.title),
    link: textOf(item.link) ?? (guidLink && /^https?:/.test(guidLink) ? guidLink : undefined),
    date: textOf(item.pubDate) ?? textOf(item["dc:date"]),
    html: textOf(item["content:encoded"]) ?? textOf(item.description),
    text: undefined,
    tags: list(item.category)
      .map((c) => textOf(c) ?? "")
      .concat(list(item["dc:subject"]).map((c) => textOf(c) ?? "")),
    image: textOf(enclosure?.["@_url"]) ?? textOf(media?.["@_url"]),
    ...imageMetaOf(enclosure ?? media, "@_length", "@_fileSize"),
    lang: textOf(item["dc:language"]),
  };
}

function atomEntry(entry: Node): FeedItem {
  const content = (entry.content ?? entry.summary) as Node | string | undefined;
  const type = typeof content === "object" ? String(content["@_type"] ?? "text") : "text";
  const body = textOf(content);
  const enclosure = list(entry.link).find((l) => (l as Node)["@_rel"] === "enclosure" && String((l as Node)["@_type"] ?? "image/").startsWith("image/")) as
    | Node
    | undefined;
  return {
    title: textOf(entry.title),
    link: atomLink(entry.link, "alternate"),
    date: textOf(entry.published) ?? textOf(entry.updated),
    html: type === "text" ? undefined : body,
    text: type === "text" ? body : undefined,
    tags: list(entry.category).map((c) => textOf((c as Node)["@_term"]) ?? ""),
    image: textOf(enclosure?.["@_href"]),
    ...imageMetaOf(enclosure, "@_length"),
    lang: textOf(entry["@_xml:lang"]),
  };
}

function readJsonFeed(json: unknown): FeedDocument | undefined {
  if (!json || typeof json !== "object" || Array.isArray(json)) return undefined;
  const feed = json as Node;
  if (typeof feed.version !== "string" || !feed.version.startsWith("https://jsonfeed.org/version/") || !Array.isArray(feed.items)) return undefined;
  return {
    title: str(feed.title),
    link: str(feed.home_page_url),
    lang: str(feed.language),
    items: feed.items
      .filter((i): i is Node => !!i && typeof i === "object")
      .map((item) => ({
        title: str(item.title),
        link: str(item.url) ?? str(item.external_url),
        date: str(item.date_published) ?? str(item.date_modified),
        html: str(item.content_html),
        text: str(item.content_html) === undefined ? (str(item.content_text) ?? str(item.summary)) : undefined,
        tags: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === "string") : [],
        image: str(item.image) ?? str(item.banner_image),
        lang: str(item.language),
      })),
  };
}

/** The href of the link with that rel (no rel means "alternate"); an enclosure or the feed's own address is never taken for it. */
/** An enclosure's image type (only image/…) and length in bytes (a positive whole number), when the feed gave them. */
function imageMetaOf(node: Node | undefined, ...lengthNames: string[]): { imageMeta?: { type?: string; length?: number } } {
  if (!node) return {};
  const type = textOf(node["@_type"]);
  const lengthText = lengthNames.map((n) => textOf(node[n])).find((v) => v !== undefined);
  const length = lengthText !== undefined && /^\d{1,12}$/.test(lengthText) && Number(lengthText) > 0 ? Number(lengthText) : undefined;
  const meta = { ...(type && /^image\/[\w.+-]+$/.test(type) ? { type } : {}), ...(length ? { length } : {}) };
  return Object.keys(meta).length > 0 ? { imageMeta: meta } : {};
}

function atomLink(links: unknown, rel: string): string | undefined {
  const wanted = (list(links) as Node[]).find((l) => (l["@_rel"] ?? "alternate") === rel);
  return wanted ? textOf(wanted["@_href"]) : undefined;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** The text of an XML node: a string, or an element's "#text". */
function textOf(value: unknown): string | undefined {
  if (typeof value === "string" || typeof value === "number") return str(String(value));
  if (value && typeof value === "object" && !Array.isArray(value)) return textOf((value as Node)["#text"]);
  if (Array.isArray(value)) return textOf(value[0]);
  return undefined;
}

function resolve(link: string, base: string | undefined): string {
  try {
    return new URL(link.trim(), base).href;
  } catch {
    return link;
  }
}

function normaliseLang(lang: string | undefined): string | undefined {
  const code = lang?.trim().toLowerCase().replace(/_/g, "-");
  return code && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code) ? code.split("-")[0] : undefined;
}

/** The calendar day of a feed date (RFC 822 or RFC 3339) in the site's time zone; undefined before 1900 (no feed is that old). */
function dayOf(instant: number, timeZone: string): string | undefined {
  const day = dayAt(instant, timeZone);
  // (A year past 9999 is written "+010000-…".)
  return /^\d{4}-/.test(day) && Number(day.slice(0, 4)) >= 1900 ? day : undefined;
}

/** The XML validator's message in a reader's words: "Invalid '[ "rss", "channel"]' found" means elements left open. */
function xmlProblem(message: string): string {
  const open = /^Invalid '\[([^\]]*)\]' found/.exec(message);
  if (open) {
    const names = [...open[1]!.matchAll(/"([^"]+)"/g)].map((m) => `<${m[1]}>`);
    return `it ends before ${names.join(", ")} ${names.length === 1 ? "is" : "are"} closed (the file is cut off)`;
  }
  return message.replace(/\.$/, "");
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}
