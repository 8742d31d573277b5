import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/ingest/front-matter.js";

// readFrontMatter hands gray-matter the block only (up to its closing "---"), not the whole file: what it makes of
// a file must be what gray-matter makes of the whole file, however the block is closed, or not.
const CASES = [
  "---\ntitle: Un titre\nurl: https://a.test/x\n---\nLe corps.\nDeuxième ligne.\n",
  "---\n---\nbody",
  "---\n---",
  "---\ntitle: A\n",
  "---\ntitle: A\n----\nrest\n",
  "---\ntitle: A\n---x\nrest\n",
  "---\ntitle: A\n---\r\nrest",
  "---\ntitle: A\n---\n\nrest after a blank line",
  "---yaml\ntags: [a, b]\n---\nرسالة\n---\nnot a second block\n",
  "--- \n# a comment\ndate: 2020-01-02\n---\n",
];

describe("front matter", () => {
  it.each(CASES)("reads %j as gray-matter reads the whole file", (text) => {
    const whole = matter(text, {});
    const read = readFrontMatter(text, "page.txt");
    expect(read.ok).toBe(true);
    expect(read.content).toBe(whole.content);
    expect(read.lineOffset).toBe(text.slice(0, text.length - whole.content.length).split("\n").length - 1);
  });

  it("reports a block that cannot be read at its line, and keeps nothing of the file", () => {
    const read = readFrontMatter("---\ntitle: A\ntags: [a\n---\nbody\n", "page.txt");
    expect(read.ok).toBe(false);
    expect(read.diagnostics[0]?.message).toMatch(/front matter cannot be read/);
  });
});
