/** Shared helpers for the tests: fixture paths, a parser with the default config, an in-memory build. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { resolveConfig, type SiteConfig } from "../src/config/config.js";
import type { ParsedArticle } from "../src/model/article.js";
import { compileScrapedRules, parseScrapedPage, type ParseResult } from "../src/ingest/scraped.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "tests", "fixtures");

export function defaultConfig(overrides: Record<string, unknown> = {}): SiteConfig {
  const { config, problems } = resolveConfig(overrides);
  if (problems.length) throw new Error(JSON.stringify(problems));
  return config;
}

const rules = compileScrapedRules(defaultConfig());

/** Parses a text as a scraped page with the built-in language tables. */
export function parse(text: string, file = "page.txt"): ParseResult {
  return parseScrapedPage(text, file, rules);
}

export function parseFixture(name: string): ParseResult {
  return parse(readFileSync(path.join(FIXTURES, "scraped", name), "utf8"), name);
}

/** A parsed article as the scraped-page parser makes one, with the fields a test names and the rest empty. */
export function parsedArticle(overrides: Partial<ParsedArticle>): ParsedArticle {
  return {
    file: "a.txt",
    origin: "scraped",
    title: "Un titre",
    source: "Barlamane",
    date: "2020-09-30",
    lang: "fr",
    url: null,
    sourceUrl: null,
    pageUrl: null,
    image: null,
    tags: [],
    slug: null,
    scrapedAt: null,
    ticker: [],
    body: ["Texte."],
    bodyHtml: null,
    flags: [],
    ...overrides,
  };
}

/** A minimal page in the real shape, for tests that vary one part. */
export function page(parts: { ticker?: string; title?: string; credit?: string; body?: string[]; backLink?: string; front?: string }): string {
  const lines: string[] = [];
  if (parts.front !== undefined) lines.push("---", parts.front, "---");
  if (parts.ticker !== undefined) lines.push(parts.ticker);
  lines.push(parts.title ?? "Un titre de test");
  lines.push(parts.credit ?? "Publié dans Barlamane le 30 - 09 - 2020");
  lines.push(...(parts.body ?? ["Un premier paragraphe.", "Un second paragraphe."]));
  lines.push(parts.backLink ?? "Cliquez ici pour lire l'article depuis sa source.");
  return `${lines.join("\n")}\n`;
}

import { build, type BuildOptions, type BuildResult } from "../src/build.js";
import { MemoryWriter } from "../src/write/writer.js";

/** How the tests build a site folder (content/ and kiosk.config.json in `cwd`) with Kiosk's own templates and public files. */
export function buildOptions(cwd: string, options: Partial<BuildOptions> = {}): BuildOptions {
  return {
    contentDir: "content",
    configFile: "kiosk.config.json",
    configExplicit: false,
    templatesDir: path.join(ROOT, "templates"),
    publicDir: path.join(ROOT, "public"),
    cwd,
    strict: false,
    ...options,
  };
}

/** Builds a site (tests/fixtures/NAME, or an absolute folder, with content/ and kiosk.config.json) into memory. */
export async function buildFixture(name: string, options: Partial<BuildOptions> = {}): Promise<{ result: BuildResult; out: MemoryWriter }> {
  const out = new MemoryWriter();
  const result = await build(buildOptions(path.isAbsolute(name) ? name : path.join(FIXTURES, name), options), out);
  return { result, out };
}

/**
 * Every start tag of a page Kiosk wrote, with its attribute names and values.
 * Kiosk's templates quote every attribute and escape every `<` in text, so each
 * `<` starts a real tag and this simple tokenizer sees exactly what a browser would.
 */
export function startTags(html: string): { name: string; attributes: Record<string, string> }[] {
  const tags: { name: string; attributes: Record<string, string> }[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of match[2]!.matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)) attributes[a[1]!.toLowerCase()] = a[2] ?? "";
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}
