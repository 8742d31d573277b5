/**
 * Issue 16, "The dev server dies or misserves": saves by rename, a symbolic-link loop and a
 * folder made and removed at once, an open redirect, and a soak — rebuilds every half second
 * while clients fetch every page and feed — with no crash and no truncated response.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../../src/serve/dev-server.js";
import { FIXTURES, ROOT } from "../helpers.js";

const SOAK_MS = process.env.CI ? 60_000 : 8_000;
let dir: string;
let server: DevServer;
let builds = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kiosk-dev-robust-"));
  cpSync(path.join(FIXTURES, "site-basic"), dir, { recursive: true });
  cpSync(path.join(ROOT, "templates"), path.join(dir, "templates"), { recursive: true });
  server = await startDevServer({
    values: { quiet: true, "no-search": true },
    io: { stdout: new PassThrough(), stderr: new PassThrough(), cwd: dir },
    port: 0,
    host: "127.0.0.1",
    debounceMs: 30,
  });
  server.onBuild(() => builds++);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A raw GET (the path exactly as given), with the body and headers as they came. */
function get(rawPath: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; complete: boolean }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method: "GET" }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks), complete: res.complete }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Polls until `check` holds, for at most `ms` (a loaded machine is slow; the bound is generous). */
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the condition did not hold in time");
}

/** The site is published under a path (https://news.example.org/maghreb/): so is every URL the server answers. */
const BASE = "/maghreb/";
const articleFile = () => path.join(dir, "content", "fr", "c-same-title.txt");
const homeHas = async (text: string) => (await get(BASE)).body.toString().includes(text);

/** Rewrites the newest article's title (or, with `offset` 1, its first paragraph) the way editors that save by rename do. */
function saveByRename(text: string, offset = -1): void {
  const file = articleFile();
  const lines = readFileSync(file, "utf8").split("\n");
  const credit = lines.findIndex((l) => /^Publié dans/.test(l));
  lines[credit + offset] = text;
  writeFileSync(`${file}.tmp`, lines.join("\n"));
  renameSync(`${file}.tmp`, file);
}

describe("the dev server under edits and faults", () => {
  it("keeps seeing a file that editors save by rename", async () => {
    for (const title of ["Premier titre renommé", "Deuxième titre renommé", "Troisième titre renommé"]) {
      saveByRename(title);
      await until(() => homeHas(title));
    }
  });

  it("survives a symbolic-link loop and a folder made and removed at once, and still rebuilds", async () => {
    symlinkSync(".", path.join(dir, "content", "loop"));
    for (let i = 0; i < 20; i++) {
      const flash = path.join(dir, "content", `flash-${i}`, "deep");
      mkdirSync(flash, { recursive: true });
      rmSync(path.join(dir, "content", `flash-${i}`), { recursive: true, force: true });
    }
    saveByRename("Titre après la boucle");
    await until(() => homeHas("Titre après la boucle"));
  });

  it("redirects only within this host, and keeps the query string", async () => {
    for (const evil of ["//evil.example/..%2ffr", `/${BASE}/evil.example/..%2f..%2ffr`, `${BASE}/evil.example/..%2ffr`]) {
      const res = await get(evil);
      if (res.status === 301) expect(String(res.headers.location), evil).toMatch(/^\/(?![/\\])/);
    }
    const folder = await get(`${BASE}archives?x=1&y=2`);
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe(`${BASE}archives/?x=1&y=2`);
  });

  it(
    `serves every page and feed whole while it rebuilds every half second (${SOAK_MS / 1000} s)`,
    async () => {
      const output = path.join(dir, "dist");
      const files = readdirSync(output, { recursive: true, encoding: "utf8" }).filter((f) => /\.(html|xml|json|css|txt)$/.test(f) && !f.startsWith("."));
      const urls = files.map((f) => encodeURI(`${BASE}${f.split(path.sep).join("/")}`.replace(/index\.html$/, "")));
      const started = Date.now();
      const buildsBefore = builds;
      let edits = 0;
      // Paragraph edits: every URL stays (a title edit would move the article's page, and its old URL would rightly be a 404).
      const editor = setInterval(() => saveByRename(`Paragraphe de l'endurance ${++edits}.`, 1), 500);
      let requests = 0;
      const failures: string[] = [];
      const client = async () => {
        while (Date.now() - started < SOAK_MS) {
          const url = urls[requests++ % urls.length]!;
          const res = await get(url);
          if (res.status !== 200) failures.push(`${url}: ${res.status}`);
          else if (!res.complete || Number(res.headers["content-length"]) !== res.body.length) failures.push(`${url}: truncated`);
          else if (/\.xml$/.test(url) && XMLValidator.validate(res.body.toString()) !== true) failures.push(`${url}: not well-formed`);
        }
      };
      try {
        await Promise.all([client(), client(), client(), client()]);
      } finally {
        clearInterval(editor);
      }
      console.log(`soak: ${requests} requests during ${builds - buildsBefore} rebuilds in ${SOAK_MS / 1000} s; ${failures.length} failures`);
      expect(failures.slice(0, 20)).toEqual([]);
      expect(builds - buildsBefore).toBeGreaterThan(2);
      // Still alive and current.
      const page = urls.find((u) => u.includes("titre-apres-la-boucle"))!;
      await until(async () => (await get(page)).body.toString().includes(`Paragraphe de l&#39;endurance ${edits}.`));
    },
    SOAK_MS + 60_000,
  );
});
