/**
 * The search index: every article as a Pagefind record in its own language
 * (each language gets its own index and stemmer), with its title, source, date
 * and an excerpt as metadata, and source and language as filters. Pagefind's
 * Node API runs its binary, shipped in the npm package, and hands back the
 * index files, which go through the writer like every other output.
 */
import * as pagefind from "pagefind";
import { KioskError } from "../diagnostics.js";
import type { Site } from "../model/site.js";
import { uiFor } from "../render/i18n.js";
import type { Linker } from "../render/links.js";
import type { OutputFile } from "../render/render.js";
import { formatDate } from "../render/i18n.js";

/** Where the index goes in the output. */
export const SEARCH_BUNDLE = "pagefind";

/**
 * Text as it is indexed. Pagefind splits words at the ASCII apostrophe, not at
 * the typographic one, so "l’économie" is written "l'économie" and a search
 * for "économie" finds it.
 */
export function searchableText(text: string): string {
  return text.replace(/[\u2019\u02BC\u2018]/g, "'");
}

export async function buildSearchIndex(site: Site, link: Linker): Promise<OutputFile[]> {
  const { config } = site;
  const sourceName = new Map(site.sources.map((s) => [s.key, s.name]));
  const created = await pagefind.createIndex({});
  if (!created.index) throw new KioskError(`the search index could not be created: ${created.errors.join("; ")}`, { hint: "Build with --no-search to skip it." });
  const index = created.index;
  try {
    for (const article of site.articles) {
      const source = sourceName.get(article.sourceKey)!;
      const added = await index.addCustomRecord({
        url: link.href(article.path),
        content: searchableText(`${article.title}\n${article.body.join("\n")}`),
        language: article.lang.split("-")[0]!,
        meta: { title: article.title, source, date: formatDate(article.date, article.lang, config), dateIso: article.date },
        filters: { source: [source], language: [uiFor(article.lang, config).languageName] },
        sort: { date: article.date },
      });
      if (added.errors.length > 0) throw new KioskError(`indexing ${article.file} for search failed: ${added.errors.join("; ")}`);
    }
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new KioskError(`the search index could not be written: ${errors.join("; ")}`);
    return files.map((f) => ({ path: `${SEARCH_BUNDLE}/${f.path}`, contents: f.content })).sort((a, b) => (a.path < b.path ? -1 : 1));
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
