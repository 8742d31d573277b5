/**
 * The numbers a headline says, whichever way it says them: digits with any thousands
 * separator (868.000 = 868,000 = 868 000), Arabic-Indic digits (٥٠٠), number words (two,
 * dos, deux, اثنان), and scales after a number (500 ألف = 500 000; 1,2 milliard = 1.2 billion;
 * "مليون" alone is a million). Years (1900–2100 written as four digits) are not numbers of an
 * event (unless a count follows: "2012 قتيلا"). Significant numbers (100 and more) are strong evidence and a veto when two texts
 * disagree; small ones (2 to 99) only support other evidence.
 */
import { wordKey } from "./clean.js";

/** (Maps, not objects: most words asked are not number words, and an object asked for an arbitrary string is slower.) */
const WORDS = new Map<string, number>(
  Object.entries({
    // French
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    // Spanish
    dos: 2,
    tres: 3,
    cuatro: 4,
    cinco: 5,
    seis: 6,
    siete: 7,
    ocho: 8,
    nueve: 9,
    diez: 10,
    doce: 12,
    quince: 15,
    trece: 13,
    catorce: 14,
    dieciseis: 16,
    diecisiete: 17,
    dieciocho: 18,
    diecinueve: 19,
    veinte: 20,
    veintidos: 22,
    veintitres: 23,
    veinticuatro: 24,
    veinticinco: 25,
    veintiseis: 26,
    veintisiete: 27,
    veintiocho: 28,
    veintinueve: 29,
    cien: 100,
    treinta: 30,
    cuarenta: 40,
    cincuenta: 50,
    // English
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    // Ordinals: "the third line", "la troisième semaine".
    deuxieme: 2,
    second: 2,
    seconde: 2,
    segundo: 2,
    segunda: 2,
    troisieme: 3,
    third: 3,
    tercer: 3,
    tercero: 3,
    tercera: 3,
    quatrieme: 4,
    fourth: 4,
    cuarto: 4,
    cuarta: 4,
    cinquieme: 5,
    fifth: 5,
    quinto: 5,
    quinta: 5,
    ثاني: 2,
    ثانيه: 2,
    ثالث: 3,
    ثالثه: 3,
    رابع: 4,
    رابعه: 4,
    خامس: 5,
    خامسه: 5,
    sixieme: 6,
    sixth: 6,
    sexto: 6,
    sexta: 6,
    septieme: 7,
    seventh: 7,
    septimo: 7,
    septima: 7,
    huitieme: 8,
    eighth: 8,
    octavo: 8,
    octava: 8,
    neuvieme: 9,
    ninth: 9,
    noveno: 9,
    novena: 9,
    dixieme: 10,
    tenth: 10,
    decimo: 10,
    decima: 10,
    onzieme: 11,
    eleventh: 11,
    undecimo: 11,
    douzieme: 12,
    twelfth: 12,
    duodecimo: 12,
    vingtieme: 20,
    twentieth: 20,
    vigesimo: 20,
    vigesima: 20,
    سادس: 6,
    سادسه: 6,
    سابع: 7,
    سابعه: 7,
    ثامن: 8,
    ثامنه: 8,
    تاسع: 9,
    تاسعه: 9,
    عاشر: 10,
    عاشره: 10,
    // Arabic (folded: ة → ه)
    اثنان: 2,
    اثنين: 2,
    اثنتان: 2,
    اثنتين: 2,
    // Twelve's first word ("اثنا عشر", "اثنتي عشرة"); eleven's ("أحد عشر", "إحدى عشرة") only before ten (see storyNumbers).
    اثنا: 2,
    اثني: 2,
    اثنتا: 2,
    اثنتي: 2,
    ثلاث: 3,
    ثلاثه: 3,
    اربع: 4,
    اربعه: 4,
    خمس: 5,
    خمسه: 5,
    // Three-letter numbers with "ب" or "ل" ("بخمس سنوات", for five years), which WORD_NUMBER leaves whole.
    بخمس: 5,
    لخمس: 5,
    بسبع: 7,
    لسبع: 7,
    بتسع: 9,
    لتسع: 9,
    بعشر: 10,
    لعشر: 10,
    ست: 6,
    سته: 6,
    سبع: 7,
    سبعه: 7,
    ثماني: 8,
    ثمانيه: 8,
    تسع: 9,
    تسعه: 9,
    عشر: 10,
    عشره: 10,
    عشرين: 20,
    عشرون: 20,
    // Duals of what is counted in time: "لساعتين" (for two hours), "يومين", "سنتين", "مرتين".
    ساعتين: 2,
    ساعتان: 2,
    يومين: 2,
    يومان: 2,
    شهرين: 2,
    شهران: 2,
    سنتين: 2,
    سنتان: 2,
    عامين: 2,
    عامان: 2,
    اسبوعين: 2,
    مرتين: 2,
    // A score's two goals ("بهدفين دون رد": 2-0).
    هدفين: 2,
    بهدفين: 2,
    // A win by a brace, a hat-trick … of goals ("بثنائية نظيفة": 2-0; not "ثنائية", bilateral, without its "ب").
    بثناييه: 2,
    بثلاثيه: 3,
    برباعيه: 4,
    بخماسيه: 5,
    بسداسيه: 6,
    ثلاثين: 30,
    ثلاثون: 30,
    اربعين: 40,
    اربعون: 40,
    خمسين: 50,
    خمسون: 50,
    ستين: 60,
    ستون: 60,
    سبعين: 70,
    سبعون: 70,
    ثمانين: 80,
    ثمانون: 80,
    تسعين: 90,
    تسعون: 90,
  }),
);

/** Scale words: they multiply the number before them; alone, only a million or a billion counts (a hundred or a thousand alone is a figure of speech, "في المائة" a percent). */
const SCALES = new Map<string, number>(
  Object.entries({
    cent: 100,
    cents: 100,
    hundred: 100,
    ciento: 100,
    cientos: 100,
    مائه: 100,
    مئه: 100,
    mille: 1e3,
    mil: 1e3,
    thousand: 1e3,
    الف: 1e3,
    الاف: 1e3,
    million: 1e6,
    millions: 1e6,
    millón: 1e6,
    millon: 1e6,
    millones: 1e6,
    مليون: 1e6,
    // "Its millionth visitor", "son 4 millionième véhicule".
    millionieme: 1e6,
    millionth: 1e6,
    millonesimo: 1e6,
    ملايين: 1e6,
    milliard: 1e9,
    milliards: 1e9,
    billion: 1e9,
    billions: 1e9,
    مليار: 1e9,
    مليارات: 1e9,
    // The Maghreb's plural of milliard ("10 ملايير درهم").
    ملايير: 1e9,
  }),
);
const STANDALONE_SCALES = new Set([1e6, 1e9]);
/** Arabic duals of scales, folded: "مليونا سائح" (two million tourists), "ملياري درهم", "ألفي" (two thousand). */
const DUAL_SCALES = new Map<string, number>(
  Object.entries({
    ...{ مليونا: 2e6, مليونان: 2e6, مليوني: 2e6, مليونين: 2e6, مليارا: 2e9, ملياران: 2e9, ملياري: 2e9, مليارين: 2e9 },
    ...{ الفا: 2e3, الفان: 2e3, الفي: 2e3, الفين: 2e3 },
  }),
);

/** Arabic prepositions (folded) after which a scale in "ا" is one, in the accusative, not two ("مليارا في", "مليونا من"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(["في", "من", "على", "علي", "الى", "عن", "خلال", "منذ", "حتى", "حتي"]);

/** An Arabic dual of a scale's value ("مليونا", "ومليونا": 2,000,000), looked up without a pass of a pattern per word. */
function dualOf(word: string): number | undefined {
  return DUAL_SCALES.get(word) ?? (word.charCodeAt(0) === 0x648 ? DUAL_SCALES.get(word.slice(1)) : undefined);
}

/**
 * Whether the words before `at` end an amount, so that the word at `at` is its unit: a number in digits or words ("23
 * dirhams", "vingt dirhams"), a scale ("مليارات درهم"), or a scale and "de" ("10 milliards de dirhams").
 */
export function endsAmount(words: readonly string[], at: number): boolean {
  const before = words[at - 1];
  if (before === undefined) return false;
  // (An Arabic preposition may be written onto the digits: "بـ20 سنتيما", "ب20".)
  if (/^[بلو]?\d/.test(before) || wordValue(before) !== undefined || scaleOf(before) !== undefined) return true;
  const scale = words[at - 2];
  return (before === "de" || before === "d" || before === "of") && scale !== undefined && scaleOf(scale) !== undefined;
}

/**
 * The smaller part of an Arabic compound amount after a scale at `i` ("مليار و200 مليون", "ملايير و400 مليون", "مليون
 * و300 ألف"): its value and the index of its scale word; undefined when none follows or its scale is not smaller.
 */
function compoundAt(words: readonly string[], i: number, scale: number): { value: number; at: number } | undefined {
  const spaced = words[i + 1] === "و";
  const part = /^و?(\d+)$/.exec(spaced ? (words[i + 2] ?? "") : (words[i + 1] ?? ""));
  if (!part || !(spaced || words[i + 1]!.startsWith("و"))) return undefined;
  const at = spaced ? i + 3 : i + 2;
  const smaller = scaleOf(words[at] ?? "");
  if (smaller !== undefined) return smaller < scale ? { value: Number(part[1]) * smaller, at } : undefined;
  // Thousands and the hundreds after them: "ألف و500 مهاجر" is 1,500 migrants.
  return scale === 1000 && Number(part[1]) < 1000 ? { value: Number(part[1]), at: at - 1 } : undefined;
}

/** A scale word's factor: "الف" is a thousand as it is (its first letters are not the article), "والملايين" without its prefixes. */
function scaleOf(word: string): number | undefined {
  return SCALES.get(word) ?? (word.charCodeAt(0) >= 0x600 ? SCALES.get(word.replace(/^(?:و?ال|و)/, "")) : undefined);
}

/**
 * Scales the press abbreviates, right after a number or one space on: "30,5 MMDH" and "500 MDH" (Moroccan French for
 * billions and millions of dirhams), "EGP 1.5 bln" and "3 mln" (the wires' English), "3 Mds", "1,2 Md$", "$1.2bn", "6 bcm" (billion cubic metres of gas); "m", "mn" and "M" only after a currency ("$500m", "€2.5m",
 * "Dh500m", "$5mn": "a 500m bridge" is metres, "90 mn" of a match minutes).
 */
const BILLION_MARKS = "MMDH|MMDhs?|MMD|Mds|Mrds?|Md|bn|Bn|bln|Bln|bcm|BCM";
const MILLION_MARKS = "MDH|MDhs?|mln|Mln";
/** Any of them after a number (the currency's "m", "mn" and "M" included): the digits' pass spells the text out first. */
const ABBREVIATED_SCALE = new RegExp(`\\d\\s?(?:${BILLION_MARKS}|${MILLION_MARKS}|mn|m|M)(?![\\p{L}])`, "u");
const BILLIONS = new RegExp(`(\\d)\\s?(?:${BILLION_MARKS})(?![\\p{L}])`, "gu");
const MILLIONS = new RegExp(`(\\d)\\s?(?:${MILLION_MARKS})(?![\\p{L}])`, "gu");
const CURRENCY_MILLIONS = /((?:[$€£]|\b(?:Dh|DH|USD|EUR|US\$))\s?\d+(?:[.,]\d+)?)\s?(?:mn|m|M)(?![\p{L}])/gu;

/**
 * Whether the digits at `at` end a code or a name written with Latin letters before them — a model ("A220"), a
 * meeting ("G20", "COP29"), a site ("Le360", "Médias24") —, not a figure; a currency's letters before them are no
 * code ("Dh500", "USD3", "LE20"). (Arabic letters before digits are a preposition: "بـ20".)
 */
function isCode(text: string, at: number): boolean {
  const letters = LATIN_BEFORE.exec(text.slice(Math.max(0, at - 8), at))?.[0];
  return letters !== undefined && !CURRENCY_CODES.has(letters);
}
const LATIN_BEFORE = /[A-Za-zÀ-ÿ]+$/;
/** As written ("LE" is the Egyptian pound, "Le360" a site). */
const CURRENCY_CODES: ReadonlySet<string> = new Set(["Dh", "DH", "Dhs", "DHs", "DHS", "MAD", "USD", "US", "EUR", "EGP", "LE", "DA", "DZD", "TND", "DT", "GBP"]);

/** The text with abbreviated scales written out ("1.2bn" → "1.2 milliard"), for the digits' pass. */
function spellScales(text: string): string {
  return text.replace(BILLIONS, "$1 milliard ").replace(MILLIONS, "$1 million ").replace(CURRENCY_MILLIONS, "$1 million ");
}

/** The words before a year it runs until: "jusqu'en", "jusqu'à", "hasta", "until", "حتى", "إلى غاية". */
const UNTIL_BEFORE = /(?:jusqu['’]\s?(?:en|à|au)|hasta(?: el)?|until|till|حتى|حتى عام|إلى غاية|الى غاية|لغاية)\s+$/iu;

/** Degrees written as a sign: "45C", "45°C", "45 °C", "45º" (a temperature, like "45 degrés"). */
const DEGREE_SIGN = /(\d)\s?(?:[°º]\s?C?|C)(?![\p{L}\d])/gu;

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** An Arabic number word's "و", article and preposition: "والعشرين" is 20, "لثلاثة أيام" three days ("لست" stays "I am not"). */
const WORD_NUMBER = /^(?:و?ال|و|[لب](?=\p{L}{4}))(?=\p{L}{3})/u;

/** Whether a folded word is a number word ("ثلاثة", "لثلاثة", "deux"): no name's. */
export function isNumberWord(word: string): boolean {
  return wordValue(word) !== undefined;
}

/** A number word's value (an Arabic one without its "و" and article; only words that start with one are rewritten). */
function wordValue(word: string): number | undefined {
  const first = word.charCodeAt(0);
  const prefixed = first === 0x648 || first === 0x644 || first === 0x628 || (first === 0x627 && word.charCodeAt(1) === 0x644);
  // (The whole word first: "بثنائية" is a win by two goals, "الثنائية" bilateral.)
  return WORDS.get(word) ?? (prefixed ? WORDS.get(word.replace(WORD_NUMBER, "")) : undefined);
}

const NO_MODELS: ReadonlySet<string> = new Set();

/** Basis points, from the word after a number: "basis points", "bps", "points de base", "puntos básicos", "نقطة أساس". */
const BASIS_POINTS = /^(?:basis points?|bps?(?![\p{L}])|points? de base|puntos? b[aá]sicos?|نقطة أساس|نقاط أساس|نقطه أساس)/iu;

/** Words that say "percent" after a number (as match keys), or start it ("في المائة", "pour cent", "por ciento"). */
const PERCENT_WORDS: ReadonlySet<string> = new Set(["بالمائة", "بالمئة", "percent", "pourcent", "pct"].map(wordKey));
const PERCENT_BEFORE: ReadonlySet<string> = new Set(["في", "pour", "por", "per"].map(wordKey));
const PERCENT_AFTER = /^\s+(?:المائة|المئة|المائه|المئه|cent|ciento)(?![\p{L}])/u;

const HALF: ReadonlySet<string> = new Set(["half", "نصف", "medio", "demi"]);
/** Kilograms (folded): a thousand of them or more are also said in tonnes ("2.000 kilos de hachís", "deux tonnes de haschich"). */
const KILOGRAMS: ReadonlySet<string> = new Set(
  ["kg", "kilo", "kilos", "kilogramme", "kilogrammes", "kilogramo", "kilogramos", "kilogram", "kilograms", "كيلوغرام", "كيلوغرامات", "كلغ", "كيلو"].map(
    wordKey,
  ),
);

/**
 * Quintals (a hundred kilograms, folded), in which the Maghreb's press weighs its harvests: also said in tonnes ("55
 * millions de quintaux", "55 مليون قنطار", "5.5 million tonnes").
 */
const QUINTALS: ReadonlySet<string> = new Set(["quintal", "quintaux", "quintales", "quintals", "qx", "قنطار", "قنطارا", "قناطير", "القناطير"].map(wordKey));
/** The word after a number's scale, past a "de" or an "of" ("55 millions de quintaux"). */
const UNIT_AFTER_SCALE = /^\s+(?:de\s+|d['’]\s*|of\s+|من\s+)?(\p{L}+)/u;
/** The next word ("14 de julio": the month after "de"). */
const NEXT_WORD = /^\s+(\p{L}+)/u;
/** The word `pattern` takes (its first group) from `text` at `at`, as a match key; "" when none. */
const wordAfter = (text: string, at: number, pattern: RegExp): string => wordKey(pattern.exec(text.slice(at))?.[1] ?? "");

/**
 * Fractions of a whole, as the percentage they are ("un tiers des barrages" is about 33 %, "la moitié des écoles",
 * "نصف المدارس" 50 %), each with the words it must start with, those that must follow it, and those that must not
 * ("a third of" is a fraction, "a third term" an ordinal; "نصف النهائي" a semi-final, "ربع ساعة" a quarter of an hour).
 */
const FRACTIONS: readonly { words: readonly string[]; percent: number; followedBy?: ReadonlySet<string>; not?: ReadonlySet<string> }[] = [
  ...[
    { words: ["un", "tiers"], percent: 100 / 3 },
    { words: ["deux", "tiers"], percent: 200 / 3 },
    { words: ["la", "moitie"], percent: 50 },
    // "Remplis à moitié" (half full), "réduit de moitié" (halved).
    { words: ["a", "moitie"], percent: 50 },
    { words: ["de", "moitie"], percent: 50 },
    { words: ["un", "quart"], percent: 25, not: new Set(["heure", "finale", "de finale"]) },
    { words: ["trois", "quarts"], percent: 75 },
    { words: ["un", "tercio"], percent: 100 / 3 },
    { words: ["dos", "tercios"], percent: 200 / 3 },
    { words: ["la", "mitad"], percent: 50 },
    // Fifths: "deux cinquièmes", "dos quintos" (plural, so no ordinal).
    { words: ["un", "cinquieme"], percent: 20 },
    { words: ["deux", "cinquiemes"], percent: 40 },
    { words: ["trois", "cinquiemes"], percent: 60 },
    { words: ["un", "quinto"], percent: 20 },
    { words: ["dos", "quintos"], percent: 40 },
    { words: ["tres", "quintos"], percent: 60 },
  ],
  // In English a fraction in the plural is no ordinal ("two-fifths"), nor one after "by" ("cut by a third").
  ...[
    { words: ["two", "fifths"], percent: 40 },
    { words: ["three", "fifths"], percent: 60 },
    { words: ["two", "thirds"], percent: 200 / 3 },
    { words: ["three", "quarters"], percent: 75 },
    { words: ["by", "a", "third"], percent: 100 / 3 },
    { words: ["by", "one", "third"], percent: 100 / 3 },
    { words: ["by", "a", "quarter"], percent: 25 },
    { words: ["by", "a", "fifth"], percent: 20 },
    { words: ["by", "one", "fifth"], percent: 20 },
    { words: ["by", "half"], percent: 50 },
  ],
  ...[
    { words: ["a", "third"], percent: 100 / 3 },
    { words: ["one", "third"], percent: 100 / 3 },
    { words: ["half"], percent: 50 },
    { words: ["a", "quarter"], percent: 25 },
    { words: ["a", "fifth"], percent: 20 },
    { words: ["one", "fifth"], percent: 20 },
  ].map((f) => ({ ...f, followedBy: new Set(["of"]) })),
  ...[
    { words: ["ثلث"], percent: 100 / 3 },
    { words: ["ثلثي"], percent: 200 / 3 },
    { words: ["نصف"], percent: 50 },
    { words: ["ربع"], percent: 25 },
  ].map((f) => ({ ...f, not: new Set(["نهائي", "النهائي", "ساعة", "قرن"].map(wordKey)) })),
];
const FRACTION_ENDS: ReadonlySet<string> = new Set(FRACTIONS.map((f) => f.words.at(-1)!));

/** The fraction whose last word is `words[at]`, if the words around say one (see FRACTIONS). */
function fractionAt(words: readonly string[], at: number): number | undefined {
  // (A fraction may end the text: "earnings slashed by two-fifths".)
  const next = words[at + 1];
  if (next !== undefined && scaleOf(next) !== undefined) return undefined;
  for (const f of FRACTIONS) {
    const start = at - f.words.length + 1;
    if (start < 0 || f.words.some((w, k) => words[start + k] !== w)) continue;
    if (f.followedBy && (next === undefined || !f.followedBy.has(next))) continue;
    if (next !== undefined && (f.not?.has(next) || f.not?.has(`${next} ${words[at + 2] ?? ""}`))) continue;
    return f.percent;
  }
  return undefined;
}
/**
 * A ratio, the percentage it is, said approximately: "sept candidats sur dix" beside "70 %", "uno de cada cuatro", "one in
 * five", "out of", "سبعة من كل عشرة". The whole is a number from 2 to 10, the part a smaller one at most three words
 * before the ratio's word ("deux Marocains sur trois").
 */
function ratioAt(words: readonly string[], at: number): number | undefined {
  const word = words[at]!;
  const ratio =
    word === "sur" ||
    word === "in" ||
    (word === "cada" && words[at - 1] === "de") ||
    (word === "of" && words[at - 1] === "out") ||
    (word === "كل" && words[at - 1] === "من");
  if (!ratio) return undefined;
  const numberOf = (w: string | undefined) => (w === undefined ? undefined : /^\d+$/.test(w) ? Number(w) : (wordValue(w) ?? (ONE.has(w) ? 1 : undefined)));
  const whole = numberOf(words[at + 1]);
  const after = words[at + 2];
  if (whole === undefined || whole < 2 || whole > 10 || (after !== undefined && (scaleOf(after) !== undefined || TIME_UNITS.has(after)))) return undefined;
  const before = word === "sur" || word === "in" ? at - 1 : at - 2;
  for (let k = before; k >= Math.max(0, before - 2); k--) {
    // (A scale before it: an amount over a time, "2 milliards sur 10 ans", no ratio.)
    if (scaleOf(words[k]!) !== undefined) return undefined;
    const part = numberOf(words[k]);
    if (part !== undefined) return part >= 1 && part < whole ? (100 * part) / whole : undefined;
  }
  return undefined;
}
/** Units of time after a ratio's whole make it a span, not a ratio ("3 dams in 5 years", "sur 10 ans"). */
/** About a hundred ("une centaine de migrants", "un centenar de personas"), as match keys. */
const ABOUT_A_HUNDRED: ReadonlySet<string> = new Set(["centaine", "centenar"]);
/** Hours, as match keys ("ساعة" folds to "ساعه"). */
const HOURS: ReadonlySet<string> = new Set(["heures", "horas", "hours", "ساعه"]);
const TIME_UNITS: ReadonlySet<string> = new Set(
  [
    ...["ans", "annees", "mois", "jours", "semaines", "heures", "minutes", "anos", "meses", "dias", "semanas", "horas", "minutos"],
    ...["years", "months", "days", "weeks", "hours", "minutes", "سنوات", "أعوام", "أشهر", "شهور", "أيام", "أسابيع", "ساعات", "دقائق"],
  ].map(wordKey),
);
/** The words a ratio turns on (see ratioAt). */
const RATIO_WORDS: ReadonlySet<string> = new Set(["sur", "in", "cada", "of", "كل"]);

/** "Un million", "a million": the article before a scale alone. */
const ONE: ReadonlySet<string> = new Set(["un", "une", "a", "one", "uno", "una", "واحد"]);

/**
 * Words that make the number after them an approximation, "~": "près de 500", "nearly 500", "some 500", "cerca de
 * 500", "نحو 500"; or a floor, ">": "plus de 500", "more than 500", "أزيد من 500", "top 115 billion", "dépasse les
 * 25". Two texts telling one event round differently ("près de 500" / "497"; "plus de 2 millions" / "2,3 millions"):
 * such a number is compared with the other's within its margin (see assemble/story-figures.ts), not as a different one.
 */
const FLOOR_BEFORE =
  /(?<![\p{L}])(?:(?:plus|m[aá]s)\s+d(?:e\s+|['’]\s*)|au moins\s+|more than\s+|over\s+|at least\s+|أكثر من\s+|اكثر من\s+|أزيد من\s+|ازيد من\s+|(?:tops?|topped|exceeds?|exceeded|surpass(?:es|ed)?|dépassent|dépasse|franchit|supera|superan|تتجاوز|يتجاوز|تفوق|يفوق)\s+(?:les\s+|la barre des\s+|the\s+)?)$/iu;
const ABOUT_BEFORE =
  /(?<![\p{L}])(?:(?:pr[eè]s|moins|cerca|alrededor|menos)\s+d(?:e\s+|['’]\s*)|(?:environ|quelque|quelques|nearly|about|around|almost|approximately|roughly|some|less than|casi|unos|unas|نحو|حوالي|حوالى|قرابة|زهاء|يقارب|يناهز|ما يقارب|ما يناهز|أقل من)\s+)$/iu;
/** The end of a range's first day, before its last: "10 au ", "10 al ", "10 to ", "10-", "10 إلى ". */
const RANGE_BEFORE = /(?<!\d)(\d{1,2})\s*(?:au|à|al|a|to|till|until|-|–|إلى|الى|حتى)\s*$/iu;
/** The mark of a number: ">" a floor, "~" an approximation, "" neither. */
type Margin = "" | "~" | ">";
/** The mark of a number said after `before` (the text just before it). */
function marginOf(before: string): Margin {
  return FLOOR_BEFORE.test(before) ? ">" : ABOUT_BEFORE.test(before) ? "~" : "";
}
/** The same after words already folded (the number words' pass): the one or two words before `at`. */
const FLOOR_WORDS: ReadonlySet<string> = new Set(["plus", "over", "more than", "at least", "au moins", "mas de", "plus de", "أكثر من", "أزيد من"].map(wordKey));
const ABOUT_WORDS: ReadonlySet<string> = new Set(
  // ("plus d'un million" is folded as "plus un million".)
  [
    ...["moins", "pres", "environ", "quelque", "quelques", "nearly", "about", "around", "almost", "approximately", "roughly", "some"],
    ...["casi", "unos", "unas", "نحو", "حوالي", "قرابة", "زهاء", "يقارب", "يناهز"],
    ...["pres de", "moins de", "less than", "cerca de", "alrededor de", "menos de", "أقل من", "ما يقارب", "ما يناهز"],
  ].map(wordKey),
);
const marginAt = (words: readonly string[], at: number): Margin => {
  const one = words[at - 1] ?? "";
  const two = `${words[at - 2] ?? ""} ${one}`;
  return FLOOR_WORDS.has(one) || FLOOR_WORDS.has(two) ? ">" : ABOUT_WORDS.has(one) || ABOUT_WORDS.has(two) ? "~" : "";
};

/** Eleven in Arabic, "أحد عشر", "إحدى عشرة" (folded): "أحد" alone is "one of", "someone", no number. */
const ELEVEN: ReadonlySet<string> = new Set(["احد", "احدي"]);
const TEN: ReadonlySet<string> = new Set(["عشر", "عشره"]);

/**
 * Whether a folded word is one the number words' pass reads — a number word, a scale, a dual, half, a fraction's or a
 * ratio's word —: any other word it passes over (most words of a text), so it is asked once per word.
 */
function mayCount(word: string): boolean {
  let known = numberish.get(word);
  if (known === undefined) {
    known =
      FRACTION_ENDS.has(word) ||
      RATIO_WORDS.has(word) ||
      ABOUT_A_HUNDRED.has(word) ||
      HALF.has(word) ||
      wordValue(word) !== undefined ||
      ELEVEN.has(word.replace(WORD_NUMBER, "")) ||
      dualOf(word) !== undefined ||
      scaleOf(word) !== undefined;
    if (numberish.size >= 100_000) numberish.clear();
    numberish.set(word, known);
  }
  return known;
}
const numberish = new Map<string, boolean>();

const isTens = (value: number) => value >= 20 && value <= 90 && value % 10 === 0;

export interface StoryNumbers {
  /** Numbers with what they count, as "concept=value" ("migration=45" for "45 migrantes", "٤٥ مهاجرا"). */
  counts: string[];
  /**
   * 100 and more, not a year, and any figure with decimals: "868000", "1200000000", "12.8" (a rate, a magnitude); one
   * said as an approximation ("près de 500", "nearly 500", "نحو 500") with a "~": "~500"; as a floor ("plus de 500",
   * "more than 500") with a ">": ">500".
   */
  significant: string[];
  /** Whole numbers from 2 to 99. */
  small: string[];
}

/**
 * `words`: the text's words, folded as match keys (lower case, no accents, Arabic letter forms folded).
 * `countedBy(word)`: the concept a number before `word` counts ("morts", "قتيلا": death; "passengers"), if any:
 * a four-digit number before such a word is a count, not a year ("2012 قتيلا"), and the count is kept ("death=2012").
 * `models`: numbers written in digits that are part of a name, not figures of the event ("Boeing 787").
 */
export function storyNumbers(
  text: string,
  words: readonly string[],
  countedBy: (word: string) => string | undefined = () => undefined,
  models: ReadonlySet<string> = NO_MODELS,
): StoryNumbers {
  const significant = new Set<string>();
  const small = new Set<string>();
  const counts = new Set<string>();
  const figure = (value: number) => String(Math.round(value * 1000) / 1000);
  const count = (value: number, concept: string | undefined, margin: Margin = "") => {
    if (concept !== undefined && Number.isFinite(value) && value >= 2) counts.add(`${concept}=${margin}${figure(value)}`);
  };
  // A compound amount read whole ("مليون و300 ألف"): its smaller part, which the digits' pass read on its own, goes.
  const addWhole = (base: number, part: number, margin: Margin) => {
    significant.delete(figure(part));
    small.delete(String(part));
    add(base + part, false, margin);
  };
  // A compound's smaller part counted on its own by the digits' pass ("ألف و500 مهاجر": 500 migrants) counts the whole.
  const recount = (part: number, whole: number, next: string | undefined, margin: Margin) => {
    const concept = next === undefined ? undefined : countedBy(next);
    if (concept === undefined) return;
    counts.delete(`${concept}=${figure(part)}`);
    count(whole, concept, margin);
  };
  const add = (value: number, year = false, margin: Margin = "") => {
    if (!Number.isFinite(value) || year) return;
    if (value >= 100 || !Number.isInteger(value)) significant.add(`${margin}${figure(value)}`);
    else if (value >= 2) small.add(String(value));
  };
  // Digits, with what follows them: "500 ألف", "1,2 milliard", "868.000".
  // (Arabic's own decimal and thousands separators too: ١٢٫٨ is 12.8, ٨٦٨٬٠٠٠ is 868,000.)
  let digits = /[\u0660-\u0669\u06F0-\u06F9]/.test(text)
    ? text
        .replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))
        .replace(/\u066B/g, ",")
        .replace(/\u066C/g, "")
    : text;
  const hasDigits = /\d/.test(digits);
  if (hasDigits && ABBREVIATED_SCALE.test(digits)) digits = spellScales(digits);
  if (hasDigits && /\d\s?[°ºC]/u.test(digits)) digits = digits.replace(DEGREE_SIGN, "$1 degrés");
  for (const m of hasDigits ? digits.matchAll(/(\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?:[.,](\d+))?(?:\s*(%))?(?:\s+([\p{L}]+))?/gu) : []) {
    const grouped = m[1]!;
    if (models.has(grouped) || isCode(digits, m.index!)) continue;
    const integer = Number(grouped.replace(/[.,\u00a0\u202f ]/g, ""));
    const value = m[2] !== undefined ? Number(`${integer}.${m[2]}`) : integer;
    const next = m[4] ? wordKey(m[4]) : undefined;
    const scale = next ? scaleOf(next) : undefined;
    const end = m.index! + m[0].length;
    let counted = next === undefined ? undefined : countedBy(next);
    // A day of a month in Spanish: "14 de julio".
    if (next === "de" || next === "del") {
      const month = countedBy(wordAfter(digits, end, NEXT_WORD));
      if (month?.startsWith("month-")) counted = month;
    }
    // The last day of a range is no date of its own ("du 10 au 14 juillet", "من 10 إلى 14 يوليوز", "10-14 July"): beside
    // a text that gives the first day, it would veto one festival.
    // The range itself, both ends of one month ("range=6:2-5"), is a figure two texts of one event say.
    const range = counted?.startsWith("month-") ? RANGE_BEFORE.exec(digits.slice(Math.max(0, m.index! - 12), m.index!)) : null;
    if (range) {
      counts.add(`range=${counted!.slice(6)}:${range[1]}-${figure(value)}`);
      counted = undefined;
    }
    const isYear = m[2] === undefined && scale === undefined && /^\d{4}$/.test(grouped) && integer >= 1900 && integer <= 2100 && counted === undefined;
    const margin = marginOf(digits.slice(Math.max(0, m.index! - 24), m.index!));
    add(scale ? value * scale : value, isYear, margin);
    // The year a contract or a term runs until ("jusqu'en 2043", "hasta 2043", "حتى 2043"): what tells one player's
    // extension from his brother's, and which news does not update.
    if (isYear && UNTIL_BEFORE.test(digits.slice(Math.max(0, m.index! - 16), m.index!))) counts.add(`until=${integer}`);
    if (scale === undefined) count(value, counted, margin);
    // Whole days in hours are days too: "une grève de 72 heures", "إضراب لمدة 72 ساعة" is "trois jours", "لثلاثة أيام".
    if (scale === undefined && next !== undefined && HOURS.has(next) && value >= 24 && value % 24 === 0) {
      add(value / 24, false, margin);
      count(value / 24, countedBy("jours"), margin);
    }
    // A weight in kilograms (a thousand or more) or in quintals (after its scale too) is said in tonnes too.
    const tonnes =
      next !== undefined && KILOGRAMS.has(next) && value >= 1000
        ? value / 1000
        : QUINTALS.has((scale === undefined ? next : wordAfter(digits, end, UNIT_AFTER_SCALE)) ?? "")
          ? ((scale ?? 1) * value) / 10
          : undefined;
    if (tonnes !== undefined) {
      add(tonnes, false, margin);
      count(tonnes, countedBy("tonnes"), margin);
    }
    // A percentage is a count of its own ("5 %", "5 بالمائة", "5 في المائة", "5 pour cent"): two texts that both say
    // it say one figure, and two that say different ones count one thing differently.
    if (m[3] === "%" || (next !== undefined && (PERCENT_WORDS.has(next) || (PERCENT_BEFORE.has(next) && PERCENT_AFTER.test(digits.slice(end, end + 12))))))
      if (value > 0 && !isYear) counts.add(`percent=${margin}${figure(value)}`);
    // Basis points are hundredths of a percent: "200 basis points", "200 points de base", "200 نقطة أساس" is "2 %" — of a
    // change, which the counts say too ("bp="): a rate cut by 25 points is not a rate of 0.25 %.
    if (next !== undefined && BASIS_POINTS.test(digits.slice(end - m[4]!.length, end + 16)) && value > 0) {
      counts.add(`percent=${margin}${figure(value / 100)}`);
      counts.add(`bp=${margin}${figure(value)}`);
    }
  }
  // Number words, and scales after them or alone.
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!mayCount(word)) continue;
    // A fraction of a whole or a ratio: the percentage it is, said approximately ("un tiers" beside "33 %").
    const fraction = FRACTION_ENDS.has(word) ? fractionAt(words, i) : RATIO_WORDS.has(word) ? ratioAt(words, i) : undefined;
    if (fraction !== undefined) {
      counts.add(`percent=~${figure(fraction)}`);
      continue;
    }
    // About a hundred: "une centaine", "un centenar".
    if (ABOUT_A_HUNDRED.has(word)) {
      add(100, false, "~");
      continue;
    }
    let value = wordValue(word) ?? (ELEVEN.has(word.replace(WORD_NUMBER, "")) && TEN.has(words[i + 1] ?? "") ? 1 : undefined);
    const start = i;
    if (value !== undefined) {
      // A compound: a unit, then "و" and the tens ("خمسة وعشرين", "الخامسة والعشرين": 25); the tens, then the unit
      // ("vingt-cinq", "twenty-five", "treinta y cinco").
      const after = words[i + 1];
      if (value < 10 && TEN.has(after ?? "")) {
        // Arabic teens: a unit, then ten ("اثنتي عشرة سنة": 12 years; "ثلاثة عشر": 13).
        [value, i] = [value + 10, i + 1];
      } else if (value < 10 && after?.charCodeAt(0) === 0x648) {
        const tens = wordValue(after);
        if (tens !== undefined && isTens(tens)) [value, i] = [value + tens, i + 1];
      } else if (isTens(value)) {
        const at = after === "y" || after === "et" || after === "and" ? i + 2 : i + 1;
        const unit = wordValue(words[at] ?? "");
        if (unit !== undefined && unit < 10) [value, i] = [value + unit, at];
      }
      const next = words[i + 1];
      const scale = next === undefined ? undefined : scaleOf(next);
      const margin = marginAt(words, start);
      add(scale ? value * scale : value, false, margin);
      if (scale === undefined && next !== undefined) count(value, countedBy(next), margin);
    } else if (HALF.has(word)) {
      // "Half a million", "نصف مليون", "medio millón", "un demi-million": 500,000.
      const at = words[i + 1] === "a" ? i + 2 : i + 1;
      const scale = scaleOf(words[at] ?? "");
      if (scale !== undefined && STANDALONE_SCALES.has(scale)) {
        add(scale / 2, false, marginAt(words, i));
        i = at;
      }
    } else if (dualOf(word) !== undefined) {
      // "ملياران" is two billion, and so is "مليارا درهم"; but "مليارا و200 مليون" is a billion (its accusative) and 200 million.
      // So is "مليارا" before a preposition or at the end ("يستثمر مليارا في", a billion): the dual's construct has its noun next.
      const dual = dualOf(word)!;
      const more = compoundAt(words, i, dual / 2);
      const accusative = word.endsWith("ا") && (more !== undefined || words[i + 1] === undefined || PREPOSITIONS.has(words[i + 1]!));
      const base = accusative ? dual / 2 : dual;
      const margin = marginAt(words, start);
      if (more) {
        addWhole(base, more.value, margin);
        i = more.at;
        if (base < 1e6) recount(more.value, base + more.value, words[i + 1], margin);
      } else add(base, false, margin);
    } else {
      const alone = scaleOf(word);
      const before = words[i - 1] ?? "";
      // (A scale after digits or a number word multiplies it: the digits' pass read "3 ملايير", the number words' "ثلاثة ملايين".)
      const byItself = !/\d$/.test(before) && !WORDS.has(before);
      if (alone !== undefined && STANDALONE_SCALES.has(alone) && byItself) {
        // A million and some thousands in Arabic: "مليون و300 ألف" is 1,300,000, not a million and 300,000 (which the
        // digits' pass read).
        const more = compoundAt(words, i, alone);
        if (more) {
          addWhole(alone, more.value, marginAt(words, i));
          i = more.at;
        } else add(alone, false, marginAt(words, ONE.has(before) ? i - 1 : i));
      } else if (alone === 1000 && byItself) {
        // A thousand and some hundreds: "ألف و500 مهاجر" (the digits' pass read 500 migrants).
        const more = compoundAt(words, i, alone);
        if (more) {
          const margin = marginAt(words, i);
          addWhole(alone, more.value, margin);
          i = more.at;
          recount(more.value, alone + more.value, words[i + 1], margin);
        }
      } else if (alone !== undefined && STANDALONE_SCALES.has(alone) && /^\d+$/.test(before)) {
        // Digits and a scale, then the smaller part: "3 ملايير و400 مليون" is 3,400,000,000 (the digits' pass read both parts).
        const more = compoundAt(words, i, alone);
        if (more) {
          const base = Number(before) * alone;
          significant.delete(figure(base));
          addWhole(base, more.value, marginAt(words, i - 1));
          i = more.at;
        }
      }
    }
  }
  return { significant: [...significant], small: [...small], counts: [...counts] };
}
