/**
 * Gate: every page of the sample site and of the fixture sites is valid HTML
 * under html-validate's recommended rules (exceptions in .htmlvalidate.json,
 * each justified there).
 */
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { builtSites, htmlFiles, type BuiltSite } from "./sites.js";

let sites: BuiltSite[];
const validator = new HtmlValidate(new FileSystemConfigLoader());

beforeAll(async () => {
  sites = await builtSites();
});

describe("html-validate", () => {
  it("finds no error in any page", async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const site of sites) {
      for (const file of htmlFiles(site)) {
        // Validated as if it sat at the project root, so .htmlvalidate.json applies.
        const report = await validator.validateString(site.out.text(file), path.join(ROOT, "page.html"));
        checked++;
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${site.name}/${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });

  it("is really checking: a page with a broken structure fails", async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="fr"><head><title>x</title></head><body><p><div></p></body></html>',
      path.join(ROOT, "page.html"),
    );
    expect(report.valid).toBe(false);
  });
});
