/**
 * The dev server: serves the build with the live-reload script (never in the
 * built files), rebuilds on a content change and tells the browser to reload,
 * and keeps serving the last good build when a template breaks.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { startDevServer, type DevServer } from "../../src/serve/dev-server.js";
import { FIXTURES, ROOT } from "../helpers.js";

let dir: string;
let server: DevServer;
const stderr: string[] = [];

/** Reads server-sent events until one named `name` arrives (or the time runs out). */
async function nextEvent(name: string, trigger: () => void, timeoutMs = 8000): Promise<Record<string, unknown>> {
  const controller = new AbortController();
  const response = await fetch(new URL("/__kiosk/events", server.url), { signal: controller.signal });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  trigger();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`no "${name}" event`);
      buffer += new TextDecoder().decode(value);
      const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`).exec(buffer);
      if (match) return JSON.parse(match[1]!);
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kiosk-dev-"));
  cpSync(path.join(FIXTURES, "site-basic"), dir, { recursive: true });
  cpSync(path.join(ROOT, "templates"), path.join(dir, "templates"), { recursive: true });
  const err = new PassThrough();
  err.on("data", (c: Buffer) => stderr.push(c.toString()));
  server = await startDevServer({
    values: { quiet: true },
    io: { stdout: new PassThrough(), stderr: err, cwd: dir },
    port: 0,
    host: "127.0.0.1",
    debounceMs: 50,
  });
});

afterAll(async () => {
  await server?.close();
});

describe("kiosk serve", () => {
  it("says clearly when its port is taken", async () => {
    const port = Number(new URL(server.url).port);
    const err = new PassThrough();
    await expect(
      startDevServer({ values: { quiet: true }, io: { stdout: new PassThrough(), stderr: err, cwd: dir }, port, host: "127.0.0.1" }),
    ).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use.`);
  });

  it("serves the site under its base path, with the live-reload script only in what it serves", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/maghreb\/$/);
    const page = await fetch(server.url);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("__kiosk/events");
    expect(readFileSync(path.join(dir, "dist", "index.html"), "utf8")).not.toContain("__kiosk");
    const feed = await fetch(`${server.url}feed.xml`);
    expect(feed.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const missing = await fetch(`${server.url}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page introuvable");
  });

  it("rebuilds after a content change and tells the browser to reload", async () => {
    const file = path.join(dir, "content", "en", "f.txt");
    await nextEvent("reload", () =>
      writeFileSync(file, readFileSync(file, "utf8").replace("Oil prices edge higher\nPublished", "Oil prices climb again\nPublished")),
    );
    await server.settled();
    const html = await (await fetch(`${server.url}2020/09/28/ahram-online/oil-prices-climb-again/`)).text();
    expect(html).toContain("<h1>Oil prices climb again</h1>");
  });

  it("follows two files saved together, one of them a body edit patched into the last site, and matches a clean build", async () => {
    // The server stats only the files its watcher named; both must be seen, whatever the order of the events.
    const body = path.join(dir, "content", "es", "e.txt");
    const title = path.join(dir, "content", "fr", "a.txt");
    const before = readFileSync(title, "utf8");
    await nextEvent("reload", () => {
      writeFileSync(body, readFileSync(body, "utf8").replace("La inversión asciende a 300 millones.", "La inversión asciende a 320 millones."));
      writeFileSync(title, `${before}\n`);
    });
    await server.settled();
    const pages = readdirSync(path.join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html"));
    const withEdit = pages.filter((f) => readFileSync(path.join(dir, "dist", f), "utf8").includes("320 millones"));
    expect(withEdit.length).toBeGreaterThan(0);
    expect(pages.filter((f) => readFileSync(path.join(dir, "dist", f), "utf8").includes("300 millones"))).toEqual([]);
    // The next edit of the same body is patched in as well.
    await nextEvent("reload", () => writeFileSync(body, readFileSync(body, "utf8").replace("320 millones", "330 millones")));
    await server.settled();
    expect(readFileSync(path.join(dir, "dist", withEdit[0]!), "utf8")).toContain("330 millones");
    // The served site is the one a clean build of the same files makes.
    const copy = mkdtempSync(path.join(tmpdir(), "kiosk-dev-clean-"));
    for (const part of ["content", "templates", "kiosk.config.json"]) cpSync(path.join(dir, part), path.join(copy, part), { recursive: true });
    expect(await main(["build", "--quiet"], { stdout: new PassThrough(), stderr: new PassThrough(), cwd: copy })).toBe(0);
    const files = readdirSync(path.join(copy, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => statSync(path.join(copy, "dist", f)).isFile());
    for (const f of files) expect(readFileSync(path.join(dir, "dist", f)).equals(readFileSync(path.join(copy, "dist", f))), f).toBe(true);
  });

  it("still sees an article saved together with a broken config once the config is fixed", async () => {
    // The failed build stopped before it looked at the article: the next build must not trust the old stamps.
    const config = path.join(dir, "kiosk.config.json");
    const good = readFileSync(config, "utf8");
    const body = path.join(dir, "content", "es", "e.txt");
    await nextEvent("problem", () => {
      writeFileSync(body, readFileSync(body, "utf8").replace("330 millones", "340 millones"));
      writeFileSync(config, "{ not json");
    });
    await server.settled();
    await nextEvent("reload", () => writeFileSync(config, good));
    await server.settled();
    const pages = readdirSync(path.join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html"));
    expect(pages.some((f) => readFileSync(path.join(dir, "dist", f), "utf8").includes("340 millones"))).toBe(true);
  });

  it("shows a broken template's error in the browser and keeps serving the last good build", async () => {
    const template = path.join(dir, "templates", "404.njk");
    const good = readFileSync(template, "utf8");
    const problem = await nextEvent("problem", () => writeFileSync(template, '{% extends "base.njk" %}{% block main %}{{ broken.thing }}{% endblock %}'));
    expect(String(problem.message)).toMatch(/templates\/404\.njk:1:\d+: rendering \/404\.html failed: "broken\.thing" is undefined/);
    expect(stderr.join("")).toContain("Serving the last good build");
    const html = await (await fetch(server.url)).text();
    expect(html).toContain("Kiosk Test");
    await nextEvent("reload", () => writeFileSync(template, good));
  });
});
