/**
 * A name's consonant skeleton, the same from Latin and from Arabic script, so that spellings
 * of one name meet: Ouarzazate / Uarzazat / ورزازات → "wrzt", Marrakech / Marrakesh / مراكش
 * → "mrks", Meknès / مكناس → "mkns", Regragui / الركراكي → "rkrk". Vowels go (Arabic writes
 * few); letters a transliteration confuses fold together (g, j, k, q, hard c and a first x; the
 * emphatic and plain t, d, s); a doubled consonant counts once. A skeleton is evidence to
 * combine with other evidence, never a match by itself: short ones collide easily.
 */

const ARABIC: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "t",
  ط: "t",
  ج: "k",
  خ: "k",
  غ: "k",
  ق: "k",
  ك: "k",
  ڭ: "k",
  گ: "k",
  د: "d",
  ذ: "d",
  ض: "d",
  ظ: "d",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "s",
  ص: "s",
  ف: "f",
  ڤ: "f",
  ل: "l",
  م: "m",
  ن: "n",
  پ: "b",
};
const ARABIC_ARTICLE = /^(?:[وفبلك]?ال|لل)(?=\p{L}{3})/u;

/** The skeleton of one word (already lower-cased and without accents for Latin script); "" when none. */
export function nameSkeleton(word: string): string {
  return /[\u0600-\u06FF]/.test(word) ? arabicSkeleton(word) : latinSkeleton(word);
}

function arabicSkeleton(word: string): string {
  const w = word.replace(ARABIC_ARTICLE, "");
  let out = "";
  for (const [i, ch] of [...w].entries()) {
    // و and ي are consonants at the start of a word, long vowels elsewhere.
    if (ch === "و") out += i === 0 ? "w" : "";
    else if (ch === "ي" || ch === "ى") out += i === 0 ? "y" : "";
    else out += ARABIC[ch] ?? "";
  }
  return collapse(out);
}

function latinSkeleton(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/ɲ/g, "n") // ("ñ" in a word key, see wordKey)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
  // Initial "ou"/"u"/"w" before a vowel is a w (Ouarzazate, Uarzazat, Warzazat, Oujda); initial "y" before a vowel a y.
  w = w
    .replace(/^(?:ou|u|w)(?=[aeiouy])/, "W")
    .replace(/^ou(?=[^aeiouy])/, "W")
    .replace(/^w/, "W")
    .replace(/^y(?=[aeiou])/, "Y");
  w = w
    .replace(/tch|ch|sh|sch/g, "s")
    .replace(/kh|gh|qu|gu(?=[ei])|ck/g, "k")
    .replace(/dj|dh/g, "d")
    .replace(/th/g, "t")
    .replace(/ph/g, "f")
    .replace(/c(?=[eiy])/g, "s")
    // (An "x" inside a word is "ks", as Arabic writes it: Express / إكسبريس, Mexico / مكسيكو.)
    .replace(/(?<=.)x/g, "ks")
    .replace(/[cgjqx]/g, "k")
    .replace(/[pv]/g, (c) => (c === "p" ? "b" : "f"))
    // (A "w" inside a word goes as Arabic's و does there: Nawal / نوال, Marwane / مروان.)
    .replace(/[aeiouyhw'’-]/g, "")
    .replace(/Y/g, "y")
    .replace(/W/g, "w");
  return collapse(w.replace(/[^a-z]/g, ""));
}

/** A doubled consonant counts once (Marrakech, مراكش). */
function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, "$1");
}
