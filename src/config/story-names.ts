/**
 * The region's frequent names, each with its spellings in French, Spanish, English and
 * Arabic (and the adjectives that name it: "marocain", "مغربي"): countries, cities,
 * institutions, teams and people in the news. Story grouping matches names through this
 * table first, so "Tanger", "Tánger", "Tangier" and "طنجة" are one name. A name may imply a
 * wider one (Tanger Med is in Tangier), so "the port of Tangier" and "Tanger Med" do not
 * veto each other. Spellings are written naturally; they are folded like any text (case,
 * accents, Arabic letter forms) when the table is compiled. A `*` ends a stem: "marocain*"
 * matches "marocaine", "marocains"; at the end of a phrase it ends its last word's ("interest
 * rate*": "interest rates"). A site adds names or spellings in its config
 * (`stories.names`), which are merged by id.
 */

export interface StoryName {
  /** Spellings in any language and script. */
  spellings: string[];
  /** Wider names this one is part of. */
  implies?: string[];
  /**
   * Its spellings that are also common words ("Sale": Spanish "sale", English "a sale"; "Tanta": Spanish "so much"):
   * they name it only where a text capitalises them past its first word, where every word is capitalised.
   */
  commonWords?: string[];
  /** Concepts of the lexicon the name is (a stadium's name is a stadium): each of its spellings says them too. */
  concepts?: string[];
}

export const BUILTIN_NAMES: Record<string, StoryName> = {
  // Countries and regions, with their adjectives.
  // (And the epithets the press uses for it: "le Royaume" — capitalised, as Morocco's press writes it: the kingdom of
  // Belgium is "le royaume de Belgique", and "Royaume-Uni" is the longer name —, "el reino alauí". Not "المملكة" alone,
  // which Egypt's press says of Saudi Arabia, nor "the Kingdom".)
  morocco: {
    spellings: [
      "Maroc",
      "Marruecos",
      "Morocco",
      "المغرب",
      "marocain*",
      "marroqu*",
      "Moroccan*",
      "مغربي",
      "مغربيه",
      "المغاربة",
      "مغاربة",
      "Royaume",
      "royaume chérifien",
      "reino alauí",
      "reino alauita",
      "المملكه المغربيه",
    ],
  },
  algeria: {
    spellings: [
      "Algérie",
      "Argelia",
      "Algeria",
      "الجزائر",
      "algérien*",
      "argelin*",
      "Algerian*",
      "جزائري",
      "جزائريه",
      "dinar algérien",
      "dinar argelino",
      "Algerian dinar",
      "الدينار الجزائري",
    ],
  },
  egypt: {
    spellings: [
      "Égypte",
      "Egipto",
      "Egypt",
      "مصر",
      "égyptien*",
      "egipci*",
      "Egyptian*",
      "مصري",
      "مصريه",
      "livre égyptienne",
      "libra egipcia",
      // The Egyptian pound's code ("EGP slides to a record low").
      "EGP",
      "Egyptian pound",
      "الجنيه المصري",
      // The pound alone, in Arabic, is Egypt's (Sudan's and sterling are named whole, below).
      "الجنيه",
      "جنيه",
      "ارض الكنانه",
      "بلاد الكنانه",
      "ام الدنيا",
      "مصر المحروسه",
      "المحروسه",
    ],
  },
  tunisia: {
    spellings: [
      "Tunisie",
      "Túnez",
      "Tunisia",
      "Tunis",
      "تونس",
      "tunisien*",
      "tunecin*",
      "Tunisian*",
      "تونسي",
      "تونسيه",
      "capitale tunisienne",
      "العاصمه التونسيه",
    ],
  },
  libya: { spellings: ["Libye", "Libia", "Libya", "ليبيا", "libyen*", "Libyan*", "ليبي", "ليبيه"] },
  mauritania: { spellings: ["Mauritanie", "Mauritania", "موريتانيا", "mauritanien*", "mauritan*", "موريتاني", "الموريتاني", "موريتانية", "الموريتانية"] },
  spain: { spellings: ["Espagne", "España", "Spain", "إسبانيا", "اسبانيا", "espagnol*", "español*", "Spanish", "إسباني", "إسبانيه", "إسبان", "الإسبان"] },
  france: { spellings: ["France", "Francia", "فرنسا", "français", "française*", "francés", "francesa*", "French", "فرنسي", "فرنسيه"] },
  greece: { spellings: ["Grèce", "Grecia", "Greece", "اليونان", "grec", "grecque*", "griego*", "griega*", "Greek", "يوناني", "يونانيه"] },
  portugal: { spellings: ["Portugal", "البرتغال", "portugais*", "portugu*", "برتغالي", "برتغالية"] },
  italy: { spellings: ["Italie", "Italia", "Italy", "إيطاليا", "italien*", "italian*", "إيطالي", "إيطالية"] },
  germany: { spellings: ["Allemagne", "Alemania", "Germany", "ألمانيا", "allemand*", "alemán", "alemana*", "German", "ألماني", "ألمانية"] },
  uk: {
    spellings: [
      "Royaume-Uni",
      "Reino Unido",
      "United Kingdom",
      "Britain",
      "بريطانيا",
      "الجنيه الإسترليني",
      "جنيه إسترليني",
      "britannique*",
      "británic*",
      "British",
      "بريطاني",
      "البريطاني",
      "بريطانيه",
      "البريطانيه",
    ],
  },
  usa: {
    spellings: [
      "États-Unis",
      "Estados Unidos",
      "United States",
      // (In capitals only: "US", not "us".)
      "US",
      "USA",
      "EEUU",
      "الولايات المتحده",
      "أمريكا",
      "الأمريكي",
      "Washington",
      "واشنطن",
      "américain*",
      "estadounidense*",
      "American*",
      "أمريكي",
      "أمريكيه",
      "الأمريكيه",
    ],
  },
  russia: { spellings: ["Russie", "Rusia", "Russia", "روسيا", "russe*", "rus", "rusa*", "Russian*", "روسي"] },
  // "روماني" alone is also Roman (a theatre, a museum): the Arabic adjective counts only in its wheat and barley.
  romania: {
    spellings: [
      ...["Roumanie", "Rumanía", "Romania", "رومانيا", "roumain", "roumaine*", "roumains", "rumano*", "rumana*", "Romanian*"],
      ...["القمح الروماني", "قمح روماني", "الشعير الروماني"],
    ],
  },
  china: { spellings: ["Chine", "China", "الصين", "chinois*", "chino", "chinos", "chinas", "Chinese", "صيني", "صينيه"] },
  turkey: { spellings: ["Turquie", "Turquía", "Turkey", "Türkiye", "تركيا", "turc", "turque*", "turc*", "Turkish", "تركي"] },
  israel: { spellings: ["Israël", "Israel", "إسرائيل", "israélien*", "israel*", "Israeli*", "إسرائيلي"] },
  palestine: { spellings: ["Palestine", "Palestina", "فلسطين", "palestinien*", "palestin*", "Palestinian*", "فلسطيني"] },
  gaza: { spellings: ["Gaza", "غزه"], implies: ["palestine"] },
  saudi: { spellings: ["Arabie saoudite", "Arabia Saudí", "Arabia Saudita", "Saudi Arabia", "السعوديه", "saoudien*", "saud*", "Saudi", "سعودي", "سعودية"] },
  qatar: { spellings: ["Qatar", "Catar", "قطر", "qatari*", "قطري", "قطرية", "catarí*"] },
  uae: {
    spellings: [
      "Émirats arabes unis",
      "Emiratos Árabes Unidos",
      "United Arab Emirates",
      "UAE",
      "الإمارات",
      "émirati*",
      "emirat*",
      "Emirati",
      "إماراتي",
      "إماراتية",
    ],
  },
  senegal: { spellings: ["Sénégal", "Senegal", "السنغال", "sénégalais*", "senegal*", "سنغالي", "سنغالية"] },
  // "مالي" alone is also "financial": Mali in Arabic only in its phrases.
  mali: {
    spellings: [
      ...["Mali", "malien*", "Malian*", "maliense*"],
      ...["شمال مالي", "شمالي مالي", "جنوب مالي", "وسط مالي", "دوله مالي", "جمهوريه مالي", "مع مالي", "في مالي", "إلى مالي", "من مالي"],
      // "In Mali", joined ("قرب غاو بمالي").
      "بمالي",
    ],
  },
  kidal: { spellings: ["Kidal", "كيدال"], implies: ["mali"] },
  gao: { spellings: ["Gao", "غاو"], implies: ["mali"] },
  niger: { spellings: ["Niger", "النيجر", "nigérien*", "nigerino*"] },
  nigeria: { spellings: ["Nigeria", "Nigéria", "نيجيريا", "nigérian*", "Nigerian*", "نيجيري", "نيجيرية"] },
  sudan: { spellings: ["Soudan", "Sudán", "Sudan", "السودان", "soudanais*", "sudan*", "سوداني", "سودانية", "الجنيه السوداني", "جنيه سوداني"] },
  // Sudan's Red Sea port and seat of its government in the war ("Port Sudan airport" is no port of Sudan's).
  "port-sudan": { spellings: ["Port Sudan", "Port-Soudan", "Port Soudan", "Puerto Sudán", "بورتسودان", "بور سودان", "بورسودان"], implies: ["sudan"] },
  ethiopia: { spellings: ["Éthiopie", "Etiopía", "Ethiopia", "إثيوبيا", "éthiopien*", "etíope*", "Ethiopian*", "إثيوبي", "إثيوبية"] },
  // The Nile dam Egypt and Sudan dispute with Ethiopia.
  gerd: {
    spellings: [
      "GERD",
      "Grand Ethiopian Renaissance Dam",
      "Renaissance Dam",
      "barrage de la Renaissance",
      "grand barrage de la Renaissance",
      "presa del Renacimiento",
      "Gran Presa del Renacimiento",
      "سد النهضه",
      "سد النهضه الإثيوبي",
    ],
    implies: ["ethiopia"],
  },
  iran: { spellings: ["Iran", "Irán", "إيران", "iranien*", "iraní*", "Iranian*", "إيراني", "إيرانية"] },
  iraq: { spellings: ["Irak", "Iraq", "العراق", "irakien*", "iraquí*", "Iraqi*", "عراقي", "عراقية"] },
  syria: { spellings: ["Syrie", "Siria", "Syria", "سوريا", "syrien*", "sirio*", "Syrian*", "سوري", "سورية"] },
  lebanon: { spellings: ["Liban", "Líbano", "Lebanon", "لبنان", "libanais*", "libanés", "Lebanese", "لبناني", "لبنانية"] },
  eswatini: { spellings: ["Eswatini", "Swaziland", "Esuatini", "إسواتيني", "سوازيلاند"] },
  comoros: { spellings: ["Comores", "Comoras", "Comoros", "جزر القمر", "comorien*", "comorense*", "Comorian*"] },
  gabon: { spellings: ["Gabon", "Gabón", "الغابون", "gabonais*", "gabonés", "gabonesa*", "gaboneses", "Gabonese"] },
  "sao-tome": { spellings: ["Sao Tomé-et-Principe", "Santo Tomé y Príncipe", "Sao Tome and Principe", "São Tomé", "Sao Tomé", "Sao Tome", "ساو تومي"] },
  "central-african-republic": {
    spellings: [
      "Centrafrique",
      "République centrafricaine",
      "República Centroafricana",
      "Central African Republic",
      "إفريقيا الوسطى",
      "أفريقيا الوسطى",
      "centrafricain*",
      "centroafricano*",
    ],
  },
  "ivory-coast": {
    spellings: ["Côte d'Ivoire", "Costa de Marfil", "Ivory Coast", "ساحل العاج", "كوت ديفوار", "ivoirien*", "marfileñ*", "Ivorian*", "إيفواري*"],
  },
  burundi: { spellings: ["Burundi", "بوروندي", "burundais*", "burundés", "burundesa*", "Burundian*"] },
  guinea: { spellings: ["Guinée", "Guinea", "Guinea Conakry", "غينيا", "guinéen*", "guinean*"] },
  "guinea-bissau": { spellings: ["Guinée-Bissau", "Guinea-Bisáu", "Guinea-Bissau", "غينيا بيساو", "bisauguineano*", "Bissau-Guinean*"] },
  "equatorial-guinea": {
    spellings: ["Guinée équatoriale", "Guinea Ecuatorial", "Equatorial Guinea", "غينيا الاستوائيه", "ecuatoguineano*", "Equatorial Guinean*"],
  },
  djibouti: { spellings: ["Djibouti", "Yibuti", "جيبوتي", "djiboutien*", "yibutiano*"] },
  liberia: { spellings: ["Liberia", "Libéria", "ليبيريا", "libérien*", "liberiano*", "Liberian*"] },
  "burkina-faso": { spellings: ["Burkina Faso", "Burkina", "بوركينا فاسو", "burkinab*", "burkinés", "burkinesa*"] },
  gambia: { spellings: ["Gambie", "Gambia", "غامبيا", "gambien*", "gambian*"] },
  haiti: { spellings: ["Haïti", "Haití", "Haiti", "هايتي", "haïtien*", "haitian*"] },
  zambia: { spellings: ["Zambie", "Zambia", "زامبيا", "zambien*", "zambian*"] },
  malawi: { spellings: ["Malawi", "Malaui", "مالاوي", "ملاوي", "malawite*", "malauí", "malawian*", "malauiano*"] },
  uganda: { spellings: ["Ouganda", "Uganda", "أوغندا", "ougandais*", "ugandés", "ugandesa*", "Ugandan*"] },
  chad: { spellings: ["Tchad", "Chad", "تشاد", "tchadien*", "chadian*"] },
  cameroon: { spellings: ["Cameroun", "Camerún", "Cameroon", "الكاميرون", "camerounais*", "Cameroonian*"] },
  kenya: { spellings: ["Kenya", "Kenia", "كينيا", "kényan*", "keniat*", "Kenyan*"] },
  "south-africa": {
    spellings: ["Afrique du Sud", "Sudáfrica", "South Africa", "جنوب إفريقيا", "جنوب أفريقيا", "sud-africain*", "sudafrican*", "South African*"],
  },
  ghana: { spellings: ["Ghana", "غانا", "ghanéen*", "Ghanaian*", "غاني", "الغاني", "غانية"] },
  bahrain: { spellings: ["Bahreïn", "Baréin", "Bahrain", "البحرين", "bahreïni*", "bahreiní*", "Bahraini*"] },
  kuwait: { spellings: ["Koweït", "Kuwait", "الكويت", "koweïtien*", "kuwaití*", "Kuwaiti*"] },
  oman: { spellings: ["Oman", "Omán", "سلطنه عمان", "omanais*", "Omani*"] },
  belgium: { spellings: ["Belgique", "Bélgica", "Belgium", "بلجيكا", "belge*", "belga*", "Belgian*"] },
  netherlands: { spellings: ["Pays-Bas", "Países Bajos", "Netherlands", "Holland", "هولندا", "néerlandais*", "neerlandés", "Dutch"] },
  canada: { spellings: ["Canada", "Canadá", "كندا", "canadien*", "canadiense*", "Canadian*"] },
  brazil: { spellings: ["Brésil", "Brasil", "Brazil", "البرازيل", "brésilien*", "brasileñ*", "Brazilian*"] },
  // Added on 1 December 2026: nations a North-African team meets (handball, football, athletics).
  chile: { spellings: ["Chili", "Chile", "تشيلي", "الشيلي", "chilien*", "chilen*", "Chilean*"] },
  argentina: { spellings: ["Argentine", "Argentina", "الأرجنتين", "argentin*"] },
  denmark: { spellings: ["Danemark", "Dinamarca", "Denmark", "الدنمارك", "danois", "danoise", "danés", "Danish"] },
  sweden: { spellings: ["Suède", "Suecia", "Sweden", "السويد", "suédois*", "sueco*", "Swedish"] },
  norway: { spellings: ["Norvège", "Noruega", "Norway", "النرويج", "norvégien*", "noruego*", "Norwegian*"] },
  croatia: { spellings: ["Croatie", "Croacia", "Croatia", "كرواتيا", "croate*", "croata*", "Croatian*"] },
  hungary: { spellings: ["Hongrie", "Hungría", "Hungary", "المجر", "hongrois*", "húngar*", "Hungarian*"] },
  iceland: { spellings: ["Islande", "Islandia", "Iceland", "آيسلندا", "أيسلندا", "islandais*", "islandés", "Icelandic"] },
  mexico: { spellings: ["Mexique", "México", "Mexico", "المكسيك", "mexicain*", "mexican*"] },
  "south-korea": { spellings: ["Corée du Sud", "Corea del Sur", "South Korea", "كوريا الجنوبية", "sud-coréen*", "surcoreano*", "South Korean*"] },
  poland: { spellings: ["Pologne", "Polonia", "Poland", "بولندا", "polonais*", "polac*", "Polish"] },
  switzerland: { spellings: ["Suisse", "Suiza", "Switzerland", "سويسرا", "Swiss"] },
  australia: { spellings: ["Australie", "Australia", "أستراليا", "australien*", "australian*"] },
  serbia: { spellings: ["Serbie", "Serbia", "صربيا", "serbe*", "serbio*", "Serbian*"] },
  slovenia: { spellings: ["Slovénie", "Eslovenia", "Slovenia", "سلوفينيا", "slovène*", "esloveno*", "Slovenian*"] },
  austria: { spellings: ["Autriche", "Austria", "النمسا", "autrichien*", "austriac*", "Austrian*"] },
  colombia: { spellings: ["Colombie", "Colombia", "كولومبيا", "colombien*", "colombian*"] },
  uruguay: { spellings: ["Uruguay", "الأوروغواي", "uruguay*"] },
  "west-africa": {
    spellings: ["Afrique de l'Ouest", "l'Ouest africain", "África Occidental", "West Africa", "West African", "غرب إفريقيا", "غرب أفريقيا"],
    implies: ["africa"],
  },
  india: { spellings: ["Inde", "India", "الهند", "indien*", "Indian"] },
  japan: { spellings: ["Japon", "Japón", "Japan", "اليابان", "japonais*", "japon*", "Japanese"] },
  guerguerat: { spellings: ["Guerguerat", "El Guerguerat", "Guerguarat", "Gargarat", "الكركرات", "كركرات"], implies: ["sahara"] },
  "greater-tunis": { spellings: ["Grand Tunis", "Greater Tunis", "Gran Túnez", "تونس الكبرى"], implies: ["tunisia"] },
  jordan: { spellings: ["Jordanie", "Jordania", "Jordan", "الأردن", "jordanien*", "jordano*", "Jordanian*", "أردني", "أردنية"] },
  // Jordan's capital (in Arabic "عمان" is Oman's name too: only "العاصمة الأردنية" says Amman).
  amman: { spellings: ["Amman", "Ammán", "العاصمه الأردنيه"], implies: ["jordan"] },
  ukraine: { spellings: ["Ukraine", "Ucrania", "أوكرانيا", "ukrainien*", "ucranian*", "Ukrainian*", "أوكراني", "أوكرانية"] },
  eu: { spellings: ["Union européenne", "UE", "Unión Europea", "European Union", "الاتحاد الأوروبي", "الأوروبي", "européen*", "europe*", "Europa"] },
  africa: { spellings: ["Afrique", "África", "Africa", "إفريقيا", "أفريقيا", "africain*", "african*", "الإفريقي", "الأفريقي", "إفريقي"] },
  sahara: { spellings: ["Sahara", "الصحراء", "saharien*", "sahara*"] },
  gulf: { spellings: ["Golfe", "Golfo", "Gulf", "الخليج", "الخليجي", "الخليجيه"] },
  // Morocco. Cities with the epithets the region's press writes instead of their names ("la ville ocre",
  // "العاصمة الاقتصادية", "عاصمة البوغاز", "El Bahia").
  rabat: {
    spellings: ["Rabat", "الرباط", "capitale marocaine", "la capital marroquí", "Moroccan capital", "Morocco's capital", "العاصمه المغربيه"],
    implies: ["morocco"],
  },
  // ("البيضاء" alone, as the press shortens it; after a definite word it is "white": see story-features.ts.)
  casablanca: {
    spellings: [
      "Casablanca",
      "الدار البيضاء",
      "البيضاء",
      // The spoken name ("فأسواق كازا").
      "كازا",
      "casablancais*",
      "capitale économique",
      "capital económica",
      "economic capital",
      "العاصمه الاقتصاديه",
    ],
    implies: ["morocco"],
  },
  // Marrakech's university (its Arabic name is also "the judge Iyad": a judge only without it).
  "cadi-ayyad-university": {
    spellings: ["Université Cadi Ayyad", "Cadi Ayyad", "Cadi Ayyad University", "Universidad Cadi Ayyad", "جامعة القاضي عياض", "القاضي عياض"],
    implies: ["marrakech"],
    concepts: ["university"],
  },
  marrakech: {
    spellings: [
      // (Its film festival by its acronym, the FIFM, is in the city: "festival" is a concept's form too.)
      "FIFM",
      "Marrakech",
      "Marrakesh",
      "Marraquech",
      "مراكش",
      "Marrakech-Ménara",
      "Menara",
      "Ménara",
      "ville ocre",
      "cité ocre",
      "ville rouge",
      "ciudad ocre",
      "ciudad roja",
      "Red City",
      "ochre city",
      "المدينه الحمراء",
      "مدينه البهجه",
      "مدينه سبعه رجال",
    ],
    implies: ["morocco"],
  },
  "jemaa-el-fna": {
    spellings: ["Jemaa El Fna", "Jemaa el-Fna", "Djemaa El Fna", "Jamaa El Fna", "Yamaa el Fna", "Jemaa El-Fnaa", "جامع الفنا", "جامع الفناء"],
    implies: ["marrakech"],
  },
  fes: {
    spellings: ["Fès", "Fez", "Fes", "فاس", "capitale spirituelle", "capital espiritual", "spiritual capital", "العاصمه العلميه", "العاصمه الروحيه"],
    implies: ["morocco"],
  },
  tangier: {
    spellings: ["Tanger", "Tánger", "Tangier", "Tangiers", "طنجه", "عاصمه البوغاز", "ville du Détroit", "la perle du Détroit", "la ciudad del Estrecho"],
    implies: ["morocco"],
  },
  "tanger-med": {
    spellings: ["Tanger Med", "Tanger-Med", "Tánger Med", "Tánger-Med", "Tangier Med", "طنجه المتوسط", "طنجه المتوسطي"],
    implies: ["tangier", "morocco"],
  },
  agadir: { spellings: ["Agadir", "أكادير", "اكادير", "أݣادير", "capitale du Souss", "عاصمه سوس"], implies: ["morocco"] },
  oujda: { spellings: ["Oujda", "Uchda", "وجده", "capitale de l'Oriental", "عاصمه الشرق"], implies: ["morocco"] },
  nador: { spellings: ["Nador", "الناظور"], implies: ["morocco"] },
  laayoune: { spellings: ["Laâyoune", "Laayoune", "El Aaiún", "Aaiún", "العيون"], implies: ["morocco"] },
  dakhla: { spellings: ["Dakhla", "Dajla", "الداخله", "Villa Cisneros"], implies: ["morocco"] },
  ouarzazate: { spellings: ["Ouarzazate", "Uarzazat", "Warzazat", "ورزازات"], implies: ["morocco"] },
  tetouan: {
    spellings: ["Tétouan", "Tetuán", "Tetouan", "تطوان", "tetuaní", "tetuaníes", "tétouanais*", "colombe blanche", "الحمامه البيضاء"],
    implies: ["morocco"],
  },
  meknes: {
    spellings: ["Meknès", "Mequinez", "Meknes", "مكناس", "cité ismaélienne", "ville ismaélienne", "العاصمه الاسماعيليه", "الحاضره الاسماعيليه"],
    implies: ["morocco"],
  },
  kenitra: { spellings: ["Kénitra", "Kenitra", "القنيطره"], implies: ["morocco"] },
  "el-jadida": { spellings: ["El Jadida", "الجديده", "Yadida", "El Yadida", "Mazagán"], implies: ["morocco"] },
  safi: { spellings: ["Safi", "آسفي", "اسفي"], implies: ["morocco"] },
  essaouira: { spellings: ["Essaouira", "Esauira", "الصويره"], implies: ["morocco"] },
  chefchaouen: {
    spellings: [
      "Chefchaouen",
      "Chaouen",
      "Chauen",
      "Xauen",
      "شفشاون",
      "perle bleue",
      "ville bleue",
      "ciudad azul",
      "Blue City",
      "المدينه الزرقاء",
      "الجوهره الزرقاء",
    ],
    implies: ["morocco"],
  },
  "al-hoceima": { spellings: ["Al Hoceïma", "Al Hoceima", "Alhucemas", "الحسيمه"], implies: ["morocco"] },
  "beni-mellal": { spellings: ["Béni Mellal", "Beni Mellal", "بني ملال"], implies: ["morocco"] },
  khouribga: { spellings: ["Khouribga", "خريبكه"], implies: ["morocco"] },
  ifrane: { spellings: ["Ifrane", "إفران"], implies: ["morocco"] },
  tarfaya: { spellings: ["Tarfaya", "طرفايه"], implies: ["morocco"] },
  taza: { spellings: ["Taza", "تازه"], implies: ["morocco"], commonWords: ["taza"] },
  "al-haouz": { spellings: ["Al Haouz", "Al-Haouz", "Haouz", "الحوز"], implies: ["morocco"] },
  sale: { spellings: ["Salé", "سلا"], implies: ["morocco"], commonWords: ["sale"] },
  mohammedia: { spellings: ["Mohammedia", "المحمديه"], implies: ["morocco"] },
  larache: { spellings: ["Larache", "العرائش"], implies: ["morocco"] },
  // Morocco's judicial police bureau (terrorism, organised crime).
  bcij: {
    spellings: ["BCIJ", "Bureau central d'investigations judiciaires", "Central Bureau of Judicial Investigation", "المكتب المركزي للأبحاث القضائيه"],
    implies: ["morocco"],
  },
  guelmim: { spellings: ["Guelmim", "كلميم"], implies: ["morocco"] },
  tiznit: { spellings: ["Tiznit", "تيزنيت", "تزنيت"], implies: ["morocco"] },
  taroudant: { spellings: ["Taroudant", "تارودانت"], implies: ["morocco"] },
  errachidia: { spellings: ["Errachidia", "الرشيديه"], implies: ["morocco"] },
  settat: { spellings: ["Settat", "سطات"], implies: ["morocco"] },
  berkane: { spellings: ["Berkane", "بركان"], implies: ["morocco"] },
  "throne-cup": { spellings: ["Coupe du Trône", "Copa del Trono", "Throne Cup", "كأس العرش"], implies: ["morocco"] },
  ocs: { spellings: ["OCS", "Olympic de Safi", "Olympique de Safi", "Olympic Safi", "أولمبيك آسفي"], implies: ["safi"] },
  mas: { spellings: ["MAS", "Maghreb de Fès", "MAS de Fès", "المغرب الفاسي"], implies: ["fes"] },
  "as-far": { spellings: ["AS FAR", "FAR de Rabat", "FAR Rabat", "الجيش الملكي"], implies: ["rabat"] },
  "rs-berkane": { spellings: ["RS Berkane", "RSB", "Renaissance de Berkane", "نهضه بركان"], implies: ["berkane"] },
  fus: { spellings: ["FUS", "FUS de Rabat", "FUS Rabat", "الفتح الرباطي"], implies: ["rabat"] },
  "bank-al-maghrib": { spellings: ["Bank Al-Maghrib", "Bank Al Maghrib", "BAM", "بنك المغرب"], implies: ["morocco"] },
  // (And as the English-language press describes it: "Moroccan rail operator".)

  oncf: {
    spellings: [
      "ONCF",
      "المكتب الوطني للسكك الحديديه",
      "Office national des chemins de fer",
      "Moroccan rail operator",
      "Morocco's rail operator",
      "Moroccan railway operator",
    ],
    implies: ["morocco"],
  },
  // The Sahara's march of 1975, and its anniversary's speech ("المسيرة" alone is the Green March too: see Al Massira).
  "green-march": { spellings: ["Marche verte", "Green March", "Marcha Verde", "المسيره الخضراء"], implies: ["morocco"] },
  ocp: { spellings: ["OCP", "المكتب الشريف للفوسفاط"], implies: ["morocco"] },
  ram: { spellings: ["Royal Air Maroc", "RAM", "الخطوط الملكيه المغربيه"], implies: ["morocco"] },
  hcp: {
    spellings: ["HCP", "Haut-Commissariat au Plan", "Alto Comisionado para el Plan", "High Commission for Planning", "المندوبيه الساميه للتخطيط"],
    implies: ["morocco"],
  },
  // Egypt's statistics agency.
  capmas: { spellings: ["CAPMAS", "الجهاز المركزي للتعبئه العامه والإحصاء"], implies: ["egypt"] },
  // Rabat's festival ("موازين" alone is also "scales", "balances").
  mawazine: { spellings: ["Mawazine", "مهرجان موازين"], implies: ["rabat"] },
  // Egypt's programme for its villages ("حياة كريمة", "Decent Life").
  "hayah-karima": { spellings: ["Hayah Karima", "Haya Karima", "Decent Life", "Vie décente", "Vida Digna", "حياة كريمة", "حياه كريمه"], implies: ["egypt"] },
  // The belt south of the Sahara ("دول الساحل": "الساحل" alone is a coast).
  sahel: { spellings: ["Sahel", "دول الساحل", "منطقة الساحل", "بلدان الساحل", "الساحل الإفريقي", "الساحل الأفريقي"] },
  // Morocco's offer of the Atlantic to the Sahel's states.
  "atlantic-initiative": {
    spellings: [
      "initiative atlantique",
      "Initiative royale atlantique",
      "iniciativa atlántica",
      "Atlantic initiative",
      "المبادرة الأطلسية",
      "المبادره الاطلسيه",
    ],
    implies: ["morocco"],
  },
  // Russia's fighters in the Sahel, and the corps that took their place.
  wagner: { spellings: ["Wagner", "groupe Wagner", "Wagner Group", "فاغنر", "فاغنر الروسية"] },
  "africa-corps": { spellings: ["Africa Corps", "الفيلق الإفريقي", "الفيلق الأفريقي"] },
  nato: { spellings: ["NATO", "OTAN", "North Atlantic Treaty Organization", "الناتو", "حلف الناتو", "حلف شمال الأطلسي", "حلف شمال الاطلسي"] },
  tiktok: { spellings: ["TikTok", "Tik Tok", "Tiktok", "تيك توك", "تيكتوك"] },
  // Morocco's book fair (in Rabat since 2022, in Casablanca before).
  siel: {
    spellings: ["SIEL", "Salon international de l'édition et du livre", "Feria Internacional de la Edición y del Libro", "المعرض الدولي للنشر والكتاب"],
    implies: ["morocco"],
    // (Its name says a fair of books: "معرض الكتاب" is it too.)
    concepts: ["exhibition", "book"],
  },
  gnaoua: { spellings: ["Gnaoua", "Gnawa", "كناوة", "گناوة"], implies: ["essaouira"] },
  // Agadir's festival of Amazigh music.
  timitar: { spellings: ["Timitar", "تيميتار"], implies: ["agadir"] },
  // The cobalt mine south of Ouarzazate; the dam on the Oum Er-Rbia ("المسيرة" alone is the Green March).
  "bou-azzer": { spellings: ["Bou Azzer", "Bouazzer", "بوازار", "بو أزار"], implies: ["morocco"] },
  "al-massira-dam": { spellings: ["Al Massira", "Al-Massira", "barrage Al Massira", "سد المسيرة"], implies: ["morocco"] },
  // (By the dam's word only: "الوحدة" alone is unity, or a club.)
  "al-wahda-dam": {
    spellings: ["barrage Al Wahda", "barrage d'Al Wahda", "Al Wahda dam", "presa de Al Wahda", "presa Al Wahda", "سد الوحدة"],
    implies: ["morocco"],
    concepts: ["dam"],
  },
  "oued-el-makhazine-dam": {
    spellings: ["barrage Oued El Makhazine", "barrage d'Oued El Makhazine", "Oued El Makhazine dam", "presa de Oued El Makhazine", "سد وادي المخازن"],
    implies: ["morocco"],
    concepts: ["dam"],
  },
  onda: { spellings: ["ONDA", "Office national des aéroports", "المكتب الوطني للمطارات"], implies: ["morocco"] },
  "marsa-maroc": { spellings: ["Marsa Maroc", "مرسى المغرب"], implies: ["morocco"] },
  habous: { spellings: ["ministère des Habous", "Habous", "وزارة الأوقاف", "وزارة الأوقاف والشؤون الإسلامية"], implies: ["morocco"] },
  // ("المتحف الكبير", the Grand Museum, as Egypt's press shortens it.)
  "grand-egyptian-museum": {
    spellings: ["Grand Egyptian Museum", "Grand Musée égyptien", "Gran Museo Egipcio", "المتحف المصري الكبير", "المتحف الكبير", "GEM"],
    implies: ["giza"],
  },
  "mohammed-v": { spellings: ["Mohammed V", "Mohamed V", "محمد الخامس"], implies: ["morocco"] },
  // Places named after him: Casablanca's stadium (not the king, a match there).
  "mohammed-v-stadium": {
    spellings: [
      "Complexe Mohammed V",
      "Complexe sportif Mohammed V",
      "stade Mohammed V",
      "Estadio Mohammed V",
      "Mohammed V Stadium",
      "مركب محمد الخامس",
      "ملعب محمد الخامس",
    ],
    implies: ["casablanca"],
  },
  "mohammed-vi": {
    // The Spanish and French press's epithet for him: "el monarca alauí", "le souverain alaouite".
    spellings: [
      "Mohammed VI",
      "Mohamed VI",
      "محمد السادس",
      "monarca alauí",
      "monarca alauita",
      "rey alauí",
      "rey alauita",
      "monarque alaouite",
      "souverain alaouite",
      // The king of Morocco is Mohammed VI (his father is named whole).
      "rey de Marruecos",
      "roi du Maroc",
      "King of Morocco",
      "Moroccan King",
      "العاهل المغربي",
      "ملك المغرب",
    ],
    implies: ["morocco"],
  },
  akhannouch: { spellings: ["Akhannouch", "Ajanuch", "أخنوش"], implies: ["morocco"] },
  bourita: { spellings: ["Bourita", "Burita", "بوريطه"], implies: ["morocco"] },
  "el-othmani": { spellings: ["El Othmani", "Othmani", "El Otmani", "العثماني"], implies: ["morocco"] },
  benchaaboun: { spellings: ["Benchaaboun", "Benchaâboun", "بنشعبون"], implies: ["morocco"] },
  amzazi: { spellings: ["Amzazi", "أمزازي"], implies: ["morocco"] },
  "ait-taleb": { spellings: ["Ait Taleb", "Aït Taleb", "آيت الطالب"], implies: ["morocco"] },
  laftit: { spellings: ["Laftit", "لفتيت"], implies: ["morocco"] },
  // The mountains (the national teams' "Lions de l'Atlas" are a longer name of their own, matched first).
  atlas: {
    spellings: [
      "Atlas",
      "الأطلس",
      "أطلس",
      "Haut Atlas",
      "Haut-Atlas",
      "Moyen Atlas",
      "Moyen-Atlas",
      "High Atlas",
      "Middle Atlas",
      "الأطلس الكبير",
      "الأطلس المتوسط",
    ],
  },
  "atlas-lions": { spellings: ["Lions de l'Atlas", "Leones del Atlas", "Atlas Lions", "أسود الأطلس"], implies: ["morocco"] },
  // Algeria's national team. (Not "الخضر" alone, the greens: also vegetables, "الخضر والفواكه".)
  fennecs: {
    spellings: ["Fennecs", "les Verts", "Desert Warriors", "Guerreros del Desierto", "محاربو الصحراء", "محاربي الصحراء", "ثعالب الصحراء"],
    implies: ["algeria"],
  },
  "atlas-cubs": { spellings: ["Lionceaux de l'Atlas", "Leoncitos del Atlas", "أشبال الأطلس"], implies: ["morocco"] },
  "atlas-lionesses": { spellings: ["Lionnes de l'Atlas", "Leonas del Atlas", "Atlas Lionesses", "لبؤات الأطلس"], implies: ["morocco"] },
  olympics: { spellings: ["Jeux olympiques", "Juegos Olímpicos", "Olympic Games", "Olympics", "الألعاب الأولمبيه", "الأولمبياد"] },
  // (The national team's coach: "les joueurs convoqués par Regragui" are the Atlas Lions.)
  regragui: { spellings: ["Regragui", "Walid Regragui", "الركراكي", "وليد الركراكي"], implies: ["atlas-lions"] },
  raja: { spellings: ["Raja", "Raja Casablanca", "الرجاء", "الرجا"], implies: ["casablanca"] },
  "hassania-agadir": { spellings: ["Hassania d'Agadir", "Hassania Agadir", "HUSA", "حسنية أكادير"], implies: ["agadir"] },
  irt: { spellings: ["Ittihad de Tanger", "IR Tanger", "IRT", "اتحاد طنجة"], implies: ["tangier"] },
  // (Its Arabic name starts with "المغرب": the club, not the country.)
  mat: {
    spellings: ["Moghreb de Tétouan", "Moghreb Tétouan", "Moghreb Athletic de Tétouan", "MAT", "Mogreb Tetuán", "المغرب التطواني", "المغرب الرياضي التطواني"],
    implies: ["tetouan"],
  },
  wydad: { spellings: ["Wydad", "WAC", "الوداد"], implies: ["casablanca"] },
  // Algeria.
  algiers: {
    spellings: [
      "Alger",
      "Argel",
      "Algiers",
      "الجزائر العاصمه",
      "capitale algérienne",
      "la capital argelina",
      "Algerian capital",
      "Algeria's capital",
      "العاصمه الجزائريه",
      // Of Algiers ("le derby algérois").
      "algérois",
      "algéroise",
    ],
    implies: ["algeria"],
  },
  // Algiers' court of first instance, which tries the country's graft cases.
  // A district of Algiers, not the wilaya of El Oued ("باب الوادي").
  "bab-el-oued": { spellings: ["Bab El Oued", "Bab el-Oued", "Bab-El-Oued", "باب الوادي"], implies: ["algiers"] },
  "sidi-mhamed": { spellings: ["Sidi M'hamed", "Sidi Mhamed", "Sidi M'Hamed", "سيدي امحمد", "سيدي أمحمد"], implies: ["algiers"] },
  "mc-alger": { spellings: ["MC Alger", "Mouloudia d'Alger", "MCA", "مولودية الجزائر", "مولودية العاصمة"], implies: ["algiers"] },
  "usm-alger": { spellings: ["USM Alger", "USMA", "اتحاد العاصمة"], implies: ["algiers"] },
  "cr-belouizdad": { spellings: ["CR Belouizdad", "CRB", "شباب بلوزداد"], implies: ["algiers"] },
  jsk: { spellings: ["JS Kabylie", "JSK", "شبيبة القبائل"], implies: ["algeria"] },
  "es-setif": { spellings: ["ES Sétif", "Entente de Sétif", "وفاق سطيف"], implies: ["algeria"] },
  esperance: {
    // ("Espérance" alone, capitalised: "l'Espérance bat le Club Africain"; life expectancy is a longer phrase of the
    // concepts, matched first.)
    spellings: ["Espérance de Tunis", "Espérance sportive de Tunis", "Espérance", "EST", "الترجي", "الترجي الرياضي", "الترجي الرياضي التونسي"],
    implies: ["tunisia"],
  },
  "etoile-sahel": { spellings: ["Étoile du Sahel", "Etoile du Sahel", "ESS", "النجم الساحلي"], implies: ["tunisia"] },
  "club-africain": { spellings: ["Club Africain", "النادي الإفريقي"], implies: ["tunisia"] },
  "stade-tunisien": { spellings: ["Stade tunisien", "Stade Tunisien", "الملعب التونسي"], implies: ["tunisia"] },
  pyramids: { spellings: ["Pyramids FC", "بيراميدز"], implies: ["egypt"] },
  "cs-sfaxien": { spellings: ["CS Sfaxien", "Club sportif sfaxien", "CSS", "النادي الصفاقسي"], implies: ["sfax"] },
  "us-monastir": { spellings: ["US Monastir", "Union sportive monastirienne", "USMo", "الاتحاد المنستيري"], implies: ["monastir"] },
  // (Ismaily, not Ismailia the city: "الإسماعيلي" is the club.)
  ismaily: { spellings: ["Ismaily", "Ismaïly", "الإسماعيلي", "الاسماعيلي", "الدراويش"], implies: ["ismailia"] },
  smouha: { spellings: ["Smouha", "سموحه"], implies: ["alexandria"] },
  "ittihad-alexandria": { spellings: ["Al Ittihad Alexandria", "Ittihad d'Alexandrie", "الاتحاد السكندري"], implies: ["alexandria"] },
  enppi: { spellings: ["ENPPI", "Enppi", "إنبي", "انبي"], implies: ["egypt"] },
  "ghazl-mahalla": { spellings: ["Ghazl El Mahalla", "غزل المحله"], implies: ["egypt"] },
  // The Delta's textile city (not "المحلة" alone, a locality).
  mahalla: { spellings: ["El-Mahalla El-Kubra", "Mahalla el-Kubra", "El Mahalla", "Mahalla", "المحلة الكبرى", "المحله الكبرى"], implies: ["egypt"] },
  "ceramica-cleopatra": { spellings: ["Ceramica Cleopatra", "سيراميكا كليوباترا"], implies: ["egypt"] },
  oran: { spellings: ["Oran", "Orán", "وهران", "El Bahia", "الباهيه"], implies: ["algeria"] },
  // A port west of Oran, where harraga boats leave and bodies are found.
  ghazaouet: { spellings: ["Ghazaouet", "Ghazaout", "الغزوات"], implies: ["algeria"] },
  constantine: {
    spellings: [
      "Constantine",
      "Constantina",
      "قسنطينه",
      "ville des Ponts suspendus",
      "cité des Ponts",
      "ville des Ponts",
      "مدينه الجسور المعلقه",
      "عاصمه الشرق الجزائري",
    ],
    implies: ["algeria"],
  },
  annaba: { spellings: ["Annaba", "عنابه"], implies: ["algeria"] },
  // The steel complex at El Hadjar, by Annaba. (Not "الحجار" alone: a surname.)
  "el-hadjar": { spellings: ["El Hadjar", "El-Hadjar", "Sider El Hadjar", "مركب الحجار", "مجمع الحجار"], implies: ["annaba"] },
  tlemcen: { spellings: ["Tlemcen", "تلمسان", "Tremecén", "cité des Zianides", "عاصمه الزيانيين"], implies: ["algeria"] },
  setif: { spellings: ["Sétif", "Setif", "سطيف"], implies: ["algeria"] },
  bejaia: { spellings: ["Béjaïa", "Bejaia", "بجايه", "Bugía"], implies: ["algeria"] },
  "tizi-ouzou": { spellings: ["Tizi Ouzou", "تيزي وزو"], implies: ["algeria"] },
  batna: { spellings: ["Batna", "باتنه"], implies: ["algeria"] },
  biskra: { spellings: ["Biskra", "بسكره"], implies: ["algeria"] },
  ghardaia: { spellings: ["Ghardaïa", "Ghardaia", "غردايه"], implies: ["algeria"] },
  // The M'zab valley and its wadi, and one of its ksour.
  mzab: { spellings: ["Mzab", "M'zab", "M'Zab", "ميزاب", "وادي ميزاب", "وادي مزاب"], implies: ["ghardaia"] },
  "beni-isguen": { spellings: ["Beni Isguen", "Beni-Isguen", "بني يزقن"], implies: ["ghardaia"] },
  tamanrasset: { spellings: ["Tamanrasset", "تمنراست"], implies: ["algeria"] },
  // Mauritania's gold-rush town (not "الشامي" alone: a surname, the Levantine).
  chami: { spellings: ["Chami"], implies: ["mauritania"] },
  // (Not Salah the footballer: the town of the Sahara, "In Salah", "عين صالح".)
  "in-salah": { spellings: ["In Salah", "In-Salah", "Aïn Salah", "Ain Salah", "عين صالح"], implies: ["algeria"] },
  "hassi-messaoud": { spellings: ["Hassi Messaoud", "حاسي مسعود"], implies: ["algeria"] },
  sonatrach: { spellings: ["Sonatrach", "سوناطراك"], implies: ["algeria"] },
  // The gas pipeline from Algeria to Spain under the sea, and its Spanish partner.
  medgaz: { spellings: ["Medgaz", "ميدغاز", "ميدغاز"], implies: ["algeria", "spain"] },
  naturgy: { spellings: ["Naturgy", "ناتورجي"], implies: ["spain"] },
  illizi: { spellings: ["Illizi", "إليزي"], implies: ["algeria"] },
  // More of the region's provinces, wilayas and governorates. (A name that is also a word is written only with the
  // word for its province before it: "البيض" is eggs, "معسكر" a camp, "النعامة" an ostrich, "قبلي" tribal, "المضيق"
  // the Strait, "الحاجب" a chamberlain, "الكاف" the CAF, "سعيدة" a first name, "قنا" the canal.)
  "sidi-bennour": { spellings: ["Sidi Bennour", "سيدي بنور"], implies: ["morocco"] },
  "sidi-slimane": { spellings: ["Sidi Slimane", "سيدي سليمان"], implies: ["morocco"] },
  tinghir: { spellings: ["Tinghir", "Tinerhir", "تنغير"], implies: ["morocco"] },
  "kelaa-sraghna": { spellings: ["El Kelaa des Sraghna", "Kelaa des Sraghna", "Kalaat Sraghna", "قلعة السراغنة"], implies: ["morocco"] },
  youssoufia: { spellings: ["Youssoufia", "اليوسفية"], implies: ["morocco"] },
  "fquih-ben-salah": { spellings: ["Fquih Ben Salah", "Fkih Ben Salah", "الفقيه بن صالح"], implies: ["morocco"] },
  benslimane: { spellings: ["Benslimane", "Ben Slimane", "بنسليمان", "بن سليمان"], implies: ["morocco"] },
  // The World Cup's great stadium, at Benslimane (not the late king's name alone).
  "grand-stade-hassan-ii": {
    spellings: ["Grand Stade Hassan II", "Grand Stade Hassan-II", "Gran Estadio Hassan II", "ملعب الحسن الثاني الكبير", "الملعب الكبير الحسن الثاني"],
    implies: ["benslimane"],
    concepts: ["stadium"],
  },
  skhirat: { spellings: ["Skhirat", "الصخيرات"], implies: ["morocco"] },
  temara: { spellings: ["Témara", "Temara", "تمارة"], implies: ["morocco"] },
  "ksar-el-kebir": { spellings: ["Ksar El Kébir", "Ksar El Kebir", "Alcazarquivir", "القصر الكبير"], implies: ["morocco"] },
  mdiq: { spellings: ["M'diq", "Mdiq", "المضيق الفنيدق", "عمالة المضيق"], implies: ["morocco"] },
  taourirt: { spellings: ["Taourirt", "تاوريرت"], implies: ["morocco"] },
  jerada: { spellings: ["Jerada", "جرادة"], implies: ["morocco"] },
  driouch: { spellings: ["Driouch", "الدريوش"], implies: ["morocco"] },
  guercif: { spellings: ["Guercif", "جرسيف"], implies: ["morocco"] },
  sefrou: { spellings: ["Sefrou", "صفرو"], implies: ["morocco"] },
  "el-hajeb": { spellings: ["El Hajeb", "إقليم الحاجب"], implies: ["morocco"] },
  boulemane: { spellings: ["Boulemane", "بولمان"], implies: ["morocco"] },
  mascara: { spellings: ["Mascara", "ولاية معسكر"], implies: ["algeria"] },
  relizane: { spellings: ["Relizane", "غليزان"], implies: ["algeria"] },
  saida: { spellings: ["Saïda", "ولاية سعيدة"], implies: ["algeria"] },
  "oum-el-bouaghi": { spellings: ["Oum El Bouaghi", "أم البواقي"], implies: ["algeria"] },
  mila: { spellings: ["Mila", "ميلة"], implies: ["algeria"] },
  tindouf: { spellings: ["Tindouf", "Tinduf", "تندوف"], implies: ["algeria"] },
  "el-bayadh": { spellings: ["El Bayadh", "ولاية البيض"], implies: ["algeria"] },
  naama: { spellings: ["Naâma", "Naama", "ولاية النعامة"], implies: ["algeria"] },
  "ain-temouchent": { spellings: ["Aïn Témouchent", "Ain Temouchent", "عين تموشنت"], implies: ["algeria"] },
  "ain-defla": { spellings: ["Aïn Defla", "Ain Defla", "عين الدفلى"], implies: ["algeria"] },
  // Casablanca's industrial district ("عين السبع": no appointment, no seven).
  "ain-sebaa": { spellings: ["Aïn Sebaâ", "Ain Sebaa", "Aïn Sebaa", "Ain Sebaâ", "عين السبع"], implies: ["casablanca"] },
  "ain-chock": { spellings: ["Aïn Chock", "Ain Chock", "Aïn Chok", "Ain Chok", "عين الشق"], implies: ["casablanca"] },
  "ain-diab": { spellings: ["Aïn Diab", "Ain Diab", "عين الذئاب"], implies: ["casablanca"] },
  "ain-harrouda": { spellings: ["Aïn Harrouda", "Ain Harrouda", "عين حرودة", "عين حروده"], implies: ["morocco"] },
  "ain-beida": { spellings: ["Aïn Beïda", "Ain Beida", "Aïn Beida", "عين البيضاء"], implies: ["algeria"] },
  tissemsilt: { spellings: ["Tissemsilt", "تيسمسيلت"], implies: ["algeria"] },
  "le-kef": { spellings: ["Le Kef", "El Kef", "ولاية الكاف"], implies: ["tunisia"] },
  siliana: { spellings: ["Siliana", "سليانة"], implies: ["tunisia"] },
  kebili: { spellings: ["Kébili", "Kebili", "ولاية قبلي"], implies: ["tunisia"] },
  manouba: { spellings: ["Manouba", "La Manouba", "منوبة"], implies: ["tunisia"] },
  // ("قنا" alone is "القناة", the canal, without its article and ending.)
  qena: { spellings: ["Qena", "Qéna", "محافظه قنا"], implies: ["egypt", "upper-egypt"] },
  damanhour: { spellings: ["Damanhour", "Damanhur", "دمنهور"], implies: ["egypt"] },
  arish: { spellings: ["El Arish", "Al Arish", "Arish", "العريش"], implies: ["egypt"] },
  // Libya's oil: its national corporation (not "NOC" alone in capitals elsewhere: only Libya's press writes it so) and
  // the terminals of the oil crescent.
  // Libya's elections commission.
  hnec: {
    spellings: [
      "HNEC",
      "High National Elections Commission",
      "Haute commission nationale électorale",
      "المفوضية الوطنية العليا للانتخابات",
      "مفوضية الانتخابات الليبية",
    ],
    implies: ["libya"],
    concepts: ["electoral-commission"],
  },
  "libya-noc": { spellings: ["NOC", "National Oil Corporation", "المؤسسه الوطنيه للنفط"], implies: ["libya"] },
  // Algeria's south-eastern oil and gas basin.
  berkine: { spellings: ["Berkine", "Berkin", "بركين"], implies: ["algeria"] },
  "es-sider": { spellings: ["Es Sider", "Es-Sider", "Sidra", "السدره"], implies: ["libya"], commonWords: ["sidra"] },
  "ras-lanuf": { spellings: ["Ras Lanuf", "رأس لانوف"], implies: ["libya"] },
  // Egypt's stock exchange and its index.
  egx: { spellings: ["EGX", "EGX30", "EGX 30", "Egyptian Exchange", "Bourse égyptienne", "البورصه المصريه"], implies: ["egypt"] },
  // More of Libya's and Mauritania's towns. (Bayda's Arabic name is Casablanca's short one, and Atar's a frame, "إطار": Latin only; "النعمة", grace,
  // only as the town.)
  zliten: { spellings: ["Zliten", "Zlitan", "زليتن"], implies: ["libya"] },
  sabratha: { spellings: ["Sabratha", "Sabrata", "صبراته"], implies: ["libya"] },
  ghat: { spellings: ["Ghat", "غات"], implies: ["libya"] },
  ubari: { spellings: ["Ubari", "Oubari", "أوباري"], implies: ["libya"] },
  brega: { spellings: ["Brega", "Marsa el-Brega", "البريقه"], implies: ["libya"] },
  bayda: { spellings: ["Bayda", "Al Bayda", "El Beïda"], implies: ["libya"] },
  rosso: { spellings: ["Rosso", "روصو"], implies: ["mauritania"] },
  kiffa: { spellings: ["Kiffa", "كيفه"], implies: ["mauritania"] },
  atar: { spellings: ["Atar"], implies: ["mauritania"] },
  zouerate: { spellings: ["Zouérate", "Zouerate", "Zouérat", "الزويرات"], implies: ["mauritania"] },
  // The iron ore railway's halt in the desert. (Not the SNIM, its company, as a name: in one language its acronym is
  // a rare word two texts share — "SNIM posts record iron ore exports" / "Mauritania's SNIM ships record 14 million
  // tonnes of iron ore" —, which a name's words are not.)
  choum: { spellings: ["Choum", "الشوم"], implies: ["mauritania"] },
  nema: { spellings: ["Néma", "Nema", "مدينه النعمه"], implies: ["mauritania"] },
  aleg: { spellings: ["Aleg", "ألاك"], implies: ["mauritania"] },
  kaedi: { spellings: ["Kaédi", "Kaedi", "كيهيدي"], implies: ["mauritania"] },
  selibaby: { spellings: ["Sélibaby", "Selibaby", "سيلبابي"], implies: ["mauritania"] },
  tidjikja: { spellings: ["Tidjikja", "تجكجه"], implies: ["mauritania"] },
  akjoujt: { spellings: ["Akjoujt", "أكجوجت"], implies: ["mauritania"] },
  chinguetti: { spellings: ["Chinguetti", "شنقيط"], implies: ["mauritania"] },
  // Rating agencies.
  "s-and-p": { spellings: ["S&P", "S&P Global", "Standard & Poor's", "ستاندرد آند بورز"] },
  fitch: { spellings: ["Fitch", "Fitch Ratings", "فيتش"] },
  moodys: { spellings: ["Moody's", "موديز"] },
  sonelgaz: { spellings: ["Sonelgaz", "سونلغاز"], implies: ["algeria"] },
  "air-algerie": { spellings: ["Air Algérie", "الخطوط الجويه الجزائريه", "الجويه الجزائريه"], implies: ["algeria"] },
  tebboune: { spellings: ["Tebboune", "Tebún", "تبون"], implies: ["algeria"] },
  // Algiers's Great Mosque, Djamaâ El Djazaïr ("جامع الجزائر الأعظم"; not "جامع الجزائر" alone, which an Arabic word's
  // ending gone makes "جامعة الجزائر", the university).
  "great-mosque-algiers": {
    spellings: [
      ...["Grande Mosquée d'Alger", "Djamaâ El Djazaïr", "Djamaa El Djazair", "Gran Mezquita de Argel", "Great Mosque of Algiers"],
      ...["Algiers Great Mosque", "جامع الجزائر الأعظم", "مسجد الجزائر الأعظم"],
    ],
    implies: ["algiers"],
  },
  // In Arabic by his whole name only: "جراد" alone is also the word for locusts.
  djerad: { spellings: ["Djerad", "Abdelaziz Djerad", "عبد العزيز جراد"], implies: ["algeria"] },
  // Egypt.
  cairo: {
    spellings: [
      "Le Caire",
      // "au Caire", "du Caire".
      "Caire",
      "El Cairo",
      "Cairo",
      "القاهره",
      "cairote*",
      "capitale égyptienne",
      "la capital egipcia",
      "Egyptian capital",
      "Egypt's capital",
      "العاصمه المصريه",
    ],
    implies: ["egypt"],
  },
  alexandria: {
    spellings: ["Alexandrie", "Alejandría", "Alexandria", "الإسكندريه", "الاسكندريه", "عروس البحر المتوسط", "عروس البحر الابيض المتوسط"],
    implies: ["egypt"],
  },
  giza: { spellings: ["Gizeh", "Guiza", "Giza", "الجيزه"], implies: ["egypt"] },
  saqqara: { spellings: ["Saqqara", "Saqqarah", "Sakkara", "Saqara", "سقاره"], implies: ["giza"] },
  luxor: { spellings: ["Louxor", "Luxor", "الأقصر"], implies: ["egypt", "upper-egypt"] },
  aswan: { spellings: ["Assouan", "Asuán", "Aswan", "أسوان"], implies: ["egypt", "upper-egypt"] },
  "abu-simbel": { spellings: ["Abou Simbel", "Abu Simbel", "أبو سمبل", "ابو سمبل"], implies: ["aswan"] },
  siwa: { spellings: ["Siwa", "Siouah", "سيوة", "واحة سيوة"], implies: ["egypt"] },
  // The crossing between Egypt and Gaza, and the town on both sides of it.
  rafah: { spellings: ["Rafah", "رفح"] },
  // (Its Authority, "هيئة القناة", names it without "Suez".)
  "suez-canal": { spellings: ["canal de Suez", "Suez Canal", "قناه السويس", "هيئة القناة", "هيئة قناة السويس"], implies: ["suez", "egypt"] },
  suez: { spellings: ["Suez", "السويس"], implies: ["egypt"] },
  // Ain Sokhna, the Suez Canal zone's port and industrial area ("بالسخنة" with the preposition).
  sokhna: { spellings: ["Ain Sokhna", "Aïn Sokhna", "Sokhna", "العين السخنة", "العين السخنه", "السخنة", "السخنه"], implies: ["egypt"] },
  "port-said": { spellings: ["Port-Saïd", "Port Saïd", "Port Said", "Puerto Said", "بورسعيد", "بور سعيد"], implies: ["egypt"] },
  cop27: { spellings: ["COP27", "COP 27", "كوب 27", "كوب27"], implies: ["sharm-el-sheikh"] },
  "sharm-el-sheikh": { spellings: ["Charm el-Cheikh", "Sharm el-Sheikh", "Sharm El Sheikh", "Sharm el Sheij", "شرم الشيخ"], implies: ["egypt", "red-sea"] },
  hurghada: { spellings: ["Hurghada", "الغردقه"], implies: ["egypt", "red-sea"] },
  // The sea (of Egypt's resorts, and of the shipping the Suez Canal lost): no country's alone.
  "red-sea": { spellings: ["mer Rouge", "mar Rojo", "Red Sea", "البحر الأحمر"] },
  "ras-el-hekma": { spellings: ["Ras El Hekma", "Ras El-Hekma", "Ras el-Hikma", "رأس الحكمه"], implies: ["egypt"] },
  "new-capital": {
    spellings: [
      "nouvelle capitale administrative",
      "Nueva Capital Administrativa",
      "New Administrative Capital",
      "العاصمه الاداريه الجديده",
      "العاصمه الإداريه الجديده",
      "العاصمه الإداريه",
      "capitale administrative",
      "New Capital",
    ],
    implies: ["egypt"],
  },
  mansoura: { spellings: ["Mansourah", "Mansoura", "المنصوره"], implies: ["egypt"] },
  ismailia: { spellings: ["Ismaïlia", "Ismailia", "الإسماعيليه"], implies: ["egypt"] },
  sisi: { spellings: ["Sissi", "Al-Sissi", "Al-Sisi", "Sisi", "السيسي"], implies: ["egypt"] },
  madbouly: { spellings: ["Madbouly", "Madbuli", "مدبولي"], implies: ["egypt"] },
  "al-ahly": { spellings: ["Al Ahly", "Al-Ahly", "الأهلي"], implies: ["cairo"] },
  egyptair: { spellings: ["EgyptAir", "Egyptair", "مصر للطيران"], implies: ["egypt"] },
  // Airlines that fly to the region: one's new routes are not another's.
  ryanair: { spellings: ["Ryanair", "رايان إير", "ريان إير", "رايان اير"] },
  easyjet: { spellings: ["easyJet", "إيزي جيت"] },
  transavia: { spellings: ["Transavia", "ترانسافيا"] },
  vueling: { spellings: ["Vueling", "فويلينغ"] },
  "air-arabia": { spellings: ["Air Arabia", "Air Arabia Maroc", "العربيه للطيران"] },
  binter: { spellings: ["Binter", "Binter Canarias"] },
  iberia: { spellings: ["Iberia", "إيبيريا"] },
  "air-france": { spellings: ["Air France", "إير فرانس", "الخطوط الجويه الفرنسيه"], implies: ["france"] },
  "turkish-airlines": { spellings: ["Turkish Airlines", "الخطوط الجويه التركيه"], implies: ["turkey"] },
  "qatar-airways": { spellings: ["Qatar Airways", "الخطوط الجويه القطريه"], implies: ["qatar"] },
  saudia: { spellings: ["Saudia", "الخطوط السعوديه", "الخطوط الجويه السعوديه"], implies: ["saudi"] },
  lufthansa: { spellings: ["Lufthansa", "لوفتهانزا"] },
  "central-bank-egypt": {
    spellings: [
      "Banque centrale d'Égypte",
      "Banque centrale égyptienne",
      "Banco Central de Egipto",
      "Banco Central egipcio",
      "Central Bank of Egypt",
      "Egypt's central bank",
      // (As the press writes it short: "Cairo's central bank"; "المركزي المصري", the Egyptian central.)
      "Cairo's central bank",
      "central bank in Cairo",
      "CBE",
      "البنك المركزي المصري",
      "المركزي المصري",
    ],
    implies: ["egypt"],
  },
  zamalek: { spellings: ["Zamalek", "الزمالك"], implies: ["cairo"] },
  salah: { spellings: ["Mohamed Salah", "Salah", "محمد صلاح"] },
  // Tunisia and Libya.
  sfax: { spellings: ["Sfax", "صفاقس"], implies: ["tunisia"] },
  // Sfax's towns where migrants camp in the olive groves (El Amra, Jebeniana).
  "el-amra": { spellings: ["El Amra", "El-Amra", "العامرة"], implies: ["sfax"] },
  jebeniana: { spellings: ["Jebeniana", "Jebiniana", "جبنيانة"], implies: ["sfax"] },
  sousse: { spellings: ["Sousse", "Susa", "سوسه"], implies: ["tunisia"] },
  rades: { spellings: ["Radès", "رادس"], implies: ["tunisia"] },
  "souss-massa": { spellings: ["Souss-Massa", "Souss Massa", "Sus-Masa", "سوس ماسه", "جهة سوس", "Souss"], implies: ["morocco"] },
  // Morocco's eastern region ("l'Oriental", "جهة الشرق"; not the Middle East, "الشرق الأوسط").
  oriental: { spellings: ["l'Oriental", "région de l'Oriental", "región Oriental", "جهة الشرق", "الجهة الشرقية"], implies: ["morocco"] },
  djerba: { spellings: ["Djerba", "Yerba", "جربه"], implies: ["tunisia"] },
  "la-goulette": { spellings: ["La Goulette", "Halq al-Wadi", "La Goleta", "حلق الوادي"], implies: ["tunisia"] },
  carthage: { spellings: ["Carthage", "Cartago", "قرطاج"], implies: ["tunisia"] },
  // Carthage's film festival by its initials, and its prize (named in full, it is Carthage and a film: "primé à Carthage"
  // and "أيام قرطاج السينمائية" share the place).
  jcc: { spellings: ["JCC", "Tanit d'or", "Golden Tanit", "Tanit de oro", "التانيت الذهبي"], implies: ["carthage"] },
  // Djerba's synagogue and its yearly pilgrimage.
  ghriba: { spellings: ["Ghriba", "La Ghriba", "El Ghriba", "الغريبة"], implies: ["djerba"] },
  saied: { spellings: ["Kaïs Saïed", "Kais Saied", "Saïed", "Saied", "قيس سعيد"], implies: ["tunisia"] },
  mechichi: { spellings: ["Mechichi", "Hichem Mechichi", "المشيشي"], implies: ["tunisia"] },
  tunisair: { spellings: ["Tunisair", "الخطوط التونسيه"], implies: ["tunisia"] },
  // The Compagnie tunisienne de navigation (Cotunav): the ferries to Marseille and Genoa.
  ctn: { spellings: ["CTN", "Cotunav", "Compagnie tunisienne de navigation", "الشركه التونسيه للملاحه"], implies: ["tunisia"], concepts: ["ferry"] },
  // The ferry lines of the Strait and the western Mediterranean: a line's news is its ferries' ("Baleària suspende sus
  // rutas": ferries halted). (Not "GNV", in French natural gas for vehicles; nor "Armas" alone.)
  balearia: { spellings: ["Baleària", "Balearia"], concepts: ["ferry"] },
  trasmediterranea: { spellings: ["Trasmediterránea", "Trasmediterranea", "Armas Trasmediterránea", "Naviera Armas"], concepts: ["ferry"] },
  frs: { spellings: ["FRS Iberia"], concepts: ["ferry"] },
  aml: { spellings: ["Africa Morocco Link"], concepts: ["ferry"] },
  gnv: { spellings: ["Grandi Navi Veloci"], concepts: ["ferry"] },
  "corsica-linea": { spellings: ["Corsica Linea"], concepts: ["ferry"] },
  "algerie-ferries": { spellings: ["Algérie Ferries", "Algerie Ferries", "ENTMV"], implies: ["algeria"], concepts: ["ferry"] },
  cnas: { spellings: ["CNAS", "الصندوق الوطني للتأمينات الاجتماعية"], implies: ["algeria"] },
  chifa: { spellings: ["Chifa", "carte Chifa", "بطاقة الشفاء"], implies: ["cnas", "algeria"] },
  narsa: { spellings: ["NARSA", "Narsa", "نارسا", "الوكالة الوطنية للسلامة الطرقية"], implies: ["morocco"] },
  arp: { spellings: ["ARP", "Assemblée des représentants du peuple", "مجلس نواب الشعب"], implies: ["tunisia"] },
  transtu: { spellings: ["Transtu", "TRANSTU", "Société des transports de Tunis", "شركة نقل تونس"], implies: ["tunisia"] },
  safaga: { spellings: ["Safaga", "Safâga", "سفاجا"], implies: ["egypt"] },
  duba: { spellings: ["Duba", "Dhuba", "ضبا"], implies: ["saudi"] },
  ugtt: {
    spellings: ["UGTT", "Union générale tunisienne du travail", "الاتحاد العام التونسي للشغل", "اتحاد الشغل", "الاتحاد العام للشغل"],
    implies: ["tunisia"],
  },
  derna: { spellings: ["Derna", "درنه"], implies: ["libya"] },
  misrata: { spellings: ["Misrata", "Misurata", "مصراته"], implies: ["libya"] },
  gabes: { spellings: ["Gabès", "Gabes", "قابس"], implies: ["tunisia"] },
  bizerte: { spellings: ["Bizerte", "Bizerta", "بنزرت"], implies: ["tunisia"] },
  kairouan: { spellings: ["Kairouan", "Kairuán", "Cairuán", "القيروان"], implies: ["tunisia"] },
  // Libya's capital and Lebanon's second city: it implies neither country.
  tripoli: { spellings: ["Tripoli", "Trípoli", "طرابلس", "capitale libyenne", "la capital libia", "Libyan capital", "العاصمه الليبيه"] },
  benghazi: { spellings: ["Benghazi", "Bengasi", "بنغازي"], implies: ["libya"] },
  nouakchott: {
    spellings: ["Nouakchott", "Nuakchot", "نواكشوط", "capitale mauritanienne", "la capital mauritana", "Mauritanian capital", "العاصمه الموريتانيه"],
    implies: ["mauritania"],
  },
  // Spain and Europe.
  madrid: {
    spellings: ["Madrid", "مدريد", "capitale espagnole", "la capital española", "Spanish capital", "Spain's capital", "العاصمه الإسبانيه"],
    implies: ["spain"],
  },
  barcelona: { spellings: ["Barcelone", "Barcelona", "برشلونه", "Barça"], implies: ["spain"] },
  // With their border crossings (El Tarajal, Beni Enzar): the news of a crossing is the city's.
  ceuta: { spellings: ["Ceuta", "Sebta", "سبته", "Tarajal", "El Tarajal", "تاراخال", "ceutí", "ceutíes"] },
  melilla: { spellings: ["Melilla", "Mellilia", "مليليه", "Beni Enzar", "Beni Ensar", "Beni Ansar", "بني أنصار", "بني انصار", "melillense*"] },
  malaga: { spellings: ["Malaga", "Málaga", "مالقه"], implies: ["spain"] },
  seville: { spellings: ["Séville", "Sevilla", "Seville", "إشبيليه"], implies: ["spain"] },
  // (On the Strait: its ferries are the Strait's.)
  algeciras: { spellings: ["Algésiras", "Algeciras", "الجزيره الخضراء"], implies: ["spain", "strait-of-gibraltar"] },
  // ("Tarifa plana para los autónomos": a flat rate, the Spanish word, as a text's first word.)
  tarifa: { spellings: ["Tarifa", "طريفة", "طريفه"], implies: ["spain", "strait-of-gibraltar"], commonWords: ["tarifa"] },
  "el-hierro": { spellings: ["El Hierro", "La Restinga", "إل هييرو"], implies: ["canaries"] },
  canaries: {
    spellings: ["Canaries", "Canarias", "Canary Islands", "canario", "canarios", "canaria", "canarien", "canariens", "جزر الكناري", "الكناري"],
    implies: ["spain"],
  },
  "gran-canaria": { spellings: ["Gran Canaria", "Grande Canarie", "غران كناريا"], implies: ["canaries"] },
  lanzarote: { spellings: ["Lanzarote", "لانزاروت", "لانثاروتي"], implies: ["canaries"] },
  fuerteventura: { spellings: ["Fuerteventura", "فويرتيفنتورا"], implies: ["canaries"] },
  tenerife: { spellings: ["Tenerife", "Ténérife", "تينيريفي"], implies: ["canaries"] },
  andalusia: {
    spellings: [
      "Andalousie",
      "Andalucía",
      "Andalusia",
      "الأندلس",
      "andalou",
      "andalouse*",
      "andalous",
      "andaluz",
      "andaluza*",
      "andaluces",
      "Andalusian*",
      "أندلسي",
    ],
    implies: ["spain"],
  },
  barbate: { spellings: ["Barbate", "بارباطي", "barbateño", "barbateños", "barbateña", "barbateñas"], implies: ["andalusia"] },
  sanchez: { spellings: ["Pedro Sánchez", "Sánchez", "سانشيز"], implies: ["spain"] },
  paris: { spellings: ["Paris", "París", "باريس"], implies: ["france"] },
  marseille: { spellings: ["Marseille", "Marsella", "مرسيليا", "مارسيليا"], implies: ["france"] },
  macron: { spellings: ["Macron", "ماكرون"], implies: ["france"] },
  brussels: { spellings: ["Bruxelles", "Bruselas", "Brussels", "بروكسل"] },
  "real-madrid": { spellings: ["Real Madrid", "ريال مدريد"] },
  betis: { spellings: ["Betis", "Real Betis", "Betis Séville", "ريال بيتيس", "بيتيس"], implies: ["seville"] },
  ajax: { spellings: ["Ajax", "Ajax Amsterdam", "أياكس", "أياكس أمستردام"] },
  // International bodies and competitions.
  un: { spellings: ["ONU", "UN", "Nations unies", "Naciones Unidas", "United Nations", "الأمم المتحده", "أممي", "onusien*"] },
  // The UN's Secretary-General, by his office too.
  guterres: {
    spellings: ["Guterres", "غوتيريش", "secrétaire général de l'ONU", "secretario general de la ONU", "UN Secretary-General", "الأمين العام للأمم المتحدة"],
  },
  // "صندوق النقد" alone is the IMF in the Arabic press; the Arab Monetary Fund is named in full.
  imf: {
    spellings: [
      "FMI",
      "IMF",
      "Fonds monétaire international",
      "Fondo Monetario Internacional",
      "International Monetary Fund",
      "صندوق النقد الدولي",
      "صندوق النقد",
    ],
  },
  // The river, whose share of water Egypt and Sudan count (not French "Nil": English scores are "two-nil").
  nile: { spellings: ["Nilo", "Nile", "النيل", "نهر النيل"] },
  "arab-monetary-fund": { spellings: ["Fonds monétaire arabe", "Fondo Monetario Árabe", "Arab Monetary Fund", "صندوق النقد العربي"] },
  // The Casablanca exchange's index.
  masi: { spellings: ["MASI", "مازي", "Moroccan All Shares Index"], implies: ["casablanca"] },
  "world-bank": { spellings: ["Banque mondiale", "Banco Mundial", "World Bank", "البنك الدولي"] },
  interpol: { spellings: ["Interpol", "الأنتربول", "الانتربول", "الإنتربول", "أنتربول", "انتربول"] },
  "african-union": { spellings: ["Union africaine", "Unión Africana", "African Union", "الاتحاد الإفريقي", "الاتحاد الأفريقي"] },
  opec: { spellings: ["OPEP", "OPEC", "أوبك"] },
  fifa: { spellings: ["FIFA", "الفيفا", "فيفا"] },
  caf: { spellings: ["CAF", "الكاف"] },
  afcon: {
    spellings: [
      "CAN",
      "CAN 2025",
      "CAN 2024",
      "Coupe d'Afrique",
      "Coupe d'Afrique des nations",
      "Copa África",
      "Copa de África",
      "AFCON",
      "Africa Cup of Nations",
      "كأس أمم إفريقيا",
      "كأس أمم أفريقيا",
    ],
  },
  // The yearly joint exercise in Morocco and the Sahel (its name, not a lion of Africa).
  "african-lion": { spellings: ["African Lion", "León Africano", "الأسد الإفريقي", "الأسد الأفريقي"], implies: ["morocco"] },
  "world-cup": {
    spellings: [
      "Coupe du monde",
      "Mondial",
      "Mundial",
      "Mondial 2022",
      "Mundial 2022",
      "Mondial 2030",
      "Mundial 2030",
      "Mondial 2026",
      "Mundial 2026",
      "Copa del Mundo",
      "World Cup",
      // A sport's world championship is its world cup ("Mundial de balonmano", "بطولة العالم لكرة اليد").
      ...["Championnat du monde", "Championnats du monde", "Mondiaux", "World Championship", "World Championships"],
      ...["Campeonato del Mundo", "Campeonato Mundial", "بطولة العالم", "مونديال"],
      "كأس العالم",
      "المونديال",
    ],
  },
  // Added on 30 November 2026 (evening): more of the region's places, bodies and people in the news.
  tata: { spellings: ["Tata", "طاطا"], implies: ["morocco"] },
  khenifra: { spellings: ["Khénifra", "Khenifra", "خنيفرة"], implies: ["morocco"] },
  midelt: { spellings: ["Midelt", "ميدلت"], implies: ["morocco"] },
  azilal: { spellings: ["Azilal", "أزيلال"], implies: ["morocco"] },
  zagora: { spellings: ["Zagora", "زاكورة"], implies: ["morocco"] },
  figuig: { spellings: ["Figuig", "فكيك", "فجيج"], implies: ["morocco"] },
  chichaoua: { spellings: ["Chichaoua", "شيشاوة"], implies: ["morocco"] },
  taounate: { spellings: ["Taounate", "تاونات"], implies: ["morocco"] },
  rif: { spellings: ["Rif", "منطقة الريف"], implies: ["morocco"] },
  blida: { spellings: ["Blida", "البليدة", "ville des Roses", "مدينه الورود"], implies: ["algeria"] },
  djelfa: { spellings: ["Djelfa", "الجلفة"], implies: ["algeria"] },
  skikda: { spellings: ["Skikda", "سكيكدة"], implies: ["algeria"] },
  jijel: { spellings: ["Jijel", "جيجل"], implies: ["algeria"] },
  mostaganem: { spellings: ["Mostaganem", "مستغانم"], implies: ["algeria"] },
  "bordj-bou-arreridj": { spellings: ["Bordj Bou Arreridj", "برج بوعريريج"], implies: ["algeria"] },
  kabylie: { spellings: ["Kabylie", "Cabilia", "Kabylia", "منطقة القبائل"], implies: ["algeria"] },
  // The Nile valley south of Cairo, as the press names it for its provinces (not "الصعيد" alone: "على الصعيد الدولي", at
  // the international level).
  "upper-egypt": { spellings: ["Upper Egypt", "Haute-Égypte", "Alto Egipto", "صعيد مصر"], implies: ["egypt"] },
  minya: { spellings: ["Minya", "Minia", "المنيا"], implies: ["egypt", "upper-egypt"] },
  asyut: { spellings: ["Assiout", "Asyut", "Assiut", "Asiut", "أسيوط"], implies: ["egypt", "upper-egypt"] },
  sohag: { spellings: ["Sohag", "سوهاج"], implies: ["egypt", "upper-egypt"] },
  damietta: { spellings: ["Damiette", "Damietta", "Damieta", "دمياط"], implies: ["egypt"] },
  sinai: { spellings: ["Sinaï", "Sinaí", "Sinai", "سيناء"], implies: ["egypt"] },
  "el-alamein": { spellings: ["El Alamein", "Al-Alamein", "Alamein", "العلمين"], implies: ["egypt"] },
  tanta: { spellings: ["Tanta", "طنطا"], implies: ["egypt"], commonWords: ["tanta"] },
  monastir: { spellings: ["Monastir", "المنستير"], implies: ["tunisia"] },
  nabeul: { spellings: ["Nabeul", "نابل"], implies: ["tunisia"] },
  gafsa: { spellings: ["Gafsa", "قفصة"], implies: ["tunisia"] },
  // The phosphate basin's towns and mines.
  mdhilla: { spellings: ["Mdhilla", "M'dhilla", "Mdhila", "المظيلة"], implies: ["gafsa"] },
  metlaoui: { spellings: ["Metlaoui", "المتلوي"], implies: ["gafsa"] },
  redeyef: { spellings: ["Redeyef", "الرديف"], implies: ["gafsa"] },
  "om-larayes": { spellings: ["Om Larayes", "Oum Larayes", "أم العرائس", "أم العرايس"], implies: ["gafsa"] },
  kasserine: { spellings: ["Kasserine", "القصرين"], implies: ["tunisia"] },
  "sidi-bouzid": { spellings: ["Sidi Bouzid", "سيدي بوزيد"], implies: ["tunisia"] },
  medenine: { spellings: ["Médenine", "Medenine", "مدنين"], implies: ["tunisia"] },
  tataouine: { spellings: ["Tataouine", "تطاوين"], implies: ["tunisia"] },
  zarzis: { spellings: ["Zarzis", "جرجيس"], implies: ["tunisia"] },
  "ben-guerdane": { spellings: ["Ben Guerdane", "Ben Gardane", "بن قردان"], implies: ["tunisia"] },
  sirte: { spellings: ["Syrte", "Sirte", "سرت"], implies: ["libya"] },
  tobruk: { spellings: ["Tobrouk", "Tobruk", "طبرق"], implies: ["libya"] },
  sabha: { spellings: ["Sebha", "Sabha", "سبها"], implies: ["libya"] },
  nouadhibou: { spellings: ["Nouadhibou", "Nuadibú", "نواذيبو"], implies: ["mauritania"] },
  valencia: { spellings: ["Valence", "Valencia", "فالنسيا"], implies: ["spain"] },
  almeria: { spellings: ["Almería", "Almeria", "ألميريا", "almeriense*"], implies: ["spain"] },
  cordoba: { spellings: ["Cordoue", "Córdoba", "Cordoba", "قرطبة"], implies: ["andalusia"] },
  guadalquivir: { spellings: ["Guadalquivir", "الوادي الكبير"], implies: ["andalusia"] },
  huelva: { spellings: ["Huelva", "هويلفا"], implies: ["spain"] },
  cadiz: { spellings: ["Cadix", "Cádiz", "Cadiz", "قادس"], implies: ["spain"] },
  motril: { spellings: ["Motril", "موتريل"], implies: ["spain"] },
  chlef: { spellings: ["Chlef", "الشلف"], implies: ["algeria"] },
  medea: { spellings: ["Médéa", "Medea", "المدية"], implies: ["algeria"] },
  tipaza: { spellings: ["Tipaza", "Tipasa", "تيبازة"], implies: ["algeria"] },
  erfoud: { spellings: ["Erfoud", "Arfoud", "أرفود"], implies: ["morocco"] },
  cherchell: { spellings: ["Cherchell", "Cherchel", "شرشال"], implies: ["tipaza"] },
  boumerdes: { spellings: ["Boumerdès", "Boumerdes", "بومرداس"], implies: ["algeria"] },
  bouira: { spellings: ["Bouira", "البويرة"], implies: ["algeria"] },
  tiaret: { spellings: ["Tiaret", "تيارت"], implies: ["algeria"] },
  "sidi-bel-abbes": { spellings: ["Sidi Bel Abbès", "Sidi Bel Abbes", "سيدي بلعباس"], implies: ["algeria"] },
  ouargla: { spellings: ["Ouargla", "ورقلة"], implies: ["algeria"] },
  "el-oued": { spellings: ["El Oued", "ولاية الوادي"], implies: ["algeria"] },
  adrar: { spellings: ["Adrar", "أدرار"], implies: ["algeria"] },
  bechar: { spellings: ["Béchar", "Bechar", "بشار"], implies: ["algeria"] },
  laghouat: { spellings: ["Laghouat", "الأغواط"], implies: ["algeria"] },
  msila: { spellings: ["M'Sila", "Msila", "المسيلة"], implies: ["algeria"] },
  khenchela: { spellings: ["Khenchela", "خنشلة"], implies: ["algeria"] },
  "souk-ahras": { spellings: ["Souk Ahras", "سوق أهراس"], implies: ["algeria"] },
  tebessa: { spellings: ["Tébessa", "Tebessa", "تبسة"], implies: ["algeria"] },
  // Tébessa's crossing into Tunisia.
  bouchebka: { spellings: ["Bouchebka", "Bou Chebka", "بوشبكة"], implies: ["tebessa"] },
  guelma: { spellings: ["Guelma", "قالمة"], implies: ["algeria"] },
  ouezzane: { spellings: ["Ouezzane", "وزان"], implies: ["morocco"] },
  "sidi-kacem": { spellings: ["Sidi Kacem", "سيدي قاسم"], implies: ["morocco"] },
  khemisset: { spellings: ["Khémisset", "Khemisset", "الخميسات"], implies: ["morocco"] },
  berrechid: { spellings: ["Berrechid", "برشيد"], implies: ["morocco"] },
  inezgane: { spellings: ["Inezgane", "إنزكان"], implies: ["morocco"] },
  boujdour: { spellings: ["Boujdour", "بوجدور"], implies: ["morocco"] },
  smara: { spellings: ["Smara", "Es-Semara", "السمارة"], implies: ["morocco"] },
  "tan-tan": { spellings: ["Tan-Tan", "Tantan", "طانطان"], implies: ["morocco"] },
  "sidi-ifni": { spellings: ["Sidi Ifni", "سيدي إفني"], implies: ["morocco"] },
  fnideq: { spellings: ["Fnideq", "Castillejos", "الفنيدق"], implies: ["morocco"] },
  // Added on 3 December 2026: towns of the north as the Spanish press spells them too.
  asilah: { spellings: ["Asilah", "Assilah", "Arcila", "أصيلة"], implies: ["morocco"] },
  "oued-laou": { spellings: ["Oued Laou", "Uad Lau", "واد لاو", "وادي لاو"], implies: ["morocco"] },
  martil: { spellings: ["Martil", "مرتيل", "Río Martín"], implies: ["morocco"] },
  beja: { spellings: ["Béja", "Beja", "باجة"], implies: ["tunisia"] },
  jendouba: { spellings: ["Jendouba", "جندوبة"], implies: ["tunisia"] },
  mahdia: { spellings: ["Mahdia", "المهدية"], implies: ["tunisia"] },
  tozeur: { spellings: ["Tozeur", "توزر"], implies: ["tunisia"] },
  ariana: { spellings: ["Ariana", "أريانة"], implies: ["tunisia"] },
  "ben-arous": { spellings: ["Ben Arous", "بن عروس"], implies: ["tunisia"] },
  zaghouan: { spellings: ["Zaghouan", "زغوان"], implies: ["tunisia"] },
  fayoum: { spellings: ["Fayoum", "Faiyum", "الفيوم"], implies: ["egypt"] },
  "beni-suef": { spellings: ["Beni Suef", "Beni Souef", "بني سويف"], implies: ["egypt", "upper-egypt"] },
  "marsa-matrouh": { spellings: ["Marsa Matrouh", "Marsa Matruh", "مرسى مطروح"], implies: ["egypt"] },
  "kafr-el-sheikh": { spellings: ["Kafr el-Sheikh", "Kafr El Sheikh", "Kafr el-Cheikh", "كفر الشيخ"], implies: ["egypt"] },
  zagazig: { spellings: ["Zagazig", "الزقازيق"], implies: ["egypt"] },
  zawiya: { spellings: ["Zawiya", "Zaouia", "Zawia", "مدينة الزاوية"], implies: ["libya"] },
  ajdabiya: { spellings: ["Ajdabiya", "Ajdabia", "أجدابيا"], implies: ["libya"] },
  kufra: { spellings: ["Koufra", "Kufra", "الكفرة"], implies: ["libya"] },
  // (Not "زوارة" alone: folded it is "زواره", "its visitors".)
  zuwara: { spellings: ["Zouara", "Zuwara", "مدينه زواره", "زواره الليبيه", "بلديه زواره"], implies: ["libya"] },
  ghadames: { spellings: ["Ghadamès", "Ghadames", "Ghadamis", "غدامس"], implies: ["libya"] },
  nalut: { spellings: ["Nalut", "Nalout", "نالوت"], implies: ["libya"] },
  "ras-jedir": { spellings: ["Ras Jedir", "Ras Jdir", "Ras Ajdir", "رأس جدير", "راس جدير", "رأس اجدير"] },
  dehiba: { spellings: ["Dehiba", "Dhehiba", "الذهيبة"], implies: ["tunisia"] },
  gharyan: { spellings: ["Gharyan", "غريان"], implies: ["libya"] },
  lampedusa: { spellings: ["Lampedusa", "لامبيدوزا"], implies: ["italy"] },
  gibraltar: { spellings: ["Gibraltar", "جبل طارق"] },
  // Cities abroad the region's news names (an airline's routes, a minister's visits): each says its country.
  doha: { spellings: ["Doha", "الدوحة"], implies: ["qatar"] },
  lagos: { spellings: ["Lagos", "لاغوس"], implies: ["nigeria"] },
  dakar: { spellings: ["Dakar", "داكار"], implies: ["senegal"] },
  abidjan: { spellings: ["Abidjan", "Abiyán", "أبيدجان"], implies: ["ivory-coast"] },
  bamako: { spellings: ["Bamako", "باماكو"], implies: ["mali"] },
  niamey: { spellings: ["Niamey", "نيامي"], implies: ["niger"] },
  london: { spellings: ["Londres", "London", "لندن"], implies: ["uk"] },
  montreal: { spellings: ["Montréal", "Montreal", "مونتريال"], implies: ["canada"] },
  "new-york": { spellings: ["New York", "Nueva York", "نيويورك"], implies: ["usa"] },
  "los-angeles": { spellings: ["Los Angeles", "لوس أنجلوس", "لوس أنجليس"], implies: ["usa"] },
  washington: { spellings: ["Washington", "واشنطن"], implies: ["usa"] },
  beijing: { spellings: ["Pékin", "Pekín", "Beijing", "بكين"], implies: ["china"] },
  dubai: { spellings: ["Dubaï", "Dubai", "Dubái", "دبي"], implies: ["uae"] },
  "abu-dhabi": { spellings: ["Abou Dhabi", "Abu Dhabi", "Abu Dabi", "أبوظبي", "أبو ظبي"], implies: ["uae"] },
  istanbul: { spellings: ["Istanbul", "Estambul", "إسطنبول", "اسطنبول"], implies: ["turkey"] },
  riyadh: { spellings: ["Riyad", "Riad", "Riyadh", "الرياض"], implies: ["saudi"] },
  // ("جدة" is also a grandmother.)
  jeddah: { spellings: ["Djeddah", "Jeddah", "Yeda", "جدة"], implies: ["saudi"] },
  // Where talks are held, and Sudan's war.
  geneva: { spellings: ["Genève", "Ginebra", "Geneva", "جنيف"], implies: ["switzerland"] },
  fasher: { spellings: ["El Fasher", "El-Fasher", "El-Facher", "El Facher", "Al-Fashir", "Al Fashir", "الفاشر"], implies: ["darfur", "sudan"] },
  darfur: { spellings: ["Darfour", "Darfur", "دارفور"], implies: ["sudan"] },
  "security-council": { spellings: ["Conseil de sécurité", "Security Council", "Consejo de Seguridad", "مجلس الأمن", "مجلس الأمن الدولي"], implies: ["un"] },
  rome: { spellings: ["Rome", "Roma", "روما"], implies: ["italy"] },
  lisbon: { spellings: ["Lisbonne", "Lisboa", "Lisbon", "لشبونة"], implies: ["portugal"] },
  berlin: { spellings: ["Berlin", "برلين"], implies: ["germany"] },
  moscow: { spellings: ["Moscou", "Moscú", "Moscow", "موسكو"], implies: ["russia"] },
  // The strait ("el Estrecho", capitalised, in Spanish news).
  "strait-of-gibraltar": {
    spellings: [
      "détroit de Gibraltar",
      "Estrecho de Gibraltar",
      "Strait of Gibraltar",
      "مضيق جبل طارق",
      "Estrecho",
      "Paso del Estrecho",
      "Operación Paso del Estrecho",
      "Opération Marhaba",
      "Operation Marhaba",
      "عملية مرحبا",
    ],
  },
  polisario: { spellings: ["Polisario", "البوليساريو"] },
  minurso: { spellings: ["MINURSO", "مينورسو"], implies: ["sahara"] },
  frontex: { spellings: ["Frontex", "فرونتكس"], implies: ["eu"] },
  frmf: {
    spellings: [
      "FRMF",
      "Fédération royale marocaine de football",
      "Real Federación Marroquí de Fútbol",
      "Royal Moroccan Football Federation",
      "الجامعة الملكية المغربية لكرة القدم",
    ],
    implies: ["morocco"],
  },
  onee: { spellings: ["ONEE", "المكتب الوطني للكهرباء والماء الصالح للشرب", "المكتب الوطني للكهرباء والماء"], implies: ["morocco"] },
  onssa: { spellings: ["ONSSA", "أونسا"], implies: ["morocco"] },
  "maroc-telecom": { spellings: ["Maroc Telecom", "Maroc Télécom", "اتصالات المغرب"], implies: ["morocco"] },
  anrt: { spellings: ["ANRT", "الوكالة الوطنية لتقنين المواصلات"], implies: ["morocco"] },
  oaic: { spellings: ["OAIC", "الديوان الجزائري المهني للحبوب"], implies: ["algeria"] },
  naftal: { spellings: ["Naftal", "نفطال"], implies: ["algeria"] },
  djezzy: { spellings: ["Djezzy", "جيزي"], implies: ["algeria"] },
  eni: { spellings: ["ENI", "Eni", "إيني"], implies: ["italy"] },
  // (In Arabic, its field: "الشرارة" alone is a spark, "الشرارة الأولى للاحتجاجات".)
  sharara: { spellings: ["Sharara", "El Sharara", "El-Sharara", "حقل الشراره"], implies: ["libya"] },
  "in-guezzam": { spellings: ["In Guezzam", "Ain Guezzam", "In-Guezzam", "عين قزام", "عين ڨزام"], implies: ["algeria"] },
  arlit: { spellings: ["Arlit", "أرليت", "ارليت"], implies: ["niger"] },
  // Mauritania's camp of Malian refugees, in the Hodh Ech Chargui.
  mbera: { spellings: ["Mbera", "M'bera", "Mberra", "امبره", "مبره"], implies: ["hodh-ech-chargui"] },
  "hodh-ech-chargui": { spellings: ["Hodh Ech Chargui", "Hodh el Chargui", "Hodh Chargui", "الحوض الشرقي"], implies: ["mauritania"] },
  // (Not "PAM" alone: in the region's French press, Morocco's party; the programme is named whole.)
  wfp: { spellings: ["WFP", "Programme alimentaire mondial", "Programa Mundial de Alimentos", "World Food Programme", "برنامج الأغذيه العالمي"] },
  // The region's political parties, by their initials, their names and their Arabic names (not a word of a name alone
  // that is a common word: "الاستقلال", independence; "النهضة", the Nile dam's and Berkane's; "الأحرار", the free).
  pam: {
    spellings: [
      "PAM",
      "Parti authenticité et modernité",
      "Authenticité et modernité",
      "Partido Autenticidad y Modernidad",
      "Authenticity and Modernity Party",
      "الأصاله والمعاصره",
      "البام",
    ],
    implies: ["morocco"],
  },
  rni: {
    spellings: [
      "RNI",
      "Rassemblement national des indépendants",
      "Agrupación Nacional de Independientes",
      "National Rally of Independents",
      "التجمع الوطني للأحرار",
      "حزب الأحرار",
    ],
    implies: ["morocco"],
  },
  pjd: {
    spellings: ["PJD", "Parti de la justice et du développement", "Partido de la Justicia y el Desarrollo", "العداله والتنميه", "حزب العداله والتنميه"],
    implies: ["morocco"],
  },
  // (Turkey's party of the same name, named as Turkey's.)
  akp: { spellings: ["AKP", "العداله والتنميه التركي", "حزب العداله والتنميه التركي"], implies: ["turkey"] },
  istiqlal: { spellings: ["Istiqlal", "Parti de l'Istiqlal", "Partido Istiqlal", "حزب الاستقلال"], implies: ["morocco"] },
  usfp: {
    spellings: ["USFP", "Union socialiste des forces populaires", "الاتحاد الاشتراكي للقوات الشعبيه", "الاتحاد الاشتراكي"],
    implies: ["morocco"],
  },
  pps: { spellings: ["PPS", "Parti du progrès et du socialisme", "التقدم والاشتراكيه"], implies: ["morocco"] },
  fln: {
    spellings: ["FLN", "Front de libération nationale", "Frente de Liberación Nacional", "National Liberation Front", "جبهه التحرير الوطني", "الأفلان"],
    implies: ["algeria"],
  },
  rnd: { spellings: ["RND", "Rassemblement national démocratique", "التجمع الوطني الديمقراطي", "الأرندي"], implies: ["algeria"] },
  msp: { spellings: ["MSP", "Mouvement de la société pour la paix", "حركه مجتمع السلم", "حمس"], implies: ["algeria"] },
  ffs: { spellings: ["FFS", "Front des forces socialistes", "جبهه القوى الاشتراكيه"], implies: ["algeria"] },
  ennahdha: { spellings: ["Ennahdha", "Ennahda", "حركه النهضه"], implies: ["tunisia"] },
  pdl: { spellings: ["PDL", "Parti destourien libre", "الحزب الدستوري الحر", "الدستوري الحر"], implies: ["tunisia"] },
  // Tripoli's airport.
  mitiga: { spellings: ["Mitiga", "Mitiqa", "معيتيقة", "امعيتيقة"], implies: ["tripoli"] },
  // The offshore gas field Mauritania and Senegal share ("GTA" alone is also a video game: only in its phrases).
  gta: {
    spellings: [
      ...["Grand Tortue Ahmeyim", "Grande Tortue Ahmeyim", "Greater Tortue Ahmeyim", "Gran Tortuga Ahmeyim", "Ahmeyim", "آحميم", "أحميم"],
      ...["السلحفاة الكبرى", "projet GTA", "projet gazier GTA", "champ GTA", "GTA project", "proyecto GTA"],
    ],
    implies: ["mauritania", "senegal"],
  },
  totalenergies: { spellings: ["TotalEnergies", "توتال إنرجيز", "توتال"] },
  repsol: { spellings: ["Repsol", "ريبسول"], implies: ["spain"] },
  // Companies of the region, and the makers of its cars, aircraft and networks.
  attijariwafa: { spellings: ["Attijariwafa bank", "Attijariwafa", "التجاري وفا بنك"], implies: ["morocco"] },
  "bank-of-africa": { spellings: ["Bank of Africa", "BMCE Bank of Africa", "BMCE", "بنك أفريقيا", "بنك إفريقيا"] },
  // More of the region's companies and public bodies in the business news. (Not a name that is also a word: "مناجم",
  // mines, only as "مجموعة مناجم"; "فوري", immediate, not at all; "مازن", a first name, only Masen's whole name; "ANP",
  // Algeria's army too, only in full.)
  lydec: { spellings: ["Lydec", "ليديك"], implies: ["casablanca"] },
  cosumar: { spellings: ["Cosumar", "كوسومار"], implies: ["morocco"] },
  "label-vie": { spellings: ["Label'Vie", "Label Vie", "لابيل في"], implies: ["morocco"] },
  lafargeholcim: { spellings: ["LafargeHolcim", "LafargeHolcim Maroc", "لافارج هولسيم"] },
  addoha: { spellings: ["Addoha", "Groupe Addoha", "مجموعة الضحى"], implies: ["morocco"] },
  akdital: { spellings: ["Akdital", "أكديتال"], implies: ["morocco"] },
  managem: { spellings: ["Managem", "مجموعة مناجم"], implies: ["morocco"] },
  onmt: { spellings: ["ONMT", "Office national marocain du tourisme", "المكتب الوطني المغربي للسياحه"], implies: ["morocco"] },
  cdg: { spellings: ["Caisse de dépôt et de gestion", "CDG", "صندوق الإيداع والتدبير"], implies: ["morocco"] },
  "anp-ports": { spellings: ["Agence nationale des ports", "الوكاله الوطنيه للموانئ"], implies: ["morocco"] },
  masen: { spellings: ["Masen", "الوكاله المغربيه للطاقه المستدامه"], implies: ["morocco"] },
  tmsa: { spellings: ["TMSA", "Tanger Med Special Agency", "الوكاله الخاصه طنجه المتوسط"], implies: ["tanger-med"] },
  cevital: { spellings: ["Cevital", "سيفيتال"], implies: ["algeria"] },
  utica: { spellings: ["UTICA", "الاتحاد التونسي للصناعه والتجاره والصناعات التقليديه", "الاتحاد التونسي للصناعه والتجاره"], implies: ["tunisia"] },
  orascom: { spellings: ["Orascom", "أوراسكوم"], implies: ["egypt"] },
  "talaat-moustafa": { spellings: ["Talaat Moustafa", "Talaat Mostafa", "طلعت مصطفى"], implies: ["egypt"] },
  "cib-egypt": { spellings: ["Commercial International Bank", "CIB", "البنك التجاري الدولي"], implies: ["egypt"] },
  "banque-misr": { spellings: ["Banque Misr", "Bank Misr", "بنك مصر"], implies: ["egypt"] },
  // (Its Arabic name holds "الأهلي", the club's: the longer name is matched first.)
  nbe: { spellings: ["National Bank of Egypt", "NBE", "Banque nationale d'Égypte", "البنك الأهلي المصري"], implies: ["egypt"] },
  elsewedy: { spellings: ["Elsewedy", "El Sewedy", "السويدي إليكتريك", "السويدي للكابلات"], implies: ["egypt"] },
  fawry: { spellings: ["Fawry"], implies: ["egypt"] },
  "cih-bank": { spellings: ["CIH Bank", "القرض العقاري والسياحي"], implies: ["morocco"] },
  "banque-populaire": { spellings: ["Banque Populaire", "Banque centrale populaire", "البنك الشعبي"], implies: ["morocco"] },
  inwi: { spellings: ["inwi", "إنوي"], implies: ["morocco"] },
  "orange-maroc": { spellings: ["Orange Maroc", "أورنج المغرب"], implies: ["morocco"] },
  "algerie-telecom": { spellings: ["Algérie Télécom", "Algérie Telecom", "Algeria Telecom", "اتصالات الجزائر"], implies: ["algeria"] },
  mobilis: { spellings: ["Mobilis", "موبيليس"], implies: ["algeria"] },
  ooredoo: { spellings: ["Ooredoo", "أوريدو"] },
  steg: { spellings: ["STEG", "الشركة التونسية للكهرباء والغاز"], implies: ["tunisia"] },
  // Tunisia's phosphate company and its chemical group.
  cpg: {
    spellings: ["CPG", "Compagnie des phosphates de Gafsa", "Compagnie des Phosphates de Gafsa", "شركة فسفاط قفصة", "شركة فوسفاط قفصة"],
    implies: ["gafsa"],
  },
  gct: { spellings: ["GCT", "Groupe chimique tunisien", "Groupe Chimique Tunisien", "المجمع الكيميائي التونسي", "المجمع الكيميائي"], implies: ["tunisia"] },
  "bank-of-algeria": { spellings: ["Banque d'Algérie", "Bank of Algeria", "Banco de Argelia", "بنك الجزائر"], implies: ["algeria"] },
  "central-bank-tunisia": {
    spellings: ["Banque centrale de Tunisie", "BCT", "Central Bank of Tunisia", "Tunisia's central bank", "Tunisian central bank", "البنك المركزي التونسي"],
    implies: ["tunisia"],
  },
  renault: { spellings: ["Renault", "رونو", "رينو"] },
  talgo: { spellings: ["Talgo", "تالغو", "تالجو"] },
  stellantis: { spellings: ["Stellantis", "ستيلانتيس"] },
  dacia: { spellings: ["Dacia", "داسيا"] },
  boeing: { spellings: ["Boeing", "بوينغ", "بوينج"] },
  airbus: { spellings: ["Airbus", "إيرباص", "ايرباص", "إيرباس"] },
  embraer: { spellings: ["Embraer", "إمبراير"] },
  huawei: { spellings: ["Huawei", "هواوي"] },
  "champions-league": {
    spellings: ["Ligue des champions", "Liga de Campeones", "Champions League", "دوري أبطال إفريقيا", "دوري أبطال أفريقيا", "دوري الأبطال", "عصبة الأبطال"],
  },
  "confederation-cup": { spellings: ["Coupe de la CAF", "Coupe de la Confédération", "Copa Confederación", "Confederation Cup", "كأس الكونفدرالية"] },
  "moulay-el-hassan": { spellings: ["Moulay El Hassan", "Moulay Hassan", "مولاي الحسن"], implies: ["morocco"] },
  // Rabat's stadium (not the prince it is named after).
  "moulay-abdellah-stadium": {
    spellings: [
      ...["stade Moulay Abdellah", "stade Prince Moulay Abdellah", "complexe Moulay Abdellah", "complexe Prince Moulay Abdellah"],
      ...["Prince Moulay Abdellah Stadium", "Moulay Abdellah Stadium", "estadio Príncipe Moulay Abdellah", "estadio Moulay Abdellah"],
      ...["ملعب الأمير مولاي عبد الله", "ملعب مولاي عبد الله", "المركب الرياضي الأمير مولاي عبد الله", "مركب الأمير مولاي عبد الله"],
    ],
    implies: ["rabat"],
  },
  benkirane: { spellings: ["Benkirane", "بنكيران"], implies: ["morocco"] },
  lekjaa: { spellings: ["Lekjaa", "لقجع"], implies: ["morocco"] },
  jouahri: { spellings: ["Jouahri", "الجواهري"], implies: ["bank-al-maghrib"] },
  // Morocco's ministers and officials of the news (whole names where a surname is also a word or another's: "وهبي"
  // alone is a given name too, "Zidane" alone the footballer).
  ouahbi: { spellings: ["Ouahbi", "Abdellatif Ouahbi", "عبد اللطيف وهبي"], implies: ["morocco"] },
  "nadia-fettah": { spellings: ["Nadia Fettah", "Nadia Fettah Alaoui", "Fettah Alaoui", "نادية فتاح", "نادية فتاح العلوي"], implies: ["morocco"] },
  bouayach: { spellings: ["Amina Bouayach", "Bouayach", "أمينة بوعياش", "بوعياش"], implies: ["morocco"] },
  tahraoui: { spellings: ["Amine Tahraoui", "Tahraoui", "أمين التهراوي", "التهراوي"], implies: ["morocco"] },
  "karim-zidane": { spellings: ["Karim Zidane", "كريم زيدان"], implies: ["morocco"] },
  hakimi: { spellings: ["Hakimi", "حكيمي"], implies: ["morocco"] },
  ziyech: { spellings: ["Ziyech", "زياش"], implies: ["morocco"] },
  bounou: { spellings: ["Bounou", "Yassine Bono", "بونو"], implies: ["morocco"] },
  // (His first name is no city: "Riyad Mahrez" as a whole.)
  mahrez: { spellings: ["Mahrez", "Riyad Mahrez", "Riad Mahrez", "رياض محرز"], implies: ["algeria"] },
  belmadi: { spellings: ["Belmadi", "بلماضي"], implies: ["algeria"] },
  attaf: { spellings: ["Attaf", "عطاف"], implies: ["algeria"] },
  lavrov: { spellings: ["Lavrov", "Sergueï Lavrov", "Serguéi Lavrov", "Sergei Lavrov", "لافروف"], implies: ["russia"] },
  benabderrahmane: { spellings: ["Benabderrahmane", "بن عبد الرحمان"], implies: ["algeria"] },
  bouden: { spellings: ["Najla Bouden", "Bouden", "بودن"], implies: ["tunisia"] },
  dbeibah: { spellings: ["Dbeibah", "Dbeibeh", "Dbeiba", "الدبيبة"], implies: ["libya"] },
  haftar: { spellings: ["Haftar", "Hafter", "حفتر"], implies: ["libya"] },
  // (Also after "Ould", which otherwise makes a one-word name part of another's surname.)
  ghazouani: {
    spellings: [
      "Ghazouani",
      "El Ghazouani",
      "Ould Ghazouani",
      "Ould El Ghazouani",
      "Ould Cheikh El Ghazouani",
      "الغزواني",
      "ولد الغزواني",
      "ولد الشيخ الغزواني",
    ],
    implies: ["mauritania"],
  },
  albares: { spellings: ["Albares", "ألباريس"], implies: ["spain"] },
  meloni: { spellings: ["Meloni", "ميلوني"], implies: ["italy"] },
  shoukry: { spellings: ["Shoukry", "Choukri", "سامح شكري"], implies: ["egypt"] },
  // People in the news, 2020–2025: ministers, heads of bodies and parties, players (an Arabic surname that is also a
  // common word is given with the first name only: "نزار بركة", not "بركة", a blessing).
  benmoussa: { spellings: ["Benmoussa", "Chakib Benmoussa", "بنموسى"], implies: ["morocco"] },
  benali: { spellings: ["Leila Benali", "ليلى بنعلي"], implies: ["morocco"] },
  sadiki: { spellings: ["Sadiki", "Mohamed Sadiki", "الصديقي"], implies: ["morocco"] },
  sekkouri: { spellings: ["Sekkouri", "Younes Sekkouri", "السكوري"], implies: ["morocco"] },
  mezzour: { spellings: ["Mezzour", "Ryad Mezzour", "رياض مزور"], implies: ["morocco"] },
  ammor: { spellings: ["Fatim-Zahra Ammor", "Ammor", "فاطمة الزهراء عمور"], implies: ["morocco"] },
  baraka: { spellings: ["Nizar Baraka", "نزار بركة"], implies: ["morocco"] },
  bensaid: { spellings: ["Mehdi Bensaid", "Bensaid", "بنسعيد"], implies: ["morocco"] },
  miraoui: { spellings: ["Miraoui", "الميراوي"], implies: ["morocco"] },
  baitas: { spellings: ["Baitas", "Mustapha Baitas", "بايتاس"], implies: ["morocco"] },
  lachgar: { spellings: ["Lachgar", "Driss Lachgar", "لشكر"], implies: ["morocco"] },
  "talbi-alami": { spellings: ["Talbi Alami", "Talbi El Alami", "الطالبي العلمي"], implies: ["morocco"] },
  mayara: { spellings: ["Enaam Mayara", "Mayara", "ميارة"], implies: ["morocco"] },
  chanegriha: { spellings: ["Chanegriha", "Chengriha", "شنقريحة"], implies: ["algeria"] },
  larbaoui: { spellings: ["Larbaoui", "Nadir Larbaoui", "العرباوي"], implies: ["algeria"] },
  arkab: { spellings: ["Arkab", "Mohamed Arkab", "عرقاب"], implies: ["algeria"] },
  lamamra: { spellings: ["Lamamra", "Ramtane Lamamra", "لعمامرة"], implies: ["algeria"] },
  petkovic: { spellings: ["Petkovic", "Petković", "بيتكوفيتش"], implies: ["algeria"] },
  hachani: { spellings: ["Hachani", "Ahmed Hachani", "الحشاني"], implies: ["tunisia"] },
  madouri: { spellings: ["Madouri", "Kamel Madouri", "المدوري"], implies: ["tunisia"] },
  ghannouchi: { spellings: ["Ghannouchi", "الغنوشي"], implies: ["tunisia"] },
  moussi: { spellings: ["Abir Moussi", "عبير موسي"], implies: ["tunisia"] },
  taboubi: { spellings: ["Taboubi", "Noureddine Taboubi", "الطبوبي"], implies: ["ugtt"] },
  jabeur: { spellings: ["Ons Jabeur", "Jabeur", "أنس جابر"], implies: ["tunisia"] },
  abdelatty: { spellings: ["Badr Abdelatty", "Abdelatty", "بدر عبد العاطي"], implies: ["egypt"] },
  "tarek-amer": { spellings: ["Tarek Amer", "طارق عامر"], implies: ["central-bank-egypt"] },
  "hossam-hassan": { spellings: ["Hossam Hassan", "حسام حسن"], implies: ["egypt"] },
  marmoush: { spellings: ["Marmoush", "Omar Marmoush", "مرموش"], implies: ["egypt"] },
  menfi: { spellings: ["Menfi", "Mohamed al-Menfi", "محمد المنفي"], implies: ["libya"] },
  "aguila-saleh": { spellings: ["Aguila Saleh", "Aguila Salah", "عقيلة صالح"], implies: ["libya"] },
  bathily: { spellings: ["Bathily", "Abdoulaye Bathily", "باتيلي"], implies: ["libya"] },
  marlaska: { spellings: ["Marlaska", "Grande-Marlaska", "مارلاسكا"], implies: ["spain"] },
  // Spain's minister of agriculture, in Rabat about fishing and tomatoes ("planas" lower-case is "flat").
  planas: { spellings: ["Luis Planas", "Planas", "بلاناس"], implies: ["spain"] },
  "felipe-vi": { spellings: ["Felipe VI", "Philippe VI", "فيليبي السادس"], implies: ["spain"] },
  "de-mistura": { spellings: ["de Mistura", "Staffan de Mistura", "دي ميستورا"], implies: ["sahara"] },
  "en-nesyri": { spellings: ["En-Nesyri", "Youssef En-Nesyri", "النصيري"], implies: ["morocco"] },
  amrabat: { spellings: ["Amrabat", "Sofyan Amrabat", "أمرابط"], implies: ["morocco"] },
  ounahi: { spellings: ["Ounahi", "Azzedine Ounahi", "أوناحي"], implies: ["morocco"] },
  "brahim-diaz": { spellings: ["Brahim Díaz", "Brahim Diaz", "إبراهيم دياز"], implies: ["morocco"] },
  "el-bakkali": { spellings: ["El Bakkali", "Soufiane El Bakkali", "البقالي"], implies: ["morocco"] },
  slimani: { spellings: ["Islam Slimani", "إسلام سليماني"], implies: ["algeria"] },
  putin: { spellings: ["Poutine", "Putin", "بوتين"], implies: ["russia"] },
  erdogan: { spellings: ["Erdogan", "Erdoğan", "أردوغان"], implies: ["turkey"] },
};

/**
 * Companies: two texts that each name a company the other does not name tell of different deals, orders or results,
 * whatever else they share (Sonatrach's gas agreement with ENI, and with TotalEnergies the same day).
 */
export const COMPANY_NAMES: ReadonlySet<string> = new Set([
  ...["eni", "totalenergies", "repsol", "sonatrach", "naftal", "sonelgaz", "ocp", "ram", "air-algerie", "egyptair", "tunisair", "maroc-telecom", "cpg", "gct"],
  ...["inwi", "orange-maroc", "djezzy", "mobilis", "ooredoo", "algerie-telecom", "attijariwafa", "bank-of-africa", "cih-bank", "banque-populaire"],
  ...["renault", "stellantis", "dacia", "boeing", "airbus", "embraer", "huawei", "marsa-maroc", "steg", "ctn", "talgo"],
  ...["lydec", "cosumar", "label-vie", "lafargeholcim", "addoha", "akdital", "managem", "cevital", "orascom", "talaat-moustafa"],
  ...["cib-egypt", "banque-misr", "nbe", "elsewedy", "fawry", "naturgy"],
  ...["ryanair", "easyjet", "transavia", "vueling", "air-arabia", "binter", "iberia", "air-france", "turkish-airlines", "qatar-airways", "saudia"],
  "lufthansa",
  ...["balearia", "trasmediterranea", "frs", "aml", "gnv", "corsica-linea", "algerie-ferries"],
]);

/**
 * Clubs: like companies, two texts that each name a club the other does not name tell of different matches, signings
 * or sanctions (the Wydad beating the FUS 2-1, the Raja beating the Wydad 2-1 in the derby the next day).
 */
export const CLUB_NAMES: ReadonlySet<string> = new Set([
  ...["raja", "wydad", "as-far", "fus", "mas", "ocs", "rs-berkane", "hassania-agadir", "irt", "mat", "al-ahly", "zamalek", "pyramids"],
  ...["ismaily", "smouha", "ittihad-alexandria", "enppi", "ghazl-mahalla", "ceramica-cleopatra"],
  ...["mc-alger", "usm-alger", "cr-belouizdad", "jsk", "es-setif", "esperance", "etoile-sahel", "club-africain", "barcelona", "real-madrid", "betis", "ajax"],
  "stade-tunisien",
  "cs-sfaxien",
  "us-monastir",
]);

/** Makers of aircraft and cars: digits right after their name are a model ("Boeing 787"), not a figure of the event. */
export const MAKER_NAMES: ReadonlySet<string> = new Set(["boeing", "airbus", "embraer", "renault", "dacia", "stellantis"]);

/**
 * Nations: two texts that each name nations, none named or implied by the other, tell of different events
 * (the United Arab Emirates' consulate in Laayoune, and Eswatini's the next day).
 */
export const NATION_NAMES: ReadonlySet<string> = new Set([
  ...["morocco", "algeria", "egypt", "tunisia", "libya", "mauritania", "spain", "france", "portugal", "italy", "germany", "uk", "usa", "russia"],
  ...["china", "turkey", "israel", "palestine", "saudi", "qatar", "uae", "senegal", "mali", "niger", "nigeria", "sudan", "ethiopia", "iran"],
  ...["iraq", "syria", "lebanon", "jordan", "ukraine", "eswatini", "comoros", "gabon", "sao-tome", "central-african-republic", "ivory-coast"],
  ...[
    "burundi",
    "guinea",
    "guinea-bissau",
    "equatorial-guinea",
    "djibouti",
    "liberia",
    "burkina-faso",
    "gambia",
    "haiti",
    "zambia",
    "uganda",
    "chad",
    "malawi",
  ],
  ...["cameroon", "kenya", "south-africa", "ghana", "bahrain", "kuwait", "oman", "belgium", "netherlands", "canada", "brazil", "india", "japan", "greece"],
  ...["chile", "argentina", "denmark", "sweden", "norway", "croatia", "hungary", "iceland", "mexico", "south-korea", "poland", "switzerland"],
  "romania",
  ...["australia", "serbia", "slovenia", "austria", "colombia", "uruguay"],
]);

/** Countries and regions: most of the region's news is in one of them, so sharing one says little about a story or a topic. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  "morocco",
  "algeria",
  "egypt",
  "tunisia",
  "libya",
  "mauritania",
  "spain",
  "france",
  "usa",
  "eu",
  "africa",
  // The Strait: the setting of much of the region's ferry and migration news, like a region.
  "strait-of-gibraltar",
]);

/**
 * Competitions and gatherings that hold many events (a cup's matches, a summit's deals): sharing one does not spare
 * two texts the veto for different names (Wydad in the final, Al Ahly knocked out: one Champions League, two events).
 */
/**
 * People of the table (ministers, heads of state, players): with companies, the actors of the news. One actor's two
 * events in two places the same day are two events (see assemble/story-decision.ts).
 */
export const PERSON_NAMES: ReadonlySet<string> = new Set([
  ...["mohammed-v", "mohammed-vi", "moulay-el-hassan", "akhannouch", "bourita", "el-othmani", "benkirane", "benchaaboun", "amzazi", "ait-taleb"],
  ...["laftit", "lekjaa", "jouahri", "benmoussa", "benali", "sadiki", "sekkouri", "mezzour", "ammor", "baraka", "bensaid", "miraoui", "baitas"],
  ...["ouahbi", "nadia-fettah", "bouayach", "tahraoui", "karim-zidane"],
  ...["lachgar", "talbi-alami", "mayara", "regragui", "hakimi", "ziyech", "bounou", "en-nesyri", "amrabat", "ounahi", "brahim-diaz", "el-bakkali"],
  ...["tebboune", "djerad", "chanegriha", "larbaoui", "arkab", "lamamra", "attaf", "benabderrahmane", "petkovic", "belmadi", "mahrez", "slimani"],
  ...["hachani", "madouri", "saied", "mechichi", "bouden", "ghannouchi", "moussi", "taboubi", "jabeur", "dbeibah", "haftar", "menfi", "aguila-saleh"],
  ...["bathily", "sisi", "madbouly", "shoukry", "abdelatty", "tarek-amer", "hossam-hassan", "salah", "marmoush", "ghazouani", "sanchez", "albares"],
  ...["marlaska", "planas", "felipe-vi", "macron", "meloni", "guterres", "de-mistura", "putin", "erdogan"],
]);

export const GATHERING_NAMES: ReadonlySet<string> = new Set(["afcon", "world-cup", "champions-league", "confederation-cup", "throne-cup", "cop27", "olympics"]);
