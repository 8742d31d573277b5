/**
 * The decision for one pair of members of the story graph (see stories.ts): whether the
 * evidence they share joins them, after the vetoes. Precision first — a wrong merge is worse
 * than a missed one — so every join needs strong evidence and passes the vetoes.
 *
 * Vetoes (any one keeps a pair apart):
 * - days apart: more than MAX_DAYS_APART between the days they were seen;
 * - different names: both name places, people or bodies of the region (the name table,
 *   across spellings and scripts) and neither names one the other does (a country both name aside);
 * - different nations, companies, clubs or competitions: each names one the other neither names nor implies (one consulate
 *   opening in Laayoune is the UAE's, the next Eswatini's; Sonatrach's deals with ENI and with TotalEnergies);
 * - one actor's two places: a company, a club or a person is all the names they share, and each names another place
 *   or body the other neither names nor implies (Renault's Tangier plant and its Casablanca plant; one minister's
 *   openings at Tangier and at Kénitra the same day);
 * - an event and its end: one says clashes, the other a truce (which may recall the clashes); one that crossings are
 *   suspended or cancelled, the other that they resume;
 * - opposite events: one says something opens or is launched, the other that it closes or ends; or one that
 *   something rises, the other that it falls (olive oil's exports up 30%, its output down 20%); or one that a ban is
 *   lifted, the other a ban; or one that a trial is put off, the other its verdict — unless they share a precise
 *   figure (inflation "ralentit à 2,1 %", prices "progressent de 2,1 %": one release in two framings);
 * - different kinds: each says a kind of event, of crime, of people, of disease, of gathering, of project or of produce
 *   (EXCLUSIVE_KINDS: a collapse, an accident; a murder, a theft; doctors, teachers; measles, cholera; a fair, a
 *   festival; a port, a high-speed line; tomatoes, onions) that the other does not, and they share none (of produce:
 *   not the same ones);
 * - different neighbourhoods or streets: both name some (after "حي", "quartier", "boulevard" …) and share none;
 * - different unknown names: both have capitalised names the table does not know, and none
 *   is shared, even as a close spelling (Uarzazat / Ouarzazate) — within Latin script;
 * - different numbers: both say significant numbers (100 and more, not years; 868.000 =
 *   868,000 = 500 ألف …) and share none (a number said as an approximation, "près de 500", is shared with one
 *   within a tenth of it);
 * - a person's passing and deaths of others: one says that a person died, the other, naming the same person, says
 *   deaths but no one's passing and a thing of its own ("hommage aux victimes", "a book on the dead");
 * - different counts of one thing ("200 migrants", "45 migrants"; not when both name one place, where a new count is a
 *   toll updated — unless it counts what news does not update: tonnes seized, an amount, jobs, cars, years), and different days of one month wherever ("reporté au 16 juin", "au 23 juin");
 *   a change in basis points differs from no rate's level ("cut by 25 basis points", "to 2.25 %");
 * - another side in a match: both tell a match and one says a country's women or youth side ("U23", "المنتخب
 *   الأولمبي") the other does not.
 *
 * Evidence (any one joins a pair that passed the vetoes):
 * - same language: IDF-weighted overlap of their significant words (more of it two days apart or more), not words of
 *   the lexicon alone, nor a name the tables do not know alone when each text says more (see onlyAName), nor when
 *   they share no concept and each says two or more of its own; or, the same or the next day, two rare words and two
 *   strong concepts (one and three) both say, one text saying no concept of its own;
 * - any languages: a shared anchor — a name (not only a country both are in), a significant
 *   number, a count of ten or more of one thing, or the consonant skeleton of an unknown name (ورزازات / Ouarzazate) — and two
 *   concepts of the news lexicon (port, expansion …), or two anchors and one concept (a country, or a kind of
 *   EXCLUSIVE_KINDS both say — influenza, tomatoes —, counts half); two days apart or more, not a name and two
 *   concepts when each text says a thing of its own and they share no figure (one topic's two events);
 * - any languages, the same day: a name and a precise figure (two significant digits or more), whatever the words;
 *   or a person's whole name and that a person died; or two clubs and a small number (a score, "4-0" and
 *   "برباعية"), each text saying nothing but a match;
 * - any languages, the same day: the same two countries' summit or high-level meeting, neither text of a third country;
 * - any languages: a country and three concepts (not when each text says a figure of its own, none shared, and one
 *   of them a thing of its own: a company's goal in tonnes beside the trains it counts on);
 * - any languages, no anchor: four shared concepts that make most of both texts' concepts (the same day, three and
 *   nothing else — not, in one language, two bills or decrees each with a word of its own);
 * - any languages, the same day: a country, a strong concept and more (not of the calendar), one text saying no more and
 *   the other no kind of event it does not (a vague "Maroc : hausse des prix" would bridge chicken's and fuel's);
 * - across Latin-script languages: a shared significant number and close spellings.
 */
import type { Article } from "../model/site.js";
import { capitalisedWords } from "../text/story-features.js";
import type { Interner } from "../util/interner.js";
import { countsDiffer, isPrecise, markedFigure, sameFigure, sharesFigure } from "./story-figures.js";

export const MAX_DAYS_APART = 3;
/**
 * What one event's news does not update: two tonnes of hashish seized off Ceuta and five are two seizures, where
 * five dead and then eight at Azilal are one toll (see the counts veto). Nor a count of people: a boat of 150 and one of
 * 98 at El Hierro the same day are two boats.
 */
const FIXED_COUNTS: ReadonlySet<string> = new Set(["k:tonnes", "k:currency", "k:jobs", "k:cars", "k:years", "k:days", "k:people", "k:until"]);
const SAME_LANGUAGE_THRESHOLD = 0.4;
/** Two days apart or more, the same words must make more of both texts: the same minister on another day is often another event. */
const SAME_LANGUAGE_LATER = 0.6;
const CROSS_LANGUAGE_TRIGRAMS = 0.12;

/**
 * Every token of the graph — a word, a name, a number, a skeleton, a concept — as a small integer, so that
 * a hundred thousand members hold arrays of numbers rather than sets of strings (a tenth of the memory and
 * of the garbage collector's work).
 */
export type TokenTable = Interner;

/** What one member brings to the comparison: its evidence as token ids. */
export interface Member {
  article: Article | null;
  text: string;
  key: string;
  lang: string;
  latin: boolean;
  /** Cut short by a ticker ("… في حوادث…", "falls past 60 per dollar for first..."): what it leaves out is unknown. */
  cut: boolean;
  /** First and last day it was seen (days since the epoch). */
  first: number;
  last: number;
  /** Significant words, sorted. */
  words: Int32Array;
  /**
   * Each word's weight, by how rare it is among the members first seen within weeks of this one (set by the
   * grouping: see localCounts in stories.ts); a word both members have weighs what it weighs for each.
   */
  weights: readonly number[];
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
  /** Skeletons of the neighbourhoods and streets it names (see story-features.ts). */
  districts: readonly number[];
  /** Numbers with what they count ("k:migration=45"). */
  counts: readonly number[];
  /** Those of them that are a figure of an event when two texts both say it (see isFigure): candidate tokens too. */
  figures: readonly number[];
  /** Those that are a day of a month ("k:month-3=11"): no figure of the event, but candidate tokens. */
  dates: readonly number[];
  /** Character trigrams of its words, each as one number, sorted (see trigramsOfWords). */
  trigrams?: Float64Array;
  /** The words it capitalises (see capitalsOf). */
  capitals?: Set<string>;
  /** Which sets of concepts the vetoes read it says, and which kinds (see Weights.marks). */
  marks?: number;
  kindMarks?: number;
}

/** What the pairwise decision reads besides the two members: the token table and each word's weight. */
export interface Weights {
  table: TokenTable;
  weak: Set<number>;
  /** A price and a currency: what an amount of money says of itself. */
  prices: Set<number>;
  /** Concepts that count when both texts say them and are nothing of a text's own when one does (a day of the week). */
  quiet: Set<number>;
  /** Whether a member says that a person died (PASSING_PHRASES): what happens to a person once. */
  passes(m: Member): boolean;
  /** Death, said of anyone (a toll, victims, a passing). */
  death: number;
  /** Hours: a small number beside them is a duration. */
  hours: number;
  /** A record (weak, but an event of its own). */
  record: number;
  /** Countries and regions: names that count half. */
  countries: Set<number>;
  /** Competitions and gatherings (GATHERING_NAMES): one both name does not spare them the veto for different names; two different ones are a veto. */
  gatherings: Set<number>;
  /** Nations, and companies and clubs: two texts that each name one the other does not are two events. */
  nations: Set<number>;
  companies: Set<number>;
  /** The concepts of the calendar: the days of the week, the months, "a weekday". */
  calendar: Set<number>;
  /** Clubs (of CLUB_NAMES): two of them and a score are a match. */
  clubs: Set<number>;
  /** The concepts that tell a match and its result (a win, a draw, a league, a derby …), and nothing else. */
  matchWords: Set<number>;
  /** What tells a country's other sides from its first team (its women, its under-23s …). */
  sides: Set<number>;
  /** Texts a government or a parliament adopts (a bill, a law, a decree): one sitting adopts several. */
  texts: Set<number>;
  /** Formal meetings of two countries (a summit, a high-level meeting): one pair of them holds one a day. */
  summits: Set<number>;
  /** Companies, clubs and people: one of them all two texts share, each naming another place, is two events. */
  actors: Set<number>;
  /** People of the tables (PERSON_NAMES). */
  people: Set<number>;
  /** That two parties met (a reception, a meeting, talks, a visit), and the roles texts name them by (a prime minister, an envoy). */
  meetings: Set<number>;
  roles: Set<number>;
  /**
   * Which of the sets of concepts the vetoes read whole a member says, one bit each (the marks of `opposites` and
   * `endings`), and which `kinds` (bit k: kinds[k]): worked out once for a member, and then a veto is a test of bits.
   */
  marks(m: Member): number;
  kindMarks(m: Member): number;
  /** Pairs of opposite concepts (their marks): a beginning and an end, a rise and a fall, a ban lifted and a ban, a trial put off and its verdict. */
  opposites: readonly (readonly [number, number])[];
  /**
   * An event and the one that ends it (clashes, and a truce; their marks): a text of the first alone and a text of the
   * second are two events, even when the second recalls the first ("a truce after two days of fighting").
   */
  endings: readonly (readonly [number, number])[];
  /** Kinds of which one event is one (EXCLUSIVE_KINDS), and whether two texts must say the same ones or only share one. */
  kinds: readonly { kind: Set<number>; match: boolean }[];
  /** Those of kinds that, shared, count half an anchor (not a kind of place: see EXCLUSIVE_KINDS). */
  anchoringKindConcepts: Set<number>;
  /** A concept's family (a beginning, an end): one thing said in several words; 0 for none. */
  familyOf(concept: number): number;
  /** Whether a word is a word of the lexicon (a common news word: minister, announces). */
  isCommon(word: number): boolean;
}

/** Whether a member's marks (see Weights.marks) say one of the sets `these` and none of `those`. */
const saysOnly = (marks: number, these: number, those: number): boolean => (marks & these) !== 0 && (marks & those) === 0;

/** No ids: what most pairs share of most lists (never added to). */
const NO_IDS: readonly number[] = Object.freeze([]);
const shared = (a: readonly number[], b: readonly number[]): readonly number[] => (a.length === 0 || b.length === 0 ? NO_IDS : a.filter((x) => b.includes(x)));
function sharesAny(a: readonly number[], b: readonly number[]): boolean {
  if (b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Whether a member says a small number of days ("q:2") in hours too ("48 heures": see storyNumbers). */
function saysInHours(m: Member, small: string, table: TokenTable): boolean {
  const hours = Number(small.slice(2)) * 24;
  return [...m.small, ...m.numbers].some((t) => table.text[t] === `q:${hours}` || table.text[t] === `#${hours}`);
}

/** The decision for one pair: the evidence that joins them, or null. */
export function sameStory(a: Member, b: Member, weights: Weights): string | null {
  const gap = Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));
  if (gap > MAX_DAYS_APART) return null;
  const numbers = sharedNumbers(a, b, weights.table);
  if (vetoed(a, b, numbers, weights)) return null;
  const concepts = sharedConcepts(a, b, weights);
  // A person's passing, and deaths said of others by a text that says a thing of its own besides: two events ("Décès
  // de la militante Fatima Tazi" / "Fatima Tazi rend hommage aux victimes des inondations"; "Hamid Zoughi est mort" /
  // "Hamid Zoughi prépare un film sur la mort de son père").
  if (concepts.shared.includes(weights.death) && (deathOfOthers(a, b, concepts, weights) || deathOfOthers(b, a, concepts, weights))) return null;
  // Two texts of one language whose rare shared words are only one name, each saying more of its own (see onlyAName):
  // worked out only when a rule asks, most pairs join or part before.
  let only: boolean | undefined;
  const nameOnly = () => (only ??= a.lang === b.lang && onlyAName(a, b, weights));
  const sameLanguage = a.lang === b.lang ? sameLanguageEvidence(a, b, gap, concepts, weights) : null;
  if (sameLanguage !== null && !nameOnly()) return sameLanguage;
  // A headline cut short lacks what it leaves out (the week of a toll): it joins on other evidence only a text that
  // says its names and figures — else through it one story would bridge to another.
  if ((a.cut && !coveredBy(a, b, weights)) || (b.cut && !coveredBy(b, a, weights))) return null;
  return anchoredEvidence(a, b, gap, numbers, concepts, nameOnly, weights);
}

/**
 * Whether `m` says death but no one's passing, and a thing of its own besides (a concept, or in one language two
 * words), where `other` says the passing of a person both name by a whole name ("وفاة شخص" in a road accident, no
 * one named, is a toll).
 */
function deathOfOthers(m: Member, other: Member, concepts: SharedConcepts, weights: Weights): boolean {
  if (weights.passes(m) || !weights.passes(other) || !sameName(m, other, weights)) return false;
  return concepts.extra(m) > 0 || (m.lang === other.lang && m.words.length - sharedWords(m.words, other.words).length >= 2);
}

/**
 * Whether two members name one person the tables do not know: a whole name, a name's skeleton, or two words
 * capitalised in both ("Hamid Zoughi", whose parts are too short for a skeleton).
 */
function sameName(a: Member, b: Member, weights: Weights): boolean {
  if (sharesAny(a.fullNames, b.fullNames) || sharesAny(a.skeletons, b.skeletons)) return true;
  return a.latin && b.latin && capitalisedInBoth(a, b, sharedWords(a.words, b.words), weights).size >= 2;
}

/**
 * Whether `other` says the names (but countries) and the significant numbers `m` says — what tells one event from
 * another of its kind (its words may differ: "évacués" and "clear").
 */
function coveredBy(m: Member, other: Member, weights: Weights): boolean {
  return m.specific.every((x) => weights.countries.has(x) || other.entities.includes(x)) && m.numbers.every((x) => other.numbers.includes(x));
}

/** The significant numbers two members share — a number said as an approximation within its margin of the other's. */
function sharedNumbers(a: Member, b: Member, table: TokenTable): readonly number[] {
  const exact = shared(a.numbers, b.numbers);
  return a.approximate.length > 0 || b.approximate.length > 0 ? [...exact, ...approximatelyShared(a, b, table)] : exact;
}

/**
 * Whether a member names what the other does not: a place, person or body of the table (not a country), or, in Latin
 * script, a capitalised name the table does not know (an Arabic text's skeletons are of every word the table lacks).
 */
const namesMore = (m: Member, other: Member, weights: Weights): boolean =>
  m.specific.some((x) => !weights.countries.has(x) && !other.entities.includes(x)) || (m.latin && m.skeletons.some((x) => !other.skeletons.includes(x)));

/** The names of the table both members mention themselves (not only imply). */
const mentionedByBoth = (a: Member, b: Member): number[] => a.specific.filter((x) => b.specific.includes(x));

/** Whether a veto keeps two members apart, days aside (see the head of this file). */
export function keptApart(a: Member, b: Member, weights: Weights): boolean {
  return vetoed(a, b, sharedNumbers(a, b, weights.table), weights);
}

/**
 * Whether a member names what tells its event's place from another's: a place, person or body of the tables (a
 * country aside), a neighbourhood, or in Latin script a capitalised name the tables do not know (an Arabic text's
 * skeletons are of every word the tables lack). (Not a toll: a toll updated — 9 hurt, then 12 — is one accident told
 * as it goes, which the texts between hold together; nor an amount: one price rise is "de 10 dirhams" and "à 50".)
 */
export function isAnchored(m: Member, weights: Weights): boolean {
  return m.specific.some((x) => !weights.countries.has(x)) || m.districts.length > 0 || (m.latin && m.skeletons.length > 0);
}

/** Whether a veto keeps two members apart (see the head of this file); `numbers`: those they share. */
function vetoed(a: Member, b: Member, numbers: readonly number[], weights: Weights): boolean {
  const { table } = weights;
  // (Most pairs name nothing of the tables on one side: the vetoes of names need no look then.)
  if (a.specific.length > 0 && b.specific.length > 0 && namesVetoed(a, b, weights)) return true;
  // Different nations: each names a nation the other neither names nor implies (the UAE's consulate, Eswatini's;
  // Morocco repatriating its citizens from Ukraine, Algeria its students).
  // A nation a text implies counts as one it names: a call from Erdogan is Turkey's, one from Macron France's.
  if (ownOf(a.entities, b, weights.nations) && ownOf(b.entities, a, weights.nations)) return true;
  // Different unknown names, within Latin script: capitalised names the table does not know, compared by their
  // skeletons (so Uarzazat and Ouarzazate are one name), unless a name of the table is shared.
  // (A country both are in does not count: "El Real Madrid ficha a un joven marroquí" and "El Barcelona ficha …".)
  if (a.latin && b.latin && a.skeletons.length > 0 && b.skeletons.length > 0 && !sharesAny(a.skeletons, b.skeletons) && !sharesPlaceOrBody(a, b, weights))
    return true;
  // Different neighbourhoods or streets: both name some and share none (two fires of one city the same day, "quartier
  // Maârif" and "حي الرباط").
  if (a.districts.length > 0 && b.districts.length > 0 && !sharesAny(a.districts, b.districts)) return true;
  // Different significant numbers: both say some and share none — a number said as an approximation is shared with
  // one within a tenth of it ("près de 500" and "497" may be one toll; "about 500,000 tonnes" is not "300,000").
  if (numbers.length === 0 && (a.numbers.length > 0 || a.approximate.length > 0) && (b.numbers.length > 0 || b.approximate.length > 0)) return true;
  // Different counts of one thing: "200 migrants" and "45 migrants" — unless both name the same place, person or body
  // (not only a country), where a new count is most often the toll of one event updated ("5 morts" then "7 morts" at Taza).
  // (Not two days of one month, wherever: one court's two trials put off, to the 16th and to the 23rd of June.)
  if (a.counts.length > 0 && b.counts.length > 0) {
    if (a.dates.length > 0 && b.dates.length > 0 && countsDiffer(a.dates, b.dates, table)) return true;
    const placeShared = mentionedByBoth(a, b).some((x) => !weights.countries.has(x));
    if (countsDiffer(a.counts, b.counts, table, placeShared ? FIXED_COUNTS : undefined)) return true;
  }
  // (The vetoes below read concepts: a text that says none is spared them.)
  if (a.concepts.length === 0 || b.concepts.length === 0) return false;
  // Another side of one country in a match: its under-23s or its women, and its first team ("Les U23 marocains battent
  // le Ghana 2-0" beside "le Maroc bat le Ghana 2-0" the same day).
  if (a.concepts.some((c) => weights.matchWords.has(c)) && b.concepts.some((c) => weights.matchWords.has(c))) {
    const sideOf = (m: Member) => m.concepts.filter((c) => weights.sides.has(c));
    const [sideA, sideB] = [sideOf(a), sideOf(b)];
    if (sideA.length !== sideB.length || sideA.some((c) => !sideB.includes(c))) return true;
  }
  // Opposite events: one text says something starts (opens, is launched), the other that it ends (closes); one that
  // something rises, the other that it falls.
  const [marksA, marksB] = [weights.marks(a), weights.marks(b)];
  for (const [event, end] of weights.endings) {
    if (saysOnly(marksA, event, end) && (marksB & end) !== 0) return true;
    if (saysOnly(marksB, event, end) && (marksA & end) !== 0) return true;
  }
  // (Not when they share a precise figure: one figure told as a rise and as a fall is one event in two framings —
  // inflation "ralentit à 2,1 %", prices "progressent de 2,1 %".)
  const precise = numbers.some((t) => isPrecise(table.text[t]!));
  for (const [these, those] of precise ? [] : weights.opposites) {
    if (saysOnly(marksA, these, those) && saysOnly(marksB, those, these)) return true;
    if (saysOnly(marksB, these, those) && saysOnly(marksA, those, these)) return true;
  }
  // Different kinds of event (a collapse, an accident), of people (doctors, teachers), of project (a port, a
  // high-speed line) or of produce (tomatoes, onions).
  // (Most pairs have no kind in common: then no kind needs a look.)
  const [kindsA, kindsB] = [weights.kindMarks(a), weights.kindMarks(b)];
  if ((kindsA & kindsB) === 0) return false;
  for (const [k, { kind, match }] of weights.kinds.entries()) {
    if ((kindsA & kindsB & (1 << k)) === 0) continue;
    const ofA = a.concepts.filter((c) => kind.has(c));
    const ofB = b.concepts.filter((c) => kind.has(c));
    const differ = match ? ofA.some((c) => !ofB.includes(c)) || ofB.some((c) => !ofA.includes(c)) : !ofA.some((c) => ofB.includes(c));
    if (differ) return true;
  }
  return false;
}

/** The vetoes of names, for two members that both mention names of the tables. */
function namesVetoed(a: Member, b: Member, weights: Weights): boolean {
  // Different names of the table: each names something the other does not mention or imply (a gathering both name aside).
  // (Nor a country: two clubs signing one country's players, two cities of one country.)
  const ownA = a.specific.filter((x) => !weights.gatherings.has(x) && !weights.countries.has(x));
  const ownB = b.specific.filter((x) => !weights.gatherings.has(x) && !weights.countries.has(x));
  if (ownA.length > 0 && ownB.length > 0 && !sharesAny(ownA, b.entities) && !sharesAny(ownB, a.entities)) return true;
  // One actor's two events in two places: a company, a club or a person is all they share, and each names a place or
  // body the other neither names nor implies (Renault's Tangier plant and its Casablanca plant the same day; a minister
  // opening a plant at Tangier and another at Kénitra).
  if (ownA.length > 0 && ownB.length > 0) {
    const common = [...ownA.filter((x) => b.entities.includes(x)), ...ownB.filter((x) => a.entities.includes(x))];
    const apart = (own: readonly number[], other: Member) => own.some((x) => !other.entities.includes(x) && !weights.actors.has(x));
    if (common.length > 0 && common.every((x) => weights.actors.has(x)) && apart(ownA, b) && apart(ownB, a)) return true;
  }
  // Different companies, clubs and competitions likewise (Sonatrach's gas agreement with ENI, and with TotalEnergies;
  // the Wydad beating the FUS, the Raja beating the Wydad; a team qualified for the Olympics, another for the World Cup).
  for (const set of [weights.companies, weights.gatherings]) if (ownOf(a.specific, b, set) && ownOf(b.specific, a, set)) return true;
  return false;
}

/** Whether of `said` (names a member says) one is of `set` and the other member neither names nor implies it. */
function ownOf(said: readonly number[], other: Member, set: ReadonlySet<number>): boolean {
  for (const x of said) if (set.has(x) && !other.entities.includes(x)) return true;
  return false;
}

/** Whether `a` implies or names a place or body (not a country) that `b` names or implies. */
function sharesPlaceOrBody(a: Member, b: Member, weights: Weights): boolean {
  for (const x of a.entities) if (!weights.countries.has(x) && b.entities.includes(x)) return true;
  return false;
}

/** The concepts two members share, and how many (not weak ones) a member says besides. */
interface SharedConcepts {
  shared: readonly number[];
  /** Those of them that are not weak. */
  strong: readonly number[];
  extra(m: Member): number;
}

function sharedConcepts(a: Member, b: Member, weights: Weights): SharedConcepts {
  const { familyOf, weak, quiet } = weights;
  // A beginning or an end said two ways ("ouverture du procès" / "انطلاق محاكمة": opening and launch) is one concept shared.
  let concepts = shared(a.concepts, b.concepts);
  // (The stronger of the two words counts, whichever text says it: work resumed, rather than work "back", weak.)
  for (const said of a.concepts) {
    const f = familyOf(said);
    if (f === 0 || concepts.some((c) => familyOf(c) === f)) continue;
    const other = b.concepts.find((c) => familyOf(c) === f);
    if (other !== undefined) concepts = [...concepts, weak.has(said) && !weak.has(other) ? other : said];
  }
  // A beginning or an end both say, in whichever words, is said by both; what a text says besides (not a weak concept)
  // is its extra (worked out once for each, when a rule first reads it).
  const alsoSaid = (c: number) => concepts.includes(c) || (familyOf(c) !== 0 && concepts.some((x) => familyOf(x) === familyOf(c)));
  const extraOf = (m: Member) => {
    let count = 0;
    for (const c of m.concepts) if (!weak.has(c) && !quiet.has(c) && !alsoSaid(c)) count++;
    return count;
  };
  const known = [-1, -1];
  const extra = (m: Member) => {
    const k = m === a ? 0 : m === b ? 1 : -1;
    if (k < 0) return extraOf(m);
    if (known[k]! < 0) known[k] = extraOf(m);
    return known[k]!;
  };
  return { shared: concepts, strong: concepts.filter((c) => !weak.has(c)), extra };
}

/** The texts of tokens, without their prefix of `prefix` characters ("n:tangier" → "tangier"). */
const named = (table: TokenTable, ids: readonly number[], prefix: number) => ids.map((id) => table.text[id]!.slice(prefix));

/** Evidence within one language: the same rare words. */
function sameLanguageEvidence(a: Member, b: Member, gap: number, concepts: SharedConcepts, weights: Weights): string | null {
  const { extra } = concepts;
  // One shared word is not enough, however rare; two only when they make most of both texts.
  const { count, common, overlap, first } = weightedOverlap(a, b, weights.isCommon);
  const threshold = gap >= 2 ? SAME_LANGUAGE_LATER : SAME_LANGUAGE_THRESHOLD;
  // Or every word of the shorter text is in the other, one of them not a common one: a ticker's headline cut
  // short ("El Gobierno aprueba el plan" of "El Gobierno aprueba el plan de regadío"), the same or the next day.
  const contained = gap <= 1 && count >= 3 && count === Math.min(a.words.length, b.words.length) && common < count;
  // (Not words of the lexicon alone: "prices rise this week" is said of tomatoes and of sardines. Nor one or two
  // words besides them when each text says a thing of the lexicon the other does not: "ouverture d'un nouveau
  // centre" commercial here, de santé there; "le Parlement adopte le projet de loi" de finances, sur la grève.)
  // (A name the tables do not know counts as one word however many it has: "Bou Azzer cobalt" is two, and a mine's
  // collapse and its output doubled say two things of it.)
  // (In Arabic, which has no capitals, a place the tables do not know is told from words by nothing: up to three words
  // — "مصنع غزل بكفر الدوار", a factory of one town, on fire and on strike — unless a number both say is among them:
  // the teachers' strike "لثلاثة أيام".)
  const besides = a.latin || b.latin || sharesAny(a.small, b.small) || sharesAny(a.numbers, b.numbers) ? 2 : 3;
  // (Nor when they share no concept at all and each says two or more of its own: the words they share are whom or
  // where, not what — one council's head arrested for corruption, and its budget passed.)
  const apart =
    (extra(a) > 0 && extra(b) > 0 && count - common - (count - common > 2 ? extraNameWords(a, b, weights) : 0) <= besides) ||
    (concepts.shared.length === 0 && extra(a) >= 2 && extra(b) >= 2);
  const overlapping = common < count && !apart && ((count >= 3 && overlap >= threshold) || (count === 2 && overlap >= 0.6));
  // Or, the same or the next day, two rare words and two strong concepts both say, one text saying no concept of its own:
  // "تسريب أسئلة مباراة ولوج كليات الطب يثير الجدل" and the ministry's investigation of "تسريب أسئلة مباراة الطب".
  const strongShared = concepts.strong.length;
  const pooled =
    gap <= 1 && ((count - common >= 2 && strongShared >= 2) || (count >= 2 && count > common && strongShared >= 3)) && (extra(a) === 0 || extra(b) === 0);
  // (A text whose words are all in the other's is apart as overlapping texts are: "تجديد البطاقة الوطنية إلكترونيا عبر منصة
  // جديدة" and "تجديد رخصة السياقة إلكترونيا عبر منصة جديدة", an identity card and a driving licence renewed online, whose
  // names of the lexicon are no words.)
  if (!overlapping && !(contained && !apart) && !pooled) return null;
  const words = named(weights.table, first, 0).join(", ");
  return overlapping || pooled ? `shared words (${(overlap * 100).toFixed(0)}%): ${words}` : `every word of one in the other: ${words}`;
}

/**
 * Whether the rare words two Latin-script texts share (not those of the lexicon) are all a name the tables do not
 * know, capitalised in both, they name nothing of the tables together (a country aside), and each text says two words
 * or more of its own: one place's two events ("Oran : le stade Miloud-Hadefi accueillera la Supercoupe", "Stade
 * Miloud-Hadefi : la pelouse hybride sera remplacée"). Word overlap is then no evidence, and neither text counts as
 * saying no more than the other (see anchoredEvidence).
 */
function onlyAName(a: Member, b: Member, weights: Weights): boolean {
  if (!a.latin || !b.latin || mentionedByBoth(a, b).some((x) => !weights.countries.has(x))) return false;
  const both = sharedWords(a.words, b.words);
  if (a.words.length - both.length < 2 || b.words.length - both.length < 2) return false;
  const rare = both.filter((w) => !weights.isCommon(w));
  if (rare.length === 0) return false;
  const names = capitalisedInBoth(a, b, rare, weights);
  return rare.every((w) => names.has(weights.table.text[w]!));
}

/**
 * How many of the words two Latin-script texts share are words of a name beyond its first: shared words capitalised
 * in both texts, side by side in the first ("Bou Azzer", "Kenzi Tower": one each).
 */
function extraNameWords(a: Member, b: Member, weights: Weights): number {
  if (!a.latin || !b.latin) return 0;
  const names = capitalisedInBoth(a, b, sharedWords(a.words, b.words), weights);
  // (Words side by side are two at least.)
  if (names.size < 2) return 0;
  let extra = 0;
  const order = a.key.split(" ");
  for (let i = 1; i < order.length; i++) if (names.has(order[i]!) && names.has(order[i - 1]!)) extra++;
  return extra;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The folded words a member capitalises: worked out once, when a pair first needs them. */
const capitalsOf = (m: Member): Set<string> => (m.capitals ??= capitalisedWords(m.text));

/** Of the words `ids` (words both members have), those both capitalise, as text. */
function capitalisedInBoth(a: Member, b: Member, ids: readonly number[], weights: Weights): ReadonlySet<string> {
  // (No word: no capitals worked out.)
  if (ids.length === 0) return NO_WORDS;
  const [inA, inB] = [capitalsOf(a), capitalsOf(b)];
  return new Set(ids.map((w) => weights.table.text[w]!).filter((w) => inA.has(w) && inB.has(w)));
}

/** The words two sorted lists of word ids share. */
function sharedWords(a: Int32Array, b: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  }
  return out;
}

/** Evidence in any languages: shared anchors (names, numbers, spellings) and concepts of the lexicon. */
function anchoredEvidence(
  a: Member,
  b: Member,
  gap: number,
  numbers: readonly number[],
  concepts: SharedConcepts,
  nameOnly: () => boolean,
  weights: Weights,
): string | null {
  const { table, weak } = weights;
  const { extra } = concepts;
  // Anchors: a named place, person or body both mention (a country or region counts half), a number, a skeleton.
  // A name both texts mention is one anchor; a name one mentions and the other only implies counts only when no name
  // is mentioned by both: "Al Ahly" implies Cairo, and "Cairo derby" beside it is not more evidence of one event.
  const both = mentionedByBoth(a, b);
  const names =
    both.length > 0 ? both : [...new Set([...a.specific.filter((x) => b.entities.includes(x)), ...b.specific.filter((x) => a.entities.includes(x))])];
  const strongNames = names.filter((x) => !weights.countries.has(x));
  const skeletons = shared(a.skeletons, b.skeletons);
  // A whole name of several words, across scripts or Latin languages (two Arabic texts share word pairs that are no names).
  const fullNames = a.latin || b.latin ? shared(a.fullNames, b.fullNames) : [];
  // A figure both say, of one thing (see isFigure), counts as a significant number. A range of days ("du 2 au 5 juin",
  // "من 2 إلى 5 يونيو") only when neither text names a place, person or body the other does not: summer's festivals
  // share their weekends.
  // An amount of money ("12 dirhams") only when the texts share what is priced, a concept besides the price: sugar and
  // tea both up to 30 dirhams a kilo are two prices.
  const priced = concepts.shared.some((c) => !weak.has(c) && !weights.prices.has(c));
  const counted =
    numbers.length === 0 &&
    (sharesFigure(a.figures, b.figures, table, "other") ||
      (priced && sharesFigure(a.figures, b.figures, table, "amount")) ||
      (sharesFigure(a.figures, b.figures, table, "range") && !namesMore(a, b, weights) && !namesMore(b, a, weights)))
      ? 1
      : 0;
  const strongAnchors = strongNames.length + numbers.length + counted + Math.max(skeletons.length, fullNames.length > 0 ? 1 : 0);
  // A kind both say (a disease, a kind of produce or event: influenza, tomatoes, an earthquake) is as specific as a
  // country: it counts half.
  const kindShared = concepts.shared.some((c) => weights.anchoringKindConcepts.has(c)) ? 0.5 : 0;
  const anchors = strongAnchors + (names.length - strongNames.length) / 2 + kindShared;
  const { strong } = concepts;
  const small = shared(a.small, b.small);
  // A figure both say in other words ("sept sur dix" and "70 %", "un tiers" and "33 %") counts as a small number both say.
  // (Not when one text says hours and the other not: its number is a duration, the other's something else — a derby's
  // 2-1, and its tickets sold out "en deux heures".)
  // (Unless the hours are whole days, said as days by the other: "coupure d'eau de 48 heures" is "pendant deux jours".)
  const hoursA = a.concepts.includes(weights.hours);
  const hoursB = b.concepts.includes(weights.hours);
  const inDays = (m: Member) => small.some((x) => m.small.includes(x) && saysInHours(m, table.text[x]!, table));
  const smallShared = (small.length > 0 && (hoursA === hoursB || (hoursA ? inDays(a) : inDays(b)))) || counted > 0;
  // What a shared concept weighs: a weak one half, a quiet one nothing, any other one. (A day of the week both say counts
  // only as the weak "weekday" it also is: one railway's new fares and its new timetable from the same Monday are two
  // decisions.)
  const sharedWeight = (c: number) => (weak.has(c) ? 0.5 : weights.quiet.has(c) ? 0 : 1);
  const conceptWeight = concepts.shared.reduce((sum, c) => sum + sharedWeight(c), 0) + (smallShared ? 0.5 : 0);
  const weightOf = (m: Member) => m.concepts.reduce((sum, c) => sum + (weak.has(c) ? 0.5 : weights.quiet.has(c) && !concepts.shared.includes(c) ? 0 : 1), 0);
  const conceptDice = () => (2 * (strong.length + (concepts.shared.length - strong.length) / 2)) / Math.max(1, weightOf(a) + weightOf(b));
  const why = () =>
    [
      names.length && `names ${named(table, names, 2).join(", ")}`,
      numbers.length && `numbers ${named(table, numbers, 1).join(", ")}`,
      skeletons.length && `spellings ${named(table, skeletons, 2).join(", ")}`,
      fullNames.length && `whole names ${named(table, fullNames, 2).join(", ")}`,
      concepts.shared.length && `concepts ${named(table, concepts.shared, 2).join(", ")}`,
      small.length && `small numbers ${named(table, small, 2).join(", ")}`,
      counted && `a figure said both ways`,
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
  const ownFigure = (m: Member) => !figureShared && (m.numbers.length > 0 || m.approximate.length > 0 || m.small.length > 0);
  const apartByFigures = ownFigure(a) && ownFigure(b) && (extra(a) > 0 || extra(b) > 0);
  // (When they share no figure, a text with a figure of its own says more too: "Cairo Metro Line 3 adds four new
  // stations" is not the metro's fares. So does a text naming a place, person or body the other does not: one court's
  // sentence of a youtuber and of a club's former president; one president's sacking of the PM and of Sfax's governor.)
  const ownName = (m: Member, other: Member) => numbers.length === 0 && m.specific.some((x) => !weights.countries.has(x) && !other.entities.includes(x));
  // (Nor, in one language, a text with words of its own beside the name it shares: see onlyAName.)
  const saysNoMore = (m: Member, other: Member) => extra(m) === 0 && !ownFigure(m) && !ownName(m, other) && !nameOnly();
  // (Anchors that are only a country and a kind — a forest fire in Morocco —, two days apart or more, need one text
  // saying no more: a fire of 200 hectares in the north, and two days later one in Tangier's forest.)
  const weakAnchorsLater = strongAnchors === 0 && gap >= 2 && !saysNoMore(a, b) && !saysNoMore(b, a);
  // (Nor, the same day, when each says a thing of its own and one a figure or a place besides: one country's high-speed
  // line works to Marrakech and its 18 high-speed trains bought.)
  const ownMore = (m: Member, other: Member) => ownFigure(m) || ownName(m, other);
  const kindApart = strongAnchors === 0 && extra(a) > 0 && extra(b) > 0 && (ownMore(a, b) || ownMore(b, a));
  // (Two days apart or more, each saying a thing of its own and no figure shared, they are two events of one topic: the
  // Aïd's sheep sold on the roadside banned, and two days later the first imported sheep landed.)
  const laterEachMore = gap >= 2 && !figureShared && extra(a) > 0 && extra(b) > 0;
  if (anchors >= 1 && conceptWeight >= 2 && !apartByFigures && !weakAnchorsLater && !kindApart && !laterEachMore) return why();
  // A name and a precise figure (two significant digits or more: 868,000, 3.6, 14.9 million; not 200 or 10 billion) the
  // same day: the same figure said of the same place, person or body is one event, whatever words tell it — unless
  // each text says a thing the other does not (one office's growth and its unemployment, both 3.2 %).
  if (sameDay && strongNames.length >= 1 && numbers.some((t) => isPrecise(table.text[t]!)) && (extra(a) === 0 || extra(b) === 0)) return why();
  // (Two names and one concept, when each text also says something the other does not — a port here, a road there —
  // are one actor's two events; a shared figure, even a score, is what tells one event.)
  // One text says no concept the other does not (a short headline of a longer one's event).
  const eitherSaysNoMore = (extra(a) === 0 || extra(b) === 0) && !nameOnly();
  if (anchors >= 2 && conceptWeight >= 1 && (figureShared || conceptWeight >= 2 || eitherSaysNoMore)) return why();
  // (Not when the text saying no more says a record the other does not, and they share no figure: a port's traffic
  // record is not its new quay opened the next day; "9 million tourists, a record" is the 9 million tourists. A record is
  // weak — said of a harvest, a heat, a turnout —, but it is an event of its own.)
  const saysRecordMore = (m: Member, other: Member) => !figureShared && m.concepts.includes(weights.record) && !other.concepts.includes(weights.record);
  if (sameDay && strongAnchors >= 1 && strong.length >= 1 && ((saysNoMore(a, b) && !saysRecordMore(a, b)) || (saysNoMore(b, a) && !saysRecordMore(b, a))))
    return why();
  // Two names, one of them a person's whole name, the same or the next day, and one text saying nothing else ("Le
  // Wydad officialise l'arrivée de Rulani Mokwena" / "Rulani Mokwena nouvel entraîneur du Wydad").
  if (sameDay && fullNames.length > 0 && strongNames.length >= 1 && eitherSaysNoMore) return why();
  // A person's death: a whole name both say, and both saying that a person died, the same or the next day, neither
  // text counting anything but years (an age) — one dies once ("Muere el cantante Abdelhadi Belkhayat a los 80 años" /
  // "Fallece Abdelhadi Belkhayat, voz histórica"); a toll of a place ("two killed at …") is not, nor a word of death
  // said of others ("Fatima Tazi rend hommage aux victimes").
  const countsAge = (m: Member) => m.counts.every((c) => table.text[c]!.startsWith("k:years="));
  // (In one Latin-script language, a whole name whose skeleton is too short to count — "Hamid Zoughi" — is its words
  // side by side, capitalised in both: see extraNameWords.)
  // (The whole name asked last: most pairs are no death.)
  const wholeName = () => fullNames.length > 0 || extraNameWords(a, b, weights) > 0;
  if (sameDay && weights.passes(a) && weights.passes(b) && countsAge(a) && countsAge(b) && wholeName()) return why();
  // Two clubs and a small number both say, the same or the next day, each text saying nothing but a match: a match and
  // its score ("le Wydad écrase l'AS FAR 4-0" / "الوداد يسحق الجيش الملكي برباعية"), whatever words tell it. (Not two
  // clubs' three players suspended beside their derby won 3-1; nor two cities and a small number.)
  const onlyAMatch = (m: Member) => m.concepts.every((c) => weights.matchWords.has(c));
  const clubs = () => strongNames.filter((x) => weights.clubs.has(x)).length;
  if (sameDay && small.length > 0 && onlyAMatch(a) && onlyAMatch(b) && clubs() >= 2) return why();
  // Three names of the table both mention (two people and a city), the same or the next day.
  if (sameDay && strongNames.length >= 3) return why();
  // A person and another party both name, the same or the next day, each text saying only that they met (a reception, a
  // meeting, talks, a visit) and by what titles: "Akhannouch reçoit la directrice générale du FMI" / "Moroccan PM
  // Akhannouch meets IMF chief in Rabat". (Not one name: "Bourita receives" and "Bourita holds talks" the same day are
  // most often two counterparts.)
  const onlyMet = (m: Member) =>
    m.concepts.some((c) => weights.meetings.has(c)) && m.concepts.every((c) => weak.has(c) || weights.meetings.has(c) || weights.roles.has(c));
  if (sameDay && strongNames.length >= 2 && strongNames.some((x) => weights.people.has(x)) && onlyMet(a) && onlyMet(b)) return why();
  // The same two countries' summit or high-level meeting, the same or the next day, neither text of a third country,
  // whoever is named for them ("España y Marruecos celebran la Reunión de Alto Nivel" / "Sánchez y Akhannouch presiden
  // la RAN"): a pair of countries holds one at a time. (Not talks or a meeting: two ministers' two talks the same day.)
  if (sameDay && concepts.shared.some((c) => weights.summits.has(c)) && samePairOfCountries(a, b, weights)) return `${why()}; one summit of two countries`;
  // A country and three concepts (two days apart or more, not when each text says one more — one minister's new
  // hospital and his vaccination campaign —, nor a figure or a place of its own: a forest fire of 200 hectares in the
  // north, and two days later one in Tangier).
  // (Nor when each says a figure of its own, none shared, and one of them a thing of its own: the phosphate company's
  // goal of 5 million tonnes, counting on the trains that run again, and the trains after three weeks' stop.)
  if (anchors >= 0.5 && conceptWeight >= 2.5 && !apartByFigures && (gap <= 1 || conceptWeight >= 3.5 || saysNoMore(a, b) || saysNoMore(b, a))) return why();
  // No name at all: the same concepts said the same day — with the same small number, or nothing else.
  // (Not, without a small number, when each text says one more: one government's decrees of aid to farmers and to hauliers;
  // nor, of bills or decrees both say in one language, when each has a word of its own the lexicon lacks — what the text
  // is on: one weekly council's bills on prisons and on mutual societies.)
  if (
    anchors === 0 &&
    sameDay &&
    strong.length >= 2 &&
    (smallShared || (conceptWeight >= 2.5 && conceptDice() >= 0.8 && eitherSaysNoMore && !differentTexts(a, b, concepts, weights)))
  )
    return why();
  // A country, the same day, a strong concept and more (not a day or a month: one month's two events in one country, its
  // first day and its clocks put back), one text saying no more ("Marruecos sube un 5 % el salario mínimo" / "El Gobierno
  // marroquí aprueba la subida del SMIG").
  const undated = () => conceptWeight - concepts.shared.reduce((sum, c) => sum + (weights.calendar.has(c) ? sharedWeight(c) : 0), 0);
  // (Not when the other text says a kind the short one does not — "Maroc : hausse des prix" beside the price of chicken
  // and of fuel would join, and bridge, both.)
  const kindOnlyIn = (m: Member, other: Member) => (weights.kindMarks(m) & ~weights.kindMarks(other)) !== 0;
  const shortOf = (m: Member, other: Member) => saysNoMore(m, other) && !kindOnlyIn(other, m);
  if (anchors >= 0.5 && sameDay && strong.length >= 1 && undated() >= 1.5 && (shortOf(a, b) || shortOf(b, a))) return why();
  // A country, the same day, and the same concepts making most of both texts' (a strike of teachers in Tunisia).
  if (anchors >= 0.5 && sameDay && strong.length >= 2 && conceptDice() >= 0.8) return why();
  // Four concepts and no name (not when each text says one more).
  if (anchors === 0 && strong.length >= 4 && conceptDice() >= 0.6 && eitherSaysNoMore) return why();

  // Latin-script languages: a shared significant number and close spellings — not when each text says a thing of the
  // lexicon the other does not (wheat imported, phosphate exported: 600,000 tonnes each).
  if (
    a.lang !== b.lang &&
    a.latin &&
    b.latin &&
    numbers.length > 0 &&
    eitherSaysNoMore &&
    jaccard(trigramsOfWords(a, table), trigramsOfWords(b, table)) >= CROSS_LANGUAGE_TRIGRAMS
  )
    return `numbers ${named(table, numbers, 1).join(", ")}; close spellings`;
  return null;
}

/**
 * Whether two members of one language say a text both say (a bill, a decree) and each has a word the other lacks that
 * is no word of the lexicon: what each text is on.
 */
function differentTexts(a: Member, b: Member, concepts: SharedConcepts, weights: Weights): boolean {
  if (a.lang !== b.lang || !concepts.shared.some((c) => weights.texts.has(c))) return false;
  const ownWord = (m: Member, other: Member) => m.words.some((w) => !other.words.includes(w) && !weights.isCommon(w));
  return ownWord(a, b) && ownWord(b, a);
}

/** Whether both members are of the same two countries (named or implied by their people and places), and no other. */
function samePairOfCountries(a: Member, b: Member, weights: Weights): boolean {
  const countriesOf = (m: Member) => m.entities.filter((x) => weights.nations.has(x) || weights.countries.has(x));
  const [ofA, ofB] = [countriesOf(a), countriesOf(b)];
  return ofA.length === 2 && ofB.length === 2 && ofA.every((x) => ofB.includes(x));
}

/** The approximate numbers of either text that the other says too, or says within its margin. */
function approximatelyShared(a: Member, b: Member, table: TokenTable): number[] {
  const near = (x: number, others: readonly number[]) => others.some((y) => sameFigure(markedFigure(table.text[x]!, 1), markedFigure(table.text[y]!, 1)));
  return [...a.approximate.filter((x) => near(x, b.numbers) || near(x, b.approximate)), ...b.approximate.filter((x) => near(x, a.numbers))];
}

/**
 * Character trigrams of a member's words, each as one number (its three UTF-16 units), sorted and distinct: only a
 * cross-language pair with a shared number needs them, so they are made then.
 */
function trigramsOfWords(m: Member, table: TokenTable): Float64Array {
  if (!m.trigrams) {
    const codes: number[] = [];
    for (const w of m.words) {
      const word = table.text[w]!;
      for (let i = 0; i + 3 <= word.length; i++) codes.push(word.charCodeAt(i) * 2 ** 32 + word.charCodeAt(i + 1) * 2 ** 16 + word.charCodeAt(i + 2));
    }
    const sorted = Float64Array.from(codes).sort();
    let n = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
    m.trigrams = sorted.slice(0, n);
  }
  return m.trigrams;
}

/**
 * The weighted share of two members' words that both have (each word weighs by how rare it is around each member's
 * days). A word of the lexicon (`isCommon`: minister, announces, education …) counts half of its weight as shared:
 * in a small site every word is rare, and one minister's two announcements share little else.
 */
function weightedOverlap(a: Member, b: Member, isCommon: (w: number) => boolean): { count: number; common: number; overlap: number; first: number[] } {
  let sharedWeight = 0;
  let total = 0;
  let count = 0;
  let common = 0;
  const first: number[] = [];
  for (let i = 0, j = 0; i < a.words.length; i++) {
    const w = a.words[i]!;
    total += a.weights[i]!;
    while (j < b.words.length && b.words[j]! < w) j++;
    if (j < b.words.length && b.words[j] === w) {
      const both = a.weights[i]! + b.weights[j]!;
      const lexicon = isCommon(w);
      if (lexicon) common++;
      sharedWeight += lexicon ? both / 2 : both;
      if (count++ < 6) first.push(w);
    }
  }
  for (const weight of b.weights) total += weight;
  return { count, common, overlap: total === 0 ? 0 : sharedWeight / total, first };
}

/** The Jaccard index of two sorted sets of numbers. */
function jaccard(a: Float64Array, b: Float64Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  const union = a.length + b.length - count;
  return union === 0 ? 0 : count / union;
}
