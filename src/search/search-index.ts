/**
 * The search index: every article as a Pagefind record in its own language
 * (each language gets its own index and stemmer), with its title, source, date
 * and an excerpt as metadata, and source and language as filters. Pagefind's
 * Node API runs its binary, shipped in the npm package, and hands back the
 * index files, which go through the writer like every other output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import * as pagefind from "pagefind";
import { hashOf } from "../util/hash.js";
import { KioskError } from "../diagnostics.js";
import type { Article, Site } from "../model/site.js";
import { formatDate, uiFor } from "../render/i18n.js";
import type { Linker } from "../plan/links.js";
import type { OutputFile } from "../model/output.js";
import { SEARCH_BUNDLE } from "../plan/site-paths.js";

/** Part of the cache key: another Pagefind writes other files. */
const PAGEFIND_VERSION = "pagefind 1.6.0";
/** Part of the cache key: bump it when searchRecords puts anything else of an article in its record. */
const RECORDS_FORMAT = 1;

/**
 * Text as it is indexed. Pagefind splits words at the ASCII apostrophe, not at
 * the typographic one, so "l’économie" is written "l'économie" and a search
 * for "économie" finds it.
 */
export function searchableText(text: string): string {
  return text.replace(/[\u2019\u02BC\u2018]/g, "'");
}

/**
 * The index files. Each language is indexed on its own (Pagefind keeps every language apart anyway: its own
 * stemmer, index, filters and fragments; only `pagefind-entry.json` names them all, and is merged here). With
 * a cache folder, a language's files are reused when every record of it is the same: a crawl of French pages
 * re-indexes French only, and a template or style change nothing. `signal` stops the indexing of a build
 * that failed meanwhile (between batches), so that no Pagefind process outlives it.
 */
export async function buildSearchIndex(site: Site, link: Linker, cacheDir: string | null = null, signal?: AbortSignal): Promise<OutputFile[]> {
  const byLanguage = new Map<string, SearchRecord[]>();
  // A site without articles still gets Pagefind's bundle (its search pages load it): an index of nothing.
  if (site.articles.length === 0) byLanguage.set("none", []);
  for (const record of searchRecords(site, link)) {
    const same = byLanguage.get(record.language);
    if (same) same.push(record);
    else byLanguage.set(record.language, [record]);
  }
  const files = new Map<string, OutputFile>();
  const entry: PagefindEntry = { version: "", languages: {}, include_characters: [] };
  const kept = new Set<string>();
  try {
    for (const [lang, records] of [...byLanguage].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const name = `search-${lang}-${hashOf(PAGEFIND_VERSION, String(RECORDS_FORMAT), records.map(recordKey).join("\n"))}.v8`;
      kept.add(name);
      let languageFiles = readCached(cacheDir, name);
      if (!languageFiles) {
        languageFiles = await indexRecords(records, signal);
        if (cacheDir) writeCached(cacheDir, name, languageFiles);
      }
      for (const file of languageFiles) {
        if (file.path !== ENTRY) files.set(file.path, file);
        else {
          const own = JSON.parse(Buffer.from(file.contents).toString("utf8")) as PagefindEntry;
          Object.assign(entry, { ...own, languages: { ...entry.languages, ...own.languages } });
        }
      }
    }
  } finally {
    await pagefind.close();
  }
  if (cacheDir) forgetOthers(cacheDir, kept);
  files.set(ENTRY, { path: ENTRY, contents: JSON.stringify(entry) });
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The file that names every language's index (Pagefind's runtime reads it first). */
const ENTRY = `${SEARCH_BUNDLE}/pagefind-entry.json`;

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  include_characters: string[];
}

function readCached(cacheDir: string | null, name: string): OutputFile[] | undefined {
  const file = cacheDir ? path.join(cacheDir, name) : null;
  if (!file || !existsSync(file)) return undefined;
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

const contentOf = (article: Article): string => searchableText(`${article.title}\n${article.body.join("\n")}`);

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

async function indexRecords(records: SearchRecord[], signal: AbortSignal | undefined): Promise<OutputFile[]> {
  const created = await pagefind.createIndex({});
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
    return files.map((f) => ({ path: `${SEARCH_BUNDLE}/${f.path}`, contents: f.content })).sort((a, b) => (a.path < b.path ? -1 : 1));
  } finally {
    await index.deleteIndex();
  }
}
