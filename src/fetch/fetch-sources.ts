/**
 * `kiosk fetch`: downloads the config's source feeds into the content folder
 * with the built-in fetch — conditional requests (If-None-Match,
 * If-Modified-Since), a timeout and a size cap per request, a few requests at
 * once — and keeps the last good copy when a source fails or answers with
 * something that is not a feed. The outcome of each source goes to the status
 * file.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteConfig, SourceFeed } from "../config/config.js";
import { parseFeedFile } from "../ingest/feed.js";
import { createLanguageDetector } from "../text/detect-language.js";
import { slugify } from "../text/slug.js";
import { mapConcurrent } from "../util/concurrency.js";
import { readFetchStatus, writeFetchStatus, type SourceStatus } from "./fetch-status.js";

export type FetchOutcome = "updated" | "unchanged" | "failed";

export interface FetchReport {
  source: string;
  outcome: FetchOutcome;
  message: string;
}

export interface FetchOptions {
  contentDir: string;
  config: SiteConfig;
  /** The clock, for the status file (tests pass a fixed one). */
  now?: () => Date;
}

const USER_AGENT = "Kiosk/0.1 (+static news aggregator; feed fetcher)";

export async function fetchSources(options: FetchOptions): Promise<FetchReport[]> {
  const { contentDir, config } = options;
  const now = options.now ?? (() => new Date());
  const status = readFetchStatus(contentDir);
  const check = { config, detectLanguage: createLanguageDetector(config.languages) };
  const feedsDir = path.join(contentDir, "feeds");
  mkdirSync(feedsDir, { recursive: true });

  const reports = await mapConcurrent(config.sources, config.fetch.concurrency, async (source): Promise<FetchReport> => {
    const previous: SourceStatus = status[source.name] ?? { name: source.name, feed: source.feed, file: null, lastSuccess: null, lastError: null, items: 0, etag: null, lastModified: null };
    const at = now().toISOString();
    try {
      const result = await download(source, previous, config);
      if (result.kind === "unchanged") {
        status[source.name] = { ...previous, feed: source.feed, lastSuccess: at, lastError: null };
        return { source: source.name, outcome: "unchanged", message: "not modified since the last fetch" };
      }
      // Only a real feed replaces the last good copy.
      const checked = parseFeedFile(result.body, source.name, check);
      if (!checked.ok) throw new Error(checked.diagnostics[0]?.message ?? "not a feed");
      const extension = /^\s*[[{]/.test(result.body) ? "json" : "xml";
      const file = path.join("feeds", `${slugify(source.name, "source")}.${extension}`);
      const target = path.join(contentDir, file);
      writeFileSync(`${target}.download`, result.body);
      renameSync(`${target}.download`, target);
      status[source.name] = { name: source.name, feed: source.feed, file, lastSuccess: at, lastError: null, items: checked.articles.length, etag: result.etag, lastModified: result.lastModified };
      return { source: source.name, outcome: "updated", message: `${checked.articles.length} items` };
    } catch (cause) {
      const message = (cause as Error).name === "TimeoutError" ? `no answer within ${config.fetch.timeoutMs} ms` : (cause as Error).message;
      status[source.name] = { ...previous, feed: source.feed, lastError: { at, message } };
      return { source: source.name, outcome: "failed", message: `${message}; the last good copy is kept` };
    }
  });
  writeFetchStatus(contentDir, status);
  return reports;
}

type Download = { kind: "unchanged" } | { kind: "body"; body: string; etag: string | null; lastModified: string | null };

async function download(source: SourceFeed, previous: SourceStatus, config: SiteConfig): Promise<Download> {
  const headers: Record<string, string> = { "User-Agent": USER_AGENT, Accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5" };
  // Validators are sent only when the last good copy is still there to fall back on.
  if (previous.file && previous.etag) headers["If-None-Match"] = previous.etag;
  if (previous.file && previous.lastModified) headers["If-Modified-Since"] = previous.lastModified;
  const response = await fetch(source.feed, { headers, redirect: "follow", signal: AbortSignal.timeout(config.fetch.timeoutMs) });
  if (response.status === 304) return { kind: "unchanged" };
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const length = Number(response.headers.get("content-length") ?? "0");
  if (length > config.fetch.maxBytes) throw new Error(`the feed is ${length} bytes, over the limit of ${config.fetch.maxBytes}`);
  const body = await readCapped(response, config.fetch.maxBytes);
  return { kind: "body", body, etag: response.headers.get("etag"), lastModified: response.headers.get("last-modified") };
}

/** Reads a body, stopping at the size cap even when the server did not say how big it is. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`the feed is over the limit of ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
