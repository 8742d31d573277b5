/** What ingest makes of one input file: its articles (a feed holds many) and its diagnostics. */
import type { SiteConfig } from "../config/config.js";
import type { Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import type { LanguageDetector } from "../text/detect-language.js";

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
