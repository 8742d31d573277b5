// Kiosk's ticker: a page shows the headlines of its own day (so that a new crawl does not rewrite the whole
// archive); this brings the ticker up to the newest edition the site has. The newest ticker is the site's own
// escaped HTML, from the same site; it replaces the page's only when it is of a later day. Without this script,
// or when the fetch fails, the page keeps its own ticker.
const ticker = document.querySelector("section.ticker[data-src][data-day]");
if (ticker) {
  fetch(ticker.dataset.src)
    .then((response) => (response.ok ? response.json() : null))
    .then((newest) => {
      if (!newest || typeof newest.day !== "string" || typeof newest.html !== "string" || newest.day <= ticker.dataset.day) return;
      const template = document.createElement("template");
      template.innerHTML = newest.html;
      const fresh = template.content.querySelector("section.ticker");
      if (fresh) ticker.replaceWith(fresh);
    })
    .catch(() => {});
}
