/**
 * Match keys: the same text however it was spaced, cased, punctuated or accented. The last step (every run of
 * punctuation, symbols and whitespace becomes one space) is a loop over the characters rather than a regular
 * expression: it must give what the expression gives, for every character of every script.
 */
import { describe, expect, it } from "vitest";
import { collapseSeparators, matchKey, wordKey } from "../../src/text/clean.js";

const byExpression = (text: string) => text.replace(/[\p{P}\p{S}\s]+/gu, " ").trim();

describe("match keys", () => {
  it("fold case, accents, elisions, Arabic letter forms, punctuation and spacing", () => {
    expect(matchKey("  L'Économie  d’Agadir : +3,5 % !")).toBe("economie agadir 3 5");
    expect(matchKey("Rabat-Salé «2024»")).toBe("rabat sale 2024");
    expect(matchKey("الإمارات… تفتتح قنصليةً في العيون")).toBe("الامارات تفتتح قنصليه في العيون");
    expect(matchKey("Tánger\u00a0Med\u200b 😀 ¡ampliará!")).toBe("tanger med ampliara");
  });

  it("collapse separators as the regular expression does, for every character alone and between letters", () => {
    const texts: string[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const ch = String.fromCharCode(c);
      texts.push(ch, `a${ch}b`, `${ch}${ch}x`);
    }
    // Characters beyond the Basic Multilingual Plane (emoji are symbols, mathematical letters are letters), lone
    // surrogates, and runs of mixed separators at both ends.
    texts.push("😀", "a😀b", "𝐀𝐁", "a👍🏽b", "\ud800x", "x\udc00", "\ud83d", " - a . b ; ", "a  b", "a \u00a0b", "", "   ", "a");
    const differ = texts.filter((t) => collapseSeparators(t) !== byExpression(t));
    expect(differ).toEqual([]);
  });

  it("return the text itself when it is collapsed already", () => {
    const text = ["tanger", "med"].join(" ");
    expect(collapseSeparators(text)).toBe(text);
  });
});

describe("word keys (story evidence)", () => {
  it("fold as match keys do, but keep a Spanish 'ñ' a letter of its own", () => {
    expect(wordKey("L'Économie du Maroc")).toBe(matchKey("L'Économie du Maroc"));
    expect(wordKey("La peña del Betis")).not.toBe(wordKey("La pena del Betis"));
    expect(wordKey("AÑO")).toBe(wordKey("año"));
    expect(matchKey("La peña del Betis")).toBe(matchKey("La pena del Betis"));
  });
});
