/**
 * The template loader: a nunjucks environment over the site's templates folder
 * and then Kiosk's built-in one, so a site overrides only the templates it
 * has. Autoescaping stays on, so scraped text is always escaped; an undefined
 * variable is an error, not an empty string.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import nunjucks from "nunjucks";
import { hashOf } from "../util/hash.js";

export type TemplateEnvironment = nunjucks.Environment;

/** `searchPaths`: folders looked in, first match wins. */
export function createTemplateEnvironment(searchPaths: string[]): TemplateEnvironment {
  const loader = new nunjucks.FileSystemLoader(searchPaths, { noCache: false });
  return new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
}

/** A fingerprint of every template file the search paths hold (name, then content), for the build cache. */
export function templatesFingerprint(searchPaths: readonly string[]): string {
  const parts: string[] = [];
  for (const dir of searchPaths) {
    let files: string[] = [];
    try {
      files = readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    } catch {
      continue;
    }
    for (const file of files) {
      const full = path.join(dir, file);
      if (statSync(full).isFile()) parts.push(`${dir}|${file}|${hashOf(readFileSync(full))}`);
    }
  }
  return hashOf(parts.join("\n"));
}
