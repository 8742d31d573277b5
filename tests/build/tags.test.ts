/** Issue 12: tags become pages — `/tags/<tag>/`, paginated, with a feed — linked from each article that has the tag. */
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { buildFixture, defaultConfig, parsedArticle, ROOT } from "../helpers.js";

let out: MemoryWriter;
beforeAll(async () => {
  ({ out } = await buildFixture(ROOT, { search: false }));
});

describe("tag pages", () => {
  it("list a tag's articles, offer its feed, and are linked from each article with the tag", () => {
    const page = out.text("tags/economie/index.html");
    expect(page).toContain("<h1>Sujet : économie</h1>");
    expect(page).toContain('href="/tags/economie/feed.xml"');
    const feed = out.text("tags/economie/feed.xml");
    expect(XMLValidator.validate(feed)).toBe(true);
    const linked = [...out.files.keys()].filter((f) => /^\d{4}\//.test(f) && out.text(f).includes('<a href="/tags/economie/" rel="tag">'));
    expect(linked.length).toBeGreaterThan(0);
    // Every article linking to the tag is listed on its page(s).
    const listed = [...out.files.keys()]
      .filter((f) => f.startsWith("tags/economie/") && f.endsWith("index.html"))
      .map((f) => out.text(f))
      .join("");
    for (const file of linked) expect(listed, file).toContain(`href="/${file.replace(/index\.html$/, "")}"`);
  });

  it("treat one tag however it is cased or accented as one, under the spelling most articles use", () => {
    const base = { body: ["x"], source: "S" };
    const parsed = [
      parsedArticle({ ...base, file: "a.txt", title: "A", tags: ["Économie"] }),
      parsedArticle({ ...base, file: "b.txt", title: "B", tags: ["économie"] }),
      parsedArticle({ ...base, file: "c.txt", title: "C", tags: ["économie", "Sport"] }),
    ];
    const site = assembleSite(parsed, defaultConfig());
    expect(site.tags.map((t) => [t.name, t.path, t.articles.length])).toEqual([
      ["économie", "/tags/economie/", 3],
      ["Sport", "/tags/sport/", 1],
    ]);
  });
});
