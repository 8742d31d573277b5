/** What ingest makes of one input file: its articles (a feed holds many) and its diagnostics. */
import type { SiteConfig } from "../config/config.js";
import type { Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import type { LanguageDetector } from "../text/detect-language.js";
import type { StoryGraphStore } from "../assemble/story-graph-state.js";
import type { HeadlineKeywordStore } from "../text/keywords.js";

export interface InputResult {
  file: string;
  /** False when the file was skipped whole. */
  ok: boolean;
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
}

/** What every input parser needs besides the text. */
export interface InputContext {
  config: SiteConfig;
  detectLanguage: LanguageDetector;
  /** For a feed `kiosk fetch` saved: the configured source (its name and language win over the feed's). */
  configuredSource?: { name: string; language?: string };
}

/** A parsed input as a cache keeps it: the file's size, time and content hash, and what the parser made of it. */
export interface CachedInput {
  mtimeMs: number;
  size: number;
  hash: string;
  result: InputResult;
}

/** Where ingest finds what it parsed before and leaves what it parses now (cache/input-cache.ts keeps it between builds). */
export interface ParsedInputStore {
  get(file: string): CachedInput | undefined;
  set(file: string, entry: CachedInput): void;
  /** A file read again and found the same (touched, not changed, as by a checkout): its new size and time, its entry kept. */
  touch(file: string, stamp: { mtimeMs: number; size: number }): void;
  /** Forgets every file but these (files gone from the content folder). */
  retain(files: ReadonlySet<string>): void;
  /** The keywords of ticker headlines worked out in earlier builds, and this one's. */
  readonly headlineKeywords: HeadlineKeywordStore & { texts(): Iterable<string> };
  /** The last story grouping's state, and this build's. */
  readonly storyGraph: StoryGraphStore;
}
