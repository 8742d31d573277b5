/**
 * Telling the language of a text when nothing says it: Arabic script is Arabic;
 * among Latin-script languages, the one whose frequent short words and
 * characteristic letters ("ñ", "ç", "'s") appear most.
 */
import type { LanguageRules } from "../config/languages.js";

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LETTER = /\p{L}/gu;

/** Returns a language code, or undefined when the text does not say. */
export type LanguageDetector = (
  text: string,
  /** Clues needed: 2 suits paragraphs; a short headline may need 1. */
  minHits?: number,
) => string | undefined;

export function createLanguageDetector(languages: Record<string, LanguageRules>): LanguageDetector {
  const candidates = Object.entries(languages)
    .filter(([, rules]) => rules.dir === "ltr" && rules.stopwords.length + rules.markers.length > 0)
    .map(([code, rules]) => ({ code, stopwords: new Set(rules.stopwords), markers: rules.markers.map((m) => new RegExp(m, "gu")) }));

  return (text, minHits = 2) => {
    const letters = text.match(LETTER)?.length ?? 0;
    if (letters === 0) return undefined;
    const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
    if (arabic / letters > 0.3) return "ar";

    const lower = text.toLowerCase();
    const words = lower.split(/[^\p{L}]+/u);
    let best: string | undefined;
    let bestScore = 0;
    let secondScore = 0;
    for (const candidate of candidates) {
      let score = 0;
      for (const word of words) if (candidate.stopwords.has(word)) score++;
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
