/**
 * The output manifest: what the last build wrote into the output folder, each
 * file with the key it was made from (a page's view fingerprint, or another
 * file's content hash), and the key of the whole build. The next build renders
 * and writes only what changed, and removes what no longer exists.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";

export interface OutputManifest {
  version: 5;
  /** Absolute output folder the manifest describes. */
  outDir: string;
  /** Fingerprint of every input, template, asset, the config and the options: equal means nothing to do. */
  buildKey: string;
  /** Output path → the key it was made from. */
  files: Record<string, string>;
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

/**
 * The manifest is two lines of JSON: everything but the files, then the files. A build that only asks whether
 * anything changed reads the first line (a few hundred bytes), not the megabytes of the second.
 */
type ManifestHeader = Omit<OutputManifest, "files">;

function isCurrent(header: ManifestHeader, outDir: string): boolean {
  return header.version === 5 && header.outDir === outDir;
}

/** Whether a last build left its manifest in `cacheDir` (this build is then an update, unless it is clean). */
export function hasOutputManifest(cacheDir: string): boolean {
  return existsSync(path.join(cacheDir, FILE));
}

export function loadManifest(cacheDir: string, outDir: string): OutputManifest | undefined {
  const file = path.join(cacheDir, FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  let manifest: OutputManifest;
  if (lastWritten && lastWritten.file === file && lastWritten.size === stat.size && lastWritten.mtimeMs === stat.mtimeMs) {
    manifest = lastWritten.manifest;
  } else {
    try {
      const text = readFileSync(file, "utf8");
      const newline = text.indexOf("\n");
      const header = JSON.parse(text.slice(0, newline)) as ManifestHeader;
      if (!isCurrent(header, outDir)) return undefined;
      manifest = { ...header, files: JSON.parse(text.slice(newline + 1)) as Record<string, string> };
    } catch {
      return undefined;
    }
  }
  return isCurrent(manifest, outDir) ? manifest : undefined;
}

/** The last build's key and summary, from the manifest's first line only. */
export function loadManifestHeader(cacheDir: string, outDir: string): Pick<OutputManifest, "buildKey" | "summary"> | undefined {
  const file = path.join(cacheDir, FILE);
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return undefined;
  }
  try {
    const chunks: Buffer[] = [];
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return undefined;
      const newline = chunk.subarray(0, read).indexOf(10);
      chunks.push(Buffer.from(chunk.subarray(0, newline === -1 ? read : newline)));
      if (newline !== -1) break;
    }
    const header = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ManifestHeader;
    return isCurrent(header, outDir) ? { buildKey: header.buildKey, summary: header.summary } : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
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
  const { files, ...header } = manifest;
  writeFileSync(temporary, `${JSON.stringify(header)}\n${JSON.stringify(files)}`);
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
