/**
 * The body file: what is appended is read back the same, in every script and size, and an excerpt of a stored
 * text is the excerpt of the text itself (listings and feeds show it without reading the record).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ArticleText, articleExcerpt, articleText, BodyFileWriter } from "../../src/cache/body-store.js";
import { excerpt } from "../../src/text/excerpt.js";

const dir = mkdtempSync(path.join(tmpdir(), "kiosk-body-store-"));

function stored(file: string, texts: ArticleText[]) {
  const writer = new BodyFileWriter(path.join(dir, file));
  const refs = texts.map((text) => writer.append(text));
  writer.close();
  return refs;
}

describe("body file", () => {
  it("reads back every record as it was written: scripts, empty paragraphs and HTML, and a record larger than the write buffer", () => {
    const texts: ArticleText[] = [
      { body: ["Le port de Tanger Med ajoute deux terminaux.", "Suite."], bodyHtml: null },
      { body: ["ميناء طنجة المتوسط يضيف محطتين للحاويات", ""], bodyHtml: "<p>ميناء <em>طنجة</em></p>" },
      { body: [], bodyHtml: "" },
      { body: ["El puerto 🚢 de Tánger", "x".repeat(3_000_000)], bodyHtml: "<p>grand</p>".repeat(200_000) },
      { body: ["After the large one."], bodyHtml: null },
    ];
    const refs = stored("bodies-1.v8", texts);
    // Read out of order, twice (the last record read is remembered).
    for (const i of [4, 0, 3, 1, 2, 2, 0]) expect(articleText({ body: refs[i]!, bodyHtml: refs[i]! })).toEqual(texts[i]);
  });

  it("gives a stored text the excerpt of the text itself, its cut and a scraper's truncated lede included", () => {
    const long = `${"Le conseil municipal de Ouarzazate a adopté le budget ".repeat(8)}fin.`;
    for (const body of [["Court."], [long, "Suite."], []]) {
      for (const flags of [[], ["truncated-lede"]]) {
        const [ref] = stored(`excerpt-${body.length}-${flags.length}.v8`, [{ body, bodyHtml: null }]);
        expect(articleExcerpt({ body: ref!, bodyHtml: ref!, flags })).toBe(excerpt(body, flags));
        expect(articleExcerpt({ body, bodyHtml: null, flags })).toBe(excerpt(body, flags));
      }
    }
  });

  it("reads a file made again under the same name, not the one it had open before", () => {
    const [first] = stored("again.v8", [{ body: ["Première version."], bodyHtml: null }]);
    expect(articleText({ body: first!, bodyHtml: first! }).body).toEqual(["Première version."]);
    rmSync(path.join(dir, "again.v8"));
    const [second] = stored("again.v8", [{ body: ["Seconde version, plus longue."], bodyHtml: null }]);
    expect(articleText({ body: second!, bodyHtml: second! }).body).toEqual(["Seconde version, plus longue."]);
  });
});
