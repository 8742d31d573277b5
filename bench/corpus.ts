/**
 * A deterministic synthetic corpus of scraped pages in the real shape: mixed
 * languages, about twenty sources, long mixed-language tickers, boilerplate,
 * 4–8 paragraphs, front matter on some pages. Same arguments, same bytes.
 */
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

const NBSP = "\u00a0";

/** A small deterministic generator (mulberry32), so the corpus never depends on Math.random. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Language {
  code: string;
  credit: (source: string, date: string) => string;
  backLink: string;
  boilerplate: string[];
  words: string[];
  sources: string[];
}

const LANGUAGES: Language[] = [
  {
    code: "fr",
    credit: (s, d) => `Publié dans ${s} le ${d}`,
    backLink: "Cliquez ici pour lire l'article depuis sa source.",
    boilerplate: ["Merci d'avoir signalé!", "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes."],
    words:
      "le la les des du port ministère région gouvernement projet économie hausse baisse marché ville conseil annonce travaux eau énergie tourisme agriculture santé école route budget dirham entreprise exportations saison pluies barrage festival".split(
        " ",
      ),
    sources: ["Barlamane", "Le360", "Yabiladi", "Hespress FR", "El Watan", "TSA", "Médias24"],
  },
  {
    code: "ar",
    credit: (s, d) => `نشر في ${s} يوم ${d}`,
    backLink: "انقر هنا لقراءة الخبر من مصدره.",
    boilerplate: ["شكرا على الإبلاغ!"],
    words:
      "الحكومة الوزارة المدينة مشروع الاقتصاد ارتفاع انخفاض السوق المجلس إعلان الأشغال الماء الطاقة السياحة الفلاحة الصحة المدرسة الطريق الميزانية الدرهم الشركة الصادرات الموسم الأمطار السد المهرجان في من على إلى".split(
        " ",
      ),
    sources: ["هسبريس", "اليوم 24", "الأهرام", "الخبر", "مصراوي", "هبة بريس"],
  },
  {
    code: "es",
    credit: (s, d) => `Publicado en ${s} el ${d}`,
    backLink: "Haga clic aquí para leer el artículo desde su fuente.",
    boilerplate: ["¡Gracias por informar!"],
    words:
      "el la los las del puerto ministerio región gobierno proyecto economía subida bajada mercado ciudad consejo anuncio obras agua energía turismo agricultura salud escuela carretera presupuesto empresa exportaciones temporada".split(
        " ",
      ),
    sources: ["Europa Press", "EFE", "El Faro de Ceuta", "Atalayar"],
  },
  {
    code: "en",
    credit: (s, d) => `Published in ${s} on ${d}`,
    backLink: "Click here to read the article from its source.",
    boilerplate: ["Thanks for reporting!"],
    words:
      "the of and port ministry region government project economy rise fall market city council announcement works water energy tourism agriculture health school road budget company exports season rains dam festival".split(
        " ",
      ),
    sources: ["Morocco World News", "Ahram Online", "North Africa Post"],
  },
];

function sentence(rand: () => number, words: string[], min: number, max: number): string {
  const n = min + Math.floor(rand() * (max - min + 1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(rand() * words.length)]!);
  out.push(String(Math.floor(rand() * 1000)));
  const text = out.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** Headlines in a ticker line (default 30). */
  ticker?: number;
  /** Tickers draw from this many distinct headlines of other pages, not from the corpus's own titles (issue 17's 100,000). */
  headlines?: number;
}

/** Writes the corpus into `dir` (replacing it) and returns the file paths. */
export function writeCorpus(dir: string, options: CorpusOptions): string[] {
  rmSync(dir, { recursive: true, force: true });
  const rand = random(options.seed ?? 20201003);
  const languageOf = (i: number) => LANGUAGES[i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : 3]!;
  // Titles first: the tickers draw from them, so most ticker headlines are the corpus's own articles.
  const titles = Array.from({ length: options.articles }, (_, i) => `${sentence(rand, languageOf(i).words, 5, 10)} ${i}`);
  const pool = options.headlines ? Array.from({ length: options.headlines }, (_, h) => `${sentence(rand, languageOf(h).words, 5, 10)} h${h}`) : undefined;
  const files: string[] = [];
  const start = Date.UTC(2019, 0, 1);
  // (DAYS days from 1 January 2019: the newest is NEWEST_DAY.)
  for (let i = 0; i < options.articles; i++) {
    const lang = languageOf(i);
    const source = lang.sources[Math.floor(rand() * lang.sources.length)]!;
    const day = new Date(start + Math.floor((i / options.articles) * DAYS) * 86400000);
    const date = `${String(day.getUTCDate()).padStart(2, "0")} - ${String(day.getUTCMonth() + 1).padStart(2, "0")} - ${day.getUTCFullYear()}`;
    const title = titles[i]!;
    const tickerItems: string[] = [];
    // Tickers show recent headlines: drawn from the 300 articles around this one.
    const tickerSize = options.ticker ?? 30;
    if (pool) {
      // Recent headlines of other pages: drawn from the stretch of the pool that matches this page's day.
      const center = Math.floor((i / options.articles) * pool.length);
      for (let k = 0; k < tickerSize; k++) tickerItems.push(pool[Math.max(0, Math.min(pool.length - 1, center - 250 + Math.floor(rand() * 500)))]!);
    } else {
      for (let k = 0; k < tickerSize; k++) tickerItems.push(titles[Math.max(0, Math.min(titles.length - 1, i - 150 + Math.floor(rand() * 300)))]!);
    }
    const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 5) }, () => `${sentence(rand, lang.words, 25, 60)}.`);
    const lines: string[] = [];
    if (i % 3 === 0) lines.push("---", `url: https://www.example-source-${i % 20}.test/articles/${i}`, `tags: [${lang.words[i % lang.words.length]}]`, "---");
    lines.push(tickerItems.join(NBSP.repeat(5)));
    lines.push(...lang.boilerplate);
    lines.push(title, lang.credit(source, date), ...paragraphs, lang.backLink);
    const file = path.join(dir, lang.code, String(Math.floor(i / 1000)).padStart(3, "0"), `article-${String(i).padStart(6, "0")}.txt`);
    files.push(file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${lines.join("\n")}\n`);
  }
  return files;
}

/** The corpus spans this many days; its newest day is NEWEST_DAY. */
const DAYS = 700;
/** Gives every file under `contentDir` the time `at` and keeps its content, as a fresh clone in CI does. */
export function touchEvery(contentDir: string, at = new Date()): void {
  for (const file of readdirSync(contentDir, { recursive: true, encoding: "utf8" })) {
    const absolute = path.join(contentDir, file);
    if (statSync(absolute).isFile()) utimesSync(absolute, at, at);
  }
}

const NEWEST_DAY = "30 - 11 - 2020";

/**
 * The update a news site's CI makes every few minutes: `count` new pages, newer than every other (of the corpus's
 * newest day, scraped at its end: so every listing gets them first), each with a ticker line of headlines never
 * seen before. `day` ("DD - MM - YYYY") puts them on another day. Returns the files written.
 */
export function writeNewest(contentDir: string, count: number, round: number, day = NEWEST_DAY): string[] {
  const rand = random(7000 + round);
  const fr = LANGUAGES[0]!;
  const dir = path.join(contentDir, "fr", "newest");
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const ticker = Array.from({ length: 30 }, (_, k) => `${sentence(rand, fr.words, 5, 10)} r${round}n${i}k${k}`);
    const lines = [
      "---",
      `url: https://www.example-source-0.test/newest/${round}/${i}`,
      `scraped_at: ${day.split(" - ").reverse().join("-")}T23:${String(round % 60).padStart(2, "0")}:00Z`,
      "---",
      ticker.join(NBSP.repeat(5)),
      ...fr.boilerplate,
      `${sentence(rand, fr.words, 5, 10)} r${round}n${i}`,
      fr.credit(fr.sources[i % fr.sources.length]!, day),
      ...Array.from({ length: 5 }, () => `${sentence(rand, fr.words, 25, 60)}.`),
      fr.backLink,
    ];
    const file = path.join(dir, `newest-${round}-${String(i).padStart(3, "0")}.txt`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    files.push(file);
  }
  return files;
}
