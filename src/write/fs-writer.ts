/**
 * Writing the site to disk, atomically. A full build writes every file into a
 * staging folder beside the output folder, which replaces the old output in
 * one rename at the end. An incremental build (the last build's manifest is in
 * the cache) stages only the files that changed and, at the end, moves them
 * into place and deletes the files that no longer exist — a complete change
 * set, applied only when every page rendered. Either way a failed build leaves
 * the previous site whole. The writer refuses to replace a folder that Kiosk
 * did not make, and any path that would leave the output.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { hashOf } from "../cache/hash.js";
import { loadManifest, saveManifest, type OutputManifest } from "../cache/output-manifest.js";
import { KioskError } from "../diagnostics.js";
import type { OutputFile } from "../render/render.js";
import type { BuildSummary, Writer } from "./writer.js";

/** Marks a folder as Kiosk's output, so it may be replaced by the next build. */
export const OUTPUT_MARKER = ".kiosk-output";
const MARKER_TEXT = "This folder is written by kiosk build and replaced whole by the next build.\n";

export interface FsWriterOptions {
  /** The output folder. */
  dir: string;
  /** How messages name it, e.g. "dist". */
  label?: string;
  /** Folders the output folder must not contain (content, templates, public, the working directory). */
  protectedDirs?: readonly string[];
  /** Where the manifest of the last build is kept; without it every build is a full build. */
  cacheDir?: string | null;
  /** Ignore the last build: write everything. */
  clean?: boolean;
}

export class FsWriter implements Writer {
  private readonly outDir: string;
  private readonly label: string;
  private readonly staging: string;
  private readonly dirs = new Set<string>();
  /** The last build's manifest, when this build is incremental. */
  private previous: OutputManifest | undefined;
  /** Output path → key, for every file of this build. */
  private readonly files = new Map<string, string>();
  /** Files this build staged (all of them in a full build, the changed ones in an incremental one). */
  private readonly staged: string[] = [];
  private started = false;

  constructor(private readonly options: FsWriterOptions) {
    this.outDir = path.resolve(options.dir);
    this.label = options.label ?? options.dir;
    this.staging = path.join(path.dirname(this.outDir), `.${path.basename(this.outDir)}.kiosk-staging-${process.pid}`);
  }

  /** True when this build only applies changes to the last one. */
  get incremental(): boolean {
    return this.previous !== undefined;
  }

  async begin(): Promise<void> {
    const out = this.outDir;
    for (const dir of this.options.protectedDirs ?? []) {
      const inside = path.relative(out, path.resolve(dir));
      if (inside === "" || !inside.startsWith("..")) {
        throw new KioskError(`refusing to write the site to ${this.label}: it holds ${dir}, which the build would delete.`, {
          hint: "Choose an output folder of its own with --out, e.g. --out dist.",
        });
      }
    }
    let hasMarker = false;
    if (await exists(out)) {
      const entries = await readdir(out);
      hasMarker = entries.includes(OUTPUT_MARKER);
      if (entries.length > 0 && !hasMarker) {
        throw new KioskError(`refusing to replace ${this.label}: it is not empty and was not made by kiosk build.`, {
          hint: "Remove it yourself, or choose another folder with --out.",
        });
      }
    }
    const { cacheDir, clean } = this.options;
    this.previous = hasMarker && cacheDir && !clean ? loadManifest(cacheDir, out) : undefined;
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
    this.dirs.clear();
    this.dirs.add(this.staging);
    if (!this.previous) await writeFile(path.join(this.staging, OUTPUT_MARKER), MARKER_TEXT);
    this.started = true;
  }

  upToDate(buildKey: string): BuildSummary | undefined {
    if (this.options.clean || !this.options.cacheDir || !existsSync(path.join(this.outDir, OUTPUT_MARKER))) return undefined;
    const manifest = loadManifest(this.options.cacheDir, this.outDir);
    return manifest && manifest.buildKey === buildKey ? manifest.summary : undefined;
  }

  isCurrent(file: string, key: string): boolean {
    return this.previous?.files[file] === key && existsSync(path.join(this.outDir, file));
  }

  keep(file: string, key: string): void {
    this.files.set(file, key);
  }

  keepAsBefore(file: string): boolean {
    const key = this.previous?.files[file];
    if (key === undefined) return false;
    this.files.set(file, key);
    return true;
  }

  /**
   * Writes synchronously: for thousands of small files on one disk this is
   * several times faster than the promise API's open/write/close round trips.
   */
  async write(file: OutputFile, key: string | null = null): Promise<void> {
    const target = this.claim(file.path);
    const recordKey = key ?? hashOf(file.contents);
    this.files.set(file.path, recordKey);
    // In an incremental build, a file made with the same key or contents is already in place.
    if (this.previous?.files[file.path] === recordKey && existsSync(path.join(this.outDir, file.path))) return;
    this.ensureDir(path.dirname(target));
    writeFileSync(target, file.contents);
    this.staged.push(file.path);
  }

  reserve(file: string, key: string): string {
    const target = this.claim(file);
    // The other thread makes the file's folders and writes it before commit().
    this.files.set(file, key);
    this.staged.push(file);
    return target;
  }

  /** The staged path of an output file, after checking it stays inside the output and is not taken. */
  private claim(file: string): string {
    if (!this.started) throw new Error("FsWriter.begin() must be called before write()");
    const target = path.resolve(this.staging, file);
    const relative = path.relative(this.staging, target);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
      throw new KioskError(`refusing to write ${JSON.stringify(file)}: it is outside the output folder.`);
    }
    if (this.files.has(file)) {
      throw new KioskError(`two outputs want the same file ${file}; the build stops.`, {
        hint: "If a file in public/ has that path, rename or remove it; otherwise two generated pages clash: please report it.",
      });
    }
    return target;
  }

  async commit(record: { buildKey: string; summary: BuildSummary }): Promise<void> {
    const out = this.outDir;
    if (this.previous) {
      for (const file of this.staged) {
        const target = path.join(out, file);
        mkdirSync(path.dirname(target), { recursive: true });
        renameSync(path.join(this.staging, file), target);
      }
      for (const file of Object.keys(this.previous.files)) {
        if (!this.files.has(file)) removeFile(out, file);
      }
      await rm(this.staging, { recursive: true, force: true });
    } else {
      const old = `${this.staging}-old`;
      if (await exists(out)) await rename(out, old);
      await rename(this.staging, out);
      await rm(old, { recursive: true, force: true });
    }
    if (this.options.cacheDir) {
      saveManifest(this.options.cacheDir, { version: 2, outDir: out, buildKey: record.buildKey, files: Object.fromEntries(this.files), summary: record.summary });
    }
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }

  get writtenCount(): number {
    return this.staged.length;
  }

  /** Creates a folder whose parents this writer made or found, one mkdir each, remembered. */
  private ensureDir(dir: string): void {
    if (this.dirs.has(dir)) return;
    const parent = path.dirname(dir);
    if (parent !== dir && !this.dirs.has(parent)) this.ensureDir(parent);
    try {
      mkdirSync(dir);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== "EEXIST") throw cause;
    }
    this.dirs.add(dir);
  }
}

/** Deletes a file of the output and the folders it leaves empty. */
function removeFile(out: string, file: string): void {
  try {
    unlinkSync(path.join(out, file));
  } catch {
    return;
  }
  let dir = path.dirname(path.join(out, file));
  while (dir.startsWith(out + path.sep)) {
    try {
      if (readdirSync(dir).length > 0) break;
      rmdirSync(dir);
    } catch {
      break;
    }
    dir = path.dirname(dir);
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
