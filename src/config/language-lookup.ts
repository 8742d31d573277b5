/** Finding a language's rules for a code the site may not have a table for. */
import type { SiteConfig } from "./config.js";
import { BUILTIN_LANGUAGES, type LanguageRules } from "./languages.js";

const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|ps|sd|ug|ur|yi)(-|$)/;

/** The language's rules, or its primary tag's ("fr-MA" → "fr"), or the site default's, or English. */
export function rulesFor(lang: string, config: SiteConfig): LanguageRules {
  return config.languages[lang] ?? config.languages[lang.split("-")[0]!] ?? config.languages[config.defaultLanguage] ?? BUILTIN_LANGUAGES.en!;
}

/** Writing direction: the table's, else known right-to-left languages, else left-to-right. */
export function languageDir(lang: string, config: SiteConfig): "ltr" | "rtl" {
  const rules = config.languages[lang] ?? config.languages[lang.split("-")[0]!];
  if (rules) return rules.dir;
  return RTL_LANGUAGES.test(lang) ? "rtl" : "ltr";
}

/** Orders language codes as the config's tables list them (fr, ar, es, en, then the site's own), others after, by code. */
export function byLanguageOrder(config: SiteConfig): (a: string, b: string) => number {
  const order = Object.keys(config.languages);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  return (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
