/**
 * Language-dependent text for pages: UI strings with fallbacks, and dates
 * written the way each language writes them ("30 septembre 2020",
 * "September 30, 2020", "30 سبتمبر 2020").
 */
import type { SiteConfig } from "../config/config.js";
import type { UiStrings } from "../config/languages.js";
import { rulesFor } from "../config/language-lookup.js";

export function uiFor(lang: string, config: SiteConfig): UiStrings {
  return rulesFor(lang, config).ui;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * A message with a count in the language's plural form: `forms` is "one:{count} source|other:{count} sources" (the
 * categories of Intl.PluralRules — Arabic has zero, one, two, few, many and other); a plain message is used as it is.
 * The count is written with the language's digits and separators (Intl.NumberFormat).
 */
export function plural(forms: string, count: number, lang: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const options = new Map(
    forms.split("|").map((f) => {
      const at = f.indexOf(":");
      return at > 0 && /^(zero|one|two|few|many|other)$/.test(f.slice(0, at)) ? ([f.slice(0, at), f.slice(at + 1)] as const) : (["other", f] as const);
    }),
  );
  const chosen = options.get(rules.select(count)) ?? options.get("other") ?? forms;
  return fill(chosen, { count: new Intl.NumberFormat(lang).format(count) });
}

/** Fills "{name}" placeholders; unknown ones stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A YYYY-MM-DD date in the language's own format. */
export function formatDate(isoDate: string, lang: string, config: SiteConfig): string {
  const [year, month, day] = isoDate.split("-");
  const rules = rulesFor(lang, config);
  return fill(rules.dateFormat, {
    d: String(Number(day)),
    dd: day!,
    mm: month!,
    month: rules.months[Number(month) - 1] ?? month!,
    yyyy: year!,
  });
}

/** A month and year: "septembre 2020". */
export function formatMonth(year: number, month: number, lang: string, config: SiteConfig): string {
  const rules = rulesFor(lang, config);
  const name = rules.months[month - 1];
  return name ? `${name} ${year}` : `${String(month).padStart(2, "0")}/${year}`;
}

/**
 * Splits a UI template into text and placeholder parts, so a template can put
 * markup (a link, a <time>) around the values without building HTML in code.
 */
export function templateParts(template: string): { text: string; slot: string | null }[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot ? { text: "", slot } : { text: part, slot: null };
    });
}
