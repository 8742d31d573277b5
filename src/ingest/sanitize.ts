/**
 * HTML from Markdown authors and saved feeds is trusted less than you think:
 * it goes through an allowlist (sanitize-html) — text structure, links, images
 * and tables only; no script, style, frame, form or event handler; links and
 * images only to http(s) (and mailto: for links). Plain-text paragraphs are
 * drawn from the clean HTML for excerpts, search and feeds.
 */
import { decodeHTML } from "entities";
import sanitize from "sanitize-html";
import { cleanLine, stripInvisible } from "../text/clean.js";

const ALLOWED: sanitize.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "a",
    "em",
    "strong",
    "b",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "small",
    "mark",
    "q",
    "cite",
    "abbr",
    "code",
    "pre",
    "kbd",
    "img",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "bdi",
    "bdo",
    "span",
  ],
  allowedAttributes: {
    a: ["href", "title", "hreflang"],
    img: ["src", "alt", "title", "width", "height"],
    abbr: ["title"],
    th: ["colspan", "rowspan", "scope"],
    td: ["colspan", "rowspan"],
    bdo: ["dir"],
    "*": ["lang", "dir"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  // Headings start at h2: the page's title is the only h1.
  transformTags: {
    h1: "h2",
    // Links out get rel="noopener nofollow ugc"; a link whose scheme is not allowed loses its href here (and becomes a span).
    // Only absolute links: a relative one ("x", "../../etc/passwd") points into this site, where nothing is.
    a: (tagName, attribs) => {
      const { href, rel: _rel, ...rest } = attribs;
      const allowed = href !== undefined && /^\s*(https?:\/\/|mailto:)/i.test(href);
      return allowed ? { tagName, attribs: { ...rest, href: href!, rel: "noopener nofollow ugc" } } : { tagName: "span", attribs: {} };
    },
  },
  // An image must be an absolute http(s) URL: a relative one would point into this site, and fail.
  exclusiveFilter: (frame) => frame.tag === "img" && !/^https?:\/\//i.test(frame.attribs.src ?? ""),
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "template", "title", "iframe", "object", "svg", "math"],
  disallowedTagsMode: "discard",
};
ALLOWED.allowedAttributes = { ...(ALLOWED.allowedAttributes as Record<string, string[]>), a: ["href", "title", "hreflang", "rel"] };

/** Elements nested deeper than this are not an article's structure but an attack (or a broken page). */
export const MAX_HTML_DEPTH = 48;

/**
 * Allowlisted HTML; characters XML forbids and invisible controls are removed first. Void elements are
 * written as HTML (`<img …>`, not `<img … />`). HTML nested deeper than MAX_HTML_DEPTH keeps its text as
 * plain paragraphs, so no page or feed carries a 100,000-level tree.
 */
export function sanitizeHtml(html: string): { html: string; flattened: boolean } {
  const clean = sanitize(stripInvisible(html).normalize("NFC"), ALLOWED)
    .replace(/<(img|br|hr)\b([^>]*?)\s*\/>/g, "<$1$2>")
    .trim();
  if (nestingDepth(clean) <= MAX_HTML_DEPTH) return { html: clean, flattened: false };
  return {
    html: htmlToParagraphs(clean)
      .map(escapeText)
      .map((p) => `<p>${p}</p>`)
      .join("\n"),
    flattened: true,
  };
}

const VOID = new Set(["img", "br", "hr"]);

/** How deep the elements of sanitised (well-formed, allowlisted) HTML nest. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)/g)) {
    if (VOID.has(m[2]!)) continue;
    depth += m[1] ? -1 : 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const BLOCK_END = /<\/(?:p|li|h[2-6]|blockquote|pre|dd|dt|figcaption|caption|tr)>|<br\s*\/?>|<hr\s*\/?>/gi;

/** The text of each block of (already sanitised) HTML, one paragraph each. */
export function htmlToParagraphs(html: string): string[] {
  return html
    .split(BLOCK_END)
    .map((chunk) => cleanLine(decodeHTML(sanitize(chunk, { allowedTags: [], allowedAttributes: {} }))))
    .filter((p) => p !== "");
}

/**
 * A title or name that arrived as HTML (feeds do that): its text, one line. Every element's text is kept,
 * a script's too (`Item <script>…` keeps what follows "Item" as text, escaped on output like all text).
 */
export function htmlToText(html: string): string {
  return cleanLine(decodeHTML(sanitize(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: [] })));
}

/** Plain text as HTML paragraphs, escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => cleanLine(p))
    .filter(Boolean)
    .map((p) => `<p>${escapeText(p)}</p>`)
    .join("\n");
}
