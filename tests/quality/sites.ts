/** The sites every quality gate checks: the sample site and the fixture sites, built into memory. */
import type { MemoryWriter } from "../../src/write/writer.js";
import { hostileSiteDir } from "../fixtures/hostile-site.js";
import { buildFixture, ROOT } from "../helpers.js";

export interface BuiltSite {
  name: string;
  out: MemoryWriter;
  /** The base URL's path, which every internal link starts with. */
  basePath: string;
  baseUrl: string;
}

export async function builtSites(): Promise<BuiltSite[]> {
  const sites: BuiltSite[] = [];
  for (const [name, dir] of [
    ["sample", ROOT],
    ["site-basic", "site-basic"],
    ["site-aggregate", "site-aggregate"],
    // A site with no content yet must still be valid, with working links.
    ["site-empty", "site-empty"],
    ["site-hostile", hostileSiteDir()],
  ] as const) {
    const { result, out } = await buildFixture(dir);
    sites.push({ name, out, baseUrl: result.config.baseUrl, basePath: new URL(result.config.baseUrl).pathname });
  }
  return sites;
}

export function htmlFiles(site: BuiltSite): string[] {
  return [...site.out.files.keys()].filter((f) => f.endsWith(".html"));
}
