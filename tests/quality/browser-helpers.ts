/**
 * Shared by the browser tests: Debian's Chromium through playwright-core, and a
 * site built into a temporary folder and served on a free port of 127.0.0.1.
 */
import { existsSync, mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { build } from "../../src/build.js";
import { createStaticServer } from "../../src/serve/static-server.js";
import { FsWriter } from "../../src/write/fs-writer.js";
import { buildOptions, ROOT } from "../helpers.js";

export const CHROMIUM = process.env.KIOSK_CHROMIUM ?? "/usr/bin/chromium";
export const haveBrowser = existsSync(CHROMIUM);
export const SHOTS = path.join(ROOT, "test-output", "screenshots");
export const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

if (!haveBrowser) {
  const why = `browser tests SKIPPED: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set KIOSK_CHROMIUM)`;
  // CI installs Chromium (.ci/run); there a missing browser is a failure, never a silent pass.
  if (process.env.CI) throw new Error(why);
  console.warn(`\n*** ${why} ***\n`);
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Builds a site folder to a temporary output and serves it on a free port of 127.0.0.1. */
export async function buildAndServe(siteDir: string): Promise<Served> {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), "kiosk-browser-")), "dist");
  await build(buildOptions(siteDir, { baseUrl: "http://127.0.0.1/" }), new FsWriter({ dir: outDir }));
  const server = createStaticServer({ root: outDir, basePath: "/" });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A stand-in photograph (16:9, as publishers' images mostly are), served for every remote image. */
const PHOTO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#5b7fa6"/><stop offset="1" stop-color="#c9a56b"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/><rect y="620" width="1600" height="280" fill="#3d4a3a" opacity=".55"/></svg>',
);

/** Opens a page and records what went wrong while it loaded. */
export async function open(browser: Browser, url: string, viewport: { width: number; height: number }, options: { colorScheme?: "light" | "dark" } = {}) {
  const context = await browser.newContext({ viewport, colorScheme: options.colorScheme ?? "light" });
  // Articles' images are remote (publishers' servers, which this machine cannot reach): each gets a small image of
  // the same stand-in here, so the page loads as it would for a reader, and an image that is not an http(s) URL still fails.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
    route.request().resourceType() === "image" ? route.fulfill({ status: 200, contentType: "image/svg+xml", body: PHOTO }) : route.abort(),
  );
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    // The 404 page's own status is logged as an error; it is checked as `status` instead.
    const documentStatus = m.location().url === url && /status of 404/.test(m.text());
    if (m.type() === "error" && !documentStatus) problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // A request of the site's own that the browser cancelled (a click navigated away while the favicon loaded) is no
    // failure of the site: a missing file answers 404, caught below. A remote request the route refuses fails as ever.
    const cancelled = r.failure()?.errorText === "net::ERR_ABORTED" && new URL(r.url()).origin === new URL(url).origin;
    if (!cancelled) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== "document") problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const response = await page.goto(url, { waitUntil: "load" });
  return { page, context, problems, dialogs, status: response?.status() ?? 0 };
}

/** How Debian's Chromium runs here: no sandbox (root in CI), no GPU, no network of its own. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Starts Chromium and serves a built site for the tests of one file (when there is a browser); closes both after. */
export function useBrowserAndSite(siteDir: string): { browser(): Browser; site(): Served } {
  let browser: Browser | undefined;
  let site: Served | undefined;
  beforeAll(async () => {
    if (!haveBrowser) return;
    browser = await launchBrowser();
    site = await buildAndServe(siteDir);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, site: () => site! };
}
