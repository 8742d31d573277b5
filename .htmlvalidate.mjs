// html-validate's configuration for every page Kiosk builds (checked in tests/quality/).
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // The ticker's scrolling speed follows its number of headlines through one CSS custom
    // property set on the list; every other style lives in public/style.css.
    "no-inline-style": ["error", { allowedProperties: ["--ticker-items"] }],
    // A search-snippet guideline, not validity: news headlines are long, and the whole
    // headline is what readers, tabs and bookmarks need; search engines shorten it themselves.
    "long-title": "off",
  },
};
