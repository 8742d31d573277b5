/**
 * An article's keywords: what story grouping compares (see assemble/stories.ts).
 * They depend only on the article's title and lede and the language tables'
 * stop-words, so the parser works them out once per input (on the parse
 * workers, and kept in the input cache) instead of every build doing it again.
 */
import type { SiteConfig } from "../config/config.js";
import { matchKey, wordKey } from "./clean.js";
import type { LanguageDetector } from "./detect-language.js";
import { withoutLabel } from "./headline-label.js";
import { compileStoryTables, crossFeatures, foldedWords, isTableForm, type StoryTables } from "./story-features.js";

export interface Keywords {
  /** Significant words of the title and lede, as match keys (an Arabic word as its light stem: see arabicStem). */
  words: string[];
  /**
   * Language-neutral evidence (see story-features.ts), space-separated: "n:tangier p:tanger-med c:port #500000 q:2 s:wrzt"
   * (n: a name mentioned or implied, p: mentioned, c: a concept, #: a significant number, q: a small one, s: a skeleton,
   * m: the joined skeleton of a name of several words).
   * One string, not a list: a parse worker sends, and the input cache stores, one value per article rather than twenty.
   */
  cross: string;
  /** False when the text is in Arabic script. */
  latin: boolean;
}

/** What keywords are worked out with: the stop-words and the story tables, compiled once per build. */
export interface KeywordRules {
  stopwords: Set<string>;
  tables: StoryTables;
}

/** The last rules compiled and what they were compiled from (see keywordRules). */
let compiled: { key: string; rules: KeywordRules } | undefined;

/**
 * `key`: what the rules depend on (the parsing rules' key, see ingest.ts): given, the rules compiled last for the same
 * key are reused — a dev server's rebuild after an edit need not compile the story tables again.
 */
export function keywordRules(config: SiteConfig, key?: string): KeywordRules {
  if (key !== undefined && compiled?.key === key) return compiled.rules;
  const stopwords = keywordStopwords(config);
  const rules = { stopwords, tables: compileStoryTables(config.stories.names, config.stories.concepts, stopwords) };
  if (key !== undefined) compiled = { key, rules };
  return rules;
}

/** A text's cross-language evidence as prefixed strings, and the words that are part of names or of the lexicon's phrases. */
function crossKeys(text: string, tables: StoryTables, folded: string, words: string[]): { cross: string; evidenceWords: string[] } {
  const f = crossFeatures(text, tables, folded, words);
  const cross = [
    ...f.names.map((n) => n),
    ...f.specific.map((n) => `p:${n.slice(2)}`),
    ...f.concepts,
    ...f.numbers.map((n) => `#${n}`),
    ...f.small.map((n) => `q:${n}`),
    ...f.skeletons.map((k) => `s:${k}`),
    ...f.fullNames.map((k) => `m:${k}`),
    ...f.counts.map((k) => `k:${k}`),
    ...f.districts.map((k) => `d:${k}`),
  ].join(" ");
  return { cross, evidenceWords: [...f.nameWords, ...f.phraseWords] };
}

/** Short words every language uses that say nothing about an event, besides the language tables' stop-words. */
const EXTRA_STOPWORDS = [
  "les",
  "des",
  "une",
  "pour",
  "dans",
  "avec",
  "sur",
  "par",
  "plus",
  "los",
  "las",
  "del",
  "por",
  "para",
  "con",
  "una",
  "the",
  "and",
  "for",
  "with",
  "from",
  "that",
  "this",
  "after",
  "over",
  // Words that say how, when or why, not what: "à cause de", "debido a", "because of" (folded, as keywords are). Not
  // "car", "mas", "can": the English word, the club MAS and the CAN in capitals are names and concepts.
  ...["apres", "avant", "selon", "contre", "entre", "depuis", "sous", "vers", "chez", "sans", "lors", "malgre", "moins", "tres", "tout", "tous"],
  ...["toute", "toutes", "son", "ses", "leur", "leurs", "notre", "nos", "mais", "donc", "cause", "suite", "grace", "afin", "alors", "aussi"],
  ...["encore", "deja", "toujours", "ainsi", "comme", "dont", "quand", "etre", "avoir", "fait", "faire", "peut", "doit", "sera", "seront"],
  ...["etait", "bien", "cet", "ces", "celle", "celui", "ceux", "lui", "eux", "nous", "vous", "ils", "elles"],
  ...["esta", "este", "estos", "estas", "ese", "esa", "esos", "esas", "debido", "segun", "tras", "ante", "sobre", "desde", "hasta", "sin"],
  ...["contra", "durante", "muy", "como", "pero", "sus", "ser", "estan", "era", "hay", "sido", "tiene", "tienen", "hace", "cuando", "donde"],
  ...["tambien", "porque", "otro", "otra", "otros", "otras", "todo", "toda", "todos", "todas", "cada"],
  ...["because", "due", "amid", "under", "between", "during", "since", "against", "these", "those", "than", "more", "most", "its", "has"],
  ...["have", "had", "will", "would", "are", "was", "were", "been", "being", "into", "about", "before", "while", "who", "which", "what"],
  ...["when", "where", "how", "why", "also", "just", "not", "but", "all", "could", "may", "might", "their", "they", "them", "his", "her"],
  ...["out", "off", "per", "via", "day", "days", "week", "weeks"],
];

/** The stop-words of every language of the config, as match keys. */
export function keywordStopwords(config: SiteConfig): Set<string> {
  return new Set([...Object.values(config.languages).flatMap((l) => l.stopwords.map((w) => wordKey(w))), ...EXTRA_STOPWORDS]);
}

/**
 * Words of the lede that keywords read: its first sentence or so says what happened; the rest adds noise, and
 * time. The cross-language evidence reads fewer: names, figures and the event's words are up front.
 */
const LEDE_WORDS = 40;
const LEDE_WORDS_CROSS = 20;

export function articleKeywords(article: { title: string; body: readonly string[] }, rules: KeywordRules): Keywords {
  const lede = article.body[0] ?? "";
  return textKeywords(`${article.title} ${leadOf(lede, LEDE_WORDS)}`, rules, `${article.title} ${leadOf(lede, LEDE_WORDS_CROSS)}`);
}

function leadOf(paragraph: string, words: number): string {
  let spaces = 0;
  for (let i = 0; i < paragraph.length; i++) if (paragraph.charCodeAt(i) === 32 && ++spaces === words) return paragraph.slice(0, i);
  return paragraph;
}

/** The article (with "و", "ب", "ل") a keyword loses in Arabic: "الوزير", "والوزير", "للوزير" are "وزير". */
const ARABIC_ARTICLE = /^(ال|وال|بال|لل)(?=\p{L}{3})/u;
/** Then an ending of number or case ("عددا", "إضرابات", "مهاجرين", "وطنية"), and a one-letter "و", "ب" or "ل" ("بعدد", "لثلاثة"). */
const ARABIC_ENDING = /(?<=\p{L}{3})(?:ات|ون|ين|ا|ه)$/u;
const ARABIC_CLITIC = /^[وبل](?=\p{L}{3})/u;

/**
 * An Arabic keyword's light stem: the same word however it is prefixed or inflected ("بعدد" and "عددا" are "عدد";
 * "إضرابا" and "الإضرابات" "اضراب"; "وطنيا" and "الوطنية" one word). The ending goes first, so that whether a first
 * letter is cut does not depend on it. A first letter that only looks like a conjunction or a preposition is kept when
 * the tables know the word as it is ("وزير", "بنك"), so that a word of the lexicon stays one.
 */
function arabicStem(word: string, tables: StoryTables): string {
  let stems = arabicStems.get(tables);
  if (!stems) arabicStems.set(tables, (stems = new Map()));
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    const bare = word.replace(ARABIC_ARTICLE, "");
    const stem = bare.replace(ARABIC_ENDING, "");
    stemmed = ARABIC_CLITIC.test(stem) && !isTableForm(bare, tables) && !isTableForm(stem, tables) ? stem.slice(1) : stem;
    if (stems.size >= MAX_STEMS_KNOWN) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}
/** The stems worked out so far, per compiled tables (texts share most of their words), up to a bound. */
const arabicStems = new WeakMap<StoryTables, Map<string, string>>();
const MAX_STEMS_KNOWN = 200_000;

/**
 * A Latin-script keyword's light stem: without a plural's "s" and a feminine participle's second "e" ("blessés",
 * "blessée" and "blessé" are "blesse"; "migrants" "migrant"). Folded words, so accents are gone already.
 */
function latinStem(word: string): string {
  let w = word;
  if (w.length >= 5 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  if (w.length >= 5 && w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

/**
 * French "Aïd" (the feast) as "Eid": folded, it would be English "aid" ("les moutons de l'Aïd" no humanitarian aid).
 * English never writes the diaeresis, so only the French word changes.
 */
const AID = /(?<![\p{L}])(?:Aïd|AÏD)(?![\p{L}])/gu;
const withEid = (text: string): string => (text.includes("ï") || text.includes("Ï") ? text.replace(AID, "Eid") : text);

/** The keywords of a text: an article's title and lede, or a headline; `crossText` is what cross-language evidence reads. */
export function textKeywords(labelled: string, rules: KeywordRules, labelledCross = labelled): Keywords {
  const { stopwords } = rules;
  // An outlet's label ("Vidéo.", "BREAKING:", "عاجل:") says nothing of the event.
  const text = withEid(withoutLabel(labelled));
  const crossText = labelledCross === labelled ? text : withEid(withoutLabel(labelledCross));
  const folded = wordKey(text);
  const textWords = foldedWords(folded);
  const crossFolded = crossText === text ? folded : wordKey(crossText);
  const { cross, evidenceWords } = crossKeys(crossText, rules.tables, crossFolded, crossText === text ? textWords : foldedWords(crossFolded));
  // Words of a name ("Royal Air Maroc", "canal de Suez") are the name's evidence, not the topic's: names are compared as
  // names. So are the words of a phrase of the lexicon ("نشرة إنذارية", a weather alert): concepts are compared as concepts.
  const partOfName = new Set(evidenceWords.flatMap((w) => (w.charCodeAt(0) >= 0x600 ? [w, arabicStem(w, rules.tables)] : [w])));
  const words = new Set<string>();
  for (const word of textWords) {
    const w = word.charCodeAt(0) >= 0x600 ? arabicStem(word, rules.tables) : latinStem(word);
    if (w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w) && !partOfName.has(w) && !partOfName.has(word)) words.add(w);
  }
  return { words: [...words], cross, latin: !/[\u0600-\u06FF]/.test(text) };
}

/** Keywords as one string, to keep and send many of them cheaply (a headline's, in the input cache and from parse workers). */
export function packKeywords(k: Keywords): string {
  return [k.words.join("\u0002"), k.cross, k.latin ? "1" : "0"].join("\u0001");
}

export function unpackKeywords(packed: string): Keywords {
  const [words, cross, latin] = packed.split("\u0001");
  return { words: words ? words.split("\u0002") : [], cross: cross ?? "", latin: latin === "1" };
}

/** Where the keywords of headlines are kept between builds (the input cache), by text. */
export interface HeadlineKeywordStore {
  get(text: string): string | undefined;
  set(text: string, packed: string): void;
}

/** A headline's record in the store: its match key, the language its words show (empty when they show none), and its keywords. */
export function headlineRecord(text: string, rules: KeywordRules, detect: LanguageDetector): string {
  return `${matchKey(text)}\u0003${detect(text, 1) ?? ""}\u0003${packKeywords(textKeywords(text, rules))}`;
}

/**
 * The record of a headline that is a title of the site: its match key alone (it is that article's member of the story
 * graph, and needs no keywords of its own unless the article goes).
 */
export const titleRecord = (key: string): string => key;

/** A headline's record read back: `keywords` undefined for a title's record (see titleRecord). */
export function readHeadlineRecord(record: string): { key: string; keywords: Keywords | undefined; detected: string | undefined } {
  const keyEnd = record.indexOf("\u0003");
  if (keyEnd < 0) return { key: record, keywords: undefined, detected: undefined };
  const languageEnd = record.indexOf("\u0003", keyEnd + 1);
  const detected = record.slice(keyEnd + 1, languageEnd);
  return { key: record.slice(0, keyEnd), keywords: unpackKeywords(record.slice(languageEnd + 1)), detected: detected === "" ? undefined : detected };
}
