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
import { htmlToParagraphs, sanitizeHtml } from "./sanitize.js";

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

  const bodyHtml = sanitizeHtml(marked.parse(content) as string);
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
