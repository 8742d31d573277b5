import { describe, expect, it } from "vitest";
import { compileCreditMatcher, isoDate } from "../../src/ingest/credit-line.js";
import { defaultConfig } from "../helpers.js";

const matcher = compileCreditMatcher(defaultConfig().languages);

describe("credit-line matcher", () => {
  it("accepts spacing variants around the hyphens and other separators", () => {
    for (const date of ["30 - 09 - 2020", "30-09-2020", "30 -09- 2020", "30/09/2020", "30.09.2020"]) {
      const m = matcher.match(`Publié dans Barlamane le ${date}`);
      expect(m, date).toBeDefined();
      expect(matcher.parseDate(m!.dateText)).toBe("2020-09-30");
    }
  });

  it("reads worded dates in every language", () => {
    expect(matcher.parseDate("30 septembre 2020")).toBe("2020-09-30");
    expect(matcher.parseDate("1er octobre 2020")).toBe("2020-10-01");
    expect(matcher.parseDate("30 de septiembre de 2020")).toBe("2020-09-30");
    expect(matcher.parseDate("September 30, 2020")).toBe("2020-09-30");
    expect(matcher.parseDate("30 شتنبر 2020")).toBe("2020-09-30");
    expect(matcher.parseDate("30 سبتمبر 2020")).toBe("2020-09-30");
    expect(matcher.parseDate("30 brumaire 2020")).toBeUndefined();
  });

  it("accepts Arabic short vowels in the fixed words and a time after the date", () => {
    expect(matcher.match("نُشِر في هسبريس يوم 30 - 09 - 2020")).toMatchObject({ lang: "ar", source: "هسبريس" });
    expect(matcher.match("Publié dans Le360 le 30 - 09 - 2020 à 14:05")).toMatchObject({ source: "Le360" });
  });

  it("does not match a sentence that merely mentions publishing", () => {
    expect(matcher.match("Publié dans Barlamane le 30 - 09 - 2020, cet article a été repris partout.")).toBeUndefined();
    expect(matcher.match("Le rapport publié dans la revue le 3 mars")).toBeUndefined();
  });
});

describe("isoDate", () => {
  it("refuses days that do not exist", () => {
    expect(isoDate(2020, 2, 29)).toBe("2020-02-29");
    expect(isoDate(2021, 2, 29)).toBeUndefined();
    expect(isoDate(2020, 2, 31)).toBeUndefined();
    expect(isoDate(2020, 13, 1)).toBeUndefined();
    expect(isoDate(2020, 0, 1)).toBeUndefined();
    expect(isoDate(20, 1, 1)).toBeUndefined();
  });
});
