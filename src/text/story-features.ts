/**
 * What a headline or an article brings to story grouping across languages and scripts:
 * the names it mentions (through the table of the region's names, with the wider names
 * they imply), the news concepts it uses (through the lexicon), its numbers, and the
 * consonant skeletons of names the table does not know. All are language-neutral strings,
 * so a French, a Spanish, an English and an Arabic headline about one event share them.
 *
 * The tables are compiled once per build: every spelling and form is folded like the text
 * (wordKey), multi-word ones go into a phrase index, stems (`*`) into a prefix index.
 */
import { COUNTED_CONCEPTS, UNIT_CONCEPT_IDS } from "../config/story-concepts.js";
import { MAKER_NAMES, type StoryName } from "../config/story-names.js";
import { stripInvisible, wordKey } from "./clean.js";
import { nameSkeleton } from "./name-skeleton.js";
import { endsAmount, isNumberWord, storyNumbers } from "./story-numbers.js";

export interface CrossFeatures {
  /** Ids of the names mentioned, with the names they imply. */
  names: string[];
  /** The names mentioned themselves (not only implied): the most specific. */
  specific: string[];
  /** Ids of the lexicon's concepts. */
  concepts: string[];
  /** Significant numbers (≥ 100, not years), normalised. */
  numbers: string[];
  /** Small numbers (2–99). */
  small: string[];
  /** Numbers with what they count ("migration=45"): two texts that count one thing differently tell two events. */
  counts: string[];
  /** Skeletons (≥ 4 letters) of names the table does not know: capitalised Latin words, any Arabic word. */
  skeletons: string[];
  /** Skeletons (≥ 5 letters) of runs of two or three such words, joined: a person's whole name ("Abdellatif Ouahbi"). */
  fullNames: string[];
  /**
   * Skeletons of the neighbourhoods and streets a text names, by the word after "حي", "quartier", "boulevard" …
   * ("quartier Maârif", "حي المعاريف": "mrf"): two texts naming two of them tell of two places.
   */
  districts: string[];
  /** The text's words (match keys) that are part of a name of the table: same-language overlap leaves them out. */
  nameWords: string[];
  /** The words of the lexicon's phrases of several words the text says ("نشرة إنذارية", "mise en service"): likewise. */
  phraseWords: string[];
}

export interface StoryTables {
  /** Folded phrase (one or more words) → what it names: "n:tangier", "c:port". */
  phrases: Map<string, string[]>;
  /** First word of each phrase of two words or more → the most words such a phrase has. */
  starts: Map<string, number>;
  /** Every start of two words or more of such a phrase, the whole phrase included. */
  prefixes: Set<string>;
  /** First word of each phrase of two words or more → the second words such phrases have (a text's next word is looked up as it is, not joined to the first). */
  seconds: Map<string, Set<string>>;
  /** Stems by their first four letters: [stem, ids]. */
  stems: Map<string, [string, string[]][]>;
  /** Phrases whose last word is a stem ("interest rate*": "interest rates"), by the words before it: [stem, ids]. */
  phraseStems: Map<string, [string, string[]][]>;
  implies: Map<string, string[]>;
  /**
   * Folded word → the ids it names only when the text writes it as the table does: a name's acronym in capitals
   * ("MAS", not Spanish "más"; "RAM", "ONDA"), a proper name or a concept's acronym with its capital ("Salé", not
   * "bond sale"; "Tata", "Chad"; "AVE", not the bird).
   */
  cased: Map<string, Map<string, Case>>;
  stopwords: Set<string>;
  /** What the tables say of each word seen so far (see wordInfo): texts share most of their words. */
  words: Map<string, WordInfo>;
}

/**
 * How a single-word spelling must be written in a text to count: in capitals (an acronym), capitalised, or capitalised
 * other than as the text's first word (a name that is also a common word: "Sale el primer ferry", "Sale of …").
 */
type Case = "upper" | "capital" | "inside";

/** A spelling's case requirement: acronyms of names and concepts in capitals; one-word proper names capitalised. */
function caseOf(form: string, isName: boolean): Case | null {
  if (form.includes(" ") || form.endsWith("*") || !/^\p{Lu}/u.test(form)) return null;
  // A name's acronym in capitals (MAS, not "más"); a concept's at least capitalised ("AVE", "Ave", not "ave", a bird).
  if (/^[\p{Lu}\d]{2,}$/u.test(form) && /\p{Lu}{2}/u.test(form)) return isName ? "upper" : "capital";
  return isName && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(form) ? "capital" : null;
}

/** A word's forms, and what they start or mean in the tables, without the words around it. */
interface WordInfo {
  forms: string[];
  /** The most words a phrase starting with one of its forms has (0: none of two or more). */
  longest: number;
  /** For each form, the most words a phrase starting with it has, and the second words of such phrases. */
  starts: number[];
  seconds: (ReadonlySet<string> | undefined)[];
  /** A stop-word that starts no phrase of the tables ("de", "la" …): most words of a text, skipped at once. */
  skipped: boolean;
  /** Whether the word alone may name a currency (c:currency among `ids`). */
  currency: boolean;
  /** What the word alone means: the ids of its first form that is a phrase, else of its stems. */
  ids: readonly string[];
  /** What a number before it counts (the dead, tonnes, passengers: a concept's id), if anything: "2012 قتيلا" is a count, "2023 لاستقبال" a year. */
  counted: string | undefined;
}

/** Words kept in a table's memo before it starts anew. */
const MAX_WORDS_KNOWN = 200_000;

function wordInfo(word: string, tables: StoryTables): WordInfo {
  let info = tables.words.get(word);
  if (info) return info;
  const forms = variants(word);
  const starts = forms.map((form) => tables.starts.get(form) ?? 0);
  const longest = Math.max(0, ...starts);
  const seconds = forms.map((form) => tables.seconds.get(form));
  const phraseIds = forms.map((form) => tables.phrases.get(form));
  const stemIds = lookUpStem(word, tables);
  const ids = phraseIds.find((found) => found !== undefined) ?? (word.length >= 3 ? stemIds : NO_IDS);
  const counted = (phraseIds.find((found) => found?.some(isCounted))?.find(isCounted) ?? stemIds.find(isCounted))?.slice(2);
  info = {
    forms,
    longest,
    starts,
    seconds,
    skipped: tables.stopwords.has(word) && !tables.starts.has(word),
    currency: ids.includes("c:currency"),
    ids,
    counted,
  };
  if (tables.words.size >= MAX_WORDS_KNOWN) tables.words.clear();
  tables.words.set(word, info);
  return info;
}

const NO_IDS: readonly string[] = [];
const NO_STEMS: readonly [string, string[]][] = [];
/** Words that start a surname ("Ben Salah", "Ould Abbes", "بن صالح"), as match keys. */
const PATRONYMIC: ReadonlySet<string> = new Set(["ben", "bin", "ibn", "ould", "abou", "abu", "bou", "بن", "ابن", "ولد", "ابو"]);
/**
 * Words before a neighbourhood's or a street's name, as match keys: a one-word name after them is the neighbourhood or
 * the street, not the city or the person it is named after ("جريمة قتل بحي الداخلة" is in Agadir, not Dakhla; "boulevard
 * Zerktouni").
 */
const PLACE_WITHIN: ReadonlySet<string> = new Set([
  ...["حي", "بحي", "لحي", "وحي", "الحي", "بالحي", "hay", "quartier", "barrio", "district", "neighbourhood"],
  ...["شارع", "بشارع", "avenue", "boulevard", "rue", "calle", "street"],
]);
/**
 * Arabic words of the tables that are also an adjective, and what they stop meaning as one: after a definite word, the
 * adjective, as an adjective agrees with its noun ("الحكومة الجديدة", the new government, is not El Jadida; "السكر
 * الحر", free-market sugar, is no heat); after an indefinite word or none, the name or the noun ("مدينة الجديدة",
 * "إقليم الجديدة"; "موجة الحر", a heatwave).
 */
const ARABIC_ADJECTIVES: ReadonlyMap<string, (id: string) => boolean> = new Map([
  ["الجديده", (id: string) => id.startsWith("n:")],
  ["الحر", (id: string) => id === "c:heat"],
  // "اللحوم البيضاء", white meat, is not Casablanca; "أسواق البيضاء" is.
  ["البيضاء", (id: string) => id.startsWith("n:")],
  // "الظاهرة الغريبة", the strange phenomenon, is not Djerba's synagogue; "زيارة الغريبة" is.
  ["الغريبه", (id: string) => id.startsWith("n:")],
]);
const DEFINITE = /^(?:[وفبلك]?ال|لل)\p{L}{2}/u;
/**
 * French words whose fold is two words, told apart by their accent: a folded word → a concept → the spellings that
 * say it. "fermé" is closed and "ferme" a farm ("prison ferme", a sentence served); "élève" a pupil and "élevé" high;
 * "livre" a book and "livré" delivered; "traité" a treaty and "traite" trafficking. A text written without accents
 * at all keeps every reading (it cannot tell them apart).
 */
const ACCENTED: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map(
  Object.entries({
    ferme: { "c:closure": ["fermé"] },
    fermes: { "c:closure": ["fermés"] },
    eleve: { "c:school": ["élève"] },
    eleves: { "c:school": ["élèves"] },
    livre: { "c:book": ["livre"], "c:delivery": ["livré"] },
    livres: { "c:book": ["livres"], "c:delivery": ["livrés"] },
    livree: { "c:book": [] },
    livrees: { "c:book": [] },
    traite: { "c:treaty": ["traité"] },
    traites: { "c:treaty": ["traités"] },
  }).map(([word, ids]) => [word, new Map(Object.entries(ids))]),
);
/** A letter with an accent of the languages that write Latin script. */
const ACCENTED_LETTER = /[à-öø-ÿ]/iu;
/** Prepositions after which such a word is the place ("في الجديدة"), even at the end of a text. */
const ARABIC_PREPOSITIONS: ReadonlySet<string> = new Set(["في", "الى", "إلى", "من", "نحو", "عن", "قرب", "بين"]);
const MAKER_IDS: ReadonlySet<string> = new Set([...MAKER_NAMES].map((id) => `n:${id}`));

/**
 * Whether an Arabic word is a place's adjective — the place's spelling found only without its "ي" ("الفاسي" → "فاس") —
 * right after an Arabic word the tables do not know and that is no stop-word: a given name and its family name.
 */
function isNisbaAfterName(word: string, previous: string, tables: StoryTables): boolean {
  if (!word.endsWith("ي") || !ARABIC_LETTER.test(previous) || tables.stopwords.has(previous)) return false;
  const bare = word.replace(ARABIC_PREFIX, "");
  if (tables.phrases.has(word) || tables.phrases.has(bare) || tables.phrases.has(`ال${bare}`)) return false;
  return wordInfo(previous, tables).ids.length === 0;
}

/** Whether a keyword (a folded word) is a word of the lexicon — minister, announces, price: a common news word. */
export function isLexiconWord(word: string, tables: StoryTables): boolean {
  return wordInfo(word, tables).ids.some(isSubjectConcept);
}
/** Whether an id is a concept a text is about: not a name, nor a unit that only says what a number counts ("أيام"). */
const isSubjectConcept = (id: string): boolean => id.startsWith("c:") && !UNIT_CONCEPT_IDS.has(id.slice(2));
/** Whether the tables have a word as it is written (a form, with or without the article, or a stem's): "وزير", not "بعدد". */
export function isTableForm(word: string, tables: StoryTables): boolean {
  return tables.phrases.has(word) || tables.phrases.has(`ال${word}`) || stemsOf(word, tables).length > 0;
}

/** The stems of the tables a form starts with, each with its ids. */
function stemsOf(form: string, tables: StoryTables): readonly [string, string[]][] {
  return stemsIn(form, tables.stems);
}
function stemsIn(form: string, stems: StoryTables["stems"]): readonly [string, string[]][] {
  return (stems.get(form.slice(0, 3)) ?? NO_STEMS).filter(([stem]) => form.startsWith(stem));
}
const isCounted = (id: string) => COUNTED_CONCEPTS.has(id.slice(2)) && id.startsWith("c:");

/** Arabic words carry their article and one-letter conjunctions and prepositions: و ب ل ف ك + ال. */
const ARTICLE_PREFIX = "[وف]?(?:[بلك]?ال|لل)";
const ARABIC_PREFIX = new RegExp(`^(?:${ARTICLE_PREFIX}|[وفبلك])(?=\\p{L}{2})`, "u");
/** The prefixes of ARABIC_PREFIX that hold the article. */
const ARABIC_DEFINITE_PREFIX = new RegExp(`^${ARTICLE_PREFIX}(?=\\p{L}{2})`, "u");

export function compileStoryTables(names: Record<string, StoryName>, concepts: Record<string, string[]>, stopwords: Iterable<string>): StoryTables {
  const phrases = new Map<string, string[]>();
  const stems = new Map<string, [string, string[]][]>();
  const implies = new Map<string, string[]>();
  const starts = new Map<string, number>();
  const prefixes = new Set<string>();
  const seconds = new Map<string, Set<string>>();
  const phraseStems = new Map<string, [string, string[]][]>();
  const cased = new Map<string, Map<string, Case>>();
  const uncased = new Set<string>();
  const addForm = (form: string, id: string, commonWords?: ReadonlySet<string>) => {
    const stem = form.endsWith("*");
    const key = wordKey(stem ? form.slice(0, -1) : form);
    if (key === "") return;
    const asWritten = caseOf(form, id.startsWith("n:"));
    const needs = asWritten === "capital" && commonWords?.has(key) ? "inside" : asWritten;
    // (Two spellings of one word, "Transtu" and "TRANSTU": the looser requirement holds.)
    if (needs) cased.set(key, (cased.get(key) ?? new Map()).set(id, cased.get(key)?.get(id) === "capital" ? "capital" : needs));
    else if (!stem) uncased.add(`${key}\u0000${id}`);
    const words = key.split(" ");
    if (words.length > 1) {
      starts.set(words[0]!, Math.max(starts.get(words[0]!) ?? 0, words.length));
      seconds.set(words[0]!, (seconds.get(words[0]!) ?? new Set()).add(words[1]!));
    }
    for (let k = 2; k <= words.length; k++) prefixes.add(words.slice(0, k).join(" "));
    const addStem = (index: Map<string, [string, string[]][]>, at: string, stemmed: string) => {
      const bucket = index.get(at) ?? [];
      const entry = bucket.find(([s]) => s === stemmed);
      if (entry) entry[1].push(id);
      else bucket.push([stemmed, [id]]);
      index.set(at, bucket);
    };
    if (stem && words.length === 1 && key.length >= 3) addStem(stems, key.slice(0, 3), key);
    else if (stem && words.length > 1) addStem(phraseStems, words.slice(0, -1).join(" "), words.at(-1)!);
    else {
      phrases.set(key, [...new Set([...(phrases.get(key) ?? []), id])]);
    }
  };
  for (const [id, name] of Object.entries(names)) {
    const commonWords = name.commonWords?.length ? new Set(name.commonWords.map((w) => wordKey(w))) : undefined;
    for (const spelling of name.spellings) {
      addForm(spelling, `n:${id}`, commonWords);
      // A name that is a thing of the lexicon ("Grand Stade Hassan II", a stadium) says it too: the phrase takes both.
      for (const concept of name.concepts ?? []) addForm(spelling, `c:${concept}`);
      // A name's "ñ" may be lost to a scraper's ASCII ("Espana"); a word's is kept (see wordKey: "pena" is not "peña").
      if (/[ñÑ]/.test(spelling)) addForm(spelling.replace(/ñ/g, "n").replace(/Ñ/g, "N"), `n:${id}`);
    }
    if (name.implies?.length)
      implies.set(
        `n:${id}`,
        name.implies.map((i) => `n:${i}`),
      );
  }
  for (const [id, forms] of Object.entries(concepts))
    for (const form of forms) {
      addForm(form, `c:${id}`);
      // An Arabic verb in the present said of "he" is said of "she" too (يعلق, تعلق): the table lists one.
      if (/^ي[\u0600-\u06FF]{3,}$/.test(form)) addForm(`ت${form.slice(1)}`, `c:${id}`);
    }
  // A concept's word in Latin script said in the plural ("ministries" of "ministry", "ciudades" of "ciudad"), unless that
  // plural is a form of the tables already or a stem's.
  for (const [id, forms] of Object.entries(concepts))
    for (const form of forms) {
      if (form.endsWith("*") || /[\s\p{Lu}]/u.test(form)) continue;
      for (const plural of latinPlurals(wordKey(form))) if (!phrases.has(plural) && stemsIn(plural, stems).length === 0) addForm(plural, `c:${id}`);
    }
  // A form written without a case requirement elsewhere (a concept's "bourse" beside a name's "Bourse") frees that id.
  for (const [key, ids] of cased) for (const id of ids.keys()) if (uncased.has(`${key}\u0000${id}`)) ids.delete(id);
  return { phrases, starts, prefixes, seconds, stems, phraseStems, implies, cased, stopwords: new Set(stopwords), words: new Map() };
}

/**
 * The plurals a folded Latin word may take in French, Spanish or English: "+s"; a consonant and "y" "ies" (ministry);
 * "-al" "-aux" and "-ales" (tribunal, hospital); "-eau" and "-eu" "+x"; "-d", "-l", "-n", "-r" "+es" (ciudad, tren). None
 * of a word ending in "s", "x" or "z", nor of one of three letters ("new" and "news", "car" and "cares"); none that is a
 * word of its own (NOT_PLURALS).
 */
function latinPlurals(key: string): string[] {
  if (key.length < 4 || !/^[a-zɲ]+$/.test(key) || /[sxz]$/.test(key)) return [];
  return pluralsOf(key).filter((plural) => !NOT_PLURALS.has(plural));
}
/** Plurals that are words of their own: Spanish "cargos" (charges, posts), "ganas" (a wish). */
const NOT_PLURALS = new Set(["cargos", "ganas"]);

function pluralsOf(key: string): string[] {
  if (/[^aeiou]y$/.test(key)) return [`${key.slice(0, -1)}ies`];
  if (key.endsWith("al")) return [`${key}s`, `${key.slice(0, -2)}aux`, `${key}es`];
  if (/eau$|eu$/.test(key)) return [`${key}x`];
  if (/[dlnr]$/.test(key)) return [`${key}s`, `${key}es`];
  return [`${key}s`];
}

/** Arabic suffixes of gender, number and relation, and of "its", "their": برلمانية, برلمانيين → برلمان(ي); رحلاتها → رحلات. */
const ARABIC_SUFFIX = /(?:ها|هم|يين|يون|يه|ين|ون|ات|ان|ي|ه|ا)$/u;

/** The forms a folded word may take in the tables: itself and, in Arabic, without its prefixes and suffix. */
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/**
 * The words of a text that start with a capital letter after a space, a quote, a bracket or a hyphen
 * ("Casablanca-Toronto"), or at the text's start, with the letters and marks after it, in order: the matches of
 * the expression `(?<=^|[\s(«"“'’-])\p{Lu}[\p{L}\p{M}]*` (global, Unicode), read a character at a time (that look-behind,
 * tried at every position of every text, was a tenth of the time story features take).
 */
export function capitalisedRuns(text: string): { word: string; index: number }[] {
  const out: { word: string; index: number }[] = [];
  let boundary = true;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    const kind = width === 1 ? charKind(c) : astralKind(text.codePointAt(i)!);
    if (boundary && kind & UPPER) {
      let end = i + width;
      while (end < text.length) {
        const d = text.charCodeAt(end);
        const w = d >= 0xd800 && d <= 0xdbff && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        if (!((w === 1 ? charKind(d) : astralKind(text.codePointAt(end)!)) & LETTER_OR_MARK)) break;
        end += w;
      }
      out.push({ word: text.slice(i, end), index: i });
      // (The character after a match is no letter or mark, and no boundary unless it is one.)
      i = end;
      boundary = false;
      continue;
    }
    boundary = (kind & BOUNDARY) !== 0;
    i += width;
  }
  return out;
}
const KNOWN = 1;
const UPPER = 2;
const LETTER_OR_MARK = 4;
const BOUNDARY = 8;
/** What each character of the Basic Multilingual Plane is, as the bits above (0: not asked yet). */
const charKinds = new Uint8Array(0x10000);
function charKind(c: number): number {
  let kind = charKinds[c]!;
  if (kind === 0) charKinds[c] = kind = kindOf(String.fromCharCode(c));
  return kind;
}
const astralKind = (point: number): number => kindOf(String.fromCodePoint(point));
const kindOf = (char: string): number =>
  KNOWN | (/^\p{Lu}$/u.test(char) ? UPPER : 0) | (/^[\p{L}\p{M}]$/u.test(char) ? LETTER_OR_MARK : 0) | (/^[\s(«"“'’-]$/u.test(char) ? BOUNDARY : 0);

function variants(word: string): string[] {
  if (!ARABIC_LETTER.test(word)) return [word];
  const bare = word.replace(ARABIC_PREFIX, "");
  // A word with the article after its preposition or conjunction ("بالجديدة", in El Jadida) is the definite form first:
  // where the tables tell the two apart, "الجديدة" is the town, "جديدة" only new.
  const out = bare === word ? [word] : ARABIC_DEFINITE_PREFIX.test(word) ? [word, `ال${bare}`, bare] : [word, bare, `ال${bare}`];
  const stem = bare.replace(ARABIC_SUFFIX, "");
  if (stem !== bare && stem.length >= 3) out.push(stem, `ال${stem}`);
  // A first letter that only looks like a conjunction or a preposition, before the accusative's "ا": "فرنسيا" (a
  // Frenchman) is "فرنسي", not "رنسي"; "لبنانيا" "لبناني". (Not other suffixes: "فتحي", a given name, is no "فتح".)
  if (bare !== word && word.endsWith("ا") && word.length >= 5) out.push(word.slice(0, -1));
  // A verb in the future ("سترتفع", "سيرفع", "ستنطلق"): the present the tables list, after the others.
  const present = ARABIC_FUTURE.exec(bare);
  if (present) out.push(present[1]!);
  return out;
}
/** "س" before a verb's present (يـ تـ نـ أ and three letters or more): its future. */
const ARABIC_FUTURE = /^س([يتنأ]\p{L}{3,})$/u;

function lookUpStem(word: string, tables: StoryTables): string[] {
  const out: string[] = [];
  for (const v of variants(word)) for (const [, ids] of stemsOf(v, tables)) out.push(...ids);
  return out;
}

/** A word in capitals (two letters or more, digits allowed: "MAS", "COP27"), not inside another word. */
const UPPER_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]+(?![\p{L}\p{N}])/gu;

/** A capitalised word, after any character that is not a letter ("Rabat-Salé", "l'Algérie"). */
const CAPITAL_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*/gu;

/**
 * Arabic words of every kind of news that the tables do not know and that name nothing — verbs of figures and
 * rankings (reaches, records, tops), of demands and departures, "next", "on the occasion of", "in the city of" —,
 * as match keys without their article: an Arabic word the tables lack is read as an unknown name (its skeleton an
 * anchor), and two texts of two events would share these. (Not units, "قنطار", "مليارات": a figure's unit both say
 * is evidence of one figure.)
 */
const COMMON_ARABIC: ReadonlySet<string> = new Set(
  [
    ...["تبلغ", "يبلغ", "بلغت", "بلغ", "تسجل", "يسجل", "سجلت", "سجل", "تسجيل", "تصدر", "يصدر", "تتصدر", "يتصدر", "صداره"],
    ...["تضرب", "يضرب", "ضربت", "تستقطب", "يستقطب", "تستهدف", "يستهدف", "تسيطر", "يسيطر", "سيطر", "يطالبون", "مطالبه"],
    ...["يخوضون", "يخوض", "تخوض", "يدخلون", "يدخل", "يلتحقون", "يلتحق", "يغادر", "تغادر", "غادر", "يستعيد", "تستعيد"],
    ...["يستقر", "تستقر", "يتسبب", "تتسبب", "يمثل", "تمثل", "تشمل", "يشمل", "وصلت", "يتفاقم", "تتفاقم", "يقلص", "تقلص"],
    ...["يضطر", "تضطر", "تنتظر", "ينتظر", "تشتكي", "يشتكي", "تشاور", "مشتبه", "اشتباه", "متورط", "متورطين", "انقلاب"],
    ...["مقبل", "مقبله", "مناسبه", "مقابل", "مدينه", "مباشرا", "مباشره", "شكل", "مناطق", "مركز", "مركزي", "مصادر"],
    ...["داخليين", "تجريبيه", "الكترونيه", "الكتروني"],
    ...["سقوط", "شرب", "انتشال", "استعمال", "استقرار", "منتجات", "مشترك", "سلسله", "جديدتين", "وعشرات", "عشرات"],
    ...["ارصفه", "رصيف", "عاصمه"],
  ].map((w) => wordKey(w)),
);
/** Whether a folded Arabic word, as it is or without its "و", "ب", "ل" and article (ARABIC_PREFIX), is one of COMMON_ARABIC. */
function isCommonArabic(word: string): boolean {
  return ARABIC_LETTER.test(word) && (COMMON_ARABIC.has(word) || COMMON_ARABIC.has(word.replace(ARABIC_PREFIX, "")));
}

/** Adjectives many proper names start with, as match keys: no name alone (see crossFeatures). */
const NAME_ADJECTIVES: ReadonlySet<string> = new Set([
  ...["grand", "grande", "grands", "grandes", "gran", "great", "greater", "nouveau", "nouvelle", "nuevo", "nueva", "petit", "petite"],
  ...["haut", "haute", "saint", "sainte", "santa", "royal", "royale", "real", "central", "centrale", "national", "nationale", "nacional"],
]);

/** The folded forms of the words a text capitalises, wherever they stand ("Miloud-Hadefi" gives "miloud", "hadefi"). */
export function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(CAPITAL_WORD)) out.add(wordKey(m[0]));
  return out;
}

/**
 * The folded forms of the words a text writes in capitals, of those it capitalises, and of those it capitalises past
 * its first word; and whether it is written all in capitals ("INCENDIE À RABAT : UN ENTREPÔT RAVAGÉ"), where a word in
 * capitals is no acronym for that.
 */
function wordsWrittenAs(text: string): { upper: Set<string>; capital: Set<string>; inside: Set<string>; shouting: boolean } {
  const upper = new Set<string>();
  for (const m of text.matchAll(UPPER_WORD)) if (/\p{Lu}{2}/u.test(m[0])) upper.add(wordKey(m[0]));
  const cased = text.match(CASED_LETTERS)?.length ?? 0;
  const shouting = cased >= 10 && (text.match(UPPER_LETTERS)?.length ?? 0) >= 0.8 * cased;
  const capital = new Set<string>();
  const inside = new Set<string>();
  for (const m of text.matchAll(CAPITAL_WORD)) {
    const key = wordKey(m[0]);
    capital.add(key);
    // The first word (after nothing but spaces, quotes and punctuation) is a name's when it has the name's accent
    // ("Salé" is no Spanish "sale"), stands as a kicker, before a colon or a dash ("Taza : …", "Tanta - …"), or owns
    // what follows ("Tanta's festival": a Spanish "tanta" never takes an English possessive).
    const first = !/[\p{L}\p{N}]/u.test(text.slice(0, m.index));
    const after = text.slice(m.index + m[0].length);
    if (!first || /[^\p{ASCII}]/u.test(m[0]) || /^\s*[:–—-](?!\p{L})/u.test(after) || /^['’]s\b/u.test(after)) inside.add(key);
  }
  return { upper, capital, inside, shouting };
}
const CASED_LETTERS = /[\p{Lu}\p{Ll}]/gu;
const UPPER_LETTERS = /\p{Lu}/gu;

/** The words of a text's match key (wordKey), in order: a match key has single spaces and none at its ends. */
export const foldedWords = (folded: string): string[] => (folded === "" ? [] : folded.split(" "));

/** `folded`: the text's match key, when the caller has it already, and `words` its words (foldedWords), likewise. */
export function crossFeatures(raw: string, tables: StoryTables, folded = wordKey(raw), words = foldedWords(folded)): CrossFeatures {
  // (Invisible characters inside a word — a zero-width space in "Ra​bat" — would split it where its case is read.)
  const text = stripInvisible(raw);
  const found = new Set<string>();
  const nameWords = new Set<string>();
  const phraseWords = new Set<string>();
  /** Records what the `n` words at `i` name or mean; returns `n`. */
  const known = new Array<boolean>(words.length).fill(false);
  const inName = new Array<boolean>(words.length).fill(false);
  // The text's words as it writes them, for the spellings that must be written in capitals or capitalised.
  let writtenAs: ReturnType<typeof wordsWrittenAs> | undefined;
  const written = () => (writtenAs ??= wordsWrittenAs(text));
  const caseChecked = (ids: readonly string[], word: string): readonly string[] => {
    const needs = tables.cased.get(word);
    if (!needs) return ids;
    return ids.filter((id) => {
      const need = needs.get(id);
      if (need === undefined) return true;
      // (In a text all in capitals, a small word is no acronym: "UN ENTREPÔT" is no United Nations.)
      if (need === "upper") return written().upper.has(word) && !(written().shouting && tables.stopwords.has(word));
      return need === "inside" ? written().inside.has(word) : written().capital.has(word) || written().upper.has(word);
    });
  };
  // The text's words as written, lower-cased, for the words told apart by their accents (see ACCENTED).
  let rawWords: Set<string> | undefined;
  const accentChecked = (ids: readonly string[], word: string): readonly string[] => {
    const spellings = ACCENTED.get(word);
    if (!spellings || !ACCENTED_LETTER.test(text)) return ids;
    rawWords ??= new Set(text.toLowerCase().split(/[^\p{L}]+/u));
    return ids.filter((id) => {
      const wanted = spellings.get(id);
      return wanted === undefined || wanted.some((w) => rawWords!.has(w));
    });
  };
  // Where the name of a maker of aircraft or cars ends: digits after it are a model.
  const makerEnds: number[] = [];
  const take = (ids: readonly string[], n: number, i: number): number => {
    for (const id of ids) {
      found.add(id);
      if (MAKER_IDS.has(id)) makerEnds.push(i + n - 1);
    }
    for (let k = i; k < i + n; k++) known[k] = true;
    if (n > 1 && ids.some((id) => id.startsWith("c:"))) for (let k = i; k < i + n; k++) phraseWords.add(words[k]!);
    if (ids.some((id) => id.startsWith("n:")))
      for (let k = i; k < i + n; k++) {
        nameWords.add(words[k]!);
        inName[k] = true;
      }
    return n;
  };
  // Longest phrase first at each position: "Tanger Med" before "Tanger", "Banque mondiale" before "banque".
  for (let i = 0; i < words.length; i++) {
    const info = wordInfo(words[i]!, tables);
    if (info.skipped) continue;
    let matched = 0;
    for (let f = 0; f < (info.longest >= 2 ? info.forms.length : 0); f++) {
      // The phrase grows a word at a time while it is the start of one the tables have; the longest found is taken.
      const form = info.forms[f]!;
      const most = Math.min(info.starts[f]!, words.length - i);
      let phrase = form;
      let longest: readonly string[] | undefined;
      let n = 0;
      for (let k = 2; k <= most; k++) {
        // A phrase whose last word is a stem ("interest rate*") ends here with any word starting with it ("rates").
        for (const [stem, ids] of tables.phraseStems.get(phrase) ?? NO_STEMS) if (words[i + k - 1]!.startsWith(stem)) [longest, n] = [ids, k];
        // (The second word is looked up as it is: most phrases end there, and a joined text would be made and hashed for nothing.)
        if (k === 2 && !info.seconds[f]!.has(words[i + 1]!)) break;
        phrase += ` ${words[i + k - 1]!}`;
        if (k > 2 && !tables.prefixes.has(phrase)) break;
        const ids = tables.phrases.get(phrase);
        if (ids) [longest, n] = [ids, k];
      }
      if (longest) {
        matched = take(longest, n, i);
        break;
      }
    }
    if (!matched && info.ids.length > 0) {
      // After "Ben", "Ould", "Abou" … a one-word name is part of a surname ("Mourad Ben Salah" is not Mohamed Salah); after
      // "حي", "quartier", "boulevard" … it names a neighbourhood or a street (see PLACE_WITHIN);
      // after a definite Arabic word, a word that is also an adjective is the adjective ("الحكومة الجديدة").
      const previous = words[i - 1];
      // (Also at the end of a text after a word the tables do not know, most often the end of a proper name, itself
      // definite: the adjective closes the phrase — "قاعة الملك توت عنخ آمون الجديدة", the new hall. After a noun of the
      // lexicon it is the noun's complement, the place: "بأسواق البيضاء", in Casablanca's markets.)
      // (And after "و": "القديمة والجديدة", the old and the new.)
      const adjectiveOf = previous === undefined || !ARABIC_LETTER.test(words[i]!) ? undefined : ARABIC_ADJECTIVES.get(words[i]!.replace(/^[وف](?=ال)/u, ""));
      const closing = () => i === words.length - 1 && !ARABIC_PREPOSITIONS.has(previous!) && wordInfo(previous!, tables).ids.length === 0;
      const adjective = adjectiveOf && (DEFINITE.test(previous!) || closing()) ? adjectiveOf : undefined;
      // After an Arabic word the tables do not know (a given name), a city's adjective ("الفاسي", "الوزاني": of Fès, of
      // Ouezzane) is a surname: "عباس الفاسي" is a man, not the city.
      // (A definite word before it is a noun the adjective agrees with — "الجمهور الفاسي", Fès's crowd — unless it ends
      // a compound given name: "عبد اللطيف الوزاني".)
      const givenName = previous !== undefined && (!DEFINITE.test(previous) || words[i - 2] === "عبد");
      const surname = givenName && isNisbaAfterName(words[i]!, previous!, tables);
      // After "عبد" a word is the rest of a given name, nothing else: "عبد السلام" is no peace, "عبد الصادق" no approval.
      const notMeant =
        previous === "عبد"
          ? () => true
          : previous !== undefined && (PATRONYMIC.has(previous) || PLACE_WITHIN.has(previous) || surname)
            ? (id: string) => id.startsWith("n:")
            : adjective;
      let ids = accentChecked(caseChecked(notMeant ? info.ids.filter((id) => !notMeant(id)) : info.ids, words[i]!), words[i]!);
      // A currency after an amount is its unit, no news of the currency ("23 dirhams", "23 درهما": see story-numbers.ts).
      if (info.currency && ids.includes("c:currency") && endsAmount(words, i)) ids = ids.filter((id) => id !== "c:currency");
      if (ids.length > 0) matched = take(ids, 1, i);
    }
    if (matched > 1) i += matched - 1;
  }
  // Currency signs say their currency ("$1.5 billion" = "1,5 milliard de dollars").
  if (text.includes("$")) found.add("c:dollar");
  if (text.includes("€")) found.add("c:euro");
  const specific = [...found].filter((id) => id.startsWith("n:"));
  const named = new Set(specific);
  const widen = (id: string) => {
    for (const wider of tables.implies.get(id) ?? []) {
      if (named.has(wider)) continue;
      named.add(wider);
      widen(wider);
    }
  };
  for (const id of specific) widen(id);

  // Names the table does not know: capitalised Latin words (not the first word, not in title-case text), any Arabic
  // word; words the tables matched are known already.
  const skeletons = new Set<string>();
  const capitalisedWords = capitalisedRuns(text);
  // (Title case capitalises the lexicon's words and small words too — "Central Bank Holds Rates" —, not only names:
  // "Tunisian journalist Mourad Ben Salah detained" is a sentence with a name of three words.)
  const titleCase =
    words.length >= 4 &&
    capitalisedWords.length / words.length > 0.6 &&
    capitalisedWords.some((m) => {
      if (m.index === 0) return false;
      const key = wordKey(m.word);
      return tables.stopwords.has(key) || wordInfo(key, tables).ids.some((id) => id.startsWith("c:"));
    });
  // Capitalised words (the first word of the text too, which only a whole name below may take), and those after it.
  const capitalised = new Set<string>();
  const names = new Set<string>();
  if (!titleCase)
    for (const m of capitalisedWords) {
      if (!/\p{Ll}/u.test(m.word)) continue;
      const key = wordKey(m.word);
      capitalised.add(key);
      if (m.index > 0) names.add(key);
    }
  // (A number word is no name: "لثلاثة أيام" makes no skeleton of "لثلاثة". Nor is an adjective that many names
  // start with — "la Grande Mosquée", "le Grand Théâtre", "Nueva Ciudad" —, alone: it would be a name two of them share.)
  words.forEach((word, i) => {
    if (known[i] || word.length < 4 || tables.stopwords.has(word)) return;
    const arabic = ARABIC_LETTER.test(word);
    if (!arabic && !names.has(word)) return;
    if (isNumberWord(word) || (arabic ? isCommonArabic(word) : NAME_ADJECTIVES.has(word))) return;
    // An Arabic word may carry a one-letter preposition or conjunction (بطرفاية): both readings are kept.
    for (const form of arabic ? [word, word.replace(/^[وفبلك](?=\p{L}{4})/u, "")] : [word]) {
      const skeleton = nameSkeleton(form);
      if (skeleton.length >= 4) skeletons.add(skeleton);
    }
  });

  // Names of several words, whose parts are often too short alone (Ouahbi / وهبي → "wb"): the skeletons of runs of
  // two or three name words, joined — "Abdellatif Ouahbi" and "عبد اللطيف وهبي" both give "bdltfwb". In Latin script
  // the words are capitalised (the text's first word too: a run needs a second); in Arabic, words the tables do not know.
  const isNameWord = (i: number) =>
    !known[i] &&
    !tables.stopwords.has(words[i]!) &&
    (ARABIC_LETTER.test(words[i]!) || capitalised.has(words[i]!)) &&
    !isNumberWord(words[i]!) &&
    !isCommonArabic(words[i]!);
  const fullNames = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let joined = "";
    for (let n = 0; n < 3 && i + n < words.length && isNameWord(i + n); n++) {
      const part = nameSkeleton(words[i + n]!);
      if (part === "") break;
      joined += part;
      if (n >= 1 && joined.length >= 5) fullNames.add(joined);
    }
  }

  // Neighbourhoods and streets: the first word after their word that is neither another such word nor a stop-word.
  const districts = new Set<string>();
  for (let i = 0; i < words.length - 1; i++) {
    if (!PLACE_WITHIN.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && (PLACE_WITHIN.has(words[j]!) || tables.stopwords.has(words[j]!))) j++;
    const skeleton = j < words.length ? nameSkeleton(words[j]!) : "";
    if (skeleton.length >= 2) districts.add(skeleton);
  }

  // Number words inside a name are not numbers of the event ("محمد السادس", Mohammed VI; "Mohammed V"); nor are the
  // digits of a model right after a name ("Boeing 787", "Airbus 350").
  let models: Set<string> | undefined;
  for (const i of makerEnds) if (/^\d+$/.test(words[i + 1] ?? "")) (models ??= new Set()).add(words[i + 1]!);
  const numbers = storyNumbers(
    text,
    inName.includes(true) ? words.map((w, i) => (inName[i] ? "" : w)) : words,
    (word) => wordInfo(word, tables).counted,
    models,
  );
  return {
    names: [...named],
    specific,
    concepts: [...found].filter(isSubjectConcept),
    numbers: numbers.significant,
    small: numbers.small,
    counts: numbers.counts,
    skeletons: [...skeletons],
    fullNames: [...fullNames],
    districts: [...districts],
    nameWords: [...nameWords],
    phraseWords: [...phraseWords],
  };
}
