/**
 * The fetch status file: per source, its last success, last error, item count
 * and the validators (ETag, Last-Modified) for the next conditional request.
 * It lives in the content folder as a hidden file, so the build can show a
 * sources-health page and the content walker never reads it as a feed.
 */
import type { SourceStatus } from "../model/source-status.js";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export const STATUS_FILE = ".fetch-status.json";

export type { SourceStatus };

export type FetchStatus = Record<string, SourceStatus>;

/**
 * The status by source name, in an object without a prototype: a source may be named "__proto__" or
 * "constructor", and its entry must be an entry like any other.
 */
export function readFetchStatus(contentDir: string): FetchStatus {
  const status = Object.create(null) as FetchStatus;
  const file = path.join(contentDir, STATUS_FILE);
  if (!existsSync(file)) return status;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) Object.assign(status, parsed);
  } catch {
    // An unreadable status file is as good as none: the next fetch writes a new one.
  }
  return status;
}

export function writeFetchStatus(contentDir: string, status: FetchStatus): void {
  const file = path.join(contentDir, STATUS_FILE);
  const sorted = Object.fromEntries(Object.entries(status).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(`${file}.tmp`, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
