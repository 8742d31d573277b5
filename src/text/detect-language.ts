/**
 * Telling the language of a text when nothing says it: Arabic script is Arabic;
 * among Latin-script languages, the one whose frequent short words and
 * characteristic letters ("ñ", "ç", "'s") appear most.
 */
import type { LanguageRules } from "../config/languages.js";

const LETTER = /^\p{L}$/u;

/** Whether each UTF-16 unit of the Basic Multilingual Plane is a letter (\p{L}): 0 not known yet, 1 yes, 2 no. */
const letterTable = new Uint8Array(0x10000);

const isArabicScript = (c: number) =>
  (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);

/**
 * Whether the character at `i` is a letter (\p{L}), and how many UTF-16 units it takes: 1, or 2 for a pair of
 * surrogates; negative when it is no letter (a lone surrogate is none). Asked of the table, or of the expression once
 * per character (outside the Basic Multilingual Plane, rare, each time).
 */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const lower = c | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 1 : -1;
  }
  if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return LETTER.test(String.fromCodePoint(text.codePointAt(i)!)) ? 2 : -2;
  let known = letterTable[c]!;
  if (known === 0) letterTable[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : -1;
}

/** The letters of a text, and its characters of Arabic script (letters or not), counted without a string for each. */
function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; ) {
    const at = letterAt(text, i);
    if (at > 0) letters++;
    if (isArabicScript(text.charCodeAt(i))) arabic++;
    i += Math.abs(at);
  }
  return { letters, arabic };
}

/** Each run of letters (\p{L}) of a text, in order: `text.split(/[^\p{L}]+/u)` less its empty strings, without the expression. */
function forEachWord(text: string, visit: (word: string) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const at = letterAt(text, i);
    if (at > 0 && start < 0) start = i;
    else if (at < 0 && start >= 0) {
      visit(text.slice(start, i));
      start = -1;
    }
    i += Math.abs(at);
  }
  if (start >= 0) visit(text.slice(start));
}

/** Returns a language code, or undefined when the text does not say. */
export type LanguageDetector = (
  text: string,
  /** Clues needed: 2 suits paragraphs; a short headline may need 1. */
  minHits?: number,
) => string | undefined;

export function createLanguageDetector(languages: Record<string, LanguageRules>): LanguageDetector {
  const candidates = Object.entries(languages)
    .filter(([, rules]) => rules.dir === "ltr" && rules.stopwords.length + rules.markers.length > 0)
    .map(([code, rules]) => ({ code, markers: rules.markers.map((m) => new RegExp(m, "gu")) }));
  // Each stop-word's languages, as bits of the candidates' order: a text's words are looked up once, not once per language.
  const languagesOf = new Map<string, number>();
  for (const [k, { code }] of candidates.entries())
    for (const word of languages[code]!.stopwords) languagesOf.set(word, (languagesOf.get(word) ?? 0) | (1 << k));
  const scores = new Int32Array(candidates.length);

  return (text, minHits = 2) => {
    const { letters, arabic } = countLetters(text);
    if (letters === 0) return undefined;
    if (arabic / letters > 0.3) return "ar";

    const lower = text.toLowerCase();
    scores.fill(0);
    forEachWord(lower, (word) => {
      const bits = languagesOf.get(word);
      if (bits !== undefined) for (let k = 0; k < scores.length; k++) if (bits & (1 << k)) scores[k]!++;
    });
    let best: string | undefined;
    let bestScore = 0;
    let secondScore = 0;
    for (const [k, candidate] of candidates.entries()) {
      let score = scores[k]!;
      for (const marker of candidate.markers) score += lower.match(marker)?.length ?? 0;
      if (score > bestScore) {
        secondScore = bestScore;
        bestScore = score;
        best = candidate.code;
      } else if (score > secondScore) {
        secondScore = score;
      }
    }
    // A word two languages share ("de", "la") says nothing; ask for a clear lead.
    return bestScore >= minHits && bestScore > secondScore ? best : undefined;
  };
}
