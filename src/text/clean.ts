/**
 * Cleaning scraped text: the dumps carry byte-order marks, Windows line endings,
 * HTML entities, zero-width and bidi-control characters and odd whitespace.
 * Everything here returns plain text; escaping for output happens at render time.
 */
import { decodeHTML } from "entities";
import { ownCopy } from "../util/own-copy.js";

/** Characters XML 1.0 forbids, plus the noncharacters U+FFFE/U+FFFF and unpaired surrogates. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A cheap first look: most text has none of the characters XML_FORBIDDEN looks for. */
const XML_SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/**
 * Invisible characters removed from scraped text: C1 controls (legal in XML 1.0
 * but never meaningful), zero-width characters and the soft hyphen (they break
 * matching and slugs), and bidi embedding, override and isolate controls (they
 * can make text display as something else).
 */
const INVISIBLE = /[\u007F-\u009F\u00AD\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g;
const INVISIBLE_TEST = /[\u007F-\u009F\u00AD\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/;

export function stripXmlForbidden(text: string): string {
  return XML_SUSPECT.test(text) ? text.replace(XML_FORBIDDEN, "") : text;
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Removes invisible and control characters (newlines and tabs are kept). */
/** Everything stripInvisible removes, in one cheap test: most lines have none of it. */
const NEEDS_STRIPPING =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;

export function stripInvisible(text: string): string {
  if (!NEEDS_STRIPPING.test(text)) return text;
  const visible = INVISIBLE_TEST.test(text) ? text.replace(INVISIBLE, "") : text;
  return stripXmlForbidden(visible);
}

/**
 * One line of scraped text as plain text: entities decoded (once: `&amp;lt;`
 * stays `&lt;`), invisible characters removed, composed to Unicode NFC (so
 * "é" and "أ" are one code point in every output), whitespace runs collapsed
 * to one space (a lone no-break space, which French typography puts before
 * `:`, stays), trimmed.
 */
export function cleanLine(line: string): string {
  const text = stripInvisible(line.includes("&") ? decodeHTML(line) : line).normalize("NFC");
  return (ODD_SPACE.test(text) ? text.replace(/\s+/g, (run) => (run === "\u00A0" || run === "\u202F" ? run : " ")) : text).trim();
}

/** Whitespace other than single spaces: the only case cleanLine has to rewrite. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII, for reading dates. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * A matching key: the same text however it was spaced, cased, punctuated or
 * accented, with or without French elisions. Arabic diacritics and tatweel
 * go, alef/ya/ta-marbuta variants fold.
 */
/** Keys of short texts (titles, names, headlines) recur across a build: they are kept, up to a bound. */
const matchKeys = new Map<string, string>();
const MATCH_KEY_MEMO = 200_000;

export function matchKey(text: string): string {
  if (text.length > 300) return computeMatchKey(text);
  let key = matchKeys.get(text);
  if (key === undefined) {
    key = computeMatchKey(text);
    if (matchKeys.size >= MATCH_KEY_MEMO) matchKeys.clear();
    // (Copies: a text cut from a page's file would keep the whole file in the memo.)
    key = ownCopy(key);
    matchKeys.set(ownCopy(text), key);
  }
  return key;
}

function computeMatchKey(text: string): string {
  // Each pass runs only when the text has what it rewrites: most keys are of plain Latin text.
  let key = stripInvisible(text).normalize("NFKD").toLowerCase();
  if (COMBINING_MARK.test(key)) key = key.replace(COMBINING_MARKS, "");
  // French elisions: "l'économie", "d’Agadir", "qu'il" key as "économie", "agadir", "il".
  if (APOSTROPHE.test(key)) key = key.replace(ELISION, "$1");
  if (ARABIC.test(key))
    key = key
      .replace(/[\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647");
  return collapseSeparators(key);
}

/**
 * A match key in which "ñ" stays a letter of its own ("ɲ"): Spanish "peña" (a supporters' club) is not "pena" (a
 * sentence), "Cañada" not "Canada", "año" not "ano". Story evidence reads words, and compiles its tables, by it.
 */
export function wordKey(text: string): string {
  return matchKey(text.includes("ñ") || text.includes("Ñ") ? text.replace(/[ñÑ]/g, "ɲ") : text);
}

/** Punctuation, symbols and whitespace: one character (runs of them are one space in a match key). */
const SEPARATOR = /^[\p{P}\p{S}\s]$/u;
/** Whether each UTF-16 unit of the Basic Multilingual Plane is a SEPARATOR: 0 not known yet, 1 yes, 2 no. */
const separatorTable = new Uint8Array(0x10000);
/** Characters beyond it (emoji are symbols), by code point. */
const astralSeparators = new Map<number, boolean>();
/** Where each run of other characters starts and ends, in pairs, for the text being collapsed (grown as needed). */
let runs = new Int32Array(64);

/**
 * `text.replace(/[\p{P}\p{S}\s]+/gu, " ").trim()` in a loop over the characters, each class asked of the expression
 * once per build; the text itself when there is nothing to replace (a word, most titles).
 */
export function collapseSeparators(text: string): string {
  const n = text.length;
  let count = 0;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let separator: boolean;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      // Beyond the Basic Multilingual Plane: two units, one character.
      const point = text.codePointAt(i)!;
      let known = astralSeparators.get(point);
      if (known === undefined) astralSeparators.set(point, (known = SEPARATOR.test(String.fromCodePoint(point))));
      separator = known;
    } else {
      let known = separatorTable[c]!;
      if (known === 0) separatorTable[c] = known = SEPARATOR.test(String.fromCharCode(c)) ? 1 : 2;
      separator = known === 1;
    }
    if (!separator) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      count = addRun(count, start, i);
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) count = addRun(count, start, n);
  // Collapsed already: runs from the first character to the last, one plain space apart.
  let collapsed = count === 0 ? n === 0 : runs[0] === 0 && runs[count - 1] === n;
  for (let k = 2; collapsed && k < count; k += 2) collapsed = runs[k]! - runs[k - 1]! === 1 && text.charCodeAt(runs[k - 1]!) === 32;
  if (collapsed) return text;
  let out = "";
  for (let k = 0; k < count; k += 2) out += (k === 0 ? "" : " ") + text.slice(runs[k]!, runs[k + 1]!);
  return out;
}

function addRun(count: number, start: number, end: number): number {
  if (count + 2 > runs.length) {
    const grown = new Int32Array(runs.length * 2);
    grown.set(runs);
    runs = grown;
  }
  runs[count] = start;
  runs[count + 1] = end;
  return count + 2;
}

const COMBINING_MARK = /\p{M}/u;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHE = /['\u2019\u02BC]/;
const ELISION = /(^|[^\p{L}])(?:qu|jusqu|lorsqu|puisqu|[ldjmnstc])['\u2019\u02BC](?=\p{L})/gu;
const ARABIC = /[\u0600-\u06FF]/;
