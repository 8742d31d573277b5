/**
 * `kiosk inspect --json`: the assembled site model without writing a site —
 * articles, the stories they were grouped into (with every headline that
 * belongs to each), and the ticker in order. Editors use it to see why two
 * things were or were not merged.
 */
import path from "node:path";
import { assembleSite } from "../assemble/assemble.js";
import { loadConfig, DEFAULT_CONFIG_FILE } from "../config/load-config.js";
import { formatDiagnostic } from "../diagnostics.js";
import { listContentFiles } from "../ingest/content-source.js";
import { CONTENT_EXTENSIONS, ingestContent } from "../ingest/ingest.js";
import type { ParsedArticle } from "../model/article.js";
import type { Site } from "../model/site.js";
import { matchKey } from "../text/clean.js";
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";

export const INSPECT_HELP = `Usage: kiosk inspect --json [--content DIR] [--config FILE]

Prints the assembled site model as JSON, without writing a site:
  articles  id, title, source, lang, date, url, permalink, story, mergedFrom
  stories   id, article ids, and every headline that belongs to it
  ticker    in order: text, lang, story, link

Options:
  --json            Print JSON (required)
  --content DIR     Folder of content [content]
  --config FILE     Site config file [${DEFAULT_CONFIG_FILE}]
  -h, --help        Show this help`;

export async function runInspect(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  if (values.json !== true) throw new UsageError("inspect prints JSON: add --json.");
  const configFile = (values.config as string | undefined) ?? DEFAULT_CONFIG_FILE;
  const config = await loadConfig({ file: path.resolve(io.cwd, configFile), explicit: values.config !== undefined });
  const files = await listContentFiles((values.content as string | undefined) ?? "content", CONTENT_EXTENSIONS, io.cwd);
  const ingested = await ingestContent(files, config);
  for (const d of ingested.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
  const site = assembleSite(ingested.articles, config);
  io.stdout.write(`${JSON.stringify(inspectSite(site, ingested.articles), null, 2)}\n`);
  return 0;
}

/** The model as plain JSON. An article's id is its permalink without slashes; a story's is its oldest article's. */
/** `parsed`: the articles as parsed, whose pages' ticker lines name the headlines of each story. */
export function inspectSite(site: Site, parsed: readonly ParsedArticle[]) {
  const idOf = (p: string) => p.replace(/^\/|\/$/g, "");
  const storyOfTitle = new Map(site.articles.map((a) => [matchKey(a.title), a.story]));
  const headlines = new Map<string, Set<string>>();
  for (const article of parsed) {
    for (const text of [article.title, ...article.ticker]) {
      const story = storyOfTitle.get(matchKey(text));
      if (story) headlines.set(story, (headlines.get(story) ?? new Set()).add(text));
    }
  }
  const link = (p: string | null) => (p === null ? null : new URL(p.replace(/^\//, ""), site.config.baseUrl).href);
  return {
    articles: site.articles.map((a) => ({
      id: idOf(a.path),
      title: a.title,
      source: a.source,
      lang: a.lang,
      date: a.date,
      url: a.url,
      permalink: link(a.path),
      story: a.story,
      mergedFrom: a.mergedFrom,
    })),
    stories: site.stories.map((s) => ({ id: s.id, articles: s.articles.map((a) => idOf(a.path)), headlines: [...(headlines.get(s.id) ?? [])] })),
    ticker: site.ticker.map((t) => ({ text: t.text, lang: t.lang, story: t.story, link: link(t.articlePath) })),
  };
}
