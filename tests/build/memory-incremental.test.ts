/**
 * The incremental paths through the in-memory writer: building again into the same MemoryWriter keeps
 * unchanged pages, replaces tickers and renders the rest — and must give the same files, byte for byte,
 * as a clean build into a new writer, after an article is added (with a new ticker), edited, and removed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildResult, build } from "../../src/build.js";
import { MemoryWriter } from "../../src/write/writer.js";
import { buildOptions, ROOT } from "../helpers.js";
import { expectSameOutput } from "../output-tree.js";

const options = (cwd: string) => buildOptions(cwd, { search: false });

/** The files of a memory writer as a tree of hashes, for the byte-for-byte comparison. */
function tree(writer: MemoryWriter): Map<string, string> {
  return new Map([...writer.files].map(([file, contents]) => [file, Buffer.from(contents).toString("base64")]));
}

async function expectSameAsClean(dir: string, incremental: MemoryWriter): Promise<BuildResult> {
  const result = await build(options(dir), incremental);
  const clean = new MemoryWriter();
  await build(options(dir), clean);
  expectSameOutput(tree(incremental), tree(clean));
  return result;
}

describe("incremental builds into the in-memory writer", () => {
  it("keep and render to the same bytes as a clean build", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-memory-writer-"));
    try {
      cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
      cpSync(path.join(ROOT, "kiosk.config.json"), path.join(dir, "kiosk.config.json"));
      const writer = new MemoryWriter();
      const first = await build(options(dir), writer);
      const total = first.pages + first.feeds + first.assets;

      // Nothing changed: nothing to do.
      expect((await build(options(dir), writer)).upToDate).toBe(true);

      // A new article from a known source, whose ticker line is the newest: the pages of its day and the fronts get
      // the new ticker; older pages keep theirs.
      writeFileSync(
        path.join(dir, "content", "fr", "zz-nouveau.txt"),
        "Un titre de ticker jamais vu    Un second titre jamais vu\nLe360 publie un article de plus\nPublié dans Le360 le 03 - 10 - 2020\nUn texte neuf.\nCliquez ici pour lire l'article depuis sa source.\n",
      );
      const added = await expectSameAsClean(dir, writer);
      expect(added.rendered).toBeGreaterThan(0);
      expect(added.rendered).toBeLessThan(total / 2);

      // A paragraph edited: only the pages that show it are made again.
      const edited = path.join(dir, "content", "es", "efe-ceuta-frontera.txt");
      writeFileSync(edited, readFileSync(edited, "utf8").replace(/^(Los comerciantes)/m, "Según la patronal, los comerciantes"));
      const paragraph = await expectSameAsClean(dir, writer);
      expect(paragraph.rendered).toBeLessThan(total / 4);

      // Removed: its page goes.
      rmSync(path.join(dir, "content", "fr", "zz-nouveau.txt"));
      await expectSameAsClean(dir, writer);
      expect([...writer.files.keys()].some((f) => f.includes("le360-publie-un-article-de-plus"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
