/**
 * The output manifest: what the last build wrote into the output folder, each
 * file with the key it was made from (a page's view fingerprint, or another
 * file's content hash), and the key of the whole build. The next build renders
 * and writes only what changed, and removes what no longer exists.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";

export interface OutputManifest {
  version: 3;
  /** Absolute output folder the manifest describes. */
  outDir: string;
  /** Fingerprint of every input, template, asset, the config and the options: equal means nothing to do. */
  buildKey: string;
  /** Output path → the key it was made from. */
  files: Record<string, string>;
  /** The ticker each language's pages were written with (as the page template inserts it), to replace it in them. */
  tickers: Record<string, string>;
  /** The summary of the build that wrote it, reported again when nothing changed. */
  summary: { articles: number; pages: number; feeds: number; assets: number; filesRead: number; filesSkipped: string[]; diagnostics: Diagnostic[] };
}

const FILE = "output.json";

/**
 * The manifest this process last wrote, with the size and time of its file: a process that builds again
 * (the dev server) reads it back from here while the file is unchanged, instead of parsing megabytes of JSON.
 * Callers only read a manifest, never change it.
 */
let lastWritten: { file: string; size: number; mtimeMs: number; manifest: OutputManifest } | undefined;

export function loadManifest(cacheDir: string, outDir: string): OutputManifest | undefined {
  const file = path.join(cacheDir, FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  let manifest: OutputManifest;
  if (lastWritten && lastWritten.file === file && lastWritten.size === stat.size && lastWritten.mtimeMs === stat.mtimeMs) {
    manifest = lastWritten.manifest;
  } else {
    try {
      manifest = JSON.parse(readFileSync(file, "utf8")) as OutputManifest;
    } catch {
      return undefined;
    }
  }
  return manifest.version === 3 && manifest.outDir === outDir ? manifest : undefined;
}

/**
 * Whether this process wrote the manifest, and so committed the files it lists (the dev server, building again):
 * then they are taken to be there, not checked one by one (24,000 checks are a fifth of a second). A file deleted
 * from the output while the server runs comes back when what it shows changes, or at the next `kiosk build`.
 */
export function writtenByThisProcess(manifest: OutputManifest): boolean {
  return lastWritten?.manifest === manifest;
}

export function saveManifest(cacheDir: string, manifest: OutputManifest): void {
  stageManifest(cacheDir, manifest);
  promoteManifest(cacheDir);
}

/** The manifest of a build that is being committed, written beside the current one (see write/commit-journal.ts). */
const NEXT = "output.next.json";
let staged: OutputManifest | undefined;

/** Writes the next manifest without making it current: promoteManifest() does, once the output is switched. */
export function stageManifest(cacheDir: string, manifest: OutputManifest): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, NEXT);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, file);
  staged = manifest;
}

/** Makes the staged manifest the current one (one rename); nothing to do when there is none. */
export function promoteManifest(cacheDir: string): void {
  const file = path.join(cacheDir, FILE);
  try {
    renameSync(path.join(cacheDir, NEXT), file);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return;
    throw cause;
  }
  const { size, mtimeMs } = statSync(file);
  // A manifest promoted by another process's recovery is read from disk next time.
  lastWritten = staged ? { file, size, mtimeMs, manifest: staged } : undefined;
  staged = undefined;
}
