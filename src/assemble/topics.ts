/**
 * Related by topic: for each article, the few others of the same language that share its
 * rarest significant words and a subject — a name of the region's table (the same port, the
 * same club; a country is not a subject) or two concepts of the news lexicon (prices and
 * fuel) — other events on the same subject, so neither its own story (listed as "also
 * covered by") nor its own source (listed as "more from"), within a couple of months.
 */
import { COUNTRY_NAMES } from "../config/story-names.js";
import type { Article } from "../model/site.js";
import type { Keywords } from "../text/keywords.js";

/** Words on more articles than this say nothing about a topic. */
const MAX_WORD_ARTICLES = 40;
const MAX_DAYS_APART = 60;
const MIN_SHARED_WORDS = 2;

export function topicalRelations(articles: readonly Article[], keywordsOf: (a: Article) => Keywords | undefined, count: number): Map<Article, Article[]> {
  const words = articles.map((a) => new Set(keywordsOf(a)?.words ?? []));
  // Subjects: the names an article mentions (countries aside) and its concepts.
  const subjects = articles.map((a) => {
    const cross = keywordsOf(a)?.cross ?? "";
    return new Set(cross === "" ? [] : cross.split(" ").filter((c) => (c.startsWith("p:") && !COUNTRY_NAMES.has(c.slice(2))) || c.startsWith("c:")));
  });
  const sameSubject = (i: number, j: number): boolean => {
    let concepts = 0;
    for (const s of subjects[i]!) {
      if (!subjects[j]!.has(s)) continue;
      if (s.startsWith("p:")) return true;
      if (++concepts >= 2) return true;
    }
    return false;
  };
  const frequency = new Map<string, number>();
  for (const set of words) for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      if ((frequency.get(w) ?? 0) > MAX_WORD_ARTICLES || frequency.get(w) === 1) continue;
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const day = (a: Article) => Date.parse(`${a.date}T00:00:00Z`) / 86_400_000;
  const out = new Map<Article, Article[]>();
  articles.forEach((article, i) => {
    const scores = new Map<number, { score: number; shared: number }>();
    for (const w of words[i]!) {
      const list = byWord.get(w);
      if (!list) continue;
      const weight = Math.log(articles.length / list.length);
      for (const j of list) {
        if (j === i) continue;
        const entry = scores.get(j) ?? { score: 0, shared: 0 };
        entry.score += weight;
        entry.shared++;
        scores.set(j, entry);
      }
    }
    const picked = [...scores]
      .filter(([j, s]) => {
        const other = articles[j]!;
        return (
          s.shared >= MIN_SHARED_WORDS &&
          sameSubject(i, j) &&
          other.lang === article.lang &&
          other.story !== article.story &&
          other.sourceKey !== article.sourceKey &&
          Math.abs(day(other) - day(article)) <= MAX_DAYS_APART
        );
      })
      // Best match first; ties: the newer, then the site's order (articles are newest first).
      .sort(([a, x], [b, y]) => y.score - x.score || a - b)
      .slice(0, count)
      .map(([j]) => articles[j]!);
    if (picked.length > 0) out.set(article, picked);
  });
  return out;
}
