/**
 * Language rules as data: every language-specific string Kiosk knows lives in
 * one table row here, so a new language is a new row, not new code. A site adds
 * languages or extends these rows in its config file (see config.ts).
 */

/** Text of the site's own interface, per language. `{name}` placeholders are filled in by the renderer. */
export interface UiStrings {
  /** Name of the language in itself, e.g. "Français". */
  languageName: string;
  /** Description of the language's feed and front when the site has none in that language. */
  feedDescription: string;
  home: string;
  /** Heading of the home page and the language fronts. */
  latest: string;
  /** Accessible label of the headline ticker. */
  ticker: string;
  sources: string;
  /** "{count} articles" on the index of sources, as plural forms ("one:…|other:…"). */
  articleCount: string;
  /** Credit under an article title: "Publié dans {source} le {date}". */
  publishedIn: string;
  /** Link to the original article: "Lire l'article sur {source}". */
  readOriginal: string;
  /** Said when the article's own address is not known, with a link to its source's home page: "{source}" is the link. */
  originalUnknown: string;
  /** Heading of the related list: "Plus de {source}". */
  moreFrom: string;
  /** Heading of a source page: "Articles de {source}". */
  sourceTitle: string;
  archives: string;
  /** Heading of a month archive: "{month}" is the month's name and year. */
  archiveTitle: string;
  /** Heading of a tag's page: "{tag}". */
  tagTitle: string;
  previous: string;
  next: string;
  /** "Page {page} of {pages}". */
  pageOf: string;
  languages: string;
  feed: string;
  skipToContent: string;
  notFoundTitle: string;
  notFoundText: string;
  /** Shown before a lede the scraper cut at its start. */
  truncatedLede: string;
  /** Heading of the stories home and the fronts lead with. */
  topStories: string;
  /** How many sources covered a story, as plural forms: "one:{count} source|other:{count} sources" (Intl.PluralRules categories). */
  sourceCount: string;
  /** Heading of the search page, and the search box's label. */
  search: string;
  searchPlaceholder: string;
  searchButton: string;
  /** "{count} results for “{query}”", as plural forms ("one:…|other:…"). */
  searchResults: string;
  /** "No result for “{query}”." */
  searchNoResults: string;
  /** Shown when the search index could not be loaded (offline, or a broken deploy). */
  searchFailed: string;
  allLanguages: string;
  allSources: string;
  /** Shown while the index loads or when scripts are off. */
  searchLoading: string;
  searchNeedsScript: string;
  /** Heading of the list of other sources' coverage of the same story. */
  alsoCovered: string;
  /** Heading of the articles on the same topic, on an article page. */
  sameTopic: string;
  /** The sources-health page (kiosk fetch's status). */
  sourcesHealth: string;
  feedUrl: string;
  lastSuccess: string;
  lastError: string;
  items: string;
  never: string;
}

export interface LanguageRules {
  /** Writing direction of the language. */
  dir: "ltr" | "rtl";
  /** Open Graph locale of pages in this language, e.g. "fr_FR". */
  locale: string;
  /** Credit-line templates with `{source}` and `{date}`, e.g. "Publié dans {source} le {date}". */
  credit: string[];
  /** The "read it at the source" lines that end an article's body. */
  backLink: string[];
  /** Site boilerplate lines removed wherever they appear. */
  boilerplate: string[];
  /** Month names, January first, as shown in dates (also accepted in credit lines). */
  months: string[];
  /** Other month spellings accepted in credit lines, e.g. Maghrebi Arabic "شتنبر" → 9. */
  monthAliases: Record<string, number>;
  /** How a date reads: `{d}` day, `{month}` month name, `{mm}` two-digit month, `{yyyy}` year. */
  dateFormat: string;
  /** Frequent short words, used to tell languages in the same script apart. */
  stopwords: string[];
  /** Regular expressions (on lower-cased text) for letters or endings only this language has, e.g. "ñ" for Spanish. */
  markers: string[];
  ui: UiStrings;
}

export const BUILTIN_LANGUAGES: Record<string, LanguageRules> = {
  fr: {
    dir: "ltr",
    locale: "fr_FR",
    credit: ["Publié dans {source} le {date}", "Publié sur {source} le {date}", "Paru dans {source} le {date}"],
    backLink: ["Cliquez ici pour lire l'article depuis sa source.", "Cliquez ici pour lire l'article sur son site d'origine."],
    boilerplate: ["Merci d'avoir signalé!", "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes."],
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    monthAliases: { fevrier: 2, aout: 8, decembre: 12, janv: 1, fevr: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12 },
    dateFormat: "{d} {month} {yyyy}",
    stopwords: [
      "le",
      "la",
      "les",
      "des",
      "du",
      "de",
      "et",
      "est",
      "une",
      "un",
      "dans",
      "pour",
      "par",
      "sur",
      "au",
      "aux",
      "qui",
      "que",
      "pas",
      "avec",
      "ce",
      "cette",
      "il",
      "elle",
      "ont",
      "sont",
      "été",
      "à",
      // Spanish says it too: it tells French from Spanish only beside other words ("en septembre", "en hausse").
      "en",
      "ne",
      "ses",
      "sera",
      "seront",
      "leur",
      "leurs",
      "plus",
    ],
    // (Spanish writes no circumflex and no "-ée": "la pelouse sera remplacée" is French, where "la" alone says nothing.)
    markers: ["[èêëçœùâîôû]", "\\b[ldjnmcs]['’]\\p{L}", "\\p{L}ées?\\b"],
    ui: {
      languageName: "Français",
      feedDescription: "Les dernières nouvelles en français, de toutes les sources.",
      home: "Accueil",
      latest: "Dernières nouvelles",
      ticker: "À la une",
      sources: "Sources",
      articleCount: "one:{count} article|other:{count} articles",
      publishedIn: "Publié dans {source} le {date}",
      readOriginal: "Lire l'article sur {source}",
      originalUnknown: "L'adresse de l'article d'origine n'est pas connue ; il a été publié sur {source}.",
      moreFrom: "Plus de {source}",
      sourceTitle: "Articles de {source}",
      archives: "Archives",
      archiveTitle: "Archives : {month}",
      tagTitle: "Sujet : {tag}",
      previous: "Page précédente",
      next: "Page suivante",
      pageOf: "Page {page} sur {pages}",
      languages: "Langues",
      feed: "Flux RSS",
      skipToContent: "Aller au contenu",
      notFoundTitle: "Page introuvable",
      notFoundText: "Cette page n'existe pas ou plus. Les dernières nouvelles sont sur la page d'accueil.",
      truncatedLede: "Début de l'article manquant dans la source",
      topStories: "L'essentiel",
      sourceCount: "one:{count} source|other:{count} sources",
      search: "Recherche",
      searchPlaceholder: "Rechercher un article",
      searchButton: "Rechercher",
      searchResults: "one:{count} résultat pour « {query} »|other:{count} résultats pour « {query} »",
      searchNoResults: "Aucun résultat pour « {query} ».",
      searchFailed: "La recherche n’a pas pu se charger. Réessayez plus tard.",
      allLanguages: "Toutes les langues",
      allSources: "Toutes les sources",
      searchLoading: "Recherche en cours…",
      searchNeedsScript: "La recherche a besoin de JavaScript.",
      alsoCovered: "Aussi couvert par",
      sameTopic: "Sur le même sujet",
      sourcesHealth: "État des sources",
      feedUrl: "Flux",
      lastSuccess: "Dernier succès",
      lastError: "Dernière erreur",
      items: "Articles",
      never: "jamais",
    },
  },
  ar: {
    dir: "rtl",
    locale: "ar_AR",
    credit: ["نشر في {source} يوم {date}", "نشر في {source} في {date}", "نشر في {source} بتاريخ {date}"],
    backLink: ["انقر هنا لقراءة الخبر من مصدره.", "اضغط هنا لقراءة الخبر من مصدره."],
    boilerplate: ["شكرا على الإبلاغ!", "سيتم حجب هذه الصورة تلقائيا بعد أن يتم الإبلاغ عنها من طرف عدة أشخاص."],
    months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    monthAliases: { ماي: 5, يوليوز: 7, غشت: 8, شتنبر: 9, نونبر: 11, دجنبر: 12, ابريل: 4, اكتوبر: 10 },
    dateFormat: "{d} {month} {yyyy}",
    // Function words (and their usual prefixed forms: a keyword loses only ال, وال, بال, لل): a headline's "because of",
    // "during", "by … percent" are no evidence of its event.
    stopwords: [
      "في",
      "من",
      // "Starting from" ("ابتداء من جانفي", "اعتبارا من الغد").
      "ابتداء",
      "اعتبارا",
      // One ("شخص واحد"): not "و" and "أحد", Sunday.
      "واحد",
      "واحدة",
      "واحدا",
      "على",
      "إلى",
      "عن",
      "أن",
      "إن",
      "أنه",
      "أنها",
      "بأن",
      "وأن",
      "لأن",
      "التي",
      "الذي",
      "الذين",
      "مع",
      "هذا",
      "هذه",
      "ذلك",
      "تلك",
      "وذلك",
      "هناك",
      "هنا",
      "كما",
      "كان",
      "كانت",
      "يكون",
      "تكون",
      "قد",
      "لقد",
      "وقد",
      "فقد",
      "لم",
      "لن",
      "لا",
      "ولا",
      "ما",
      "وما",
      "بعد",
      "قبل",
      "خلال",
      "حول",
      "عبر",
      "بين",
      "ضد",
      "لدى",
      "أمام",
      "منذ",
      "حتى",
      "حين",
      "بينما",
      "إذا",
      "أو",
      "ثم",
      "بل",
      "لكن",
      "غير",
      "كل",
      "بعض",
      "أي",
      "أيضا",
      "جدا",
      "فقط",
      "عند",
      "عندما",
      "نحو",
      "دون",
      "بدون",
      "بسبب",
      "جراء",
      "إثر",
      "بشأن",
      "حيث",
      "وسط",
      "ضمن",
      "وفق",
      "وفقا",
      "عدة",
      "بنسبة",
      "المائة",
      "بالمائة",
      "المئة",
      "بالمئة",
      "مائة",
      "هو",
      "هي",
      "هم",
      "وهو",
      "وهي",
      "له",
      "لها",
      "لهم",
      "فيه",
      "فيها",
      "منه",
      "منها",
      "عليه",
      "عليها",
      "به",
      "بها",
      "تم",
      "يتم",
      "ومن",
      "وفي",
      "وعلى",
      "وإلى",
      "أمس",
      "غدا",
      // Words every kind of news uses, that say nothing of which event: "concerning", "in the frame of", "a number
      // of", "strong", "expected", "day", "for the benefit of" (two weather alerts, two decrees had joined on them).
      ...["يتعلق", "تتعلق", "المتعلق", "المتعلقة", "المتعلقين", "بخصوص", "إطار", "اطار", "عدد", "عددا", "مختلف", "جميع"],
      ...["قوية", "قوي", "مرتقبة", "مرتقب", "يوم", "صباح", "مساء", "لفائدة", "بهدف", "أجل", "مستوى"],
    ],
    markers: [],
    ui: {
      languageName: "العربية",
      feedDescription: "آخر الأخبار باللغة العربية من كل المصادر.",
      home: "الرئيسية",
      latest: "آخر الأخبار",
      ticker: "عناوين الساعة",
      sources: "المصادر",
      articleCount: "zero:لا مقالات|one:مقال واحد|two:مقالان|few:{count} مقالات|many:{count} مقالًا|other:{count} مقال",
      publishedIn: "نشر في {source} يوم {date}",
      readOriginal: "اقرأ المقال على {source}",
      originalUnknown: "رابط المقال الأصلي غير معروف؛ نُشر على {source}.",
      moreFrom: "المزيد من {source}",
      sourceTitle: "مقالات {source}",
      archives: "الأرشيف",
      archiveTitle: "أرشيف {month}",
      tagTitle: "موضوع: {tag}",
      previous: "الصفحة السابقة",
      next: "الصفحة التالية",
      pageOf: "الصفحة {page} من {pages}",
      languages: "اللغات",
      feed: "خلاصة RSS",
      skipToContent: "انتقل إلى المحتوى",
      notFoundTitle: "الصفحة غير موجودة",
      notFoundText: "هذه الصفحة غير موجودة. آخر الأخبار في الصفحة الرئيسية.",
      truncatedLede: "بداية المقال مفقودة في المصدر",
      topStories: "أبرز الأخبار",
      sourceCount: "zero:لا مصدر|one:مصدر واحد|two:مصدران|few:{count} مصادر|many:{count} مصدرًا|other:{count} مصدر",
      search: "بحث",
      searchPlaceholder: "ابحث عن مقال",
      searchButton: "بحث",
      searchResults:
        "zero:لا نتائج لـ «{query}»|one:نتيجة واحدة لـ «{query}»|two:نتيجتان لـ «{query}»|few:{count} نتائج لـ «{query}»|many:{count} نتيجة لـ «{query}»|other:{count} نتيجة لـ «{query}»",
      searchNoResults: "لا توجد نتائج لـ «{query}».",
      searchFailed: "تعذر تحميل البحث. أعد المحاولة لاحقا.",
      allLanguages: "كل اللغات",
      allSources: "كل المصادر",
      searchLoading: "جارٍ البحث…",
      searchNeedsScript: "يحتاج البحث إلى جافاسكريبت.",
      alsoCovered: "تناولته أيضا",
      sameTopic: "في الموضوع نفسه",
      sourcesHealth: "حالة المصادر",
      feedUrl: "الخلاصة",
      lastSuccess: "آخر نجاح",
      lastError: "آخر خطأ",
      items: "المقالات",
      never: "أبدا",
    },
  },
  es: {
    dir: "ltr",
    locale: "es_ES",
    credit: ["Publicado en {source} el {date}", "Publicado por {source} el {date}"],
    backLink: ["Haga clic aquí para leer el artículo desde su fuente.", "Pulse aquí para leer la noticia desde su fuente."],
    boilerplate: ["¡Gracias por informar!", "Esta imagen se bloqueará automáticamente después de que varias personas la denuncien."],
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    monthAliases: { setiembre: 9 },
    dateFormat: "{d} de {month} de {yyyy}",
    stopwords: [
      "el",
      "la",
      "los",
      "las",
      "del",
      "de",
      "y",
      "en",
      "es",
      "una",
      "un",
      "por",
      "para",
      "con",
      "que",
      "se",
      "al",
      "su",
      "sus",
      "ha",
      "han",
      "fue",
      "a",
    ],
    markers: ["[ñáíóú¿¡]"],
    ui: {
      languageName: "Español",
      feedDescription: "Las últimas noticias en español, de todas las fuentes.",
      home: "Portada",
      latest: "Últimas noticias",
      ticker: "Titulares",
      sources: "Fuentes",
      articleCount: "one:{count} artículo|other:{count} artículos",
      publishedIn: "Publicado en {source} el {date}",
      readOriginal: "Leer el artículo en {source}",
      originalUnknown: "No se conoce la dirección del artículo original; se publicó en {source}.",
      moreFrom: "Más de {source}",
      sourceTitle: "Artículos de {source}",
      archives: "Archivo",
      archiveTitle: "Archivo: {month}",
      tagTitle: "Tema: {tag}",
      previous: "Página anterior",
      next: "Página siguiente",
      pageOf: "Página {page} de {pages}",
      languages: "Idiomas",
      feed: "Canal RSS",
      skipToContent: "Ir al contenido",
      notFoundTitle: "Página no encontrada",
      notFoundText: "Esta página no existe. Las últimas noticias están en la portada.",
      truncatedLede: "Falta el comienzo del artículo en la fuente",
      topStories: "Lo más destacado",
      sourceCount: "one:{count} fuente|other:{count} fuentes",
      search: "Búsqueda",
      searchPlaceholder: "Buscar un artículo",
      searchButton: "Buscar",
      searchResults: "one:{count} resultado para «{query}»|other:{count} resultados para «{query}»",
      searchNoResults: "No hay resultados para «{query}».",
      searchFailed: "No se pudo cargar la búsqueda. Inténtelo más tarde.",
      allLanguages: "Todos los idiomas",
      allSources: "Todas las fuentes",
      searchLoading: "Buscando…",
      searchNeedsScript: "La búsqueda necesita JavaScript.",
      alsoCovered: "También lo cubrieron",
      sameTopic: "Sobre el mismo tema",
      sourcesHealth: "Estado de las fuentes",
      feedUrl: "Canal",
      lastSuccess: "Último éxito",
      lastError: "Último error",
      items: "Artículos",
      never: "nunca",
    },
  },
  en: {
    dir: "ltr",
    locale: "en_US",
    credit: ["Published in {source} on {date}", "Published on {source} on {date}", "Published by {source} on {date}"],
    backLink: ["Click here to read the article from its source.", "Click here to read the full article at its source."],
    boilerplate: ["Thanks for reporting!", "This image will be automatically blocked after it is reported by several people."],
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    monthAliases: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
    dateFormat: "{month} {d}, {yyyy}",
    stopwords: [
      "the",
      "of",
      "and",
      "in",
      "to",
      "is",
      "a",
      "for",
      "on",
      "with",
      "was",
      "by",
      "at",
      "from",
      "that",
      "has",
      "have",
      "its",
      "are",
      "said",
      "after",
      "over",
      "new",
      "says",
    ],
    // ("-ing", but not the names that end so: "Boeing", "Beijing".)
    markers: ["\\p{L}['’]s\\b", "\\b(?!boeing\\b|beijing\\b)\\p{L}+ing\\b"],
    ui: {
      languageName: "English",
      feedDescription: "The latest news in English, from every source.",
      home: "Home",
      latest: "Latest news",
      ticker: "Headlines",
      sources: "Sources",
      articleCount: "one:{count} article|other:{count} articles",
      publishedIn: "Published in {source} on {date}",
      readOriginal: "Read the article at {source}",
      originalUnknown: "The original article's address is not known; it was published on {source}.",
      moreFrom: "More from {source}",
      sourceTitle: "Articles from {source}",
      archives: "Archives",
      archiveTitle: "Archives: {month}",
      tagTitle: "Topic: {tag}",
      previous: "Previous page",
      next: "Next page",
      pageOf: "Page {page} of {pages}",
      languages: "Languages",
      feed: "RSS feed",
      skipToContent: "Skip to content",
      notFoundTitle: "Page not found",
      notFoundText: "This page does not exist. The latest news is on the home page.",
      truncatedLede: "The start of this article is missing at the source",
      topStories: "Top stories",
      sourceCount: "one:{count} source|other:{count} sources",
      search: "Search",
      searchPlaceholder: "Search the news",
      searchButton: "Search",
      searchResults: "one:{count} result for “{query}”|other:{count} results for “{query}”",
      searchNoResults: "No results for “{query}”.",
      searchFailed: "Search could not be loaded. Please try again later.",
      allLanguages: "All languages",
      allSources: "All sources",
      searchLoading: "Searching…",
      searchNeedsScript: "Search needs JavaScript.",
      alsoCovered: "Also covered by",
      sameTopic: "On the same topic",
      sourcesHealth: "Sources health",
      feedUrl: "Feed",
      lastSuccess: "Last success",
      lastError: "Last error",
      items: "Items",
      never: "never",
    },
  },
};

/** The UI keys, in one list, for validating a config's `ui` table. */
export const UI_KEYS = Object.keys(BUILTIN_LANGUAGES.en!.ui) as (keyof UiStrings)[];
