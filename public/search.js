// Kiosk's search page: queries the Pagefind index of every language of the
// site (each with its own stemmer), merges the results by score, and shows
// title, source, date and excerpt. Results are built as DOM nodes from text;
// nothing from the index is ever parsed as HTML.
const form = document.querySelector("[data-kiosk-search]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const strings = JSON.parse(form.dataset.strings);
const bundle = form.dataset.bundle;
const languages = [...form.querySelectorAll("#search-language option")].map((o) => o.value).filter(Boolean);
const pageLang = document.documentElement.lang;
const instances = new Map();

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));

/** A message with a count in the page language's plural form ("one:…|other:…", as Kiosk's interface strings write them). */
function plural(forms, count, values) {
  const options = new Map(
    forms.split("|").map((f) => {
      const at = f.indexOf(":");
      return at > 0 && /^(zero|one|two|few|many|other)$/.test(f.slice(0, at)) ? [f.slice(0, at), f.slice(at + 1)] : ["other", f];
    }),
  );
  const chosen = options.get(new Intl.PluralRules(pageLang).select(count)) ?? options.get("other") ?? forms;
  return fill(chosen, { ...values, count: new Intl.NumberFormat(pageLang).format(count) });
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

/** Pagefind's runtime, downloaded once (as text) for every language searched. */
let runtime;

/**
 * Each language needs its own instance of Pagefind's module: the module holds
 * one language analyser (its WebAssembly stemmer), picked by the page's
 * <html lang> when it starts. The runtime is fetched once and instantiated
 * per language from that one download; where a blob: module is refused (a
 * strict Content-Security-Policy), from its URL instead.
 */
async function moduleFor(lang) {
  runtime ??= fetch(`${bundle}pagefind.js`).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))));
  try {
    const url = URL.createObjectURL(new Blob([await runtime], { type: "text/javascript" }));
    try {
      return await import(url);
    } finally {
      URL.revokeObjectURL(url);
    }
  } catch {
    return import(`${bundle}pagefind.js?lang=${encodeURIComponent(lang)}`);
  }
}

async function instanceFor(lang) {
  if (!instances.has(lang)) {
    instances.set(
      lang,
      (async () => {
        const pagefind = await moduleFor(lang);
        document.documentElement.lang = lang;
        try {
          await pagefind.options({ basePath: bundle, excerptLength: 30 });
          await pagefind.init();
        } finally {
          document.documentElement.lang = pageLang;
        }
        return pagefind;
      })(),
    );
  }
  return instances.get(lang);
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
  const found = [];
  for (const code of searched) {
    const pagefind = await instanceFor(code);
    const response = await pagefind.search(query, options);
    for (const result of response.results) found.push({ result, lang: code });
  }
  found.sort((a, b) => b.result.score - a.result.score);
  // The best 60, less those that matched only short words, the first 30 shown.
  const words = significant(query);
  const loaded = await Promise.all(found.slice(0, 60).map(async ({ result, lang: code }) => ({ data: await result.data(), lang: code })));
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
