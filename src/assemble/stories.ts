/**
 * Story grouping: one event told by many publishers, in four languages and two scripts, is
 * one story. Its members are the site's articles and every distinct headline of every
 * ticker line (a story may have no article here at all). Grouping is a graph: two members
 * are joined on evidence, and a story is a connected group. Precision first — a wrong merge
 * is worse than a missed one — so every join needs strong evidence and passes the vetoes:
 *
 * Vetoes (any one keeps a pair apart):
 * - days apart: more than MAX_DAYS_APART between the days they were seen;
 * - different names: both name places, people or bodies of the region (the name table,
 *   across spellings and scripts) and neither names one the other does;
 * - different unknown names: both have capitalised names the table does not know, and none
 *   is shared, even as a close spelling (Uarzazat / Ouarzazate) — within Latin script;
 * - different numbers: both say significant numbers (100 and more, not years; 868.000 =
 *   868,000 = 500 ألف …) and share none.
 *
 * Evidence (any one joins a pair that passed the vetoes):
 * - same language: IDF-weighted overlap of their significant words;
 * - any languages: a shared anchor — a name (not only a country both are in), a significant
 *   number, or the consonant skeleton of an unknown name (ورزازات / Ouarzazate) — and two
 *   concepts of the news lexicon (port, expansion …), or two anchors and one concept;
 * - any languages, no anchor: four shared concepts that make most of both texts' concepts;
 * - across Latin-script languages: a shared significant number and close spellings.
 *
 * Candidate pairs share a rare token (a word, a name, a number, a skeleton, a pair of
 * concepts), so the graph is built without comparing everything with everything.
 */
import type { SiteConfig } from "../config/config.js";
import { COUNTRY_NAMES } from "../config/story-names.js";
import { languageDir } from "../config/language-lookup.js";
import type { Article, Story, StoryHeadline } from "../model/site.js";
import { hashOf } from "../cache/hash.js";
import { matchKey } from "../text/clean.js";
import { createLanguageDetector } from "../text/detect-language.js";
import { articleKeywords, headlineRecord, keywordRules, readHeadlineRecord, type HeadlineKeywordStore, type KeywordRules, type Keywords } from "../text/keywords.js";

const MAX_DAYS_APART = 3;
const SAME_LANGUAGE_THRESHOLD = 0.4;
const CROSS_LANGUAGE_TRIGRAMS = 0.12;
/** Concepts of a member whose pairs are candidate tokens. */
const RAREST_CONCEPTS = 5;
/** A token shared by more members than this says nothing about any pair of them. */
const MAX_POSTING = 200;
/** Concepts too common to count as much as the others. */
const WEAK_CONCEPTS = new Set(["c:new", "c:first", "c:rise", "c:fall", "c:government", "c:minister", "c:president", "c:record"]);

/** What one member brings to the comparison. */
interface Member {
  article: Article | null;
  text: string;
  key: string;
  lang: string;
  latin: boolean;
  /** First and last day it was seen (days since the epoch). */
  first: number;
  last: number;
  words: Set<string>;
  numbers: Set<string>;
  /** Names of the table, mentioned or implied; and those mentioned themselves. */
  entities: Set<string>;
  specific: Set<string>;
  concepts: Set<string>;
  small: Set<string>;
  skeletons: Set<string>;
  /** Its tokens for candidate pairs besides its words: names it mentions, numbers, skeletons (as written in its evidence). */
  tokens: string[];
  trigrams?: Set<string>;
}

/** A ticker line and the day of the page it was on. */
export interface TickerLine {
  headlines: readonly string[];
  date: string;
  /** The page's language, for a headline whose own cannot be told. */
  lang: string;
}

/** Why two members were joined (kiosk inspect --story). */
export interface StoryEdge {
  a: string;
  b: string;
  evidence: string;
}

export interface Grouping {
  /** Stories with at least one article, each with its headlines in every language. */
  stories: Story[];
  storyOf: Map<Article, Story>;
  /** Every distinct ticker headline that is not an article's title, with its story (null when it stands alone). */
  headlines: (StoryHeadline & { story: string | null })[];
  /** A text's match key → its story id: articles' titles and headlines. */
  storyOfText: Map<string, string>;
  /** The joins, when asked for (explain). */
  edges: StoryEdge[];
}

export interface GroupingInput {
  articles: readonly Article[];
  /** An article's keywords as the parser found them (undefined: they are worked out here). */
  keywordsOf: (article: Article) => Keywords | undefined;
  tickers: Iterable<TickerLine>;
  /** Keywords of headlines worked out before (by the parse workers, kept in the input cache); new ones are added. */
  headlineKeywords?: HeadlineKeywordStore;
  /** Record why members were joined. */
  explain?: boolean;
}

/** Longer than any headline (the longest of our 400 labelled ones has 102 characters; news sites cut theirs near 110): such a text is never a member. */
const MAX_HEADLINE_LENGTH = 200;

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export function groupStories(input: GroupingInput, config: SiteConfig): Grouping {
  let rules: KeywordRules | undefined;
  const rulesNow = () => (rules ??= keywordRules(config));
  const members: Member[] = [];
  const byKey = new Map<string, Member>();
  for (const article of input.articles) {
    const member = memberOf(article.title, article.lang, dayOf(article.date), input.keywordsOf(article) ?? articleKeywords(article, rulesNow()), article);
    members.push(member);
    if (!byKey.has(member.key)) byKey.set(member.key, member);
  }
  // Headlines: each distinct text once, seen from the first to the last day of the pages that show it.
  const detect = createLanguageDetector(config.languages);
  const headlineMembers: Member[] = [];
  const keyOfText = new Map<string, string>();
  const loners = new Map<string, Grouping["headlines"][number]>();
  const store = input.headlineKeywords;
  // A headline's keywords and detected language: worked out by the parse workers or an earlier build, or here.
  const headlineOf = (text: string) => {
    let record = store?.get(text);
    if (record === undefined) {
      record = headlineRecord(text, rulesNow(), detect);
      store?.set(text, record);
    }
    return readHeadlineRecord(record);
  };
  for (const line of input.tickers) {
    const day = dayOf(line.date);
    for (const text of line.headlines) {
      // The same headline stands on hundreds of pages: its key is worked out once.
      let key = keyOfText.get(text);
      if (key === undefined) {
        key = matchKey(text);
        keyOfText.set(text, key);
      }
      if (key === "") continue;
      if (text.length > MAX_HEADLINE_LENGTH) {
        // Not a headline but a ticker line whose separators were not recognised (or a paragraph): it would
        // contain, and so bridge, every headline it holds. It stands alone.
        if (!loners.has(key)) loners.set(key, { text, lang: line.lang, story: null });
        continue;
      }
      const known = byKey.get(key);
      if (known) {
        known.first = Math.min(known.first, day);
        known.last = Math.max(known.last, day);
        continue;
      }
      const { keywords, detected } = headlineOf(text);
      const arabic = /[\u0600-\u06FF]/.test(text);
      const lang = detected ?? (arabic === (languageDir(line.lang, config) === "rtl") ? line.lang : arabic ? "ar" : config.defaultLanguage);
      const member = memberOf(text, lang, day, keywords, null, key);
      byKey.set(key, member);
      members.push(member);
      headlineMembers.push(member);
    }
  }

  const { parent, edges } = join(members, !!input.explain);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const groups = new Map<number, Member[]>();
  members.forEach((m, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  });

  const stories: Story[] = [];
  const storyOf = new Map<Article, Story>();
  const storyOfText = new Map<string, string>();
  const storyOfMember = new Map<Member, string | null>();
  for (const group of groups.values()) {
    const articles = group.filter((m) => m.article).map((m) => m.article!);
    const headlines = group.filter((m) => !m.article).sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : 1));
    // The id of a story with articles is its oldest article's permalink path: stable when newer coverage joins.
    const oldest = [...articles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1))[0];
    const id = oldest ? oldest.path.replace(/^\/|\/$/g, "") : group.length > 1 ? `h-${hashOf(headlines[0]!.key).slice(0, 12)}` : null;
    for (const m of group) storyOfMember.set(m, id);
    if (id !== null) for (const m of group) storyOfText.set(m.key, id);
    if (!oldest) continue;
    const story: Story = { id: id!, articles, headlines: headlines.map((h) => ({ text: h.text, lang: h.lang })) };
    stories.push(story);
    for (const a of articles) storyOf.set(a, story);
  }
  return {
    stories,
    storyOf,
    headlines: [...headlineMembers.map((m) => ({ text: m.text, lang: m.lang, story: storyOfMember.get(m) ?? null })), ...loners.values()],
    storyOfText,
    edges,
  };
}

function memberOf(text: string, lang: string, day: number, keywords: Keywords, article: Article | null, key = matchKey(text)): Member {
  const member: Member = {
    article,
    text,
    key,
    lang,
    latin: keywords.latin,
    first: day,
    last: day,
    words: new Set(keywords.words),
    numbers: new Set(),
    entities: new Set(),
    specific: new Set(),
    concepts: new Set(),
    small: new Set(),
    skeletons: new Set(),
    tokens: [],
  };
  // One pass over the evidence, by its prefix (see text/keywords.ts); names, numbers and skeletons are also tokens.
  if (keywords.cross !== "") {
    for (const c of keywords.cross.split(" ")) {
      switch (c.charCodeAt(0)) {
        case 35: // "#"
          member.numbers.add(c.slice(1));
          member.tokens.push(c);
          break;
        case 110: // "n:"
          member.entities.add(c);
          break;
        case 112: // "p:"
          member.specific.add(`n:${c.slice(2)}`);
          member.tokens.push(c);
          break;
        case 99: // "c:"
          member.concepts.add(c);
          break;
        case 113: // "q:"
          member.small.add(c);
          break;
        case 115: // "s:"
          member.skeletons.add(c);
          member.tokens.push(c);
          break;
      }
    }
  }
  return member;
}

/** Union-find over the candidate pairs; with `explain`, the evidence of each join. */
function join(members: Member[], explain: boolean): { parent: number[]; edges: StoryEdge[] } {
  const documentFrequency = new Map<string, number>();
  for (const m of members) for (const w of m.words) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log(1 + members.length / (documentFrequency.get(w) ?? 1));

  // Candidate pairs share a rare token: a word of the same language, a name, a number, a skeleton, two concepts.
  const byToken = new Map<string, number[]>();
  const post = (token: string, i: number) => {
    const list = byToken.get(token);
    if (!list) byToken.set(token, [i]);
    else if (list.length <= MAX_POSTING) list.push(i);
  };
  // Pairs of concepts: of each member's rarest few only (a pair of common ones would join nothing the rules accept).
  const conceptFrequency = new Map<string, number>();
  for (const m of members) for (const c of m.concepts) conceptFrequency.set(c, (conceptFrequency.get(c) ?? 0) + 1);
  members.forEach((m, i) => {
    // Words are tokens as they are: the same word in two languages only makes one more pair to check.
    for (const w of m.words) if ((documentFrequency.get(w) ?? 0) <= 50) post(w, i);
    for (const t of m.tokens) post(t, i);
    const concepts = [...m.concepts]
      .filter((c) => !WEAK_CONCEPTS.has(c))
      .sort((a, b) => conceptFrequency.get(a)! - conceptFrequency.get(b)! || (a < b ? -1 : 1))
      .slice(0, RAREST_CONCEPTS)
      .sort();
    for (let x = 0; x < concepts.length; x++) for (let y = x + 1; y < concepts.length; y++) post(`${concepts[x]}+${concepts[y]}`, i);
  });

  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const edges: StoryEdge[] = [];
  // Each member is compared once with each earlier member it shares a usable token with: `seenBy[j] === i` marks
  // j as compared for i (no set of every pair compared, which would hold millions of entries).
  const tokensOf: string[][] = members.map(() => []);
  for (const [token, list] of byToken) {
    if (list.length > MAX_POSTING || list.length < 2) continue;
    for (const i of list) tokensOf[i]!.push(token);
  }
  const seenBy = new Int32Array(members.length).fill(-1);
  for (let i = 0; i < members.length; i++) {
    const a = members[i]!;
    for (const token of tokensOf[i]!) {
      for (const j of byToken.get(token)!) {
        if (j >= i || seenBy[j] === i) continue;
        seenBy[j] = i;
        const b = members[j]!;
        if (Math.max(a.first, b.first) - Math.min(a.last, b.last) > MAX_DAYS_APART) continue;
        if (find(i) === find(j) && !explain) continue;
        const evidence = sameStory(a, b, idf);
        if (evidence === null) continue;
        const [ri, rj] = [find(i), find(j)];
        if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
        if (explain) edges.push({ a: b.text, b: a.text, evidence });
      }
    }
  }
  return { parent, edges };
}

const shared = <T>(a: Set<T>, b: Set<T>): T[] => [...a].filter((x) => b.has(x));

/** The decision for one pair: the evidence that joins them, or null. */
export function sameStory(a: Member, b: Member, idf: (w: string) => number): string | null {
  const gap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
  if (gap > MAX_DAYS_APART) return null;

  // Different names of the table: each names something the other does not mention or imply.
  if (a.specific.size > 0 && b.specific.size > 0 && ![...a.specific].some((n) => b.entities.has(n)) && ![...b.specific].some((n) => a.entities.has(n))) return null;
  // Different unknown names, within Latin script: capitalised names the table does not know, compared by their
  // skeletons (so Uarzazat and Ouarzazate are one name), unless a name of the table is shared.
  const sameLanguage = a.lang === b.lang;
  if (a.latin && b.latin && a.skeletons.size > 0 && b.skeletons.size > 0 && shared(a.skeletons, b.skeletons).length === 0 && ![...a.entities].some((e) => b.entities.has(e))) return null;
  // Different significant numbers.
  const numbers = shared(a.numbers, b.numbers);
  if (a.numbers.size > 0 && b.numbers.size > 0 && numbers.length === 0) return null;

  if (sameLanguage) {
    // One shared word is not enough, however rare; two only when they make most of both texts.
    const words = shared(a.words, b.words);
    const overlap = weightedOverlap(a.words, b.words, idf);
    if ((words.length >= 3 && overlap >= SAME_LANGUAGE_THRESHOLD) || (words.length === 2 && overlap >= 0.6)) {
      return `shared words (${(overlap * 100).toFixed(0)}%): ${words.slice(0, 6).join(", ")}`;
    }
  }

  // Anchors: a named place, person or body both mention (a country or region counts half), a number, a skeleton.
  const names = [...new Set([...[...a.specific].filter((n) => b.entities.has(n)), ...[...b.specific].filter((n) => a.entities.has(n))])];
  const strongNames = names.filter((n) => !COUNTRY_NAMES.has(n.slice(2)));
  const skeletons = shared(a.skeletons, b.skeletons);
  const strongAnchors = strongNames.length + numbers.length + skeletons.length;
  const anchors = strongAnchors + (names.length - strongNames.length) / 2;
  const concepts = shared(a.concepts, b.concepts);
  const strong = concepts.filter((c) => !WEAK_CONCEPTS.has(c));
  const smallShared = shared(a.small, b.small).length > 0;
  const conceptWeight = strong.length + (concepts.length - strong.length) / 2 + (smallShared ? 0.5 : 0);
  const extra = (m: Member) => [...m.concepts].filter((c) => !WEAK_CONCEPTS.has(c) && !concepts.includes(c)).length;
  const conceptDice = (2 * concepts.length) / Math.max(1, a.concepts.size + b.concepts.size);
  const why = () =>
    [
      names.length && `names ${names.map((n) => n.slice(2)).join(", ")}`,
      numbers.length && `numbers ${numbers.join(", ")}`,
      skeletons.length && `spellings ${skeletons.map((s) => s.slice(2)).join(", ")}`,
      concepts.length && `concepts ${concepts.map((c) => c.slice(2)).join(", ")}`,
      smallShared && `small numbers ${shared(a.small, b.small).map((q) => q.slice(2)).join(", ")}`,
    ]
      .filter(Boolean)
      .join("; ");
  const sameDay = gap <= 1;
  // A name and two concepts; two anchors and one; a name and the one concept that is all one of them says.
  if (anchors >= 1 && conceptWeight >= 2) return why();
  if (anchors >= 2 && conceptWeight >= 1) return why();
  if (strongAnchors >= 1 && strong.length >= 1 && (extra(a) === 0 || extra(b) === 0)) return why();
  // A country and three concepts.
  if (anchors >= 0.5 && conceptWeight >= 2.5) return why();
  // No name at all: the same concepts said the same day — with the same small number, or nothing else.
  if (anchors === 0 && sameDay && strong.length >= 2 && (smallShared || (conceptWeight >= 2.5 && conceptDice >= 0.8))) return why();
  if (anchors === 0 && strong.length >= 4 && conceptDice >= 0.6) return why();

  // Latin-script languages: a shared significant number and close spellings.
  if (!sameLanguage && a.latin && b.latin && numbers.length > 0 && jaccard(trigramsOfWords(a), trigramsOfWords(b)) >= CROSS_LANGUAGE_TRIGRAMS) return `numbers ${numbers.join(", ")}; close spellings`;
  return null;
}


/** Character trigrams of a member's words: only a cross-language pair with a shared number needs them, so they are made then. */
function trigramsOfWords(m: Member): Set<string> {
  if (!m.trigrams) {
    m.trigrams = new Set<string>();
    for (const w of m.words) for (const t of trigramsOf(w)) m.trigrams.add(t);
  }
  return m.trigrams;
}

/** Dice coefficient of two word sets, each word weighted by its inverse document frequency. */
function weightedOverlap(a: Set<string>, b: Set<string>, idf: (w: string) => number): number {
  let sharedWeight = 0;
  let total = 0;
  for (const w of a) {
    total += idf(w);
    if (b.has(w)) sharedWeight += 2 * idf(w);
  }
  for (const w of b) total += idf(w);
  return total === 0 ? 0 : sharedWeight / total;
}

function trigramsOf(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) out.add(word.slice(i, i + 3));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const x of a) if (b.has(x)) count++;
  const union = a.size + b.size - count;
  return union === 0 ? 0 : count / union;
}
