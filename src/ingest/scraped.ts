/**
 * Parsing one scraped page dump into an article. The shape, top to bottom:
 * optional front matter, the ticker line, site boilerplate, the title, the
 * credit line, the body (one paragraph a line), the back-link line. The
 * README's "Scraped pages" describes the format; every language-specific string comes from the
 * language tables, compiled once into `ScrapedRules`.
 */
import type { SiteConfig } from "../config/config.js";
import { error, warning, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { cleanLine, matchKey, normalizeNewlines } from "../text/clean.js";
import { createLanguageDetector, type LanguageDetector } from "../text/detect-language.js";
import { safeHttpUrl } from "../text/url.js";
import { compileCreditMatcher, isoDate, type CreditMatch, type CreditMatcher } from "./credit-line.js";
import { articleFieldsOf, readFrontMatter } from "./front-matter.js";
import { isTickerLine, splitTicker } from "./ticker.js";

/** The language tables, compiled once per build for every page. */
export interface ScrapedRules {
  credit: CreditMatcher;
  /** Match keys of every boilerplate line of every language. */
  boilerplate: Set<string>;
  /** Match keys of every back-link line of every language. */
  backLinks: string[];
  /** Match keys of the first word of every boilerplate and back-link line: a line starting otherwise is neither. */
  firstWords: Set<string>;
  /** Lines longer than these cannot be boilerplate or a back-link (which may carry a URL), so they are not keyed. */
  maxBoilerplateLength: number;
  maxBackLinkLength: number;
  /** Characters of a line enough to hold any back-link phrase (with room for spacing and entities). */
  backLinkPrefixLength: number;
  detectLanguage: LanguageDetector;
  /** The language of a page whose own cannot be told. */
  defaultLanguage: string;
}

export interface ParseResult {
  file: string;
  ok: boolean;
  article: ParsedArticle | null;
  diagnostics: Diagnostic[];
}

export function compileScrapedRules(config: SiteConfig): ScrapedRules {
  const languages = Object.values(config.languages);
  return {
    credit: compileCreditMatcher(config.languages),
    boilerplate: new Set(languages.flatMap((l) => l.boilerplate.map(matchKey))),
    firstWords: new Set(languages.flatMap((l) => [...l.boilerplate, ...l.backLink].map((line) => firstWordKey(line)))),
    backLinks: [...new Set(languages.flatMap((l) => l.backLink.map(matchKey)))].filter(Boolean),
    maxBoilerplateLength: Math.max(0, ...languages.flatMap((l) => l.boilerplate.map((b) => b.length))) * 2 + 10,
    maxBackLinkLength: Math.max(0, ...languages.flatMap((l) => l.backLink.map((b) => b.length))) * 2 + 2048,
    backLinkPrefixLength: Math.max(0, ...languages.flatMap((l) => l.backLink.map((b) => b.length))) * 2 + 10,
    detectLanguage: createLanguageDetector(config.languages),
    defaultLanguage: config.defaultLanguage,
  };
}

/** One line of the page; its cleaned text and whether it is a ticker line are worked out only when asked. */
class Line {
  private cleaned: string | undefined;
  private ticker: boolean | undefined;

  constructor(
    /** 1-based line number in the file. */
    readonly number: number,
    readonly raw: string,
  ) {}

  get text(): string {
    return (this.cleaned ??= cleanLine(this.raw));
  }

  /** A ticker line holds several headlines; its text as one line is never needed. */
  get isTicker(): boolean {
    return (this.ticker ??= isTickerLine(this.raw));
  }
}

const TRUNCATED_LEDE = /^(?:[,;:.…)\]»،؛]|\p{Ll})/u;

export function parseScrapedPage(source: string, file: string, rules: ScrapedRules): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number | null, message: string, hint?: string): ParseResult => {
    diagnostics.push(error(file, line, message, hint));
    return { file, ok: false, article: null, diagnostics };
  };

  const text = normalizeNewlines(source);
  if (text.trim() === "") return fail(null, "the file is empty; it is skipped.", "Delete it, or fill it with a scraped page.");

  const front = readFrontMatter(text, file);
  diagnostics.push(...front.diagnostics);
  if (!front.ok) return { file, ok: false, article: null, diagnostics };
  const fm = front.data;

  const lines: Line[] = front.content.split("\n").map((raw, i) => new Line(i + 1 + front.lineOffset, raw));
  const mayBeFurniture = (line: Line) => rules.firstWords.has(firstWordKey(line.text));
  const isBoilerplate = (line: Line) => line.text.length <= rules.maxBoilerplateLength && mayBeFurniture(line) && rules.boilerplate.has(matchKey(line.text));
  const backLinkUrl = (line: Line): string | null | undefined => {
    if (line.text.length > rules.maxBackLinkLength || !mayBeFurniture(line)) return undefined;
    // Only the start of a line can match a back-link phrase, so only the start is keyed.
    const key = matchKey(line.text.slice(0, rules.backLinkPrefixLength));
    if (!rules.backLinks.some((b) => key.startsWith(b))) return undefined;
    const found = /https?:\/\/\S+/.exec(line.text)?.[0];
    return found ? (safeHttpUrl(found.replace(/[.,;)»]+$/, "")) ?? null) : null;
  };

  // The credit line anchors the page: the title is right before it, the body after it.
  let creditIndex = -1;
  let credit: CreditMatch | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.isTicker || line.text === "") continue;
    credit = rules.credit.match(line.text);
    if (credit) {
      creditIndex = i;
      break;
    }
  }

  let titleIndex = -1;
  if (creditIndex >= 0) {
    for (let i = creditIndex - 1; i >= 0; i--) {
      const line = lines[i]!;
      if (line.text !== "" && !isBoilerplate(line)) {
        titleIndex = i;
        break;
      }
    }
  } else if (fm.source !== undefined && fm.date !== undefined) {
    // No credit line, but front matter says where and when: the title is the first line that is neither ticker nor boilerplate.
    const first = firstTextIndex(lines);
    titleIndex = lines.findIndex((line, i) => !(i === first && line.isTicker) && line.text !== "" && !isBoilerplate(line));
  } else {
    const nearMiss = lines.find((line) => !line.isTicker && line.text !== "" && rules.credit.looksLikeCredit(line.text));
    if (nearMiss) {
      return fail(
        nearMiss.number,
        `the credit line "${clip(nearMiss.text)}" has no date Kiosk can read; the article is skipped.`,
        'Write the date as DD - MM - YYYY, e.g. "Publié dans Barlamane le 30 - 09 - 2020".',
      );
    }
    return fail(
      null,
      'no credit line ("Publié dans … le DD - MM - YYYY", "نشر في … يوم …", "Publicado en … el …", "Published in … on …") found; the article is skipped.',
      "Add the line, or set source and date in front matter.",
    );
  }

  const titleLine = titleIndex >= 0 ? lines[titleIndex]! : undefined;
  const title = fm.title ?? titleLine?.text;
  if (!title) {
    return fail(
      lines[creditIndex]?.number ?? null,
      "no title line before the credit line; the article is skipped.",
      "Put the title on the line right before the credit line, or set title in front matter.",
    );
  }

  // Everything above the title: the ticker line(s) and boilerplate.
  const ticker: string[] = [];
  const preambleEnd = Math.max(titleIndex, 0);
  const first = firstTextIndex(lines);
  for (let i = 0; i < preambleEnd; i++) {
    const line = lines[i]!;
    if (line.isTicker) {
      ticker.push(...splitTicker(line.raw));
      continue;
    }
    if (line.text === "" || isBoilerplate(line)) continue;
    if (i === first) ticker.push(...splitTicker(line.raw));
    else {
      diagnostics.push(
        warning(
          file,
          line.number,
          `the line "${clip(line.text)}" before the title is neither a ticker nor known boilerplate; it is ignored.`,
          "Add it to the boilerplate list of its language in the config if it is site furniture.",
        ),
      );
    }
  }

  // The body: after the credit line (or the title) up to the back-link line.
  const body: string[] = [];
  const flags: string[] = [];
  let url: string | null = fm.url ?? null;
  let sawBackLink = false;
  const bodyStart = (creditIndex >= 0 ? creditIndex : titleIndex) + 1;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "" || isBoilerplate(line)) continue;
    const backLink = backLinkUrl(line);
    if (backLink !== undefined) {
      sawBackLink = true;
      url ??= backLink;
      if (lines.slice(i + 1).some((l) => l.text !== "" && !isBoilerplate(l))) flags.push("text-after-back-link");
      break;
    }
    body.push(line.text);
  }
  if (body.length === 0) {
    return fail(
      lines[bodyStart - 1]?.number ?? null,
      "no body text after the credit line; the article is skipped.",
      "Check that the scraper kept the article's paragraphs.",
    );
  }
  if (!sawBackLink) flags.push("no-back-link");
  if (TRUNCATED_LEDE.test(body[0]!)) flags.push("truncated-lede");

  // Where and when: front matter wins over the credit line.
  const sourceName = fm.source ?? credit?.source;
  if (!sourceName) return fail(null, "no source name; the article is skipped.", "Add a credit line, or set source in front matter.");
  let date: string | undefined;
  if (fm.date !== undefined) {
    date = normalizeFrontMatterDate(fm.date, rules.credit);
    if (!date) {
      return fail(null, `front matter date "${clip(fm.date)}" is not a real date; the article is skipped.`, "Use YYYY-MM-DD, e.g. date: 2020-09-30.");
    }
  } else if (credit) {
    date = rules.credit.parseDate(credit.dateText);
    if (!date) {
      return fail(
        lines[creditIndex]!.number,
        `the credit line's date "${credit.dateText}" is not a real date; the article is skipped.`,
        "Check the day and month (DD - MM - YYYY), or set date in front matter.",
      );
    }
  }
  if (!date) return fail(null, "no date; the article is skipped.", "Add a credit line, or set date in front matter.");

  const lang = fm.lang ?? credit?.lang ?? rules.detectLanguage(`${title} ${body.join(" ")}`) ?? rules.defaultLanguage;

  const article: ParsedArticle = {
    file,
    origin: "scraped",
    title,
    source: sourceName,
    date,
    lang,
    url,
    ...articleFieldsOf(fm),
    ticker,
    body,
    bodyHtml: null,
    flags,
  };
  return { file, ok: true, article, diagnostics };
}

/** The match key of a line's first word ("Cliquez", "¡Gracias" → "gracias"); first words repeat, so keys are kept. */
const firstWordKeys = new Map<string, string>();

function firstWordKey(text: string): string {
  const head = text.slice(0, 40);
  const end = head.search(/\s/);
  const word = end === -1 ? head : head.slice(0, end);
  let key = firstWordKeys.get(word);
  if (key === undefined) {
    const folded = matchKey(word);
    const space = folded.indexOf(" ");
    key = space === -1 ? folded : folded.slice(0, space);
    if (firstWordKeys.size < 50_000) firstWordKeys.set(word, key);
  }
  return key;
}

function firstTextIndex(lines: Line[]): number {
  return lines.findIndex((line) => line.isTicker || line.text !== "");
}

/** Front matter dates: YYYY-MM-DD, an ISO date-time (its calendar day), or the credit line's DD - MM - YYYY. */
function normalizeFrontMatterDate(value: string, credit: CreditMatcher): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return credit.parseDate(value);
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
