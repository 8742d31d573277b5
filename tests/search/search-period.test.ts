/**
 * The periods the search index is made in: a month of the newest quarter, a quarter of the newest year, a whole year
 * before — so that new pages index their month again, not the archive, and the same articles always give the same
 * indexes.
 */
import { describe, expect, it } from "vitest";
import { searchableText, searchPeriod } from "../../src/search/search-index.js";

describe("searchPeriod", () => {
  it("gives a month of the newest quarter, a quarter of the newest year, and a year before it", () => {
    const newest = "2020-11-30";
    expect(searchPeriod("2020-11-03", newest)).toBe("2020-11");
    expect(searchPeriod("2020-10-01", newest)).toBe("2020-10");
    expect(searchPeriod("2020-09-30", newest)).toBe("2020-q3");
    expect(searchPeriod("2020-01-01", newest)).toBe("2020-q1");
    expect(searchPeriod("2019-12-31", newest)).toBe("2019");
    expect(searchPeriod("2015-06-15", newest)).toBe("2015");
  });

  it("keeps a quarter's months apart until the next quarter's first article, and a year's quarters until the next year's", () => {
    const periods = (dates: string[], newest: string) => [...new Set(dates.map((d) => searchPeriod(d, newest)))];
    const autumn = ["2020-07-02", "2020-08-31", "2020-09-30"];
    expect(periods(autumn, "2020-09-30")).toEqual(["2020-07", "2020-08", "2020-09"]);
    expect(periods(autumn, "2020-10-01")).toEqual(["2020-q3"]);
    expect(periods(["2020-03-02", ...autumn, "2020-12-31"], "2020-12-31")).toEqual(["2020-q1", "2020-q3", "2020-12"]);
    expect(periods(["2020-03-02", ...autumn, "2020-12-31"], "2021-01-01")).toEqual(["2020"]);
  });
});

describe("searchableText", () => {
  it("writes typographic apostrophes as the ASCII one Pagefind splits words at", () => {
    expect(searchableText("l’économie d‘hier ʼx")).toBe("l'économie d'hier 'x");
  });
});
