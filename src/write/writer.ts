/**
 * Writers: where a build's files go. The build hands every file to a writer and
 * commits at the end; tests use the memory writer and never touch the disk.
 */
import type { OutputManifest } from "../cache/output-manifest.js";
import type { OutputFile } from "../render/render.js";

export type BuildSummary = OutputManifest["summary"];

export interface Writer {
  /** Prepares to write (checks the destination may be replaced). */
  begin(): Promise<void>;
  /** The last build's summary when it was made from exactly the same inputs (`buildKey`): nothing to do. */
  upToDate(buildKey: string): BuildSummary | undefined;
  /** True when the last build wrote this file from the same key: it need not be rendered again. */
  isCurrent(path: string, key: string): boolean;
  /** Keeps the last build's file as it is (after isCurrent). */
  keep(path: string, key: string): void;
  /** Keeps the last build's file with its key, without looking at it (the build knows it is unchanged); false when there was none. */
  keepAsBefore(path: string): boolean;
  /** The last build's file at this path: the key it was made from, its bytes on demand, and the tickers it was written with. */
  previous(path: string): { key: string; bytes(): Buffer | undefined; tickers: Readonly<Record<string, string>> } | undefined;
  /** Writes a file; `key` is what it was made from (a page's fingerprint), or null to compare contents. */
  write(file: OutputFile, key?: string | null): Promise<void>;
  /**
   * Claims a file that another thread will write (a render worker): returns where to write it,
   * or undefined when this writer has no files on disk (then the file goes through write()).
   */
  reserve(path: string, key: string): string | undefined;
  /** Makes everything written visible at once, and records the build (with its tickers) for the next one. */
  commit(record: { buildKey: string; summary: BuildSummary; tickers: Record<string, string> }): Promise<void>;
  /** Throws away what was written; the previous output stays as it was. */
  abort(): Promise<void>;
  /** Files this build actually wrote (a file found unchanged is not counted). */
  readonly writtenCount: number;
}

export class MemoryWriter implements Writer {
  readonly files = new Map<string, string | Uint8Array>();
  committed = false;

  async begin(): Promise<void> {
    this.files.clear();
    this.committed = false;
  }

  get writtenCount(): number {
    return this.files.size;
  }

  upToDate(): undefined {
    return undefined;
  }

  isCurrent(): boolean {
    return false;
  }

  keep(): void {}

  keepAsBefore(): boolean {
    return false;
  }

  previous(): undefined {
    return undefined;
  }

  reserve(): undefined {
    return undefined;
  }

  async write(file: OutputFile): Promise<void> {
    if (this.files.has(file.path)) throw new Error(`two outputs want the same file: ${file.path}`);
    this.files.set(file.path, file.contents);
  }

  async commit(): Promise<void> {
    this.committed = true;
  }

  async abort(): Promise<void> {
    this.files.clear();
  }

  /** A written file as text (tests). */
  text(path: string): string {
    const contents = this.files.get(path);
    if (contents === undefined) throw new Error(`not written: ${path}`);
    return typeof contents === "string" ? contents : Buffer.from(contents).toString("utf8");
  }
}
