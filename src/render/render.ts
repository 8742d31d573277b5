/**
 * Render: a route becomes a file's text — pages through the nunjucks
 * templates, feeds and sitemaps through their builders. A template error stops
 * the build with the template and the page it failed on.
 */
import { KioskError } from "../diagnostics.js";
import { buildAtomFeed } from "../feeds/atom.js";
import { createFeedEntries } from "../feeds/feed-entry.js";
import type { FeedInput } from "../feeds/feed-input.js";
import { buildJsonFeed } from "../feeds/jsonfeed.js";
import { buildNewsSitemap } from "../feeds/news-sitemap.js";
import { buildRobotsTxt } from "../feeds/robots.js";
import { buildRssFeed } from "../feeds/rss.js";
import { buildSitemap, buildSitemapIndex } from "../feeds/sitemap.js";
import type { Site } from "../model/site.js";
import { outputFile, type FeedRoute, type Route } from "../plan/route.js";
import { createLinker } from "./links.js";
import type { TemplateEnvironment } from "./templates.js";
import { createViewBuilder } from "./views.js";

export interface OutputFile {
  /** Path inside the output folder, with "/" separators: "2020/09/30/barlamane/x/index.html". */
  path: string;
  contents: string | Uint8Array;
}

export type Renderer = (route: Route) => OutputFile;

const FEED_BUILDERS = { rss: buildRssFeed, atom: buildAtomFeed, json: buildJsonFeed } as const;

/** Data shared by every page (links, ticker, language menu, feed entries) is prepared once here. */
export function createRenderer(site: Site, env: TemplateEnvironment): Renderer {
  const link = createLinker(site.config.baseUrl);
  const buildView = createViewBuilder(site, link);
  const entryOf = createFeedEntries(site, link);
  const feedInput = (route: FeedRoute): FeedInput => ({
    selfUrl: link.absolute(route.path),
    homeUrl: link.absolute(route.homePath),
    title: route.title,
    description: route.description,
    lang: route.lang,
    author: site.config.title,
    entries: route.articles.map(entryOf),
  });

  return (route) => {
    const path = outputFile(route.path);
    switch (route.kind) {
      case "feed":
        return { path, contents: FEED_BUILDERS[route.format](feedInput(route)) };
      case "sitemap":
        return { path, contents: buildSitemap(route.entries.map((e) => ({ loc: link.absolute(e.path), lastmod: e.lastmod }))) };
      case "sitemap-index":
        return { path, contents: buildSitemapIndex(route.sitemaps.map((e) => ({ loc: link.absolute(e.path), lastmod: e.lastmod }))) };
      case "news-sitemap":
        return { path, contents: buildNewsSitemap(route.articles.map(entryOf), site.config.title) };
      case "robots":
        return { path, contents: buildRobotsTxt(route.sitemaps.map((p) => link.absolute(p))) };
      default: {
        const { template, view } = buildView(route);
        try {
          return { path, contents: env.render(template, view) };
        } catch (cause) {
          const from = route.kind === "article" ? ` (article from ${route.article.file})` : "";
          throw new KioskError(`templates/${template}: rendering ${route.path}${from} failed: ${(cause as Error).message.trim()}`, {
            hint: "Fix the template at the line named above; every variable a template uses must exist (see src/render/views.ts).",
            cause,
          });
        }
      }
    }
  };
}
