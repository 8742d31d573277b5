/**
 * Ingest: every input file under the content folder — scraped pages (.txt),
 * Markdown articles (.md) and saved feeds (.xml, .rss, .atom, .rdf, .json) —
 * becomes articles or diagnostics. One bad file never stops the others. With
 * an input cache, a file whose content is unchanged is not parsed again.
 */
import { readFileSync } from "node:fs";
import { hashOf } from "../cache/hash.js";
import type { InputCache } from "../cache/input-cache.js";
import type { SiteConfig } from "../config/config.js";
import { error, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { stampOf, type ContentFile } from "./content-source.js";
import type { Marked } from "marked";
import { articleKeywords, keywordStopwords } from "../text/keywords.js";
import { slugify } from "../text/slug.js";
import { parseFeedFile } from "./feed.js";
import type { InputContext, InputResult } from "./input-result.js";
import { createMarkdownRenderer, parseMarkdownArticle } from "./markdown.js";
import { compileScrapedRules, parseScrapedPage, type ParseResult, type ScrapedRules } from "./scraped.js";
import { parseInParallel } from "./parse-pool.js";
import { decodeUtf8 } from "./utf8.js";

const SCRAPED = [".txt"];
const MARKDOWN = [".md", ".markdown"];
const FEEDS = [".xml", ".rss", ".atom", ".rdf", ".json"];
/** Every kind of input file the content folder may hold. */
export const CONTENT_EXTENSIONS = [...SCRAPED, ...MARKDOWN, ...FEEDS];

/** The compiled rules and tools every parser shares, made once per build on first use. */
export class Parsers {
  private scraped?: ScrapedRules;
  private markdown?: Marked;
  private context?: InputContext;
  private keywordStopwords?: Set<string>;

  constructor(private readonly config: SiteConfig) {}

  get scrapedRules(): ScrapedRules {
    return (this.scraped ??= compileScrapedRules(this.config));
  }

  get inputContext(): InputContext {
    return (this.context ??= { config: this.config, detectLanguage: this.scrapedRules.detectLanguage });
  }

  /** The stop-words keywords leave out (see text/keywords.ts). */
  get stopwords(): Set<string> {
    return (this.keywordStopwords ??= keywordStopwords(this.config));
  }

  get marked(): Marked {
    return (this.markdown ??= createMarkdownRenderer());
  }

  /** The context for a feed file: a feed `kiosk fetch` saved as feeds/<source>.xml is credited to that configured source. */
  feedContext(file: string): InputContext {
    const base = file.split("/").pop()!.replace(/\.[^.]+$/, "");
    const source = this.config.sources.find((s) => slugify(s.name, "source") === base && file.split("/").includes("feeds"));
    return source ? { ...this.inputContext, configuredSource: source.language ? { name: source.name, language: source.language } : { name: source.name } } : this.inputContext;
  }
}

/** Bump when the parser's output changes for the same input, so old cache entries are not reused. */
const PARSER_VERSION = "4";

export interface IngestResult {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Input files read, and those skipped because of an error. */
  filesRead: number;
  filesSkipped: string[];
  /** Files parsed this time (the rest came from the cache). */
  filesParsed: number;
  /** Each file's result, by file, in the order read (the articles above are theirs, in order). */
  inputs: Map<string, InputResult>;
  /** Threads that parsed: 1, or the number of workers. */
  parseThreads: number;
}

/** What the parse of a file depends on besides the file: the language tables and the default language. */
export function parsingRulesKey(config: SiteConfig): string {
  return hashOf(PARSER_VERSION, JSON.stringify({ languages: config.languages, defaultLanguage: config.defaultLanguage }));
}

/** `files` come from listContentFiles; `onProgress` is told every few hundred files. */
export async function ingestContent(files: readonly ContentFile[], config: SiteConfig, cache?: InputCache, onProgress?: (done: number) => void): Promise<IngestResult> {
  const parsers = new Parsers(config);

  const articles: ParsedArticle[] = [];
  const inputs = new Map<string, InputResult>();
  const diagnostics: Diagnostic[] = [];
  const filesSkipped: string[] = [];
  let filesParsed = 0;
  let done = 0;
  // Many files to parse (a cold build of a large site): parse them on every core first.
  const parsedInParallel = await parseInParallel(files, config, cache);
  for (const [index, file] of files.entries()) {
    const fresh = parsedInParallel?.get(index);
    if (fresh) {
      filesParsed++;
      cache?.set(file.display, fresh);
    }
    const result = fresh ? fresh.result : cache ? readCached(file, cache, parsers, () => filesParsed++) : (filesParsed++, readInput(file, parsers));
    // Within a file, report in line order, as a compiler does.
    diagnostics.push(...[...result.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    for (const article of result.articles) articles.push(article);
    inputs.set(file.display, result);
    if (!result.ok) filesSkipped.push(result.file);
    done++;
    if (onProgress && done % 500 === 0) onProgress(done);
  }
  cache?.retain(new Set(files.map((f) => f.display)));
  return { articles, diagnostics, inputs, filesRead: files.length, filesSkipped, filesParsed, parseThreads: parsedInParallel?.threads ?? 1 };
}

/** The cached result when the file is unchanged: same size and time, or else same content hash. */
function readCached(file: ContentFile, cache: InputCache, parsers: Parsers, parsed: () => void): InputResult {
  const cached = cache.get(file.display);
  const stat = stampOf(file);
  if (!stat) return readInput(file, parsers);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.result;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch {
    return readInput(file, parsers);
  }
  const hash = hashOf(bytes);
  if (cached && cached.hash === hash) {
    cache.set(file.display, { ...cached, mtimeMs: stat.mtimeMs, size: stat.size });
    return cached.result;
  }
  parsed();
  const result = parseInput(file, bytes, parsers, hash);
  cache.set(file.display, { mtimeMs: stat.mtimeMs, size: stat.size, hash, result });
  return result;
}

/** Reads and parses one input file of any kind. */
export function readInput(file: ContentFile, parsers: Parsers): InputResult {
  let bytes: Buffer;
  try {
    // Synchronous: for many small files several times faster than the promise API, and the build has nothing else to do meanwhile.
    bytes = readFileSync(file.absolute);
  } catch (cause) {
    return asInput(unreadable(file, null, `it cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`));
  }
  return parseInput(file, bytes, parsers);
}

/** `hash`: the bytes' content hash, when the caller has it already. */
export function parseInput(file: ContentFile, bytes: Uint8Array, parsers: Parsers, hash = hashOf(bytes)): InputResult {
  const result = parseText(file, bytes, parsers);
  result.articles.forEach((article, i) => {
    article.keywords = articleKeywords(article, parsers.stopwords);
    article.revision = hashOf(PARSER_VERSION, hash, file.display, String(i));
  });
  return result;
}

function parseText(file: ContentFile, bytes: Uint8Array, parsers: Parsers): InputResult {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return asInput(unreadable(file, decoded.line, decoded.reason));
  const name = file.display.toLowerCase();
  if (MARKDOWN.some((ext) => name.endsWith(ext))) return parseMarkdownArticle(decoded.text, file.display, parsers.inputContext, parsers.marked);
  if (FEEDS.some((ext) => name.endsWith(ext))) return parseFeedFile(decoded.text, file.display, parsers.feedContext(file.display));
  return asInput(parseScrapedPage(decoded.text, file.display, parsers.scrapedRules));
}

function asInput(result: ParseResult): InputResult {
  return { file: result.file, ok: result.ok, articles: result.article ? [result.article] : [], diagnostics: result.diagnostics };
}

/** Reads and parses one scraped page, as `kiosk parse` reports it. */
export function parseFile(file: ContentFile, rules: ScrapedRules): ParseResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file.absolute);
  } catch (cause) {
    return unreadable(file, null, `it cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
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
