/**
 * The search index: every article as a Pagefind record in its own language
 * (each language gets its own indexes and stemmer; one index a period, see
 * searchPeriod), with its title, source, date and an excerpt as metadata, and
 * source and language as filters. Pagefind's Node API runs its binary, shipped
 * in the npm package, and hands back the index files, which go through the
 * writer like every other output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import v8 from "node:v8";
import * as pagefind from "pagefind";
import { mapConcurrent } from "../util/concurrency.js";
import { hashOf } from "../util/hash.js";
import { KioskError } from "../diagnostics.js";
import type { Article, Site } from "../model/site.js";
import { formatDate, uiFor } from "../render/i18n.js";
import type { Linker } from "../plan/links.js";
import type { OutputFile } from "../model/output.js";
import { SEARCH_BUNDLE } from "../plan/site-paths.js";
import { bodyOf } from "../cache/body-store.js";

/** Part of the cache key: another Pagefind writes other files. */
const PAGEFIND_VERSION = "pagefind 1.6.0";
/** Part of the cache key: bump it when searchRecords puts anything else of an article in its record, or a shard's files are kept otherwise. */
const RECORDS_FORMAT = 2;

/**
 * Text as it is indexed. Pagefind splits words at the ASCII apostrophe, not at
 * the typographic one, so "l’économie" is written "l'économie" and a search
 * for "économie" finds it.
 */
export function searchableText(text: string): string {
  return text.replace(/[\u2019\u02BC\u2018]/g, "'");
}

/**
 * The period an article is indexed in, as of the site's newest article's date: its month in the newest quarter
 * ("2020-11"), its quarter earlier in the newest year ("2020-q2"), its year before that ("2019"). Indexes are made by
 * language and period, so that a crawl of new pages indexes again the newest month of their language, not the
 * archive; a quarter's months become one index when the next quarter starts, and a year's quarters when the next
 * year does (the search page merges a language's periods: at most six, and one a year). The same articles always
 * give the same periods.
 */
export function searchPeriod(date: string, newest: string): string {
  const year = date.slice(0, 4);
  if (year < newest.slice(0, 4)) return year;
  const quarter = quarterOf(date);
  return quarter < quarterOf(newest) ? `${year}-q${quarter}` : date.slice(0, 7);
}

const quarterOf = (date: string): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;

/** Where a period starts ("2020-q3": "2020-07"), to put a language's periods in order, newest first. */
const startOf = (period: string): string => period.replace(/-q(\d)$/, (_, q: string) => `-${String((Number(q) - 1) * 3 + 1).padStart(2, "0")}`);

/** The folder of cached indexes; `reuse` false (a clean build) writes them without reading the last build's. */
export interface SearchCache {
  dir: string;
  reuse: boolean;
}

/** How many indexes are made at once (each holds its records in Pagefind's process until its files are written). */
const INDEXES_AT_ONCE = 4;

/** The file that tells the search page, for each language, where its indexes are: the newest period's first (see public/search.js). */
export const SEARCH_INDEXES = `${SEARCH_BUNDLE}/kiosk-indexes.json`;

/** One language's records of one period, and where its index goes (in the bundle). */
interface Shard {
  lang: string;
  period: string;
  /** The bundle's folder for this index: the language's own (`fr/`) for its newest period, `fr/2020-09/` for the others. */
  dir: string;
  records: SearchRecord[];
}

/**
 * The index files. Each language and period is indexed on its own (Pagefind keeps every language apart anyway:
 * its own stemmer, index, filters and fragments), in a folder of its own with its own `pagefind-entry.json`; the
 * newest period's folder also holds the language's analyser, which the others' share in the browser (Pagefind's
 * `mergeIndex`). Pagefind's scripts are at the top of the bundle. With a cache folder, an index is reused when every
 * record of it is the same: a crawl of French pages re-indexes the newest French month only, and a template or style
 * change nothing. `signal` stops the indexing of a build that failed meanwhile (between batches), so that no
 * Pagefind process outlives it.
 */
export async function buildSearchIndex(site: Site, link: Linker, cache: SearchCache | null = null, signal?: AbortSignal): Promise<OutputFile[]> {
  const shards = shardsOf(searchRecords(site, link), site.updated);
  const files = new Map<string, OutputFile>();
  const kept = new Set<string>();
  const folders: Record<string, string[]> = {};
  const services = await pagefindServices();
  try {
    // A site without articles still gets Pagefind's bundle (its search pages load its worker): an index of nothing.
    if (shards.length === 0) for (const file of await indexRecords(services[0]!, [], signal)) place(files, file, SEARCH_BUNDLE);
    // Several indexes at once, on every Pagefind process: each gets the next index's records while it writes one's
    // files, and does not wait on this thread's rendering between two small indexes.
    const made = await mapConcurrent(shards, INDEXES_AT_ONCE * services.length, async (shard) => {
      const name = `search-${shard.lang}-${shard.period}-${hashOf(PAGEFIND_VERSION, String(RECORDS_FORMAT), shard.records.map(recordKey).join("\n"))}.v8`;
      kept.add(name);
      let indexFiles = cache?.reuse ? readCached(cache.dir, name) : undefined;
      if (!indexFiles) {
        indexFiles = await indexRecords(leastBusy(services), shard.records, signal);
        if (cache) writeCached(cache.dir, name, indexFiles);
      }
      return indexFiles;
    });
    shards.forEach((shard, i) => {
      const newest = shard.dir === `${shard.lang}/`;
      for (const file of made[i]!) {
        const kind = placeOf(file.path, newest);
        if (kind !== "none") place(files, file, kind === "shard" ? `${SEARCH_BUNDLE}/${shard.dir}` : SEARCH_BUNDLE);
      }
      (folders[shard.lang] ??= []).push(shard.dir);
    });
  } finally {
    await Promise.all(services.map((service) => service.close()));
  }
  if (cache) forgetOthers(cache.dir, kept);
  files.set(SEARCH_INDEXES, { path: SEARCH_INDEXES, contents: JSON.stringify(folders) });
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Puts one of Pagefind's files (its path within its index's bundle) in a folder of the output. */
function place(files: Map<string, OutputFile>, file: OutputFile, folder: string): void {
  const at = `${folder.replace(/\/$/, "")}/${file.path}`;
  files.set(at, { ...file, path: at });
}

/**
 * Where a file of Pagefind's output goes: an index's own files (entry, meta, chunks, fragments, filters) in its
 * shard's folder; the analysers in the newest period's only (the browser loads the language's analyser from there);
 * Pagefind's scripts and styles, the same for every index, once at the top of the bundle.
 */
function placeOf(file: string, newest: boolean): "shard" | "bundle" | "none" {
  if (file === "pagefind-entry.json" || file.endsWith(".pf_meta") || /^(index|fragment|filter)\//.test(file)) return "shard";
  if (/^wasm\.[\w-]+\.pagefind$/.test(file)) return newest ? "shard" : "none";
  return "bundle";
}

/** The records by language and period, newest period first within a language; languages in order. */
function shardsOf(records: SearchRecord[], updated: string | null): Shard[] {
  const byKey = new Map<string, Shard>();
  for (const record of records) {
    const lang = record.language;
    const period = searchPeriod(record.article.date, updated ?? record.article.date);
    const key = `${lang} ${period}`;
    const shard = byKey.get(key);
    if (shard) shard.records.push(record);
    else byKey.set(key, { lang, period, dir: "", records: [record] });
  }
  const order = (a: Shard, b: Shard): number => (a.lang !== b.lang ? (a.lang < b.lang ? -1 : 1) : startOf(a.period) > startOf(b.period) ? -1 : 1);
  const shards = [...byKey.values()].sort(order);
  shards.forEach((shard, i) => {
    shard.dir = i === 0 || shards[i - 1]!.lang !== shard.lang ? `${shard.lang}/` : `${shard.lang}/${shard.period}/`;
  });
  return shards;
}

function readCached(cacheDir: string, name: string): OutputFile[] | undefined {
  const file = path.join(cacheDir, name);
  if (!existsSync(file)) return undefined;
  try {
    return v8.deserialize(readFileSync(file)) as OutputFile[];
  } catch {
    return undefined; // A damaged cache entry is only a slower build.
  }
}

function writeCached(cacheDir: string, name: string, files: OutputFile[]): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, name), v8.serialize(files));
}

/** Removes the cached indexes this build did not use (older records, languages gone). */
function forgetOthers(cacheDir: string, kept: ReadonlySet<string>): void {
  if (!existsSync(cacheDir)) return;
  for (const old of readdirSync(cacheDir)) {
    if (old.startsWith("search-") && old.endsWith(".v8") && !kept.has(old)) rmSync(path.join(cacheDir, old), { force: true });
  }
}

/** A record as Pagefind takes it, but for its text (worked out only for the languages indexed again), and its article. */
type SearchRecord = Omit<Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0], "content"> & { article: Article };

/**
 * What a record is made of, to tell whether a language's cached index still holds: its article's revision (the
 * article's parsed fields, of which its text: see Article.revision) and the rest of the record as it is; the record
 * whole for an article without one.
 */
const recordKey = ({ article, ...record }: SearchRecord): string =>
  article.revision === undefined ? JSON.stringify({ ...record, content: contentOf(article) }) : `${article.revision} ${JSON.stringify(record)}`;

const contentOf = (article: Article): string => searchableText(`${article.title}\n${bodyOf(article).join("\n")}`);

function searchRecords(site: Site, link: Linker): SearchRecord[] {
  const { config } = site;
  const sourceName = new Map(site.sources.map((s) => [s.key, s.name]));
  return site.articles.map((article) => {
    const source = sourceName.get(article.sourceKey)!;
    return {
      article,
      url: link.href(article.path),
      language: article.lang.split("-")[0]!,
      meta: { title: article.title, source, date: formatDate(article.date, article.lang, config), dateIso: article.date },
      filters: { source: [source], language: [uiFor(article.lang, config).languageName] },
      sort: { date: article.date },
    };
  });
}

type Pagefind = typeof pagefind;

/** How many Pagefind processes index at once: one a core, at most this many (each indexes on one core). */
const MAX_SERVICES = 2;

/**
 * Pagefind's processes. Its Node API runs one process for its module (a module-wide service), and indexes on one
 * core: the module imported once more, under another URL, is another service and another process, so that a build
 * whose rendering is done does not wait on one core while the other idles.
 */
async function pagefindServices(): Promise<Pagefind[]> {
  // (import.meta.resolve is Node 20.6's: an older Node runs one.)
  const count = typeof import.meta.resolve === "function" ? Math.max(1, Math.min(MAX_SERVICES, availableParallelism())) : 1;
  const others = Array.from({ length: count - 1 }, (_, i) => import(`${import.meta.resolve("pagefind")}?service=${i + 2}`) as Promise<Pagefind>);
  return [pagefind, ...(await Promise.all(others))];
}

/** The records each service is indexing now, to give the next index to the least busy. */
const busy = new WeakMap<Pagefind, number>();
function leastBusy(services: Pagefind[]): Pagefind {
  return services.reduce((best, s) => ((busy.get(s) ?? 0) < (busy.get(best) ?? 0) ? s : best));
}

/** One index of the records, as Pagefind writes it (its paths within its own bundle). */
async function indexRecords(service: Pagefind, records: SearchRecord[], signal: AbortSignal | undefined): Promise<OutputFile[]> {
  busy.set(service, (busy.get(service) ?? 0) + records.length);
  try {
    return await indexOn(service, records, signal);
  } finally {
    busy.set(service, busy.get(service)! - records.length);
  }
}

async function indexOn(service: Pagefind, records: SearchRecord[], signal: AbortSignal | undefined): Promise<OutputFile[]> {
  const created = await service.createIndex({});
  if (!created.index)
    throw new KioskError(`the search index could not be created: ${created.errors.join("; ")}`, { hint: "Build with --no-search to skip it." });
  const index = created.index;
  try {
    // Records go to Pagefind's service in batches: one round trip at a time would leave it idle.
    const BATCH = 256;
    for (let start = 0; start < records.length; start += BATCH) {
      signal?.throwIfAborted();
      const batch = records.slice(start, start + BATCH);
      const added = await Promise.all(batch.map(({ article, ...record }) => index.addCustomRecord({ ...record, content: contentOf(article) })));
      added.forEach((result, i) => {
        if (result.errors.length > 0) throw new KioskError(`indexing ${batch[i]!.article.file} for search failed: ${result.errors.join("; ")}`);
      });
    }
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new KioskError(`the search index could not be written: ${errors.join("; ")}`);
    return files.map((f) => ({ path: f.path, contents: f.content })).sort((a, b) => (a.path < b.path ? -1 : 1));
  } finally {
    await index.deleteIndex();
  }
}
