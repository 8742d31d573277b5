/**
 * The dev server's memory (assemble/site-memory.ts): an edit that moves no
 * article reuses the last assembled site and renders only the pages that show
 * the edited article; any other edit assembles anew. Either way the output is
 * byte-identical to a clean build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { BuildMemory } from "../../src/build.js";
import { main } from "../../src/cli.js";
import { buildToDisk } from "../../src/commands/build-command.js";
import { ROOT } from "../helpers.js";
import { expectSameOutput } from "../output-tree.js";

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kiosk-memory-"));
  cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
  cpSync(path.join(ROOT, "kiosk.config.json"), path.join(dir, "kiosk.config.json"));
  // A site whose article pages also show the excerpts of related articles and of the story's other
  // articles, so a page that should have been rendered again and was not shows the old text.
  mkdirSync(path.join(dir, "templates"));
  const article = readFileSync(path.join(ROOT, "templates", "article.njk"), "utf8");
  writeFileSync(
    path.join(dir, "templates", "article.njk"),
    article.replace(
      "{% endblock %}",
      "<p>{% for a in related %}{{ a.excerpt }} {% endfor %}{% for a in alsoCovered %}{{ a.excerpt }} {% endfor %}</p>\n{% endblock %}",
    ),
  );
  return dir;
}

const io = (cwd: string) => ({ stdout: new PassThrough(), stderr: new PassThrough().resume(), cwd });

/** Builds a copy of the site from scratch (its own cache, so the served site's stays as it is) and compares. */
async function expectSameAsClean(dir: string): Promise<void> {
  const copy = mkdtempSync(path.join(tmpdir(), "kiosk-memory-clean-"));
  for (const part of ["content", "templates", "kiosk.config.json"]) cpSync(path.join(dir, part), path.join(copy, part), { recursive: true });
  expect(await main(["build", "--no-search", "--quiet"], io(copy))).toBe(0);
  expectSameOutput(path.join(dir, "dist"), path.join(copy, "dist"));
}

function edit(dir: string, file: string, from: RegExp | string, to: string): void {
  const full = path.join(dir, "content", file);
  const text = readFileSync(full, "utf8");
  expect(text).toMatch(from);
  writeFileSync(full, text.replace(from, to));
}

describe("the dev server's memory of the assembled site", () => {
  it("swaps an edited paragraph into the last site, renders only the pages that show it, and matches a clean build", async () => {
    const dir = site();
    const memory = new BuildMemory();
    const values = { quiet: true, "no-search": true };
    const first = await buildToDisk(values, io(dir), { memory });
    expect(first.result.patched).toBe(false);
    edit(dir, "en/northafricapost-solar.txt", /^(?=Click here)/m, "A paragraph added while the server runs.\n");
    const second = await buildToDisk(values, io(dir), { memory });
    expect(second.result.patched).toBe(true);
    expect(second.result.rendered).toBeLessThan(first.result.rendered / 4);
    await expectSameAsClean(dir);
    expect(
      readFileSync(path.join(dir, "dist", "2020", "09", "29", "north-africa-post", "morocco-tenders-a-new-solar-plant-near-ouarzazate", "index.html"), "utf8"),
    ).toContain("A paragraph added while the server runs.");
    // Punctuation in the lede leaves the keywords (and so the article's place) as they were, but changes the
    // excerpt that listings, neighbours' "related" and the story's other articles show.
    edit(dir, "en/northafricapost-solar.txt", "Morocco's sustainable energy agency", "Morocco’s sustainable energy agency");
    const third = await buildToDisk(values, io(dir), { memory });
    expect(third.result.patched).toBe(true);
    await expectSameAsClean(dir);
    // The same for an article whose source has others: their pages list it as related.
    edit(dir, "fr/barlamane-festival-essaouira.txt", "une édition entièrement", "une édition, entièrement,");
    expect((await buildToDisk(values, io(dir), { memory })).result.patched).toBe(true);
    await expectSameAsClean(dir);
  });

  it("assembles anew when an edit moves an article (its title), and still matches a clean build", async () => {
    const dir = site();
    const memory = new BuildMemory();
    const values = { quiet: true, "no-search": true };
    await buildToDisk(values, io(dir), { memory });
    edit(
      dir,
      "en/northafricapost-solar.txt",
      /^Morocco tenders a new solar plant near Ouarzazate$/m,
      "Morocco tenders its largest solar plant yet near Ouarzazate",
    );
    const second = await buildToDisk(values, io(dir), { memory });
    expect(second.result.patched).toBe(false);
    await expectSameAsClean(dir);
    // And the next paragraph edit is patched into the newly assembled site.
    edit(dir, "en/northafricapost-solar.txt", /^(?=Click here)/m, "Another paragraph.\n");
    expect((await buildToDisk(values, io(dir), { memory })).result.patched).toBe(true);
    await expectSameAsClean(dir);
  });
});
