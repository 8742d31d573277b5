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
import type { Site } from "../model/site.js";
import { formatDate, uiFor } from "../render/i18n.js";
import type { Linker } from "../plan/links.js";
import type { OutputFile } from "../model/output.js";
import { SEARCH_BUNDLE } from "../plan/site-paths.js";

/** Part of the cache key: another Pagefind writes other files. */
const PAGEFIND_VERSION = "pagefind 1.6.0";

/**
 * Text as it is indexed. Pagefind splits words at the ASCII apostrophe, not at
 * the typographic one, so "l’économie" is written "l'économie" and a search
 * for "économie" finds it.
 */
export function searchableText(text: string): string {
  return text.replace(/[\u2019\u02BC\u2018]/g, "'");
}

/**
 * The index files. With a cache folder, the files of the last index are reused
 * when every record is the same (a template or style change does not re-index).
 * `signal` stops the indexing of a build that failed meanwhile (between batches),
 * so that no Pagefind process outlives it.
 */
export async function buildSearchIndex(site: Site, link: Linker, cacheDir: string | null = null, signal?: AbortSignal): Promise<OutputFile[]> {
  const records = searchRecords(site, link);
  const key = hashOf(PAGEFIND_VERSION, JSON.stringify(records));
  const cached = cacheDir ? path.join(cacheDir, `search-${key}.v8`) : null;
  if (cached && existsSync(cached)) {
    try {
      return v8.deserialize(readFileSync(cached)) as OutputFile[];
    } catch {
      // A damaged cache entry is only a slower build.
    }
  }
  const files = await indexRecords(records, signal);
  if (cacheDir && cached) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) if (old.startsWith("search-") && old.endsWith(".v8")) rmSync(path.join(cacheDir, old), { force: true });
    writeFileSync(cached, v8.serialize(files));
  }
  return files;
}

type SearchRecord = Parameters<pagefind.PagefindIndex["addCustomRecord"]>[0] & { file: string };

function searchRecords(site: Site, link: Linker): SearchRecord[] {
  const { config } = site;
  const sourceName = new Map(site.sources.map((s) => [s.key, s.name]));
  return site.articles.map((article) => {
    const source = sourceName.get(article.sourceKey)!;
    return {
      file: article.file,
      url: link.href(article.path),
      content: searchableText(`${article.title}\n${article.body.join("\n")}`),
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
      const added = await Promise.all(batch.map(({ file: _file, ...record }) => index.addCustomRecord(record)));
      added.forEach((result, i) => {
        if (result.errors.length > 0) throw new KioskError(`indexing ${batch[i]!.file} for search failed: ${result.errors.join("; ")}`);
      });
    }
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new KioskError(`the search index could not be written: ${errors.join("; ")}`);
    return files.map((f) => ({ path: `${SEARCH_BUNDLE}/${f.path}`, contents: f.content })).sort((a, b) => (a.path < b.path ? -1 : 1));
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
