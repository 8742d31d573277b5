/**
 * Issue 16: arbitrary bytes, XML and Markdown thrown at `kiosk build` through the command line.
 * Whatever the files hold, the build exits 0 beside a good article, never says "internal
 * error", and every file it skips is named by an error diagnostic.
 */
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../cli/run-cli.js";

const xmlPieces = fc.constantFrom(
  '<rss version="2.0">',
  "</rss>",
  "<channel>",
  "</channel>",
  "<title>",
  "</title>",
  "<item>",
  "</item>",
  "<pubDate>",
  "</pubDate>",
  "Wed, 30 Sep 2020 09:00:00 GMT",
  "Mon, 01 Jan 2200 10:00:00 GMT",
  "Sat, 01 Jan 0000 00:00:00 GMT",
  "<link>",
  "</link>",
  "https://a.example/x",
  "javascript:alert(1)",
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  "&amp;",
  "&a;",
  "&#0;",
  "&#xD800;",
  "&lt;script&gt;",
  "<__proto__>",
  "</__proto__>",
  "<constructor/>",
  "<prototype>x</prototype>",
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  "<entry>",
  '<link rel="enclosure" href="https://i.example/a.jpg"/>',
  "<description>",
  "</description>",
  "<div><div><div>",
  "é",
  "ض",
  "\u0000",
  "\ufeff",
  "\u202e",
  '{"version":"https://jsonfeed.org/version/1.1","items":[',
);
const markdownPieces = fc.constantFrom(
  "---\n",
  "title: T\n",
  "date: 2020-09-30\n",
  "date: 0000-01-01\n",
  "date: 2200-01-01\n",
  "source: S\n",
  "slug: ../../x\n",
  "slug: Abc\n",
  "url: javascript:x\n",
  "draft: maybe\n",
  "tags: {a: 1}\n",
  "> ",
  "- ",
  "* ",
  "1. ",
  "```\n",
  "    ",
  "\n",
  "\n\n",
  "# ",
  "<div>",
  "</div>",
  "<script>alert(1)</script>",
  "[x](../../etc/passwd)",
  "![](https://i.example/a.png)",
  "|a|b|\n|-|-|\n",
  "<img src=x onerror=alert(1)>",
  "&#0;",
  "\u0000",
  "ض",
  "é",
  "{{ 7*7 }}",
  "{% raw %}",
);
const joined = (pieces: fc.Arbitrary<string>) => fc.array(fc.oneof(pieces, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((p) => p.join(""));
/** A file name and what it holds: raw bytes in any kind of file, or XML, or Markdown. */
const contentFile = fc.oneof(
  fc.tuple(fc.constantFrom("x.txt", "x.md", "x.xml", "x.json", "x.atom"), fc.uint8Array({ maxLength: 600 })),
  fc.tuple(
    fc.constantFrom("x.xml", "x.rss", "x.atom"),
    joined(xmlPieces).map((t) => Buffer.from(t)),
  ),
  fc.tuple(
    fc.constant("x.md"),
    joined(markdownPieces).map((t) => Buffer.from(t)),
  ),
);

describe("kiosk build on arbitrary files", () => {
  it("exits 0, never with an internal error, and names every file it skips", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "kiosk-fuzz-"));
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(contentFile, { minLength: 1, maxLength: 6 }), async (files) => {
          const dir = path.join(root, String(n++));
          mkdirSync(path.join(dir, "content"), { recursive: true });
          writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Fuzz", baseUrl: "https://fuzz.example/", search: false }));
          writeFileSync(path.join(dir, "content", "good.md"), "---\ntitle: Un bon article\ndate: 2020-09-30\nsource: Le Bon\n---\nUn texte.\n");
          for (const [i, [name, bytes]] of files.entries()) writeFileSync(path.join(dir, "content", `${i}-${name}`), bytes);
          const { code, stdout, stderr } = await run(["build", "--json", "--now", "2020-10-01"], dir);
          expect(stderr).not.toContain("internal error");
          expect(code, stderr).toBe(0);
          const summary = JSON.parse(stdout) as { articles: number; filesSkipped: string[]; diagnostics: { file: string | null; severity: string }[] };
          expect(summary.articles).toBeGreaterThanOrEqual(1);
          for (const skipped of summary.filesSkipped) {
            expect(
              summary.diagnostics.some((d) => d.file === skipped && d.severity === "error"),
              skipped,
            ).toBe(true);
          }
          rmSync(dir, { recursive: true, force: true });
        }),
        { numRuns: process.env.CI ? 300 : 100, seed: Number(process.env.KIOSK_FUZZ_SEED ?? 20201003) },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
