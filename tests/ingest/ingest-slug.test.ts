/** Ingest works out each article's permalink slug once, when it parses the file: the title's, or the one front matter asks for. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listContentFiles } from "../../src/ingest/content-source.js";
import { CONTENT_EXTENSIONS, ingestContent } from "../../src/ingest/ingest.js";
import { defaultConfig, page } from "../helpers.js";

const dir = mkdtempSync(path.join(tmpdir(), "kiosk-ingest-slug-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest's slugs", () => {
  it("gives an article its title's slug, or the slug its front matter asks for", async () => {
    mkdirSync(path.join(dir, "content"), { recursive: true });
    writeFileSync(path.join(dir, "content", "a.txt"), page({ title: "Le port de Tanger Med s'agrandit" }));
    writeFileSync(path.join(dir, "content", "b.txt"), page({ title: "Un autre titre", front: "slug: mon-article" }));
    const files = await listContentFiles("content", CONTENT_EXTENSIONS, dir);
    const { articles } = await ingestContent(files, defaultConfig());
    expect(articles.map((a) => [path.basename(a.file), a.slug])).toEqual([
      ["a.txt", "le-port-de-tanger-med-s-agrandit"],
      ["b.txt", "mon-article"],
    ]);
  });
});
