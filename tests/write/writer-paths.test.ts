import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FsWriter } from "../../src/write/fs-writer.js";

const root = mkdtempSync(path.join(tmpdir(), "kiosk-writer-paths-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the writer's paths", () => {
  it("refuses every path that leaves the output folder, and writes plain and dotted names inside it", async () => {
    const out = path.join(root, "dist");
    const writer = new FsWriter({ dir: out });
    await writer.begin();
    for (const escaping of ["../escape.html", "a/../../escape.html", "fr/./../../escape.html", path.join(root, "abs.html"), "..", ""]) {
      await expect(writer.write({ path: escaping, contents: "x" }), escaping).rejects.toThrow(/outside the output folder/);
    }
    for (const inside of ["index.html", "2040/05/02/bct/la-bct/index.html", "a/..b/c.html", "a/.../d.html", "x/./y.html", "a//b.html"]) {
      await writer.write({ path: inside, contents: "x" });
    }
    await writer.commit({ buildKey: "k", summary: { articles: 0, pages: 0, feeds: 0, assets: 0, filesRead: 0, filesSkipped: [], diagnostics: [] } });
    expect(existsSync(path.join(out, "2040/05/02/bct/la-bct/index.html"))).toBe(true);
    expect(existsSync(path.join(out, "a/..b/c.html"))).toBe(true);
    expect(existsSync(path.join(root, "escape.html"))).toBe(false);
    expect(existsSync(path.join(root, "abs.html"))).toBe(false);
  });
});
