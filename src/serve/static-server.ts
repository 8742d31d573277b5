/**
 * A small static file server for the built site: correct content types, the
 * site's 404 page for unknown paths, the base URL's path respected, and no
 * path outside the output folder.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
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

export function createStaticServer(options: ServeOptions): Server {
  const root = path.resolve(options.root);
  const live = options.liveReload;
  /** Sends a file; HTML gets the live-reload script when serving with live reload. */
  const send = async (res: ServerResponse, file: string, status: number, head: boolean) => {
    const type = contentType(file);
    if (live && type.startsWith("text/html")) {
      const body = Buffer.from(injectScript(await readFile(file, "utf8")));
      res.writeHead(status, { "Content-Type": type, "Content-Length": body.length, "Cache-Control": "no-cache" });
      res.end(head ? undefined : body);
      return;
    }
    const info = await stat(file);
    res.writeHead(status, { "Content-Type": type, "Content-Length": info.size, "Cache-Control": "no-cache" });
    if (head) res.end();
    else createReadStream(file).pipe(res);
  };

  return createServer(async (req, res) => {
    if (live && req.url === EVENTS_PATH) {
      live.connect(res);
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const urlPath = req.url ?? "/";
    let file = resolveRequestPath(root, options.basePath, urlPath);
    if (file !== null) {
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!urlPath.split("?")[0]!.endsWith("/")) {
          res.writeHead(301, { Location: `${urlPath.split("?")[0]}/` }).end();
          return;
        }
        file = path.join(file, "index.html");
      }
      const found = await stat(file).catch(() => null);
      if (found?.isFile()) {
        await send(res, file, 200, req.method === "HEAD");
        return;
      }
    }
    const notFound = path.join(root, "404.html");
    const page = await stat(notFound).catch(() => null);
    if (page?.isFile()) {
      await send(res, notFound, 404, req.method === "HEAD");
      return;
    }
    res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(req.method === "HEAD" ? undefined : "<!doctype html><title>Not found</title><p>Not found.</p>");
  });
}
