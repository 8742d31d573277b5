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
 *   across spellings and scripts) and neither names one the other does (a country both name aside);
 * - different nations, companies, clubs or competitions: each names one the other neither names nor implies (one consulate
 *   opening in Laayoune is the UAE's, the next Eswatini's; Sonatrach's deals with ENI and with TotalEnergies);
 * - one company's two places: a company (or club) is all the names they share, and each names another the other
 *   neither names nor implies (Renault's Tangier plant and its Casablanca plant);
 * - opposite events: one says something opens or is launched, the other that it closes or ends; or one that
 *   something rises, the other that it falls (olive oil's exports up 30%, its output down 20%); or one that a ban is
 *   lifted, the other a ban; or one that a trial is put off, the other its verdict;
 * - different kinds: each says a kind of event, of crime, of people, of disease, of gathering or of produce
 *   (EXCLUSIVE_KINDS: a collapse, an accident; a murder, a theft; doctors, teachers; measles, cholera; a fair, a
 *   festival; tomatoes, onions) that the other does not, and they share none (of produce: not the same ones);
 * - different unknown names: both have capitalised names the table does not know, and none
 *   is shared, even as a close spelling (Uarzazat / Ouarzazate) — within Latin script;
 * - different numbers: both say significant numbers (100 and more, not years; 868.000 =
 *   868,000 = 500 ألف …) and share none (a number said as an approximation, "près de 500", is shared with one
 *   within a tenth of it);
 * - different counts of one thing ("200 migrants", "45 migrants"; not when both name one place, where a new count is a
 *   toll updated), and different days of one month wherever ("reporté au 16 juin", "au 23 juin").
 *
 * Evidence (any one joins a pair that passed the vetoes):
 * - same language: IDF-weighted overlap of their significant words (more of it two days apart or more), not words of
 *   the lexicon alone;
 * - any languages: a shared anchor — a name (not only a country both are in), a significant
 *   number, a count of ten or more of one thing, or the consonant skeleton of an unknown name (ورزازات / Ouarzazate) — and two
 *   concepts of the news lexicon (port, expansion …), or two anchors and one concept (a country, or a kind of
 *   EXCLUSIVE_KINDS both say — influenza, tomatoes —, counts half);
 * - any languages, the same day: a name and a precise figure (two significant digits or more), whatever the words;
 * - any languages, no anchor: four shared concepts that make most of both texts' concepts;
 * - across Latin-script languages: a shared significant number and close spellings.
 *
 * Candidate pairs share a rare token (a word, a name, a number, a figure or a date, a skeleton, a pair of
 * concepts), so the graph is built without comparing everything with everything.
 */
import type { SiteConfig } from "../config/config.js";
import { EXCLUSIVE_KINDS, WEAK_CONCEPT_IDS } from "../config/story-concepts.js";
import { CLUB_NAMES, COMPANY_NAMES, COUNTRY_NAMES, GATHERING_NAMES, NATION_NAMES } from "../config/story-names.js";
import { languageDir } from "../config/language-lookup.js";
import type { Article, Story, StoryHeadline } from "../model/site.js";
import { hashOf } from "../util/hash.js";
import type { StoryGraphState } from "./story-graph-state.js";
import { Interner } from "../util/interner.js";
import { matchKey } from "../text/clean.js";
import { createLanguageDetector } from "../text/detect-language.js";
import { isLexiconWord, type StoryTables } from "../text/story-features.js";
import {
  articleKeywords,
  headlineRecord,
  keywordRules,
  readHeadlineRecord,
  type HeadlineKeywordStore,
  type KeywordRules,
  type Keywords,
} from "../text/keywords.js";

const MAX_DAYS_APART = 3;
const SAME_LANGUAGE_THRESHOLD = 0.4;
/** Two days apart or more, the same words must make more of both texts: the same minister on another day is often another event. */
const SAME_LANGUAGE_LATER = 0.6;
const CROSS_LANGUAGE_TRIGRAMS = 0.12;
/** Concepts of a member whose pairs are candidate tokens. */
const RAREST_CONCEPTS = 5;
/** A token shared by more members than this says nothing about any pair of them. */
const MAX_POSTING = 200;
/** A word shared by more members than this makes no candidate pair (it still weighs in the overlap). */
const MAX_WORD_POSTING = 50;
/**
 * Weights are local: a word weighs by how many members have it, counted in bands of powers of two, against a
 * fixed reference size rather than the site's. A new page then changes a weight only when it moves a word into
 * another band, so it changes the decisions of the few pairs that hold such a word (incremental regrouping);
 * and weights are integers, so a sum does not depend on the order of the words.
 */
const REFERENCE_MEMBERS = 10_000;
/** 0 for none, 1 for one, 2 for two or three, 3 for four to seven … */
const bandOf = (count: number): number => 32 - Math.clz32(count);
const WEIGHT_OF_BAND = Int32Array.from({ length: 33 }, (_, band) => (band === 0 ? 0 : Math.round(1000 * Math.log(1 + REFERENCE_MEMBERS / 2 ** (band - 1)))));
/** Concepts too common to count as much as the others. */
const WEAK_CONCEPTS = new Set([...WEAK_CONCEPT_IDS].map((id) => `c:${id}`));

/**
 * Every token of the graph — a word, a name, a number, a skeleton, a concept — as a small integer, so that
 * a hundred thousand members hold arrays of numbers rather than sets of strings (a tenth of the memory and
 * of the garbage collector's work).
 */
type TokenTable = Interner;

const NONE: readonly number[] = [];

/** What one member brings to the comparison: its evidence as token ids. */
interface Member {
  article: Article | null;
  text: string;
  key: string;
  lang: string;
  latin: boolean;
  /** First and last day it was seen (days since the epoch). */
  first: number;
  last: number;
  /** Significant words, sorted. */
  words: Int32Array;
  /** Significant numbers ("#868000"). */
  numbers: readonly number[];
  /** Those said as an approximation ("#~500": "près de 500") or a floor ("#>500": "plus de 500"): see withinMargin. */
  approximate: readonly number[];
  /** Names of the table, mentioned or implied ("n:tangier"); and those mentioned themselves (same ids). */
  entities: readonly number[];
  specific: readonly number[];
  concepts: readonly number[];
  small: readonly number[];
  skeletons: readonly number[];
  /** Joined skeletons of names of several words (see story-features.ts). */
  fullNames: readonly number[];
  /** Numbers with what they count ("k:migration=45"). */
  counts: readonly number[];
  /** Those of them that are a figure of an event when two texts both say it (see isFigure): candidate tokens too. */
  figures: readonly number[];
  /** Those that are a day of a month ("k:month-3=11"): no figure of the event, but candidate tokens. */
  dates: readonly number[];
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
  /** The match key of a text of a ticker line (worked out once per build, mostly by the parse workers). */
  keyOf(text: string): string;
  /** The distinct match keys of every ticker line's texts. */
  tickerKeys(): string[];
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

/** Longer than any headline (the longest of our 400 labelled ones has 102 characters; news sites cut theirs near 110): such a text is never a member. */
const MAX_HEADLINE_LENGTH = 200;

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export function groupStories(input: GroupingInput, config: SiteConfig): Grouping {
  const started = performance.now();
  let rules: KeywordRules | undefined;
  const rulesNow = () => (rules ??= keywordRules(config));
  const previous = input.explain ? undefined : usableState(input.previous);
  const table: TokenTable = new Interner(previous?.tokens);
  const members: Member[] = [];
  const byKey = new Map<string, Member>();
  for (const article of input.articles) {
    const member = memberOf(
      table,
      article.title,
      article.lang,
      dayOf(article.date),
      input.keywordsOf(article) ?? articleKeywords(article, rulesNow()),
      article,
    );
    members.push(member);
    if (!byKey.has(member.key)) byKey.set(member.key, member);
  }
  // Headlines: each distinct text once, seen from the first to the last day of the pages that show it.
  const detect = createLanguageDetector(config.languages);
  const headlineMembers: Member[] = [];
  const loners = new Map<string, Grouping["headlines"][number]>();
  const store = input.headlineKeywords;
  // A headline's key, keywords and detected language: worked out by the parse workers or an earlier build, or here.
  const headlineOf = (text: string) => {
    let record = store?.get(text);
    if (record === undefined) {
      record = headlineRecord(text, rulesNow(), detect);
      store?.set(text, record);
    }
    return readHeadlineRecord(record);
  };
  /** The member a text of a ticker line is (a headline's own, or the article whose title it is); null: none (no words, or not a headline). */
  const memberOfHeadline = (text: string, pageLang: string, day: number): Member | null => {
    if (text.length > MAX_HEADLINE_LENGTH) {
      // Not a headline but a ticker line whose separators were not recognised (or a paragraph): it would
      // contain, and so bridge, every headline it holds. It stands alone.
      const key = matchKey(text);
      if (key !== "" && !loners.has(key)) loners.set(key, { text, lang: pageLang, story: null });
      return null;
    }
    const { key, keywords, detected } = headlineOf(text);
    if (key === "") return null;
    const known = byKey.get(key);
    if (known) return known;
    const arabic = /[\u0600-\u06FF]/.test(text);
    const lang = detected ?? (arabic === (languageDir(pageLang, config) === "rtl") ? pageLang : arabic ? "ar" : config.defaultLanguage);
    const member = memberOf(table, text, lang, day, keywords, null, key);
    byKey.set(key, member);
    members.push(member);
    headlineMembers.push(member);
    return member;
  };
  // The same headline stands on hundreds of pages: each text is looked at once, then only its days are widened.
  const memberOfText = new Map<string, Member | null>();
  for (const line of input.tickers) {
    const day = dayOf(line.date);
    for (const text of line.headlines) {
      let member = memberOfText.get(text);
      if (member === undefined) {
        member = memberOfHeadline(text, line.lang, day);
        memberOfText.set(text, member);
      }
      if (member === null) continue;
      if (day < member.first) member.first = day;
      if (day > member.last) member.last = day;
    }
  }

  const ids = members.map((m) => (m.article ? `a${m.article.path}` : `h${m.key}`));
  const { parent, edges, state, regrouped } = join(members, ids, table, !!input.explain, previous, () => rulesNow().tables);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // A group's root is its first member (joins keep the smaller root). Most members stand alone: only groups of
  // two or more are collected.
  const n = members.length;
  const rootOf = Int32Array.from(members, (_, i) => find(i));
  const size = new Int32Array(n);
  for (const r of rootOf) size[r]!++;
  const groups = new Map<number, Member[]>();
  for (let i = 0; i < n; i++) {
    const r = rootOf[i]!;
    if (size[r]! > 1) {
      const group = groups.get(r);
      if (group) group.push(members[i]!);
      else groups.set(r, [members[i]!]);
    }
  }

  // Stories in the order of their first member.
  const stories: Story[] = [];
  const storyOf = new Map<Article, Story>();
  const storyOfText = new Map<string, string>();
  const storyOfMember = new Map<Member, string>();
  for (let i = 0; i < n; i++) {
    if (rootOf[i] !== i) continue;
    const group = groups.get(i) ?? [members[i]!];
    const articles = group.filter((m) => m.article).map((m) => m.article!);
    const headlines = group.filter((m) => !m.article).sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : 1));
    // The id of a story with articles is its oldest article's permalink path: stable when newer coverage joins.
    const oldest =
      articles.length === 1 ? articles[0] : [...articles].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1))[0];
    const id = oldest ? oldest.path.replace(/^\/|\/$/g, "") : group.length > 1 ? `h-${hashOf(headlines[0]!.key).slice(0, 12)}` : null;
    if (id === null) continue;
    for (const m of group) {
      storyOfMember.set(m, id);
      storyOfText.set(m.key, id);
    }
    if (!oldest) continue;
    const story: Story = { id, articles, headlines: headlines.map((h) => ({ text: h.text, lang: h.lang })) };
    stories.push(story);
    for (const a of articles) storyOf.set(a, story);
  }
  return {
    stories,
    storyOf,
    headlines: [...headlineMembers.map((m) => ({ text: m.text, lang: m.lang, story: storyOfMember.get(m) ?? null })), ...loners.values()],
    storyOfText,
    edges,
    keyOf: (text) => memberOfText.get(text)?.key ?? matchKey(text),
    tickerKeys: () => {
      const keys = new Set<string>(loners.keys());
      for (const member of memberOfText.values()) if (member) keys.add(member.key);
      return [...keys];
    },
    state,
    regrouped,
    members: n,
    durationMs: performance.now() - started,
  };
}

function memberOf(table: TokenTable, text: string, lang: string, day: number, keywords: Keywords, article: Article | null, key = matchKey(text)): Member {
  const words = new Int32Array(keywords.words.length);
  for (const [i, w] of keywords.words.entries()) words[i] = table.id(w);
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
  const add = (list: number[], id: number): number[] => {
    if (list === NONE) return [id];
    if (!list.includes(id)) list.push(id);
    return list;
  };
  if (keywords.cross !== "") {
    for (const c of keywords.cross.split(" ")) {
      switch (c.charCodeAt(0)) {
        case 35: // "#" ("#~", "#>": approximate)
          if (c.charCodeAt(1) === 126 || c.charCodeAt(1) === 62) approximate = add(approximate, table.id(c));
          else numbers = add(numbers, table.id(c));
          break;
        case 110: // "n:"
          entities = add(entities, table.id(c));
          break;
        case 112: // "p:"
          specific = add(specific, table.id(`n:${c.slice(2)}`));
          break;
        case 99: // "c:"
          concepts = add(concepts, table.id(c));
          break;
        case 113: // "q:"
          small = add(small, table.id(c));
          break;
        case 115: // "s:"
          skeletons = add(skeletons, table.id(c));
          break;
        case 109: // "m:"
          fullNames = add(fullNames, table.id(c));
          break;
        case 107: // "k:"
          counts = add(counts, table.id(c));
          break;
      }
    }
  }
  return {
    article,
    text,
    key,
    lang,
    figures: counts.filter((k) => isFigure(table.text[k]!)),
    dates: counts.filter((k) => table.text[k]!.startsWith("k:month-")),
    latin: keywords.latin,
    first: day,
    last: day,
    words: dedupeSorted(words),
    numbers,
    approximate,
    entities,
    specific,
    concepts,
    small,
    skeletons,
    fullNames,
    counts,
  };
}

function dedupeSorted(ids: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[n++] = ids[i]!;
  return n === ids.length ? ids : ids.slice(0, n);
}

/** What the pairwise decision reads besides the two members: the token table and each word's weight. */
interface Weights {
  table: TokenTable;
  idf(word: number): number;
  weak: Set<number>;
  /** Countries and regions: names that count half. */
  countries: Set<number>;
  /** Competitions and gatherings (GATHERING_NAMES): one both name does not spare them the veto for different names; two different ones are a veto. */
  gatherings: Set<number>;
  /** Nations, and companies and clubs: two texts that each name one the other does not are two events. */
  nations: Set<number>;
  companies: Set<number>;
  /** Pairs of opposite concepts: a beginning and an end, a rise and a fall, a ban lifted and a ban, a trial put off and its verdict. */
  opposites: readonly (readonly [Set<number>, Set<number>])[];
  /** Kinds of which one event is one (EXCLUSIVE_KINDS), and whether two texts must say the same ones or only share one. */
  kinds: readonly { kind: Set<number>; match: boolean }[];
  /** A concept's family (a beginning, an end): one thing said in several words; 0 for none. */
  familyOf(concept: number): number;
  /** Whether a word is a word of the lexicon (a common news word: minister, announces). */
  isCommon(word: number): boolean;
}

/**
 * The tokens of a member whose counts the decisions read (see tokenCode): counted in `join`, and a member holding one
 * whose code changed is decided again in `touched` — one list, so the two cannot disagree.
 */
const countedTokens = (m: Member): readonly (readonly number[] | Int32Array)[] => [
  m.words,
  m.numbers,
  m.approximate,
  m.specific,
  m.skeletons,
  m.fullNames,
  m.concepts,
  m.figures,
  m.dates,
];

/** Whether a member says one of `these` and none of `those`. */
const saysOnly = (m: Member, these: Set<number>, those: Set<number>): boolean => m.concepts.some((c) => these.has(c)) && !m.concepts.some((c) => those.has(c));

/**
 * The format of StoryGraphState this code reads and writes, and of the decisions it keeps: bump it when `sameStory` or
 * the candidate pairs decide differently (a state of another format is not used, so no group is kept by old rules).
 */
const STATE_FORMAT = 34;

/**
 * What a token was, as far as the decisions go: its band (a word's weight, a concept's rank) and whether it makes
 * candidate pairs as a word (MAX_WORD_POSTING) or as any other token (MAX_POSTING). A token no member has: code 3.
 */
const tokenCode = (count: number): number => bandOf(count) * 4 + (count <= MAX_WORD_POSTING ? 2 : 0) + (count <= MAX_POSTING ? 1 : 0);
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
): { parent: number[]; edges: StoryEdge[]; state: StoryGraphState; regrouped: number } {
  const n = members.length;
  const weak = new Set([...WEAK_CONCEPTS].map((c) => table.id(c)));
  const gatherings = new Set([...GATHERING_NAMES].map((c) => table.id(`n:${c}`)));
  const countries = new Set([...COUNTRY_NAMES].map((c) => table.id(`n:${c}`)));
  const nations = new Set([...NATION_NAMES].map((c) => table.id(`n:${c}`)));
  const companies = new Set([...COMPANY_NAMES, ...CLUB_NAMES].map((c) => table.id(`n:${c}`)));
  const starts = new Set(["c:opening", "c:launch"].map((c) => table.id(c)));
  const ends = new Set(["c:ending", "c:closure"].map((c) => table.id(c)));
  // Each token's family (1 a beginning, 2 an end; 0 none): one thing said in several words. (Not a meeting: "Bourita
  // receives" and "Bourita holds talks" the same day are most often two counterparts.)
  const family = new Uint8Array(table.size);
  for (const [k, set] of [starts, ends].entries()) for (const c of set) family[c] = k + 1;
  // How many members have each token: a word's weight, a concept's rank, whether a token makes candidate pairs.
  const count = new Int32Array(table.size);
  for (const m of members) for (const list of countedTokens(m)) for (const t of list) count[t]!++;
  const idf = (w: number) => WEIGHT_OF_BAND[bandOf(count[w]!)]!;
  // Whether a word is of the lexicon, worked out the first time a same-language pair shares it (1 yes, 2 no).
  const lexicon = new Uint8Array(table.size);
  const isCommon = (w: number) => (lexicon[w] ||= isLexiconWord(table.text[w]!, tables()) ? 1 : 2) === 1;
  const opposites = [
    [starts, ends],
    [new Set([table.id("c:rise")]), new Set([table.id("c:fall")])],
    // A ban lifted, and a ban.
    [new Set([table.id("c:lift")]), new Set([table.id("c:ban")])],
    // A trial put off, and a verdict (a sentence, an acquittal).
    [new Set([table.id("c:postpone")]), new Set([table.id("c:sentence"), table.id("c:acquittal")])],
  ] as const;
  const kinds = EXCLUSIVE_KINDS.map(({ kind, must }) => ({ kind: new Set(kind.map((c) => table.id(`c:${c}`))), match: must === "match" }));
  const weights: Weights = {
    table,
    idf,
    weak,
    countries,
    gatherings,
    nations,
    companies,
    opposites,
    kinds,
    familyOf: (c) => family[c] ?? 0,
    isCommon,
  };

  // Candidate pairs share a rare token: a word of the same language, a name, a number, a figure or a date, a skeleton,
  // two concepts.
  // Each member's candidate tokens, in one array (tokensOf member i: tokens[start[i]] … tokens[start[i + 1] - 1]).
  const pairIds = new Map<number, number>();
  const pairKeys: number[] = [];
  let tokenCount = table.size;
  const tokens: number[] = [];
  const start = new Int32Array(n + 1);
  members.forEach((m, i) => {
    start[i] = tokens.length;
    // Words are tokens as they are: the same word in two languages only makes one more pair to check.
    for (const w of m.words) if (count[w]! <= MAX_WORD_POSTING) tokens.push(w);
    for (const t of m.numbers) tokens.push(t);
    for (const t of m.approximate) tokens.push(t);
    for (const t of m.specific) tokens.push(t);
    for (const t of m.skeletons) tokens.push(t);
    for (const t of m.fullNames) tokens.push(t);
    for (const t of m.figures) tokens.push(t);
    for (const t of m.dates) tokens.push(t);
    // Pairs of concepts: of each member's rarest few only (a pair of common ones would join nothing the rules accept).
    if (m.concepts.length < 2) return;
    const concepts = m.concepts
      .filter((c) => !weak.has(c))
      .sort((a, b) => bandOf(count[a]!) - bandOf(count[b]!) || (table.text[a]! < table.text[b]! ? -1 : 1))
      .slice(0, RAREST_CONCEPTS)
      .sort((a, b) => a - b);
    for (let x = 0; x < concepts.length; x++) {
      for (let y = x + 1; y < concepts.length; y++) {
        const pairKey = concepts[x]! * 0x4000000 + concepts[y]!;
        let id = pairIds.get(pairKey);
        if (id === undefined) {
          pairIds.set(pairKey, (id = tokenCount++));
          pairKeys.push(pairKey);
        }
        tokens.push(id);
      }
    }
  });
  start[n] = tokens.length;

  // Postings, in one array: the members of token t are posting[postingStart[t]] … posting[postingStart[t + 1] - 1],
  // in the order of their first day (then of the members). A token shared by one member, or by more than MAX_POSTING,
  // makes no pair. Beside each entry, its member's days: a member reads only the stretch of a posting near its own
  // days (a binary search), and most of a common token's members are weeks away.
  const postingStart = new Int32Array(tokenCount + 1);
  for (const t of tokens) postingStart[t + 1]!++;
  const usablePairs: number[] = [];
  for (let t = table.size; t < tokenCount; t++) if (usable(postingStart[t + 1]!)) usablePairs.push(pairKeys[t - table.size]!);
  for (let t = 0; t < tokenCount; t++) postingStart[t + 1] = postingStart[t]! + (usable(postingStart[t + 1]!) ? postingStart[t + 1]! : 0);
  const firstDay = Float64Array.from(members, (m) => m.first);
  const lastDay = Float64Array.from(members, (m) => m.last);
  // (A day that is not a number cannot be ordered: then every member reads whole postings, as they are.)
  const dated = firstDay.every(Number.isFinite) && lastDay.every(Number.isFinite);
  const byDay = Int32Array.from(members, (_, i) => i);
  if (dated) byDay.sort((i, j) => firstDay[i]! - firstDay[j]! || i - j);
  const posting = new Int32Array(postingStart[tokenCount]!);
  const postingFirst = new Float64Array(posting.length);
  /** The most days any member of a token was seen over: how far before a member's first day the stretch starts. */
  const span = new Float64Array(tokenCount);
  const filled = postingStart.slice(0, tokenCount);
  for (const i of byDay) {
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const t = tokens[k]!;
      if (postingStart[t + 1]! === postingStart[t]!) continue;
      postingFirst[filled[t]!] = firstDay[i]!;
      posting[filled[t]!++] = i;
      if (lastDay[i]! - firstDay[i]! > span[t]!) span[t] = lastDay[i]! - firstDay[i]!;
    }
  }

  const codes = Int32Array.from(count, tokenCode);
  const fingerprints = new Int32Array(2 * n);
  for (const [i, m] of members.entries()) fingerprintOf(m, fingerprints, 2 * i);
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  // Which members' pairs are decided again: all of them, or (with the last state) those a change touches.
  const again =
    previous && !explain ? touched(previous, { members, ids, codes, fingerprints, pairIds, usablePairs, start, tokens, tableSize: table.size }) : undefined;
  if (again) for (const [, group] of again.kept) for (const i of group) union(i, group[0]!);

  const edges: StoryEdge[] = [];
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
        if (explain) edges.push({ a: b.text, b: a.text, evidence });
      }
    }
  }
  const live = count.reduce((sum, c) => sum + (c > 0 ? 1 : 0), 0);
  const state: StoryGraphState = {
    format: STATE_FORMAT,
    tokens: table.text,
    codes,
    pairs: Float64Array.from(usablePairs).sort(),
    live,
    members: ids,
    fingerprints,
    labels: Int32Array.from(members, (_, i) => find(i)),
  };
  return { parent, edges, state, regrouped: again ? again.count : n };
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
  if (!previous || previous.format !== STATE_FORMAT) return undefined;
  return previous.tokens.length > 2 * previous.live + 100_000 ? undefined : previous;
}

interface Now {
  members: Member[];
  ids: string[];
  codes: Int32Array;
  fingerprints: Int32Array;
  pairIds: Map<number, number>;
  usablePairs: number[];
  start: Int32Array;
  tokens: number[];
  tableSize: number;
}

/**
 * The members whose pairs are decided again (flags, and how many), and the last groups kept whole (by their
 * label, each with its members now): a member is touched when it is new or its fingerprint changed, or one of its
 * tokens' codes changed, or one of its concept pairs began or stopped making candidate pairs; a group is touched
 * when it held a touched member or one that is gone.
 */
function touched(previous: StoryGraphState, now: Now): { flags: Uint8Array; count: number; kept: Map<number, number[]> } {
  const n = now.members.length;
  const oldIndex = new Map<string, number>();
  for (const [k, id] of previous.members.entries()) oldIndex.set(id, k);
  const oldCode = (t: number) => (t < previous.codes.length ? previous.codes[t]! : tokenCode(0));
  const changedToken = new Uint8Array(now.codes.length);
  for (let t = 0; t < now.codes.length; t++) if (now.codes[t] !== oldCode(t)) changedToken[t] = 1;
  const oldPairs = new Set(previous.pairs);
  const newPairs = new Set(now.usablePairs);
  const pairChanged = (key: number) => oldPairs.has(key) !== newPairs.has(key);
  const changedPair = new Uint8Array(now.pairIds.size);
  for (const [key, id] of now.pairIds) if (pairChanged(key)) changedPair[id - now.tableSize] = 1;

  const flags = new Uint8Array(n);
  const matched = new Uint8Array(previous.members.length);
  const indexOf = new Int32Array(n).fill(-1);
  const hasChanged = (list: ArrayLike<number>) => {
    for (let k = 0; k < list.length; k++) if (changedToken[list[k]!]) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    const k = oldIndex.get(now.ids[i]!);
    if (k !== undefined) {
      matched[k] = 1;
      indexOf[i] = k;
    }
    const m = now.members[i]!;
    let touch =
      k === undefined ||
      previous.fingerprints[2 * k] !== now.fingerprints[2 * i] ||
      previous.fingerprints[2 * k + 1] !== now.fingerprints[2 * i + 1] ||
      countedTokens(m).some(hasChanged);
    for (let p = now.start[i]!; !touch && p < now.start[i + 1]!; p++) {
      const t = now.tokens[p]!;
      if (t >= now.tableSize && changedPair[t - now.tableSize]) touch = true;
    }
    if (touch) flags[i] = 1;
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
 * days and evidence (not its text: what a decision reads of the text is its evidence).
 */
function fingerprintOf(m: Member, out: Int32Array, at: number): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x5bd1e995;
  const head = [m.latin ? 1 : 0, m.first, m.last, m.lang.length, ...Array.from(m.lang, (c) => c.charCodeAt(0))];
  for (const x of head) {
    h1 = Math.imul(h1 ^ x, 0x01000193);
    h2 = Math.imul(h2 ^ x, 0x5bd1e995) ^ (h2 >>> 15);
  }
  for (const list of [m.words, m.numbers, m.approximate, m.entities, m.specific, m.concepts, m.small, m.skeletons, m.fullNames, m.counts]) {
    h1 = Math.imul(h1 ^ -list.length, 0x01000193);
    h2 = Math.imul(h2 ^ -list.length, 0x5bd1e995) ^ (h2 >>> 15);
    for (let k = 0; k < list.length; k++) {
      h1 = Math.imul(h1 ^ list[k]!, 0x01000193);
      h2 = Math.imul(h2 ^ list[k]!, 0x5bd1e995) ^ (h2 >>> 15);
    }
  }
  out[at] = h1;
  out[at + 1] = h2;
}

const shared = (a: readonly number[], b: readonly number[]): number[] => (a.length === 0 || b.length === 0 ? [] : a.filter((x) => b.includes(x)));
const sharesAny = (a: readonly number[], b: readonly number[]): boolean => a.some((x) => b.includes(x));

/** The decision for one pair: the evidence that joins them, or null. */
function sameStory(a: Member, b: Member, weights: Weights): string | null {
  const gap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
  if (gap > MAX_DAYS_APART) return null;
  const { table, weak } = weights;

  // Different names of the table: each names something the other does not mention or imply (a gathering both name aside).
  // (Nor a country: two clubs signing one country's players, two cities of one country.)
  const ownA = a.specific.filter((x) => !weights.gatherings.has(x) && !weights.countries.has(x));
  const ownB = b.specific.filter((x) => !weights.gatherings.has(x) && !weights.countries.has(x));
  if (ownA.length > 0 && ownB.length > 0 && !sharesAny(ownA, b.entities) && !sharesAny(ownB, a.entities)) return null;
  // One company's (or club's) two events in two places: the company is all they share, and each names a place, person
  // or body the other neither names nor implies (Renault's Tangier plant and its Casablanca plant the same day).
  if (ownA.length > 0 && ownB.length > 0) {
    const common = [...ownA.filter((x) => b.entities.includes(x)), ...ownB.filter((x) => a.entities.includes(x))];
    const apart = (own: readonly number[], other: Member) => own.some((x) => !other.entities.includes(x) && !weights.companies.has(x));
    if (common.length > 0 && common.every((x) => weights.companies.has(x)) && apart(ownA, b) && apart(ownB, a)) return null;
  }
  // Different nations: each names a nation the other neither names nor implies (the UAE's consulate, Eswatini's;
  // Morocco repatriating its citizens from Ukraine, Algeria its students).
  // Different companies, clubs and competitions likewise (Sonatrach's gas agreement with ENI, and with TotalEnergies;
  // the Wydad beating the FUS, the Raja beating the Wydad; a team qualified for the Olympics, another for the World Cup).
  // A nation a text implies counts as one it names: a call from Erdogan is Turkey's, one from Macron France's.
  for (const [set, said] of [
    [weights.nations, "entities"],
    [weights.companies, "specific"],
    [weights.gatherings, "specific"],
  ] as const) {
    const own = (m: Member, other: Member) => m[said].some((x) => set.has(x) && !other.entities.includes(x));
    if (own(a, b) && own(b, a)) return null;
  }
  // Different unknown names, within Latin script: capitalised names the table does not know, compared by their
  // skeletons (so Uarzazat and Ouarzazate are one name), unless a name of the table is shared.
  const sameLanguage = a.lang === b.lang;
  // (A country both are in does not count: "El Real Madrid ficha a un joven marroquí" and "El Barcelona ficha …".)
  const placeOrBody = (x: number) => !weights.countries.has(x) && b.entities.includes(x);
  if (a.latin && b.latin && a.skeletons.length > 0 && b.skeletons.length > 0 && !sharesAny(a.skeletons, b.skeletons) && !a.entities.some(placeOrBody))
    return null;
  // Different significant numbers: both say some and share none — a number said as an approximation is shared with
  // one within a tenth of it ("près de 500" and "497" may be one toll; "about 500,000 tonnes" is not "300,000").
  const exact = shared(a.numbers, b.numbers);
  const numbers = a.approximate.length > 0 || b.approximate.length > 0 ? [...exact, ...approximatelyShared(a, b, table)] : exact;
  const saysNumbers = (m: Member) => m.numbers.length > 0 || m.approximate.length > 0;
  if (numbers.length === 0 && saysNumbers(a) && saysNumbers(b)) return null;
  // Different counts of one thing: "200 migrants" and "45 migrants" — unless both name the same place, person or body
  // (not only a country), where a new count is most often the toll of one event updated ("5 morts" then "7 morts" at Taza).
  const mentionedByBoth = a.specific.filter((x) => b.specific.includes(x));
  const placeShared = mentionedByBoth.some((x) => !weights.countries.has(x));
  // (Not two days of one month, wherever: one court's two trials put off, to the 16th and to the 23rd of June.)
  if (a.counts.length > 0 && b.counts.length > 0) {
    if (a.dates.length > 0 && b.dates.length > 0 && countsDiffer(a.dates, b.dates, table)) return null;
    if (!placeShared && countsDiffer(a.counts, b.counts, table)) return null;
  }
  // Opposite events: one text says something starts (opens, is launched), the other that it ends (closes); one that
  // something rises, the other that it falls.
  for (const [these, those] of weights.opposites) {
    if (saysOnly(a, these, those) && saysOnly(b, those, these)) return null;
    if (saysOnly(b, these, those) && saysOnly(a, those, these)) return null;
  }
  // Different kinds of event (a collapse, an accident), of people (doctors, teachers) or of produce (tomatoes, onions).
  for (const { kind, match } of weights.kinds) {
    const ofA = a.concepts.filter((c) => kind.has(c));
    const ofB = b.concepts.filter((c) => kind.has(c));
    if (ofA.length === 0 || ofB.length === 0) continue;
    const differ = match ? ofA.some((c) => !ofB.includes(c)) || ofB.some((c) => !ofA.includes(c)) : !ofA.some((c) => ofB.includes(c));
    if (differ) return null;
  }
  const named = (ids: readonly number[], prefix: number) => ids.map((id) => table.text[id]!.slice(prefix));
  // A beginning or an end said two ways ("ouverture du procès" / "انطلاق محاكمة": opening and launch) is one concept shared.
  const { familyOf } = weights;
  const concepts = shared(a.concepts, b.concepts);
  for (const said of a.concepts) {
    const f = familyOf(said);
    if (f !== 0 && !concepts.some((c) => familyOf(c) === f) && b.concepts.some((c) => familyOf(c) === f)) concepts.push(said);
  }
  // A beginning or an end both say, in whichever words, is said by both; what a text says besides (not a weak concept)
  // is its extra.
  const alsoSaid = (c: number) => concepts.includes(c) || (familyOf(c) !== 0 && concepts.some((x) => familyOf(x) === familyOf(c)));
  const extra = (m: Member) => m.concepts.filter((c) => !weak.has(c) && !alsoSaid(c)).length;

  if (sameLanguage) {
    // One shared word is not enough, however rare; two only when they make most of both texts.
    const { count, common, overlap, first } = weightedOverlap(a.words, b.words, weights.idf, weights.isCommon);
    const threshold = gap >= 2 ? SAME_LANGUAGE_LATER : SAME_LANGUAGE_THRESHOLD;
    // Or every word of the shorter text is in the other, one of them not a common one: a ticker's headline cut
    // short ("El Gobierno aprueba el plan" of "El Gobierno aprueba el plan de regadío"), the same or the next day.
    const contained = gap <= 1 && count >= 3 && count === Math.min(a.words.length, b.words.length) && common < count;
    // (Not words of the lexicon alone: "prices rise this week" is said of tomatoes and of sardines. Nor one or two
    // words besides them when each text says a thing of the lexicon the other does not: "ouverture d'un nouveau
    // centre" commercial here, de santé there; "le Parlement adopte le projet de loi" de finances, sur la grève.)
    const apart = count - common <= 2 && extra(a) > 0 && extra(b) > 0;
    const overlapping = common < count && !apart && ((count >= 3 && overlap >= threshold) || (count === 2 && overlap >= 0.6));
    if (overlapping || contained) {
      const words = named(first, 0).join(", ");
      return overlapping ? `shared words (${(overlap * 100).toFixed(0)}%): ${words}` : `every word of one in the other: ${words}`;
    }
  }

  // Anchors: a named place, person or body both mention (a country or region counts half), a number, a skeleton.
  // A name both texts mention is one anchor; a name one mentions and the other only implies counts only when no name
  // is mentioned by both: "Al Ahly" implies Cairo, and "Cairo derby" beside it is not more evidence of one event.
  const names =
    mentionedByBoth.length > 0
      ? mentionedByBoth
      : [...new Set([...a.specific.filter((x) => b.entities.includes(x)), ...b.specific.filter((x) => a.entities.includes(x))])];
  const strongNames = names.filter((x) => !weights.countries.has(x));
  const skeletons = shared(a.skeletons, b.skeletons);
  // A whole name of several words, across scripts or Latin languages (two Arabic texts share word pairs that are no names).
  const fullNames = a.latin || b.latin ? shared(a.fullNames, b.fullNames) : [];
  // A figure both say, of one thing (see isFigure), counts as a significant number.
  const counted = numbers.length === 0 && sharesAny(a.figures, b.figures) ? 1 : 0;
  const strongAnchors = strongNames.length + numbers.length + counted + Math.max(skeletons.length, fullNames.length > 0 ? 1 : 0);
  // A kind both say (a disease, a kind of produce or event: influenza, tomatoes, an earthquake) is as specific as a
  // country: it counts half.
  const kindShared = concepts.some((c) => weights.kinds.some(({ kind }) => kind.has(c))) ? 0.5 : 0;
  const anchors = strongAnchors + (names.length - strongNames.length) / 2 + kindShared;
  const strong = concepts.filter((c) => !weak.has(c));
  const small = shared(a.small, b.small);
  const smallShared = small.length > 0;
  const conceptWeight = strong.length + (concepts.length - strong.length) / 2 + (smallShared ? 0.5 : 0);
  const weightOf = (m: Member) => m.concepts.reduce((sum, c) => sum + (weak.has(c) ? 0.5 : 1), 0);
  const conceptDice = (2 * (strong.length + (concepts.length - strong.length) / 2)) / Math.max(1, weightOf(a) + weightOf(b));
  const why = () =>
    [
      names.length && `names ${named(names, 2).join(", ")}`,
      numbers.length && `numbers ${named(numbers, 1).join(", ")}`,
      skeletons.length && `spellings ${named(skeletons, 2).join(", ")}`,
      fullNames.length && `whole names ${named(fullNames, 2).join(", ")}`,
      concepts.length && `concepts ${named(concepts, 2).join(", ")}`,
      smallShared && `small numbers ${named(small, 2).join(", ")}`,
    ]
      .filter(Boolean)
      .join("; ");
  const sameDay = gap <= 1;
  // A name and two concepts; two anchors and one; a name and the one concept that is all one of them says, the same
  // or the next day (a short headline "fire in Casablanca" would otherwise join every fire there that week).
  // (Not when each says a figure of its own, none shared, and one of them a thing of its own: an airport's new terminal
  // for 8 million passengers and its traffic up 20 %.)
  const figureShared = numbers.length > 0 || smallShared;
  // A figure of its own: when they share none, any figure a text says.
  const ownFigure = (m: Member) => !figureShared && (m.numbers.length > 0 || m.small.length > 0);
  const apartByFigures = ownFigure(a) && ownFigure(b) && (extra(a) > 0 || extra(b) > 0);
  if (anchors >= 1 && conceptWeight >= 2 && !apartByFigures) return why();
  // A name and a precise figure (two significant digits or more: 868,000, 3.6, 14.9 million; not 200 or 10 billion) the
  // same day: the same figure said of the same place, person or body is one event, whatever words tell it — unless
  // each text says a thing the other does not (one office's growth and its unemployment, both 3.2 %).
  if (sameDay && strongNames.length >= 1 && numbers.some((t) => isPrecise(table.text[t]!)) && (extra(a) === 0 || extra(b) === 0)) return why();
  // (Two names and one concept, when each text also says something the other does not — a port here, a road there —
  // are one actor's two events; a shared figure, even a score, is what tells one event.)
  // One text says no concept the other does not (a short headline of a longer one's event).
  const eitherSaysNoMore = extra(a) === 0 || extra(b) === 0;
  if (anchors >= 2 && conceptWeight >= 1 && (figureShared || conceptWeight >= 2 || eitherSaysNoMore)) return why();
  // (When they share no figure, a text with a figure of its own says more too: "Cairo Metro Line 3 adds four new
  // stations" is not the metro's fares. So does a text naming a place, person or body the other does not: one court's
  // sentence of a youtuber and of a club's former president; one president's sacking of the PM and of Sfax's governor.)
  const ownName = (m: Member, other: Member) => numbers.length === 0 && m.specific.some((x) => !weights.countries.has(x) && !other.entities.includes(x));
  const saysNoMore = (m: Member, other: Member) => extra(m) === 0 && !ownFigure(m) && !ownName(m, other);
  if (sameDay && strongAnchors >= 1 && strong.length >= 1 && (saysNoMore(a, b) || saysNoMore(b, a))) return why();
  // Two names, one of them a person's whole name, the same or the next day, and one text saying nothing else ("Le
  // Wydad officialise l'arrivée de Rulani Mokwena" / "Rulani Mokwena nouvel entraîneur du Wydad").
  if (sameDay && fullNames.length > 0 && strongNames.length >= 1 && eitherSaysNoMore) return why();
  // Three names of the table both mention (two people and a city), the same or the next day.
  if (sameDay && strongNames.length >= 3) return why();
  // A country and three concepts (two days apart or more, not when each text says one more: one minister's new
  // hospital and his vaccination campaign).
  if (anchors >= 0.5 && conceptWeight >= 2.5 && (gap <= 1 || conceptWeight >= 3.5 || eitherSaysNoMore)) return why();
  // No name at all: the same concepts said the same day — with the same small number, or nothing else.
  // (Not, without a small number, when each text says one more: one government's decrees of aid to farmers and to hauliers.)
  if (anchors === 0 && sameDay && strong.length >= 2 && (smallShared || (conceptWeight >= 2.5 && conceptDice >= 0.8 && eitherSaysNoMore))) return why();
  // A country, the same day, and the same concepts making most of both texts' (a strike of teachers in Tunisia).
  if (anchors >= 0.5 && sameDay && strong.length >= 2 && conceptDice >= 0.8) return why();
  // Four concepts and no name (not when each text says one more).
  if (anchors === 0 && strong.length >= 4 && conceptDice >= 0.6 && eitherSaysNoMore) return why();

  // Latin-script languages: a shared significant number and close spellings.
  if (!sameLanguage && a.latin && b.latin && numbers.length > 0 && jaccard(trigramsOfWords(a, table), trigramsOfWords(b, table)) >= CROSS_LANGUAGE_TRIGRAMS)
    return `numbers ${named(numbers, 1).join(", ")}; close spellings`;
  return null;
}

/** Whether a number token ("#868000", "#~3.6") has two significant digits or more: few events share it by chance. */
function isPrecise(number: string): boolean {
  return (
    number
      .replace(/^#[~>]?/, "")
      .replace(".", "")
      .replace(/^0+/, "")
      .replace(/0+$/, "").length >= 2
  );
}

/**
 * Whether `value` can be what a number said with `mark` means: "~" within a tenth of it ("près de 500": 497), ">" from
 * it to a third more ("plus de 2 millions": 2.3 million; not 1.9), "" itself.
 */
function withinMargin(mark: string, figure: number, value: number): boolean {
  if (mark === "~") return Math.abs(figure - value) <= 0.1 * Math.max(figure, value);
  if (mark === ">") return value >= figure && value <= figure * 1.3;
  return figure === value;
}

/** A figure written from `at` and its mark: a number token's from 1 ("#>115000000000" → ">", 115000000000), a count's after its "=". */
function markedFigure(text: string, at: number): { mark: string; figure: number } {
  const mark = text.charAt(at) === "~" || text.charAt(at) === ">" ? text.charAt(at) : "";
  return { mark, figure: Number(text.slice(at + mark.length)) };
}

/** Whether two marked figures can be one ("~500" and "497"; ">115 billion" and "117.7 billion"; not "112 billion"). */
function sameFigure(x: { mark: string; figure: number }, y: { mark: string; figure: number }): boolean {
  return withinMargin(x.mark, x.figure, y.figure) || withinMargin(y.mark, y.figure, x.figure);
}

/** The approximate numbers of either text that the other says too, or says within its margin. */
function approximatelyShared(a: Member, b: Member, table: TokenTable): number[] {
  const near = (x: number, others: readonly number[]) => others.some((y) => sameFigure(markedFigure(table.text[x]!, 1), markedFigure(table.text[y]!, 1)));
  return [...a.approximate.filter((x) => near(x, b.numbers) || near(x, b.approximate)), ...b.approximate.filter((x) => near(x, a.numbers))];
}

/**
 * A count of ten or more ("48 degrés", "48 درجة": temperature = 48), or a percentage whatever its value ("l'inflation
 * recule à 5 %", "التضخم يتراجع إلى 5 بالمائة"): when two texts both say it, a figure of the event like a significant
 * number (a smaller count, "3 morts", is said of too many events).
 */
function isFigure(count: string): boolean {
  const at = count.indexOf("=");
  if (count.startsWith("k:month-")) return false; // A date is said of many events.
  const { mark, figure } = markedFigure(count, at + 1); // (Not a count said as an approximation.)
  return (mark === "" && figure >= 10) || count.slice(0, at) === "k:percent";
}

/** What a count token counts, how many, and with what mark ("k:migration=~500" → "k:migration", 500, "~"). */
function countOf(id: number, table: TokenTable): { thing: string; figure: number; mark: string } {
  const text = table.text[id]!;
  const at = text.indexOf("=");
  return { thing: text.slice(0, at), ...markedFigure(text, at + 1) };
}

/** Whether the two texts count one thing differently: no count of it in one is the other's (or, approximately, near it). */
function countsDiffer(a: readonly number[], b: readonly number[], table: TokenTable): boolean {
  const same = (x: number, y: number) => x === y || sameFigure(countOf(x, table), countOf(y, table));
  for (const x of a) {
    const thing = countOf(x, table).thing;
    const ofB = b.filter((y) => countOf(y, table).thing === thing);
    if (ofB.length > 0 && !a.some((z) => countOf(z, table).thing === thing && ofB.some((y) => same(z, y)))) return true;
  }
  return false;
}

/** Character trigrams of a member's words: only a cross-language pair with a shared number needs them, so they are made then. */
function trigramsOfWords(m: Member, table: TokenTable): Set<string> {
  if (!m.trigrams) {
    m.trigrams = new Set<string>();
    for (const w of m.words) for (const t of trigramsOf(table.text[w]!)) m.trigrams.add(t);
  }
  return m.trigrams;
}

/** Dice coefficient of two sorted word lists, each word weighted by its inverse document frequency; the shared words (the first six). */
/**
 * The weighted share of two members' words that both have (each word weighs by how rare it is). A word of the lexicon
 * (`isCommon`: minister, announces, education …) counts half of its weight as shared: in a small site every
 * word is rare, and one minister's two announcements share little else.
 */
function weightedOverlap(
  a: Int32Array,
  b: Int32Array,
  idf: (w: number) => number,
  isCommon: (w: number) => boolean,
): { count: number; common: number; overlap: number; first: number[] } {
  let sharedWeight = 0;
  let total = 0;
  let count = 0;
  let common = 0;
  const first: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const w = a[i]!;
    const weight = idf(w);
    total += weight;
    while (j < b.length && b[j]! < w) j++;
    if (j < b.length && b[j] === w) {
      const lexicon = isCommon(w);
      if (lexicon) common++;
      sharedWeight += lexicon ? weight : 2 * weight;
      if (count++ < 6) first.push(w);
    }
  }
  for (const w of b) total += idf(w);
  return { count, common, overlap: total === 0 ? 0 : sharedWeight / total, first };
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
