/**
 * What a build keeps to its end (the memo of match keys, tables of numbered texts) keeps copies of the short texts
 * it is given, not the pages' files they were cut from: in V8 a piece of a larger string may point into it.
 */
import { runInNewContext } from "node:vm";
import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/text/clean.js";
import { TextNumbering } from "../../src/ingest/numbered-texts.js";

v8.setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const PAGES = 64;
const PAGE_BYTES = 1 << 20;

/** The heap's growth, in MiB, after `keep` was given a short piece of each of 64 pages of 1 MiB and the pages were let go. */
function retainedBy(keep: (piece: string) => void): number {
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < PAGES; i++) {
    // A page of its own (its number first: no two pages alike), flattened as a file read is.
    const page = `${i} Une page de ${i} : le port de Tanger Med ajoute deux terminaux. ${"x".repeat(PAGE_BYTES)}`;
    page.charCodeAt(page.length - 1);
    keep(page.slice(0, 60));
  }
  collect();
  return (process.memoryUsage().heapUsed - before) / (1 << 20);
}

describe("texts kept for the whole build", () => {
  it("the check sees a piece keep its page (a plain array of pieces keeps them all)", () => {
    const pieces: string[] = [];
    expect(retainedBy((piece) => pieces.push(piece))).toBeGreaterThan(PAGES / 2);
    expect(pieces).toHaveLength(PAGES);
  });

  it("the memo of match keys keeps none of the pages its texts were cut from", () => {
    expect(retainedBy((piece) => void matchKey(piece))).toBeLessThan(8);
    expect(matchKey("Le port de TANGER Med")).toBe("le port de tanger med");
  });

  it("a table of numbered texts keeps none of them either, and hands back equal copies", () => {
    const numbering = new TextNumbering();
    const pieces: number[] = [];
    expect(retainedBy((piece) => pieces.push(numbering.numberOf(piece)))).toBeLessThan(8);
    expect(numbering.textOf(pieces[3]!)).toMatch(/^3 Une page de 3 : le port de Tanger Med/);
    expect(numbering.numberOf(numbering.textOf(pieces[3]!))).toBe(pieces[3]);
  });
});
