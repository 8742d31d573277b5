/**
 * Incremental regrouping (issue 17): a rebuild that starts from the last grouping's state decides again only the
 * pairs its changes touch, and gives the grouping a clean build gives — after pages are added, removed and
 * edited, headlines move to other days and articles' texts change, over many rounds of random changes to the
 * labelled sets' pages.
 */
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import { memoryStoryGraphStore } from "../../src/assemble/story-graph-state.js";
import type { Grouping } from "../../src/assemble/stories.js";
import type { ParsedArticle } from "../../src/model/article.js";
import type { Site } from "../../src/model/site.js";
import { HELD_OUT_2 } from "../fixtures/stories/held-out-2-headlines.js";
import { HELD_OUT } from "../fixtures/stories/held-out-headlines.js";
import { LABELLED } from "../fixtures/stories/labelled-headlines.js";
import { defaultConfig, parsedArticle } from "../helpers.js";

const ROWS = [...LABELLED, ...HELD_OUT, ...HELD_OUT_2].map(([story, date, lang, text], i) => ({ i, article: story.endsWith("!"), date, lang, text }));
const config = defaultConfig({ tickerSize: 1000 });

/** A row as a site shows it: an article, or a headline on one of the pages of its day ("carrier" pages, by group). */
interface Shown {
  row: number;
  date: string;
  /** Which of the day's carrier pages shows a headline; an article's lede variant. */
  variant: number;
}

function pages(shown: readonly Shown[]): ParsedArticle[] {
  const parsed: ParsedArticle[] = [];
  const carriers = new Map<string, { date: string; headlines: string[] }>();
  for (const { row, date, variant } of shown) {
    const r = ROWS[row]!;
    if (r.article) {
      const [title, lede] = r.text.split(" || ");
      const body = [variant === 0 ? lede! : `${lede} Qqzx ${variant}.`];
      parsed.push(parsedArticle({ file: `row-${row}.txt`, title: title!, source: `Source ${row % 7}`, date, lang: r.lang, ticker: [], body }));
    } else {
      const name = `carrier-${date}-${variant}`;
      const carrier = carriers.get(name) ?? { date, headlines: [] };
      carrier.headlines.push(r.text);
      carriers.set(name, carrier);
    }
  }
  for (const [name, { date, headlines }] of carriers)
    parsed.push(parsedArticle({ file: `${name}.txt`, title: `Zzqx ${name}`, source: "Carrier", date, lang: "en", ticker: headlines, body: ["Qqzx."] }));
  return parsed;
}

/** What a reader sees of the grouping: each story's id, articles and headlines, and each headline's story. */
function groupingOf(site: Site): string {
  return JSON.stringify({
    stories: site.stories.map((s) => [s.id, s.articles.map((a) => a.file).sort(), s.headlines.map((h) => h.text)]),
    headlines: site.headlines.map((h) => [h.text, h.story, h.first, h.last]),
    articles: site.articles.map((a) => [a.file, a.story]),
  });
}

function random(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    return x / 0x7fffffff;
  };
}

const shiftDay = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("incremental regrouping", () => {
  it("gives the grouping a clean build gives, round after round of random changes", () => {
    const rand = random(17);
    const store = memoryStoryGraphStore();
    let shown: Shown[] = ROWS.filter(() => rand() < 0.7).map((r) => ({ row: r.i, date: r.date, variant: 0 }));
    assembleSite(pages(shown), config, { storyGraph: store });
    let decidedAgain = 0;
    let members = 0;
    for (let round = 0; round < 12; round++) {
      const present = new Set(shown.map((s) => s.row));
      // Changes: new rows appear, some go, a few headlines move a day or to another page, a few articles' texts change.
      const added = ROWS.filter((r) => !present.has(r.i) && rand() < 0.08).map((r) => ({ row: r.i, date: r.date, variant: 0 }));
      shown = shown.filter(() => rand() > 0.03);
      shown = shown.map((s) => {
        const x = rand();
        if (x < 0.02) return { ...s, date: shiftDay(s.date, rand() < 0.5 ? 1 : 4) };
        if (x < 0.05) return { ...s, variant: s.variant + 1 };
        return s;
      });
      shown = [...shown, ...added];
      let grouping: Grouping | undefined;
      const again = assembleSite(pages(shown), config, { storyGraph: store, onGrouping: (g) => (grouping = g) });
      const clean = assembleSite(pages(shown), config);
      expect(groupingOf(again), `round ${round}`).toBe(groupingOf(clean));
      decidedAgain += grouping!.regrouped;
      members += grouping!.members;
    }
    // The changes touch a part of the graph, not all of it (in a set this small, a new word often moves the band of
    // words other members hold, so the part is larger than in a site of thousands of pages).
    expect(decidedAgain).toBeLessThan(members * 0.6);
  });

  it("cuts a vague headline's bridge between two stories whichever build brings its members, as a clean build does", () => {
    // Tétouan's market fire and Fès's the same day, and texts naming no city that fit both.
    const texts: [string, string][] = [
      ["fr", "Tétouan : un incendie ravage des échoppes du marché central"],
      ["fr", "Fès : un incendie ravage des échoppes du marché central"],
      ["fr", "Un incendie ravage des échoppes du marché central"],
      ["ar", "حريق يلتهم محلات تجارية بالسوق المركزي بتطوان"],
      ["ar", "حريق يلتهم محلات تجارية بالسوق المركزي بفاس"],
      ["ar", "حريق يلتهم محلات تجارية بالسوق المركزي"],
    ];
    const site = (present: readonly number[]) =>
      present.map((k) =>
        // (A lede of no name: one capitalised word in every page's lede — "Qqzx", whose skeleton is a name's length
        // since an x is "ks" — would be a name all six share.)
        parsedArticle({ file: `fire-${k}.txt`, title: texts[k]![1], source: `S${k}`, date: "2035-11-09", lang: texts[k]![0], ticker: [], body: ["qqzx."] }),
      );
    const storyOf = (built: Site, k: number) => built.articles.find((a) => a.file === `fire-${k}.txt`)!.story;
    const store = memoryStoryGraphStore();
    // Pages come and go: the vague ones before, between and after the cities' own.
    for (const present of [[2], [2, 0], [2, 0, 1], [2, 0, 1, 5, 3], [0, 1, 5, 3, 4], [0, 1, 5, 3, 4, 2], [1, 5, 3, 4, 2]]) {
      const again = assembleSite(site(present), config, { storyGraph: store });
      const clean = assembleSite(site(present), config);
      expect(groupingOf(again), present.join(",")).toBe(groupingOf(clean));
      // Never one story of Tétouan's fire and Fès's.
      if (present.includes(0) && present.includes(1)) expect(storyOf(clean, 0)).not.toBe(storyOf(clean, 1));
      if (present.includes(0) && present.includes(3)) expect(storyOf(clean, 3)).toBe(storyOf(clean, 0));
      if (present.includes(1) && present.includes(4)) expect(storyOf(clean, 4)).toBe(storyOf(clean, 1));
    }
    // A vague text beside one city's fire alone is that fire's.
    const one = assembleSite(site([0, 2, 3]), config);
    expect(new Set([0, 2, 3].map((k) => storyOf(one, k))).size).toBe(1);
  });

  it("decides again only the members a new page touches", () => {
    const shown: Shown[] = ROWS.map((r) => ({ row: r.i, date: r.date, variant: 0 }));
    const store = memoryStoryGraphStore();
    assembleSite(pages(shown), config, { storyGraph: store });
    let grouping: Grouping | undefined;
    // One more page, whose ticker line has one headline of an event nobody else reports.
    const page = parsedArticle({
      file: "new.txt",
      title: "Zzqx new page",
      source: "Carrier",
      date: "2020-10-05",
      lang: "fr",
      ticker: ["Ksar El Kebir : le festival du melhoun reporté à l'automne"],
      body: ["Qqzx."],
    });
    const site = assembleSite([...pages(shown), page], config, { storyGraph: store, onGrouping: (g) => (grouping = g) });
    expect(grouping!.members).toBeGreaterThan(500);
    expect(grouping!.regrouped).toBeLessThan(30);
    expect(groupingOf(site)).toBe(groupingOf(assembleSite([...pages(shown), page], config)));
    // Nothing changed: nothing is decided again.
    assembleSite([...pages(shown), page], config, { storyGraph: store, onGrouping: (g) => (grouping = g) });
    expect(grouping!.regrouped).toBe(0);
  });

  it("splits a headline seen again weeks later into members, and joins them again when the days between fill in", () => {
    const recurring = "Bourse de Casablanca : ouverture en hausse";
    const other = "Bourse de Casablanca : le MASI termine à l'équilibre";
    const page = (day: number, texts: string[]) =>
      parsedArticle({
        file: `p${day}.txt`,
        title: `Zzqx page ${day}`,
        source: "Carrier",
        date: `2031-03-${String(day).padStart(2, "0")}`,
        lang: "fr",
        ticker: texts,
        body: ["Qqzx."],
      });
    const store = memoryStoryGraphStore();
    const rounds = [[1], [1, 20], [1, 20, 10], [1, 20, 10, 4, 7, 13, 16, 17], [1, 20, 10, 4, 13, 16, 17], [20, 10, 13, 16, 17]];
    const stretches: number[] = [];
    for (const days of rounds) {
      const parsed = days.map((d) => page(d, d === 10 ? [recurring, other] : [recurring]));
      const again = assembleSite(parsed, config, { storyGraph: store });
      expect(groupingOf(again), days.join(",")).toBe(groupingOf(assembleSite(parsed, config)));
      stretches.push(again.headlines.filter((h) => h.text === recurring).length);
    }
    // Seen on the 1st; then the 20th too; then the 10th; then every third day or less (one stretch); then not on the
    // 7th (a gap of six days); then neither on the 1st nor the 4th.
    expect(stretches).toEqual([1, 2, 3, 1, 2, 1]);
  });

  /** Pages whose ticker lines hold the given headlines, each page on its day. */
  const tickerPages = (lines: readonly [string, string][]) =>
    lines.map(([date, text], i) =>
      parsedArticle({ file: `t${i}-${date}.txt`, title: `Zzqx page ${i} ${date}`, source: "Carrier", date, lang: "fr", ticker: [text], body: ["Qqzx."] }),
    );
  const storyOfHeadline = (site: Site, text: string) => site.headlines.find((h) => h.text === text)?.story ?? null;

  it("splits a story when the headline that bridged it goes", () => {
    // A and C share no word; B shares four with each. A headline with B's words a month later keeps every word's
    // weight band when B goes (three holders, then two), so that A and C are touched only through their story.
    const a = "zorvath kelimbra potarune siravel";
    const b = "zorvath kelimbra potarune siravel mondrique faliste quorane belvide";
    const c = "mondrique faliste quorane belvide";
    const echo: [string, string] = ["2020-11-20", `${b} qelvane`];
    const store = memoryStoryGraphStore();
    const before = assembleSite(tickerPages([echo, ["2020-10-01", a], ["2020-10-01", b], ["2020-10-02", c]]), config, { storyGraph: store });
    expect(storyOfHeadline(before, a)).not.toBeNull();
    expect(storyOfHeadline(before, a)).toBe(storyOfHeadline(before, c));
    const input = tickerPages([echo, ["2020-10-01", a], ["2020-10-02", c]]);
    const after = assembleSite(input, config, { storyGraph: store });
    expect(storyOfHeadline(after, a)).toBeNull();
    expect(groupingOf(after)).toBe(groupingOf(assembleSite(input, config)));
  });

  // X and Y share three words of their eight: apart while every word is rare, together once the other five of each
  // weigh less because eight other headlines of the same weeks use them (days from the pair's, days after it).
  const shared = "travinel orpasque mirdolan";
  const own = (prefix: string) => Array.from({ length: 5 }, (_, k) => `${prefix}${"abcde"[k]}vorte`);
  const x = `${shared} ${own("x").join(" ")}`;
  const y = `${shared} ${own("y").join(" ")}`;
  const pair: [string, string][] = [
    ["2020-10-01", x],
    ["2020-10-01", y],
  ];
  const commonLater = (month: string, first: number): [string, string][] =>
    Array.from({ length: 8 }, (_, k) => [
      `2020-${month}-${String(first + 5 * (k % 4)).padStart(2, "0")}`,
      `${own("x").join(" ")} ${own("y").join(" ")} qelvane${k}`,
    ]);

  it("joins two headlines when their other words become common in their weeks (a weight changed, days from the new pages)", () => {
    const store = memoryStoryGraphStore();
    const before = assembleSite(tickerPages(pair), config, { storyGraph: store });
    expect(storyOfHeadline(before, x)).toBeNull();
    const input = tickerPages([...pair, ...commonLater("10", 10)]);
    const after = assembleSite(input, config, { storyGraph: store });
    const clean = assembleSite(input, config);
    expect(storyOfHeadline(clean, x)).not.toBeNull();
    expect(storyOfHeadline(clean, x)).toBe(storyOfHeadline(clean, y));
    expect(groupingOf(after)).toBe(groupingOf(clean));
  });

  it("counts words in the news of their weeks: the same headlines two months later change nothing, and are all a rebuild decides", () => {
    const store = memoryStoryGraphStore();
    assembleSite(tickerPages(pair), config, { storyGraph: store });
    const input = tickerPages([...pair, ...commonLater("12", 1)]);
    let grouping: Grouping | undefined;
    const after = assembleSite(input, config, { storyGraph: store, onGrouping: (g) => (grouping = g) });
    const clean = assembleSite(input, config);
    expect(storyOfHeadline(clean, x)).toBeNull();
    expect(groupingOf(after)).toBe(groupingOf(clean));
    // The eight new pages and their headlines are decided; the pair's two pages and headlines, two months before, are not.
    expect(grouping!.members).toBe(20);
    expect(grouping!.regrouped).toBe(16);
  });

  it("starts anew from a state of another format", () => {
    const shown: Shown[] = ROWS.slice(0, 100).map((r) => ({ row: r.i, date: r.date, variant: 0 }));
    const store = memoryStoryGraphStore();
    assembleSite(pages(shown), config, { storyGraph: store });
    store.set({ ...store.get()!, format: -1 });
    let grouping: Grouping | undefined;
    const site = assembleSite(pages(shown), config, { storyGraph: store, onGrouping: (g) => (grouping = g) });
    expect(grouping!.regrouped).toBe(grouping!.members);
    expect(groupingOf(site)).toBe(groupingOf(assembleSite(pages(shown), config)));
  });

  it("keeps a ticker headline that is a title as its key alone, and works out its keywords when the article goes", () => {
    const title = "Tanger Med port expansion to add two container terminals";
    const spanish = "El puerto de Tánger Med ampliará su capacidad con dos nuevas terminales";
    const article = parsedArticle({ file: "port.txt", title, source: "Wire", date: "2024-03-04", lang: "en", ticker: [], body: ["Qqzx."] });
    const carrier = parsedArticle({
      file: "carrier.txt",
      title: "Zzqx carrier",
      source: "Carrier",
      date: "2024-03-05",
      lang: "en",
      ticker: [title, spanish],
      body: ["Qqzx."],
    });
    const records = new Map<string, string>();
    const headlineKeywords = { get: (text: string) => records.get(text), set: (text: string, record: string) => void records.set(text, record) };
    const storyOf = (site: Site, text: string) => site.headlines.find((h) => h.text === text)?.story ?? site.articles.find((a) => a.title === text)?.story;
    // With the article, the title's record is its key alone (no keywords worked out), and the Spanish headline joins it.
    const first = assembleSite([article, carrier], config, { headlineKeywords });
    expect(records.get(title)).not.toContain("\u0003");
    expect(records.get(spanish)).toContain("\u0003");
    expect(storyOf(first, spanish)).toBe(storyOf(first, title));
    // Without it, the same record is worked out whole, and the two headlines are one story of headlines.
    const second = assembleSite([carrier], config, { headlineKeywords });
    expect(records.get(title)).toContain("\u0003");
    expect(storyOf(second, title)).not.toBeNull();
    expect(storyOf(second, spanish)).toBe(storyOf(second, title));
    expect(groupingOf(second)).toBe(groupingOf(assembleSite([carrier], config)));
  });
});
