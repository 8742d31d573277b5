/**
 * Front matter of a scraped page or a Markdown article: what the scraper knew
 * about the page. It wins over what the text says, but it is scraped input too,
 * so every field is checked: a bad field is reported and ignored, never trusted.
 */
import matter from "gray-matter";
import { error, warning, type Diagnostic } from "../diagnostics.js";
import { cleanLine } from "../text/clean.js";
import { isSafeSlug } from "../text/slug.js";
import { safeHttpUrl } from "../text/url.js";

export interface FrontMatter {
  title?: string;
  source?: string;
  /** The date as given (a string or a YAML date), read by the caller. */
  date?: string;
  /** The moment, when the date gave a time of day too (ISO 8601, UTC). */
  published?: string;
  lang?: string;
  url?: string;
  sourceUrl?: string;
  pageUrl?: string;
  image?: string;
  tags?: string[];
  slug?: string;
  scrapedAt?: string;
  /** Markdown only: a draft is not published. */
  draft?: boolean;
}

export interface FrontMatterResult {
  data: FrontMatter;
  /** The text after the front matter. */
  content: string;
  /** Lines taken by the front matter block, to report body lines by their line in the file. */
  lineOffset: number;
  diagnostics: Diagnostic[];
  /** False when the block could not be read at all (the file should be skipped). */
  ok: boolean;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i;

/** Only YAML: gray-matter would `eval` a `---js` block, and scraped input must never run. */
const refuse = (name: string) => ({
  parse(): never {
    throw new Error(`${name} front matter is not accepted; use YAML`);
  },
});
const MATTER_OPTIONS = {
  engines: { javascript: refuse("JavaScript"), js: refuse("JavaScript"), coffee: refuse("CoffeeScript"), json: refuse("JSON") },
};

/** `text` has its newlines normalised already. */
export function readFrontMatter(text: string, file: string, accept: { draft?: boolean } = {}): FrontMatterResult {
  if (!/^---[^\S\n]*[A-Za-z]*[^\S\n]*\n/.test(text)) {
    return { data: {}, content: text, lineOffset: 0, diagnostics: [], ok: true };
  }
  // gray-matter is given the block only, up to its closing "---" (as it finds it: the first line that starts with
  // "---"): given the whole file, it looks the file up in its cache and copies it into a buffer, a tenth of the time
  // it takes to parse a scraped page. A block never closed is given whole, as before.
  const close = text.indexOf("\n---", 3);
  const end = close === -1 ? text.length : close + 4;
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Passing options also keeps gray-matter from caching every file it has read.
    parsed = matter(text.slice(0, end), { ...MATTER_OPTIONS });
  } catch (cause) {
    const mark = (cause as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === "number" ? mark.line + 2 : 1;
    const reason = String((cause as { reason?: string }).reason ?? (cause as Error).message).split("\n")[0];
    return {
      data: {},
      content: "",
      lineOffset: 0,
      diagnostics: [error(file, line, `the front matter cannot be read (${reason}); the article is skipped.`, "Fix the YAML between the two --- lines.")],
      ok: false,
    };
  }
  // What follows the closing delimiter, less the end of its line (as gray-matter takes it).
  let content = close === -1 ? parsed.content : text.slice(end);
  if (content.startsWith("\r")) content = content.slice(1);
  if (content.startsWith("\n")) content = content.slice(1);
  const lineOffset = text.slice(0, text.length - content.length).split("\n").length - 1;
  const diagnostics: Diagnostic[] = [];
  const blockLines = parsed.matter.split("\n");
  // YAML keeps no positions for values; the line that starts with the field's name is the pointer.
  const fieldLine = (field: string): number | null => {
    const index = blockLines.findIndex((l) => new RegExp(`^\\s*["']?${field}["']?\\s*:`).test(l));
    return index === -1 ? null : index + 1 + (blockLines[0] === "" ? 0 : 1);
  };
  const rawLine = (field: string): string | undefined => blockLines.find((l) => new RegExp(`^\\s*["']?${field}["']?\\s*:`).test(l));
  const data = checkFields(parsed.data, file, diagnostics, fieldLine, rawLine);
  if (accept.draft && parsed.data.draft !== undefined) {
    if (typeof parsed.data.draft === "boolean") data.draft = parsed.data.draft;
    else
      diagnostics.push(
        warning(file, fieldLine("draft"), 'front matter "draft" is not true or false; the article is published.', "Write draft: true or draft: false."),
      );
  }
  return { data, content, lineOffset, diagnostics, ok: true };
}

function checkFields(
  raw: Record<string, unknown>,
  file: string,
  diagnostics: Diagnostic[],
  fieldLine: (field: string) => number | null,
  rawLine: (field: string) => string | undefined,
): FrontMatter {
  const data: FrontMatter = {};
  const reject = (field: string, why: string, fix: string) =>
    diagnostics.push(warning(file, fieldLine(field), `front matter "${field}" ${why}; it is ignored.`, fix));

  const text = (field: string): string | undefined => {
    const value = raw[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string" && typeof value !== "number") {
      reject(field, "is not text", `Write it as a string: ${field}: "…".`);
      return undefined;
    }
    const cleaned = cleanLine(String(value));
    return cleaned === "" ? undefined : cleaned;
  };
  const url = (field: string, key: "url" | "sourceUrl" | "pageUrl" | "image"): void => {
    const value = text(field);
    if (value === undefined) return;
    const safe = safeHttpUrl(value);
    if (safe) data[key] = safe;
    else reject(field, `is not an absolute http(s) URL (${JSON.stringify(value.slice(0, 80))})`, "Use a full https://… address.");
  };

  const title = text("title");
  if (title !== undefined) data.title = title;
  const source = text("source");
  if (source !== undefined) data.source = source;
  const date = raw.date;
  if (date instanceof Date && !Number.isNaN(date.getTime())) {
    // YAML reads "0000-01-01" as 1900: the date as written is what the caller checks.
    const written = /^\s*["']?date["']?\s*:\s*["']?(\d{4}-\d{2}-\d{2})/.exec(rawLine("date") ?? "")?.[1];
    data.date = written ?? date.toISOString().slice(0, 10);
    if (/^\s*["']?date["']?\s*:\s*["']?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(rawLine("date") ?? "")) data.published = date.toISOString();
  } else if (date !== undefined && date !== null) {
    const value = text("date");
    if (value !== undefined) {
      data.date = value;
      const moment = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value) ? Date.parse(value.replace(" ", "T")) : NaN;
      if (!Number.isNaN(moment)) data.published = new Date(moment).toISOString();
    }
  }
  const lang = text("lang");
  if (lang !== undefined) {
    if (LANGUAGE_CODE.test(lang)) data.lang = lang.toLowerCase();
    else reject("lang", `is not a language code (${JSON.stringify(lang.slice(0, 20))})`, 'Use a code such as "fr", "ar", "es" or "en".');
  }
  url("url", "url");
  url("source_url", "sourceUrl");
  url("page_url", "pageUrl");
  url("image", "image");

  const slug = text("slug");
  if (slug !== undefined) {
    if (isSafeSlug(slug)) data.slug = slug;
    else reject("slug", `is not a safe slug (${JSON.stringify(slug.slice(0, 80))})`, "Use letters, digits and hyphens only, e.g. slug: mon-article.");
  }
  const scrapedAt = raw.scraped_at;
  if (scrapedAt instanceof Date && !Number.isNaN(scrapedAt.getTime())) data.scrapedAt = scrapedAt.toISOString();
  else if (typeof scrapedAt === "string" && !Number.isNaN(Date.parse(scrapedAt))) data.scrapedAt = new Date(scrapedAt).toISOString();
  else if (scrapedAt !== undefined && scrapedAt !== null) reject("scraped_at", "is not a date and time", "Use ISO 8601, e.g. 2020-09-30T08:15:00Z.");

  const tags = raw.tags;
  if (typeof tags === "string") data.tags = uniqueTags(tags.split(","));
  else if (Array.isArray(tags)) data.tags = uniqueTags(tags.filter((t) => typeof t === "string" || typeof t === "number").map(String));
  else if (tags !== undefined && tags !== null) reject("tags", "is not a list", "Write tags: [économie, sport] or tags: économie, sport.");
  return data;
}

function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags.map(cleanLine)) {
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** The article fields front matter gives as they are, shared by scraped pages and Markdown articles. */
export function articleFieldsOf(fm: FrontMatter) {
  return {
    ...(fm.published ? { published: fm.published } : {}),
    sourceUrl: fm.sourceUrl ?? null,
    pageUrl: fm.pageUrl ?? null,
    image: fm.image ?? null,
    tags: fm.tags ?? [],
    slug: fm.slug ?? null,
    scrapedAt: fm.scrapedAt ?? null,
  };
}
