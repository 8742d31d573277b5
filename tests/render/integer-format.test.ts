/**
 * The whole numbers a search page writes without Intl.NumberFormat: the build's measure of a language's format, and
 * the page script's twin of it (read out of public/search.js), both equal to Intl.NumberFormat for every language
 * they accept.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatInteger, type IntegerFormat, integerFormat } from "../../src/render/integer-format.js";
import { ROOT } from "../helpers.js";

const NUMBERS = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 2024, 9999, 10_000, 65_536, 99_999, 100_000, 999_999, 1_000_000, 31_415_926, 2_147_483_647];

/** public/search.js's formatCount, made a function of (count, format) here. */
function pageFormatCount(): (count: number, format: IntegerFormat) => string {
  const script = readFileSync(path.join(ROOT, "public", "search.js"), "utf8");
  const body = /function formatCount\(count\) \{\n([\s\S]*?)\n\}/.exec(script)?.[1];
  if (!body) throw new Error("public/search.js has no formatCount(count) any more: update this test with it");
  return new Function("count", "strings", "pageLang", body.replace("strings.number", "strings")) as never;
}

describe("integer format", () => {
  it("writes counts as Intl.NumberFormat does in French, Arabic, Spanish and English, Spanish grouping from five digits", () => {
    for (const lang of ["fr", "ar", "es", "en", "ar-EG", "de", "pt-BR"]) {
      const format = integerFormat(lang);
      expect(format, lang).not.toBeNull();
      for (const n of NUMBERS) expect(formatInteger(n, format!), `${lang} ${n}`).toBe(new Intl.NumberFormat(lang).format(n));
    }
    expect(formatInteger(1234, integerFormat("es")!)).toBe("1234");
    expect(formatInteger(12_345, integerFormat("es")!)).toBe("12.345");
    expect(integerFormat("ar-EG")!.digits.join("")).toBe("٠١٢٣٤٥٦٧٨٩");
  });

  it("gives no format where groups of three would be wrong (Indian grouping), and none for a tag Intl refuses", () => {
    expect(integerFormat("en-IN")).toBeNull();
    expect(integerFormat("not a language tag!")).toBeNull();
  });

  it("is the search page's own formatting too: public/search.js writes every count as the build measured it", () => {
    const formatCount = pageFormatCount();
    for (const lang of ["fr", "ar", "es", "en", "ar-EG"]) {
      const format = integerFormat(lang)!;
      for (const n of NUMBERS) expect(formatCount(n, format), `${lang} ${n}`).toBe(new Intl.NumberFormat(lang).format(n));
    }
  });
});
