/**
 * Writers: where a build's files go. The build hands every file to a writer and
 * commits at the end; tests use the memory writer and never touch the disk.
 */
import type { OutputFile } from "../render/render.js";

export interface Writer {
  /** Prepares to write (checks the destination may be replaced). */
  begin(): Promise<void>;
  write(file: OutputFile): Promise<void>;
  /** Makes everything written visible at once. */
  commit(): Promise<void>;
  /** Throws away what was written; the previous output stays as it was. */
  abort(): Promise<void>;
}

export class MemoryWriter implements Writer {
  readonly files = new Map<string, string | Uint8Array>();
  committed = false;

  async begin(): Promise<void> {
    this.files.clear();
    this.committed = false;
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
