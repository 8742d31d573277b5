import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/ingest/utf8.js";
import { FIXTURES } from "../helpers.js";

describe("decodeUtf8", () => {
  it("decodes UTF-8, Arabic included", () => {
    expect(decodeUtf8(Buffer.from("نشر في هسبريس"))).toEqual({ ok: true, text: "نشر في هسبريس" });
  });

  it("reports a Latin-1 file with the line of its first bad byte", () => {
    const result = decodeUtf8(readFileSync(path.join(FIXTURES, "scraped", "latin1.txt")));
    expect(result).toMatchObject({ ok: false, line: 2 });
    expect(!result.ok && result.reason).toMatch(/not valid UTF-8.*0xe9/);
  });

  it("reports a binary file", () => {
    const result = decodeUtf8(readFileSync(path.join(FIXTURES, "scraped", "binary.txt")));
    expect(result.ok).toBe(false);
  });

  it("refuses overlong encodings and surrogates", () => {
    expect(decodeUtf8(Uint8Array.from([0x41, 0xc0, 0xaf])).ok).toBe(false);
    expect(decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80])).ok).toBe(false);
  });
});

describe("decodeUtf8 and NUL bytes", () => {
  it("keeps a text with a stray NUL (the cleaner strips it) but refuses NUL-filled data", () => {
    expect(decodeUtf8(Buffer.from("Un texte\u0000 assez long pour qu'un NUL isolé ne soit qu'un accident de scraping, rien de plus.")).ok).toBe(true);
    expect(decodeUtf8(Uint8Array.from([0x41, 0, 0, 0, 0, 0x42])).ok).toBe(false);
  });
});
