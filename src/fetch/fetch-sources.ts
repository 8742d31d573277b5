/**
 * `kiosk fetch`: downloads the config's source feeds into the content folder
 * — conditional requests (If-None-Match, If-Modified-Since), a timeout and a
 * size cap per request, a few requests at once, no private destinations
 * (http-get.ts, network-guard.ts), the feed's declared encoding honoured and
 * saved as UTF-8 — and keeps the last good copy when a source fails or answers
 * with something that is not a feed. The outcome of each source goes to the
 * status file.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SiteConfig, SourceFeed } from "../config/config.js";
import { parseFeedFile } from "../ingest/feed.js";
import { createLanguageDetector } from "../text/detect-language.js";
import { kioskVersion } from "../paths.js";
import { slugify } from "../text/slug.js";
import { mapConcurrent } from "../util/concurrency.js";
import { decodeFeedBytes } from "../ingest/feed-encoding.js";
import { readFetchStatus, writeFetchStatus, type SourceStatus } from "./fetch-status.js";
import { guardedGet } from "./http-get.js";

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

const userAgent = () => `Kiosk/${kioskVersion()} (+static news aggregator; feed fetcher)`;

export async function fetchSources(options: FetchOptions): Promise<FetchReport[]> {
  const { contentDir, config } = options;
  const now = options.now ?? (() => new Date());
  const status = readFetchStatus(contentDir);
  const check = { config, detectLanguage: createLanguageDetector(config.languages) };
  const feedsDir = path.join(contentDir, "feeds");
  mkdirSync(feedsDir, { recursive: true });

  const reports = await mapConcurrent(config.sources, config.fetch.concurrency, async (source): Promise<FetchReport> => {
    const previous: SourceStatus = status[source.name] ?? {
      name: source.name,
      feed: source.feed,
      file: null,
      lastSuccess: null,
      lastError: null,
      items: 0,
      etag: null,
      lastModified: null,
    };
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
      status[source.name] = {
        name: source.name,
        feed: source.feed,
        file,
        lastSuccess: at,
        lastError: null,
        items: checked.articles.length,
        etag: result.etag,
        lastModified: result.lastModified,
      };
      return { source: source.name, outcome: "updated", message: `${checked.articles.length} item${checked.articles.length === 1 ? "" : "s"}` };
    } catch (cause) {
      const message = (cause as Error).name === "TimeoutError" ? `no answer within ${config.fetch.timeoutMs} ms` : (cause as Error).message;
      status[source.name] = { ...previous, feed: source.feed, lastError: { at, message } };
      const kept = previous.file && existsSync(path.join(contentDir, previous.file)) ? "the last good copy is kept" : "there is no earlier copy";
      return { source: source.name, outcome: "failed", message: `${message}; ${kept}` };
    }
  });
  writeFetchStatus(contentDir, status);
  return reports;
}

type Download = { kind: "unchanged" } | { kind: "body"; body: string; etag: string | null; lastModified: string | null };

/** Redirects a feed request follows at most. */
const MAX_REDIRECTS = 5;

async function download(source: SourceFeed, previous: SourceStatus, config: SiteConfig): Promise<Download> {
  const headers: Record<string, string> = {
    "User-Agent": userAgent(),
    Accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
  };
  // Validators are sent only when the last good copy is still there to fall back on.
  if (previous.file && previous.etag) headers["If-None-Match"] = previous.etag;
  if (previous.file && previous.lastModified) headers["If-Modified-Since"] = previous.lastModified;
  const response = await guardedGet(source.feed, {
    headers,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: MAX_REDIRECTS,
    allowPrivateNetworks: config.fetch.allowPrivateNetworks,
  });
  if (response.status === 304) return { kind: "unchanged" };
  if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  const decoded = decodeFeedBytes(response.body, response.charset);
  if (!decoded.ok) throw new Error(`the feed cannot be decoded: ${decoded.reason}`);
  return { kind: "body", body: decoded.text, etag: response.header("etag"), lastModified: response.header("last-modified") };
}
