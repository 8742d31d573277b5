/**
 * Ingest: every input file under the content folder becomes a parsed article
 * or a diagnostic. One bad file never stops the others. With an input cache,
 * a file whose content is unchanged is not parsed again.
 */
import { readFileSync, statSync } from "node:fs";
import { hashOf } from "../cache/hash.js";
import type { InputCache } from "../cache/input-cache.js";
import type { SiteConfig } from "../config/config.js";
import { error, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import type { ContentFile } from "./content-source.js";
import { compileScrapedRules, parseScrapedPage, type ParseResult, type ScrapedRules } from "./scraped.js";
import { decodeUtf8 } from "./utf8.js";

/** Bump when the parser's output changes for the same input, so old cache entries are not reused. */
const PARSER_VERSION = "1";

export interface IngestResult {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Input files read, and those skipped because of an error. */
  filesRead: number;
  filesSkipped: string[];
  /** Files parsed this time (the rest came from the cache). */
  filesParsed: number;
}

/** What the parse of a file depends on besides the file: the language tables and the default language. */
export function parsingRulesKey(config: SiteConfig): string {
  return hashOf(PARSER_VERSION, JSON.stringify({ languages: config.languages, defaultLanguage: config.defaultLanguage }));
}

/** `files` come from listContentFiles; `onProgress` is told every few hundred files. */
export async function ingestContent(files: readonly ContentFile[], config: SiteConfig, cache?: InputCache, onProgress?: (done: number) => void): Promise<IngestResult> {
  let rules: ScrapedRules | undefined;
  const rulesFor = () => (rules ??= compileScrapedRules(config));

  const articles: ParsedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const filesSkipped: string[] = [];
  let filesParsed = 0;
  for (const file of files) {
    const result = cache ? parseCached(file, cache, rulesFor, () => filesParsed++) : (filesParsed++, parseFile(file, rulesFor()));
    // Within a file, report in line order, as a compiler does.
    diagnostics.push(...[...result.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    if (result.article) articles.push(result.article);
    else filesSkipped.push(result.file);
    if (onProgress && (articles.length + filesSkipped.length) % 500 === 0) onProgress(articles.length + filesSkipped.length);
  }
  cache?.retain(new Set(files.map((f) => f.display)));
  return { articles, diagnostics, filesRead: files.length, filesSkipped, filesParsed };
}

/** The cached result when the file is unchanged: same size and time, or else same content hash. */
function parseCached(file: ContentFile, cache: InputCache, rules: () => ScrapedRules, parsed: () => void): ParseResult {
  const cached = cache.get(file.display);
  let stat;
  try {
    stat = statSync(file.absolute);
  } catch {
    return parseFile(file, rules());
  }
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.result;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch {
    return parseFile(file, rules());
  }
  const hash = hashOf(bytes);
  if (cached && cached.hash === hash) {
    cache.set(file.display, { ...cached, mtimeMs: stat.mtimeMs, size: stat.size });
    return cached.result;
  }
  parsed();
  const result = parseBytes(file, bytes, rules());
  cache.set(file.display, { mtimeMs: stat.mtimeMs, size: stat.size, hash, result });
  return result;
}

/** Reads and parses one scraped page; used by the build and by `kiosk parse`. */
export function parseFile(file: ContentFile, rules: ScrapedRules): ParseResult {
  let bytes: Buffer;
  try {
    // Synchronous: for many small files several times faster than the promise API, and the build has nothing else to do meanwhile.
    bytes = readFileSync(file.absolute);
  } catch (cause) {
    return unreadable(file, null, `it cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
  return parseBytes(file, bytes, rules);
}

function parseBytes(file: ContentFile, bytes: Uint8Array, rules: ScrapedRules): ParseResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return unreadable(file, decoded.line, decoded.reason);
  return parseScrapedPage(decoded.text, file.display, rules);
}

function unreadable(file: ContentFile, line: number | null, reason: string): ParseResult {
  return {
    file: file.display,
    ok: false,
    article: null,
    diagnostics: [error(file.display, line, `${reason}; the file is skipped.`, "Save scraped pages as UTF-8 text (e.g. iconv -f WINDOWS-1256 -t UTF-8).")],
  };
}

export { compileScrapedRules };
