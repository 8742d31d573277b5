import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentType, createStaticServer, resolveRequestPath } from "../../src/serve/static-server.js";

const root = mkdtempSync(path.join(tmpdir(), "kiosk-serve-"));
mkdirSync(path.join(root, "fr"));
writeFileSync(path.join(root, "index.html"), "<!doctype html><title>home</title>");
writeFileSync(path.join(root, "fr", "index.html"), "<!doctype html><title>fr</title>");
writeFileSync(path.join(root, "404.html"), "<!doctype html><title>not found</title>");
writeFileSync(path.join(root, "feed.xml"), "<rss/>");
const server = createStaticServer({ root, basePath: "/news/" });
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("static server", () => {
  it("serves pages under the base path with the right content types", async () => {
    const home = await fetch(`${base}/news/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await home.text()).toContain("home");
    const feed = await fetch(`${base}/news/feed.xml`);
    expect(feed.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
  });

  it("redirects a folder without its trailing slash", async () => {
    const res = await fetch(`${base}/news/fr`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/news/fr/");
  });

  it("answers unknown paths, and paths outside the base or the folder, with the site's 404 page", async () => {
    for (const p of ["/news/nope/", "/elsewhere/", "/news/..%2f..%2fetc%2fpasswd", "/news/%2e%2e/%2e%2e/etc/passwd"]) {
      const res = await fetch(`${base}${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text()).toContain("not found");
    }
  });

  it("never resolves a path outside the root", () => {
    expect(resolveRequestPath(root, "/", "/fr/index.html")).toBe(path.join(root, "fr", "index.html"));
    expect(resolveRequestPath(root, "/", "/../../etc/passwd")).toBeNull();
    expect(resolveRequestPath(root, "/", "/..%2F..%2Fetc%2Fpasswd")).toBeNull();
    expect(resolveRequestPath(root, "/", "/%E0%A4%A")).toBeNull();
    expect(resolveRequestPath(root, "/", "/a%00b")).toBeNull();
  });

  it("knows the feed types", () => {
    expect(contentType("atom.xml")).toBe("application/atom+xml; charset=utf-8");
    expect(contentType("feed.json")).toBe("application/feed+json; charset=utf-8");
    expect(contentType("sitemap.xml")).toBe("application/xml; charset=utf-8");
  });
});
