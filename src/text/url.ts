/**
 * URLs from scraped input are hostile: only absolute http(s) URLs without
 * credentials become links. Everything else (javascript:, data:, relative
 * paths, `https://bank.example@evil.example`) is refused.
 */

export function safeHttpUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === "" || /[\s<>"]/.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
  if (url.username || url.password) return undefined;
  return url.href;
}

/** Joins a site path ("/2020/09/…/") onto the base URL, keeping the base URL's own path. */
export function absoluteUrl(baseUrl: string, sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ""), baseUrl).href;
}
