/**
 * Ingest: every input file under the content folder — scraped pages (.txt),
 * Markdown articles (.md) and saved feeds (.xml, .rss, .atom, .rdf, .json) —
 * becomes articles or diagnostics. One bad file never stops the others. With
 * an input cache, a file whose content is unchanged is not parsed again.
 */
import { readFileSync } from "node:fs";
import { hashOf } from "../util/hash.js";
import type { ParsedInputStore } from "./input-result.js";
import type { SiteConfig } from "../config/config.js";
import { error, warning, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { CONTENT_EXTENSIONS, FEEDS, MARKDOWN, stampOf, type ContentFile } from "./content-source.js";
import type { Marked } from "marked";
import { memoryStoryGraphStore, type StoryGraphStore } from "../assemble/story-graph-state.js";
import { articleKeywords, keywordRules, type HeadlineKeywordStore, type KeywordRules } from "../text/keywords.js";
import { slugify } from "../text/slug.js";
import { parseFeedFile } from "./feed.js";
import type { InputContext, InputResult } from "./input-result.js";
import { createMarkdownRenderer, parseMarkdownArticle } from "./markdown.js";
import { compileScrapedRules, parseScrapedPage, type ParseResult, type ScrapedRules } from "./scraped.js";
import { parseInParallel } from "./parse-pool.js";
import { decodeUtf8 } from "./utf8.js";
import { decodeFeedBytes } from "./feed-encoding.js";
import { latestPlausibleDay, withoutFutureArticles } from "./date-bounds.js";
import { PARSER_VERSION } from "../incremental/code-versions.js";
import { bodyOf } from "../cache/body-store.js";

export { CONTENT_EXTENSIONS };

/** The scraped-page rules compiled last (see Parsers.scrapedRules). */
let lastScrapedRules: { key: string; rules: ScrapedRules } | undefined;

/** The compiled rules and tools every parser shares, made once per build on first use. */
export class Parsers {
  private scraped?: ScrapedRules;
  private markdown?: Marked;
  private context?: InputContext;
  private keywords?: KeywordRules;

  /** `rulesKey`: the parsing rules' key (parsingRulesKey), when known: compiled rules are then shared between builds. */
  constructor(
    private readonly config: SiteConfig,
    private readonly rulesKey?: string,
  ) {}

  get scrapedRules(): ScrapedRules {
    return (this.scraped ??= this.sharedScrapedRules());
  }

  /**
   * The rules compiled last for the same parsing rules' key (the language tables and the default language), when it
   * is known: a dev server's rebuild after an edit need not compile the credit lines' expressions again, whose first
   * use costs more than the parse of the edited page.
   */
  private sharedScrapedRules(): ScrapedRules {
    const key = this.rulesKey;
    if (key !== undefined && lastScrapedRules?.key === key) return lastScrapedRules.rules;
    const rules = compileScrapedRules(this.config);
    if (key !== undefined) lastScrapedRules = { key, rules };
    return rules;
  }

  get inputContext(): InputContext {
    return (this.context ??= { config: this.config, detectLanguage: this.scrapedRules.detectLanguage });
  }

  /** The stop-words and story tables keywords are worked out with (see text/keywords.ts). */
  get keywordRules(): KeywordRules {
    return (this.keywords ??= keywordRules(this.config, this.rulesKey));
  }

  get marked(): Marked {
    return (this.markdown ??= createMarkdownRenderer());
  }

  /** The context for a feed file: a feed `kiosk fetch` saved as feeds/<source>.xml is credited to that configured source. */
  feedContext(file: string): InputContext {
    const base = file
      .split("/")
      .pop()!
      .replace(/\.[^.]+$/, "");
    const source = this.config.sources.find((s) => slugify(s.name, "source") === base && file.split("/").includes("feeds"));
    return source
      ? { ...this.inputContext, configuredSource: source.language ? { name: source.name, language: source.language } : { name: source.name } }
      : this.inputContext;
  }
}

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
  /** Keywords of ticker headlines worked out so far (by the parse workers, or kept in the input cache). */
  headlineKeywords: HeadlineKeywordStore & { texts(): Iterable<string> };
  /** The last story grouping's state (kept in the input cache), and where this build's goes. */
  storyGraph: StoryGraphStore;
}

function memoryHeadlineStore(): HeadlineKeywordStore & { texts(): Iterable<string> } {
  const map = new Map<string, string>();
  return { texts: () => map.keys(), get: (text) => map.get(text), set: (text, packed) => void map.set(text, packed) };
}

/** What the parse of a file depends on besides the file: the language tables and the default language. */
export function parsingRulesKey(config: SiteConfig): string {
  return hashOf(PARSER_VERSION, JSON.stringify({ languages: config.languages, defaultLanguage: config.defaultLanguage, stories: config.stories }));
}

/** `listed` come from listContentFiles. */
export interface IngestOptions {
  /** Parsed inputs kept from the last build: a file whose content is unchanged is not parsed again. */
  cache?: ParsedInputStore;
  /** Told every few hundred files. */
  onProgress?: (done: number) => void;
  /** The latest day an article may be dated (see date-bounds.ts); default: tomorrow in the site's time zone. */
  latestDay?: string;
  /** The parsing rules' key (parsingRulesKey), when the caller has it. */
  rulesKey?: string;
}

export async function ingestContent(listed: readonly ContentFile[], config: SiteConfig, options: IngestOptions = {}): Promise<IngestResult> {
  const { cache, onProgress } = options;
  const latestDay = options.latestDay ?? latestPlausibleDay(Date.now(), config.timeZone);
  const parsers = new Parsers(config, options.rulesKey);
  const files = listed.filter((f) => !f.link);

  const articles: ParsedArticle[] = [];
  const inputs = new Map<string, InputResult>();
  const diagnostics: Diagnostic[] = [];
  const filesSkipped: string[] = [];
  let filesParsed = 0;
  let done = 0;
  const record = (file: ContentFile, parsed: InputResult) => {
    // After the cache: whether a date is still to come depends on the day of the build, not on the file.
    const result = withoutFutureArticles(parsed, latestDay);
    // Within a file, report in line order, as a compiler does.
    if (result.diagnostics.length > 0) diagnostics.push(...[...result.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    for (const article of result.articles) articles.push(article);
    inputs.set(file.display, result);
    if (!result.ok) filesSkipped.push(result.file);
    done++;
    if (onProgress && done % 500 === 0) onProgress(done);
  };
  // Many files to parse (a cold build of a large site): parse them on every core first.
  // The keywords of ticker headlines: the cache's (kept across builds), or this build's own.
  const headlineKeywords = cache?.headlineKeywords ?? memoryHeadlineStore();
  // What the cache holds of each file that has the same size and time as when it was parsed; the others are to read.
  const unchanged = files.map((file) => (cache ? cachedIfUnchanged(file, cache) : undefined));
  const toRead: number[] = [];
  for (const [index, result] of unchanged.entries()) if (result === undefined) toRead.push(index);
  const parsedInParallel = await parseInParallel(files, toRead, config, {
    headlineKeywords,
    cachedHash: (file) => cache?.get(file.display)?.hash,
    // Into the cache as soon as parsed: its texts go to the body file, and the build holds none of them.
    onParsed: (index, fresh) => {
      if ("result" in fresh) cache?.set(files[index]!.display, fresh);
    },
  });
  for (const [index, file] of files.entries()) {
    const kept = unchanged[index];
    if (kept) {
      record(file, kept);
      continue;
    }
    const fresh = parsedInParallel?.get(index);
    if (fresh === undefined) {
      if (!cache) filesParsed++;
      record(file, cache ? readCached(file, cache, parsers, () => filesParsed++) : readInput(file, parsers));
    } else if ("result" in fresh) {
      // (In the cache already: see onParsed.)
      filesParsed++;
      record(file, fresh.result);
    } else {
      // Read on a worker and found as the cache holds it (a checkout touches every file): its entry, with its new time.
      cache?.touch(file.display, fresh);
      const entry = cache?.get(file.display);
      record(file, entry ? entry.result : readInput(file, parsers));
    }
  }
  const links = listed.filter((f) => f.link).map((f) => f.display);
  if (links.length > 0) diagnostics.push(linksNotFollowed(links));
  cache?.retain(new Set(files.map((f) => f.display)));
  const storyGraph = cache?.storyGraph ?? memoryStoryGraphStore();
  return {
    articles,
    diagnostics,
    inputs,
    filesRead: files.length,
    filesSkipped,
    filesParsed,
    parseThreads: parsedInParallel?.threads ?? 1,
    headlineKeywords,
    storyGraph,
  };
}

/** The cached result of a file with the same size and time as when it was parsed; undefined: the file is to be read. */
function cachedIfUnchanged(file: ContentFile, cache: ParsedInputStore): InputResult | undefined {
  const cached = cache.get(file.display);
  const stat = cached && stampOf(file);
  return cached && stat && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size ? cached.result : undefined;
}

/**
 * A file the cache does not hold with its size and time of now (cachedIfUnchanged told the others): read, and the
 * cached result kept when its content hash is the same (a file touched, not changed), else parsed.
 */
function readCached(file: ContentFile, cache: ParsedInputStore, parsers: Parsers, parsed: () => void): InputResult {
  const cached = cache.get(file.display);
  const stat = stampOf(file);
  if (!stat) return readInput(file, parsers);
  const bytes = readContentBytes(file);
  if (!(bytes instanceof Uint8Array)) return asInput(bytes);
  const hash = hashOf(bytes);
  if (cached && cached.hash === hash) {
    cache.touch(file.display, stat);
    return cached.result;
  }
  parsed();
  const result = parseInput(file, bytes, parsers, hash);
  cache.set(file.display, { mtimeMs: stat.mtimeMs, size: stat.size, hash, result });
  return result;
}

/** Reads and parses one input file of any kind. */
export function readInput(file: ContentFile, parsers: Parsers): InputResult {
  const bytes = readContentBytes(file);
  return bytes instanceof Uint8Array ? parseInput(file, bytes, parsers) : asInput(bytes);
}

/**
 * A content file's bytes, or why they cannot be had: unreadable, or over the size limit (checked before
 * reading, so a 2 GB file is never loaded). Synchronous: for many small files several times faster than the
 * promise API, and the build has nothing else to do meanwhile.
 */
export function readContentBytes(file: ContentFile): Buffer | ParseResult {
  const size = stampOf(file)?.size ?? 0;
  if (size > MAX_CONTENT_FILE_BYTES) return tooLarge(file, size);
  try {
    const bytes = readFileSync(file.absolute);
    return bytes.length > MAX_CONTENT_FILE_BYTES ? tooLarge(file, bytes.length) : bytes;
  } catch (cause) {
    return unreadable(file, null, `it cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`);
  }
}

/** `hash`: the bytes' content hash, when the caller has it already. */
export function parseInput(file: ContentFile, bytes: Uint8Array, parsers: Parsers, hash = hashOf(bytes)): InputResult {
  const result = parseGuarded(file, bytes, parsers);
  result.articles.forEach((article, i) => {
    // The permalink's slug is worked out here, once per parse (on the parse workers), not at every build's assemble.
    article.slug ??= slugify(article.title);
    article.keywords = articleKeywords({ title: article.title, body: bodyOf(article) }, parsers.keywordRules);
    article.revision = hashOf(PARSER_VERSION, hash, file.display, String(i));
  });
  return result;
}

/**
 * The last line of defence: whatever a parser or a library under it throws on one file (a stack overflow
 * on input nested without bound, a guard of the XML parser) skips that file with a message, never the build.
 */
function parseGuarded(file: ContentFile, bytes: Uint8Array, parsers: Parsers): InputResult {
  try {
    return parseText(file, bytes, parsers);
  } catch (cause) {
    const reason =
      cause instanceof RangeError
        ? "it is nested too deeply to read"
        : `it cannot be parsed: ${String((cause as Error)?.message ?? cause)
            .split("\n")[0]!
            .slice(0, 200)}`;
    return asInput(
      skipped(file, `${reason}; the file is skipped.`, "Save it again from its source; if it is a real article or feed, please report it with the file."),
    );
  }
}

/** A content file that gives no article, with the error that says why and what to do. */
function skipped(file: ContentFile, message: string, hint: string): ParseResult {
  return { file: file.display, ok: false, article: null, diagnostics: [error(file.display, null, message, hint)] };
}

/** A content file larger than this is refused before it is read whole: no article or saved feed comes near it. */
export const MAX_CONTENT_FILE_BYTES = 16 * 1024 * 1024;

/** The diagnostic for a content file over the size limit. */
function tooLarge(file: ContentFile, size: number): ParseResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return skipped(
    file,
    `the file is ${mb(size)}, over Kiosk's limit of ${mb(MAX_CONTENT_FILE_BYTES)} for one content file; it is skipped.`,
    "Split it (a feed: fetch it again, or keep its newest items), or remove it from the content folder.",
  );
}

function parseText(file: ContentFile, bytes: Uint8Array, parsers: Parsers): InputResult {
  const name = file.display.toLowerCase();
  // A saved feed may be in the encoding its XML declaration names (windows-1256, ISO-8859-1).
  if (FEEDS.some((ext) => name.endsWith(ext))) {
    const feed = decodeFeedBytes(bytes);
    if (feed.ok) return parseFeedFile(feed.text, file.display, parsers.feedContext(file.display));
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return asInput(unreadable(file, decoded.line, decoded.reason));
  if (MARKDOWN.some((ext) => name.endsWith(ext))) return parseMarkdownArticle(decoded.text, file.display, parsers.inputContext, parsers.marked);
  if (FEEDS.some((ext) => name.endsWith(ext))) return parseFeedFile(decoded.text, file.display, parsers.feedContext(file.display));
  return asInput(parseScrapedPage(decoded.text, file.display, parsers.scrapedRules));
}

function asInput(result: ParseResult): InputResult {
  return { file: result.file, ok: result.ok, articles: result.article ? [result.article] : [], diagnostics: result.diagnostics };
}

/** Reads and parses one scraped page, as `kiosk parse` reports it. */
export function parseFile(file: ContentFile, rules: ScrapedRules): ParseResult {
  const bytes = readContentBytes(file);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return unreadable(file, decoded.line, decoded.reason);
  return parseScrapedPage(decoded.text, file.display, rules);
}

/** One warning for every symbolic link in the content folder. */
function linksNotFollowed(links: readonly string[]): Diagnostic {
  const shown = links.slice(0, 5).join(", ") + (links.length > 5 ? `, and ${links.length - 5} more` : "");
  const what =
    links.length === 1 ? "a symbolic link, which Kiosk does not follow; it is" : `${links.length} symbolic links, which Kiosk does not follow; they are`;
  return warning(links[0]!, null, `${what} skipped (${shown}).`, "Copy the files into the content folder, or point --content at the folder the links lead to.");
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
