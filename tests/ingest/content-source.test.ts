/**
 * Listing the content folder: every input file, sorted, hidden folders and node_modules skipped; and, for the dev
 * server, the last listing renewed from what the watcher saw when no file can have come or gone.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listContentFiles, type ContentFile, type KnownStamps } from "../../src/ingest/content-source.js";
import { CONTENT_EXTENSIONS } from "../../src/ingest/ingest.js";

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kiosk-list-"));
  for (const file of ["content/fr/a.txt", "content/ar/b.md", "content/.drafts/c.txt", "content/node_modules/d.txt", "content/es/e.TXT", "content/notes.pdf"]) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), "x");
  }
  return dir;
}

const known = (files: ContentFile[], changed: string[]): KnownStamps => ({
  files,
  stamps: new Map(files.map((f) => [f.absolute, f.stamp ?? null])),
  changed: new Set(changed),
});

describe("listing the content", () => {
  it("lists input files by their path from the working directory, sorted, without hidden folders and node_modules", async () => {
    const dir = site();
    const files = await listContentFiles("content", CONTENT_EXTENSIONS, dir);
    expect(files.map((f) => f.display)).toEqual(["content/ar/b.md", "content/es/e.TXT", "content/fr/a.txt"]);
    expect(files[2]!.absolute).toBe(path.join(dir, "content", "fr", "a.txt"));
    expect(files[2]!.stamp?.size).toBe(1);
    // Outside the working directory, a file is shown by its absolute path.
    const outside = await listContentFiles(path.join(dir, "content"), CONTENT_EXTENSIONS, path.join(dir, "content", "fr"));
    expect(outside.map((f) => f.display)).toContain(path.join(dir, "content", "ar", "b.md"));
    expect(outside.map((f) => f.display)).toContain("a.txt");
  });

  it("renews the last listing from the files the watcher named when none can have come or gone", async () => {
    const dir = site();
    const first = await listContentFiles("content", CONTENT_EXTENSIONS, dir);
    const edited = path.join(dir, "content", "fr", "a.txt");
    writeFileSync(edited, "edited");
    utimesSync(edited, new Date(2030, 0, 1), new Date(2030, 0, 1));
    // A file the watcher did not name is not looked for: the listing is the last one, with the edited file's new stamp.
    writeFileSync(path.join(dir, "content", "fr", "unseen.txt"), "x");
    const renewed = await listContentFiles("content", CONTENT_EXTENSIONS, dir, known(first, [edited]));
    expect(renewed.map((f) => f.display)).toEqual(first.map((f) => f.display));
    expect(renewed.find((f) => f.absolute === edited)!.stamp).toEqual({ size: 6, mtimeMs: new Date(2030, 0, 1).getTime() });
  });

  it("reads the folders again when the watcher names a file that is new or gone", async () => {
    const dir = site();
    const first = await listContentFiles("content", CONTENT_EXTENSIONS, dir);
    const added = path.join(dir, "content", "fr", "new.txt");
    writeFileSync(added, "x");
    const withNew = await listContentFiles("content", CONTENT_EXTENSIONS, dir, known(first, [added]));
    expect(withNew.map((f) => f.display)).toContain("content/fr/new.txt");
    const gone = path.join(dir, "content", "ar", "b.md");
    rmSync(gone);
    const withoutGone = await listContentFiles("content", CONTENT_EXTENSIONS, dir, known(withNew, [gone]));
    expect(withoutGone.map((f) => f.display)).not.toContain("content/ar/b.md");
  });
});
