/**
 * The template loader: a nunjucks environment over the templates folder.
 * Autoescaping stays on, so scraped text is always escaped; an undefined
 * variable is an error, not an empty string.
 */
import nunjucks from "nunjucks";

export type TemplateEnvironment = nunjucks.Environment;

export function createTemplateEnvironment(templatesDir: string): TemplateEnvironment {
  const loader = new nunjucks.FileSystemLoader(templatesDir, { noCache: false });
  return new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
}
