/**
 * Writing the site to disk, atomically. A full build writes every file into a
 * staging folder beside the output folder, which replaces the old output at
 * the end. An incremental build (the last build's manifest is in the cache)
 * stages only the files that changed and, at the end, moves them into place
 * and deletes the files that no longer exist — a complete change set, applied
 * only when every page rendered. Either way a failed build leaves the previous
 * site whole, and a killed one leaves the old site or, once its commit journal
 * is written, a commit the next build finishes (commit-journal.ts). The writer
 * refuses to replace a folder that Kiosk did not make, an output folder inside
 * the content, and any path that would leave the output.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync, statSync, writeFileSync, type Stats } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { hashOf } from "../util/hash.js";
import { loadManifest, loadManifestHeader, stageManifest, writtenByThisProcess, type OutputManifest } from "../cache/output-manifest.js";
import { KioskError } from "../diagnostics.js";
import type { OutputFile } from "../model/output.js";
import type { BuildSummary, PreviousFile, Writer } from "./writer.js";
import { applyJournal, recoverOutput, stagingFolder, writeJournal, type CommitJournal } from "./commit-journal.js";
import { checkPresence, inOutput, type Presence } from "./output-presence.js";

/**
 * Names joined by "/", none of them only dots ("." or "..", or "..." that Windows reads as one of them), with no
 * backslash, colon or control character: a path that cannot leave the folder it is joined to, on any system (a name
 * may hold dots, "2020.04" or "index.html", not be them).
 */
const PLAIN_RELATIVE_PATH = /^(?!\.+(?:\/|$))[^/\\:\u0000-\u001f]+(?:\/(?!\.+(?:\/|$))[^/\\:\u0000-\u001f]+)*$/u;

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
  /** Folders the output folder must not be inside either (content, templates, public, the cache): the next build would read it. */
  inputDirs?: readonly string[];
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
  private last: OutputManifest | undefined;
  /** Output path → key, for every file of this build. */
  private readonly files = new Map<string, string>();
  /** Files this build staged (all of them in a full build, the changed ones in an incremental one). */
  private readonly staged: string[] = [];
  private started = false;
  /** The last build's files were committed by this process (see writtenByThisProcess): taken to be there. */
  private ownOutput = false;
  /** The check of the last build's files started ahead (see lookAhead), and once begun, the files it found gone. */
  private presence: Promise<Presence | undefined> | undefined;
  private missing: ReadonlySet<string> | undefined;

  constructor(private readonly options: FsWriterOptions) {
    this.label = options.label ?? options.dir;
    this.outDir = resolveOutDir(path.resolve(options.dir), this.label);
    this.staging = stagingFolder(this.outDir);
  }

  /** True when this build only applies changes to the last one. */
  get incremental(): boolean {
    return this.last !== undefined;
  }

  async begin(): Promise<void> {
    const out = this.outDir;
    const real = realPath(out);
    for (const dir of this.options.protectedDirs ?? []) {
      if (isWithin(realPath(dir), real)) {
        throw new KioskError(`refusing to write the site to ${this.label}: it holds ${dir}, which the build would delete.`, {
          hint: "Choose an output folder of its own with --out, e.g. --out dist.",
        });
      }
    }
    for (const dir of this.options.inputDirs ?? []) {
      if (isWithin(real, realPath(dir))) {
        throw new KioskError(`refusing to write the site to ${this.label}: it is inside ${dir}, which the build reads.`, {
          hint: "Choose an output folder outside the content, templates, public and cache folders, e.g. --out dist.",
        });
      }
    }
    recoverOutput(out);
    let hasMarker = false;
    if (existsSync(out)) {
      const entries = await readdir(out);
      hasMarker = entries.includes(OUTPUT_MARKER);
      if (entries.length > 0 && !hasMarker) {
        throw new KioskError(`refusing to replace ${this.label}: it is not empty and was not made by kiosk build.`, {
          hint: "Remove it yourself, or choose another folder with --out.",
        });
      }
    }
    const { cacheDir, clean } = this.options;
    this.last = hasMarker && cacheDir && !clean ? loadManifest(cacheDir, out) : undefined;
    this.ownOutput = this.last !== undefined && writtenByThisProcess(this.last);
    // (The check ahead counts only if it read the manifest this build applies its changes to.)
    const presence = this.presence && this.last && !this.ownOutput ? await this.presence : undefined;
    this.presence = undefined;
    this.missing = presence && presence.buildKey === this.last?.buildKey ? presence.missing : undefined;
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
    this.dirs.clear();
    this.dirs.add(this.staging);
    if (!this.last) await writeFile(path.join(this.staging, OUTPUT_MARKER), MARKER_TEXT);
    this.started = true;
  }

  /**
   * Starts checking, on another thread, which files of the last build are still in the output, while the build goes
   * on: begin() takes the answer (see output-presence.ts). For a build that will write, and not in a process that
   * committed the last build itself (the dev server: its files are taken to be there).
   */
  lookAhead(): void {
    const { cacheDir, clean } = this.options;
    if (this.presence || clean || !cacheDir || !existsSync(path.join(this.outDir, OUTPUT_MARKER))) return;
    this.presence = checkPresence(cacheDir, this.outDir);
  }

  lastBuild(): { buildKey: string; summary: BuildSummary } | undefined {
    // A commit a killed build left half done is finished before the output is trusted.
    recoverOutput(this.outDir);
    if (this.options.clean || !this.options.cacheDir || !existsSync(path.join(this.outDir, OUTPUT_MARKER))) return undefined;
    return loadManifestHeader(this.options.cacheDir, this.outDir);
  }

  previous(file: string): PreviousFile | undefined {
    const key = this.last?.files[file];
    // (A plain object with methods: a build asks this of every page, and most only want the key.)
    return key === undefined ? undefined : new LastFile(this.inPlace, file, key);
  }

  keep(file: string, key: string): void {
    this.files.set(file, key);
  }

  keepUnchanged(file: string): boolean {
    // (No LastFile is made: the dev server asks this of every page an edit does not touch.)
    const key = this.last?.files[file];
    if (key === undefined || !this.inPlace(file)) return false;
    this.files.set(file, key);
    return true;
  }

  /**
   * Writes synchronously: for thousands of small files on one disk this is
   * several times faster than the promise API's open/write/close round trips.
   */
  async write(file: OutputFile, key: string | null = null): Promise<void> {
    this.claim(file.path);
    const recordKey = key ?? hashOf(file.contents);
    this.files.set(file.path, recordKey);
    // In an incremental build, a file made with the same key or contents is already in place.
    const last = this.previous(file.path);
    if (last?.key === recordKey && last.present()) return;
    const target = this.stage(file.path);
    if (!this.last) this.ensureDir(path.dirname(target));
    writeFileSync(target, file.contents);
  }

  reserve(file: string, key: string): string {
    this.claim(file);
    // The other thread makes the file's folders and writes it before commit().
    this.files.set(file, key);
    return this.stage(file);
  }

  /**
   * Where an output file is staged. A full build stages the output tree itself, which replaces the output
   * whole; an incremental one stages each changed file under its number, to be moved into place at commit
   * (a folder per page would be made and removed again for nothing: most pages are folders of their own).
   */
  private stage(file: string): string {
    const target = this.last ? path.join(this.staging, String(this.staged.length)) : path.join(this.staging, file);
    this.staged.push(file);
    return target;
  }

  /** Checks that an output file stays inside the output and is not taken. */
  private claim(file: string): void {
    if (!this.started) throw new Error("FsWriter.begin() must be called before write()");
    // A path of plain names joined by "/" stays inside (every page's is): only another is resolved to be sure.
    if (!PLAIN_RELATIVE_PATH.test(file)) {
      const target = path.resolve(this.staging, file);
      const relative = path.relative(this.staging, target);
      if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
        throw new KioskError(`refusing to write ${JSON.stringify(file)}: it is outside the output folder.`);
      }
    }
    if (this.files.has(file)) {
      throw new KioskError(`two outputs want the same file ${file}; the build stops.`, {
        hint: "If a file in public/ has that path, rename or remove it; otherwise two generated pages clash: please report it.",
      });
    }
  }

  async commit(record: { buildKey: string; summary: BuildSummary }): Promise<void> {
    const out = this.outDir;
    const { cacheDir } = this.options;
    if (cacheDir)
      stageManifest(cacheDir, {
        version: 5,
        outDir: out,
        buildKey: record.buildKey,
        files: Object.fromEntries(this.files),
        summary: record.summary,
      });
    const journal: CommitJournal = this.last
      ? {
          version: 2,
          mode: "apply",
          outDir: out,
          staging: this.staging,
          moves: this.staged,
          deletes: Object.keys(this.last.files).filter((f) => !this.files.has(f)),
          cacheDir: cacheDir ?? null,
        }
      : { version: 2, mode: "swap", outDir: out, staging: this.staging, moves: [], deletes: [], cacheDir: cacheDir ?? null };
    // From here on the commit is finished, by this process or, if it dies, by the next build.
    writeJournal(journal);
    applyJournal(journal);
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }

  get writtenCount(): number {
    return this.staged.length;
  }

  /**
   * Whether a file of the last build is still in the output: taken as there when this process committed it
   * (`ownOutput`), as the check ahead found it, or else looked at now.
   */
  private readonly inPlace = (file: string): boolean => this.ownOutput || (this.missing ? !this.missing.has(file) : inOutput(this.outDir, file));

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

/** A file of the last build: its key, and on demand whether it is still there. */
class LastFile implements PreviousFile {
  constructor(
    private readonly inPlace: (file: string) => boolean,
    private readonly relative: string,
    readonly key: string,
  ) {}

  present(): boolean {
    return this.inPlace(this.relative);
  }
}

/** The output folder to write: a symbolic link to a folder is followed (and stays a link); anything but a folder is refused. */
function resolveOutDir(out: string, label: string): string {
  let stat: Stats;
  try {
    stat = lstatSync(out);
  } catch {
    return out;
  }
  if (stat.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(out);
    } catch {
      throw new KioskError(`refusing to write the site to ${label}: it is a symbolic link to nothing.`, { hint: "Remove the link, or point it at a folder." });
    }
    if (!statSync(target).isDirectory())
      throw new KioskError(`refusing to write the site to ${label}: it links to ${target}, which is not a folder.`, {
        hint: "Choose a folder with --out, e.g. --out dist.",
      });
    return target;
  }
  if (!stat.isDirectory())
    throw new KioskError(`refusing to write the site to ${label}: it is a file, not a folder.`, { hint: "Choose a folder with --out, e.g. --out dist." });
  return out;
}

/** A path with its symbolic links resolved, as far as it exists. */
function realPath(p: string): string {
  const absolute = path.resolve(p);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

/** True when `inner` is `outer` or inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
