/**
 * The site a build renders: assembled from every article, or — in the dev server, when an edit moved
 * no article — the last site with the edited articles' content swapped in, and only the routes that
 * show them to be made again.
 */
import { assembleSite, type AssembleExtra } from "../assemble/assemble.js";
import { patchSite, rememberSite, routesShowing, type SiteMemory } from "./site-memory.js";
import type { SiteConfig } from "../config/config.js";
import type { IngestResult } from "../ingest/ingest.js";
import type { Site } from "../model/site.js";
import type { Route } from "../plan/route.js";
import type { BuildMemory } from "./build-memory.js";

export interface SiteState {
  site: Site;
  routes: Route[];
  /** The routes that may have changed; undefined: all of them. */
  affected: Set<number> | undefined;
  /** What the memory keeps if this build is written. */
  remember: SiteMemory | undefined;
}

export interface SiteStateInput {
  ingested: IngestResult;
  config: SiteConfig;
  /** What the site depends on besides the content (config, templates, options): a patch needs the same. */
  setupKey: string;
  memory: BuildMemory | undefined;
  assembleExtras: AssembleExtra;
  plan(site: Site): Route[];
  /** Called between assembling (or patching) and planning. */
  assembled(patched: boolean): void;
}

export function assembleOrPatch({ ingested, config, setupKey, memory, assembleExtras, plan, assembled }: SiteStateInput): SiteState {
  // The memory is given back only when this build is written: after a failed build the next one assembles anew.
  const remembered = memory?.takeSite();
  const edited = remembered ? patchSite(remembered, setupKey, ingested.inputs) : undefined;
  if (remembered && edited) {
    assembled(true);
    return { site: remembered.site, routes: remembered.routes, affected: routesShowing(remembered, edited), remember: remembered };
  }
  const site = assembleSite(ingested.articles, config, assembleExtras);
  assembled(false);
  const routes = plan(site);
  return { site, routes, affected: undefined, remember: memory ? rememberSite(setupKey, ingested.inputs, site, routes) : undefined };
}
