/** The calendar day of an instant in a time zone: a scrape's day, as the site's readers count days. */
import { describe, expect, it } from "vitest";
import { dayAt } from "../../src/text/dates.js";

describe("the day of an instant", () => {
  it("is the day in the time zone, not in UTC", () => {
    const evening = Date.parse("2031-06-10T20:00:00Z");
    expect(dayAt(evening, "UTC")).toBe("2031-06-10");
    expect(dayAt(evening, "Asia/Tokyo")).toBe("2031-06-11");
    expect(dayAt(Date.parse("2031-06-10T02:00:00Z"), "America/New_York")).toBe("2031-06-09");
    // A year under 100 is that year (a feed's "0001" stays far too old to be read, not 1901).
    expect(dayAt(Date.parse("0050-06-10T12:00:00Z"), "Africa/Casablanca")).toBe("0050-06-10");
  });
});
