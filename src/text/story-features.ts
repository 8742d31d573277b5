/**
 * What a headline or an article brings to story grouping across languages and scripts:
 * the names it mentions (through the table of the region's names, with the wider names
 * they imply), the news concepts it uses (through the lexicon), its numbers, and the
 * consonant skeletons of names the table does not know. All are language-neutral strings,
 * so a French, a Spanish, an English and an Arabic headline about one event share them.
 *
 * The tables are compiled once per build: every spelling and form is folded like the text
 * (matchKey), multi-word ones go into a phrase index, stems (`*`) into a prefix index.
 */
import type { StoryName } from "../config/story-names.js";
import { matchKey } from "./clean.js";
import { nameSkeleton } from "./name-skeleton.js";
import { storyNumbers } from "./story-numbers.js";

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
  /** Skeletons (≥ 4 letters) of names the table does not know: capitalised Latin words, any Arabic word. */
  skeletons: string[];
  /** The text's words (match keys) that are part of a name of the table: same-language overlap leaves them out. */
  nameWords: string[];
}

export interface StoryTables {
  /** Folded phrase (one or more words) → what it names: "n:tangier", "c:port". */
  phrases: Map<string, string[]>;
  /** Longest phrase, in words. */
  longest: number;
  /** Stems by their first four letters: [stem, ids]. */
  stems: Map<string, [string, string[]][]>;
  implies: Map<string, string[]>;
  stopwords: Set<string>;
}

/** Arabic words carry their article and one-letter conjunctions and prepositions: و ب ل ف ك + ال. */
const ARABIC_PREFIX = /^(?:[وف]?(?:[بلك]?ال|لل)|[وفبلك])(?=\p{L}{2})/u;

export function compileStoryTables(names: Record<string, StoryName>, concepts: Record<string, string[]>, stopwords: Iterable<string>): StoryTables {
  const phrases = new Map<string, string[]>();
  const stems = new Map<string, [string, string[]][]>();
  const implies = new Map<string, string[]>();
  let longest = 1;
  const addForm = (form: string, id: string) => {
    const stem = form.endsWith("*");
    const key = matchKey(stem ? form.slice(0, -1) : form);
    if (key === "") return;
    const words = key.split(" ");
    longest = Math.max(longest, words.length);
    if (stem && words.length === 1 && key.length >= 3) {
      const bucket = stems.get(key.slice(0, 3)) ?? [];
      const entry = bucket.find(([s]) => s === key);
      if (entry) entry[1].push(id);
      else bucket.push([key, [id]]);
      stems.set(key.slice(0, 3), bucket);
    } else {
      phrases.set(key, [...new Set([...(phrases.get(key) ?? []), id])]);
    }
  };
  for (const [id, name] of Object.entries(names)) {
    for (const spelling of name.spellings) addForm(spelling, `n:${id}`);
    if (name.implies?.length) implies.set(`n:${id}`, name.implies.map((i) => `n:${i}`));
  }
  for (const [id, forms] of Object.entries(concepts)) for (const form of forms) addForm(form, `c:${id}`);
  return { phrases, longest, stems, implies, stopwords: new Set(stopwords) };
}

/** Arabic suffixes of gender, number and relation: برلمانية, برلمانيين, برلمانيون → برلمان(ي). */
const ARABIC_SUFFIX = /(?:يين|يون|يه|ين|ون|ات|ان|ي|ه|ا)$/u;

/** The forms a folded word may take in the tables: itself and, in Arabic, without its prefixes and suffix. */
function variants(word: string): string[] {
  if (!/[\u0600-\u06FF]/.test(word)) return [word];
  const bare = word.replace(ARABIC_PREFIX, "");
  const out = bare === word ? [word] : [word, bare, `ال${bare}`];
  const stem = bare.replace(ARABIC_SUFFIX, "");
  if (stem !== bare && stem.length >= 3) out.push(stem, `ال${stem}`);
  return out;
}

function lookUpStem(word: string, tables: StoryTables): string[] {
  const out: string[] = [];
  for (const v of variants(word)) {
    for (const [stem, ids] of tables.stems.get(v.slice(0, 3)) ?? []) if (v.startsWith(stem)) out.push(...ids);
  }
  return out;
}

export function crossFeatures(text: string, tables: StoryTables): CrossFeatures {
  const words = matchKey(text).split(" ").filter(Boolean);
  const found = new Set<string>();
  const nameWords = new Set<string>();
  // Longest phrase first at each position: "Tanger Med" before "Tanger", "Banque mondiale" before "banque".
  for (let i = 0; i < words.length; i++) {
    let matched = 0;
    for (let n = Math.min(tables.longest, words.length - i); n >= 1 && matched === 0; n--) {
      const phrase = words.slice(i, i + n).join(" ");
      const candidates = n === 1 ? variants(phrase) : [phrase, ...variants(words[i]!).slice(1).map((v) => [v, ...words.slice(i + 1, i + n)].join(" "))];
      for (const candidate of candidates) {
        const ids = tables.phrases.get(candidate);
        if (ids) {
          for (const id of ids) found.add(id);
          if (ids.some((id) => id.startsWith("n:"))) for (const w of words.slice(i, i + n)) nameWords.add(w);
          matched = n;
          break;
        }
      }
    }
    if (matched === 0) {
      const ids = lookUpStem(words[i]!, tables);
      if (ids.length > 0) {
        for (const id of ids) found.add(id);
        matched = 1;
      }
    }
    if (matched > 1) i += matched - 1;
  }
  const specific = [...found].filter((id) => id.startsWith("n:"));
  const names = new Set(specific);
  const widen = (id: string) => {
    for (const wider of tables.implies.get(id) ?? []) if (!names.has(wider)) (names.add(wider), widen(wider));
  };
  for (const id of specific) widen(id);

  // Names the table does not know: capitalised Latin words (not the first word, not in title-case text), any Arabic word.
  const skeletons = new Set<string>();
  const raw = text.split(/[\s\p{P}]+/u).filter(Boolean);
  const capitalised = raw.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCase = raw.length >= 4 && capitalised / raw.length > 0.6;
  raw.forEach((w, i) => {
    const key = matchKey(w);
    if (key === "" || tables.stopwords.has(key) || /\d/.test(w)) return;
    const arabic = /[\u0600-\u06FF]/.test(w);
    if (!arabic && (i === 0 || titleCase || !/^\p{Lu}\p{Ll}/u.test(w))) return;
    if (tables.phrases.has(key) || variants(key).some((v) => tables.phrases.has(v)) || lookUpStem(key, tables).length > 0) return;
    // An Arabic word may carry a one-letter preposition or conjunction (بطرفاية): both readings are kept.
    for (const form of arabic ? [key, key.replace(/^[وفبلك](?=\p{L}{4})/u, "")] : [key]) {
      const skeleton = nameSkeleton(form);
      if (skeleton.length >= 4) skeletons.add(skeleton);
    }
  });

  const countsSomething = (word: string) => variants(word).some((v) => tables.phrases.get(v)?.some((id) => id.startsWith("c:"))) || lookUpStem(word, tables).some((id) => id.startsWith("c:"));
  const numbers = storyNumbers(text, words, countsSomething);
  return {
    names: [...names],
    specific,
    concepts: [...found].filter((id) => id.startsWith("c:")),
    numbers: numbers.significant,
    small: numbers.small,
    skeletons: [...skeletons],
    nameWords: [...nameWords],
  };
}
