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
import type { Grouping } from "../assemble/stories.js";
import type { Site, Story } from "../model/site.js";
import { matchKey } from "../text/clean.js";
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";

export const INSPECT_HELP = `Usage: kiosk inspect --json [--story ID|TEXT] [--content DIR] [--config FILE]

Prints the assembled site model as JSON, without writing a site:
  articles   id, title, source, lang, date, url, permalink, story, mergedFrom
  stories    id, article ids, sources, languages, and its headlines in every language
  headlines  every distinct ticker headline, with its language and story (null when it stands alone)
  ticker     in order: text, lang, story, link

With --story, prints one story (by id, or the story of a title or headline) and why its
members were joined: each join with its evidence (shared names, numbers, spellings,
concepts or words).

Options:
  --json            Print JSON (required)
  --story ID|TEXT   Explain one story
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
  const wanted = values.story as string | undefined;
  let grouping: Grouping | undefined;
  const site = assembleSite(ingested.articles, config, { explain: wanted !== undefined, onGrouping: (g) => (grouping = g) });
  if (wanted === undefined) {
    io.stdout.write(`${JSON.stringify(inspectSite(site), null, 2)}\n`);
    return 0;
  }
  const story = explainStory(site, grouping!, wanted);
  if (!story) {
    io.stderr.write(`kiosk inspect: no story has the id or a member "${wanted}".\n`);
    return 1;
  }
  io.stdout.write(`${JSON.stringify(story, null, 2)}\n`);
  return 0;
}

const idOf = (p: string) => p.replace(/^\/|\/$/g, "");

/** The model as plain JSON. An article's id is its permalink without slashes; a story's is its oldest article's. */
export function inspectSite(site: Site) {
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
    stories: site.stories.map((s) => storyJson(s)),
    headlines: site.headlines.map((h) => ({ text: h.text, lang: h.lang, story: h.story, first: h.first, last: h.last })),
    ticker: site.ticker.map((t) => ({ text: t.text, lang: t.lang, story: t.story, link: link(t.articlePath) })),
  };
}

function storyJson(s: Story) {
  return {
    id: s.id,
    articles: s.articles.map((a) => idOf(a.path)),
    sources: [...new Set(s.articles.map((a) => a.source))].sort(),
    languages: [...new Set([...s.articles.map((a) => a.lang), ...s.headlines.map((h) => h.lang)])].sort(),
    headlines: [...s.articles.map((a) => ({ text: a.title, lang: a.lang })), ...s.headlines],
  };
}

/** One story, by id or by the text of one of its members, with the joins that made it. */
function explainStory(site: Site, grouping: Grouping, wanted: string) {
  const key = matchKey(wanted);
  const id = site.stories.some((s) => s.id === wanted) ? wanted : (grouping.storyOfText.get(key) ?? null);
  if (id === null) return undefined;
  const story = site.stories.find((s) => s.id === id);
  // (Its members' texts: of a text seen again weeks later, only its members in this story are.)
  const members = new Set([
    ...site.headlines.filter((h) => h.story === id).map((h) => matchKey(h.text)),
    ...(story?.articles ?? []).map((a) => matchKey(a.title)),
  ]);
  const edges = grouping.edges.filter((e) => members.has(matchKey(e.a)));
  return {
    id,
    ...(story
      ? storyJson(story)
      : {
          articles: [],
          sources: [],
          languages: [...new Set(site.headlines.filter((h) => h.story === id).map((h) => h.lang))].sort(),
          headlines: site.headlines.filter((h) => h.story === id).map((h) => ({ text: h.text, lang: h.lang })),
        }),
    joins: edges.map((e) => ({ a: e.a, b: e.b, evidence: e.evidence })),
  };
}
