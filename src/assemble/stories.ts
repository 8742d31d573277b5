/**
 * Story grouping: one event told by many publishers, in four languages and two scripts, is
 * one story. Its members are the site's articles and every distinct headline of every
 * ticker line (a story may have no article here at all). Grouping is a graph: two members
 * are joined on evidence, and a story is a connected group. Whether two members are joined
 * (the vetoes and the evidence) is story-decision.ts; this file makes the members, the
 * candidate pairs, the groups, and regroups only what changed since the last build.
 *
 * Candidate pairs share a rare token (a word, a name, a number, a figure or a date, a skeleton, a pair of
 * concepts), so the graph is built without comparing everything with everything.
 */
import type { SiteConfig } from "../config/config.js";
import { EXCLUSIVE_KINDS, PASSING_PHRASES, QUIET_CONCEPT_IDS, WEAK_CONCEPT_IDS } from "../config/story-concepts.js";
import { CLUB_NAMES, COMPANY_NAMES, COUNTRY_NAMES, GATHERING_NAMES, NATION_NAMES, PERSON_NAMES } from "../config/story-names.js";
import { languageDir } from "../config/language-lookup.js";
import type { Article, SiteHeadline, Story } from "../model/site.js";
import { hashOf } from "../util/hash.js";
import { splitBridges } from "./story-bridges.js";
import type { StoryGraphState } from "./story-graph-state.js";
import { Interner } from "../util/interner.js";
import { MAX_DAYS_APART, type Member, sameStory, type TokenTable, type Weights } from "./story-decision.js";
import { isFigure } from "./story-figures.js";
import { matchKey } from "../text/clean.js";
import { createLanguageDetector } from "../text/detect-language.js";
import { isLexiconWord, type StoryTables } from "../text/story-features.js";
import { STORY_STATE_FORMAT } from "../incremental/code-versions.js";
import { bodyOf } from "../cache/body-store.js";
import {
  articleKeywords,
  headlineRecord,
  keywordRules,
  readHeadlineRecord,
  titleRecord,
  type HeadlineKeywordStore,
  type KeywordRules,
  type Keywords,
} from "../text/keywords.js";

/** Concepts of a member whose pairs are candidate tokens. */
const RAREST_CONCEPTS = 5;
/** A token shared by more members of a member's weeks (see LOCAL_DAYS) than this says nothing about any pair of them. */
const MAX_POSTING = 200;
/**
 * A word shared by more members of its weeks than this makes no candidate pair (it still weighs in the overlap). Two
 * concepts said together by more than MAX_PAIR_POSTING make none: most texts say two or three of the lexicon's, so
 * their pairs are common. (Counted in the weeks, the site's limits — 50 and 200 — made far more pairs: on the bench's
 * 4,000 articles of random words, 302,722 pairs decided instead of 8,938 with the site's counts, and chains of a
 * hundred articles whose ledes each say most of thirty words; with these, 15,928 pairs, and 92,688 instead of 75,711
 * for 120,000 members. The labelled sets give the same figures with these limits as with the site's.)
 */
const MAX_WORD_POSTING = 20;
const MAX_PAIR_POSTING = 10;
/**
 * Counts are local in time: a word weighs, a concept ranks and a token makes candidate pairs by how many members have
 * it among those first seen within LOCAL_DAYS of a member's first day — how rare it is in the news of those weeks,
 * not in the archive. So an archive's years do not make a name too common to join its week's coverage, a burst of
 * an election month makes "élections" common in that month only, and a new page changes the counts, and so the
 * decisions, of the members of its own weeks only: last year's stories stay as they were (incremental regrouping).
 */
const LOCAL_DAYS = 30;
/**
 * A word weighs by its count in bands of powers of two, against a fixed reference size rather than the site's:
 * a new page changes a weight only when it moves a word into another band; and weights are integers, so a sum
 * does not depend on the order of the words.
 */
const REFERENCE_MEMBERS = 10_000;
/** 0 for none, 1 for one, 2 for two or three, 3 for four to seven … */
const bandOf = (count: number): number => 32 - Math.clz32(count);
const WEIGHT_OF_BAND = Int32Array.from({ length: 33 }, (_, band) => (band === 0 ? 0 : Math.round(1000 * Math.log(1 + REFERENCE_MEMBERS / 2 ** (band - 1)))));
/** A member's match key says that a person died (see PASSING_PHRASES): the phrases as whole words of the key. */
const PASSING = new RegExp(` (?:${PASSING_PHRASES.map((p) => matchKey(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}) `, "u");
/** Concepts too common to count as much as the others. */
const WEAK_CONCEPTS = new Set([...WEAK_CONCEPT_IDS].map((id) => `c:${id}`));
const QUIET_CONCEPTS = new Set([...QUIET_CONCEPT_IDS].map((id) => `c:${id}`));

const NONE: readonly number[] = [];
/** A member's word weights until the grouping works them out (see localCounts). */
const NO_WEIGHTS: readonly number[] = [];

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
  /** Every distinct ticker headline that is not an article's title, with its story (null when it stands alone), once for each stretch of days it was seen. */
  headlines: SiteHeadline[];
  /**
   * A text's match key → its story id: articles' titles and headlines (of a text seen again weeks later, which is
   * several members, the story of its first member with one: see storyOn).
   */
  storyOfText: Map<string, string>;
  /** The story of a text's member nearest a day (YYYY-MM-DD): null when it stands alone, undefined when it is no member. */
  storyOn(key: string, date: string): string | null | undefined;
  /** The joins, when asked for (explain). */
  edges: StoryEdge[];
  /** The match key of a text of a ticker line (worked out once per build, mostly by the parse workers). */
  keyOf(text: string): string;
  /** The match keys of every ticker line's texts (each once, but for a rare text both a headline and too long for one). */
  tickerKeys(): Iterable<string>;
  /** Whether a text is on some ticker line. */
  isTickerText(text: string): boolean;
  /** What the next grouping may start from. */
  state: StoryGraphState;
  /** How many members' pairs were decided (all of them, unless it started from a last state), of how many. */
  regrouped: number;
  members: number;
  /** How long grouping took. */
  durationMs: number;
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
  /** The last grouping's state: only what changed since is grouped again. */
  previous?: StoryGraphState;
}

/** A headline a ticker cut short: it ends with an ellipsis. */
const CUT = /(?:…|\.\.\.)\s*$/;

/** Longer than any headline (the longest of our 400 labelled ones has 102 characters; news sites cut theirs near 110): such a text is never a member. */
const MAX_HEADLINE_LENGTH = 200;

/**
 * A text of the site by its match key: the articles whose title it is, and, when ticker lines show it, the stretches
 * of days they do and (a text no article has) its own members, one for each stretch. `member`: the headline's member,
 * made when the text is first met (null for a title of the site); it is the first own member, and a second stretch's
 * member is a copy with other days.
 * (A hundred thousand headlines have one stretch and one member each: no array of their own.)
 */
interface Keyed {
  key: string;
  text: string;
  /** The language of the page it was first seen on (of the article, for a title). */
  pageLang: string;
  articles: Member[];
  member: Member | null;
  /** The stretch being widened (days are met newest first; NaN: not seen), and those before it (first, last, …). */
  first: number;
  last: number;
  done: number[] | null;
  /** Whether `member` is an own member, and the copies of it for other stretches. */
  owned: boolean;
  copies: Member[] | null;
}
const NO_MEMBERS: Member[] = [];
const newEntry = (key: string, text: string, pageLang: string, articles: Member[], member: Member | null): Keyed => ({
  key,
  text,
  pageLang,
  articles,
  member,
  first: Number.NaN,
  last: Number.NaN,
  done: null,
  owned: false,
  copies: null,
});

/** A date's day (since the epoch): a site's 600,000 ticker lines and articles are on a few hundred dates. */
const days = new Map<string, number>();
const dayOf = (date: string): number => {
  let day = days.get(date);
  if (day === undefined) {
    day = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    if (days.size >= 100_000) days.clear();
    days.set(date, day);
  }
  return day;
};

export function groupStories(input: GroupingInput, config: SiteConfig): Grouping {
  const started = performance.now();
  let rules: KeywordRules | undefined;
  const rulesNow = () => (rules ??= keywordRules(config));
  const previous = input.explain ? undefined : usableState(input.previous);
  const table: TokenTable = new Interner(previous?.tokens);
  const members: Member[] = [];
  // Each member's id in the state ("a" and an article's path, "h" and a headline's key).
  const ids: string[] = [];
  // Each text's entry, by its match key: the articles whose title it is, and (a text of ticker lines) its own
  // members — one for each stretch of days it was seen but those near an article's day (see the ticker lines below).
  const keyed = new Map<string, Keyed>();
  for (const article of input.articles) {
    const member = memberOf(
      table,
      article.title,
      article.lang,
      dayOf(article.date),
      input.keywordsOf(article) ?? articleKeywords({ title: article.title, body: bodyOf(article) }, rulesNow()),
      article,
    );
    members.push(member);
    ids.push(`a${article.path}`);
    const entry = keyed.get(member.key);
    if (entry) entry.articles.push(member);
    else keyed.set(member.key, newEntry(member.key, article.title, article.lang, [member], null));
  }
  const isTitle = (key: string) => (keyed.get(key)?.articles.length ?? 0) > 0;
  // Headlines: each distinct text once for each stretch of days it was seen.
  const detect = createLanguageDetector(config.languages);
  const headlineMembers: Member[] = [];
  const loners = new Map<string, Grouping["headlines"][number]>();
  const store = input.headlineKeywords;
  // A headline's key, keywords and detected language: worked out by the parse workers or an earlier build, or here.
  // A title of the site needs only its key (see titleRecord): its keywords are worked out only when no article has it.
  const headlineOf = (text: string) => {
    const record = store?.get(text);
    if (record !== undefined) {
      const read = readHeadlineRecord(record);
      if (read.keywords !== undefined || isTitle(read.key)) return read;
    } else {
      const key = matchKey(text);
      if (isTitle(key)) {
        store?.set(text, titleRecord(key));
        return { key, keywords: undefined, detected: undefined };
      }
    }
    const worked = headlineRecord(text, rulesNow(), detect);
    store?.set(text, worked);
    return readHeadlineRecord(worked);
  };
  /** A headline's member (days to be set), in the language its words show or else its page's. */
  const headlineMemberOf = (text: string, pageLang: string, read: ReturnType<typeof headlineOf>): Member => {
    const { key, keywords, detected } = read;
    if (keywords === undefined) throw new Error(`no keywords for the headline "${text}"`);
    const arabic = /[\u0600-\u06FF]/.test(text);
    const lang = detected ?? (arabic === (languageDir(pageLang, config) === "rtl") ? pageLang : arabic ? "ar" : config.defaultLanguage);
    return memberOf(table, text, lang, Number.NaN, keywords, null, key);
  };
  /** The entry of a text of a ticker line; null: no member (no words, or not a headline). */
  const entryOf = (text: string, pageLang: string): Keyed | null => {
    if (text.length > MAX_HEADLINE_LENGTH) {
      // Not a headline but a ticker line whose separators were not recognised (or a paragraph): it would
      // contain, and so bridge, every headline it holds. It stands alone.
      const key = matchKey(text);
      if (key !== "" && !loners.has(key)) loners.set(key, { text, lang: pageLang, story: null, first: null, last: null });
      return null;
    }
    const read = headlineOf(text);
    if (read.key === "") return null;
    let entry = keyed.get(read.key);
    // (A text no entry has is no title: its member is made now, so its keywords read are garbage at once.)
    if (!entry) keyed.set(read.key, (entry = newEntry(read.key, text, pageLang, NO_MEMBERS, headlineMemberOf(text, pageLang, read))));
    return entry;
  };
  // The same headline stands on hundreds of pages: each text is looked at once, then only its days are noted, newest
  // first. A day more than MAX_DAYS_APART before the stretch it would extend begins another: a headline seen again
  // weeks later ("Bourse de Casablanca : ouverture en hausse") is another member, not one seen every day between —
  // which would be compared with, and could bridge, every story of those weeks.
  const entryOfText = new Map<string, Keyed | null>();
  const seen: Keyed[] = [];
  for (const { line, day } of newestFirst(input.tickers)) {
    for (const text of line.headlines) {
      let entry = entryOfText.get(text);
      if (entry === undefined) {
        entryOfText.set(text, (entry = entryOf(text, line.lang)));
        if (entry && Number.isNaN(entry.first) && entry.done === null) seen.push(entry);
      }
      if (entry === null) continue;
      if (Number.isNaN(entry.first)) {
        entry.first = entry.last = day;
      } else if (day < entry.first - MAX_DAYS_APART) {
        (entry.done ??= []).push(entry.first, entry.last);
        entry.first = entry.last = day;
      } else if (day < entry.first) entry.first = day;
    }
  }
  // A title of the site is its article: a stretch near the article's day widens the article's days, one far from it
  // adds nothing (pages scraped weeks later show the site's ticker of that day; the article's day is its event's).
  // A headline has a member for each stretch (the first by the key, the others by the key and their first day).
  const stretch = (entry: Keyed, first: number, last: number) => {
    if (entry.articles.length > 0) {
      const near = entry.articles.find((m) => Math.max(m.first, first) - Math.min(m.last, last) <= MAX_DAYS_APART);
      if (near) {
        near.first = Math.min(near.first, first);
        near.last = Math.max(near.last, last);
      }
      return;
    }
    if (!entry.member) throw new Error(`no member for the headline "${entry.text}"`);
    const member = entry.owned ? { ...entry.member } : entry.member;
    member.first = first;
    member.last = last;
    ids.push(entry.owned ? `h${entry.key}@${first}` : `h${entry.key}`);
    if (entry.owned) (entry.copies ??= []).push(member);
    entry.owned = true;
    members.push(member);
    headlineMembers.push(member);
  };
  for (const entry of seen) {
    if (entry.done) for (let k = 0; k < entry.done.length; k += 2) stretch(entry, entry.done[k]!, entry.done[k + 1]!);
    stretch(entry, entry.first, entry.last);
  }

  const { roots: rootOf, edges, state, regrouped } = join(members, ids, table, !!input.explain, previous, () => rulesNow().tables);
  // A group's root is its first member (joins keep the smaller root). Most members stand alone: only groups of
  // two or more are collected, as indexes.
  const n = members.length;
  const size = new Int32Array(n);
  for (const r of rootOf) size[r]!++;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = rootOf[i]!;
    if (size[r]! > 1) {
      const group = groups.get(r);
      if (group) group.push(i);
      else groups.set(r, [i]);
    }
  }

  // Stories in the order of their first member.
  const stories: Story[] = [];
  const storyOf = new Map<Article, Story>();
  const storyOfMember = new Map<Member, string>();
  // A text's story: that of its first member in this order with one.
  const storyOfText = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    if (rootOf[i] !== i) continue;
    // (A headline alone is no story: most members are.)
    if (size[i] === 1 && !members[i]!.article) continue;
    const group = groups.get(i) ?? [i];
    const articles = group.filter((k) => members[k]!.article).map((k) => members[k]!.article!);
    const headlines = group
      .filter((k) => !members[k]!.article)
      .sort((x, y) => members[x]!.first - members[y]!.first || (members[x]!.key < members[y]!.key ? -1 : members[x]!.key > members[y]!.key ? 1 : x - y));
    // The id of a story with articles is its oldest article's permalink path: stable when newer coverage joins; that
    // of a story of headlines only, of its first headline's member (a text's member of other days may be in another).
    const oldest =
      articles.length === 1 ? articles[0] : [...articles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1))[0];
    const id = oldest ? oldest.path.replace(/^\/|\/$/g, "") : group.length > 1 ? `h-${hashOf(ids[headlines[0]!]!.slice(1)).slice(0, 12)}` : null;
    if (id === null) continue;
    for (const k of group) {
      storyOfMember.set(members[k]!, id);
      if (!storyOfText.has(members[k]!.key)) storyOfText.set(members[k]!.key, id);
    }
    if (!oldest) continue;
    // (Each text once: a text seen again weeks later is two members, which other members may join into one story.)
    const texts = new Set<string>();
    const versions = headlines.map((k) => members[k]!).filter((h) => !texts.has(h.key) && texts.add(h.key));
    const story: Story = { id, articles, headlines: versions.map((h) => ({ text: h.text, lang: h.lang })) };
    stories.push(story);
    for (const a of articles) storyOf.set(a, story);
  }
  return {
    stories,
    storyOf,
    headlines: [
      ...headlineMembers.map((m) => ({ text: m.text, lang: m.lang, story: storyOfMember.get(m) ?? null, first: dateOf(m.first), last: dateOf(m.last) })),
      ...loners.values(),
    ],
    storyOfText,
    storyOn: (key, date) => {
      const entry = keyed.get(key);
      if (!entry) return undefined;
      if (entry.articles.length + (entry.owned ? 1 : 0) === 1 && !entry.copies)
        return storyOfMember.get(entry.owned ? entry.member! : entry.articles[0]!) ?? null;
      const same = [...entry.articles, ...(entry.owned ? [entry.member!, ...(entry.copies ?? [])] : [])];
      // The member whose days are nearest the day (its own when the text was seen then).
      const day = dayOf(date);
      const gap = (m: Member) => Math.max(0, m.first - day, day - m.last);
      const nearest = same.reduce((best, m) => (gap(m) < gap(best) ? m : best));
      return storyOfMember.get(nearest) ?? null;
    },
    edges,
    keyOf: (text) => entryOfText.get(text)?.key ?? matchKey(text),
    *tickerKeys() {
      yield* loners.keys();
      for (const entry of seen) yield entry.key;
    },
    isTickerText: (text) => entryOfText.has(text),
    state,
    regrouped,
    members: n,
    durationMs: performance.now() - started,
  };
}

/** A day (since the epoch) as YYYY-MM-DD; null for a page without a usable date. */
const dates = new Map<number, string>();
const dateOf = (day: number): string | null => {
  if (!Number.isFinite(day)) return null;
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (dates.size >= 100_000) dates.clear();
    dates.set(day, date);
  }
  return date;
};

/** Ticker lines with their days, newest first (as a site gives them; sorted when not, lines of one day in their order). */
function newestFirst(tickers: Iterable<TickerLine>): { line: TickerLine; day: number }[] {
  const out: { line: TickerLine; day: number }[] = [];
  let sorted = true;
  for (const line of tickers) {
    const day = dayOf(line.date);
    if (out.length > 0 && !(day <= out[out.length - 1]!.day)) sorted = false;
    out.push({ line, day });
  }
  // (A day that is not a number, of a page without a usable date, goes last.)
  const order = (day: number) => (Number.isFinite(day) ? day : Number.NEGATIVE_INFINITY);
  return sorted ? out : out.sort((a, b) => order(b.day) - order(a.day) || 0);
}

function memberOf(table: TokenTable, text: string, lang: string, day: number, keywords: Keywords, article: Article | null, key = matchKey(text)): Member {
  const words = new Int32Array(keywords.words.length);
  for (let i = 0; i < keywords.words.length; i++) words[i] = table.id(keywords.words[i]!);
  words.sort();
  // The evidence in one pass, by its prefix (see text/keywords.ts). A name mentioned ("p:x") is kept as the
  // name's id ("n:x"), so that what one member mentions is compared with what the other mentions or implies.
  let numbers = NONE as number[];
  let approximate = NONE as number[];
  let entities = NONE as number[];
  let specific = NONE as number[];
  let concepts = NONE as number[];
  let small = NONE as number[];
  let skeletons = NONE as number[];
  let fullNames = NONE as number[];
  let counts = NONE as number[];
  let districts = NONE as number[];
  if (keywords.cross !== "") {
    for (const c of keywords.cross.split(" ")) {
      switch (c.charCodeAt(0)) {
        case 35: // "#" ("#~", "#>": approximate)
          if (c.charCodeAt(1) === 126 || c.charCodeAt(1) === 62) approximate = addId(approximate, table.id(c));
          else numbers = addId(numbers, table.id(c));
          break;
        case 110: // "n:"
          entities = addId(entities, table.id(c));
          break;
        case 112: // "p:"
          specific = addId(specific, table.id(`n:${c.slice(2)}`));
          break;
        case 99: // "c:"
          concepts = addId(concepts, table.id(c));
          break;
        case 113: // "q:"
          small = addId(small, table.id(c));
          break;
        case 115: // "s:"
          skeletons = addId(skeletons, table.id(c));
          break;
        case 109: // "m:"
          fullNames = addId(fullNames, table.id(c));
          break;
        case 107: // "k:"
          counts = addId(counts, table.id(c));
          break;
        case 100: // "d:"
          districts = addId(districts, table.id(c));
          break;
      }
    }
  }
  return {
    article,
    text,
    key,
    lang,
    figures: counts === NONE ? NONE : counts.filter((k) => isFigure(table.text[k]!)),
    dates: counts === NONE ? NONE : counts.filter((k) => table.text[k]!.startsWith("k:month-")),
    latin: keywords.latin,
    cut: CUT.test(text),
    first: day,
    last: day,
    words: dedupeSorted(words),
    weights: NO_WEIGHTS,
    numbers,
    approximate,
    entities,
    specific,
    concepts,
    small,
    skeletons,
    fullNames,
    counts,
    districts,
    // (Worked out when a decision first needs them; present from the start, so that every member has one shape.)
    trigrams: undefined,
    capitals: undefined,
    marks: undefined,
    kindMarks: undefined,
  };
}

/** A list of ids with `id` (NONE, the empty list, is never added to: a list of its own is made). */
function addId(list: number[], id: number): number[] {
  if (list === NONE) return [id];
  if (!list.includes(id)) list.push(id);
  return list;
}

function dedupeSorted(ids: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[n++] = ids[i]!;
  return n === ids.length ? ids : ids.slice(0, n);
}

/**
 * The tokens of a member whose counts the decisions read (see tokenCode), its words first and its concepts next (so
 * that `join` finds their counts at the start of the member's): counted around each member's days in `join`, where
 * their codes make part of the member's fingerprint, and in the site for `touched` — one list, so they cannot disagree.
 */
const countedTokens = (m: Member): readonly (readonly number[] | Int32Array)[] => [
  m.words,
  m.concepts,
  m.numbers,
  m.approximate,
  m.specific,
  m.skeletons,
  m.fullNames,
  m.figures,
  m.dates,
];

/**
 * What a token's count around a member's days makes of it, as far as the decisions go: its band (a word's weight, a
 * concept's rank) and whether it makes candidate pairs as a word (MAX_WORD_POSTING) or as any other token.
 */
const tokenCode = (count: number): number => bandOf(count) * 4 + (count <= MAX_WORD_POSTING ? 2 : 0) + (usable(count) ? 1 : 0);
const usable = (count: number) => count >= 2 && count <= MAX_POSTING;

/**
 * Union-find over the candidate pairs; with `explain`, the evidence of each join. With the last grouping's
 * state (and `ids` naming the members as it does), only the pairs of members whose evidence, days or tokens
 * changed, or whose last group held such a member or lost one, are decided again (see story-graph-state.ts).
 */
function join(
  members: Member[],
  ids: string[],
  table: TokenTable,
  explain: boolean,
  previous: StoryGraphState | undefined,
  tables: () => StoryTables,
): { roots: Int32Array; edges: StoryEdge[]; state: StoryGraphState; regrouped: number } {
  const n = members.length;
  const weak = new Set([...WEAK_CONCEPTS].map((c) => table.id(c)));
  const quiet = new Set([...QUIET_CONCEPTS].map((c) => table.id(c)));
  const prices = new Set(["c:price", "c:currency"].map((c) => table.id(c)));
  const gatherings = new Set([...GATHERING_NAMES].map((c) => table.id(`n:${c}`)));
  const countries = new Set([...COUNTRY_NAMES].map((c) => table.id(`n:${c}`)));
  const nations = new Set([...NATION_NAMES].map((c) => table.id(`n:${c}`)));
  const clubs = new Set([...CLUB_NAMES].map((c) => table.id(`n:${c}`)));
  const companies = new Set([...[...COMPANY_NAMES].map((c) => table.id(`n:${c}`)), ...clubs]);
  const people = new Set([...PERSON_NAMES].map((c) => table.id(`n:${c}`)));
  const actors = new Set([...companies, ...people]);
  const starts = new Set(["c:opening", "c:launch", "c:in-force"].map((c) => table.id(c)));
  const ends = new Set(["c:ending", "c:closure"].map((c) => table.id(c)));
  // A line extended and a line enlarged ("prolongé", "extension"), a plant enlarged and its capacity doubled ("ampliará
  // su desaladora", "duplicará su capacidad"): one thing said two ways.
  const grows = new Set(["c:extension", "c:expansion", "c:double"].map((c) => table.id(c)));
  // Support and aid to the quake's victims ("الدعم", "المساعدات").
  const helps = new Set(["c:support", "c:aid"].map((c) => table.id(c)));
  // A city that receives a summit and one that hosts it ("Rabat accueille", "الرباط تحتضن").
  const hosts = new Set(["c:receive", "c:host"].map((c) => table.id(c)));
  // An airline's new route and its flights there ("ouvre une ligne directe Casablanca-Toronto", "lancera des vols vers
  // Toronto").
  const links = new Set(["c:route", "c:flight"].map((c) => table.id(c)));
  // Work resumed, work back, a stadium open again ("تستأنف الإنتاج", "عودة نشاط إنتاج", "accueille de nouveau").
  const resumes = new Set(["c:resume", "c:return", "c:again"].map((c) => table.id(c)));
  // A crisis of bread and a shortage of it ("أزمة الخبز", "نقص في مادة الخبز").
  const shortages = new Set(["c:crisis", "c:shortage"].map((c) => table.id(c)));
  // Crossings cancelled and links suspended ("annule plusieurs traversées", "liaisons suspendues").
  const halts = new Set(["c:cancel", "c:suspend"].map((c) => table.id(c)));
  // Public money squandered and corruption ("تبديد أموال عمومية", "قضية فساد"): one case told two ways.
  const grafts = new Set(["c:corruption", "c:embezzlement"].map((c) => table.id(c)));
  // The government and its weekly council ("le Conseil de gouvernement adopte", "le gouvernement approuve").
  const governs = new Set(["c:government", "c:council-of-government", "c:council-of-ministers"].map((c) => table.id(c)));
  // Talks and a meeting of the same two people ("s'entretient avec … Albares", "Bourita y Albares se reúnen").
  const meets = new Set(["c:talks", "c:meeting"].map((c) => table.id(c)));
  // A bill and the law it becomes ("le projet de loi sur les hydrocarbures", "la loi sur les hydrocarbures").
  const laws = new Set(["c:bill", "c:law"].map((c) => table.id(c)));
  // At a party's head, and its secretary-general ("réélu à la tête du PJD", "أمينا عاما لحزب العدالة والتنمية").
  const heads = new Set(["c:chair", "c:secretary-general"].map((c) => table.id(c)));
  // The teachers, and the sector that strikes ("تنسيقيات التعليم تعلن إضرابا", "الأساتذة يخوضون إضرابا").
  const schools = new Set(["c:teacher", "c:education"].map((c) => table.id(c)));
  // Each token's family (1 a beginning, 2 an end, 3 a growth, 4 help, 5 a welcome, 6 a link, 7 a resumption, 8 a
  // shortage, 9 a halt, 10 graft, 11 the government, 12 talks, 13 a law, 14 a head, 15 schools; 0 none): one thing said in several words. (Not a
  // reception: "Bourita receives" and "Bourita holds talks" the same day are most often two counterparts.)
  const family = new Uint8Array(table.size);
  for (const [k, set] of [starts, ends, grows, helps, hosts, links, resumes, shortages, halts, grafts, governs, meets, laws, heads, schools].entries())
    for (const c of set) family[c] = k + 1;
  // How many members have each token around each member's days (see LOCAL_DAYS): a word's weight, a concept's rank,
  // whether a token makes candidate pairs. `local`: the counts of each member's tokens, list after list of
  // countedTokens (from heldStart[i]).
  // (Typed arrays filled by loops: `from` with a function goes through an iterator, a tenth of a second here.)
  const firstDay = new Float64Array(n);
  const lastDay = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    firstDay[i] = members[i]!.first;
    lastDay[i] = members[i]!.last;
  }
  // (A day that is not a number cannot be ordered: then counts are the site's, and every member reads whole postings.)
  const dated = firstDay.every(Number.isFinite) && lastDay.every(Number.isFinite);
  const byDay = new Int32Array(n);
  for (let i = 0; i < n; i++) byDay[i] = i;
  if (dated) byDay.sort((i, j) => firstDay[i]! - firstDay[j]! || i - j);
  const counted = members.map(countedTokens);
  const heldStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let size = 0;
    for (const list of counted[i]!) size += list.length;
    heldStart[i + 1] = heldStart[i]! + size;
  }
  const held = new Int32Array(heldStart[n]!);
  for (let i = 0, at = 0; i < n; i++) for (const list of counted[i]!) for (let k = 0; k < list.length; k++) held[at++] = list[k]!;
  const local = localCounts(held, heldStart, firstDay, byDay, dated, table.size);
  const live = new Uint8Array(table.size);
  for (let k = 0; k < held.length; k++) live[held[k]!] = 1;
  // Whether a word is of the lexicon, worked out the first time a same-language pair shares it (1 yes, 2 no).
  const lexicon = new Uint8Array(table.size);
  const isCommon = (w: number) => (lexicon[w] ||= isLexiconWord(table.text[w]!, tables()) ? 1 : 2) === 1;
  // Each set of concepts a veto reads whole (a beginning, an end, a rise, a kind …) as a bit: a member's marks (see
  // Weights.marks) say at once which of them it says.
  const marked: Set<number>[] = [];
  const bit = (set: Set<number>): number => {
    if (!marked.includes(set)) marked.push(set);
    return 1 << marked.indexOf(set);
  };
  const opposites = [
    [starts, ends],
    [new Set([table.id("c:rise")]), new Set([table.id("c:fall")])],
    // A ban lifted, and a ban.
    [new Set([table.id("c:lift")]), new Set([table.id("c:ban")])],
    // A trial put off, and a verdict (a sentence, an acquittal).
    [new Set([table.id("c:postpone")]), new Set([table.id("c:sentence"), table.id("c:acquittal")])],
  ].map(([these, those]) => [bit(these!), bit(those!)] as const);
  // Clashes and a truce; crossings suspended and crossings resumed ("suspended as storm hits", "se reanudan tras dos días
  // de temporal").
  const endings = [
    [new Set([table.id("c:clashes")]), new Set([table.id("c:ceasefire")])],
    [halts, resumes],
  ].map(([event, end]) => [bit(event!), bit(end!)] as const);
  const kinds = EXCLUSIVE_KINDS.map(({ kind, must, anchor }) => ({
    kind: new Set(kind.map((c) => table.id(`c:${c}`))),
    match: must === "match",
    anchor: anchor !== false,
  }));
  if (marked.length > 31 || kinds.length > 31)
    throw new Error(`${kinds.length} kinds and ${marked.length} sets of concepts: more than the 31 bits of a member's marks (give them a second word)`);
  const markOf = new Int32Array(table.size);
  for (const [k, set] of marked.entries()) for (const c of set) markOf[c]! |= 1 << k;
  const kindOf = new Int32Array(table.size);
  for (const [k, { kind }] of kinds.entries()) for (const c of kind) kindOf[c]! |= 1 << k;
  const bitsOf = (m: Member, bits: Int32Array) => m.concepts.reduce((marks, c) => marks | (bits[c] ?? 0), 0);
  const weights: Weights = {
    table,
    weak,
    quiet,
    passes: (m) => PASSING.test(` ${m.key} `),
    death: table.id("c:death"),
    hours: table.id("c:hours"),
    record: table.id("c:record"),
    prices,
    countries,
    gatherings,
    nations,
    companies,
    clubs,
    calendar: new Set(
      [
        "weekday",
        ...["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        ...Array.from({ length: 12 }, (_, k) => `month-${k + 1}`),
      ].map((c) => table.id(`c:${c}`)),
    ),
    matchWords: new Set(
      ["win", "defeat", "tie", "league", "derby", "match", "cup", "final", "friendly", "qualify", "team", "sport"].map((c) => table.id(`c:${c}`)),
    ),
    actors,
    people,
    meetings: new Set(["receive", "meeting", "talks", "visit"].map((c) => table.id(`c:${c}`))),
    roles: new Set(
      ["king", "ambassador", "prime-minister", "minister", "president", "governor", "wali", "secretary-general", "envoy", "army"].map((c) =>
        table.id(`c:${c}`),
      ),
    ),
    sides: new Set(["c:women", "c:youth-team"].map((c) => table.id(c))),
    texts: new Set(["c:bill", "c:law", "c:decree"].map((c) => table.id(c))),
    summits: new Set(["c:summit", "c:high-level-meeting"].map((c) => table.id(c))),
    marks: (m) => (m.marks ??= bitsOf(m, markOf)),
    kindMarks: (m) => (m.kindMarks ??= bitsOf(m, kindOf)),
    opposites,
    endings,
    kinds,
    anchoringKindConcepts: new Set(kinds.flatMap(({ kind, anchor }) => (anchor ? [...kind] : []))),
    familyOf: (c) => family[c] ?? 0,
    isCommon,
  };

  // Each member's word weights, and its pairs of concepts: of its rarest few only (a pair of common ones would join
  // nothing the rules accept), numbered from 0 (tokens of their own, after the table's).
  // Each concept's number among the concepts (a pair of them is a small integer: D numbers make D² keys), and its
  // place in the order of their texts (which breaks the ties of rarity).
  const conceptNumber = new Int32Array(table.size).fill(-1);
  const conceptIds: number[] = [];
  for (const m of members) for (const c of m.concepts) if (conceptNumber[c] === -1) conceptNumber[c] = conceptIds.push(c) - 1;
  const alphabetical = new Int32Array(table.size);
  for (const [place, c] of [...conceptIds].sort((a, b) => (table.text[a]! < table.text[b]! ? -1 : 1)).entries()) alphabetical[c] = place;
  const pairIds = new Map<number, number>();
  // Each pair's two concepts (token ids).
  const pairConcepts: number[] = [];
  // Each member's pairs, in one array (pairsHeld[pairsStart[i]] … pairsHeld[pairsStart[i + 1] - 1]).
  const pairsStart = new Int32Array(n + 1);
  const pairs: number[] = [];
  const rarest: number[] = [];
  // A concept's rank in a member's: rarer first, then in the order of their texts.
  const rankOf = new Int32Array(table.size);
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    pairsStart[i] = pairs.length;
    // (countedTokens lists the words first, then the concepts.)
    const at = heldStart[i]!;
    const weights: number[] = [];
    for (let k = 0; k < m.words.length; k++) weights.push(WEIGHT_OF_BAND[bandOf(local[at + k]!)]!);
    m.weights = weights;
    if (m.concepts.length < 2) continue;
    rarest.length = 0;
    for (let k = 0; k < m.concepts.length; k++) {
      const c = m.concepts[k]!;
      if (weak.has(c)) continue;
      rankOf[c] = bandOf(local[at + m.words.length + k]!) * conceptIds.length + alphabetical[c]!;
      rarest.push(c);
    }
    sortSmall(rarest, rankOf);
    if (rarest.length > RAREST_CONCEPTS) rarest.length = RAREST_CONCEPTS;
    sortSmall(rarest, null);
    for (let x = 0; x < rarest.length; x++) {
      for (let y = x + 1; y < rarest.length; y++) {
        const pairKey = conceptNumber[rarest[x]!]! * conceptIds.length + conceptNumber[rarest[y]!]!;
        let id = pairIds.get(pairKey);
        if (id === undefined) {
          pairIds.set(pairKey, (id = pairConcepts.length / 2));
          pairConcepts.push(rarest[x]!, rarest[y]!);
        }
        pairs.push(id);
      }
    }
  }
  pairsStart[n] = pairs.length;
  const pairsHeld = Int32Array.from(pairs);
  const pairsLocal = localCounts(pairsHeld, pairsStart, firstDay, byDay, dated, pairConcepts.length / 2);
  const tokenCount = table.size + pairConcepts.length / 2;

  // Candidate pairs share a rare token: a word of the same language, a name, a number, a figure or a date, a skeleton,
  // two concepts — rare around the member's days: 2 to MAX_POSTING members have it (a word: MAX_WORD_POSTING; a
  // commoner word still weighs in the overlap). A pair is a candidate when its token is one for both members.
  // Each member's candidate tokens, in one array (tokensOf member i: tokens[start[i]] … tokens[start[i + 1] - 1]).
  const tokens: number[] = [];
  const start = new Int32Array(n + 1);
  const fingerprints = new Int32Array(2 * n);
  // What a member's decisions read of the counts is part of its fingerprint: each token's code, each pair of concepts
  // it makes and whether that is a candidate token.
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    start[i] = tokens.length;
    codes.length = 0;
    const m = members[i]!;
    let k = heldStart[i]!;
    for (const list of counted[i]!) {
      // (A concept alone makes no pair: two of them do, below.)
      const limit = list === m.words ? MAX_WORD_POSTING : list === m.concepts ? 0 : MAX_POSTING;
      for (let x = 0; x < list.length; x++) {
        const c = local[k++]!;
        codes.push(tokenCode(c));
        if (c >= 2 && c <= limit) tokens.push(list[x]!);
      }
    }
    for (let p = pairsStart[i]!; p < pairsStart[i + 1]!; p++) {
      const id = pairsHeld[p]!;
      const candidate = pairsLocal[p]! >= 2 && pairsLocal[p]! <= MAX_PAIR_POSTING;
      codes.push(pairConcepts[2 * id]!, pairConcepts[2 * id + 1]!, candidate ? 1 : 0);
      if (candidate) tokens.push(table.size + id);
    }
    fingerprintOf(m, codes, fingerprints, 2 * i);
  }
  start[n] = tokens.length;

  // Postings, in one array: the members of token t are posting[postingStart[t]] … posting[postingStart[t + 1] - 1],
  // in the order of their first day (then of the members). Beside each entry, its member's days: a member reads only
  // the stretch of a posting near its own days (a binary search), and most of a common token's members are weeks away.
  const postingStart = new Int32Array(tokenCount + 1);
  for (const t of tokens) postingStart[t + 1]!++;
  for (let t = 0; t < tokenCount; t++) postingStart[t + 1] = postingStart[t]! + postingStart[t + 1]!;
  const posting = new Int32Array(postingStart[tokenCount]!);
  const postingFirst = new Float64Array(posting.length);
  /** The most days any member of a token was seen over: how far before a member's first day the stretch starts. */
  const span = new Float64Array(tokenCount);
  const filled = postingStart.slice(0, tokenCount);
  for (const i of byDay) {
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const t = tokens[k]!;
      postingFirst[filled[t]!] = firstDay[i]!;
      posting[filled[t]!++] = i;
      if (lastDay[i]! - firstDay[i]! > span[t]!) span[t] = lastDay[i]! - firstDay[i]!;
    }
  }

  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  // Which members' pairs are decided again: all of them, or (with the last state) those a change touches.
  const again = previous && !explain ? touched(previous, ids, fingerprints) : undefined;
  if (again) for (const [, group] of again.kept) for (const i of group) union(i, group[0]!);

  const edges: StoryEdge[] = [];
  // (Each edge's two members, for the stories bridges are cut from: see story-bridges.ts.)
  const edgeEnds: number[] = [];
  // Each member is compared once with each member it shares a usable token with: `seenBy[j] === i` marks j as
  // compared for i (no set of every pair compared, which would hold millions of entries). A clean grouping compares
  // each member with earlier ones; a regrouping compares each member it decides again with every other one, but
  // a pair of two such members only once.
  const seenBy = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (again && !again.flags[i]) continue;
    const a = members[i]!;
    const [aFirst, aLast] = [firstDay[i]!, lastDay[i]!];
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const t = tokens[k]!;
      const end = postingStart[t + 1]!;
      // The stretch of members first seen from MAX_DAYS_APART (and the token's longest span) before this one's first day.
      const from = dated ? firstAtOrAfter(postingFirst, postingStart[t]!, end, aFirst - MAX_DAYS_APART - span[t]!) : postingStart[t]!;
      for (let p = from; p < end; p++) {
        if (dated && postingFirst[p]! > aLast + MAX_DAYS_APART) break;
        const j = posting[p]!;
        if (again) {
          if (j === i || (j > i && again.flags[j])) continue;
        } else if (j >= i) continue; // A clean grouping decides each pair once, from its later member.
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (Math.max(aFirst, firstDay[j]!) - Math.min(aLast, lastDay[j]!) > MAX_DAYS_APART) continue;
        if (find(i) === find(j) && !explain) continue;
        const b = members[j]!;
        const evidence = sameStory(a, b, weights);
        if (evidence === null) continue;
        union(i, j);
        if (explain) {
          edges.push({ a: b.text, b: a.text, evidence });
          edgeEnds.push(j, i);
        }
      }
    }
  }
  // Each member's group, as its root: the state's labels. The stories are made of them, less the bridges between
  // stories a veto keeps apart (see story-bridges.ts).
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = find(i);
  const roots = splitBridges(members, labels, weights);
  const state: StoryGraphState = {
    format: STORY_STATE_FORMAT,
    tokens: table.text,
    live: live.reduce((sum, x) => sum + x, 0),
    members: ids,
    fingerprints,
    labels,
  };
  return {
    roots,
    edges: roots === labels ? edges : edges.filter((_, k) => roots[edgeEnds[2 * k]!] === roots[edgeEnds[2 * k + 1]!]),
    state,
    regrouped: again ? again.count : n,
  };
}

/**
 * For each token of each member (`held[start[i]] … held[start[i + 1] - 1]`, ids under `size`), how many members have
 * it whose first day is within LOCAL_DAYS of this member's (every member that has it, when the members are not
 * dated): one sweep over the members in the order of their days (`byDay`), with the counts of those in the window.
 */
function localCounts(held: Int32Array, start: Int32Array, firstDay: Float64Array, byDay: Int32Array, dated: boolean, size: number): Int32Array {
  const n = byDay.length;
  const counts = new Int32Array(held.length);
  const inWindow = new Int32Array(size);
  const enter = (i: number, by: number) => {
    for (let k = start[i]!; k < start[i + 1]!; k++) inWindow[held[k]!]! += by;
  };
  const read = (i: number) => {
    for (let k = start[i]!; k < start[i + 1]!; k++) counts[k] = inWindow[held[k]!]!;
  };
  if (!dated) {
    for (let i = 0; i < n; i++) enter(i, 1);
    for (let i = 0; i < n; i++) read(i);
    return counts;
  }
  // Members byDay[lo … hi) are in the window of the day of byDay[p … q).
  let [lo, hi] = [0, 0];
  for (let p = 0, q = 0; p < n; p = q) {
    const day = firstDay[byDay[p]!]!;
    while (q < n && firstDay[byDay[q]!] === day) q++;
    while (hi < n && firstDay[byDay[hi]!]! <= day + LOCAL_DAYS) enter(byDay[hi++]!, 1);
    while (firstDay[byDay[lo]!]! < day - LOCAL_DAYS) enter(byDay[lo++]!, -1);
    for (let r = p; r < q; r++) read(byDay[r]!);
  }
  return counts;
}

/**
 * A member's few tokens in place, by their rank (distinct ranks), or by themselves (null): an insertion sort, without
 * the comparator calls of Array#sort.
 */
function sortSmall(list: number[], rank: Int32Array | null): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!;
    const key = rank ? rank[x]! : x;
    let j = i - 1;
    while (j >= 0 && (rank ? rank[list[j]!]! : list[j]!) > key) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = x;
  }
}

/** The first index in `days[from … to)` (ascending) whose day is `day` or later; `to` when none is. */
function firstAtOrAfter(days: Float64Array, from: number, to: number, day: number): number {
  let [lo, hi] = [from, to];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last state, if this build may start from it: the same format, and a token table not grown far past its use. */
function usableState(previous: StoryGraphState | undefined): StoryGraphState | undefined {
  if (!previous || previous.format !== STORY_STATE_FORMAT) return undefined;
  return previous.tokens.length > 2 * previous.live + 100_000 ? undefined : previous;
}

/**
 * The members whose pairs are decided again (flags, and how many), and the last groups kept whole (by their
 * label, each with its members now): a member is touched when it is new or its fingerprint changed (its evidence,
 * its days, or what the counts around its days make of its tokens); a group is touched when it held a touched
 * member or one that is gone.
 */
function touched(
  previous: StoryGraphState,
  ids: readonly string[],
  fingerprints: Int32Array,
): { flags: Uint8Array; count: number; kept: Map<number, number[]> } {
  const n = ids.length;
  // Members come in the order they came last time, but for those added or gone: each is looked for next to the one
  // before it, and by a map (made when first needed) when it is not there.
  let oldIndex: Map<string, number> | undefined;
  let next = 0;
  const lastIndexOf = (id: string): number | undefined => {
    if (previous.members[next] === id) return next++;
    if (!oldIndex) {
      oldIndex = new Map();
      for (const [k, old] of previous.members.entries()) oldIndex.set(old, k);
    }
    const k = oldIndex.get(id);
    if (k !== undefined) next = k + 1;
    return k;
  };
  const flags = new Uint8Array(n);
  const matched = new Uint8Array(previous.members.length);
  const indexOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = lastIndexOf(ids[i]!);
    if (k !== undefined) {
      matched[k] = 1;
      indexOf[i] = k;
    }
    if (k === undefined || previous.fingerprints[2 * k] !== fingerprints[2 * i] || previous.fingerprints[2 * k + 1] !== fingerprints[2 * i + 1]) flags[i] = 1;
  }
  const touchedGroups = new Set<number>();
  for (let k = 0; k < previous.members.length; k++) if (!matched[k]) touchedGroups.add(previous.labels[k]!);
  for (let i = 0; i < n; i++) if (flags[i] && indexOf[i]! >= 0) touchedGroups.add(previous.labels[indexOf[i]!]!);
  const kept = new Map<number, number[]>();
  let count = 0;
  for (let i = 0; i < n; i++) {
    const k = indexOf[i]!;
    if (!flags[i] && k >= 0 && touchedGroups.has(previous.labels[k]!)) flags[i] = 1;
    if (flags[i]) {
      count++;
      continue;
    }
    const label = previous.labels[k]!;
    const group = kept.get(label);
    if (group) group.push(i);
    else kept.set(label, [i]);
  }
  return { flags, count, kept };
}

/**
 * Two 32-bit hashes (FNV-1a-like, two multipliers) of what the decisions read of a member: its language, script,
 * days and evidence (not its text: what a decision reads of the text is its evidence), and `codes`, what the counts
 * around its days make of its tokens.
 */
function fingerprintOf(m: Member, codes: readonly number[], out: Int32Array, at: number): void {
  hash[0] = 0x811c9dc5;
  hash[1] = 0x5bd1e995;
  mix(m.latin ? 1 : 0);
  mix(m.cut ? 1 : 0);
  mix(m.first);
  mix(m.last);
  mix(m.lang.length);
  for (let k = 0; k < m.lang.length; k++) mix(m.lang.charCodeAt(k));
  mixList(m.words);
  mixList(m.numbers);
  mixList(m.approximate);
  mixList(m.entities);
  mixList(m.specific);
  mixList(m.concepts);
  mixList(m.small);
  mixList(m.skeletons);
  mixList(m.fullNames);
  mixList(m.counts);
  mixList(m.districts);
  mixList(codes);
  out[at] = hash[0]!;
  out[at + 1] = hash[1]!;
}

/** The two hashes fingerprintOf is working out (of one member at a time). */
const hash = new Int32Array(2);
function mix(x: number): void {
  hash[0] = Math.imul(hash[0]! ^ x, 0x01000193);
  hash[1] = Math.imul(hash[1]! ^ x, 0x5bd1e995) ^ (hash[1]! >>> 15);
}
function mixList(list: ArrayLike<number>): void {
  mix(-list.length);
  for (let k = 0; k < list.length; k++) mix(list[k]!);
}
