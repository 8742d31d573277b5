/**
 * The credit line: where and when an article was first published, e.g.
 * "Publié dans Barlamane le 30 - 09 - 2020" or "نشر في هسبريس يوم 30 - 09 - 2020".
 * The patterns are the per-language templates of the config, compiled to
 * regular expressions once per build.
 */
import type { LanguageRules } from "../config/languages.js";
import { asciiDigits, matchKey } from "../text/clean.js";
import { regexLiteral } from "../util/regex-literal.js";

export interface CreditMatch {
  lang: string;
  source: string;
  /** The date as written on the line. */
  dateText: string;
}

export interface CreditMatcher {
  /** Whole-line match of a credit line. */
  match(line: string): CreditMatch | undefined;
  /** True when a line starts like a credit line ("Publié dans …") without being a whole one. */
  looksLikeCredit(line: string): boolean;
  /** Reads a date written in any known language; undefined when it is not a real date. */
  parseDate(text: string): string | undefined;
}

const NUMERIC_DATE = String.raw`\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}`;
const WORDED_DATE = String.raw`\d{1,2}(?:er|º|°)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}`;
const MONTH_FIRST_DATE = String.raw`\p{L}+\.?\s+\d{1,2},?\s+\d{4}`;
/** A time after the date ("à 12:30", "- 10h05") is accepted and ignored. */
const OPTIONAL_TIME = String.raw`(?:\s*(?:-|,|à|a las|at|على الساعة|الساعة)?\s*\d{1,2}\s*[:h]\s*\d{2}(?:\s*[ap]\.?m\.?)?)?`;
const ARABIC_MARKS = "[\\u064B-\\u065F\\u0670\\u0640]*";

export function compileCreditMatcher(languages: Record<string, LanguageRules>): CreditMatcher {
  const patterns: { lang: string; full: RegExp; start: RegExp }[] = [];
  for (const [lang, rules] of Object.entries(languages)) {
    for (const template of rules.credit) {
      patterns.push({ lang, full: compileTemplate(template), start: compilePrefix(template) });
    }
  }
  const months = monthTable(languages);

  return {
    match(line) {
      const text = asciiDigits(line);
      for (const p of patterns) {
        const m = p.full.exec(text);
        if (m?.groups) {
          const source = m.groups
            .source!.trim()
            .replace(/^[«"“]|[»"”]$/g, "")
            .trim();
          if (source) return { lang: p.lang, source, dateText: m.groups.date! };
        }
      }
      return undefined;
    },
    looksLikeCredit(line) {
      return patterns.some((p) => p.start.test(line));
    },
    parseDate(text) {
      return parseDateText(asciiDigits(text), months);
    },
  };
}

function compileTemplate(template: string): RegExp {
  const parts = template.split(/(\{source\}|\{date\})/);
  let pattern = "^";
  for (const part of parts) {
    if (part === "{source}") pattern += "(?<source>.+?)";
    else if (part === "{date}") pattern += `(?<date>${NUMERIC_DATE}|${WORDED_DATE}|${MONTH_FIRST_DATE})${OPTIONAL_TIME}`;
    else pattern += literal(part);
  }
  return new RegExp(`${pattern}\\s*[.:]?$`, "iu");
}

/** The words before `{source}`, as a line start: "Publié dans ". */
function compilePrefix(template: string): RegExp {
  const prefix = template.split("{source}")[0] ?? "";
  return new RegExp(`^${literal(prefix.trim())}\\s`, "iu");
}

/** A template's fixed words: spacing is free, Arabic letters may carry diacritics. */
function literal(text: string): string {
  let out = "";
  for (const ch of text) {
    if (/\s/.test(ch)) {
      if (!out.endsWith("\\s+")) out += "\\s+";
    } else if (/[\u0621-\u064A]/.test(ch)) {
      out += ch + ARABIC_MARKS;
    } else {
      out += regexLiteral(ch);
    }
  }
  return out;
}

function monthTable(languages: Record<string, LanguageRules>): Map<string, number> {
  const months = new Map<string, number>();
  for (const rules of Object.values(languages)) {
    for (const [i, name] of rules.months.entries()) months.set(matchKey(name), i + 1);
    for (const [name, n] of Object.entries(rules.monthAliases)) months.set(matchKey(name), n);
  }
  return months;
}

/** "30 - 09 - 2020", "30/9/2020", "30 septembre 2020", "September 30, 2020" → "2020-09-30". */
export function parseDateText(text: string, months: Map<string, number>): string | undefined {
  let day: number;
  let month: number | undefined;
  let year: number;
  const numeric = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})/.exec(text);
  const worded = /^(\d{1,2})(?:er|º|°)?\s+(?:de\s+)?(\p{L}+)\.?\s+(?:de\s+)?(\d{4})/u.exec(text);
  const monthFirst = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(text);
  if (numeric) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  } else if (worded) {
    [day, month, year] = [Number(worded[1]), months.get(matchKey(worded[2]!)), Number(worded[3])];
  } else if (monthFirst) {
    [day, month, year] = [Number(monthFirst[2]), months.get(matchKey(monthFirst[1]!)), Number(monthFirst[3])];
  } else {
    return undefined;
  }
  return month === undefined ? undefined : isoDate(year, month, day);
}

/** A real calendar day between 1900 and 2200 as YYYY-MM-DD, or undefined (31 February is not). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
