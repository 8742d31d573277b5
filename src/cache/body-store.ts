/**
 * Article texts kept out of the heap. The input cache writes each article's body (its paragraphs and its HTML)
 * to a file of its own the moment the input is parsed, and the article keeps only where it is: an update of a
 * large site loads every parsed article, and their texts were 40 % of that heap — read, copied on by every
 * young-generation collection, and kept to the end of the build, for the few pages the update renders; a cold
 * build held them all from parsing to rendering. A body is read back when a page, a feed, dedupe or the search
 * index needs it (`articleText`), and not kept.
 *
 * The file is appended to, one record per article (its place and length are in the entry); a body replaced
 * leaves its record behind until the cache is rewritten whole and the file with it (a new generation,
 * `bodies-2.v8`, so that the old shards still point at the old file until the new ones replace them).
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { KioskError } from "../diagnostics.js";
import type { StoredBody } from "../model/article.js";
import { excerpt, excerptOfLede, ledeOf } from "../text/excerpt.js";

export type { StoredBody };

/** An article's text as the parser made it: the paragraphs as plain text, and the sanitised HTML (Markdown and feed articles; null for scraped pages). */
export interface ArticleText {
  body: string[];
  bodyHtml: string | null;
}

/** What the model carries in `body` and `bodyHtml`: the text itself, or (an article the cache read back) where it is. */
interface HasText {
  body: readonly string[] | StoredBody;
  bodyHtml: string | null | StoredBody;
}

export const isStored = (body: HasText["body"] | HasText["bodyHtml"]): body is StoredBody => body !== null && typeof body === "object" && !Array.isArray(body);

/** The last record read: a page asks for its article's excerpt and then its body. */
let lastRead: { ref: StoredBody; file: string; at: number; text: ArticleText } | undefined;

/** An article's text, read from its body file when the cache holds it there. */
export function articleText(article: HasText): ArticleText {
  if (!isStored(article.body)) return { body: article.body as string[], bodyHtml: isStored(article.bodyHtml) ? null : article.bodyHtml };
  const ref = article.body;
  if (lastRead?.ref === ref && lastRead.file === ref.file && lastRead.at === ref.at) return lastRead.text;
  const text = readRecord(ref);
  lastRead = { ref, file: ref.file, at: ref.at, text };
  return text;
}

/** The paragraphs of an article (see articleText). */
export const bodyOf = (article: HasText): string[] => articleText(article).body;

/** An article's excerpt: a stored text's is kept beside where it is (a listing page shows twenty, and reads none). */
export function articleExcerpt(article: HasText & { flags: readonly string[] }): string {
  return isStored(article.body) ? excerptOfLede(article.body.lede, article.flags) : excerpt(article.body, article.flags);
}

/**
 * A record: the number of paragraphs, then each as its UTF-8 length and bytes, then the HTML's length plus one
 * (0: none) and bytes; lengths are 32-bit little-endian. Written by hand into one reused buffer: a
 * `v8.serialize` per article made 20,000 buffers of a few kilobytes in a cold build, which glibc kept as the
 * process's memory once they were freed (190 MB of its peak at 20,000 articles).
 */
function decodeRecord(bytes: Buffer, length: number): ArticleText {
  let at = 0;
  const next = (): number => {
    if (at + 4 > length) throw new Error("a record is cut short");
    const n = bytes.readUInt32LE(at);
    at += 4;
    return n;
  };
  const text = (size: number): string => {
    if (at + size > length) throw new Error("a record is cut short");
    const value = bytes.toString("utf8", at, at + size);
    at += size;
    return value;
  };
  const count = next();
  const body: string[] = [];
  for (let i = 0; i < count; i++) body.push(text(next()));
  const html = next();
  return { body, bodyHtml: html === 0 ? null : text(html - 1) };
}

/** The bytes of the record being read (copied out as strings before the next read). */
let readBytes = Buffer.alloc(0);

/**
 * The body file being read, kept open between reads: opening it for each read was half the cost of a full
 * re-render's 20,000 (at 40–60 µs a read on a busy machine). A file is only ever appended to, or removed and
 * another made under its name — both by this process's writer, which closes it first (closeBodyFile).
 */
let reading: { file: string; fd: number } | undefined;

function descriptorOf(file: string): number {
  if (reading?.file === file) return reading.fd;
  closeBodyFile();
  const fd = openSync(file, "r");
  reading = { file, fd };
  return fd;
}

/** Closes the body file kept open for reading: before a body file is made or removed. */
export function closeBodyFile(): void {
  const open = reading;
  reading = undefined;
  if (open) closeSync(open.fd);
}

function readRecord(ref: StoredBody): ArticleText {
  try {
    if (readBytes.length < ref.length) readBytes = Buffer.allocUnsafe(Math.max(ref.length, 64 * 1024));
    if (readSync(descriptorOf(ref.file), readBytes, 0, ref.length, ref.at) !== ref.length) throw new Error("the file is shorter than its records");
    return decodeRecord(readBytes, ref.length);
  } catch (cause) {
    throw new KioskError(`cannot read an article's text from the input cache (${ref.file}, byte ${ref.at}): ${(cause as Error).message}.`, {
      hint: "The cache folder was changed while the build ran. Run kiosk build --clean to start it over.",
      cause,
    });
  }
}

/** Appends records to a body file, through one buffer written out when full. */
export class BodyFileWriter {
  private readonly fd: number;
  /** Where the next record goes in the file, and the bytes not yet written. */
  private end: number;
  private pending = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(readonly file: string) {
    closeBodyFile();
    this.fd = openSync(file, "a");
    this.end = fstatSync(this.fd).size;
  }

  /** Writes an article's text; where it went. */
  append(text: ArticleText): StoredBody {
    const htmlBytes = text.bodyHtml === null ? 0 : Buffer.byteLength(text.bodyHtml);
    let size = 8 + htmlBytes;
    for (const p of text.body) size += 4 + Buffer.byteLength(p);
    const start = this.reserve(size);
    let at = this.pending.writeUInt32LE(text.body.length, start);
    for (const p of text.body) {
      const written = this.pending.write(p, at + 4);
      this.pending.writeUInt32LE(written, at);
      at += 4 + written;
    }
    at = this.pending.writeUInt32LE(text.bodyHtml === null ? 0 : htmlBytes + 1, at);
    if (text.bodyHtml !== null) this.pending.write(text.bodyHtml, at);
    return this.placed(size, ledeOf(text.body));
  }

  /** Copies a record as it is (compacting a file into a new one): where it went. */
  appendBytes(bytes: Uint8Array): { file: string; at: number } {
    const start = this.reserve(bytes.length);
    this.pending.set(bytes, start);
    return this.placed(bytes.length, "");
  }

  /** Room for `size` bytes in the buffer (written out first when full, made larger for a record larger than it); where they go in it. */
  private reserve(size: number): number {
    if (this.used + size > this.pending.length) {
      this.flush();
      if (size > this.pending.length) this.pending = Buffer.allocUnsafe(size);
    }
    const start = this.used;
    this.used += size;
    return start;
  }

  private placed(length: number, lede: string): StoredBody {
    const ref = { file: this.file, at: this.end, length, lede };
    this.end += length;
    return ref;
  }

  private flush(): void {
    if (this.used > 0) writeSync(this.fd, this.pending, 0, this.used);
    this.used = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

/** Copies records into another file, each file read once, and points each reference at its copy. */
export function copyRecords(refs: readonly StoredBody[], to: BodyFileWriter): void {
  const byFile = new Map<string, StoredBody[]>();
  for (const ref of refs) {
    const list = byFile.get(ref.file);
    if (list) list.push(ref);
    else byFile.set(ref.file, [ref]);
  }
  let bytes = Buffer.alloc(0);
  for (const [file, list] of byFile) {
    const fd = openSync(file, "r");
    try {
      for (const ref of list.sort((a, b) => a.at - b.at)) {
        if (bytes.length < ref.length) bytes = Buffer.allocUnsafe(Math.max(ref.length, bytes.length * 2));
        if (readSync(fd, bytes, 0, ref.length, ref.at) !== ref.length) throw new Error(`${file} is shorter than its records`);
        const copy = to.appendBytes(bytes.subarray(0, ref.length));
        ref.file = copy.file;
        ref.at = copy.at;
      }
    } finally {
      closeSync(fd);
    }
  }
}
