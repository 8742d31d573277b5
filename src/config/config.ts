/**
 * The site configuration: its typed shape, its defaults, and how a user's
 * config file is checked and merged onto them. Reading the file is in
 * load-config.ts; this module never touches the disk.
 */
import { BUILTIN_LANGUAGES, UI_KEYS, type LanguageRules, type UiStrings } from "./languages.js";
import { slugify } from "../text/slug.js";
import { BUILTIN_CONCEPTS } from "./story-concepts.js";
import { BUILTIN_NAMES, type StoryName } from "./story-names.js";

export interface SiteConfig {
  /** Site name, shown in every page header and as the feed's title. */
  title: string;
  /** One sentence about the site, for the home page's meta description and the feed. */
  description: string;
  /** Absolute http(s) URL the site is published at, with a trailing slash; may carry a path (`https://example.org/news/`). */
  baseUrl: string;
  /** Language of the home page and of articles whose language cannot be told. */
  defaultLanguage: string;
  /** Articles per page on home, language fronts, source pages and archives. */
  pageSize: number;
  /** Items in each feed, unless `feedSizes` says otherwise for a kind. */
  feedSize: number;
  /** Items per feed kind: the site's RSS, each source's, each language's, Atom, JSON Feed. */
  feedSizes: FeedSizes;
  /** IANA time zone of the site ("Africa/Casablanca"): an article's day starts at midnight there. */
  timeZone: string;
  /** Headlines in the ticker at the top of every page. */
  tickerSize: number;
  /** Articles in the "more from this source" list of an article page. */
  relatedCount: number;
  /** Build a search index and search pages (Pagefind). */
  search: boolean;
  /** Home page order: "newest" articles first, or "coverage": one entry per story, the stories most sources covered first. */
  homeOrder: "newest" | "coverage";
  /** Ticker headlines that have no page on this site: shown as plain text ("text"), or left out ("hide"). */
  tickerUnlinked: "text" | "hide";
  /** Show articles' images (remote http(s) URLs, never fetched by Kiosk) on pages; false keeps pages free of third-party requests. */
  images: boolean;
  /** Feeds `kiosk fetch` downloads into the content folder. */
  sources: SourceFeed[];
  /** Limits of `kiosk fetch`. */
  fetch: FetchLimits;
  /** Language tables: the built-in fr, ar, es and en rows, extended by the config. */
  languages: Record<string, LanguageRules>;
  /** Story grouping's tables: the region's names and the news lexicon, built in and extended by the config. */
  stories: StoryTablesConfig;
}

export interface StoryTablesConfig {
  /** Names by id, each with its spellings in every language and the wider names it implies (see config/story-names.ts). */
  names: Record<string, StoryName>;
  /** News concepts by id, each with its forms in every language (see config/story-concepts.ts). */
  concepts: Record<string, string[]>;
}

export interface SourceFeed {
  /** The publisher's name, as its articles are credited. */
  name: string;
  /** The feed's URL (http or https): RSS, RDF, Atom or JSON Feed. */
  feed: string;
  /** The feed's language, when it does not say. */
  language?: string;
  /** The publisher's home page. */
  homepage?: string;
}

export interface FetchLimits {
  /** Milliseconds a request may take, redirects included (at most 120,000). */
  timeoutMs: number;
  /** Bytes a response may have (at most 16 MiB, the limit of a content file). */
  maxBytes: number;
  /** Requests at once (at most 32). */
  concurrency: number;
  /** Allow feeds (and redirects) to loopback, private and link-local addresses; off, so a redirect cannot reach the intranet. */
  allowPrivateNetworks: boolean;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, concurrency: 4, allowPrivateNetworks: false };

/** The largest value each numeric fetch limit may take. */
const FETCH_MAXIMA: Record<"timeoutMs" | "maxBytes" | "concurrency", number> = { timeoutMs: 120_000, maxBytes: 16 * 1024 * 1024, concurrency: 32 };

export interface FeedSizes {
  site: number;
  source: number;
  language: number;
  atom: number;
  json: number;
}

export const FEED_KINDS = ["site", "source", "language", "atom", "json"] as const;

export const DEFAULT_CONFIG: Readonly<Omit<SiteConfig, "languages" | "feedSizes" | "sources" | "fetch" | "stories">> = {
  title: "Kiosk",
  description: "News from many sources, in several languages.",
  baseUrl: "http://localhost:8080/",
  defaultLanguage: "fr",
  pageSize: 20,
  feedSize: 50,
  timeZone: "UTC",
  tickerSize: 40,
  relatedCount: 5,
  search: true,
  homeOrder: "newest",
  images: true,
  tickerUnlinked: "text",
};

/** A problem in the config: which field, what is wrong with it. */
export interface ConfigProblem {
  field: string;
  message: string;
}

const TOP_LEVEL_KEYS = [...Object.keys(DEFAULT_CONFIG), "feedSizes", "languages", "sources", "fetch", "stories", "$schema"];
const LANGUAGE_KEYS = ["dir", "locale", "credit", "backLink", "boilerplate", "months", "monthAliases", "dateFormat", "stopwords", "markers", "ui"];
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * Checks a parsed config object and merges it onto the defaults. Returns every
 * problem at once, so a user fixes their file in one go.
 */
export function resolveConfig(raw: unknown, overrides: { baseUrl?: string } = {}): { config: SiteConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const input: Record<string, unknown> = isPlainObject(raw) ? raw : {};
  if (!isPlainObject(raw)) problems.push({ field: "(top level)", message: "the config must be a JSON object ({ … })" });

  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      const near = closest(key, TOP_LEVEL_KEYS);
      problems.push({ field: key, message: `unknown field${near ? `; did you mean "${near}"?` : ""}` });
    }
  }

  const text = (field: keyof typeof DEFAULT_CONFIG): string => {
    const value = input[field];
    if (value === undefined) return DEFAULT_CONFIG[field] as string;
    if (typeof value !== "string" || value.trim() === "") {
      problems.push({ field, message: `must be a non-empty string, got ${describe(value)}` });
      return DEFAULT_CONFIG[field] as string;
    }
    return value.trim();
  };
  const count = (field: keyof typeof DEFAULT_CONFIG, max: number): number => {
    const value = input[field];
    if (value === undefined) return DEFAULT_CONFIG[field] as number;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
      problems.push({ field, message: `must be a whole number from 1 to ${max}, got ${describe(value)}` });
      return DEFAULT_CONFIG[field] as number;
    }
    return value;
  };

  const flag = (field: keyof typeof DEFAULT_CONFIG): boolean => {
    const value = input[field];
    if (value === undefined) return DEFAULT_CONFIG[field] as boolean;
    if (typeof value !== "boolean") {
      problems.push({ field, message: `must be true or false, got ${describe(value)}` });
      return DEFAULT_CONFIG[field] as boolean;
    }
    return value;
  };

  const oneOf = <T extends string>(field: keyof typeof DEFAULT_CONFIG, allowed: readonly T[]): T => {
    const value = input[field];
    if (value === undefined) return DEFAULT_CONFIG[field] as T;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      problems.push({ field, message: `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}, got ${describe(value)}` });
      return DEFAULT_CONFIG[field] as T;
    }
    return value as T;
  };

  const baseUrlField = overrides.baseUrl !== undefined ? "--base-url" : "baseUrl";
  const baseUrl = checkBaseUrl(overrides.baseUrl ?? text("baseUrl"), baseUrlField, problems);
  const languages = resolveLanguages(input.languages, problems);
  const defaultLanguage = text("defaultLanguage");
  if (!LANGUAGE_CODE.test(defaultLanguage)) {
    problems.push({ field: "defaultLanguage", message: `must be a language code such as "fr" or "ar", got ${describe(defaultLanguage)}` });
  }

  const timeZone = text("timeZone");
  if (!isTimeZone(timeZone)) {
    problems.push({ field: "timeZone", message: `must be an IANA time zone such as "Africa/Casablanca" or "UTC", got ${describe(timeZone)}` });
  }
  const feedSize = count("feedSize", 10000);

  const config: SiteConfig = {
    title: text("title"),
    description: text("description"),
    baseUrl,
    defaultLanguage,
    pageSize: count("pageSize", 1000),
    feedSize,
    feedSizes: resolveFeedSizes(input.feedSizes, feedSize, problems),
    timeZone: isTimeZone(timeZone) ? timeZone : "UTC",
    tickerSize: count("tickerSize", 1000),
    relatedCount: count("relatedCount", 100),
    search: flag("search"),
    homeOrder: oneOf("homeOrder", ["newest", "coverage"] as const),
    images: flag("images"),
    tickerUnlinked: oneOf("tickerUnlinked", ["text", "hide"] as const),
    sources: resolveSources(input.sources, problems),
    fetch: resolveFetchLimits(input.fetch, problems),
    stories: resolveStoryTables(input.stories, problems),
    languages,
  };
  return { config, problems };
}

function resolveSources(raw: unknown, problems: ConfigProblem[]): SourceFeed[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ field: "sources", message: 'must be a list of { "name": …, "feed": "https://…" }' });
    return [];
  }
  const sources: SourceFeed[] = [];
  raw.forEach((item, i) => {
    const field = `sources[${i}]`;
    if (!isPlainObject(item) || typeof item.name !== "string" || item.name.trim() === "" || typeof item.feed !== "string") {
      problems.push({ field, message: 'must have a "name" and a "feed" URL' });
      return;
    }
    let feed: URL;
    try {
      feed = new URL(item.feed);
    } catch {
      problems.push({ field: `${field}.feed`, message: `must be an absolute http(s) URL, got ${describe(item.feed)}` });
      return;
    }
    if (feed.protocol !== "http:" && feed.protocol !== "https:") {
      problems.push({ field: `${field}.feed`, message: `must be an http or https URL, got ${describe(item.feed)}` });
      return;
    }
    const source: SourceFeed = { name: item.name.trim(), feed: feed.href };
    if (typeof item.language === "string") source.language = item.language;
    if (typeof item.homepage === "string") source.homepage = item.homepage;
    for (const key of Object.keys(item)) {
      if (!["name", "feed", "language", "homepage"].includes(key)) problems.push({ field: `${field}.${key}`, message: "unknown field" });
    }
    if (sources.some((s) => s.name === source.name)) problems.push({ field: `${field}.name`, message: `"${source.name}" is listed twice` });
    else {
      // Saved as feeds/<slug>.xml: two names with one slug would write one file, and lose a feed.
      const clash = sources.find((s) => slugify(s.name, "source") === slugify(source.name, "source"));
      if (clash)
        problems.push({
          field: `${field}.name`,
          message: `"${source.name}" and "${clash.name}" would both be saved as feeds/${slugify(source.name, "source")}.xml; give one another name`,
        });
    }
    sources.push(source);
  });
  return sources;
}

/** A name's lists, then another's added to each (a copy: the built-in table is never changed). */
function mergedName(known: StoryName, added: StoryName): StoryName {
  const joined = (a: string[] | undefined, b: string[] | undefined) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
  const implies = joined(known.implies, added.implies);
  const commonWords = joined(known.commonWords, added.commonWords);
  const concepts = joined(known.concepts, added.concepts);
  return {
    spellings: [...known.spellings, ...added.spellings],
    ...(implies ? { implies } : {}),
    ...(commonWords ? { commonWords } : {}),
    ...(concepts ? { concepts } : {}),
  };
}

/**
 * The story tables: the built-in names and concepts, with the config's added by id (a known id gets
 * the config's spellings or forms besides its own).
 */
function resolveStoryTables(raw: unknown, problems: ConfigProblem[]): StoryTablesConfig {
  const names: Record<string, StoryName> = Object.fromEntries(Object.entries(BUILTIN_NAMES).map(([id, n]) => [id, mergedName(n, { spellings: [] })]));
  const concepts: Record<string, string[]> = Object.fromEntries(Object.entries(BUILTIN_CONCEPTS).map(([id, forms]) => [id, [...forms]]));
  if (raw === undefined) return { names, concepts };
  const usage = 'must be { "names": { "id": { "spellings": ["…"], "implies": ["…"], "commonWords": ["…"] } }, "concepts": { "id": ["…"] } }';
  if (!isPlainObject(raw)) {
    problems.push({ field: "stories", message: usage });
    return { names, concepts };
  }
  const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "string" && x.trim() !== "");
  for (const [key, value] of Object.entries(raw)) {
    if (key === "names" && isPlainObject(value)) {
      for (const [id, name] of Object.entries(value)) {
        const optional = (v: unknown) => v === undefined || strings(v);
        if (!isPlainObject(name) || !strings(name.spellings) || !optional(name.implies) || !optional(name.commonWords)) {
          problems.push({ field: `stories.names.${id}`, message: 'must be { "spellings": ["…"], "implies"?: ["…"], "commonWords"?: ["…"] }' });
          continue;
        }
        // (Only the fields a site may give: a built-in name's concepts are the tables' own.)
        const { spellings, implies, commonWords } = name as unknown as StoryName;
        names[id] = mergedName(names[id] ?? { spellings: [] }, { spellings, ...(implies ? { implies } : {}), ...(commonWords ? { commonWords } : {}) });
      }
    } else if (key === "concepts" && isPlainObject(value)) {
      for (const [id, forms] of Object.entries(value)) {
        if (!strings(forms)) problems.push({ field: `stories.concepts.${id}`, message: 'must be a list of forms, e.g. ["port", "puerto", "ميناء"]' });
        else concepts[id] = [...(concepts[id] ?? []), ...(forms as string[])];
      }
    } else problems.push({ field: `stories.${key}`, message: usage });
  }
  return { names, concepts };
}

function resolveFetchLimits(raw: unknown, problems: ConfigProblem[]): FetchLimits {
  const limits = { ...DEFAULT_FETCH_LIMITS };
  if (raw === undefined) return limits;
  if (!isPlainObject(raw)) {
    problems.push({ field: "fetch", message: 'must be an object such as { "timeoutMs": 10000 }' });
    return limits;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key === "allowPrivateNetworks") {
      if (typeof value === "boolean") limits.allowPrivateNetworks = value;
      else problems.push({ field: `fetch.${key}`, message: `must be true or false, got ${describe(value)}` });
    } else if (!Object.hasOwn(FETCH_MAXIMA, key)) {
      problems.push({ field: `fetch.${key}`, message: "unknown field (timeoutMs, maxBytes, concurrency, allowPrivateNetworks)" });
    } else {
      const max = FETCH_MAXIMA[key as keyof typeof FETCH_MAXIMA];
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max)
        problems.push({ field: `fetch.${key}`, message: `must be a whole number from 1 to ${max}, got ${describe(value)}` });
      else limits[key as keyof typeof FETCH_MAXIMA] = value;
    }
  }
  return limits;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function resolveFeedSizes(raw: unknown, fallback: number, problems: ConfigProblem[]): FeedSizes {
  const sizes: FeedSizes = { site: fallback, source: fallback, language: fallback, atom: fallback, json: fallback };
  if (raw === undefined) return sizes;
  if (!isPlainObject(raw)) {
    problems.push({ field: "feedSizes", message: `must be an object such as { "source": 20 }, got ${describe(raw)}` });
    return sizes;
  }
  for (const [kind, value] of Object.entries(raw)) {
    if (!(FEED_KINDS as readonly string[]).includes(kind)) {
      const near = closest(kind, FEED_KINDS);
      problems.push({ field: `feedSizes.${kind}`, message: `unknown feed kind (one of ${FEED_KINDS.join(", ")})${near ? `; did you mean "${near}"?` : ""}` });
    } else if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 10000) {
      problems.push({ field: `feedSizes.${kind}`, message: `must be a whole number from 1 to 10000, got ${describe(value)}` });
    } else {
      sizes[kind as keyof FeedSizes] = value;
    }
  }
  return sizes;
}

function checkBaseUrl(value: string, field: string, problems: ConfigProblem[]): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push({ field, message: `must be an absolute URL such as "https://news.example.org/", got ${describe(value)}` });
    return DEFAULT_CONFIG.baseUrl;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    problems.push({ field, message: `must be an http or https URL, got ${describe(value)}` });
    return DEFAULT_CONFIG.baseUrl;
  }
  if (url.search || url.hash) {
    problems.push({ field, message: `must not have a query or fragment, got ${describe(value)}` });
  }
  const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

function resolveLanguages(raw: unknown, problems: ConfigProblem[]): Record<string, LanguageRules> {
  const languages: Record<string, LanguageRules> = structuredClone(BUILTIN_LANGUAGES);
  if (raw === undefined) return languages;
  if (!isPlainObject(raw)) {
    problems.push({ field: "languages", message: `must be an object keyed by language code, got ${describe(raw)}` });
    return languages;
  }
  for (const [code, value] of Object.entries(raw)) {
    const field = `languages.${code}`;
    if (!LANGUAGE_CODE.test(code)) {
      problems.push({ field, message: 'the key must be a language code such as "fr", "ar" or "pt-BR"' });
      continue;
    }
    if (!isPlainObject(value)) {
      problems.push({ field, message: `must be an object, got ${describe(value)}` });
      continue;
    }
    languages[code] = mergeLanguage(languages[code], value, field, problems);
  }
  return languages;
}

/** Lists extend the built-in row (a site adds credit variants and boilerplate); single values replace it. */
function mergeLanguage(base: LanguageRules | undefined, input: Record<string, unknown>, field: string, problems: ConfigProblem[]): LanguageRules {
  const english = BUILTIN_LANGUAGES.en!;
  const merged: LanguageRules = base
    ? structuredClone(base)
    : {
        dir: "ltr",
        locale: "",
        credit: [],
        backLink: [],
        boilerplate: [],
        months: [],
        monthAliases: {},
        dateFormat: "{d}/{mm}/{yyyy}",
        stopwords: [],
        markers: [],
        ui: { ...english.ui },
      };
  for (const key of Object.keys(input)) {
    if (!LANGUAGE_KEYS.includes(key)) {
      const near = closest(key, LANGUAGE_KEYS);
      problems.push({ field: `${field}.${key}`, message: `unknown field${near ? `; did you mean "${near}"?` : ""}` });
    }
  }
  const list = (key: "credit" | "backLink" | "boilerplate" | "stopwords" | "markers"): void => {
    const value = input[key];
    if (value === undefined) return;
    if (!isStringList(value)) {
      problems.push({ field: `${field}.${key}`, message: `must be a list of strings, got ${describe(value)}` });
      return;
    }
    merged[key] = [...merged[key], ...value.filter((v) => !merged[key].includes(v))];
  };
  list("credit");
  list("backLink");
  list("boilerplate");
  list("stopwords");
  list("markers");
  for (const marker of merged.markers) {
    try {
      new RegExp(marker, "u");
    } catch {
      problems.push({ field: `${field}.markers`, message: `"${marker}" is not a valid regular expression` });
    }
  }
  for (const template of merged.credit) {
    if (!template.includes("{source}") || !template.includes("{date}")) {
      problems.push({ field: `${field}.credit`, message: `"${template}" must contain both {source} and {date}` });
    }
  }
  if (input.dir !== undefined) {
    if (input.dir === "ltr" || input.dir === "rtl") merged.dir = input.dir;
    else problems.push({ field: `${field}.dir`, message: `must be "ltr" or "rtl", got ${describe(input.dir)}` });
  }
  if (input.locale !== undefined) {
    if (typeof input.locale === "string" && /^[a-z]{2,3}_[A-Z]{2}$/.test(input.locale)) merged.locale = input.locale;
    else problems.push({ field: `${field}.locale`, message: `must be an Open Graph locale such as "pt_BR", got ${describe(input.locale)}` });
  }
  if (input.months !== undefined) {
    if (isStringList(input.months) && input.months.length === 12) merged.months = input.months;
    else problems.push({ field: `${field}.months`, message: "must be a list of the 12 month names, January first" });
  }
  if (input.monthAliases !== undefined) {
    const aliases = input.monthAliases;
    if (isPlainObject(aliases) && Object.values(aliases).every((n) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 12)) {
      merged.monthAliases = { ...merged.monthAliases, ...(aliases as Record<string, number>) };
    } else {
      problems.push({ field: `${field}.monthAliases`, message: 'must map month spellings to month numbers, e.g. { "sept": 9 }' });
    }
  }
  if (input.dateFormat !== undefined) {
    if (typeof input.dateFormat === "string" && input.dateFormat.includes("{yyyy}")) merged.dateFormat = input.dateFormat;
    else problems.push({ field: `${field}.dateFormat`, message: 'must be a string with {d}, {month} or {mm}, and {yyyy}, e.g. "{d} {month} {yyyy}"' });
  }
  if (merged.months.length !== 12 && merged.dateFormat.includes("{month}")) {
    problems.push({ field: `${field}.dateFormat`, message: "uses {month} but the language has no months list; add months or use {mm}" });
  }
  if (input.ui !== undefined) {
    if (!isPlainObject(input.ui)) {
      problems.push({ field: `${field}.ui`, message: `must be an object of UI strings, got ${describe(input.ui)}` });
    } else {
      for (const [key, value] of Object.entries(input.ui)) {
        if (!(UI_KEYS as string[]).includes(key)) {
          const near = closest(key, UI_KEYS);
          problems.push({ field: `${field}.ui.${key}`, message: `unknown UI string${near ? `; did you mean "${near}"?` : ""}` });
        } else if (typeof value !== "string") {
          problems.push({ field: `${field}.ui.${key}`, message: `must be a string, got ${describe(value)}` });
        } else {
          merged.ui[key as keyof UiStrings] = value;
        }
      }
    }
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string" && v.trim() !== "");
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/** The known name nearest to a misspelt one (edit distance ≤ 2), for "did you mean". */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
