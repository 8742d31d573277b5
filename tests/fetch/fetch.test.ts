/**
 * `kiosk fetch` against a local HTTP server on 127.0.0.1 that serves good
 * feeds, 304s, slow responses, redirects, 500s, HTML instead of XML and an
 * oversized body. Good copies are saved, failures keep the last good copy,
 * the status file records each source, and the site shows its health.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveConfig, type SiteConfig } from "../../src/config/config.js";
import { readFetchStatus } from "../../src/fetch/fetch-status.js";
import { fetchSources } from "../../src/fetch/fetch-sources.js";
import { buildFixture } from "../helpers.js";

const RSS = (title: string, items: number) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.test/</link>${Array.from({ length: items }, (_, i) => `<item><title>Article ${i}</title><link>https://example.test/${i}</link><pubDate>Fri, 02 Oct 2020 10:00:00 +0000</pubDate><description>Texte ${i}.</description></item>`).join("")}</channel></rss>`;

let server: Server;
let base = "";
let inFlight = 0;
let maxInFlight = 0;
const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
let mode: "good" | "broken" = "good";

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => inFlight--);
    requests.push({ path: req.url ?? "", ifNoneMatch: req.headers["if-none-match"] });
    const send = (status: number, body: string, headers: Record<string, string> = {}) => setTimeout(() => res.writeHead(status, headers).end(body), 30);
    switch (req.url) {
      case "/good.xml":
        if (mode === "broken") return send(500, "oops");
        if (req.headers["if-none-match"] === '"v1"') return send(304, "");
        return send(200, RSS("Good News", 3), { "Content-Type": "application/rss+xml", ETag: '"v1"' });
      case "/moved":
        return send(302, "", { Location: "/target.json" });
      case "/target.json":
        return send(200, JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Moved", items: [{ id: "1", title: "Un", content_text: "x", date_published: "2020-10-02T10:00:00Z" }] }), { "Content-Type": "application/feed+json" });
      case "/slow.xml":
        return void setTimeout(() => res.writeHead(200).end(RSS("Slow", 1)), 3000);
      case "/error.xml":
        return send(500, "Internal Server Error");
      case "/html.xml":
        return send(200, "<!DOCTYPE html><html><body>Maintenance</body></html>", { "Content-Type": "text/html" });
      case "/huge.xml":
        return send(200, RSS("Huge", 2000), { "Content-Type": "application/rss+xml" });
      default:
        return send(404, "");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function config(): SiteConfig {
  const { config, problems } = resolveConfig({
    sources: [
      { name: "Good News", feed: `${base}/good.xml`, language: "en" },
      { name: "Moved", feed: `${base}/moved`, language: "es" },
      { name: "Slow", feed: `${base}/slow.xml` },
      { name: "Erroring", feed: `${base}/error.xml` },
      { name: "Maintenance", feed: `${base}/html.xml` },
      { name: "Huge", feed: `${base}/huge.xml` },
    ],
    fetch: { timeoutMs: 1000, maxBytes: 20000, concurrency: 2 },
  });
  expect(problems).toEqual([]);
  return config;
}

describe("kiosk fetch", () => {
  const content = mkdtempSync(path.join(tmpdir(), "kiosk-fetch-"));
  const clock = () => new Date("2020-10-03T12:00:00Z");

  it("saves good feeds (redirects followed), and reports each failure", async () => {
    const reports = await fetchSources({ contentDir: content, config: config(), now: clock });
    expect(Object.fromEntries(reports.map((r) => [r.source, r.outcome]))).toEqual({
      "Good News": "updated", Moved: "updated", Slow: "failed", Erroring: "failed", Maintenance: "failed", Huge: "failed",
    });
    expect(reports.find((r) => r.source === "Slow")!.message).toMatch(/no answer within 1000 ms/);
    expect(reports.find((r) => r.source === "Erroring")!.message).toMatch(/HTTP 500/);
    expect(reports.find((r) => r.source === "Maintenance")!.message).toMatch(/HTML page/);
    expect(reports.find((r) => r.source === "Huge")!.message).toMatch(/over the limit of 20000 bytes/);
    expect(readFileSync(path.join(content, "feeds", "good-news.xml"), "utf8")).toContain("<title>Good News</title>");
    expect(existsSync(path.join(content, "feeds", "moved.json"))).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    const status = readFetchStatus(content);
    expect(status["Good News"]).toMatchObject({ lastSuccess: "2020-10-03T12:00:00.000Z", lastError: null, items: 3, etag: '"v1"', file: "feeds/good-news.xml" });
    expect(status.Erroring).toMatchObject({ lastSuccess: null, items: 0, lastError: { at: "2020-10-03T12:00:00.000Z", message: expect.stringMatching(/HTTP 500/) } });
  });

  it("sends the validators back and takes a 304 as unchanged", async () => {
    requests.length = 0;
    const reports = await fetchSources({ contentDir: content, config: config(), now: clock });
    expect(reports.find((r) => r.source === "Good News")!.outcome).toBe("unchanged");
    expect(requests.find((r) => r.path === "/good.xml")!.ifNoneMatch).toBe('"v1"');
  });

  it("keeps the last good copy when a source starts failing", async () => {
    mode = "broken";
    const reports = await fetchSources({ contentDir: content, config: config(), now: () => new Date("2020-10-04T12:00:00Z") });
    expect(reports.find((r) => r.source === "Good News")!.outcome).toBe("failed");
    expect(readFileSync(path.join(content, "feeds", "good-news.xml"), "utf8")).toContain("<title>Good News</title>");
    expect(readFetchStatus(content)["Good News"]).toMatchObject({ lastSuccess: "2020-10-03T12:00:00.000Z", items: 3, lastError: { at: "2020-10-04T12:00:00.000Z" } });
    mode = "good";
  });

  it("builds the fetched feeds, credited to the configured source and language, and shows the sources' health", async () => {
    const { writeFileSync, cpSync } = await import("node:fs");
    const site = mkdtempSync(path.join(tmpdir(), "kiosk-fetch-site-"));
    cpSync(content, path.join(site, "content"), { recursive: true });
    writeFileSync(path.join(site, "kiosk.config.json"), JSON.stringify({ sources: config().sources }));
    const { out, result } = await buildFixture(site);
    expect(result.diagnostics).toEqual([]);
    expect(result.articles).toBe(4);
    expect([...out.files.keys()].some((f) => f.startsWith("2020/10/02/moved/"))).toBe(true);
    expect(out.text([...out.files.keys()].find((f) => f.startsWith("2020/10/02/moved/"))!)).toContain('<html lang="es"');
    const health = out.text("sources/health/index.html");
    expect(health).toMatch(/<tr class="failing">\s*<th scope="row"><bdi>Erroring<\/bdi>/);
    expect(health).toContain("HTTP 500");
    expect(out.text("sources/index.html")).toContain('href="/sources/health/"');
  });
});
