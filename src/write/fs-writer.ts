/**
 * Writing the site to disk atomically: files go into a staging folder beside the
 * output folder, which replaces the old output in one rename at the end, so a
 * failed build leaves the previous site whole. The writer refuses to replace a
 * folder that Kiosk did not make, and any path that would leave the output.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { KioskError } from "../diagnostics.js";
import type { OutputFile } from "../render/render.js";
import type { Writer } from "./writer.js";

/** Marks a folder as Kiosk's output, so it may be replaced by the next build. */
export const OUTPUT_MARKER = ".kiosk-output";

export class FsWriter implements Writer {
  private readonly staging: string;
  private readonly dirs = new Set<string>();
  private started = false;

  private readonly outDir: string;
  private readonly label: string;
  private readonly protectedDirs: readonly string[];

  constructor(options: {
    /** Absolute path of the output folder. */
    dir: string;
    /** How messages name it, e.g. "dist". */
    label?: string;
    /** Folders the output folder must not contain (content, templates, public, the working directory). */
    protectedDirs?: readonly string[];
  }) {
    this.outDir = path.resolve(options.dir);
    this.label = options.label ?? options.dir;
    this.protectedDirs = options.protectedDirs ?? [];
    this.staging = path.join(path.dirname(this.outDir), `.${path.basename(this.outDir)}.kiosk-staging-${process.pid}`);
  }

  /** Checks the output folder may be replaced, and creates the staging folder. */
  async begin(): Promise<void> {
    const out = this.outDir;
    for (const dir of this.protectedDirs) {
      const inside = path.relative(out, path.resolve(dir));
      if (inside === "" || !inside.startsWith("..")) {
        throw new KioskError(`refusing to write the site to ${this.label}: it holds ${dir}, which the build would delete.`, {
          hint: "Choose an output folder of its own with --out, e.g. --out dist.",
        });
      }
    }
    if (await exists(out)) {
      const entries = await readdir(out);
      if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
        throw new KioskError(`refusing to replace ${this.label}: it is not empty and was not made by kiosk build.`, {
          hint: "Remove it yourself, or choose another folder with --out.",
        });
      }
    }
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
    await writeFile(path.join(this.staging, OUTPUT_MARKER), "This folder is written by kiosk build and replaced whole by the next build.\n");
    this.dirs.clear();
    this.dirs.add(this.staging);
    this.started = true;
  }

  /**
   * Writes synchronously: for thousands of small files on one disk this is
   * several times faster than the promise API's open/write/close round trips.
   */
  async write(file: OutputFile): Promise<void> {
    if (!this.started) throw new Error("FsWriter.begin() must be called before write()");
    const target = path.resolve(this.staging, file.path);
    const relative = path.relative(this.staging, target);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) {
      throw new KioskError(`refusing to write ${JSON.stringify(file.path)}: it is outside the output folder.`);
    }
    this.ensureDir(path.dirname(target));
    try {
      writeFileSync(target, file.contents, { flag: "wx" });
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === "EEXIST") {
        throw new KioskError(`two outputs want the same file ${file.path}; the build stops.`, {
          hint: "A file in public/ has the path of a generated page or feed: rename or remove it.",
          cause,
        });
      }
      throw cause;
    }
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

  async commit(): Promise<void> {
    const out = this.outDir;
    const old = `${this.staging}-old`;
    if (await exists(out)) await rename(out, old);
    await rename(this.staging, out);
    await rm(old, { recursive: true, force: true });
  }

  async abort(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
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
