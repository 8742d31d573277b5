import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import { longerVersions } from "../../src/assemble/ticker.js";
import { slugify } from "../../src/text/slug.js";
import { defaultConfig, parsedArticle } from "../helpers.js";

const article = parsedArticle;

describe("permalinks", () => {
  it("are /YYYY/MM/DD/source/slug/ and readable in every script", () => {
    const site = assembleSite(
      [article({ title: "Le Maroc à l'heure d'été" }), article({ file: "b.txt", title: "افتتاح محطة جديدة لتحلية مياه البحر", source: "هسبريس", lang: "ar" })],
      defaultConfig(),
    );
    expect(site.articles.map((a) => a.path).sort()).toEqual([
      "/2020/09/30/barlamane/le-maroc-a-l-heure-d-ete/",
      "/2020/09/30/هسبريس/افتتاح-محطة-جديدة-لتحلية-مياه-البحر/",
    ]);
  });

  it("differ for two articles with the same title from other sources or days, and adding one never changes another's", () => {
    const a = article({ file: "a.txt", title: "Même titre" });
    const otherSource = article({ file: "c.txt", title: "Même titre", source: "Le360" });
    const otherDay = article({ file: "d.txt", title: "Même titre", date: "2020-10-01" });
    const first = assembleSite([a, otherSource], defaultConfig());
    const second = assembleSite([otherDay, a, otherSource], defaultConfig());
    expect(new Set(second.articles.map((x) => x.path)).size).toBe(3);
    for (const x of first.articles) expect(second.articles.find((y) => y.file === x.file)!.path).toBe(x.path);
  });

  it("number clashing slugs (the same front-matter slug, source and day) in file order", () => {
    const a = article({ file: "a.txt", title: "Premier", slug: "meme-slug" });
    const b = article({ file: "b.txt", title: "Second", slug: "meme-slug" });
    const paths = assembleSite([b, a], defaultConfig())
      .articles.map((x) => [x.file, x.path])
      .sort();
    expect(paths).toEqual([
      ["a.txt", "/2020/09/30/barlamane/meme-slug/"],
      ["b.txt", "/2020/09/30/barlamane/meme-slug-2/"],
    ]);
  });

  it("use a front-matter slug", () => {
    expect(assembleSite([article({ slug: "mon-slug" })], defaultConfig()).articles[0]!.path).toBe("/2020/09/30/barlamane/mon-slug/");
  });
});

describe("slugify", () => {
  it("can never produce a path segment that leaves its folder", () => {
    for (const title of ["../../etc/passwd", "..", ".", "/", "a/b\\c", "<script>", "   ", "🙂"]) {
      const slug = slugify(title);
      expect(slug).toMatch(/^[\p{L}\p{N}-]+$/u);
      expect(slug).not.toContain("..");
    }
    expect(slugify("")).toBe("article");
  });

  it("keeps hamza forms in Arabic and drops short vowels", () => {
    expect(slugify("المائة الأولى")).toBe("المائة-الأولى");
    expect(slugify("نُشِرَ")).toBe("نشر");
  });

  it("caps the length at a word boundary", () => {
    const slug = slugify("mot ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("sources", () => {
  it("group spellings of one publisher under the most used one", () => {
    const site = assembleSite(
      [
        article({ file: "a.txt", source: "Barlamane" }),
        article({ file: "b.txt", source: "barlamane", title: "B" }),
        article({ file: "c.txt", source: "Barlamane ", title: "C" }),
      ],
      defaultConfig(),
    );
    expect(site.sources).toHaveLength(1);
    expect(site.sources[0]).toMatchObject({ name: "Barlamane", slug: "barlamane", path: "/sources/barlamane/" });
    expect(site.sources[0]!.articles).toHaveLength(3);
  });
});

describe("ticker", () => {
  it("merges headlines across pages, newest page first, each once whatever its spacing, case or punctuation", () => {
    const site = assembleSite(
      [
        article({ file: "old.txt", date: "2020-09-01", ticker: ["Titre A", "Titre B"] }),
        article({ file: "new.txt", date: "2020-10-01", title: "Titre B", ticker: ["titre   a !", "Titre C"] }),
      ],
      defaultConfig(),
    );
    expect(site.ticker.map((t) => t.text)).toEqual(["titre   a !", "Titre C", "Titre B"]);
    // "Titre B" is an article of the site: the ticker links to it.
    expect(site.ticker[2]!.articlePath).toBe(site.articles.find((a) => a.title === "Titre B")!.path);
    expect(site.ticker[0]!.articlePath).toBeNull();
  });

  it("drops a cut-off last headline when another page has it whole", () => {
    const site = assembleSite(
      [
        article({ file: "a.txt", ticker: ["Un", "Le dirham se stabilise face à l'e"] }),
        article({ file: "b.txt", title: "B", ticker: ["Le dirham se stabilise face à l'euro"] }),
      ],
      defaultConfig(),
    );
    expect(site.ticker.map((t) => t.text)).toEqual(["Un", "Le dirham se stabilise face à l'euro"]);
  });

  it("drops a short cut-off last headline too, and keeps a last headline no other one continues", () => {
    const site = assembleSite(
      [
        article({ file: "a.txt", ticker: ["Un", "Pluies à"] }),
        article({ file: "b.txt", title: "B", ticker: ["Pluies à Fès", "Le dirham se stabilise"] }),
        article({ file: "c.txt", title: "C", ticker: ["Le dirham se stabilise face à l'euro et au dollar"] }),
      ],
      defaultConfig(),
    );
    expect(site.ticker.map((t) => t.text)).toEqual(["Un", "Pluies à Fès", "Le dirham se stabilise face à l'euro et au dollar"]);
  });

  it("gives each headline its own language and direction", () => {
    const site = assembleSite(
      [article({ ticker: ["الحكومة تعلن عن برنامج جديد", "Egypt's central bank holds rates", "La cosecha de cítricos crece"] })],
      defaultConfig(),
    );
    expect(site.ticker.map((t) => [t.lang, t.dir])).toEqual([
      ["ar", "rtl"],
      ["en", "ltr"],
      ["es", "ltr"],
    ]);
  });

  it("is capped at tickerSize", () => {
    const ticker = Array.from({ length: 100 }, (_, i) => `Titre ${i}`);
    expect(assembleSite([article({ ticker })], defaultConfig({ tickerSize: 7 })).ticker).toHaveLength(7);
  });
});

describe("longer versions of a ticker's last headline", () => {
  const keys = ["pluies a", "pluies a fes", "le dirham se stabilise", "le dirham se stabilise face a l euro", "le dirham recule", "meteo", "meteo"];
  const hasLonger = longerVersions(keys);

  it("are found for keys long and short", () => {
    expect(hasLonger("le dirham se stabilise")).toBe(true);
    expect(hasLonger("le dirham se")).toBe(true);
    expect(hasLonger("pluies a")).toBe(true);
    expect(hasLonger("pluies")).toBe(true);
  });

  it("are not the key itself, its twin, or a key that only shares its beginning", () => {
    expect(hasLonger("le dirham se stabilise face a l euro")).toBe(false);
    expect(hasLonger("meteo")).toBe(false);
    expect(hasLonger("le dirham se stabilise face a l euro et")).toBe(false);
    expect(hasLonger("le dirham recul")).toBe(true);
    expect(hasLonger("le dirham recula")).toBe(false);
    expect(hasLonger("pluies b")).toBe(false);
  });
});

describe("ticker editions", () => {
  const days = () =>
    assembleSite(
      [
        article({
          file: "a.txt",
          date: "2020-09-01",
          title: "Agriculture : la saison démarre",
          ticker: ["Les pluies reviennent sur le Souss", "Casablanca inaugure son nouveau tramway"],
        }),
        article({ file: "b.txt", date: "2020-09-02", title: "Le dirham face à l'euro", ticker: ["Hausse des exportations de phosphate"] }),
        article({ file: "c.txt", date: "2020-09-02", title: "Tourisme : records estivaux", source: "Le360", ticker: ["Le festival gnaoua reporté à juin"] }),
        article({ file: "d.txt", date: "2020-09-03", title: "Casablanca inaugure son nouveau tramway", ticker: ["Rentrée universitaire à Oran"] }),
      ],
      defaultConfig(),
    );

  it("has one edition a day, newest first, each made from that day's pages and older ones only; the newest is the site's ticker", () => {
    const site = days();
    expect(site.tickerEditions.map((e) => e.day)).toEqual(["2020-09-03", "2020-09-02", "2020-09-01"]);
    const texts = (day: string) => site.tickerEditions.find((e) => e.day === day)!.ticker.map((t) => t.text);
    expect(texts("2020-09-01")).toEqual(["Les pluies reviennent sur le Souss", "Casablanca inaugure son nouveau tramway"]);
    // That day's two pages (in the day's order), then the day before's.
    expect(texts("2020-09-02").slice(0, 2).sort()).toEqual(["Hausse des exportations de phosphate", "Le festival gnaoua reporté à juin"]);
    expect(texts("2020-09-02").slice(2)).toEqual(texts("2020-09-01"));
    expect(texts("2020-09-03")[0]).toBe("Rentrée universitaire à Oran");
    expect(site.ticker).toEqual(site.tickerEditions[0]!.ticker);
    expect(site.tickers).toEqual(site.tickerEditions[0]!.tickers);
  });

  it("links a headline to an article only from the day that article is published", () => {
    const site = days();
    const item = (day: string) => site.tickerEditions.find((e) => e.day === day)!.ticker.find((t) => t.text === "Casablanca inaugure son nouveau tramway")!;
    expect(item("2020-09-01").articlePath).toBeNull();
    expect(item("2020-09-02").articlePath).toBeNull();
    expect(item("2020-09-03").articlePath).toBe(site.articles.find((a) => a.file === "d.txt")!.path);
  });

  it("stays the same for a day when newer pages arrive", () => {
    const before = days();
    const after = assembleSite(
      [
        ...["a", "b", "c", "d"].map((f) => before.articles.find((a) => a.file === `${f}.txt`)!).map((a) => article({ ...a, ticker: tickerOf(a.file) })),
        article({ file: "e.txt", date: "2020-09-04", title: "Marché du carburant", ticker: ["Nouvelle ligne aérienne vers Dakhla"] }),
      ],
      defaultConfig(),
    );
    expect(after.tickerEditions.slice(1)).toEqual(before.tickerEditions);
    expect(after.ticker[0]!.text).toBe("Nouvelle ligne aérienne vers Dakhla");
  });
});

/** The ticker lines of the `days` articles, by file. */
function tickerOf(file: string): string[] {
  return (
    {
      "a.txt": ["Les pluies reviennent sur le Souss", "Casablanca inaugure son nouveau tramway"],
      "b.txt": ["Hausse des exportations de phosphate"],
      "c.txt": ["Le festival gnaoua reporté à juin"],
      "d.txt": ["Rentrée universitaire à Oran"],
    } as Record<string, string[]>
  )[file]!;
}

describe("ticker editions of earlier months", () => {
  const site = (extra: ReturnType<typeof article>[] = []) =>
    assembleSite(
      [
        article({ file: "a.txt", date: "2020-08-10", title: "Agriculture : la saison démarre", ticker: ["Les pluies reviennent sur le Souss"] }),
        article({ file: "b.txt", date: "2020-08-20", title: "Le dirham face à l'euro", ticker: ["Hausse des exportations de phosphate"] }),
        article({ file: "c.txt", date: "2020-09-02", title: "Tourisme : records estivaux", ticker: ["Le festival gnaoua reporté à juin"] }),
        article({ file: "d.txt", date: "2020-09-05", title: "Marché du carburant", ticker: ["Rentrée universitaire à Oran"] }),
        ...extra,
      ],
      defaultConfig(),
    );

  it("has one edition for each day of the newest month and one for each earlier month, as that month ended", () => {
    const editions = site().tickerEditions;
    expect(editions.map((e) => [e.key, e.day])).toEqual([
      ["2020-09-05", "2020-09-05"],
      ["2020-09-02", "2020-09-02"],
      ["2020-08", "2020-08-20"],
    ]);
    expect(editions[2]!.ticker.map((t) => t.text)).toEqual(["Hausse des exportations de phosphate", "Les pluies reviennent sur le Souss"]);
  });

  it("turns last month's days into its month's edition when a month begins, and keeps older months as they were", () => {
    const before = site();
    const after = site([article({ file: "e.txt", date: "2020-10-01", title: "Nouvelle ligne aérienne vers Dakhla", ticker: ["Rentrée scolaire reportée"] })]);
    expect(after.tickerEditions.map((e) => e.key)).toEqual(["2020-10-01", "2020-09", "2020-08"]);
    // September as it ended is its newest day's edition of before.
    expect(after.tickerEditions[1]!.ticker).toEqual(before.tickerEditions[0]!.ticker);
    expect(after.tickerEditions[2]).toEqual(before.tickerEditions[2]);
  });
});
