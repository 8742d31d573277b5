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
import { isPrivateAddress } from "../../src/fetch/network-guard.js";
import { buildFixture } from "../helpers.js";

const RSS = (title: string, items: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.test/</link>${Array.from({ length: items }, (_, i) => `<item><title>Article ${i}</title><link>https://example.test/${i}</link><pubDate>Fri, 02 Oct 2020 10:00:00 +0000</pubDate><description>Texte ${i}.</description></item>`).join("")}</channel></rss>`;

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
    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) =>
      setTimeout(() => res.writeHead(status, headers).end(body), 30);
    switch (req.url) {
      case "/good.xml":
        if (mode === "broken") return send(500, "oops");
        if (req.headers["if-none-match"] === '"v1"') return send(304, "");
        return send(200, RSS("Good News", 3), { "Content-Type": "application/rss+xml", ETag: '"v1"' });
      case "/moved":
        return send(302, "", { Location: "/target.json" });
      case "/target.json":
        return send(
          200,
          JSON.stringify({
            version: "https://jsonfeed.org/version/1.1",
            title: "Moved",
            items: [{ id: "1", title: "Un", content_text: "x", date_published: "2020-10-02T10:00:00Z" }],
          }),
          { "Content-Type": "application/feed+json" },
        );
      case "/slow.xml":
        return void setTimeout(() => res.writeHead(200).end(RSS("Slow", 1)), 3000);
      case "/error.xml":
        return send(500, "Internal Server Error");
      case "/html.xml":
        return send(200, "<!DOCTYPE html><html><body>Maintenance</body></html>", { "Content-Type": "text/html" });
      case "/latin1.xml":
        return send(
          200,
          Buffer.concat([
            Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>'),
            Buffer.from(RSS("Café crème", 1).replace('<?xml version="1.0"?>', ""), "latin1"),
          ]) as unknown as string,
          { "Content-Type": "text/xml" },
        );
      case "/arabic-1256.xml":
        return send(
          200,
          Buffer.from([
            ...Buffer.from('<?xml version="1.0"?><rss version="2.0"><channel><title>'),
            0xc7,
            0xe1,
            0xc3,
            0xcc,
            0xc8,
            0xc7,
            0xd1,
            ...Buffer.from("</title><item><title>x</title><pubDate>Fri, 02 Oct 2020 10:00:00 +0000</pubDate></item></channel></rss>"),
          ]) as unknown as string,
          { "Content-Type": "application/rss+xml; charset=windows-1256" },
        );
      case "/to-file":
        return send(302, "", { Location: "file:///etc/passwd" });
      case "/loop":
        return send(302, "", { Location: "/loop" });
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
    // The test server is on loopback, which kiosk fetch refuses unless the config opts in.
    fetch: { timeoutMs: 1000, maxBytes: 20000, concurrency: 2, allowPrivateNetworks: true },
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
      "Good News": "updated",
      Moved: "updated",
      Slow: "failed",
      Erroring: "failed",
      Maintenance: "failed",
      Huge: "failed",
    });
    expect(reports.find((r) => r.source === "Slow")!.message).toMatch(/no answer within 1000 ms/);
    expect(reports.find((r) => r.source === "Erroring")!.message).toMatch(/HTTP 500/);
    expect(reports.find((r) => r.source === "Maintenance")!.message).toMatch(/HTML page/);
    expect(reports.find((r) => r.source === "Huge")!.message).toMatch(/over the limit of 20000 bytes/);
    expect(readFileSync(path.join(content, "feeds", "good-news.xml"), "utf8")).toContain("<title>Good News</title>");
    expect(existsSync(path.join(content, "feeds", "moved.json"))).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    const status = readFetchStatus(content);
    expect(status["Good News"]).toMatchObject({
      lastSuccess: "2020-10-03T12:00:00.000Z",
      lastError: null,
      items: 3,
      etag: '"v1"',
      file: "feeds/good-news.xml",
    });
    expect(status.Erroring).toMatchObject({
      lastSuccess: null,
      items: 0,
      lastError: { at: "2020-10-03T12:00:00.000Z", message: expect.stringMatching(/HTTP 500/) },
    });
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
    expect(readFetchStatus(content)["Good News"]).toMatchObject({
      lastSuccess: "2020-10-03T12:00:00.000Z",
      items: 3,
      lastError: { at: "2020-10-04T12:00:00.000Z" },
    });
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

describe("kiosk fetch, guarded", () => {
  const content = mkdtempSync(path.join(tmpdir(), "kiosk-fetch-guarded-"));
  const fetchOne = async (sources: { name: string; feed: string }[], fetch: Record<string, unknown> = { allowPrivateNetworks: true }) => {
    const { config, problems } = resolveConfig({ sources, fetch: { timeoutMs: 2000, ...fetch } });
    expect(problems).toEqual([]);
    return fetchSources({ contentDir: content, config, now: () => new Date("2020-10-03T12:00:00Z") });
  };

  it("refuses loopback, private and link-local destinations unless the config opts in; the server sees no request", async () => {
    requests.length = 0;
    const reports = await fetchOne(
      [
        { name: "Intranet", feed: `${base}/good.xml` },
        { name: "Named", feed: `http://localhost:${new URL(base).port}/good.xml` },
      ],
      {},
    );
    for (const r of reports) {
      expect(r.outcome).toBe("failed");
      expect(r.message).toMatch(/refused to connect to .*allowPrivateNetworks/);
      expect(r.message).toMatch(/there is no earlier copy/);
    }
    expect(requests).toEqual([]);
  });

  it("judges every address, IPv4 and IPv6 and IPv4 written as IPv6", () => {
    const blocked = [
      "127.0.0.1",
      "10.1.2.3",
      "172.31.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "::1",
      "::",
      "fe80::1",
      "fd12::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "64:ff9b::a9fe:a9fe",
    ];
    const open = ["8.8.8.8", "172.32.0.1", "1.1.1.1", "2606:4700::1111", "2a00:1450::1"];
    expect(blocked.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(open.filter((a) => isPrivateAddress(a))).toEqual([]);
  });

  it("checks every redirect hop: never to another scheme", async () => {
    const [report] = await fetchOne([{ name: "Sneaky", feed: `${base}/to-file` }]);
    expect(report!.message).toMatch(/refused to follow a redirect to file:/);
  });

  it("caps redirects", async () => {
    const [report] = await fetchOne([{ name: "Loop", feed: `${base}/loop` }]);
    expect(report!.message).toMatch(/more than 5 redirects/);
  });

  it("decodes feeds in the encoding their declaration or HTTP header names, and saves them as UTF-8", async () => {
    const reports = await fetchOne([
      { name: "Latin", feed: `${base}/latin1.xml` },
      { name: "Arabe", feed: `${base}/arabic-1256.xml` },
    ]);
    expect(reports.map((r) => `${r.outcome}: ${r.message}`)).toEqual(["updated: 1 item", "updated: 1 item"]);
    const latin = readFileSync(path.join(content, "feeds", "latin.xml"), "utf8");
    expect(latin).toContain("<title>Café crème</title>");
    expect(latin).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(readFileSync(path.join(content, "feeds", "arabe.xml"), "utf8")).toContain("<title>الأجبار</title>");
  });

  it("records a source named __proto__ in the status file like any other", async () => {
    await fetchOne([
      { name: "__proto__", feed: `${base}/good.xml` },
      { name: "constructor", feed: `${base}/error.xml` },
    ]);
    const status = readFetchStatus(content);
    expect(Object.keys(status)).toEqual(expect.arrayContaining(["__proto__", "constructor"]));
    // biome-ignore lint/suspicious/noProto: a source named "__proto__" is an ordinary key here, which is the point
    // biome-ignore lint/complexity/useLiteralKeys: status.__proto__ would read the prototype
    expect(status["__proto__"]).toMatchObject({ name: "__proto__", items: 3 });
    const saved = JSON.parse(readFileSync(path.join(content, ".fetch-status.json"), "utf8")) as object;
    expect(Object.getOwnPropertyDescriptor(saved, "__proto__")?.value).toMatchObject({ items: 3 });
  });

  it("refuses, in the config, two sources that would be saved to one file, and limits beyond sane maxima", () => {
    const { problems } = resolveConfig({
      sources: [
        { name: "Le Monde", feed: "https://a.example/feed" },
        { name: "le-monde", feed: "https://b.example/feed" },
      ],
      fetch: { concurrency: 10_000, maxBytes: 10 ** 12, timeoutMs: 0, allowPrivateNetworks: "yes" },
    });
    expect(problems.map((p) => p.field)).toEqual(["sources[1].name", "fetch.concurrency", "fetch.maxBytes", "fetch.timeoutMs", "fetch.allowPrivateNetworks"]);
  });
});
