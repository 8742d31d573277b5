import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/config/config.js";
import { wordKey } from "../../src/text/clean.js";
import { keywordRules } from "../../src/text/keywords.js";
import { loadConfig } from "../../src/config/load-config.js";
import { compileScrapedRules, parseScrapedPage } from "../../src/ingest/scraped.js";

describe("resolveConfig", () => {
  it("gives the defaults, with the four built-in languages", () => {
    const { config, problems } = resolveConfig({});
    expect(problems).toEqual([]);
    expect(Object.keys(config.languages)).toEqual(["fr", "ar", "es", "en"]);
    expect(config.languages.ar!.dir).toBe("rtl");
    expect(config.baseUrl).toBe("http://localhost:8080/");
  });

  it("names each bad field, and suggests the field meant", () => {
    const { problems } = resolveConfig({ pagesize: 10, pageSize: "20", baseUrl: "javascript:alert(1)", languages: { fr: { dir: "up" } } });
    expect(problems).toEqual([
      { field: "pagesize", message: 'unknown field; did you mean "pageSize"?' },
      { field: "baseUrl", message: 'must be an http or https URL, got "javascript:alert(1)"' },
      { field: "languages.fr.dir", message: 'must be "ltr" or "rtl", got "up"' },
      { field: "pageSize", message: 'must be a whole number from 1 to 1000, got "20"' },
    ]);
  });

  it("normalises the base URL to end with a slash and keeps its path", () => {
    expect(resolveConfig({ baseUrl: "https://news.example.org/maghreb" }).config.baseUrl).toBe("https://news.example.org/maghreb/");
  });

  it("extends the story tables by id: a name's spellings, what it implies, its spellings that are common words", () => {
    const { config, problems } = resolveConfig({
      stories: {
        names: {
          sale: { spellings: ["Sla"], commonWords: ["sla"] },
          "ait-ourir": { spellings: ["Aït Ourir", "آيت أورير"], implies: ["morocco"] },
          broken: { spellings: ["Ok"], commonWords: "ok" },
        },
        concepts: { desalination: ["desalación"], "olive-harvest": ["récolte des olives"] },
      },
    });
    expect(problems).toEqual([{ field: "stories.names.broken", message: 'must be { "spellings": ["…"], "implies"?: ["…"], "commonWords"?: ["…"] }' }]);
    expect(config.stories.names.sale).toEqual({ spellings: ["Salé", "سلا", "Sla"], implies: ["morocco"], commonWords: ["sale", "sla"] });
    expect(config.stories.names["ait-ourir"]).toEqual({ spellings: ["Aït Ourir", "آيت أورير"], implies: ["morocco"] });
    expect(config.stories.names.broken).toBeUndefined();
    expect(config.stories.concepts.desalination).toContain("desalación");
    expect(config.stories.concepts.desalination).toContain("desalination");
    expect(config.stories.concepts["olive-harvest"]).toEqual(["récolte des olives"]);
  });

  it("keeps a built-in name's concepts when a site adds spellings to it, and takes none from the site", () => {
    const { config, problems } = resolveConfig({
      stories: { names: { "grand-stade-hassan-ii": { spellings: ["Stade de Benslimane"], concepts: ["port"] } } },
    });
    expect(problems).toEqual([]);
    expect(config.stories.names["grand-stade-hassan-ii"]?.spellings).toContain("Stade de Benslimane");
    expect(config.stories.names["grand-stade-hassan-ii"]?.concepts).toEqual(["stadium"]);
    const tables = keywordRules(config).tables;
    expect(tables.phrases.get(wordKey("Stade de Benslimane"))).toEqual(["n:grand-stade-hassan-ii", "c:stadium"]);
  });

  it("lets a site extend a built-in language and add a new one", () => {
    const { config, problems } = resolveConfig({
      languages: {
        fr: { boilerplate: ["Publicité"], ui: { latest: "À la une aujourd'hui" } },
        pt: {
          credit: ["Publicado em {source} a {date}"],
          months: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
          dateFormat: "{d} de {month} de {yyyy}",
        },
      },
    });
    expect(problems).toEqual([]);
    expect(config.languages.fr!.boilerplate).toContain("Publicité");
    expect(config.languages.fr!.boilerplate).toContain("Merci d'avoir signalé!");
    expect(config.languages.fr!.ui.latest).toBe("À la une aujourd'hui");
    // A new language is a table row, not new code: its credit line is understood.
    const rules = compileScrapedRules(config);
    const result = parseScrapedPage("Título\nPublicado em Hespress a 30 - 09 - 2020\nTexto.\n", "pt.txt", rules);
    expect(result.article).toMatchObject({ lang: "pt", source: "Hespress", date: "2020-09-30" });
  });

  it("refuses a credit template without {source} or {date}", () => {
    const { problems } = resolveConfig({ languages: { fr: { credit: ["Publié le {date}"] } } });
    expect(problems[0]!.field).toBe("languages.fr.credit");
  });
});

describe("loadConfig", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kiosk-config-"));

  it("uses the defaults when the default file is missing, but fails when a named file is", async () => {
    await expect(loadConfig({ file: path.join(dir, "kiosk.config.json"), explicit: false })).resolves.toMatchObject({ title: "Kiosk" });
    await expect(loadConfig({ file: path.join(dir, "missing.json"), explicit: true })).rejects.toThrow(/cannot read the config file/);
  });

  it("reports invalid JSON with its line", async () => {
    const file = path.join(dir, "bad.json");
    writeFileSync(file, '{\n  "title": "x",\n  "pageSize": 10,\n}\n');
    await expect(loadConfig({ file, explicit: true })).rejects.toThrow(/bad\.json:4: the config file is not valid JSON/);
  });

  it("lists every problem and builds nothing", async () => {
    const file = path.join(dir, "problems.json");
    writeFileSync(file, JSON.stringify({ feedSize: 0, title: "" }));
    await expect(loadConfig({ file, explicit: true })).rejects.toThrow(/2 problems in the config; nothing was built/);
  });

  it("lets --base-url win over the file, and checks it", async () => {
    const file = path.join(dir, "ok.json");
    writeFileSync(file, JSON.stringify({ baseUrl: "https://a.example/" }));
    await expect(loadConfig({ file, explicit: true, baseUrl: "https://b.example/x" })).resolves.toMatchObject({ baseUrl: "https://b.example/x/" });
    await expect(loadConfig({ file, explicit: true, baseUrl: "ftp://b.example/" })).rejects.toThrow(/--base-url: must be an http or https URL/);
  });
});
