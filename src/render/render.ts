/**
 * Render: a route becomes a file's text — pages through the nunjucks
 * templates, feeds through the feed builders. A template error stops the
 * build with the template and the page it failed on.
 */
import { KioskError } from "../diagnostics.js";
import { buildRssFeed } from "../feeds/rss.js";
import type { Site } from "../model/site.js";
import { outputFile, type Route } from "../plan/route.js";
import { createLinker } from "./links.js";
import type { TemplateEnvironment } from "./templates.js";
import { createViewBuilder } from "./views.js";

export interface OutputFile {
  /** Path inside the output folder, with "/" separators: "2020/09/30/barlamane/x/index.html". */
  path: string;
  contents: string | Uint8Array;
}

export type Renderer = (route: Route) => OutputFile;

/** Data shared by every page (links, ticker, language menu) is prepared once here. */
export function createRenderer(site: Site, env: TemplateEnvironment): Renderer {
  const link = createLinker(site.config.baseUrl);
  const buildView = createViewBuilder(site, link);
  return (route) => {
    if (route.kind === "rss") return { path: outputFile(route.path), contents: buildRssFeed(route, site, link) };
    const { template, view } = buildView(route);
    try {
      return { path: outputFile(route.path), contents: env.render(template, view) };
    } catch (cause) {
      const from = route.kind === "article" ? ` (article from ${route.article.file})` : "";
      throw new KioskError(`templates/${template}: rendering ${route.path}${from} failed: ${(cause as Error).message.trim()}`, {
        hint: "Fix the template at the line named above; every variable a template uses must exist (see src/render/views.ts).",
        cause,
      });
    }
  };
}
