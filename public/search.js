// Kiosk's search page: queries the Pagefind index of every language of the
// site (each with its own stemmer, in a worker of its own), merges the
// results by score, and shows
// title, source, date and excerpt. Results are built as DOM nodes from text;
// nothing from the index is ever parsed as HTML.
const form = document.querySelector("[data-kiosk-search]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const strings = JSON.parse(form.dataset.strings);
const bundle = form.dataset.bundle;
const languages = [...form.querySelectorAll("#search-language option")].map((o) => o.value).filter(Boolean);
const pageLang = document.documentElement.lang;
/** Each language's index, opening or open, by language. */
const indexes = new Map();

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));

/**
 * A count in the page language's digits and groups, as the build measured them with Intl.NumberFormat (see
 * src/render/integer-format.ts, which writes this once more): a browser's first Intl.NumberFormat costs it
 * 50–90 ms, a long task just as the results arrive. A language the build could not measure uses Intl.
 */
function formatCount(count) {
  const format = strings.number;
  if (!format) return new Intl.NumberFormat(pageLang).format(count);
  const plain = String(count);
  const grouped = format.group && plain.length >= 3 + format.minimumGrouping ? plain.replace(/\B(?=(\d{3})+$)/g, "_") : plain;
  return grouped.replace(/[0-9_]/g, (c) => (c === "_" ? format.group : format.digits[Number(c)]));
}

/** A message with a count in the page language's plural form ("one:…|other:…", as Kiosk's interface strings write them). */
function plural(forms, count, values) {
  const options = new Map(
    forms.split("|").map((f) => {
      const at = f.indexOf(":");
      return at > 0 && /^(zero|one|two|few|many|other)$/.test(f.slice(0, at)) ? [f.slice(0, at), f.slice(at + 1)] : ["other", f];
    }),
  );
  const chosen = options.get(new Intl.PluralRules(pageLang).select(count)) ?? options.get("other") ?? forms;
  return fill(chosen, { ...values, count: formatCount(count) });
}

/** The query's words of three letters or more: a result matched only on "a", "à" or "de" is not a match. */
const significant = (text) =>
  text
    .toLocaleLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);

/** True when the result's highlighted words include one of the query's significant words (or its start, as Pagefind matches prefixes and stems). */
function relevant(data, words) {
  if (words.length === 0) return true;
  const marks = [...data.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]);
  // No highlight in the excerpt: the match is elsewhere (the title), and Pagefind's word is trusted.
  if (marks.length === 0) return true;
  const marked = marks.map((m) => significant(m).join(" ")).join(" ");
  return words.some((w) => marked.includes(w.slice(0, Math.max(3, Math.ceil(w.length * 0.6)))));
}

/**
 * One language's index, searched in a Pagefind web worker of its own.
 *
 * Each language needs its own analyser (its WebAssembly stemmer), and a
 * Pagefind worker holds one. The page therefore starts one worker per
 * language searched and speaks to it in the messages of Pagefind 1.6's
 * worker (`init`, `search`, `getData`, `releaseData`: what its own
 * `pagefind.js` sends it). Pagefind's main-thread module is never loaded:
 * the page's main thread only posts messages and builds the list, so it
 * stays free while the indexes load (the worker's script is one URL, which
 * the browser's cache serves to the second language on; a worker made from a
 * blob: copy instead cost the main thread more than the download saved).
 */
class LanguageIndex {
  constructor(worker, lang) {
    this.worker = worker;
    this.pending = new Map();
    this.next = 0;
    this.held = [];
    worker.addEventListener("message", ({ data }) => {
      const waiting = this.pending.get(data.id);
      if (!waiting) return;
      this.pending.delete(data.id);
      if (data.error) waiting.reject(new Error(data.error));
      else waiting.resolve(data.result);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.failed = new Error(`Pagefind's worker for "${lang}" failed: ${event.message || "its script did not load"}`);
      for (const waiting of this.pending.values()) waiting.reject(this.failed);
      this.pending.clear();
    });
    // The language's indexes (one a period: see src/search/search-index.ts), its newest first: that one holds its
    // analyser; the others are merged into it. A search posted after the merges waits in the worker for every index.
    const base = new URL(bundle, location.href);
    const options = { baseUrl: base.pathname.replace(/[^/]+\/$/, ""), language: lang, excerptLength: 30 };
    this.ready = indexFolders().then(async (where) => {
      const [newest, ...older] = where[lang] ?? [];
      if (newest === undefined) throw new Error(`no search index for "${lang}"`);
      await this.call("init", { ...options, basePath: new URL(newest, base).href });
      // (A merge that fails, fails the search that waits for it: Pagefind's worker reports the index's error there.)
      for (const folder of older) this.call("mergeIndex", new URL(folder, base).href, options).catch(() => {});
    });
  }

  call(method, ...args) {
    if (this.failed) return Promise.reject(this.failed);
    const id = `kiosk_${this.next++}`;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, instanceId: "kiosk", method, args });
    });
  }

  /** The results of a query, each with the key of its data; the previous search's data is released. */
  async search(query, options) {
    await this.ready;
    for (const key of this.held.splice(0)) this.call("releaseData", key).catch(() => {});
    const response = await this.call("search", query, options);
    this.held = response.results.map((r) => r.data);
    return response.results;
  }

  data(key) {
    return this.call("getData", key);
  }
}

/** Where each language's indexes are, fetched once (a failed fetch is tried again by the next search). */
let folders;
function indexFolders() {
  folders ??= fetch(`${bundle}kiosk-indexes.json`).then((response) => {
    if (!response.ok) throw new Error(`the search indexes' list did not load (HTTP ${response.status})`);
    return response.json();
  });
  folders.catch(() => (folders = undefined));
  return folders;
}

/** A language's index, in a worker of its own. */
async function openIndex(lang) {
  const index = new LanguageIndex(new Worker(`${bundle}pagefind-worker.js`), lang);
  try {
    await index.ready;
  } catch (error) {
    index.worker.terminate();
    throw error;
  }
  return index;
}

function indexFor(lang) {
  if (!indexes.has(lang)) {
    const opening = openIndex(lang);
    // An index that could not be opened (offline, a broken deploy) is tried again by the next search.
    opening.catch(() => indexes.delete(lang));
    indexes.set(lang, opening);
  }
  return indexes.get(lang);
}

/** An excerpt with Pagefind's <mark> highlights, as text nodes and <mark> elements. */
function excerptNodes(excerpt) {
  const nodes = [];
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) {
      const text = document.createTextNode(
        part
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, "&"),
      );
      if (marked) {
        const mark = document.createElement("mark");
        mark.append(text);
        nodes.push(mark);
      } else nodes.push(text);
    }
  }
  return nodes;
}

function resultItem(data, lang) {
  const item = document.createElement("li");
  const article = document.createElement("article");
  article.lang = lang;
  article.dir = lang === "ar" ? "rtl" : "auto";
  const h2 = document.createElement("h2");
  const a = document.createElement("a");
  a.href = data.url;
  a.textContent = data.meta.title;
  h2.append(a);
  const meta = document.createElement("p");
  meta.className = "meta";
  const source = document.createElement("bdi");
  source.textContent = data.meta.source;
  const time = document.createElement("time");
  time.dateTime = data.meta.dateIso;
  time.textContent = data.meta.date;
  meta.append(source, " · ", time);
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  article.append(h2, meta, excerpt);
  item.append(article);
  return item;
}

async function run() {
  // A newer search (typed meanwhile) makes this one's results stale: only the newest is shown.
  const ticket = (run.current = (run.current ?? 0) + 1);
  const params = new URLSearchParams(location.search);
  const query = (params.get("q") || "").trim();
  const lang = params.get("lang") || "";
  const source = params.get("source") || "";
  form.q.value = query;
  form.lang.value = lang;
  form.source.value = source;
  list.replaceChildren();
  if (!query) {
    status.textContent = "";
    return;
  }
  status.textContent = strings.loading;
  const searched = lang ? [lang] : languages;
  const options = source ? { filters: { source: [source] } } : {};
  // One language after the other, each in its worker, then merged by score. Four workers loading their analysers at
  // once on a two-core phone took the main thread's time as they started (Lighthouse's total blocking time 300–730 ms
  // where one at a time gives 70–160 ms), for results about 0.6 s sooner.
  const answers = [];
  for (const code of searched) {
    const index = await indexFor(code);
    answers.push((await index.search(query, options)).map((result) => ({ result, index, lang: code })));
  }
  const found = answers.flat();
  found.sort((a, b) => b.result.score - a.result.score);
  // The best 60, less those that matched only short words, the first 30 shown.
  const words = significant(query);
  const loaded = await Promise.all(found.slice(0, 60).map(async ({ result, index, lang: code }) => ({ data: await index.data(result.data), lang: code })));
  if (run.current !== ticket) return;
  const kept = loaded.filter(({ data }) => relevant(data, words));
  const total = found.length - (loaded.length - kept.length);
  list.replaceChildren(...kept.slice(0, 30).map(({ data, lang: code }) => resultItem(data, code)));
  status.textContent = total === 0 ? fill(strings.none, { query }) : plural(strings.results, total, { query });
}

/** Runs a search; when the index cannot be loaded (offline, a broken deploy), says so instead of "loading…" forever. */
function search() {
  run().catch((error) => {
    status.textContent = strings.failed;
    console.warn("Kiosk search:", error);
  });
}

// Search as the reader types, once they pause (Pagefind's own UI does the same), without a history entry per key.
let typing;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  // The reader asked: a search still waiting for them to pause would only run the same one again (the list emptied meanwhile).
  clearTimeout(typing);
  const params = new URLSearchParams(new FormData(form));
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  history.pushState(null, "", `?${params}`);
  search();
});
window.addEventListener("popstate", search);
form.q.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const params = new URLSearchParams(new FormData(form));
    for (const [key, value] of [...params]) if (!value) params.delete(key);
    history.replaceState(null, "", `?${params}`);
    search();
  }, 300);
});
search();
