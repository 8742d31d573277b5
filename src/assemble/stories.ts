/**
 * Story grouping: articles about the same event, from several sources and in
 * several languages, form one story. Precision first — a wrong merge is worse
 * than a missed one — so two articles join only on strong evidence:
 *
 * - same language: IDF-weighted overlap of the significant words of their
 *   titles and ledes, published within a few days of each other;
 * - across French, Spanish and English: a shared significant number (868.000
 *   = 868,000 = 868 000; not a year) and shared names or character trigrams of
 *   accent-folded words ("records d'arrivées … 868.000 passagers" /
 *   "récords de llegadas … 868,000 pasajeros").
 *
 * Arabic joins stories within Arabic only: the rules have no reliable
 * cross-script evidence but numbers, and numbers alone are not enough.
 */
import type { SiteConfig } from "../config/config.js";
import type { Article, Story } from "../model/site.js";
import { articleKeywords, keywordStopwords, type Keywords } from "../text/keywords.js";

/** What one article brings to the comparison. */
interface Features {
  article: Article;
  day: number;
  latin: boolean;
  words: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
  /** Made when first needed (see trigramsOfWords). */
  trigrams?: Set<string>;
}

const MAX_DAYS_APART = 3;
const SAME_LANGUAGE_THRESHOLD = 0.4;
const CROSS_LANGUAGE_TRIGRAMS = 0.12;

/** `keywordsOf` gives an article's keywords as the parser found them (undefined: they are worked out here). */
export function groupStories(articles: readonly Article[], config: SiteConfig, keywordsOf: (article: Article) => Keywords | undefined): { stories: Story[]; storyOf: Map<Article, Story> } {
  // Keywords come from the parser (kept in the input cache); an article made otherwise gets them here.
  let stopwords: Set<string> | undefined;
  const features = articles.map((a) => featuresOf(a, keywordsOf(a) ?? articleKeywords(a, (stopwords ??= keywordStopwords(config)))));
  const documentFrequency = new Map<string, number>();
  for (const f of features) for (const w of f.words) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + features.length / (documentFrequency.get(w) ?? 1));

  // Candidate pairs share a significant number or a rare word: no need to compare everything with everything.
  const byToken = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const token of [...f.numbers].map((n) => `#${n}`).concat([...f.words].filter((w) => (documentFrequency.get(w) ?? 0) <= 50))) {
      const list = byToken.get(token);
      if (list) list.push(i);
      else byToken.set(token, [i]);
    }
  });

  const parent = features.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const compared = new Set<number>();
  for (const list of byToken.values()) {
    if (list.length > 200) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        // Articles are newest first, so once a pair is too far apart in time, the rest of the list is too.
        if (features[i]!.day - features[j]!.day > MAX_DAYS_APART) break;
        const key = i * features.length + j;
        if (compared.has(key)) continue;
        compared.add(key);
        if (sameStory(features[i]!, features[j]!, idf)) {
          const [ri, rj] = [find(i), find(j)];
          if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
  }

  const groups = new Map<number, Article[]>();
  features.forEach((f, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), f.article]));
  const stories: Story[] = [];
  const storyOf = new Map<Article, Story>();
  for (const members of groups.values()) {
    // The story's id is its oldest article's permalink path: stable when newer coverage joins.
    const oldest = [...members].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1))[0]!;
    const story: Story = { id: oldest.path.replace(/^\/|\/$/g, ""), articles: members };
    stories.push(story);
    for (const a of members) storyOf.set(a, story);
  }
  return { stories, storyOf };
}

/** The decision for one pair of articles. */
function sameStory(a: Features, b: Features, idf: (w: string) => number): boolean {
  if (Math.abs(a.day - b.day) > MAX_DAYS_APART) return false;
  // Names (places, people, institutions) both texts have but do not share mean two events: "Agadir" is not
  // "Marrakech". Across languages a name may be spelt differently ("Uarzazat" / "Ouarzazate"): close enough counts.
  const sameLanguage = a.article.lang === b.article.lang;
  const sharedName = [...a.names].some((n) => b.names.has(n) || (!sameLanguage && [...b.names].some((m) => jaccard(trigramsOf(n), trigramsOf(m)) >= 0.5)));
  if (a.names.size > 0 && b.names.size > 0 && !sharedName) return false;
  if (a.article.lang === b.article.lang) return weightedOverlap(a.words, b.words, idf) >= SAME_LANGUAGE_THRESHOLD;
  if (!a.latin || !b.latin) return false;
  const sharedNumber = [...a.numbers].some((n) => b.numbers.has(n));
  if (!sharedNumber) return false;
  return sharedName || jaccard(trigramsOfWords(a), trigramsOfWords(b)) >= CROSS_LANGUAGE_TRIGRAMS;
}

function featuresOf(article: Article, keywords: Keywords): Features {
  return {
    article,
    day: Date.parse(`${article.date}T00:00:00Z`) / 86_400_000,
    latin: keywords.latin,
    words: new Set(keywords.words),
    numbers: new Set(keywords.numbers),
    names: new Set(keywords.names),
  };
}

/** Character trigrams of an article's words: only a cross-language pair with a shared number needs them, so they are made then. */
function trigramsOfWords(f: Features): Set<string> {
  if (!f.trigrams) {
    f.trigrams = new Set<string>();
    for (const w of f.words) for (const t of trigramsOf(w)) f.trigrams.add(t);
  }
  return f.trigrams;
}

/** Dice coefficient of two word sets, each word weighted by its inverse document frequency. */
function weightedOverlap(a: Set<string>, b: Set<string>, idf: (w: string) => number): number {
  let shared = 0;
  let total = 0;
  for (const w of a) {
    total += idf(w);
    if (b.has(w)) shared += 2 * idf(w);
  }
  for (const w of b) total += idf(w);
  return total === 0 ? 0 : shared / total;
}

function trigramsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) out.add(word.slice(i, i + 3));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
