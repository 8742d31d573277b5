/**
 * Ingest: every input file under the content folder becomes a parsed article
 * or a diagnostic. One bad file never stops the others.
 */
import type { SiteConfig } from "../config/config.js";
import { error, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { listContentFiles, readContentFile, type ContentFile } from "./content-source.js";
import { compileScrapedRules, parseScrapedPage, type ParseResult, type ScrapedRules } from "./scraped.js";

export interface IngestResult {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Input files read, and those skipped because of an error. */
  filesRead: number;
  filesSkipped: string[];
}

export async function ingestContent(contentDir: string, config: SiteConfig, cwd: string): Promise<IngestResult> {
  const files = await listContentFiles(contentDir, [".txt"], cwd);
  const rules = compileScrapedRules(config);
  const results = files.map((file) => parseFile(file, rules));

  const articles: ParsedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const filesSkipped: string[] = [];
  for (const result of results) {
    // Within a file, report in line order, as a compiler does.
    diagnostics.push(...[...result.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    if (result.article) articles.push(result.article);
    else filesSkipped.push(result.file);
  }
  return { articles, diagnostics, filesRead: files.length, filesSkipped };
}

/** Reads and parses one scraped page; used by the build and by `kiosk parse`. */
export function parseFile(file: ContentFile, rules: ScrapedRules): ParseResult {
  const read = readContentFile(file);
  if (!read.ok) {
    return {
      file: file.display,
      ok: false,
      article: null,
      diagnostics: [error(file.display, read.line, `${read.reason}; the file is skipped.`, "Save scraped pages as UTF-8 text (e.g. iconv -f WINDOWS-1256 -t UTF-8).")],
    };
  }
  return parseScrapedPage(read.text, file.display, rules);
}

export { compileScrapedRules };
