/**
 * The check ahead of which files of the last build are still in the output (src/write/output-presence.ts), run from
 * the compiled package as a build runs it: a worker cannot load TypeScript.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const root = mkdtempSync(path.join(tmpdir(), "kiosk-presence-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const lib = (file: string) => import(pathToFileURL(path.join(ROOT, "lib", file)).href);
const summary = { articles: 0, pages: 0, feeds: 0, assets: 0, filesRead: 0, filesSkipped: [], diagnostics: [] };

describe("the check ahead of the last build's files", () => {
  it("finds, on its own thread, the files of the manifest that are gone from the output, and says which manifest it read", async () => {
    const [{ checkPresence }, { saveManifest }] = await Promise.all([lib("write/output-presence.js"), lib("cache/output-manifest.js")]);
    const out = path.join(root, "dist");
    const cache = path.join(root, ".kiosk-cache");
    mkdirSync(path.join(out, "2041", "طنجة"), { recursive: true });
    writeFileSync(path.join(out, "index.html"), "x");
    writeFileSync(path.join(out, "2041", "طنجة", "index.html"), "x");
    const files = { "index.html": "k1", "2041/طنجة/index.html": "k2", "2041/gone/index.html": "k3", "feed.xml": "k4" };
    saveManifest(cache, { version: 5, outDir: out, buildKey: "build-1", files, summary });
    const workers = process.env.KIOSK_WORKERS;
    process.env.KIOSK_WORKERS = "2";
    try {
      const presence = await checkPresence(cache, out);
      expect(presence.buildKey).toBe("build-1");
      expect([...presence.missing].sort()).toEqual(["2041/gone/index.html", "feed.xml"]);
      // A manifest of another output folder is none of this one's: nothing was checked.
      expect(await checkPresence(cache, path.join(root, "elsewhere"))).toBeUndefined();
    } finally {
      if (workers === undefined) delete process.env.KIOSK_WORKERS;
      else process.env.KIOSK_WORKERS = workers;
    }
  });
});
