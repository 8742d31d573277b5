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

/**
 * Pagefind picks its index by the page's <html lang> when an instance starts;
 * each language gets its own module instance, started under that language.
 */
async function instanceFor(lang) {
  if (!instances.has(lang)) {
    instances.set(
      lang,
      (async () => {
        const pagefind = await import(`${bundle}pagefind.js?lang=${encodeURIComponent(lang)}`);
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
      const text = document.createTextNode(part.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
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
  const shown = await Promise.all(found.slice(0, 30).map(async ({ result, lang: code }) => resultItem(await result.data(), code)));
  list.replaceChildren(...shown);
  status.textContent = found.length === 0 ? fill(strings.none, { query }) : fill(strings.results, { count: found.length, query });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const params = new URLSearchParams(new FormData(form));
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  history.pushState(null, "", `?${params}`);
  run();
});
window.addEventListener("popstate", run);
run();
