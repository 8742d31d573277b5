/**
 * Markdown articles: YAML front matter (title, date, source, lang, tags, url,
 * image, slug, draft) and a Markdown body rendered with marked, whose HTML
 * (raw HTML included) goes through the sanitiser's allowlist.
 */
import { Marked } from "marked";
import { error, warning, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { cleanLine, normalizeNewlines } from "../text/clean.js";
import { isoDate } from "./credit-line.js";
import { articleFieldsOf, readFrontMatter } from "./front-matter.js";
import type { InputContext, InputResult } from "./input-result.js";
import { htmlToParagraphs, MAX_HTML_DEPTH, sanitizeHtml } from "./sanitize.js";

/** One Marked instance per build, made here rather than configuring the library globally. */
export function createMarkdownRenderer(): Marked {
  return new Marked({ gfm: true, breaks: false, async: false });
}

export function parseMarkdownArticle(source: string, file: string, context: InputContext, marked: Marked): InputResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number | null, message: string, hint?: string): InputResult => {
    diagnostics.push(error(file, line, message, hint));
    return { file, ok: false, articles: [], diagnostics };
  };
  const text = normalizeNewlines(source);
  if (text.trim() === "") return fail(null, "the file is empty; it is skipped.", "Delete it, or write the article.");
  const front = readFrontMatter(text, file, { draft: true });
  diagnostics.push(...front.diagnostics);
  if (!front.ok) return { file, ok: false, articles: [], diagnostics };
  const fm = front.data;
  if (fm.draft) return { file, ok: true, articles: [], diagnostics };

  let content = front.content;
  let title = fm.title;
  if (!title) {
    // No title in front matter: the first "# heading" is the title.
    const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(content);
    if (heading) {
      title = cleanLine(heading[1]!);
      content = content.replace(heading[0], "");
    }
  }
  if (!title) return fail(1, "a Markdown article needs a title; it is skipped.", "Add title: … to the front matter, or start the text with '# Title'.");
  if (!fm.date) return fail(1, "a Markdown article needs a date; it is skipped.", "Add date: YYYY-MM-DD to the front matter.");
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(fm.date);
  const date = iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
  if (!date) return fail(1, `the date "${fm.date}" is not a real date; the article is skipped.`, "Use YYYY-MM-DD, e.g. date: 2020-09-30.");

  const deep = deepestNesting(content);
  if (deep) {
    return fail(
      front.lineOffset + deep.line,
      `quotes or lists nest more than ${MAX_MARKDOWN_NESTING} levels deep; the article is skipped.`,
      "No article needs that: flatten the quotes or lists.",
    );
  }
  const { html: bodyHtml, flattened } = sanitizeHtml(marked.parse(content) as string);
  if (flattened)
    diagnostics.push(warning(file, null, `the HTML nests more than ${MAX_HTML_DEPTH} levels deep; only its text is kept.`, "Flatten the nested elements."));
  const body = htmlToParagraphs(bodyHtml);
  if (body.length === 0) return fail(null, "the article has no text; it is skipped.", "Write the article below the front matter.");
  let source_ = fm.source;
  if (!source_) {
    source_ = context.config.title;
    diagnostics.push(warning(file, 1, `no source in front matter; the article is credited to the site ("${source_}").`, "Add source: … to the front matter."));
  }

  const article: ParsedArticle = {
    file,
    origin: "markdown",
    title,
    source: source_,
    date,
    lang: fm.lang ?? context.detectLanguage(`${title} ${body.join(" ")}`) ?? context.config.defaultLanguage,
    url: fm.url ?? null,
    ...articleFieldsOf(fm),
    ticker: [],
    body,
    bodyHtml,
    flags: [],
  };
  return { file, ok: true, articles: [article], diagnostics };
}

/** Block quotes and lists nested deeper than this are refused before marked sees them (it recurses, and slows down, per level). */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * The first line whose block markers (`>`, `-`, `*`, `+`, `1.`) or indentation nest deeper than
 * MAX_MARKDOWN_NESTING levels; undefined when none does. Counted on the text, in one pass.
 */
export function deepestNesting(markdown: string): { line: number } | undefined {
  const lines = markdown.split("\n");
  for (const [i, line] of lines.entries()) {
    // Cheap test first: a line that starts with a word is not nested at all.
    if (!/^[\s>*+\-\d]/.test(line)) continue;
    const prefix = /^(?:[ \t]*(?:>|[*+-](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/.exec(line)![0];
    const markers = (prefix.match(/>|[*+-]|\d{1,9}[.)]/g) ?? []).length;
    const indent = prefix.replace(/\t/g, "    ").length;
    if (markers > MAX_MARKDOWN_NESTING || indent > MAX_MARKDOWN_NESTING * 4) return { line: i + 1 };
  }
  return undefined;
}
