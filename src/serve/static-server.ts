/**
 * A small static file server for the built site: correct content types, the
 * site's 404 page for unknown paths, the base URL's path respected, and no
 * path outside the output folder. The dev server rebuilds under it: a file is
 * read whole in one call (a rename during the read leaves the old file whole),
 * so its length always matches what is sent, and a file that a build swaps
 * away between two looks is looked up again — a request never crashes the
 * server. Redirects stay on this host and keep the query string.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { EVENTS_PATH, injectScript, type LiveReload } from "./live-reload.js";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

/** Feeds get their own types, so browsers and readers recognise them. */
export function contentType(file: string): string {
  const base = path.basename(file);
  if (base === "feed.xml" || base.endsWith(".rss")) return "application/rss+xml; charset=utf-8";
  if (base === "atom.xml") return "application/atom+xml; charset=utf-8";
  if (base === "feed.json") return "application/feed+json; charset=utf-8";
  return CONTENT_TYPES[path.extname(base).toLowerCase()] ?? "application/octet-stream";
}

export interface ServeOptions {
  root: string;
  /** The base URL's path, e.g. "/" or "/news/". */
  basePath: string;
  /** The dev server's live reload: its events endpoint, and its script added to every HTML response. */
  liveReload?: LiveReload;
}

/** Maps a request path to a file under root, or null when it would leave root. */
export function resolveRequestPath(root: string, basePath: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0]!.split("#")[0]!);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || !decoded.startsWith(basePath)) return null;
  const relative = decoded.slice(basePath.length);
  const target = path.resolve(root, `.${path.posix.sep}${relative}`);
  const inside = path.relative(path.resolve(root), target);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return null;
  return target;
}

/** How often a request looks again for a file that a rebuild moved away between two looks. */
const RETRIES = 4;
const RETRY_DELAY_MS = 40;

export function createStaticServer(options: ServeOptions): Server {
  const root = path.resolve(options.root);
  const live = options.liveReload;

  /** The file to answer with and its status; null when there is nothing, not even a 404 page. */
  const lookUp = async (urlPath: string): Promise<{ file: string; status: number } | { redirect: string } | null> => {
    const [pathPart, query] = splitQuery(urlPath);
    const file = resolveRequestPath(root, options.basePath, pathPart);
    if (file !== null) {
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        // Built from the resolved file, not the request: "//evil.example/.." can never become another host.
        if (!pathPart.endsWith("/")) return { redirect: `${sitePathOf(root, options.basePath, file)}/${query}` };
        const index = path.join(file, "index.html");
        if ((await stat(index).catch(() => null))?.isFile()) return { file: index, status: 200 };
      } else if (info?.isFile()) return { file, status: 200 };
    }
    const notFound = path.join(root, "404.html");
    return (await stat(notFound).catch(() => null))?.isFile() ? { file: notFound, status: 404 } : null;
  };

  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === "HEAD";
    for (let attempt = 0; ; attempt++) {
      const found = await lookUp(req.url ?? "/");
      if (found && "redirect" in found) {
        res.writeHead(301, { Location: found.redirect }).end();
        return;
      }
      if (found === null) {
        res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
        res.end(head ? undefined : "<!doctype html><title>Not found</title><p>Not found.</p>");
        return;
      }
      let body: Buffer;
      try {
        body = await readFile(found.file);
      } catch (cause) {
        // Swapped away by a rebuild between the look and the read: look again.
        if (attempt < RETRIES && isGone(cause)) {
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
          continue;
        }
        throw cause;
      }
      const type = contentType(found.file);
      if (live && type.startsWith("text/html")) body = Buffer.from(injectScript(body.toString("utf8")));
      res.writeHead(found.status, { "Content-Type": type, "Content-Length": body.length, "Cache-Control": "no-cache" });
      res.end(head ? undefined : body);
      return;
    }
  };

  return createServer((req, res) => {
    if (live && req.url === EVENTS_PATH) {
      live.connect(res);
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    respond(req, res).catch(() => {
      // Whatever went wrong with one request, the server goes on.
      if (!res.headersSent) res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "1" });
      res.end(res.headersSent ? undefined : "The site is being rebuilt; try again.\n");
    });
  });
}

function splitQuery(urlPath: string): [string, string] {
  const withoutFragment = urlPath.split("#")[0]!;
  const at = withoutFragment.indexOf("?");
  return at === -1 ? [withoutFragment, ""] : [withoutFragment.slice(0, at), withoutFragment.slice(at)];
}

/** The URL path of a file under root, each segment encoded: always one leading slash, always this host. */
function sitePathOf(root: string, basePath: string, file: string): string {
  const segments = path.relative(root, file).split(path.sep).filter(Boolean).map(encodeURIComponent);
  return `${basePath.replace(/\/+$/, "")}/${segments.join("/")}`.replace(/^\/+/, "/");
}

function isGone(cause: unknown): boolean {
  const code = (cause as NodeJS.ErrnoException)?.code;
  return code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR";
}
