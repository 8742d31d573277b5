/**
 * What every page may read besides its own route: the config, and the site's sources, language
 * sections and tags without their articles (a page's header links the languages, an article's source
 * and tags are looked up here). A page's key hashes all of it (incremental/route-keys.ts); the views of
 * article and listing pages are given nothing else of the site, so a view cannot come to read
 * something its key does not hash. (The ticker edition a page shows is keyed apart: see render.ts.)
 */
import type { SiteConfig } from "../config/config.js";
import type { LanguageSection, Site, Source, TagSection } from "../model/site.js";
import type { SectionOf } from "./route.js";

export interface SiteWide {
  config: SiteConfig;
  sources: SectionOf<Source>[];
  languages: SectionOf<LanguageSection>[];
  tags: SectionOf<TagSection>[];
}

export function siteWideOf(site: Site): SiteWide {
  return {
    config: site.config,
    sources: site.sources.map(withoutArticles),
    languages: site.languages.map(withoutArticles),
    tags: site.tags.map(withoutArticles),
  };
}

export function withoutArticles<T extends { articles: unknown }>(section: T): Omit<T, "articles"> {
  const { articles: _articles, ...rest } = section;
  return rest;
}
