/**
 * Links inside the site. Pages link by root-relative path under the base URL's
 * path ("/news/2020/09/…"); canonical and feed links are absolute and
 * percent-encoded. Site paths are built from slugs (letters, digits, hyphens),
 * so a page href can keep Arabic letters as they are, as HTML allows, and
 * stays a third of the size of its percent-encoded form.
 */
import { absoluteUrl } from "../text/url.js";

export interface Linker {
  /** Root-relative href for a site path. */
  href(path: string): string;
  /** Absolute URL for a site path. */
  absolute(path: string): string;
}

export function createLinker(baseUrl: string): Linker {
  const basePath = new URL(baseUrl).pathname;
  return {
    href: (path) => basePath + path.replace(/^\//, ""),
    absolute: (path) => absoluteUrl(baseUrl, encodeURI(path)),
  };
}
