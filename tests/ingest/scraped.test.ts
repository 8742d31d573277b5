import { describe, expect, it } from "vitest";
import { page, parse, parseFixture } from "../helpers.js";
import { bodyOf } from "../../src/cache/body-store.js";

describe("parseScrapedPage: the parts of a page", () => {
  it("reads a French page: ticker with no-break-space runs, boilerplate removed, title, credit, body, back-link", () => {
    const { ok, article, diagnostics } = parseFixture("fr-nbsp-ticker.txt");
    expect(ok).toBe(true);
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: "La pêche artisanale retrouve des couleurs à Dakhla",
      source: "Barlamane",
      date: "2020-09-30",
      lang: "fr",
      url: null,
      flags: [],
    });
    // The 12-space run is an empty slot, not a headline; the cut-off last headline is kept as it is.
    expect(article!.ticker).toEqual([
      "Agadir : ouverture d'un nouveau centre hospitalier",
      "Rabat accueille le salon du livre",
      "El Gobierno aprueba el plan de riego",
      "الحكومة تعلن عن برنامج جديد للسكن",
      "Cairo metro fares stay unchanged",
      "Le dirham se stabilise face à l'e",
    ]);
    expect(article!.body).toEqual([
      "Les pêcheurs de Dakhla ont débarqué 12 % de poulpe de plus qu'il y a un an, selon la délégation régionale.",
      "La coopérative locale prévoit d'ouvrir un second point de vente avant l'hiver.",
    ]);
  });

  it("reads an Arabic page with an unpadded date and space-separated ticker", () => {
    const { article } = parseFixture("ar-basic.txt");
    expect(article).toMatchObject({ title: "افتتاح محطة جديدة لتحلية مياه البحر بأكادير", source: "هسبريس", date: "2020-10-03", lang: "ar" });
    expect(article!.ticker).toHaveLength(4);
    expect(article!.body).toHaveLength(2);
    expect(bodyOf(article!).join(" ")).not.toContain("انقر هنا");
  });

  it("reads a Spanish page with CRLF line endings and tab separators", () => {
    const { article } = parseFixture("es-crlf-tabs.txt");
    expect(article).toMatchObject({ title: "Tánger estrena una línea de autobuses eléctricos", source: "Europa Press", date: "2020-10-02", lang: "es" });
    expect(article!.ticker).toEqual([
      "Marruecos amplía la red de autopistas",
      "La cosecha de cítricos crece un 8 %",
      "Rabat : un nouveau pont sur le Bouregreg",
    ]);
    for (const p of bodyOf(article!)) expect(p).not.toMatch(/\r/);
  });

  it("reads an English page with a BOM, entities, zero-width characters and trailing spaces", () => {
    const { article } = parseFixture("en-bom-entities.txt");
    expect(article).toMatchObject({ title: "Egypt & Morocco sign a free trade protocol", source: "Ahram Online", date: "2020-10-01", lang: "en" });
    expect(article!.ticker).toEqual(["Oil prices edge higher…", "Morocco's central bank keeps its rate", "Le Caire inaugure un musée"]);
    expect(article!.body).toEqual([
      "The two countries signed a protocol on Thursday to remove tariffs on 300 products', officials said.",
      "Talks on services will start next year.",
    ]);
  });

  it("decodes entities once: &amp;lt; stays the text &lt;, never markup", () => {
    const { article } = parse(page({ title: "A &amp;lt;b&amp;gt; and &lt;script&gt;", body: ["x &#039;y&#039; &apos;z&apos; &quot;q&quot;"] }));
    expect(article!.title).toBe("A &lt;b&gt; and <script>");
    expect(article!.body).toEqual(["x 'y' 'z' \"q\""]);
  });
});

describe("parseScrapedPage: the credit line", () => {
  const cases: [string, string, string, string][] = [
    ["fr", "Publié dans Barlamane le 30 - 09 - 2020", "Barlamane", "2020-09-30"],
    ["fr", "Publié dans Le Matin le 1-2-2021", "Le Matin", "2021-02-01"],
    ["ar", "نشر في هسبريس يوم 30 - 09 - 2020", "هسبريس", "2020-09-30"],
    ["ar", "نشر في اليوم 24 يوم 05-01-2019", "اليوم 24", "2019-01-05"],
    ["ar", "نشر في هسبريس يوم ٣٠ - ٠٩ - ٢٠٢٠", "هسبريس", "2020-09-30"],
    ["es", "Publicado en Barlamane el 30 - 09 - 2020", "Barlamane", "2020-09-30"],
    ["es", "Publicado en El Faro de Ceuta el 7-10-2020", "El Faro de Ceuta", "2020-10-07"],
    ["en", "Published in Barlamane on 30 - 09 - 2020", "Barlamane", "2020-09-30"],
    ["en", "Published in Morocco World News on 09 - 11 - 2020", "Morocco World News", "2020-11-09"],
  ];
  for (const [lang, credit, source, date] of cases) {
    it(`${lang}: "${credit}"`, () => {
      const { ok, article } = parse(page({ credit, title: "Titre", body: ["Texte."] }));
      expect(ok).toBe(true);
      expect(article).toMatchObject({ source, date });
      // The credit line's language is the article's when nothing else says.
      expect(article!.lang).toBe(lang);
    });
  }

  it("takes the title from the line right before the credit line, past boilerplate", () => {
    const { article } = parse(["Un    Deux", "Le vrai titre", "Merci d'avoir signalé!", "Publié dans Barlamane le 30 - 09 - 2020", "Texte."].join("\n"));
    expect(article!.title).toBe("Le vrai titre");
    expect(article!.ticker).toEqual(["Un", "Deux"]);
  });

  it("rejects an impossible date with the credit line's line number; the file is skipped", () => {
    const { ok, article, diagnostics } = parseFixture("impossible-date.txt");
    expect(ok).toBe(false);
    expect(article).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "error", file: "impossible-date.txt", line: 3 });
    expect(diagnostics[0]!.message).toContain("31 - 02 - 2020");
  });

  it("reports a missing credit line and says how to fix it", () => {
    const { ok, diagnostics } = parseFixture("no-credit-line.txt");
    expect(ok).toBe(false);
    expect(diagnostics[0]!.severity).toBe("error");
    expect(diagnostics[0]!.message).toMatch(/no credit line/);
    expect(diagnostics[0]!.hint).toMatch(/front matter/);
  });

  it("points at a credit line whose date cannot be read", () => {
    const { ok, diagnostics } = parse("Titre\nPubliée dans Barlamane hier\nPublié dans Barlamane le trente septembre\nTexte.\n");
    expect(ok).toBe(false);
    expect(diagnostics[0]).toMatchObject({ line: 3 });
  });
});

describe("parseScrapedPage: body, back-link and flags", () => {
  it("drops the back-link line and everything after it from the body", () => {
    const { article } = parse(`${page({ body: ["Premier.", "Second."] })}Pied de page du site\n`);
    expect(article!.body).toEqual(["Premier.", "Second."]);
    expect(article!.flags).toContain("text-after-back-link");
  });

  it("flags a page without a back-link line and keeps its whole body", () => {
    const { article } = parse("Titre\nPublié dans Barlamane le 30 - 09 - 2020\nPremier.\nSecond.\n");
    expect(article!.body).toEqual(["Premier.", "Second."]);
    expect(article!.flags).toContain("no-back-link");
  });

  it("takes the original URL from the back-link line when it carries one", () => {
    const { article } = parse(page({ backLink: "Cliquez ici pour lire l'article depuis sa source. https://www.example.test/a/1." }));
    expect(article!.url).toBe("https://www.example.test/a/1");
  });

  it("flags a lede that starts mid-sentence and keeps its words", () => {
    for (const lede of [", a indiqué mercredi le ministère.", "a indiqué mercredi le ministère.", "، حسب ما أعلنه الاتحاد."]) {
      const { article } = parse(page({ body: [lede, "Suite."] }));
      expect(article!.flags).toContain("truncated-lede");
      expect(bodyOf(article!)[0]).toBe(lede);
    }
    expect(parse(page({ body: ["Le ministère a indiqué.", "Suite."] })).article!.flags).not.toContain("truncated-lede");
  });

  it("removes boilerplate lines inside the body too", () => {
    const { article } = parse(page({ body: ["Premier.", "Merci d'avoir signalé !", "Second."] }));
    expect(article!.body).toEqual(["Premier.", "Second."]);
  });

  it("fails on a page with a credit line but no body", () => {
    const { ok, diagnostics } = parse("Titre\nPublié dans Barlamane le 30 - 09 - 2020\nCliquez ici pour lire l'article depuis sa source.\n");
    expect(ok).toBe(false);
    expect(diagnostics[0]!.message).toMatch(/no body/);
  });
});

describe("parseScrapedPage: front matter", () => {
  it("wins over the text: title, source, date, lang, url, tags, slug", () => {
    const { article, diagnostics } = parseFixture("front-matter-wins.txt");
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      title: "Un titre choisi par le scraper",
      source: "Le360",
      date: "2020-10-05",
      lang: "fr",
      url: "https://www.example-news.test/articles/1234",
      tags: ["économie", "Maroc"],
      slug: "titre-du-scraper",
      ticker: ["Un titre du ticker", "Un autre titre"],
    });
    expect(article!.flags).toContain("truncated-lede");
  });

  it("refuses a javascript: URL, a data: image and a ../ slug, with warnings, and keeps the article", () => {
    const { ok, article, diagnostics } = parseFixture("front-matter-hostile.txt");
    expect(ok).toBe(true);
    expect(article).toMatchObject({ url: null, slug: null, image: null, title: "Titre du jour" });
    expect(diagnostics.map((d) => d.severity)).toEqual(["warning", "warning", "warning"]);
    expect(diagnostics.map((d) => d.line)).toEqual([2, 4, 3]);
  });

  it("never runs JavaScript front matter", () => {
    const text = `---js\n{ title: (globalThis.__kioskPwned = true, 'x') }\n---\n${page({})}`;
    const { ok, diagnostics } = parse(text);
    expect((globalThis as { __kioskPwned?: boolean }).__kioskPwned).toBeUndefined();
    expect(ok).toBe(false);
    expect(diagnostics[0]!.message).toMatch(/JavaScript front matter is not accepted/);
  });

  it("reports broken YAML with its line and skips the file", () => {
    const { ok, diagnostics } = parse(`---\ntitle: ok\nurl: [unclosed\n---\n${page({})}`);
    expect(ok).toBe(false);
    expect(diagnostics[0]!.severity).toBe("error");
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it("accepts a page without a credit line when front matter gives source and date", () => {
    const { ok, article } = parse("---\nsource: TSA\ndate: 2020-10-02\n---\nUn    Deux\nLe titre\nLe corps.\n");
    expect(ok).toBe(true);
    expect(article).toMatchObject({ title: "Le titre", source: "TSA", date: "2020-10-02", body: ["Le corps."], ticker: ["Un", "Deux"] });
  });
});

describe("parseScrapedPage: language", () => {
  it("uses front matter, then the credit line, then the text", () => {
    expect(parse(page({ front: "lang: es" })).article!.lang).toBe("es");
    expect(parse(page({ credit: "Published in X on 1 - 1 - 2020" })).article!.lang).toBe("en");
    const noCredit = "---\nsource: X\ndate: 2020-01-01\n---\nعنوان المقال\nهذا نص المقال باللغة العربية في سطر واحد.\n";
    expect(parse(noCredit).article!.lang).toBe("ar");
  });
});

describe("parseScrapedPage: files that are not pages", () => {
  it("reports an empty file", () => {
    for (const name of ["empty.txt", "whitespace-only.txt"]) {
      const { ok, diagnostics } = parseFixture(name);
      expect(ok).toBe(false);
      expect(diagnostics[0]!.message).toMatch(/empty/);
    }
  });

  it("never throws on odd input", () => {
    for (const text of ["---", "---\n---", "\u0000\u0001", "   \u00a0\u00a0\u00a0\u00a0   ", "Publié dans  le 1-1-2020", "\n".repeat(1000)]) {
      expect(() => parse(text)).not.toThrow();
    }
  });
});
