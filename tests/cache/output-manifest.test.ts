/** The output manifest: two lines of JSON, so that "has anything changed?" reads only the first. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifest, loadManifestHeader, saveManifest, type OutputManifest } from "../../src/cache/output-manifest.js";

function manifest(outDir: string): OutputManifest {
  return {
    version: 5,
    outDir,
    buildKey: "key-1",
    files: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`2020/10/0${i % 9}/page-${i}/index.html`, `k${i}`])),
    summary: {
      articles: 3,
      pages: 5000,
      feeds: 2,
      assets: 1,
      filesRead: 3,
      filesSkipped: [],
      diagnostics: [{ severity: "warning", file: "a\nb.txt", line: 2, message: "two\nlines", hint: "a fix" } as never],
    },
  };
}

describe("output manifest", () => {
  it("reads back the whole manifest, and the key and summary from its first line alone", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-manifest-"));
    const written = manifest("/out");
    saveManifest(dir, written);
    const text = readFileSync(path.join(dir, "output.json"), "utf8");
    expect(text.split("\n")).toHaveLength(2);
    expect(text.split("\n")[0]!.length).toBeLessThan(1000);
    expect(loadManifestHeader(dir, "/out")).toEqual({ buildKey: "key-1", summary: written.summary });
    expect(loadManifest(dir, "/out")).toEqual(written);
    // Another output folder's manifest is not this one's.
    expect(loadManifestHeader(dir, "/elsewhere")).toBeUndefined();
  });

  it("takes a damaged or older manifest for none (the build then makes everything)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-manifest-"));
    writeFileSync(path.join(dir, "output.json"), '{"version":4,"outDir":"/out","buildKey":"k"');
    expect(loadManifestHeader(dir, "/out")).toBeUndefined();
    expect(loadManifest(dir, "/out")).toBeUndefined();
    writeFileSync(path.join(dir, "output.json"), JSON.stringify({ ...manifest("/out"), version: 3 }));
    expect(loadManifestHeader(dir, "/out")).toBeUndefined();
    expect(loadManifest(dir, "/out")).toBeUndefined();
    expect(loadManifestHeader(path.join(dir, "missing"), "/out")).toBeUndefined();
  });
});
