/**
 * Writers: where a build's files go. The build hands every file to a writer and
 * commits at the end; tests use the memory writer and never touch the disk.
 */
import type { OutputManifest } from "../cache/output-manifest.js";
import type { OutputFile } from "../model/output.js";

export type BuildSummary = OutputManifest["summary"];

export interface PreviousFile {
  key: string;
  /** Whether the file is still there (someone may have deleted it from the output). */
  present(): boolean;
}

export interface Writer {
  /** Prepares to write (checks the destination may be replaced). */
  begin(): Promise<void>;
  /** The last build this output holds (its key and summary), when its record is in the cache; the comparison is the build's. */
  lastBuild(): { buildKey: string; summary: BuildSummary } | undefined;
  /** Told, once the build knows it will write, to start what it can ahead (the file-system writer's check of its last files). */
  lookAhead?(): void;
  /** After begin(): whether this build applies changes to a last one (whose files it may keep). */
  readonly incremental: boolean;
  /** The last build's file at this path: the key it was made from. */
  previous(path: string): PreviousFile | undefined;
  /** Keeps the last build's file as it is, with its key (the build decided it is unchanged). */
  keep(path: string, key: string): void;
  /** Keeps the last build's file at this path, with its key, when it is there; false when it is not (then the page is made). */
  keepUnchanged(path: string): boolean;
  /** Writes a file; `key` is what it was made from (a page's fingerprint), or null to compare contents. */
  write(file: OutputFile, key?: string | null): Promise<void>;
  /**
   * Claims a file that another thread will write (a render worker): returns where to write it,
   * or undefined when this writer has no files on disk (then the file goes through write()).
   */
  reserve(path: string, key: string): string | undefined;
  /** Makes everything written visible at once, and records the build for the next one. */
  commit(record: { buildKey: string; summary: BuildSummary }): Promise<void>;
  /** Throws away what was written; the previous output stays as it was. */
  abort(): Promise<void>;
  /** Files this build actually wrote (a file found unchanged is not counted). */
  readonly writtenCount: number;
}

/**
 * The output in memory (tests). It keeps what its last committed build wrote, so that building again into
 * the same writer takes the incremental paths (pages kept) as the file-system writer does.
 */
export class MemoryWriter implements Writer {
  readonly files = new Map<string, string | Uint8Array>();
  committed = false;
  private readonly keys = new Map<string, string>();
  private last: { files: Map<string, string | Uint8Array>; keys: Map<string, string>; buildKey: string; summary: BuildSummary } | undefined;
  private written = 0;

  async begin(): Promise<void> {
    this.files.clear();
    this.keys.clear();
    this.written = 0;
    this.committed = false;
  }

  get writtenCount(): number {
    return this.written;
  }

  get incremental(): boolean {
    return this.last !== undefined;
  }

  lastBuild(): { buildKey: string; summary: BuildSummary } | undefined {
    return this.last && { buildKey: this.last.buildKey, summary: this.last.summary };
  }

  previous(path: string): PreviousFile | undefined {
    const last = this.last;
    const key = last?.keys.get(path);
    const contents = last?.files.get(path);
    if (!last || key === undefined || contents === undefined) return undefined;
    return { key, present: () => true };
  }

  keep(path: string, key: string): void {
    const contents = this.last?.files.get(path);
    if (contents === undefined) throw new Error(`nothing to keep at ${path}`);
    this.claim(path);
    this.files.set(path, contents);
    this.keys.set(path, key);
  }

  keepUnchanged(path: string): boolean {
    const last = this.previous(path);
    if (!last) return false;
    this.keep(path, last.key);
    return true;
  }

  reserve(): undefined {
    return undefined;
  }

  async write(file: OutputFile, key: string | null = null): Promise<void> {
    this.claim(file.path);
    this.files.set(file.path, file.contents);
    if (key !== null) this.keys.set(file.path, key);
    this.written++;
  }

  async commit(record: { buildKey: string; summary: BuildSummary }): Promise<void> {
    this.last = { files: new Map(this.files), keys: new Map(this.keys), ...record };
    this.committed = true;
  }

  async abort(): Promise<void> {
    this.files.clear();
    this.keys.clear();
  }

  private claim(path: string): void {
    if (this.files.has(path)) throw new Error(`two outputs want the same file: ${path}`);
  }

  /** A written file as text (tests). */
  text(path: string): string {
    const contents = this.files.get(path);
    if (contents === undefined) throw new Error(`not written: ${path}`);
    return typeof contents === "string" ? contents : Buffer.from(contents).toString("utf8");
  }
}
