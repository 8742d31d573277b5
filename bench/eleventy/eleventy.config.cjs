// Eleventy's half of `npm run bench:compare`: article pages, a home page paginated 20 a
// page, one page per source and an RSS feed, from the same corpus Kiosk builds.
module.exports = function (config) {
  config.addCollection("articles", (api) => api.getFilteredByGlob("content/**/*.md").sort((a, b) => b.date - a.date));
  config.addCollection("bySource", (api) => {
    const groups = {};
    for (const page of api.getFilteredByGlob("content/**/*.md")) (groups[page.data.source] ??= []).push(page);
    return Object.entries(groups).map(([name, pages]) => ({ name, slug: name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-"), pages }));
  });
  return { dir: { input: ".", includes: "_includes", output: "_site" }, markdownTemplateEngine: false };
};
