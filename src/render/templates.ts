/**
 * The template loader: a nunjucks environment over the site's templates folder
 * and then Kiosk's built-in one, so a site overrides only the templates it
 * has. Autoescaping stays on, so scraped text is always escaped; an undefined
 * variable is an error, not an empty string.
 */
import nunjucks from "nunjucks";

export type TemplateEnvironment = nunjucks.Environment;

/** `searchPaths`: folders looked in, first match wins. */
export function createTemplateEnvironment(searchPaths: string[]): TemplateEnvironment {
  const loader = new nunjucks.FileSystemLoader(searchPaths, { noCache: false });
  return new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
}
