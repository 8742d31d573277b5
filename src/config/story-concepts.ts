/**
 * A small bilingual lexicon of frequent news words, as data: each concept with its forms in
 * French, Spanish, English and Arabic. Two headlines in different languages that share a
 * name and two of these concepts within a few days tell the same event ("Tanger Med port
 * expansion to add two container terminals" / "El puerto de Tánger Med ampliará su
 * capacidad con dos nuevas terminales"). Forms are folded like any text; a `*` ends a stem;
 * Arabic forms are written without the article (و, ب, ل, ف and ال are stripped from words
 * before matching). A site adds concepts or forms in its config (`stories.concepts`).
 */

// Phrases of two concepts: a phrase the text says takes its words away from what they would say alone, so such a phrase
// is listed under both concepts, from one list.

/** A rate cut said in English: a fall of the rate (the phrases say the rate too). */

/** Those who raise camels ("مربي الإبل"): livestock, and camels. */
const CAMEL_HERDERS = ["مربي الإبل", "مربو الإبل", "مربيي الإبل"];

/** A player's title of the year, an award and a title both ("named African Player of the Year", "sacré meilleur joueur", "أفضل لاعب"). */
const PLAYER_OF_THE_YEAR = ["player of the year", "joueur de l'année", "jugador del año", "meilleur joueur", "أفضل لاعب"];

/** Gold won is a medal and the event's title ("décroche l'or sur 3000 m steeple", "sacré champion du monde du steeple"). */
const GOLD_WON = [
  ...["wins gold", "won gold", "win gold", "takes gold", "claims gold", "steeplechase gold", "gold medal", "gold medals"],
  ...["décroche l'or", "remporte l'or", "médaille d'or", "médailles d'or", "se cuelga el oro", "gana el oro", "medalla de oro", "medallas de oro"],
  ...["الميداليه الذهبيه", "ميداليه ذهبيه"],
];
const RATE_CUT = ["cuts key rate", "cuts its key rate", "cuts benchmark rate", "cuts interest rate*", "cut interest rate*", "rate cut*"];

/** A visa no longer needed: "sans visa", "sin visado", "visa-free", "بدون تأشيرة". */
const VISA_FREE = [
  ...["sans visa", "exemption de visa", "exemption du visa", "dispense de visa", "sin visado", "exención de visado", "visa-free", "without a visa"],
  ...["visa waiver", "scraps visa", "بدون تأشيرة", "دون تأشيرة", "إعفاء من التأشيرة", "الإعفاء من التأشيرة"],
];
/** A find of gas, and of oil: a discovery, and the gas or the oil. */
/** A presidential election named by its office alone ("la présidentielle", "las presidenciales", "الرئاسيات"). */
const PRESIDENTIAL_ELECTION = ["présidentielle", "présidentielles", "presidenciales", "الرئاسيات", "رئاسيات"];

const GAS_FIND = ["gas find", "كشف غازي"];
const OIL_FIND = ["oil find", "كشف نفطي"];
/** A quarter-final: the final, and the quarter, as "quarter-finals" says both. */
const QUARTER_FINAL = ["quart de finale", "quarts de finale", "cuartos de final"];
/** Drugs by their kind: each a drug, and a kind of one (a seizure of cocaine is not one of hashish: EXCLUSIVE_KINDS). */
const CANNABIS = [
  ...["kif", "résine de cannabis", "الكيف المعالج", "كيف معالج", "cannabis", "haschich", "hachisch", "chira", "hachís", "hashish"],
  ...["الشيرا", "القنب", "القنب الهندي", "الحشيش", "حشيش"],
];
const COCAINE = ["cocaïne", "cocaína", "cocaine", "كوكايين", "الكوكايين"];
const PSYCHOTROPICS = [
  ...["psychotrope*", "psicotrópico*", "comprimés psychotropes", "ecstasy", "éxtasis", "karkoubi", "qarqoubi"],
  ...["مؤثرات عقلية", "المؤثرات العقلية", "أقراص مهلوسة", "الأقراص المهلوسة", "قرص مهلوس", "الإكستازي", "القرقوبي", "قرقوبي"],
];
const HEROIN = ["héroïne", "heroína", "heroin", "هيروين", "الهيروين"];
/** A migrants' boat ("patera", "cayuco"): a boat, and migration. */
const MIGRANT_BOATS = ["patera*", "cayuco*", "neumática", "neumáticas", "embarcación neumática", "zodiac*"];
/** A reopening: an opening, and a resumption ("إعادة فتح معبر باب سبتة" / "استئناف حركة العبور"). */
const REOPENING = ["réouverture", "rouvr*", "rouvert", "rouverte", "rouverts", "rouvertes", "reabr*", "reapertura", "reopen*", "إعادة فتح", "إعاده فتحه"];
/** A weather alert's colour: the weather, and the level itself. */
const ALERT_LEVELS = [
  ...["alerte orange", "alerte rouge", "vigilance orange", "vigilance rouge", "alerta naranja", "alerta roja", "aviso naranja"],
  ...["aviso rojo", "orange alert", "red alert", "orange warning", "red warning", "إنذار برتقالي", "إنذار أحمر", "النشره البرتقاليه"],
];
/** Debt markets: a market, and bonds ("OCP returns to debt markets" / "taps international markets with a bond sale"). */
const DEBT_MARKETS = ["debt market*", "marché de la dette", "marchés de la dette", "mercado de deuda", "mercados de deuda", "سوق الدين"];
/** A link between two grids: an interconnection, and electricity. */
/** Fast trains, which a text says for high-speed ones: "su nueva flota de trenes rápidos", "des trains rapides", "القطارات السريعة". */
const FAST_TRAINS = ["trenes rápidos", "tren rápido", "trains rapides", "train rapide", "fast trains", "fast train", "القطارات السريعه", "القطار السريع"];
/**
 * A freeze or blockade lifted ("lève le gel", "levanta el bloqueo", "ترفع التجميد"; not a rise): a lifting, and the
 * suspension it ends, which a text that says "lifts two-year trade freeze", words between, reads as one.
 */
const FREEZE_LIFTED = [
  "lève le gel",
  "lève le blocage",
  "levanta el bloqueo",
  "lifts freeze",
  "lifts the freeze",
  "رفع التجميد",
  "ترفع التجميد",
  "يرفع التجميد",
  // The end of a ban or a veto ("Fin del veto argelino a las importaciones").
  ...["fin del veto", "fin du veto", "levanta el veto", "lève le veto", "end of the ban", "ends the ban"],
];
/** A town deprived of water ("Constantine privée d'eau"): an outage and water both. */
const DEPRIVED_OF_WATER = ["privée d'eau", "privé d'eau", "privés d'eau", "privées d'eau", "sin agua", "without water"];
/** A tomb uncovered ("الكشف عن مقبرة"): a discovery and a tomb both. */
const TOMB_UNCOVERED = ["الكشف عن مقبره", "الكشف عن مقابر"];
const INTERCONNECTOR = [
  ...["câble électrique", "câbles électriques", "cable eléctrico", "cables eléctricos", "power cable", "power cables", "power interconnector"],
  ...["كابل كهربائي", "الكابل الكهربائي"],
];

/** The minister of justice in Arabic, whose "العدل" alone is also a verb ("عدّل", amended): a minister, and justice. */
const JUSTICE_MINISTER = ["وزير العدل", "وزيرة العدل", "وزارة العدل"];
/** The medical schools' entrance exam: an exam, and medicine. */
const MEDICAL_EXAM = ["مباراة الطب", "مباراة ولوج كليات الطب", "مباراة ولوج كلية الطب"];
/** A rise denied ("الحكومة تنفي الزيادة في سعر قنينة الغاز"): no rise, and a denial. */
const RISE_DENIED = [
  ...["dément la hausse", "dément toute hausse", "dément l'augmentation", "dément toute augmentation", "niega la subida", "niega cualquier subida"],
  ...["denies price hike", "denies any increase", "denies a rise", "تنفي الزيادة", "ينفي الزيادة", "نفي الزيادة", "تنفي أي زيادة", "ينفي أي زيادة"],
];
/** The police "stop" someone: an arrest ("توقف" alone is also to stop, to suspend). The police, and an arrest. */
const POLICE_ARREST = ["الشرطة توقف", "الشرطة تعتقل", "الشرطة القضائية توقف", "الأمن يوقف", "الدرك يوقف", "الدرك الملكي يوقف"];
/** A stranded ship freed ("frees stranded vessel"): refloated, and aground. */
const STRANDED_FREED = ["frees stranded", "freed stranded", "frees grounded", "freed grounded"];
/** Camps cleared ("إزالة مخيمات", "évacuation des campements"): a camp, and its dismantling. */
const CAMPS_CLEARED = ["إزالة مخيمات", "ازالة مخيمات", "تفكيك مخيمات", "évacuation des campements", "évacue des campements", "desalojo de campamentos"];
/** A train off its rails ("خروج قطار عن السكة"): a train, and a derailment. */
const TRAIN_DERAILED = ["خروج قطار", "خروج القطار", "انحراف قطار"];
/** A coach's squad named: a list, and its announcement. */
const SQUAD_NAMED = ["names squad", "names his squad", "names a squad", "unveils squad", "unveils his squad", "announces squad", "announces his squad"];
/** Free of charge: "gratuit", "gratuito", "free of charge", "مجاني" (not "free" alone: a prisoner freed, free trade). */
const FREE_OF_CHARGE = [
  "gratuit",
  "gratuite",
  "gratuits",
  "gratuites",
  "gratuité",
  "gratuito",
  "gratuita",
  "gratuitos",
  "gratuitas",
  "gratuidad",
  "free of charge",
  "tuition-free",
  "fee-free",
  "مجاني",
  "مجانا",
  "مجانيه",
  "المجانيه",
];

/** A road cut (by snow, a flood, a protest): a road, and its closure. */
const ROADS_CUT = [
  "route coupée",
  "routes coupées",
  "carretera cortada",
  "carreteras cortadas",
  "road closed",
  "roads closed",
  "طرق مقطوعه",
  "قطع الطريق",
  "قطع الطرق",
];

/** The minimum wage (and Algeria's guaranteed national one, the SNMG: "الأجر الوطني الأدنى المضمون"): a wage too. */
const MINIMUM_WAGE = [
  ...["SMIG", "SMAG", "SNMG", "salaire minimum", "salaire national minimum garanti", "salario mínimo", "minimum wage"],
  ...["الحد الأدنى للأجور", "الأجر الأدنى", "الحد الأدنى للأجر", "الأجر الوطني الأدنى المضمون", "الأجر القاعدي الأدنى"],
];

export const BUILTIN_CONCEPTS: Record<string, string[]> = {
  // Transport and infrastructure.
  port: ["port", "ports", "portuaire*", "puerto", "puertos", "portuari*", "harbour", "harbor", "ميناء", "موانئ", "مينائي", "مينائيه"],
  airport: ["aéroport*", "aeropuerto*", "airport*", "مطار", "مطارات"],
  refinery: ["raffinerie*", "refinería*", "refinery", "refineries", "مصفاة", "مصفاه", "مصافي", "مصفاة نفط"],
  terminal: ["terminal", "terminaux", "terminales", "terminals", "محطه", "محطات"],
  container: ["conteneur*", "contenedor*", "portacontenedores", "container*", "حاويه", "حاويات", "TEU", "TEUs", "EVP", "EVPs"],
  flight: [
    "premier vol",
    "premiers vols",
    "vol inaugural",
    "vol direct",
    "vols directs",
    "vuelo*",
    "flight*",
    "aérien*",
    "aére*",
    "airline*",
    "رحله",
    "رحلات",
    "جوي",
    "جويه",
    "طيران",
    "vols",
    // Flying there ("volará a Miami desde Casablanca").
    ...["volar", "volará", "volarán"],
  ],
  passenger: [
    ...["passager*", "pasajer*", "passenger*", "voyageur*", "viajer*", "traveller*", "traveler*", "مسافر", "مسافرين", "مسافرا"],
    ...["croisiériste*", "cruceristas", "crucerista"],
  ],
  train: [
    ...FAST_TRAINS,
    "ONCF",
    "SNTF",
    "SNCFT",
    "train",
    "trains",
    "tren",
    "trenes",
    "TGV",
    "ferroviaire*",
    "ferrovi*",
    "railway*",
    "rail",
    "قطار",
    "قطارات",
    "سكك",
    "سككي",
    ...TRAIN_DERAILED,
  ],
  derailment: [
    ...["déraill*", "descarril*", "derail*", "خرج عن السكة", "خرج عن القضبان", ...TRAIN_DERAILED],
    ...["comes off the tracks", "came off the tracks", "off the rails"],
  ],
  "high-speed": [
    ...["grande vitesse", "LGV", "TGV", "alta velocidad", "AVE", "high-speed", "high speed", "فائق السرعه", "البراق", "Al Boraq", "Boraq"],
    // Fast trains ("su nueva flota de trenes rápidos"): trains too (see train).
    ...FAST_TRAINS,
  ],
  tram: ["tramway*", "tranvía*", "tram", "trams", "ترامواي", "الترام", "الترامواي", "طرامواي", "الطرامواي"],
  // (Algeria's press writes "ميترو".)
  metro: ["métro", "metro", "subway", "underground rail*", "underground line", "مترو", "المترو", "ميترو", "الميترو", "الأنفاق"],
  road: [
    "route",
    "routes",
    "route*",
    "autoroute*",
    "carretera*",
    "autopista*",
    "road*",
    "highway*",
    "motorway*",
    "طريق",
    "الطرق",
    "الطريق السيار",
    // (Without the article too: "الثلوج تغلق عدة طرق"; and the Maghreb's "الطرقات".)
    "طرق",
    "طرقات",
    "الطرقات",
    ...ROADS_CUT,
  ],
  // Road traffic: a city's new traffic plan ("plan de circulation", "مخطط جديد للسير"). (Not "circulation" alone:
  // buses are "mis en circulation"; nor "traffic", "حركة المرور", a port's or a canal's too; nor "atascos", the queues
  // at a border another text calls "colas"; nor "المرور", which is also time passing, "بمرور عام".)
  traffic: [
    "plan de circulation",
    "circulation routière",
    "trafic routier",
    "plan de tráfico",
    "tráfico rodado",
    "road traffic",
    "traffic plan",
    "حركه السير",
    "مخطط السير",
    "للسير",
    "السير والجولان",
  ],
  // ("كوبري": Egypt's word.)
  bridge: ["pont", "ponts", "puente*", "bridge*", "جسر", "قنطره", "كوبري", "الكوبري", "كباري"],
  expansion: [
    "extension*",
    "agrandi*",
    "agrandissement",
    "ampliar*",
    "ampliación",
    "ampliará",
    "amplía",
    "expansion*",
    "expand*",
    "توسيع",
    "توسعه",
    "élargi*",
    // (Reflexive and past forms: "s'étend", "étendue"; not "étendre" alone, to hang out.)
    "s'étend",
    "s'étendra",
    "étendu",
    "étendue",
    "widen*",
    "يوسع",
    "وسع",
    // A building's new wing ("su nueva ala de pediatría", "ampliación de Pediatría").
    ...["nueva ala", "nouvelle aile", "new wing", "جناح جديد"],
  ],
  capacity: ["capacité*", "capacidad*", "capacity", "طاقه", "الاستيعابيه", "استيعاب", "قدره"],
  construction: [
    // Building again is building: "la reconstruction", "إعادة بناء" (and not "again").
    ...["reconstruction", "reconstruire", "reconstruit*", "reconstrucción", "reconstruir", "rebuild*", "rebuilt", "إعاده بناء", "إعاده إعمار", "إعاده الإعمار"],
    // Work begun: "breaks ground", "pose la première pierre", "وضع الحجر الأساس".
    ...["breaks ground", "broke ground", "groundbreaking", "ground-breaking", "première pierre", "primera piedra", "الحجر الأساس", "حجر الأساس"],
    "construction*",
    "construir*",
    "construcción",
    "construido*",
    "build*",
    "built",
    "travaux",
    "obras",
    "works",
    "بناء",
    "تشييد",
    "إنشاء",
    "أشغال",
    "اشغال",
  ],
  opening: [
    // A first use: "el hospital estrena su nueva ala".
    ...["estrena", "estrenan", "estrenará"],
    // Put into service: a line, a plant, a terminal ("دخول … حيز الخدمة").
    ...["mise en service", "mis en service", "mises en service", "entre en service", "entrée en service", "puesta en servicio"],
    // A line running, a hospital working ("mise en circulation", "opérationnelle dès lundi").
    ...["mise en circulation", "mis en circulation", "opérationnel", "opérationnelle", "opérationnels", "opérationnelles"],
    ...["entra en servicio", "into service", "حيز الخدمة"],
    "inaugur*",
    "ouvr*",
    // Open ("officiellement ouvert", "reste ouvert", "يبقى مفتوحا"; "ouvr*" is "ouvre", "ouvrir"; English "open*" is
    // there already).
    ...["ouvert", "ouverte", "ouverts", "ouvertes", "abierto", "abierta", "abiertos", "abiertas", "مفتوح", "مفتوحا", "مفتوحه"],
    ...REOPENING,
    "تفتتح",
    "افتتحت",
    "ouverture",
    "abre",
    "abren",
    "abrir*",
    "apertura",
    "open*",
    "opens",
    "unveil*",
    "افتتاح",
    "يفتتح",
    "تدشين",
    "يدشن",
    "فتح",
    "يفتح",
    "تفتح",
  ],
  launch: [
    // The first day of a month of fasting, of a season ("le premier jour de jeûne fixé à jeudi", "أول أيام رمضان").
    ...["premier jour de jeûne", "أول أيام"],
    // Put in people's hands ("Egypt rolls out new smart ration cards").
    ...["rolls out", "roll out", "rolled out"],
    "lancement",
    "lance",
    "lancent",
    "lancé*",
    "coup d'envoi",
    "lanza*",
    "arranca",
    "arrancan",
    "arrancará",
    "arrancarán",
    "launch*",
    "kicks off",
    "kick off",
    // Work that "gets under way".
    ...["under way", "underway"],
    "انطلاق",
    "إطلاق",
    "يطلق",
    "تطلق",
    "débute",
    "débutent",
    "démarre",
    "démarrent",
    "démarrage",
    "commence",
    "commencent",
    "comienza",
    "comienzan",
    "empieza",
    "empiezan",
    "inicia",
    "inician",
    "begin",
    "begins",
    "began",
    "start",
    "starts",
    "started",
    "بدء",
    "يبدأ",
    "تبدأ",
    "انطلقت",
    "تنطلق",
    "ينطلق",
    "commencera",
    "commenceront",
    "débutera",
    "débuteront",
    "comenzará",
    "empezará",
    "will begin",
    "will start",
    // The first day of a month, its start ("فاتح شهر رمضان", "comenzará el Ramadán").
    "فاتح",
  ],
  ending: ["clôture", "clôturé*", "clausura", "closing", "wraps up", "اختتام", "يختتم", "تختتم", "ختام"],
  suspend: [
    "suspend*",
    // (A freeze lifted still names the freeze: see lift.)
    ...FREEZE_LIFTED,
    // Halted: "trafic interrompu", "met le holà" (puts a stop to), "coup d'arrêt".
    ...["interrompu", "interrompue", "interrompus", "interrompues", "interrumpido*", "interrumpida*", "halted", "halts"],
    ...["met le holà", "mettent le holà", "coup d'arrêt"],
    // Traffic disturbed: halted in part ("perturbe la circulation des trains").
    ...["perturbe la circulation", "perturbent la circulation", "circulation perturbée", "trafic perturbé", "perturbations du trafic"],
    // A plant or a field "à l'arrêt": stopped, or shut (also a closure).
    "à l'arrêt",
    // "L'arrêt de l'usine": a plant's stop. (Not "arrêt" alone: a court's ruling, a bus stop.)
    ...["arrêt de l'usine", "arrêt de la station", "arrêt de la centrale", "arrêt de l'unité", "arrêt de la production", "arrêt des travaux"],
    "gel",
    "gèle",
    "geler",
    "freeze*",
    "froze*",
    "congela*",
    "تجميد",
    "يجمد",
    "تعليق",
    "يعلق",
    "علق",
    "توقف",
    "يوقف",
    "أوقف",
    "إيقاف",
    "ايقاف",
    "blocage",
    "bloqueo",
    "blockade",
    // "Sit-in halts production", "paralyse la production".
    ...["halt", "halts", "halted", "halting", "paralys*", "paraliz*"],
  ],
  dismiss: [
    "limog*",
    "destitu*",
    "sack*",
    "dismiss*",
    "ousted",
    "إعفاء",
    "إقاله",
    "يعفي",
    "يقيل",
    "se sépare",
    "sépare",
    "separa",
    "separan",
    "prescinde",
    "part ways",
    "parts ways",
    "parted ways",
    "ينفصل",
    "انفصال",
    "فسخ",
  ],
  refloat: ["renflou*", "reflot*", "refloat*", "désensabl*", "desencall*", "تعويم", ...STRANDED_FREED],
  resume: [
    // An oil terminal's force majeure lifted ("NOC lifts force majeure at Es Sider").
    ...["lifts force majeure", "lifted force majeure", "lève la force majeure", "levée de la force majeure", "رفع حاله القوه القاهره"],
    // (The verb as the press writes it, "ترفع حالة القوة القاهرة": "القاهرة" in it is no Cairo.)
    ...["ترفع حاله القوه القاهره", "يرفع حاله القوه القاهره", "رفعت حاله القوه القاهره", "levanta la fuerza mayor"],
    ...["reprise", "reprend", "reprennent", "reanuda*", "reanudación", "retoma*", "resume*", "resumption", "restart*", "استئناف", "يستأنف", "تستأنف"],
    // Restarted, relaunched ("redémarre son haut fourneau", "relance ses négociations").
    ...["redémarre", "redémarrent", "redémarrer", "redémarré", "redémarrée", "redémarrage", "relance", "relancent", "relancer", "relancé", "relancée"],
    // A plant or a network working again (not "online", a service on the internet).
    ...["back online", "back in service"],
    ...REOPENING,
  ],
  "health-pass": [
    "pass vaccinal",
    "passe vaccinal",
    "pass sanitaire",
    "pasaporte de vacunación",
    "pasaporte covid",
    "pasaporte sanitario",
    "vaccine passport*",
    "vaccination pass",
    "health pass",
    "جواز التلقيح",
    "جواز اللقاح",
    "الجواز الصحي",
  ],
  // (Not "extension", which the press writes of a port or a line enlarged — "l'extension du port" — as often as of a
  // deadline: it is an expansion.)
  // (And a mandate renewed: "proroge", "prorroga", "renews".)
  extension: [
    ...["prolong*", "prolongación", "extend*", "تمديد", "يمدد", "proroge*", "prorogation", "prorrog*", "renews", "renewed", "renouvelle"],
    ...["renueva", "renuevan", "renovó", "renovado"],
    // A strike renewed ("grève reconduite pour une semaine", "la reconduction du mouvement"; not "reconduits à la frontière",
    // migrants taken back).
    ...["reconduction", "reconduite pour", "reconduit pour", "reconduites pour", "reconduits pour", "grève reconduite", "grèves reconduites"],
    // A scheme extended to all ("généralise l'AMO", "تعميم التأمين", "extiende la cobertura").
    // (Not "généralis*": a general practitioner, "médecin généraliste", extends nothing.)
    ...["généralise", "généralisent", "généralisé", "généralisée", "généralisation", "généraliser", "généralisera"],
    ...["generaliza", "generalizan", "generalización", "generalizar", "extiende", "extienden", "تعميم"],
  ],
  appointment: [
    // (Not "عين" alone: an eye, a spring, the start of a place's name — "عين السبع" —, and "العيني", in kind.)
    ...["nomm*", "désigne", "désigné*", "nomina*", "nombra*", "designa", "appoint*", "names", "named", "يعين", "تعيين", "يكلف", "تكليف"],
    // A team or a club "name new coach" (the plural verb).
    ...["name new", "name a new", "name their new"],
    // Taking office: "installation du nouveau gouverneur".
    ...["installation du nouveau", "installation de la nouvelle", "installé dans ses fonctions", "installe le nouveau"],
  ],
  // A date brought forward ("les vacances avancées d'une semaine", "تقديم موعد العطلة"): a postponement's opposite.
  "bring-forward": [
    "avancée",
    "avancées",
    "avancé",
    "avancés",
    "adelanta*",
    "brought forward",
    "brings forward",
    "تقديم موعد",
    "تقدم موعد",
    "يقدم موعد",
    "تقرر تقديم",
  ],
  // School holidays ("les vacances d'hiver", "العطلة الشتوية").
  // (Not "عطل" without its article: most often a fault, "بسبب عطل في المحرك"; "العطل المدرسية" are holidays.)
  holiday: ["vacances", "vacaciones", "holiday", "holidays", "عطله", "العطله", "العطل"],
  // A machine that fails: an engine, a train, a network ("stranded after engine failure", "بسبب عطل في المحرك").
  breakdown: [
    ...["panne", "pannes", "en panne", "avería", "averías", "averiado", "averiada", "breakdown", "breakdowns", "engine failure", "technical fault"],
    ...["technical glitch", "عطل", "أعطال", "اعطال", "عطب", "أعطاب"],
  ],
  postpone: [
    // The noun, in French: "le report des examens" (not the English "report").
    ...["report du", "report des", "report de"],
    // A hearing adjourned ("l'audience renvoyée au 7 mai"; "renvoyé" alone is also sent back).
    ...["renvoyée au", "renvoyé au", "renvoyés au", "renvoyées au", "renvoi au", "renvoyé à une date", "renvoyée à une date", "renvoyé sine die"],
    "reportée",
    "reportées",
    "reporté",
    "ajourn*",
    "aplaza*",
    "pospon*",
    "postpone*",
    "delay*",
    "تأجيل",
    "يؤجل",
    "تؤجل",
    "إرجاء",
    "يرجئ",
    "ترجئ",
    "أرجأ",
    "أرجأت",
    "retard",
    "retards",
    "retardé*",
    "retraso*",
    "delay",
    "delays",
    "delayed",
    "تأخير",
    "تأخر",
  ],
  eliminate: ["élimin*", "elimina", "eliminan", "eliminad*", "eliminación", "knock*", "knocked", "ousted", "يقصي", "إقصاء", "أقصى", "تقصي"],
  penalties: ["tirs au but", "séance de tirs au but", "penaltis", "tanda de penaltis", "penalties", "penalty shootout", "الضربات الترجيحية", "ضربات الترجيح"],
  hero: ["héros", "héroïne", "héroe*", "heroína", "hero", "heroes", "heroic", "بطل", "أبطال"],
  fans: ["supporters", "hinchas", "aficionados", "fans", "جماهير", "الجماهير", "مشجعين", "المشجعين", "أنصار"],
  celebrate: ["fête*", "fêtent", "célèbr*", "liesse", "celebra*", "celebrat*", "festej*", "احتفال*", "احتفالات", "يحتفلون"],
  hold: [
    // No rise ("Pain subventionné : pas d'augmentation en vue").
    ...["pas d'augmentation", "pas de hausse", "aucune augmentation", "aucune hausse", "no increase", "no hike", "sin subida", "لا زياده"],
    ...RISE_DENIED,
    "maintient",
    "maintien*",
    "statu quo",
    // Leaves it as it is ("ne touche pas à son taux"), keeps it at ("le garde à 2,25 %"; not "la garde à vue", custody).
    "ne touche pas à",
    ...["le garde à", "garde son taux", "garde ses taux", "conserve son taux"],
    "mantiene*",
    "mantener",
    "holds",
    "hold",
    "keeps",
    // ("leaves … at 19.25%", "leaves rates unchanged").
    "leaves",
    "unchanged",
    "steady",
    "يبقي",
    "إبقاء",
    "الإبقاء",
    "يحافظ",
    "يثبت",
    "تثبيت",
    "inchangé",
    "inchangés",
    "sin cambios",
    "دون تغيير",
  ],
  drill: ["exercice*", "simulation", "simulacro*", "drill*", "maniobra*", "manœuvre*", "manoeuvre*", "تمرين", "محاكاه", "مناوره", "مناورات", "المناورات"],
  // An attack on computers ("La CNSS victime d'une cyberattaque", "هجوم سيبراني"; "اختراق" alone is a breakthrough, or a
  // border crossed).
  cyberattack: [
    ...["cyberattaque*", "cyber-attaque*", "attaque informatique", "piratage*", "ciberataque*", "ataque informático", "cyberattack*", "cyber-attack*"],
    ...["pirate informatique", "pirates informatiques", "hacker", "hackers", "hacked"],
    ...["cyber attack*", "هجوم سيبراني", "هجمات سيبرانيه", "هجوم إلكتروني", "هجوم الكتروني", "قرصنه", "اختراق إلكتروني", "اختراق الكتروني"],
  ],
  bid: [
    ...["candidature*", "candidatura*", "bid", "bids", "ترشح", "الترشح", "ملف الترشيح"],
    // A bid's file handed in ("déposent leur dossier"): not "le dossier" alone, any matter.
    ...["déposent leur dossier", "dépose son dossier", "déposé son dossier", "déposé leur dossier", "dossier de candidature"],
  ],
  draw: ["tirage au sort", "tirage", "sorteo", "draw", "قرعه"],
  tie: [
    "match nul",
    "se neutralisent",
    "draw with",
    "goalless draw",
    "held to a draw",
    "tenu en échec",
    "tenus en échec",
    "empate",
    "empata",
    "empatan",
    "stalemate",
    "تعادل",
    "يتعادل",
    "يتعادلان",
    // A goal each, two each ("بهدف لمثله"); held ("accrochés par la Guinée").
    ...["بهدف لمثله", "بهدفين لمثلهما", "accroché par", "accrochés par", "accrochée par", "concède le nul", "se contente du nul"],
    // "Se termine sur un nul", "dos à dos" (neither wins).
    ...["sur un nul", "un nul", "dos à dos"],
  ],
  rescue: ["sauvetage", "secour*", "rescat*", "salvamento", "rescue*", "إنقاذ", "انقاذ"],
  group: ["groupe", "grupo", "group", "مجموعه"],
  // An event that "leaves" its toll ("تخلف قتيلين", "يخلف 3 جرحى"): no word of a text's own (quiet).
  "leaves-toll": ["يخلف", "تخلف", "خلفت", "يخلفان"],
  // "A number of": no group ("تخفيض أثمنة مجموعة من الأدوية"); said by both, it counts as any other concept (quiet).
  "a-number-of": ["un groupe de", "un grupo de", "a group of", "مجموعة من", "عدد من", "جملة من"],
  // "Ordinary" ("الدورة العادية", a regular session; "المواطنين العاديين"): not "عاد", returned, that its stem would be; quiet.
  ordinary: [
    "ordinaire",
    "ordinaires",
    "ordinaria",
    "ordinarias",
    "ordinario",
    "ordinarios",
    "ordinary",
    "عادي",
    "العادي",
    "عاديه",
    "العاديه",
    "عاديين",
    "العاديين",
    "عاديون",
    "العاديون",
  ],
  // (Not "قمة" alone, a summit: "قمة الدوري", the league's top match.)
  derby: ["derby", "derbi", "ديربي", "داربي", "قمه الدوري", "مباراه القمه", "لقاء القمه", "قمه الجوله"],
  currency: [
    "livre égyptienne",
    "libra egipcia",
    "pound",
    "EGP",
    ...["الجنيه السوداني", "جنيه سوداني", "الجنيه الإسترليني", "جنيه إسترليني"],
    "dirham",
    "dírham",
    "dinar",
    // (After an amount, a unit: "12 dirhams", "23 درهما" count the currency, see COUNTED_CONCEPTS.)
    ...["dirhams", "dinars", "dinares", "دراهم"],
    // Centimes of a dirham or a dinar ("le gasoil baisse de 30 centimes", "بـ30 سنتيما").
    ...["centime", "centimes", "céntimo", "céntimos", "سنتيم", "سنتيما", "سنتيمات"],
    "جنيه",
    "الجنيه",
    "الدرهم",
    "الدينار",
    "عمله",
    "devise*",
    "divisa*",
    ...["currency", "currencies"],
    "dinar algérien",
    "dinar argelino",
    "Algerian dinar",
    "الدينار الجزائري",
    "Egyptian pound",
    "الجنيه المصري",
    "libra",
    "floating",
    "flotter",
    "flottement",
    "devalu*",
    "dévalu*",
    "سعر الصرف",
    // The pound floated: "يحرر سعر صرف الجنيه", "تحرير سعر الصرف".
    ...["سعر صرف", "يحرر سعر صرف", "تحرير سعر الصرف"],
    "taux de change",
    "tipo de cambio",
    "exchange rate",
  ],
  dollar: ["dollar*", "dólar*", "الدولار", "دولار"],
  euro: ["euro", "euros", "اليورو", "الأورو", "يورو"],
  // (A Moroccan province's governor is its "عامل", also a worker: only in its phrases.)
  governor: ["gouverneur*", "gobernador*", "governor*", "والي", "الوالي", "ولاه", "الولاه", "محافظ", "عامل إقليم", "عامل جديد", "عاملا جديدا", "عامل عمالة"],
  // Contributions to social security, and the fund that collects them.
  "social-security": ["CNSS", "sécurité sociale", "seguridad social", "social security", "الضمان الاجتماعي", "cotisation*", "cotización*", "اشتراكات"],
  "prime-minister": [
    // Spain's: "le président du gouvernement espagnol".
    "président du gouvernement",
    "Premier ministre",
    "chef du gouvernement",
    "head of government",
    "jefe del Gobierno",
    "primer ministro",
    "presidente del Gobierno",
    "prime minister",
    "رئيس الحكومة",
    "رئيس الوزراء",
    // Indefinite ("يكلف رئيس وزراء جديدا"), and a woman at its head.
    ...["رئيس وزراء", "رئيسه وزراء", "رئيسه الوزراء", "رئيسه الحكومه"],
    // A woman at its head.
    ...["cheffe du gouvernement", "Première ministre", "primera ministra", "presidenta del Gobierno", "رئيسة الحكومة", "رئيسة الوزراء"],
    // Algeria's (and Morocco's until 2011).
    "الوزير الأول",
    // The English press's "PM" (in capitals: an acronym).
    "PM",
  ],
  ambassador: ["ambassadeur*", "embajador*", "ambassador*", "سفير", "سفيرها", "سفيره", "السفير", "سفراء", "السفراء"],
  credentials: ["lettres de créance", "cartas credenciales", "credentials", "أوراق اعتماد", "أوراق اعتماده", "أوراق اعتمادها", "أوراق اعتمادهم"],
  recall: ["rappelle", "rappel", "llama a consultas", "recalls", "recalled", "استدعاء", "تستدعي", "يستدعي"],
  revenue: [
    "recette*",
    "revenu*",
    "chiffre d'affaires",
    "ingreso*",
    "facturación",
    "revenue*",
    "earnings",
    "income",
    "turnover",
    "إيرادات",
    "ايرادات",
    "عائدات",
    "مداخيل",
    "رقم معاملات",
    "رقم المعاملات",
    "sales",
    "ventes",
    "ventas",
    "مبيعات",
    "المبيعات",
    "résultats annuels",
    "annual results",
    "النتائج السنويه",
  ],
  warehouse: ["entrepôt*", "almacén", "almacenes", "warehouse*", "مستودع", "مخزن"],
  // Tyres (not "tire", also a verb; not "إطارات", also frameworks: "في إطار").
  tyres: ["pneu", "pneus", "pneumatique*", "neumático*", "tyre", "tyres"],
  customs: ["douane*", "aduana*", "customs", "جمارك", "الجمارك", "جمركي"],
  neighbourhood: ["quartier*", "barrio*", "neighbourhood*", "neighborhood*", "district*", "distrito*", "أحياء", "حي"],
  temperature: ["degré*", "grado*", "degree*", "درجه", "درجات", "température*", "temperatura*", "temperature*"],
  "cooking-oil": ["huile de table", "huiles de table", "aceite de mesa", "cooking oil", "زيت المائده", "الزيوت الغذائيه"],
  "olive-oil": ["huile d'olive", "aceite de oliva", "olive oil", "زيت الزيتون", "olive*", "oliva*", "oléicole*", "زيتون"],
  art: ["art", "arts", "arte", "artes", "فن", "فنون", "الفن"],
  aircraft: ["avion*", "avión", "aviones", "aircraft", "plane*", "jet*", "طائره", "طائرات"],
  // An unmanned aircraft: "طائرة مسيرة" (its "مسيرة" no march), "drone", "dron".
  drone: ["drone", "drones", "dron", "طائره مسيره", "طائرات مسيره", "الطائره المسيره", "الطائرات المسيره", "بطائره مسيره", "بطائرات مسيره"],
  // A strike from the air ("frappe", "غارة"), never a labour strike.
  airstrike: [
    ...["frappe de drone", "frappes de drone", "frappe aérienne", "frappes aériennes", "raid aérien", "raids aériens", "bombardement*"],
    ...["drone strike", "drone strikes", "airstrike*", "air strike*", "ataque con dron", "ataques con drones", "bombardeo*"],
    ...["غاره", "غارات", "قصف", "ضربة جوية", "ضربات جوية", "ضربه جويه"],
    // A drone attack ("هجوم بالمسيرات": "المسيرات" alone are also marches, see protest).
    ...["هجوم بالمسيرات", "هجمات بالمسيرات", "هجوم بمسيره", "هجوم بطائرات مسيره", "هجوم بطائره مسيره", "قصف بالمسيرات"],
  ],
  // A lawsuit filed ("رفع دعوى", where "رفع" alone is a raise; "porte plainte", "demanda judicial").
  lawsuit: [
    ...["رفع دعوى", "يرفع دعوى", "ترفع دعوى", "رفعت دعوى", "دعوى قضائية", "porte plainte", "dépose plainte", "plainte contre"],
    ...["demanda judicial", "interpone una demanda", "files lawsuit", "files a lawsuit", "sues"],
  ],
  // Figures of speech whose words are concepts of the lexicon ("ouvre la voie", no opening; "hausse le ton", no rise nor
  // tonnes; "cierra filas", no closure): a quiet concept, nothing of a text's own.
  idiom: [
    // A period that "closes with" its figures ("cierra con cifras récord", "se solde par"): its end told, not a closure.
    ...["cierra con", "cerró con", "cierran con", "se cierra con", "se clôture avec", "se clôture sur", "se solde par", "se soldent par"],
    ...["ouvre la voie", "ouvrent la voie", "ouvre la porte", "ouvrent la porte", "hausse le ton", "haussent le ton", "baisse les bras"],
    ...["baissent les bras", "lance un appel à témoins", "abre la puerta", "abren la puerta", "abre la vía", "cierra filas", "cierran filas"],
    ...["opens the door", "opens door", "open the door", "paves the way", "pave the way", "closes ranks", "close ranks", "falls short", "fall short"],
  ],
  // Commenting on something ("تعليقا على", where "تعليق" is also a suspension): a quiet concept, nothing of a text's own.
  comment: ["تعليقا على", "تعليقه على", "تعليقها على", "في تعليق على", "commentant", "commenting on", "comentando"],
  // A mine and what it digs: "منجم", "la mine d'uranium", "uranium mine" (a landmine, "une mine" that explodes, is not one).
  mining: [
    ...["mine d'", "mine de", "mines d'", "mines de", "minier", "miniers", "minière", "minières", "mina de", "minas de", "minería", "minero*", "mining"],
    ...["uranium mine", "gold mine", "copper mine", "coal mine", "iron mine", "phosphate mine", "منجم", "مناجم", "المنجم", "المناجم", "تعدين", "التعدين"],
    // Those who work it, and one named mine ("cobalt mine"; "miners trapped"; not French "mineurs", also minors).
    ...["miners", "cobalt mine", "zinc mine", "silver mine", "عمال المنجم", "عمال مناجم"],
  ],
  // People trapped (under rubble, in a mine, by a flood): "bloqués", "atrapados", "trapped", "عالقين".
  trapped: ["bloqués", "coincés", "piégé", "piégés", "piégée", "piégées", "atrapado*", "trapped", "عالقين", "العالقين", "محاصرين", "يحاصر", "تحاصر"],
  uranium: ["uranium", "uranio", "يورانيوم", "اليورانيوم"],
  // A fleet of aircraft, of fishing boats, of buses: a fleet, not aircraft.
  fleet: ["flotte", "flota", "fleet", "أسطول", "الأسطول"],
  route: ["ligne*", "línea*", "line", "lines", "route", "routes", "ruta*", "خط", "خطا", "خطوط"],
  // A cruise: its ship, its passengers ("paquebot", "croisiéristes", "سفينة سياحية").
  cruise: [
    ...["croisière*", "croisiériste*", "paquebot*", "crucero*", "cruise*", "cruceristas", "crucerista"],
    ...["سفينه سياحيه", "سفن سياحيه", "باخره سياحيه", "الرحلات البحريه", "سياح الرحلات البحريه"],
  ],
  // A ship's call at a port, a flight's stop ("fait escale", "hace escala", "ترسو").
  stopover: ["escale", "escales", "fait escale", "hace escala", "port call", "port calls", "ترسو", "رست", "رسو"],
  ship: [
    // A tanker (not "pétrolier", "petrolero": also "of oil", "champ pétrolier").
    "paquebot*",
    ...["ناقله", "ناقله نفط", "tanker"],
    "navire*",
    "cargo",
    "barco*",
    "buque*",
    "ship*",
    "vessel*",
    "سفينه",
    "سفن",
    "باخره",
    "بواخر",
    "embarcation*",
    "barque*",
    ...MIGRANT_BOATS,
    "embarcación*",
    "قارب",
    "قوارب",
    "زورق",
    "مركب",
  ],
  talks: ["négociation*", "negociacion*", "entretien*", "entretient", "talks", "negotiation*", "مفاوضات", "محادثات", "مباحثات"],
  meeting: ["réunion*", "reuni*", "reúne", "reúnen", "meeting*", "meets", "اجتماع", "يلتقي", "لقاء", "RHN"],
  // A telephone call between leaders is an event of its own ("Sisi receives a phone call from Erdogan").
  call: [
    "appel téléphonique",
    "entretien téléphonique",
    "téléphon*",
    "llamada telefónica",
    "telefónic*",
    "phone call",
    "phone*",
    "telephone*",
    "اتصال هاتفي",
    "اتصالا هاتفيا",
    // Receives, makes a call ("اتصال" alone is also communication: "وزارة الاتصال").
    "يتلقى اتصالا",
    "تلقى اتصالا",
    "يجري اتصالا",
    "أجرى اتصالا",
    "مكالمة هاتفية",
    "هاتفي*",
  ],
  receive: [
    "recibido",
    "recibida",
    "يتلقى",
    "تلقى",
    "reçoit",
    // Received, as English "received" and Spanish "recibido" are ("Bourita reçu à Madrid par son homologue"; an exam's
    // "70 % de reçus" is its pass rate).
    ...["reçu", "reçue"],
    "recibe",
    "receives",
    "received",
    "يستقبل",
    "استقبل",
    "استقبال",
    "accueil",
    "accueille",
    "accueillent",
    "accueilli*",
    "acoge",
    "acogen",
    "acogida",
    "welcome*",
    "hosted",
    "hosts",
  ],
  chair: [
    // At the head of a jury, a list: "à la tête du jury", "al frente del jurado".
    ...["à la tête du", "à la tête de la", "à la tête des", "al frente del", "al frente de la", "at the head of"],
    "préside",
    "présidé",
    "présidée",
    "présidera",
    "sous la présidence",
    "presidió",
    "preside",
    "presidirá",
    "chairs",
    "chaired",
    "يترأس",
    "ترأس",
    "سيترأس",
  ],
  cooperation: ["coopération", "cooperación", "cooperation", "تعاون", "التعاون"],
  // Cooperatives (of farmers, of women): not cooperation between two countries.
  cooperative: ["coopérative*", "cooperativa*", "cooperative", "cooperatives", "co-op*", "تعاونية", "تعاونيات", "التعاونيات", "التعاونية"],
  tonnes: ["tonne*", "tonelada*", "ton", "tons", "طن", "أطنان"],
  // Intercepted: a boat, a shipment, migrants at sea ("intercepta", "interceptée", "intercepted", "يعترض").
  // (And a crossing foiled: "إحباط محاولة هجرة".)
  intercept: ["intercept*", "يعترض", "تعترض", "اعتراض", "إحباط محاولة", "احباط محاولة", "تحبط محاولة", "يحبط محاولة"],
  // Mecca and Medina, where the pilgrims go.
  "holy-places": ["Lieux saints", "lugares santos", "holy sites", "الديار المقدسة", "البقاع المقدسة"],
  pilgrimage: ["pèlerin*", "pèlerinage", "hajj", "hadj", "hadji*", "peregrin*", "pilgrim*", "حج", "حاج", "حجاج", "الحج", "حجيج"],
  beach: ["plage*", "playa*", "beach*", "شاطئ", "شواطئ", "estivant*", "veraneante*", "مصطاف*"],
  cars: ["automobile*", "voiture*", "véhicule*", "coche*", "automóvil*", "vehículo*", "car", "cars", "vehicle*", "سياره", "سيارات"],
  market: ["marché", "marchés", "mercado", "mercados", "market", "markets", "souk", "souks", "zoco", "zocos", "سوق", "أسواق", "اسواق", ...DEBT_MARKETS],
  factory: [
    "usine*",
    "unité de production",
    "unité industrielle",
    "fábrica*",
    "planta",
    "factory",
    "plant",
    "مصنع",
    "مصانع",
    "وحده صناعيه",
    "gigafactor*",
    "gigafactoría*",
    "gigafábrica*",
    "factoría",
    "factorías",
  ],
  // A plant's assembly or production line (not a route: "línea de montaje", "cadena de producción").
  "assembly-line": [
    ...["chaîne de montage", "chaînes de montage", "chaîne de production", "chaînes de production", "ligne de montage", "ligne de production"],
    ...["línea de montaje", "líneas de montaje", "cadena de montaje", "cadena de producción", "línea de producción", "cadenas de producción"],
    ...["assembly line", "assembly lines", "production line", "production lines", "خط إنتاج", "خط تجميع", "خط للإنتاج", "خط للتجميع"],
  ],
  battery: ["batterie*", "batería*", "battery", "batteries", "بطاريه", "بطاريات", "البطاريات"],
  ai: ["intelligence artificielle", "inteligencia artificial", "artificial intelligence", "الذكاء الاصطناعي", "IA", "AI"],
  // A boat lost, and those who drown (Arabic's "غرق" says both: "غرق ثلاثة شبان بشاطئ", three young men drowned at a beach).
  // (Not "vuelca", "volcó": a bus overturns as a boat does — "Ocho muertos al volcar un autobús".)
  shipwreck: [
    ...["naufrage*", "naufragio*", "shipwreck*", "capsiz*", "غرق", "chavir*", "zozobr*", "hundi*", "sink*", "sank", "sunk"],
    ...["noyé", "noyés", "noyée", "noyées", "noyade*", "se noie", "se noient", "ahogado", "ahogados", "ahogada", "ahogadas", "drown*"],
  ],
  theatre: ["théâtre*", "teatro*", "theatre*", "theater*", "مسرح"],
  // Politics and institutions.
  election: [
    // A presidential election, named by its office: "la présidentielle", "الرئاسيات" (the Maghreb's word), as
    // "presidential election" and "الانتخابات الرئاسية" are: an election and a president.
    ...PRESIDENTIAL_ELECTION,
    // Legislative elections are elections (and of parliament).
    ...["législatives", "legislativas", "الانتخابات التشريعيه"],
    // Local elections: "les municipales", "الانتخابات المحلية" (not a shop, "محل").
    ...["municipales", "élections locales", "elecciones locales", "الانتخابات المحلية", "الانتخابات الجماعية"],
    // Voters and their registration ("تسجيل الناخبين": "الناخب" alone is the national side's coach).
    ...["الناخبين", "الناخبون", "تسجيل الناخبين", "voter registration", "inscription sur les listes électorales", "inscripción de votantes"],
    "élection*",
    "elección*",
    "elecciones",
    // The polls, in Spanish: "los comicios", "a las urnas" (and in French, "aux urnes").
    ...["comicios", "urnas", "urnes"],
    "election*",
    "electoral*",
    "électora*",
    "vote",
    "votes",
    "voto*",
    "scrutin",
    // A referendum is a vote: its turnout and result are told as one or the other.
    "référendum*",
    "referéndum*",
    "referendum*",
    "استفتاء",
    "الاستفتاء",
    "تصويت",
    // A chamber that votes a bill: "يصوت على".
    ...["يصوت", "يصوتون", "صوت على"],
    "المصوتين",
    "مصوتين",
    "انتخاب*",
    "انتخابات",
    "انتخابي",
    "اقتراع",
    // Elects ("le PAM élit", "ينتخب", "تنتخب أمينا عاما"; not "élu", which a best player is too).
    ...["élit", "élisent", "elige", "eligen", "elects", "ينتخب", "تنتخب", "انتخب", "انتخبت"],
    "réélu*",
    "reelegid*",
    "re-elected",
    "reelected",
    "re-election",
    "réélection",
    "reelección",
    "إعاده انتخاب",
    "انتخاب",
  ],
  minister: [
    ...["ministre*", "ministro*", "minister*", "ministère", "ministerio", "ministry", "وزير", "وزيرا", "وزيره", "وزاره", "الوزاره", "وزارات", "الوزارات"],
    ...JUSTICE_MINISTER,
  ],
  // The head of state's council of ministers, and the head of government's weekly council: two meetings (a kind).
  "council-of-ministers": [
    "conseil des ministres",
    "consejo de ministros",
    "council of ministers",
    "مجلس وزاري",
    "مجلسا وزاريا",
    "المجلس الوزاري",
    "مجلس الوزراء",
  ],
  "council-of-government": ["conseil de gouvernement", "conseil du gouvernement", "consejo de gobierno", "government council", "مجلس الحكومه"],
  government: [
    "conseil des ministres",
    "consejo de ministros",
    "council of ministers",
    "مجلس الوزراء",
    "gouvernement*",
    "gobierno*",
    "government*",
    "cabinet",
    "exécutif",
    "حكومه",
    "الحكومه",
    "حكومي",
  ],
  parliament: [
    // Members of parliament, and Algeria's chambers (the APN, the Council of the Nation).
    ...["députés", "diputados", "النواب", "APN", "Assemblée populaire nationale", "المجلس الشعبي الوطني", "Conseil de la nation", "مجلس الأمة"],
    // Morocco's two chambers as the press calls them: the first and the second ("الغرفة الأولى").
    ...["الغرفه الأولى", "الغرفه الاولى", "الغرفه الثانيه", "première Chambre", "deuxième Chambre", "chambre basse", "chambre haute"],
    // Its session: "la session parlementaire", "الدورة التشريعية", "السنة التشريعية".
    ...["session parlementaire", "rentrée parlementaire", "legislative session", "período de sesiones", "الدورة التشريعية", "السنة التشريعية"],
    "chambre des représentants",
    "chambre des conseillers",
    "cámara de representantes",
    "house of representatives",
    "مجلس المستشارين",
    "législatives",
    // Legislative elections and the like in Arabic ("الانتخابات التشريعية").
    ...["التشريعيه", "التشريعيات", "تشريعيه"],
    "legislativas",
    "legislative",
    "législatif",
    "legislativo*",
    "parlement*",
    "parlamento*",
    "parliament*",
    "député*",
    "diputad*",
    "MPs",
    "lawmaker*",
    "deputies",
    "برلمان",
    "البرلمان",
    "برلماني",
    "برلمانيين",
    "برلمانيون",
    "نواب",
    "مجلس النواب",
    "حل البرلمان",
  ],
  questioning: ["interpell*", "interpelación", "questioned", "questioning", "grilled", "مساءله", "مساءلت*", "استجواب"],
  king: ["roi", "rey", "king", "royal*", "monarca", "monarque", "monarch", "ملك", "الملك", "ملكي", "ملكيه", "العاهل", "جلاله"],
  // The Throne (its feast, its speech): the monarchy's day, not any king's news.
  throne: [
    ...["trône", "trono", "throne", "العرش", "intronisation", "entronización", "accession to the throne", "اعتلاء العرش"],
    // Its feast day, one phrase ("Throne Day": no "Day" for a name).
    ...["Throne Day", "fête du Trône", "Día del Trono", "عيد العرش"],
  ],
  // ("delivers a speech": not a delivery.)
  speech: ["discours", "discurso", "discursos", "speech", "speeches", "خطاب", "الخطاب", "خطابا", "delivers speech", "delivers a speech"],
  president: ["président*", "president*", "presidente*", "رئيس", "الرئيس", "رئاسه", "رئاسي", "رئاسيه", ...PRESIDENTIAL_ELECTION],
  // An official inspecting a site is on a visit ("زيارة عمل وتفقد"); not a labour inspectorate's "inspection".
  visit: [
    "visite*",
    "visita*",
    "visit*",
    "زياره",
    "يزور",
    "زار",
    "الزائر",
    "زائر",
    "inspecte",
    "inspectent",
    "inspects",
    "inspected",
    "inspecciona",
    "يتفقد",
    "تفقد",
  ],
  summit: [
    ...["sommet", "cumbre", "summit", "قمه"],
    // A mountain climbed to the top ("corona el Everest", "alcanza la cima"; "la corona" is a crown).
    ...["corona el", "coronó el", "coronar el", "alcanza la cima", "alcanzó la cima", "cima del", "hace cumbre"],
  ],
  agreement: [
    // A contract is an agreement ("firman un nuevo contrato de suministro" / "renueva el acuerdo gasista").
    ...["contrato", "contratos", "contract", "contracts"],
    // Two parties that agree ("s'entendent pour augmenter").
    ...["s'entendent pour", "s'entendent sur", "se sont entendus", "se mettent d'accord"],
    // A deal closed is a deal, not a closing ("cierran el acuerdo", "close a deal").
    ...["cierran el acuerdo", "cierra el acuerdo", "cierran un acuerdo", "cierra un acuerdo", "cerrar un acuerdo", "cerrar el acuerdo"],
    ...["close a deal", "closes a deal", "closed a deal", "close the deal", "closes the deal"],
    "accord",
    "accords",
    "acuerdo*",
    "agreement*",
    "deal",
    "deals",
    "convention*",
    "convenio*",
    "اتفاق*",
    "اتفاقيه",
    "اتفاقيات",
    "agree",
    "agrees",
    "agreed",
    "s'accordent",
    "s'accorde",
    "acuerdan",
    "acordaron",
    "يتفق",
    "تتفق",
    "تتفقان",
    "يتفقان",
    "اتفقا",
  ],
  sign: [
    ...["sign", "signs", "signed", "signing", "signe", "signé*", "signature*", "firma*", "firmar*", "توقيع", "يوقع"],
    // "وقع" alone is also "happened" ("وقع الحادث"), and "توقعات" forecasts: signed, it says what or with whom.
    ...["وقع اتفاقيه", "وقعت اتفاقيه", "وقع على", "وقعت على", "وقع مع", "وقعت مع", "وقعا", "توقعان", "يوقعان"],
  ],
  // Forecasts and expectations ("توقعات بإنتاج قياسي"), which read as a form of "يوقع" (signs) otherwise.
  expectation: ["توقعات", "التوقعات", "توقعات ب", "بتوقعات"],
  diplomacy: ["diplomat*", "ambassad*", "embajad*", "embassy", "سفير", "سفاره", "دبلوماسي*"],
  border: [
    "frontière*",
    "frontera*",
    "fronterizo*",
    "frontalier*",
    "border*",
    "crossing",
    "poste frontière",
    "point de passage",
    "حدود",
    "الحدود",
    "حدودي",
    "معبر",
  ],
  "foreign-affairs": [
    "Affaires étrangères",
    "chef de la diplomatie",
    "Asuntos Exteriores",
    "Exteriores",
    "jefe de la diplomacia",
    "Foreign Minister",
    "Foreign Affairs",
    "foreign ministry",
    "Foreign Office",
    "وزير الخارجيه",
    "وزاره الخارجيه",
    "الشؤون الخارجيه",
  ],
  consulate: ["consulat*", "consulado*", "consulate*", "قنصليه", "قنصليات", "القنصليه"],
  intervene: ["intervien*", "intervention*", "interviene*", "intervenir", "intervene*", "تتدخل", "يتدخل", "تدخل"],
  army: [
    "armée*",
    "forces armées",
    "militaire*",
    "ejército*",
    "fuerzas armadas",
    "militar",
    "militares",
    "army",
    "armies",
    "military",
    "troops",
    "soldat*",
    "soldado*",
    "soldier*",
    "الجيش",
    "جيش",
    "القوات المسلحه",
    "عسكري",
    "عسكريه",
    // Soldiers ("مقتل 12 جنديا").
    ...["جندي", "الجندي", "جنديا", "جنديين", "جنود", "الجنود"],
  ],
  curfew: ["couvre-feu", "toque de queda", "curfew*", "حظر التجول", "حظر تجول", "حظر للتجول"],
  constitution: ["constitution*", "constitucion*", "constitucional*", "constitutional", "دستور", "الدستور", "دستوري", "الدستوري"],
  medical: [
    ...MEDICAL_EXAM,
    // A patient's tests ("transféré en Allemagne pour des examens médicaux"): no exam of a school.
    ...["examens médicaux", "examen médical", "pruebas médicas", "medical tests", "medical checks", "medical check-up"],
    "médical*",
    "médicaux",
    "medical*",
    "médica",
    "médicas",
    "médico",
    "médicos",
    "طبي",
    "طبيه",
    "الطبي",
    "الطبيه",
    "فحوصات",
    "médecine",
    "medicina",
    "الطب",
    "كليات الطب",
  ],
  // ("حرقة", "الحراقة": Algeria's word for the crossing and its crossers.)
  migration: [
    "migrant*",
    "migrat*",
    "migra*",
    "inmigra*",
    "immigr*",
    "clandestin*",
    "harraga",
    // The Algerian press's word for them ("30 حراقا").
    ...["حراق", "حراقا", "حراقة", "الحراقة", "الحراقه"],
    "مهاجر*",
    "مهاجرين",
    "الهجره",
    "هجره",
    "حرقه",
    "الحرقه",
    "حراقه",
    "الحراقه",
    ...MIGRANT_BOATS,
  ],
  protest: [
    ...["اعتصام", "معتصمون", "المعتصمين", "محتجون", "المحتجون", "محتجين", "المحتجين"],
    // Farmers' protest on tractors ("Tractorada en Almería", "une manifestation de tracteurs").
    ...["tractorada*", "manifestation de tracteurs", "tractor protest*"],
    // A march ("une marche de soutien"): folded, "marche" is "marché", a market, so only by its article — "la marche",
    // "une marche" —, where a market is "le marché", "un marché" … ("marche blanche", a silent march; in Spanish "una
    // marcha", not "puesta en marcha", a start).
    ...["la marche", "une marche", "cette marche", "marche blanche", "marche nationale", "marche pacifique", "una marcha", "la marcha", "مسيرات"],
    "manifest*",
    "se manifiestan",
    "se manifiesta contra",
    "protest*",
    "sit-in",
    "rassemblement",
    "احتجاج*",
    "يحتجون",
    "يحتج",
    "تحتج",
    "وقفه",
    "مظاهره",
    "مسيره",
    ...["مظاهرات", "متظاهرون", "متظاهرين", "المتظاهرون", "المتظاهرين"],
  ],
  // (An open-ended strike, "grève ouverte", "إضراب مفتوح", opens nothing.)
  strike: [
    ...["grève*", "huelga*", "strike*", "إضراب", "اضراب", "يضربون", "يضربون عن العمل"],
    // Work stopped ("Débrayage à l'usine", "les ouvriers cessent le travail", "paros", "walkout").
    ...["débrayage*", "cessent le travail", "cesse le travail", "arrêt de travail", "arrêts de travail", "paro", "paros", "walkout*"],
    ...["grève ouverte", "grèves ouvertes", "huelga abierta", "open-ended strike", "إضراب مفتوح", "اضراب مفتوح"],
  ],
  // (The Court of Appeal, "محكمة الاستئناف", is a court: its "استئناف" is no resumption.)
  court: [
    ...JUSTICE_MINISTER,
    "tribunal",
    "tribunaux",
    "tribunales",
    "court*",
    "justice",
    "justicia",
    "judge*",
    "juge*",
    "magistrat*",
    "juez",
    "jueces",
    "محكمه",
    "قضاء",
    "القضاء",
    "قاضي",
    "محكمه الاستئناف",
    "cour d'appel",
    "tribunal de apelación",
  ],
  sentence: [
    // A prison term to serve ("ferme" is no closure here).
    ...["prison ferme", "حبسا نافذا", "سجنا نافذا"],
    // Convicts, and condemns, like "condamne".
    ...["يدين", "تدين", "أدانت", "أدان", "إدانة"],
    "peines alternatives",
    "penas alternativas",
    "alternative sentences",
    "العقوبات البديله",
    "condamn*",
    "conden*",
    "sentenc*",
    "prison*",
    "prisión",
    "jail*",
    // Prisons said as their administration says them ("établissements pénitentiaires", "المؤسسات السجنية").
    ...["pénitentiaire*", "penitenciari*", "penitentiar*", "السجنيه", "السجون"],
    "peine",
    "peines",
    "pena",
    "penas",
    "حكم",
    "سجن",
    "السجن",
    "إدانه",
  ],
  // ("التآمر" alone folds as "تامر", a first name: only in its case, "قضية التآمر".)
  // Tunisia's settlement of economic offences by paying back.
  "penal-conciliation": ["conciliation pénale", "conciliación penal", "penal conciliation", "الصلح الجزائي"],
  conspiracy: ["complot*", "conspiration*", "conspiración", "conspiracy", "قضيه التآمر", "مؤامره"],
  arrest: [
    // A suspect "interpellé" is arrested (a minister is questioned: "interpelle", which folds as "interpellé" does).
    ...["individu interpellé", "suspect interpellé", "été interpellé", "interpellé pour", "interpellés", "interpellée", "interpellées"],
    ...["homme interpellé", "présumé interpellé"],
    // The police's "يوقف" ("أمن أكادير يوقف المشتبه فيه"), where "يوقف" alone is also to stop, to suspend.
    ...["يوقف شخص*", "يوقف المشتبه", "يوقف متهم*", "يوقف شاب*", "يوقف سيده", "يوقف امراه", "يوقف مروج*", "يوقف عصابه"],
    // Held for questioning (Tunisia's "الاحتفاظ ب").
    ...["garde à vue", "الاحتفاظ"],
    "détention provisoire",
    // Remanded in custody ("placé sous mandat de dépôt"; a "mandat" alone is a term of office).
    "mandat de dépôt",
    "détention préventive",
    "prisión provisional",
    "pretrial detention",
    "remanded",
    "الحبس المؤقت",
    "الحبس الاحتياطي",
    "arrêté*",
    "arrestation*",
    "arrest*",
    "deten*",
    "detained",
    "detains",
    "detien*",
    "اعتقال",
    "توقيف",
    "القبض",
    "أوقفت",
    ...["يعتقل", "تعتقل", "اعتقل", "اعتقلت"],
    ...POLICE_ARREST,
    // A suspect "interpellé à" a place ("un Français recherché par Interpol interpellé à Marrakech").
    ...["interpellé à", "interpellés à", "interpellée à", "interpellé au", "interpellé dans", "interpeller un suspect", "pour interpeller"],
  ],
  businessman: [
    "homme d'affaires",
    "hommes d'affaires",
    "femme d'affaires",
    "empresario*",
    "businessm*",
    "businesswom*",
    "رجل أعمال",
    "رجل الأعمال",
    "رجال الأعمال",
    "رجال أعمال",
    "سيدة أعمال",
  ],
  // Wanted by the law, at home or abroad ("recherché par Interpol", "مبحوث عنه دوليا", an Interpol red notice).
  wanted: [
    ...["recherché par", "recherché pour", "recherchés par", "recherchée par", "activement recherché", "mandat d'arrêt international"],
    ...["buscado por", "reclamado por", "orden internacional de busca", "wanted by", "wanted for", "red notice", "notice rouge"],
    ...["مبحوث عنه", "مبحوث عنها", "مبحوث عنهم", "مطلوب للعدالة", "نشرة حمراء", "مذكرة بحث دولية"],
  ],
  // A sentence upheld on appeal ("la cour d'appel confirme", "تأييد الحكم الابتدائي").
  upheld: [
    ...["confirme la peine", "confirme le jugement", "confirme la condamnation", "confirmée en appel", "confirmé en appel"],
    ...["confirma la condena", "ratifica la condena", "upholds", "upheld", "تؤيد الحكم", "يؤيد الحكم", "تأييد الحكم", "أيدت الحكم"],
  ],
  police: [
    ...POLICE_ARREST,
    "police*",
    "policier*",
    "policía*",
    "policial*",
    "gendarmerie",
    "guardia civil",
    "أمن",
    "الأمن",
    "شرطه",
    "الشرطه",
    "شرطي",
    "الدرك",
  ],
  // (A warning shot, "رصاصة تحذيرية", is a firearm used.)
  weapon: [
    // Shots fired ("إطلاق رصاص", "أطلق النار"): no launch; a warning shot ("coup de semonce").
    ...["إطلاق رصاص", "إطلاق الرصاص", "إطلاق النار", "يطلق رصاصة", "أطلق رصاصة", "يطلق النار", "أطلق النار", "أطلقت النار"],
    ...["coup de semonce", "coups de semonce", "tire un coup de feu", "disparo de advertencia", "warning shot", "warning shots"],
    // Ammunition, and an arms cache ("مخبأ للأسلحة", "cache d'armes").
    ...["ذخيره", "الذخيره", "ذخائر", "munitions", "munición", "municiones", "ammunition", "مخبأ", "cache d'armes", "arms cache", "zulo"],
    "رصاصه",
    "رصاص",
    "طلق ناري",
    "طلقات ناريه",
    "coup de feu",
    "coups de feu",
    "tir de sommation",
    "disparo*",
    "gunshot*",
    "arme",
    "armes",
    "arme à feu",
    "arma",
    "armas",
    "weapon*",
    "firearm*",
    "gun",
    "guns",
    "سلاح",
    "سلاحه",
    "السلاح",
    "أسلحه",
    "الأسلحه",
  ],
  knife: ["couteau*", "arme blanche", "cuchillo*", "arma blanca", "knife", "knives", "سكين", "السلاح الأبيض"],
  assault: ["agress*", "agresión", "agredid*", "assault*", "اعتداء", "الاعتداء", "يعتدي", "تعتدي", "اعتدى"],
  corruption: ["corruption", "corrupción", "bribe*", "pot-de-vin", "soborno*", "فساد", "رشوه", "graft"],
  // Public money misused: "dilapidation de deniers publics", "détournement de fonds", "تبديد أموال عمومية", "اختلاس".
  embezzlement: [
    ...["dilapidation", "détournement*", "malversation*", "deniers publics", "malversación", "desfalco", "embezzl*", "misappropriat*"],
    ...["تبديد", "اختلاس", "أموال عموميه", "المال العام"],
  ],
  // Set free ("le journaliste libéré", "الإفراج عن").
  release: [
    "libéré",
    "libérée",
    "libérés",
    "libération",
    "liberado",
    "liberada",
    "liberados",
    "liberación",
    "released",
    "freed",
    "الإفراج",
    "الافراج",
    "إطلاق سراح",
    "أفرج",
    "يفرج",
  ],
  // Economy.
  // ("أثمنة", the Maghreb's prices; not "ثمن", also "praised".)
  price: [
    // A taxi's fare ("la course minimale passe à 8 dirhams").
    ...["course minimale", "prix de la course"],
    "prix",
    "precio*",
    "price*",
    "tarif*",
    // (Not "coût*" only: a knife, "couteau", folds to a word it starts.)
    ...["coût", "coûts", "coûte", "coûtent", "coûtera", "coûté", "coûteux", "coûteuse"],
    "coste",
    "costes",
    "costo",
    "costos",
    "cost",
    "costs",
    "سعر",
    "أسعار",
    "اسعار",
    "غلاء",
    "تكلفه",
    "أثمنه",
    "أثمان",
    "تسعيره",
    ...["ثمن", "الثمن", "أثمنه"],
    // A price said with its discount (a phrase of "discount") is a price too.
    ...["prix réduit*", "tarif* réduit*", "casse les prix", "precios reducidos", "reduced fares", "أسعار مخفضة", "أسعار تفضيلية", "أثمنة تفضيلية"],
  ],
  rise: [
    // Very dear, in Morocco's spoken Arabic ("الطماطم غالية بزاف").
    ...["غاليه بزاف", "غالي بزاف", "غلات بزاف"],
    // A market that ends "in the green" ("termine dans le vert", "cierra en verde").
    ...["dans le vert", "en territoire positif", "en verde", "in the green", "in positive territory"],
    // Revalued: wages "revalorisés", pensions "revalorizadas".
    ...["revaloris*", "revaloriz*"],
    // Raised: "le SMIG relevé de 5 %", "رفع الأجر الأدنى" ("رفع الحظر", a ban lifted, is a phrase of its own).
    ...["relevé*", "رفع"],
    // Hiked: "CBE hikes key rates", "a fuel price hike".
    ...["hike", "hikes", "hiked"],
    "hausse",
    "progresse",
    "progression",
    "augment*",
    "flamb*",
    // Dearer: "los billetes se encarecen".
    "encarec*",
    // Prices "ablaze" ("أسعار السردين تلتهب").
    ...["تلتهب", "يلتهب", "لهيب"],
    "bond*",
    "aumento*",
    "aument*",
    "subida*",
    "sube*",
    "suben",
    "subir",
    "alza",
    "jump*",
    "rise*",
    "rising",
    // "Les prix s'envolent", "l'envolée des prix".
    "envol*",
    "تشتعل",
    "apprécie",
    "s'apprécie",
    "gains",
    "raise*",
    "grimpe*",
    "ترفع",
    "يرفع",
    "increase*",
    "soar*",
    "surge*",
    "ارتفاع",
    "ترتفع",
    "يرتفع",
    "ارتفعت",
    "يقفز",
    "قفز",
    "زياده",
    "المرتفعه",
    "مرتفعه",
  ],
  fall: [
    // A market that ends "in the red" ("termine dans le rouge", "cierra en rojo").
    ...["dans le rouge", "en territoire négatif", "en rojo", "in the red", "in negative territory"],
    // A rise that slows ("la hausse se modère").
    ...["se modère", "se modèrent", "ralentit", "ralentissent", "décélère"],
    "baisse*",
    "recul*",
    "chute*",
    "caída*",
    "cae",
    "caen",
    "descenso",
    "bajada",
    "fall",
    "falls",
    "fell",
    "drop*",
    "decline*",
    "انخفاض",
    "تراجع",
    "يتراجع",
    "تنخفض",
    "انخفضت",
    "ralenti*",
    "slow*",
    "weaken*",
    "تباطؤ",
    "tombe*",
    // A currency's slide and its record low; earnings slashed.
    ...["slide", "slides", "slid", "sliding", "record low", "all-time low", "slash*"],
    // Plunged: "earnings plunge", "se desploman", "تهاوي".
    ...["plunge*", "plummet*", "slump*", "tumble*", "desplom*", "تهاوي", "يتهاوى", "تتهاوى"],
    // Lowered: "abaisse ses taux", "يخفض أسعار الفائدة".
    "abaisse",
    "abaissé*",
    "lowered",
    "lowers",
    "eases",
    "eased",
    "يخفض",
    "تخفض",
    "خفض",
    "تخفيض",
    ...RATE_CUT,
    // A currency that slides ("la glissade du dinar").
    ...["glissade", "dégringol*"],
  ],
  // (And the index it is measured by: "Indice des prix : la hausse se modère", "الرقم الاستدلالي للأثمان".)
  inflation: [
    ...["inflation", "inflación", "التضخم", "تضخم"],
    ...["indice des prix", "indice des prix à la consommation", "IPC", "consumer price index", "CPI", "índice de precios", "مؤشر الأسعار"],
    ...["الرقم الاستدلالي للأثمان", "الرقم الاستدلالي للأسعار"],
  ],
  "interest-rate": [
    ...RATE_CUT,
    "taux directeur",
    "taux directeurs",
    // The key rate in full ("statu quo sur le taux d'intérêt directeur"), and the policy a headline names for it
    // ("Politique monétaire : la Banque centrale ne touche pas à son taux").
    ...["taux d'intérêt directeur", "taux d'intérêt directeurs", "politique monétaire", "política monetaria", "monetary policy", "السياسه النقديه"],
    "اسعار الفائده",
    "tipo de interés",
    "tipos de interés",
    "interest rate*",
    "key rate",
    // Plural, and a hike of them ("CBE hikes key rates").
    ...["key rates", "benchmark rates", "policy rates", "rate hike*"],
    // A central bank's committee and its corridor ("Egypt's MPC leaves overnight deposit rate at 19.25%").
    ...["monetary policy committee", "MPC", "comité de politique monétaire", "لجنه السياسه النقديه"],
    ...["overnight deposit rate", "overnight lending rate", "deposit rate", "taux de dépôt", "سعر عائد الإيداع"],
    "سعر الفائده",
    "الفائده الرئيسي",
    "points de base",
    "puntos básicos",
    "basis points",
    "نقطه أساس",
    "نقاط أساس",
    "benchmark rate",
    "policy rate",
    "tipo de referencia",
    "tipos de referencia",
    "سعر الفائده المرجعي",
  ],
  budget: [
    // The finance bill.
    "projet de loi de finances",
    "budget*",
    "presupuesto*",
    "finances",
    "loi de finances",
    "PLF",
    "ley de presupuestos",
    "finance bill",
    "ميزانيه",
    "الميزانيه",
    "قانون الماليه",
    "مشروع قانون الماليه",
  ],
  plastic: ["plastique*", "plástico*", "plastic*", "بلاستيك", "البلاستيك", "البلاستيكيه", "بلاستيكيه"],
  tax: ["impôt*", "taxe*", "impuesto*", "tax", "taxes", "fiscal*", "ضريبه", "الضرائب", "ضريبي"],
  // (Exporters too: "قائمة مصدري زيت الزيتون"; not "مصدر" alone, a source, nor "تصدر", which also issues a verdict.)
  export: ["export*", "exporta*", "صادرات", "تصدير", "مصدري", "مصدرين", "المصدرين", "المصدره"],
  // Iron and its ore, Mauritania's and others' ("SNIM ships more iron ore", "خام الحديد"). Not "fer" alone: "chemin de
  // fer" is a railway.
  iron: ["minerai de fer", "hierro", "الحديد", "حديد"],
  // (Tunisia's press says "توريد" for imports.)
  // (Not "import*": "important", "importante" would be imports.)
  import: [
    ...["import", "imports", "imported", "importing", "importer", "importers", "importation*", "importateur*", "importatrice*"],
    ...["importe", "importent", "importé", "importés", "importée", "importées", "importera", "importeront", "importait"],
    ...["importación", "importaciones", "importar", "importará", "importarán", "importó", "importado*", "importador*", "importa", "importan"],
    ...["واردات", "استيراد", "توريد", "التوريد"],
  ],
  trade: [
    "trade gap",
    ...["commerce", "commercial*", "comercio", "comercial*", "trade", "تجاره", "تجاري", "المبادلات"],
    // The plural the stem misses ("les échanges commerciaux").
    ...["commerciaux", "échanges commerciaux"],
    // Goods ("mercancías", "marchandises", "البضائع").
    ...["mercancías", "mercancía", "marchandises", "goods", "البضائع", "بضائع", "السلع"],
  ],
  investment: [
    "investissement*",
    "investir",
    "investit",
    "investis",
    "investie*",
    "investisseur*",
    "inversión",
    "inversiones",
    "inversor*",
    "invierte*",
    "invertir*",
    "invertirá",
    "invertido",
    "investment*",
    "invest",
    "invests",
    "investing",
    "investor*",
    "استثمار*",
    "يستثمر",
    "تستثمر",
    "سيستثمر",
    "الاستثمارات",
    "financ*",
    "fund",
    "funds",
    "funding",
    "تمويل",
    "يمول",
    "لتمويل",
  ],
  growth: ["croissance", "croît", "crecimiento", "crece", "crecen", "crezca", "crecerá", "growth", "grows", "grew", "growing", "grow", "نمو", "ينمو", "نما"],
  bank: [
    "banque centrale",
    "banco central",
    "central bank",
    "البنك المركزي",
    "banque*",
    "banco*",
    "bank",
    "banks",
    "banking",
    "banker*",
    "bancaire*",
    "bancari*",
    "بنك",
    "البنك",
    "بنوك",
    "مصرف",
  ],
  debt: ["dette*", "deuda*", "debt*", "loan*", "bailout*", "prêt*", "préstamo*", "دين", "ديون", "قرض", "قروض"],
  unemployment: [
    ...["chômage", "chômeur*", "desempleo", "desemplead*", "paro", "unemployment", "unemployed", "jobless", "بطاله", "البطاله", "عاطل*"],
    // The labour market, as the statistics office's quarterly note has it ("Le marché du travail se dégrade").
    ...["marché du travail", "mercado laboral", "mercado de trabajo", "labour market", "labor market", "سوق الشغل", "سوق العمل"],
  ],
  jobs: ["emploi*", "empleo*", "job", "jobs", "puestos de trabajo", "شغل", "تشغيل", "مناصب"],
  // Civil servants and the civil service ("la fonction publique", "الوظيفة العمومية").
  "civil-servants": [
    ...["fonctionnaire*", "fonction publique", "funcionario*", "función pública", "civil servant*", "civil service", "public servants"],
    ...["موظف", "الموظفين", "موظفي", "الوظيفة العمومية", "الوظيفة العامة"],
    // The public sector, which a strike names as the civil service.
    ...["secteur public", "sector público", "public sector", "القطاع العام", "القطاع العمومي"],
  ],
  // Bilateral relations ("les relations avec le Maroc", "العلاقات المغربية الإسبانية"; not "relation" alone: "en relation avec").
  relations: ["relations", "relaciones", "العلاقات", "علاقات"],
  wages: [
    "salaire*",
    "salario*",
    "wage*",
    "salary",
    "salaries",
    "أجور",
    "الأجور",
    "رواتب",
    "أجر",
    "الأجر",
    "أجرا",
    "للأجر",
    "الأجر القاعدي",
    "أجرا قاعديا",
    "أجر قاعدي",
    ...MINIMUM_WAGE,
  ],
  "minimum-wage": MINIMUM_WAGE,
  "social-dialogue": ["dialogue social", "diálogo social", "social dialogue", "الحوار الاجتماعي"],
  // (A country's visitors are its tourists.)
  tourism: [
    "touris*",
    "turis*",
    "سياحه",
    "السياحه",
    "سياح",
    "سياحي",
    "السياح",
    "سائح",
    "سائحا",
    "سياحا",
    // Visitors, a crowd of them (not "الزائر", the visiting minister: see visit).
    "visitors",
    "زوار",
    "الزوار",
    "visiteurs",
    "visitantes",
    "visitor",
    "visiteur",
    "visitante",
  ],
  record: [
    ...["all-time high", "all-time highs", "record high", "all-time low", "record low"],
    // A record beaten ("bat son record": no win; "يحطم رقمه القياسي").
    ...["bat son record", "bat le record", "bat un record", "battu son record", "bate su récord", "bate el récord", "bate un récord"],
    ...["breaks its record", "breaks record", "broke its record", "يحطم رقمه القياسي", "يحطم الرقم القياسي", "تحطم رقمها القياسي"],
    // Someone's record broken ("يحطم رقم دروغبا", "حطم رقم").
    ...["يحطم رقم", "تحطم رقم", "حطم رقم", "تحطيم رقم", "breaks the record", "broke the record", "rompe el récord", "batió el récord"],
    // The highest ever ("un nouveau sommet historique", "plus haut historique", "أعلى مستوى في تاريخه"): not a summit.
    ...["sommet historique", "nouveau sommet", "plus haut historique", "máximo histórico", "أعلى مستوى في تاريخه", "أعلى مستوى له"],
    // More than ever ("vende más tomates que nunca").
    ...["que nunca", "que jamais", "than ever", "من أي وقت مضى"],
    // Never so high ("n'ont jamais été aussi élevées", "nunca habían sido tan altas", "never been higher").
    ...["jamais été aussi", "jamais autant", "nunca habían sido tan", "nunca había sido tan", "never been higher", "never been so high"],
    // At a level never seen ("le MASI à un niveau historique", "مستوى تاريخي", "nivel histórico").
    ...["niveau historique", "niveaux historiques", "nivel histórico", "niveles históricos", "مستوى تاريخي", "مستويات تاريخيه"],
    "record*",
    "récord*",
    "plus bas historique",
    "plus haut historique",
    "mínimo histórico",
    "máximo histórico",
    "قياسي",
    "قياسيه",
    "رقم قياسي",
    // Best, worst, first "in its history", "ever", "unprecedented".
    "في تاريخها",
    "في تاريخه",
    "sans précédent",
    "sin precedentes",
    "unprecedented",
    "best ever",
    "غير مسبوق",
    "غير مسبوقه",
  ],
  doctor: ["médecin*", "médico", "médicos", "doctor*", "physician*", "أطباء", "الأطباء", "طبيب", "الطبيب"],
  nurse: ["infirmier*", "infirmière*", "enfermer*", "nurse*", "ممرض", "ممرضه", "ممرضين", "الممرضين", "ممرضات", "الممرضات"],
  clashes: [
    ...["affrontement*", "enfrentamiento*", "clash*", "fighting", "heurts", "اشتباك*", "اشتباكات", "مواجهات", "معارك", "combats"],
    // An exchange of fire ("إطلاق" alone is a launch).
    ...["échanges de tirs", "échange de tirs", "intercambio de disparos", "exchange of fire", "exchanges of fire"],
    ...["تبادل لإطلاق النار", "تبادل إطلاق النار", "تبادل لاطلاق النار", "تبادل اطلاق النار"],
  ],
  // Energy, resources, farming.
  energy: ["énergie*", "énergétique*", "energía*", "energétic*", "energy", "طاقه", "الطاقه", "طاقي"],
  solar: ["solaire*", "solar", "شمسي", "شمسيه", "الشمسيه"],
  // ("Wind farm" is no farm.)
  wind: [
    "éolien*",
    "eólic*",
    "wind",
    "wind farm",
    "wind farms",
    "ريحي",
    "الريحي",
    "ريحيه",
    "الرياح",
    "vent",
    "vents",
    "rafales",
    "viento",
    "vientos",
    "rachas",
    "gusts",
    "gale*",
    "رياح",
    "هبات رياح",
  ],
  plant: ["centrale*", "centrales", "plant", "plants", "محطه", "محطات"],
  gas: [
    ...GAS_FIND,
    "gaz",
    "gas",
    // Liquefied natural gas, as its initials too.
    ...["GNL", "LNG", "غاز مسال", "الغاز المسال", "الغاز الطبيعي المسال"],
    "gazoduc",
    "gasoducto",
    "pipeline",
    "غاز",
    "الغاز",
    "أنبوب",
    "GNL",
    "LNG",
    "gaz naturel liquéfié",
    "gas natural licuado",
    "liquefied natural gas",
    "الغاز الطبيعي المسال",
    "gazier*",
    "gasista*",
    "غازي",
    "butane",
    "butano",
    // (Kept whole: its "ب" is no preposition.)
    ...["بوطان", "البوطان", "قنينة الغاز", "قنينات الغاز"],
    "البوتان",
    "bonbonne*",
    "bouteille de gaz",
    "bouteilles de gaz",
    "bombona*",
    "قنينه الغاز",
    "قنينات الغاز",
  ],
  oil: [
    ...OIL_FIND,
    "pétrol*",
    "petróleo*",
    "oil",
    "oilfield*",
    "crude",
    "نفط",
    "النفط",
    "بترول",
    "البترول",
    "baril*",
    "barril*",
    "barrel*",
    "برميل",
    "براميل",
  ],
  fuel: [
    // Petrol stations "d'essence".
    ...["stations d'essence", "station d'essence"],
    // Fuel stations are the fuel's news ("بمحطات الوقود", not terminals or power plants).
    ...["محطات الوقود", "محطة الوقود", "station-service", "stations-service", "gas station", "gas stations", "estaciones de servicio"],
    ...["الغازوال", "غازوال", "المحروقات", "محروقات"],
    "carburant*",
    "combustible*",
    "essence",
    "gasolina",
    "diesel",
    "gasoil",
    "fuel",
    "petrol",
    "gasoline",
    "وقود",
    "بنزين",
    "البنزين",
    // Egypt's diesel.
    "السولار",
    "سولار",
  ],
  tobacco: ["cigarette*", "tabac", "cigarrillo*", "tabaco", "tobacco", "السجائر", "سجائر", "التبغ"],
  electricity: [
    ...INTERCONNECTOR,
    "GWh",
    "gigawattheure*",
    "gigavatios hora",
    "gigawatt hours",
    "جيغاواط ساعة",
    "électricité",
    "électrique*",
    "electricidad",
    "eléctric*",
    "electricity",
    "power cut*",
    "power cuts",
    "power outage*",
    // A plant that makes it ("Tripoli West power plant", "central eléctrica").
    ...["power plant*", "power station*", "centrale électrique", "centrales électriques", "central eléctrica", "centrales eléctricas"],
    // A blackout is the power's outage ("halts scheduled blackouts" / "ends rolling power cuts").
    ...["blackout*", "apagón", "apagones", "délestage*"],
    "corte de luz",
    "cortes de luz",
    "قطع الكهرباء",
    "power demand",
    "power grid",
    "power supply",
    "كهرباء",
    "الكهرباء",
    "كهربائي",
  ],
  rural: ["rural", "rurale", "rurales", "ruraux", "القرويه", "القروي", "العالم القروي", "قرويه"],
  water: [
    // The spoken word ("الما مقطوع": the standard "الماء").
    "الما",
    // Its adjective ("الموارد المائية", water resources): not "ماي", May.
    ...["المائيه", "المائي", "مائيه", "مائي"],
    ...DEPRIVED_OF_WATER,
    "eau",
    "eaux",
    "agua",
    "aguas",
    "water",
    "hídric*",
    "hydrique*",
    "ماء",
    "المياه",
    "مياه",
    "مائي",
    "corte de agua",
    "cortes de agua",
    "water cut*",
    "water cuts",
  ],
  dam: [
    "barrage*",
    "presa",
    "presas",
    "embalse*",
    "dam",
    "dams",
    "reservoir*",
    "سد",
    "سدود",
    "السدود",
    "retenue*",
    "ملء السدود",
    // (A dam's filling counted, "الملء الخامس"; "ملء" alone is a hotel's occupancy.)
    ...["الملء الأول", "الملء الثاني", "الملء الثالث", "الملء الرابع", "الملء الخامس", "الملء السادس"],
    "réserves des barrages",
    "حقينة السدود",
    "مخزون السدود",
  ],
  drought: [
    ...["sécheresse", "sequía", "drought", "جفاف", "الجفاف"],
    // A lack of rain.
    ...["manque de pluie", "manque de pluies", "déficit pluviométrique", "falta de lluvia", "falta de lluvias", "lack of rain"],
    ...["شح الأمطار", "قلة الأمطار", "قلة التساقطات", "ندرة التساقطات"],
  ],
  rain: [
    // Morocco's spoken word for rain ("الشتا غرقات زناقي طنجة"; the standard "الشتاء" is winter).
    "الشتا",
    "pluie*",
    "pluvio*",
    "lluvia*",
    "rain*",
    "averse*",
    "downpour*",
    "shower*",
    "chubasco*",
    "precipitation*",
    "précipitation*",
    "precipitacion*",
    "مطر",
    "أمطار",
    "امطار",
    "الأمطار",
    "تساقطات",
    "التساقطات",
    "زخات",
  ],
  snow: ["chutes de neige", "chute de neige", "تساقطات ثلجية", "التساقطات الثلجية", "neige*", "nieve*", "nevad*", "snow*", "ثلوج", "الثلوج", "ثلجيه"],
  heat: [
    "canicule",
    "chaleur",
    "vague de chaleur",
    "ola de calor",
    "calor",
    "heatwave",
    "heat",
    "swelter*",
    "hottest",
    "scorching",
    "حراره",
    "الحراره",
    "موجه حر",
    "حر",
    "الحر",
    // Heatstroke.
    ...["coup de chaleur", "coups de chaleur", "insolation", "golpe de calor", "golpes de calor", "heatstroke*", "heat stroke"],
    ...["ضربه شمس", "ضربات شمس", "ضربه الشمس", "ضربات الشمس"],
  ],
  storm: [
    "tempête*",
    "orage*",
    "tormenta*",
    "temporal",
    "storm*",
    "sandstorm*",
    // Wind of sand: a sandstorm ("vent de sable", "viento de arena").
    ...["vent de sable", "vents de sable", "viento de arena", "sand wind*"],
    "thunder*",
    "عاصفه",
    "عواصف",
    "رعديه",
    // Bad weather: the storm a headline means.
    "mal tiempo",
    "mauvais temps",
    "intempéries",
    "bad weather",
    "سوء الأحوال الجويه",
    "الأحوال الجويه السيئه",
    // What closes schools and stops ferries ("بسبب الأحوال الجوية": the weather, not an air route).
    "بسبب الأحوال الجويه",
  ],
  flood: [
    ...["sous les eaux", "inond*", "crue*", "inund*", "riada*", "flood*", "فيضان*", "فيضانات", "سيول", "تغرق", "يغرق"],
    // Flooded, in Morocco's spoken Arabic ("الشتا غرقات زناقي طنجة"; the standard "غرق" is a drowning).
    ...["غرقات"],
    // A river out of its bed: "sort de son lit", "bursts its banks" (no bank), "se desborda", "فاض".
    ...["sort de son lit", "sortent de leur lit", "sorti de son lit", "sortie de son lit", "burst its banks", "bursts its banks", "burst their banks"],
    ...["se desborda", "se desbordó", "desbordamiento", "فاض", "يفيض", "فاضت"],
    // A river's rise ("la crecida del Nilo"): the Spanish for "crue".
    ...["crecida", "crecidas"],
    // Streets "submerged by water" ("تغمرها المياه").
    ...["تغمرها المياه", "غمرتها المياه", "غمرت المياه", "تغمر المياه", "تغمرها السيول", "غمرتها السيول"],
    // Swept away by the waters ("سيول جارفة", "جرفتهما مياه الأمطار"): not "جرف" alone, the dredging of sand.
    ...["جارفه", "جارفة", "جرفته", "جرفتها", "جرفتهما", "جرفتهم", "جرفت"],
  ],
  weather: [
    ...ALERT_LEVELS,
    "météo*",
    "meteorológ*",
    "weather",
    "forecast*",
    "prévision*",
    "previsión*",
    "alerte",
    "alerta",
    "warning",
    "الأرصاد",
    "أرصاد",
    "نشره إنذاريه",
    "aviso",
    "avisos",
    "Aemet",
    "بلاغ إنذاري",
  ],
  wheat: ["blé", "trigo", "wheat", "céréale*", "cereal*", "grain*", "قمح", "القمح", "حبوب", "الحبوب", "غلال", "الغلال"],
  barley: ["orge", "cebada", "barley", "شعير", "الشعير"],
  // Flour ("الفارينة", the Maghreb's word, after the French). (Not "دقيق": folded and stemmed, "دقيقة" is a minute of a match.)
  flour: ["farine", "farines", "harina", "harinas", "flour", "طحين", "الطحين", "فارينة", "الفارينة"],
  // (Not "صومعة": in the Maghreb, a minaret.)
  silo: ["silo", "silos", "صوامع", "الصوامع"],
  storage: ["stockage", "entreposage", "almacenamiento", "storage", "تخزين", "التخزين", "التخزينيه", "السعه التخزينيه"],
  // ("صابة", the crop, in Tunisia and Algeria: "صابة زيتون قياسية".)
  harvest: ["récolte*", "cosecha*", "harvest*", "campagne agricole", "campaña agrícola", "محصول", "موسم فلاحي", "الموسم الفلاحي", "صابه", "الصابه"],
  agriculture: [
    // A farm ("une ferme de 200 vaches"), which "ferme" alone (closes) is not.
    ...["une ferme", "la ferme de", "ferme agricole", "fermes agricoles", "ferme pilote", "ferme laitière"],
    "مزارعون",
    "مزارعين",
    "المزارعين",
    "المزارعون",
    "agricul*",
    "agrícol*",
    "agrari*",
    "farm",
    "farms",
    "farmer*",
    "farming",
    "فلاحه",
    "الفلاحه",
    "فلاحي",
    "الفلاحي",
    "زراعه",
    "الزراعه",
    "زراعي",
    "فلاح",
    "الفلاح",
    "فلاحين",
    "الفلاحين",
    "فلاحون",
    "الفلاحون",
  ],
  // (Not the verb "ذهب", he went: the metal with its article.)
  gold: [
    ...["prix de l'or", "cours de l'or", "once d'or", "lingot*", "oro", "gold", "الذهب", "المعدن الأصفر", "الصاغه", "صاغه"],
    // Gold digging by hand ("orpailleurs", "التنقيب عن الذهب": no archaeology).
    ...["orpaillage", "orpailleur*", "gold miner*", "gold panner*", "mineros de oro", "التنقيب عن الذهب", "للتنقيب عن الذهب"],
    ...["المنقبين عن الذهب", "منقبين عن الذهب", "منقبين", "المنقبين"],
  ],
  // A well, dug for water or gold ("puits", "آبار"; not English "well", said of everything, nor "بئر" alone, which
  // begins many places' names: Bir El Djir, بئر الجير).
  well: ["puits", "pozo", "pozos", "آبار", "ابار", "الآبار"],
  emergency: ["urgence", "urgences", "emergencia*", "emergency", "emergencies", "استعجالي", "استعجاليه", "طارئ", "طارئه", "الطوارئ", "طوارئ"],
  poultry: [
    ...["volaille*", "poulet*", "aves", "avícol*", "pollo*", "poultry", "chicken*", "دواجن", "الدواجن", "دجاج", "الدجاج"],
    // White meat: poultry ("غلاء اللحوم البيضاء").
    ...["viande blanche", "viandes blanches", "carne blanca", "carnes blancas", "white meat", "اللحوم البيضاء", "لحوم بيضاء"],
  ],
  fishing: [
    ...["pêche", "pesca", "pesquer*", "fishing", "fisheries", "صيد", "الصيد البحري"],
    // A fleet at work on its fishing grounds ("vuelve a faenar", "regresan al caladero").
    ...["faenar", "faenan", "faena en", "caladero*", "zones de pêche", "fishing grounds"],
  ],
  // Steel and its works ("le complexe sidérurgique", "un haut fourneau", "مصنع الصلب"). (Not "الصلب" alone: "في صلب" is at
  // the heart of.)
  steel: [
    ...["sidérurgie", "sidérurgique", "sidérurgiques", "acier", "aciers", "aciérie", "aciéries", "haut fourneau", "hauts fourneaux"],
    ...["haut-fourneau", "hauts-fourneaux", "steel", "steelworks", "steelmaker", "steelmakers", "blast furnace", "blast furnaces"],
    ...["acero", "acería", "acerías", "siderurgia", "siderúrgica", "siderúrgico", "alto horno", "altos hornos"],
    ...["الحديد والصلب", "الفولاذ", "صناعه الصلب", "مصنع الصلب", "مصانع الصلب", "مركب الحديد", "الفرن العالي", "الافران العاليه"],
  ],
  // The Prophet's birthday ("le Mouled", "المولد النبوي"). (Not "Mouloud": a given name.)
  mawlid: ["Mouled", "Mawlid", "Mawlid an-Nabawi", "Aïd el-Mawlid", "المولد النبوي", "المولد النبوي الشريف", "عيد المولد", "ذكرى المولد"],
  // The sun on Ramses II's face at Abu Simbel, twice a year ("تعامد الشمس").
  "sun-alignment": ["alignement du soleil", "alignement solaire", "sun alignment", "alineación del sol", "تعامد الشمس"],
  helicopter: ["hélicoptère", "hélicoptères", "helicóptero", "helicópteros", "helicopter", "helicopters", "مروحيه", "مروحيات", "هليكوبتر"],
  phosphate: ["phosphate*", "fosfato*", "فوسفاط", "الفوسفاط", "فوسفات", "فسفاط", "الفسفاط"],
  // Cement and its plants ("exporte son ciment", "الإسمنت", "une cimenterie").
  cement: ["ciment", "ciments", "cimenterie*", "cimentier*", "cemento", "cementos", "cementera*", "cement", "cements", "إسمنت", "الإسمنت", "اسمنت", "الاسمنت"],
  // Society, health, education.
  school: [
    "école*",
    "scolaire*",
    "rentrée scolaire",
    "escuela*",
    "escolar*",
    "aulas",
    "school*",
    "pupil*",
    "back to school",
    // (Not "élève*": "éleveurs", breeders, and "élevage".)
    "élève",
    "élèves",
    "alumno*",
    "مدرسه",
    "مدارس",
    "تلاميذ",
    "التلاميذ",
    "تلميذ",
    "مدرسي",
    "الدخول المدرسي",
    "مقاعد الدراسه",
    // Classes suspended ("تعليق الدراسة"), resumed ("استئناف الدراسة").
    ...["تعليق الدراسه", "استئناف الدراسه", "توقيف الدراسه"],
  ],
  university: [
    ...["universit*", "étudiant*", "estudiant*", "student*", "جامعه", "جامعات", "الطلبه", "طلبه", "جامعي"],
    // (The phrases of the academic year's start are the university's too.)
    ...["rentrée universitaire", "الدخول الجامعي"],
  ],
  // The start of a school or academic year ("la rentrée universitaire fixée au 22 septembre", "الدخول الجامعي يوم 22").
  "term-start": [
    ...["rentrée", "rentrée universitaire", "rentrée scolaire", "inicio del curso", "vuelta al cole", "back to school", "new school year"],
    // (Not "الموسم الدراسي": the school year itself, "خلال الموسم الدراسي الحالي".)
    ...["الدخول الجامعي", "الدخول المدرسي"],
  ],
  // A sum paid to people: a student's grant, an unemployment or a tourist allowance ("منحة البطالة", "allocation chômage").
  allowance: [
    ...["bourses universitaires", "bourse universitaire", "bourses d'études", "bourse d'études", "allocation*", "beca", "becas", "becario*"],
    ...["scholarship*", "allowance*", "stipend*", "منحه", "المنحه", "المنح", "منح دراسيه", "منح جامعيه"],
  ],
  exam: [
    // Egypt's secondary-school exam (its words are the exam's, not a text's own: "نتيجة الثانوية العامة").
    ...["الثانويه العامه", "الثانويه العامه الازهريه"],
    "examen*",
    // (Not "exam*": a council that "examine" a bill holds no exam.)
    ...["exam", "exams", "exámenes", "examenes"],
    // A competitive entrance or recruitment exam, which Moroccan Arabic calls a "match" ("مباراة ولوج كليات الطب").
    ...["مباراة ولوج", "مباريات ولوج", "مباراة الولوج", "مباراة التوظيف", "مباريات التوظيف", ...MEDICAL_EXAM],
    "baccalauréat",
    "baccalaureate",
    "bachillerato",
    "selectividad",
    "امتحان*",
    "امتحانات",
    "البكالوريا",
    "باكالوريا",
    "الباكالوريا",
    "bac",
    "épreuve*",
  ],
  // Which exam (besides "exam", which each also is): the secondary school's final one, the middle school's, the
  // primary school's ("امتحان شهادة البكالوريا" and "امتحان شهادة التعليم المتوسط" the same day are two timetables).
  baccalaureate: [
    ...["baccalauréat", "baccalaureate", "bachillerato", "البكالوريا", "باكالوريا", "الباكالوريا", "bac"],
    // Egypt's, the "general secondary" ("الثانوية العامة", "thanaweya amma").
    ...["الثانويه العامه", "الثانويه العامه الازهريه", "thanaweya amma"],
  ],
  // Morocco's two exams of the bac: the regional one of its first year, the national one of its second.
  "regional-exam": ["examen régional", "examens régionaux", "الامتحان الجهوي", "الامتحانات الجهويه", "examen regional"],
  "national-exam": ["examen national", "examens nationaux", "الامتحان الوطني", "الامتحانات الوطنيه", "الامتحان الوطني الموحد", "examen nacional"],
  "middle-school-exam": ["BEM", "brevet d'enseignement moyen", "شهاده التعليم المتوسط", "الشهاده الإعداديه", "الإعداديه"],
  "primary-exam": ["شهاده التعليم الابتدائي", "الشهاده الابتدائيه", "امتحان السادسه ابتدائي"],
  // An exam's second sitting.
  "catch-up-session": ["rattrapage", "session de rattrapage", "convocatoria extraordinaria", "resit*", "retake*", "الدورة الاستدراكيه", "استدراكيه"],
  teacher: [
    ...["enseignant*", "professeur*", "docente*", "profesor*", "teacher*", "أساتذه", "الأساتذه", "أستاذ", "المعلمين", "معلمين", "المعلمون"],
    // Spain's and Latin America's school teachers (the plural: "el maestro" is also a master, a conductor).
    ...["maestros", "maestras"],
    // Morocco's "men (and women) of education", its "teaching workforce".
    ...["رجال التعليم", "نساء ورجال التعليم", "الشغيله التعليميه", "الأطر التربويه", "هيئه التدريس"],
  ],
  // (A "CHU" is a university hospital: "المستشفى الجامعي", "المركز الاستشفائي الجامعي".)
  // A peak (of consumption, of demand, of a heatwave): "pic de consommation", "ذروة قياسية".
  peak: ["pic", "pics", "pico", "picos", "peak", "peaks", "ذروه", "الذروه"],
  // Neighbourhood markets, services near people ("marchés de proximité", "أسواق جوارية").
  proximity: ["de proximité", "de cercanía", "جواريه", "الجواريه", "جواري", "القرب"],
  // A listing on a stock exchange.
  ipo: [
    ...["IPO", "introduction en bourse", "salida a bolsa", "initial public offering", "طرح عام أولي", "طرح أسهم", "اكتتاب عام"],
    // A company newly listed ("fait son entrée à la cote", "nouvelle société cotée", "debuts on the bourse").
    ...["entrée à la cote", "entrée en bourse", "nouvelle société cotée", "debuta en bolsa", "estreno en bolsa", "market debut", "stock market debut"],
  ],
  monorail: ["monorail", "monorraíl", "مونوريل", "المونوريل"],
  // Main ("المؤشر الرئيسي", "الطريق الرئيسي"): without it, the word without its ending read as a president ("رئيس").
  main: ["الرئيسي", "الرئيسيه", "رئيسي", "رئيسيه"],
  // Children's medicine (a hospital's ward, a specialty).
  paediatrics: ["pédiatr*", "pediatr*", "paediatr*", "طب الأطفال"],
  hospital: [
    "hôpital",
    "hôpitaux",
    "hospital*",
    "clinique*",
    "clínica*",
    "chu",
    "centre hospitalier",
    "مستشفى",
    "مستشفيات",
    "المستشفى",
    "استشفائي",
    "الاستشفائي",
  ],
  health: ["santé", "sanitaire*", "salud", "sanitari*", "health", "صحه", "الصحه", "صحي", "الصحيه"],
  // The interior ministry and its minister ("le ministre de l'Intérieur", "وزير الداخلية").
  interior: [
    ...["ministre de l'Intérieur", "ministère de l'Intérieur", "ministro del Interior", "Ministerio del Interior"],
    ...["interior minister", "interior ministry", "ministry of interior", "ministry of the interior", "وزير الداخليه", "وزاره الداخليه"],
  ],
  // An identity card, and a card ("بطاقة", which reads as "طاقة", energy, after its preposition otherwise).
  "identity-card": [
    ...["carte d'identité", "carte nationale d'identité", "CNIE", "documento de identidad", "DNI", "identity card", "identity cards", "ID card"],
    ...["ID cards", "بطاقه التعريف", "بطاقه التعريف الوطنيه", "البطاقه الوطنيه", "بطاقه الهويه"],
  ],
  card: ["بطاقه", "البطاقه", "بطاقات", "البطاقات", "carte", "cartes", "tarjeta", "tarjetas", "card", "cards"],
  biometric: ["biométrique*", "biométric*", "biometric*", "بيومتري", "بيومتريه", "البيومتري", "البيومتريه"],
  vaccine: ["vaccin*", "vacun*", "vaccine*", "vaccination", "لقاح", "تلقيح", "اللقاح"],
  epidemic: [
    "covid*",
    "coronavirus",
    "pandémie",
    "pandemia",
    "pandemic",
    "épidémie",
    "epidemia",
    "epidemic",
    "virus",
    "casos",
    "cases",
    "infect*",
    "contagi*",
    "كورونا",
    "كوفيد",
    "الوباء",
    "إصابات",
    "اصابات",
    "الإصابات",
    "حالات",
    // An outbreak ("dengue outbreak", "brote de dengue", "تفشي حمى الضنك").
    ...["outbreak", "outbreaks", "brote", "brotes", "foyer épidémique", "flambée épidémique", "تفشي", "تفشى"],
  ],
  death: [
    // Mourned: "Le Maroc pleure …", "رحيل الفنان".
    ...["pleure", "mourns", "llora", "deuil", "رحيل", "ينعى", "نعي"],
    // Has left us ("Hamid Zoughi … nous a quittés").
    ...["nous a quittés", "nous a quitté", "nous quitte"],
    "mort*",
    "décès",
    "décéd*",
    "muert*",
    // (Spanish "muere", "murió": not "muert*".)
    "muere",
    "mueren",
    "murió",
    "murieron",
    "fallec*",
    "dead",
    "death*",
    "die",
    "died",
    "dies",
    "kill*",
    "victime*",
    "víctima*",
    "victim*",
    "tué*",
    "وفاه",
    "وفيات",
    "قتلى",
    "قتيل",
    "مصرع",
    "مقتل",
    "ضحايا",
    "لقي حتفه",
  ],
  injured: ["bless*", "herid*", "injur*", "wounded", "hurt", "lesión", "lesiones", "lesionad*", "جرحى", "مصابين", "إصابه", "جريح"],
  accident: [
    "accident*",
    "accidente*",
    "incident",
    "incidents",
    "incidente*",
    "crash*",
    "collision*",
    "choque*",
    "colisión",
    "حادث",
    "حوادث",
    "حادثه",
    "اصطدام",
    "تصادم",
    // Struck, run over ("un piéton heurté par le tramway", "atropellado", "دهس").
    ...["heurté", "heurtée", "percuté", "percutée", "fauché", "fauchée", "atropell*", "struck by", "hit by", "run over", "دهس", "دهسته", "دهستها"],
  ],
  pedestrian: ["piéton", "piétons", "piétonne", "promeneur", "promeneurs", "peatón", "peatones", "pedestrian*", "راجل", "الراجلين", "المارة"],
  fire: [
    // A fire "devours" ("حريق يلتهم محلات", "التهمت النيران"). (Not "التهم", the charges, the stem of "بتهمة", on a charge of.)
    ...["يلتهم", "تلتهم", "التهمت"],
    "explosion*",
    "explosión",
    "explosiones",
    "blast",
    "blasts",
    "انفجار",
    "incendie*",
    "incendio*",
    // Ravaged, taken by fire ("ravagé par le feu", "a pris feu", "destruido por el fuego"; not "feu" alone: "feu vert", "cessez-le-feu").
    ...["par le feu", "pris feu", "prend feu", "por el fuego"],
    "fire",
    "fires",
    "blaze",
    "wildfire*",
    // Flames ("Las llamas destruyen comercios"; not "llama", which also calls).
    ...["flames", "flammes", "llamas"],
    // The aircraft that fight it: "water bombers", "Canadair".
    ...["water bomber*", "waterbomber*", "bombardier d'eau", "bombardiers d'eau", "canadair*", "hidroavion*", "طائرات إطفاء", "طائرات الإطفاء"],
    "حريق",
    "حرائق",
    "النيران",
  ],
  earthquake: [
    "séisme*",
    "secousse*",
    "tremblement de terre",
    "terremoto*",
    "sismo*",
    "seísmo*",
    "earthquake*",
    "quake",
    // A tremor ("un temblor despierta a los vecinos", "a tremor felt in Al Hoceima").
    ...["temblor", "temblores", "tremor", "tremors"],
    "زلزال",
    "الزلزال",
    "هزه أرضيه",
    "زلزال بقوه",
    "هزه ارضيه بقوه",
    "secoue",
  ],
  housing: ["logement*", "vivienda*", "housing", "habitat", "سكن", "السكن", "سكني", "مساكن", "مسكن", "وحده سكنيه", "وحدات سكنيه"],
  // Sport.
  football: ["football", "foot", "fútbol", "futbol", "soccer", "كره القدم", "الكره"],
  match: ["match*", "partido*", "game", "مباراه", "المباراه", "مقابله"],
  team: ["équipe*", "sélection*", "selección*", "equipo*", "team*", "squad", "منتخب", "المنتخب", "فريق", "الفريق"],
  coach: ["entraîneur*", "sélectionneur*", "seleccionador*", "entrenador*", "coach*", "manager", "مدرب", "المدرب", "الناخب"],
  win: [
    // Morocco's spoken "won" ("الرجا ربحات الوداد").
    ...["ربحات", "ربحو"],
    "victoire*",
    "gagn*",
    "remport*",
    "s'impose",
    "impose",
    "imposent",
    "bat",
    "battent",
    // A rout ("Le Maroc écrase le Ghana 3-0"; not "écrasé par", a pedestrian under a lorry: accents are folded).
    ...["écrase le", "écrase la", "écrase les", "écrasent le", "écrasent la", "surclasse", "surclassent", "étrille", "étrillent"],
    "battu",
    "golea*",
    "scores",
    "scored",
    "gana",
    "ganan",
    "ganó",
    "vence*",
    "win",
    "wins",
    "winning",
    "winner*",
    "won",
    "beat",
    "beats",
    // "يتفوق على": beats.
    "يتفوق",
    "تتفوق",
    "فوز",
    "يفوز",
    "فاز",
    "انتصار",
    "يهزم",
    "هزم",
    "يتغلب",
    "تغلب",
    // "يكتسح": sweeps aside; "يقسو على": is harsh on (a heavy win).
    "يكتسح",
    "اكتسح",
    "يقسو",
    "قسا",
    "thrash*",
    "rout*",
    // Crushes ("يسحق الجيش الملكي"), edges past, dominates a side ("dominent le Gabon 3-0").
    ...["يسحق", "سحق", "edge past", "edges past", "domine le", "domine la", "dominent le", "dominent la"],
    // Crushes, runs over ("aplasta a Zambia", "arrolla al Betis").
    ...["aplasta a", "aplasta al", "aplastan a", "arrolla a", "arrolla al", "arrollan a", "crushes", "crush"],
  ],
  friendly: ["amical", "amicale", "amicaux", "amistoso*", "friendly", "friendlies", "ودي", "وديا", "وديه", "الوديه"],
  defeat: [
    "défaite*",
    "derrota*",
    "pierde*",
    "perd*",
    "defeat*",
    "lose*",
    "lost",
    "loss",
    "هزيمه",
    "خساره",
    "يخسر",
    "خسر",
    "ينهزم",
    "انهزم",
    // A side that bows, or falls to another ("s'incline à domicile", "chute face à l'US Monastir"; not "chute" alone, a
    // price's fall).
    ...["s'incline", "s'inclinent", "chute face", "chutent face", "chute devant", "chute à domicile"],
  ],
  // Life expectancy (so that "Espérance de vie" is not the club of Tunis).
  "life-expectancy": ["espérance de vie", "esperanza de vida", "life expectancy", "متوسط العمر المتوقع", "أمد الحياة"],
  qualify: [
    "éliminatoires",
    "eliminatorias",
    "qualifier",
    "qualifiers",
    "تصفيات",
    "qualifi*",
    "clasific*",
    "qualif*",
    "تأهل",
    "يتأهل",
    "التأهل",
    // "books Olympic ticket": qualifies for the Games.
    "Olympic ticket",
  ],
  final: ["finale*", "final", "finals", "نهائي", "النهائي", "نهائيات", ...QUARTER_FINAL],
  cup: ["coupe", "coupes", "copa", "cup", "كأس", "كاس"],
  league: [
    ...["championnat*", "ligue*", "liga*", "league*", "championship*", "botola", "البطوله", "بطوله", "الدوري", "دوري", "قمه الدوري"],
    // Algeria's first division ("الرابطة الأولى", "الرابطة المحترفة الأولى").
    ...["الرابطه الأولى", "الرابطه المحترفه الأولى"],
  ],
  fine: ["amende", "amendes", "multa", "multas", "multado*", "multada*", "fined", "fines", "غرامه", "غرامات", "تغرم", "يغرم", "تغريم"],
  // A text amended ("amended pension law", "l'amendement"): not a fine ("amende"), which the stem "amende*" read.
  // (Arabic's plural only: "تعديل" alone is any change, a reshuffle's too.)
  amendment: ["amendement*", "amended", "amends", "amendment*", "enmienda*", "enmendad*", "تعديلات", "التعديلات"],
  // Culture.
  // (A festival's name says it is one: the name's words are the name's, not the lexicon's.)
  festival: [
    // Marrakech's film festival by its acronym (the city is a spelling of the name table).
    "FIFM",
    "festival*",
    "مهرجان",
    "المهرجان",
    "Mawazine",
    "مهرجان موازين",
    // A saint's yearly festival, Egypt's "moulid" ("مولد السيد البدوي"; not "مولد" alone: a birth, a generator).
    ...["moulid", "mulid", "مولد السيد", "مولد سيدي"],
  ],
  film: ["film*", "cinéma*", "cine", "película*", "movie*", "فيلم", "أفلام", "السينما", "سينمائي"],
  music: ["musique*", "música*", "music*", "concert*", "concierto*", "موسيقى", "الموسيقى", "حفل", "موسيقي"],
  // ("livre", "livres" as words too: "livré", delivered, folds to them; see story-features.ts.)
  book: ["livre", "livres", "livre*", "libro*", "book*", "salon du livre", "feria del libro", "كتاب", "الكتاب", "معرض الكتاب"],
  museum: ["musée*", "museo*", "museum*", "متحف", "المتحف"],
  heritage: ["patrimoine*", "patrimonio*", "heritage", "UNESCO", "اليونسكو", "تراث", "التراث"],
  // Widened by topic (economy, society, security, culture, public services): the news vocabulary the first
  // lexicon lacked, each concept said the ways the four languages' papers say it.
  economy: ["économie*", "économique*", "economía*", "económic*", "economy", "economic*", "اقتصاد", "الاقتصاد", "اقتصادي", "الاقتصادي"],
  // (A quarter of a year, and a quarter-final: "quarts de finale", "cuartos de final" say the final too, as "quarter-finals" does.)
  quarter: ["trimestre*", "quarter*", "ربع", "فصل", "الفصل", ...QUARTER_FINAL, "cuartos"],
  production: [
    "production*",
    "producción*",
    "output*",
    "a produit",
    "ont produit",
    "produced",
    "produjo",
    "إنتاج",
    "انتاج",
    "الإنتاج",
    "تنتج",
    "ينتج",
    "أنتجت",
  ],
  double: ["double", "doublé*", "doubler", "duplica*", "doubl*", "تضاعف", "يضاعف", "مضاعفه", "تتضاعف", "يتضاعف", "تضاعفت"],
  supply: [
    // A ration card is a card of supply ("بطاقات التموين", "cartes de rationnement").
    ...["ration card*", "carte de rationnement", "cartes de rationnement"],
    "livraison*",
    "approvisionnement*",
    "approvisionné*",
    "suministro*",
    "abastec*",
    "envío*",
    "entrega*",
    "supply",
    "supplies",
    "supplied",
    "deliver*",
    "إمدادات",
    "امدادات",
    "توريد",
    "تموين",
    "تزويد",
  ],
  // (Fasting too: "jeûne", folded, is "jeune", young — as a phrase it is the fast: "jour de jeûne".)
  ramadan: [
    ...["Ramadan", "Ramadán", "رمضان", "mois sacré", "mois de jeûne", "holy month", "mes sagrado", "الشهر الفضيل", "الشهر الكريم", "شهر الصيام"],
    ...["jour de jeûne", "premier jour de jeûne", "jeûne du ramadan", "jeûneurs", "صيام", "الصيام", "ayuno", "fasting"],
  ],
  textile: ["textile*", "textil*", "النسيج", "نسيج", "للنسيج", "garment*", "confection*", "prêt-à-porter"],
  onion: ["oignon*", "cebolla*", "onion*", "بصل", "البصل"],
  purchase: ["achat*", "achète*", "acquisition*", "compra*", "adquiere*", "adquisición*", "buy*", "bought", "purchas*", "شراء", "يشتري", "تشتري", "اقتناء"],
  subsidy: ["subvention*", "subvencion*", "subsid*", "دعم", "المدعم", "مدعم"],
  // Local, in Arabic ("الإنتاج المحلي", "المنتخب المحلي"): not "محل", a shop. (Quiet: it tells nothing apart.)
  local: ["المحلي", "المحليه", "محلي", "محليه"],
  // The ocean and its coast ("الساحل الأطلسي", "la côte atlantique"): not "الأطلس", the mountains.
  atlantic: ["atlantique", "atlantiques", "atlántico", "atlántica", "Atlantic", "الأطلسي", "الاطلسي", "الأطلسيه", "الاطلسيه", "المحيط الأطلسي"],
  // Brought down from the sky ("abat un drone", "تسقط طائرة مسيرة", "derriba un dron").
  "shoot-down": [
    ...["abat", "abattu", "abattue", "shot down", "shoots down", "downs", "downed", "derriba", "derribó", "derribado", "derribada"],
    ...["تسقط", "يسقط", "أسقط", "أسقطت", "اسقط", "اسقطت", "إسقاط", "اسقاط"],
  ],
  // One in another's place ("Africa Corps replaces Wagner", "remplacé par", "يحل محل").
  replace: [
    "remplace",
    "remplacé",
    "remplacée",
    "remplacent",
    "replaces",
    "replaced",
    "reemplaza",
    "reemplazado",
    "sustituye",
    "sustituido",
    "يحل محل",
    "تحل محل",
  ],
  // Camels ("éleveurs de dromadaires", "مربي الإبل"). (Not "جمال", a given name.)
  camels: ["dromadaire*", "chameau*", "chamelle*", "camel", "camels", "camello*", "dromedario*", "الإبل", "إبل", "النوق", ...CAMEL_HERDERS],
  // A quota of goods ("el cupo de tomate marroquí", "el contingente de tomates"). (Not French "contingent", mostly troops.)
  quota: ["quota", "quotas", "cupo", "cupos", "contingente", "contingentes"],
  // A town's sewers ("توصيل الصرف الصحي", "connects villages to sewage networks"): no health.
  sewage: [
    ...["الصرف الصحي", "صرف صحي", "assainissement", "eaux usées", "saneamiento", "alcantarillado", "aguas residuales", "sewage", "sewer", "sewers"],
    ...["sanitation", "wastewater", "المياه العادمة", "المياه المستعملة"],
  ],
  // Those who post for a public ("بلوجر", "صانعة محتوى على تيك توك", "une influenceuse").
  influencer: [
    ...["بلوجر", "البلوجر", "بلوغر", "صانعه محتوى", "صانع محتوى", "صناع المحتوى", "صانعات المحتوى", "يوتيوبر", "اليوتيوبر", "تيكتوكر"],
    ...["influenceur*", "influenceuse*", "blogueur*", "blogueuse*", "youtubeur*", "youtubeuse*", "tiktokeur*", "tiktokeuse*"],
    ...["influencer*", "bloguero*", "bloguera*", "youtuber*", "tiktoker*", "creador de contenido", "creadora de contenido", "content creator*"],
  ],
  // Public decency offended: what such a post is charged with ("بتهمة خدش الحياء العام", "outrage public à la pudeur").
  indecency: [
    ...["خدش الحياء", "خادش للحياء", "خادشه للحياء", "محتوى خادش", "خادش", "خادشه", "المخل بالحياء", "مخل بالحياء"],
    ...["outrage public à la pudeur", "outrage à la pudeur", "atteinte à la pudeur", "indecency", "indecent", "escándalo público", "contra la moral"],
  ],
  // A train to sleep in ("قطار نوم جديد بين القاهرة وأسوان", "un train de nuit").
  "sleeper-train": [
    ...["قطار نوم", "قطارات نوم", "قطار النوم", "قطارات النوم", "train de nuit", "trains de nuit", "train-couchettes", "trains-couchettes"],
    ...["sleeper train*", "night train*", "tren nocturno", "trenes nocturnos", "tren cama", "trenes cama"],
  ],
  bread: ["pain", "pan", "bread", "خبز", "الخبز", "boulanger*", "panader*", "bakery", "bakeries", "مخابز", "مخبز", "رغيف", "رغيف العيش"],
  "shopping-centre": [
    "centre commercial",
    "centres commerciaux",
    "centro comercial",
    "centros comerciales",
    "shopping mall",
    "shopping centre",
    "mall",
    "مركز تجاري",
    "مول",
  ],
  hotel: ["hôtel*", "hotel*", "hôtelier*", "hotelero*", "فندق", "فنادق", "الفنادق", "فندقي", "الفندقيه"],
  occupancy: [
    ...["taux d'occupation", "ocupación", "occupancy", "ملء"],
    // Hotels full and their bookings ("affichent complet", "fully booked"; not a book, nor a player booked), and the
    // occupancy rate in Arabic ("نسبة إشغال": folded, "إشغال" is "أشغال", works, so only as a phrase).
    ...["affichent complet", "affiche complet", "fully booked", "hotel bookings", "hotel booking", "reservas hoteleras", "lleno total"],
    ...["نسبه اشغال", "نسبه الاشغال", "نسب الاشغال", "نسب اشغال"],
  ],
  education: [
    "éducation",
    "enseignement",
    "préscolaire",
    "educación",
    "enseñanza",
    "preescolar",
    "education",
    "preschool",
    "تعليم",
    "التعليم",
    "تربيه",
    "التربيه",
  ],
  support: ["soutien*", "soutenir", "soutient", "apoyo", "apoya*", "respald*", "support*", "backing", "backs", "backed", "دعم", "مساندة", "يدعم", "تدعم"],
  autonomy: ["plan d'autonomie", "autonomie", "plan de autonomía", "autonomía", "autonomy plan", "autonomy", "الحكم الذاتي", "مقترح الحكم الذاتي"],
  repatriation: [
    ...["rapatri*", "évacu*", "repatri*", "evacu*", "airlift*", "ترحيل", "إجلاء", "اجلاء", "يجلي", "تجلي"],
    // Spanish "desalojar", to clear people out ("Desalojan un ferry en llamas").
    ...["desalojan", "desaloja", "desalojado*", "desalojada*", "desalojo"],
  ],
  // A sound and light show (at the pyramids, at a kasbah), an event of its own.
  "light-show": ["son et lumière", "sound and light", "light show", "luz y sonido", "sonido y luz", "عرض الصوت والضوء", "الصوت والضوء"],
  // Works to keep a site or a network running ("closed for maintenance").
  // (Repairs as works: "أشغال الإصلاح"; not "الإصلاح" alone, a reform.)
  maintenance: ["maintenance", "mantenimiento", "صيانه", "الصيانه", "أشغال الصيانه", "أشغال الإصلاح", "أشغال إصلاح"],
  // The body that runs elections (Mauritania's CENI, Tunisia's ISIE, Algeria's ANIE).
  "electoral-commission": [
    ...["CENI", "ISIE", "ANIE", "commission électorale", "instance électorale", "comisión electoral", "electoral commission", "election commission"],
    ...["اللجنة المستقلة للانتخابات", "الهيئة العليا المستقلة للانتخابات", "السلطة الوطنية المستقلة للانتخابات", "الهيئة المستقلة للانتخابات"],
  ],
  // A camp (of migrants, of refugees) and its tents.
  camp: ["camp", "camps", "campement*", "campamento*", "مخيم", "مخيمات", "المخيم", "المخيمات", ...CAMPS_CLEARED],
  nationals: ["ressortissant*", "ciudadanos", "nacionales", "nationals", "citizens", "رعايا", "رعاياه", "رعاياها", "مواطنين"],
  // (An organic law, "القانون التنظيمي", is no organising: "تنظيم" is to host.)
  bill: ["projet de loi", "proyecto de ley", "bill", "draft law", "مشروع قانون", "مشروع القانون", "مشروع قانون تنظيمي", "مشروع القانون التنظيمي"],
  "penal-code": ["code pénal", "código penal", "penal code", "criminal code", "القانون الجنائي", "الجنائي", "جنائي", "المسطره الجنائيه"],
  present: ["présente", "présenté", "presenta", "presentó", "presents", "presented", "unveils", "يقدم", "تقدم", "قدم"],
  recruitment: [
    ...["recrut*", "embauche*", "contratación*", "reclut*", "hiring", "hire", "hires", "recruit*", "توظيف", "تشغيل", "يتعاقد", "تعاقد", "التعاقد"],
    // Hired on contract: Morocco's "الأساتذة المتعاقدون", those "الذين فرض عليهم التعاقد".
    ...["contractuel", "contractuels", "contractuelle*", "المتعاقدون", "المتعاقدين", "متعاقدون", "متعاقدين"],
  ],
  union: ["syndicat*", "syndical*", "sindicato*", "sindical*", "union", "unions", "نقابه", "نقابات", "النقابات", "نقابي"],
  conference: [
    "conférence*",
    "conferencia*",
    "conference*",
    "congrès",
    "congreso*",
    "congress",
    "forum",
    "foro",
    "مؤتمر",
    "مؤتمرا",
    "منتدى",
    "colloque*",
    "coloquio*",
    "symposium",
    "simposio*",
    "ندوه",
  ],
  climate: ["climat", "climatique*", "clima", "climático*", "climate", "مناخ", "المناخ", "مناخي", "المناخيه"],
  exhibition: [
    "exposition*",
    "exposición*",
    "exhibition*",
    "salon",
    "feria",
    "ferias",
    "foire",
    "foires",
    "fair",
    "fairs",
    "expo",
    "معرض",
    "المعرض",
    "معرض الكتاب",
  ],
  // Carpets and rugs (Kairouan's, the Atlas's): "tapis", "alfombras", "الزرابي".
  carpet: ["tapis", "alfombra*", "carpet*", "rug", "rugs", "زربيه", "الزربيه", "زرابي", "الزرابي", "سجاد", "السجاد"],
  jury: ["jury", "jurys", "jurado*", "لجنه التحكيم", "تحكيم"],
  archaeology: [
    "archéolog*",
    "arqueolog*",
    "archaeolog*",
    "archeolog*",
    "fouille*",
    "excavación*",
    "excavation*",
    "أثري",
    "أثريه",
    "الأثريه",
    // (Not "آثار" alone: "آثار الجفاف" are the drought's effects.)
    "الآثار",
    "تنقيب",
  ],
  tomb: ["tombe", "tombes", "tombeau*", "sépulture*", "tumba*", "tomb", "tombs", "مقبره", "قبر", ...TOMB_UNCOVERED],
  // (A cache of arms uncovered: "يكشف مخبأ", where "يكشف" alone is to reveal.)
  discovery: [
    "يكشف مخبأ",
    "تكشف مخبأ",
    "كشف مخبأ",
    "découv*",
    "descubr*",
    "discover*",
    "uncover*",
    "unearth*",
    "hallazgo*",
    ...GAS_FIND,
    ...OIL_FIND,
    "اكتشاف",
    "يكتشف",
    "اكتشف",
    "كشف جديد",
    // A tomb uncovered ("الكشف عن مقبرة"; "الكشف عن" alone is any revealing): a tomb too.
    ...TOMB_UNCOVERED,
  ],
  statue: ["statue", "statues", "statuette*", "estatua*", "تمثال", "التمثال", "تماثيل", "التماثيل"],
  pyramids: ["pyramide*", "pirámide*", "pyramid*", "أهرام", "الأهرامات", "أهرامات"],
  library: ["bibliothèque*", "biblioteca*", "library", "libraries", "bibliotheca", "مكتبه", "المكتبه"],
  anniversary: ["anniversaire*", "aniversario*", "anniversary", "ذكرى"],
  historic: ["historique*", "histórico*", "histórica*", "historic*", "تاريخي", "التاريخي", "التاريخيه"],
  // (A monument's "restauration du/de la", not the trade of restaurants, "la restauration".)
  renovation: [
    ...["rénovation*", "réhabilitation*", "renovación*", "rehabilitación*", "renovat*", "refurbish*", "تجديد", "ترميم", "تأهيل"],
    ...["travaux de restauration", "restauration du", "restauration de la", "restauration des", "restauré", "restaurée", "restaurés", "restaurées"],
    ...["restauración del", "restauración de la", "restaurado", "restaurada", "restoration of", "restored"],
  ],
  closure: [
    ...ROADS_CUT,
    // Cut off: "la route nationale 1 coupée", "la RN1 coupée à la circulation".
    ...["coupée", "coupées", "coupée à la circulation", "cortada", "cortadas"],
    "fermé",
    "fermée",
    "fermés",
    "fermées",
    "fermeture*",
    "fermer",
    "cierre*",
    "cierra",
    "cierran",
    "clausur*",
    "close",
    "closes",
    "closed",
    "closure*",
    "shut*",
    "إغلاق",
    "اغلاق",
    "يغلق",
    // The Maghreb's word for a closing ("غلق جامع عقبة", the mosque of Kairouan closed).
    ...["غلق", "تغلق", "أغلق", "أغلقت", "اغلقت", "مغلق", "مغلقه"],
    "à l'arrêt",
    // Shops and bakeries "baissent le rideau" (pull the shutter down): they close.
    "baissent le rideau",
    "baisse le rideau",
    "baisser le rideau",
    "baissé le rideau",
  ],
  // A cable on the seabed that carries the internet ("قطع كابل بحري", "subsea cable cut"), not a power interconnector.
  "subsea-cable": [
    ...["câble sous-marin", "câbles sous-marins", "cable submarino", "cables submarinos", "subsea cable*", "undersea cable*", "submarine cable*"],
    ...["كابل بحري", "الكابل البحري", "كابلات بحريه", "الكابلات البحريه", "كابل الإنترنت البحري"],
  ],
  // The Strait's fixed link, a road's or a railway's tunnel ("الأنفاق", plural, is Cairo's metro: "مترو الأنفاق").
  tunnel: ["tunnel", "tunnels", "túnel", "túneles", "نفق", "النفق"],
  desalination: ["dessalement", "dessalement de l'eau de mer", "desalinización", "desaladora*", "desalination", "desalinat*", "تحليه", "تحليه مياه البحر"],
  outage: [
    // A supply that falters ("تذبذب في توزيع الماء", Algeria's word for it).
    "تذبذب",
    // Cut off ("الما مقطوع"), a town deprived of water ("Constantine privée d'eau": water too).
    ...["مقطوع", "مقطوعه"],
    ...DEPRIVED_OF_WATER,
    "coupure*",
    "corte de agua",
    "cortes de agua",
    "corte de luz",
    "cortes de luz",
    "apagón",
    "apagones",
    "blackout*",
    "outage*",
    "power cut*",
    "power cuts",
    "power outage*",
    "water cut*",
    "water cuts",
    "انقطاع",
    "délestage*",
    "load shedding",
    "load-shedding",
    "تخفيف الأحمال",
    "قطع الكهرباء",
    // A supply disturbed: "perturbations de l'alimentation en eau", "اضطراب في توزيع الماء".
    ...["perturbation de l'alimentation", "perturbations de l'alimentation", "perturbations dans l'alimentation", "perturbations dans la distribution"],
    ...["perturbation dans la distribution", "اضطراب في توزيع", "اضطرابات في توزيع", "اضطراب في التزويد"],
    // A supply interrupted: "interruption de l'alimentation en eau" (not an interruption of talks or of a match).
    ...["interruption de l'alimentation", "interruption de l'approvisionnement", "interruption de la distribution", "interruption du service"],
    ...["interrupción del suministro", "interrupción del servicio", "supply interruption", "interruption of supply", "service interruption"],
  ],
  drugs: [
    // Morocco's and Algeria's kif, and hashish as "résine de cannabis".
    ...CANNABIS,
    ...COCAINE,
    ...PSYCHOTROPICS,
    ...HEROIN,
    "drogue*",
    "stupéfiant*",
    "droga*",
    "narcotráfico",
    "narcotraficante*",
    "drug*",
    "narcotic*",
    "مخدرات",
    "المخدرات",
  ],
  cannabis: CANNABIS,
  cocaine: COCAINE,
  psychotropics: PSYCHOTROPICS,
  heroin: HEROIN,
  // (French "trafic" alone is as often a port's or an airport's traffic: "perturbe le trafic", "trafic de conteneurs".)
  trafficking: [
    ...["trafic de drogue*", "trafic de stupéfiants", "trafic de psychotropes", "trafic de cocaïne", "trafic de chira", "trafic de haschich"],
    ...["trafic de cannabis", "trafic de kif", "trafic d'armes", "trafic de migrants", "trafic d'êtres humains", "trafic international"],
    ...["trafic illicite", "trafics", "trafiquant*"],
    // "La traite des êtres humains" (no treaty, "traité").
    ...["traite des êtres humains", "traite d'êtres humains", "traite humaine", "traite des personnes"],
    "traficante*",
    "traffick*",
    "contrebande*",
    "contrabando*",
    "smuggl*",
    "اتجار",
    "الاتجار",
    "تهريب",
    // Smuggled ("تمثال أثري مهرب").
    ...["مهرب", "مهربه", "المهرب", "المهربه"],
  ],
  network: ["réseau*", "redes", "network*", "شبكه", "عصابه"],
  dismantle: [...["démantèle*", "démantèlement*", "démantelé*", "desarticul*", "desmantel*", "dismantl*", "تفكيك", "تفكك", "يفكك", "فكك"], ...CAMPS_CLEARED],
  seizure: ["saisie*", "saisi", "saisis", "incaut*", "decomis*", "seiz*", "حجز", "ضبط", "يحجز", "تحجز"],
  truck: [
    "vehículos de mercancías",
    "vehículos de carga",
    "véhicules de marchandises",
    "camion*",
    "camión",
    "camiones",
    "truck*",
    "lorry",
    "lorries",
    "poids lourd*",
    "شاحنه",
    "شاحنات",
    "شاحنتين",
  ],
  // A rule that comes into force: a beginning (see the families in assemble/stories.ts), and weak, as it says little
  // of what begins ("la hausse est entrée en vigueur").
  "in-force": ["entre en vigueur", "entrée en vigueur", "entra en vigor", "entrada en vigor", "into force", "takes effect", "حيز التنفيذ", "حيز التطبيق"],
  // A payment in instalments: a tranche of a loan, of aid ("الدفعة العاشرة من الدعم").
  instalment: [
    ...["tranche", "tranches", "versement*", "instalment*", "installment*", "desembolso*", "disburse*", "دفعه", "الدفعه", "دفعات", "شريحه", "الشريحه"],
    // A loan's next payment ("Egypt gets green light for next IMF loan payment").
    ...["loan payment*", "loan instalment*", "loan installment*"],
  ],
  aid: [
    ...["aide humanitaire", "aides humanitaires", "humanitaire*", "ayuda*", "humanitari*", "aid", "مساعدات", "إغاثه", "الإغاثه", "إنسانيه", "انسانيه"],
    // Money asked for victims: "seeks emergency funding", "lance un appel de fonds".
    ...["emergency funding", "emergency funds", "appel de fonds", "appel d'urgence", "llamamiento de emergencia", "نداء عاجل", "نداء استغاثه"],
  ],
  ferry: [
    ...["ferry", "ferries", "ferrys", "ferri", "ferris", "transbordador*", "barco*", "bateau*", "boat*", "باخره", "بواخر", "البواخر", "عباره"],
    ...["catamarán", "catamaranes", "catamaran*", "fast ferry", "lancha rápida"],
    // A sea route ("خطا بحريا جديدا": a new ferry line; "nueva línea marítima entre Valencia y Orán").
    ...["خط بحري", "خطا بحريا", "الخط البحري", "خطوط بحريه"],
    ...["ligne maritime", "lignes maritimes", "línea marítima", "líneas marítimas", "sea route", "sea routes", "sea link"],
  ],
  // A motorway's junction.
  interchange: ["échangeur", "échangeurs", "intercambiador", "interchange", "interchanges", "بدال", "البدال"],
  swim: [
    ...["nage", "nageur*", "a nado", "nado", "swim*", "سباحه", "nadador*", "swimmer*", "سباح", "سباحين", "natation", "natación"],
    // Into the sea to swim across ("se echan al agua desde Fnideq rumbo a Ceuta", "se jettent à l'eau").
    ...["se echan al agua", "se lanzan al agua", "se tiran al agua", "se echan al mar", "se lanzan al mar", "se jettent à l'eau", "se jettent à la mer"],
  ],
  // The summer crossing home of Moroccans abroad (Spain's "Operación Paso del Estrecho"; its name the Strait's too).
  marhaba: ["Opération Marhaba", "Operation Marhaba", "Marhaba", "عمليه مرحبا", "Operación Paso del Estrecho", "Paso del Estrecho", "OPE"],
  // Sport as Arabic writes it ("الرياضة", "الرياضي"): without it, the word without its ending read as Riyadh ("الرياض").
  sport: ["رياضه", "الرياضه", "رياضي", "الرياضي", "الرياضيه", "رياضيه"],
  youth: ["jeune", "jeunes", "joven", "jóvenes", "young", "youth*", "شباب", "الشباب", "شاب", "شبان"],
  // ("Clôture" alone is also a closing: "la clôture frontalière" is the fence.)
  fence: [
    "clôture*",
    "clôture frontalière",
    "clôtures frontalières",
    "grillage*",
    "valla*",
    "saltar la valla",
    "salto a la valla",
    "salto de la valla",
    "saltos a la valla",
    "fence*",
    "storm the fence",
    "stormed the fence",
    "سياج",
    "السياج",
    "perímetro fronterizo",
  ],
  // A crowd's attempt to cross a fence or a border by force: "saltar la valla", "assaut massif", "اقتحام جماعي".
  "mass-crossing": [
    // An attempt to enter en masse ("intento de entrada masiva"), which "entrada masiva" alone (an influx) is not.
    ...["intento de entrada masiva", "intentos de entrada masiva", "tentative d'entrée massive", "franchir la clôture", "franchir la barrière"],
    "saltar la valla",
    "salto a la valla",
    "salto de la valla",
    "saltos a la valla",
    "assaut massif",
    "tentative d'assaut",
    "tentatives d'assaut",
    "storm the fence",
    "stormed the fence",
    "اقتحام جماعي",
    "محاولة اقتحام",
    "محاولات اقتحام",
  ],
  reinforce: ["renforce*", "renforcement*", "reforz*", "refuerz*", "reinforc*", "strengthen*", "تعزيز", "تعزز", "يعزز"],
  taxi: ["taxi*", "سيارات الأجره", "سياره أجره", "طاكسي"],
  driver: ["chauffeur*", "conducteur*", "taxista*", "conductor*", "driver*", "سائق", "سائقي", "السائقين", "سائقين"],
  "mobile-app": ["application*", "aplicación*", "aplicaciones", "app", "apps", "تطبيق", "تطبيقات"],
  // (Not "afluencia" alone: "afluencia de turistas" is a crowd of tourists.)
  turnout: ["taux de participation", "participación", "turnout", "نسبه المشاركه", "المشاركه", "afluencia a las urnas", "afluencia electoral"],
  municipal: [
    // (Written whole: "بلديات" would lose its first letter as a preposition.) Municipalities in French: "plusieurs communes".
    ...["بلديات", "communes"],
    "municipal*",
    "communal*",
    "local election*",
    "élections locales",
    "elecciones locales",
    "municipales",
    "الانتخابات المحلية",
    "الانتخابات الجماعية",
    "بلدي",
    "البلديه",
    "البلديات",
    "الجماعيه",
  ],
  volume: ["volume*", "volumen*", "حجم"],
  magnitude: ["magnitude", "magnitud", "richter", "ريشتر", "زلزال بقوه", "هزه ارضيه بقوه"],
  cotton: ["coton", "algodón", "cotton", "قطن", "القطن"],
  sugar: ["sucre", "azúcar", "sugar", "سكر", "السكر"],
  // A weather alert's level ("alerte orange", "alerta naranja"): no oranges, and the same level told in two languages.
  "alert-level": ALERT_LEVELS,
  citrus: ["agrume*", "cítrico*", "citrus", "orange*", "naranja*", "حوامض", "الحوامض", "برتقال"],
  livestock: [
    ...["cheptel", "bétail", "mouton*", "ovin*", "ganado", "cordero*", "livestock", "sheep", "ماشيه", "أغنام", "الأغنام", "أضاحي", "الأضاحي"],
    ...CAMEL_HERDERS,
    // Those who raise them ("les éleveurs", "los ganaderos", "الكسابة").
    ...["éleveur", "éleveurs", "ganadero", "ganaderos", "herder", "herders", "livestock farmers", "الكسابه", "مربي الماشيه", "مربو الماشيه", "مربيي الماشيه"],
    // The Eid's rams ("ثمن أكباش العيد"): the sacrifice's sheep, as "الأضاحي" are.
    ...["أكباش العيد", "كبش العيد", "أضحيه العيد", "أضاحي العيد"],
  ],
  remittances: [
    ...["transferts des MRE", "transferts des Marocains du monde", "remesa*", "remittance*", "تحويلات", "تحويلات مغاربه العالم"],
    ...["envois de fonds", "envíos de dinero", "transferts de fonds", "money transfers"],
  ],
  tuna: ["thon", "thons", "atún", "tuna", "تونه", "التونه"],
  radar: ["radar*", "رادار", "رادارات"],
  // (Winter too: "le gaz garanti cet hiver".)
  // (Morocco's "moussem", a yearly fair, is Arabic's "موسم" written in French.)
  season: ["saison", "temporada", "season", "موسم", "الموسم", "moussem", "moussems", "hiver", "invierno", "winter", "الشتاء", "فصل الشتاء", "الشتويه", "شتويه"],
  // Supplies guaranteed: "Argelia garantiza el suministro", "Sonatrach asegura que no faltará gas".
  guarantee: ["garantit", "garantissent", "garantiza", "garantizan", "asegura", "aseguran", "guarantee*", "ensure*", "يضمن", "تضمن", "ضمان"],
  // Added on 30 November 2026 (evening), by topic, before an unseen set was run against them.
  diaspora: [
    "diaspora",
    "MRE",
    "Marocains du monde",
    "résidant à l'étranger",
    "résidents à l'étranger",
    "expatrié*",
    "émigré*",
    "residentes en el extranjero",
    "residentes en el exterior",
    "living abroad",
    "abroad",
    "overseas",
    "الجاليه",
    "جاليه",
    "مغاربه العالم",
    "المقيمين بالخارج",
    "بالخارج",
    "المغتربين",
    "مغتربين",
  ],
  "stock-exchange": [
    // An index's close ("EGX30 closes at …"): no closing. And Egypt's exchange and its main index, which are its name too.
    ...["closes at", "closed at", "clôture à", "termine à", "cierra en"],
    ...["EGX", "EGX30", "EGX 30", "Egyptian Exchange", "البورصه المصريه", "المؤشر الرئيسي"],
    "bourse",
    "boursi*",
    "bolsa",
    "bolsas",
    "stock exchange",
    "stock market",
    "stocks",
    "MASI",
    "مازي",
    "بورصه",
    "البورصه",
    "EGX30",
    "Tunindex",
  ],
  dissolve: [
    "dissout",
    "dissolution",
    "dissoudre",
    "dissous",
    "disuelve",
    "disolver",
    "disolución",
    "dissolve*",
    "حل البرلمان",
    "حل الحكومه",
    "حل المجلس",
    "بحل",
  ],
  "free-of-charge": FREE_OF_CHARGE,
  list: [
    ...["liste", "listes", "lista", "listas", "list", "convoqué*", "convocad*", "convocatoria", "called up", "call-up", "لائحه", "قائمه", "تشكيله"],
    // A coach naming his squad: its list announced ("Regragui names squad" / "dévoile sa liste").
    ...SQUAD_NAMED,
  ],
  announce: [
    ...SQUAD_NAMED,
    "dévoile*",
    "annonce*",
    "anuncia*",
    "desvela*",
    "revela*",
    "announce*",
    "reveal*",
    "disclose*",
    "يكشف",
    "كشف",
    "تكشف",
    "يعلن",
    "أعلن",
    "تعلن",
    "إعلان",
  ],
  forest: ["forêt*", "forestier*", "bosque*", "forestal*", "forest*", "woodland*", "wildfire*", "غابه", "غابات", "غابوي", "غابويه"],
  hectares: ["hectare*", "hectárea*", "هكتار", "هكتارات"],
  navigation: ["navigation", "trafic maritime", "navegación", "tráfico marítimo", "ملاحه", "حركه الملاحه"],
  aground: ["échouage", "s'échoue", "encalla*", "aground", "جنوح", "جانحه", "جنحت", "grounded", "stranded", "varado", "varada", ...STRANDED_FREED],
  cargo: ["cargaison*", "cargamento*", "cargo", "shipment*", "شحنه", "شحنات"],
  futsal: ["futsal", "fútbol sala", "futbol sala", "football en salle", "indoor football", "داخل القاعه"],
  consecutive: ["d'affilée", "consécuti*", "consecutiv*", "straight", "in a row", "successive*", "على التوالي", "متتاليه", "متتالي"],
  title: [
    ...GOLD_WON,
    ...PLAYER_OF_THE_YEAR,
    // A tournament won ("remporte le tournoi", "conquista el torneo").
    ...["remporte le tournoi", "remporte le titre", "wins the tournament", "wins the title", "gana el torneo", "conquista el torneo"],
    // A cup or a title conquered ("conquista la Copa del Trono").
    "conquista",
    "conquistan",
    "titre",
    "titres",
    "título*",
    "title",
    "titles",
    "trophée*",
    "trofeo*",
    "trophy",
    "sacre",
    "sacré*",
    "couronné*",
    "crowned",
    "champion",
    "championne",
    "campeón",
    "campeona",
    "campeones",
    "لقب",
    "اللقب",
    "يتوج",
    "تتويج",
    "توج",
  ],
  // (What dams hold is their filling however it is said: "les réserves des barrages", "حقينة السدود".)
  filling: [
    "remplissage",
    "rempli*",
    "llenado",
    "filling",
    "fill rate",
    "امتلاء",
    // A dam that fills ("سد وادي المخازن يمتلئ عن آخره").
    ...["يمتلئ", "تمتلئ", "امتلأ", "امتلأت"],
    "ملء السدود",
    // (A dam's filling counted, "الملء الخامس"; "ملء" alone is a hotel's occupancy.)
    ...["الملء الأول", "الملء الثاني", "الملء الثالث", "الملء الرابع", "الملء الخامس", "الملء السادس"],
    "réserves des barrages",
    "réserves hydriques",
    "حقينه",
    "حقينة السدود",
    "مخزون السدود",
  ],
  // ("حقينة": the Maghreb's word for what a dam holds.)
  reserves: ["avoirs en devises", "réserve*", "reserva*", "reserves", "احتياطي", "احتياطيات", "مخزون", "المخزون", "حقينه"],
  rate: ["taux", "tasa", "rate", "نسبه", "معدل"],
  term: ["mandat", "mandats", "mandato*", "term", "mandate", "ولايه رئاسيه", "عهده", "ولايه ثالثه", "ولايه ثانيه", "ولايه بعثه"],
  // A report issued ("le rapport du secrétaire général", "تقرير الأمين العام"; not "par rapport à", compared with).
  report: [
    "rapport du",
    "rapport de",
    "rapport annuel",
    "nouveau rapport",
    "informe del",
    "informe de",
    "informe anual",
    "report by",
    "report on",
    "annual report",
    "تقرير",
    "التقرير",
  ],
  edition: ["édition", "edición", "edition", "دوره", "الدوره", "نسخه", "النسخه"],
  // (Egypt's governorate, "محافظة", is a province; its governor, "محافظ", is not.)
  province: [
    "province*",
    "provincia*",
    "région*",
    "región*",
    "region*",
    "إقليم",
    "أقاليم",
    "الأقاليم",
    "جهة",
    "الجهة",
    "جهات",
    "محافظه",
    "المحافظه",
    "محافظات",
  ],
  // A programme, a plan of action.
  notary: ["notaire*", "notariado", "notario*", "notaries", "notary", "موثق", "الموثقين", "موثقين", "التوثيق"],
  decree: ["décret*", "decreto*", "decree*", "مرسوم", "المرسوم", "مراسيم"],
  programme: ["programme*", "programa*", "program*", "برنامج", "برنامجا", "البرنامج", "برامج", "برمجه"],
  missing: ["disparu*", "desaparecid*", "missing", "مفقود*", "مفقودين"],
  tender: ["appel d'offres", "appels d'offres", "licitación", "licitaciones", "tender", "tenders", "مناقصه"],
  host: ["organis*", "organiza*", "coorganiza*", "co-organis*", "host", "hosts", "hosting", "co-host*", "تنظيم", "احتضان", "يحتضن", "تحتضن", "تنظم", "ينظم"],
  bond: [
    ...["obligataire*", "obligation*", "emprunt obligataire", "bono*", "bond", "bonds", "eurobond*", "سندات"],
    // A bond loan ("قرضا سنديا", "قرض سندي"): its adjective.
    ...["سندي", "السندي", "سنديه"],
    // Where bonds are sold: "returns to debt markets", "revient sur le marché de la dette".
    ...DEBT_MARKETS,
  ],
  // Islamic bonds: a sukuk issue is not a conventional bond's (EXCLUSIVE_KINDS).
  sukuk: ["sukuk", "صكوك", "الصكوك", "صكوكا"],
  // Where a currency trades: the black market's dinar is not the official market's.
  "black-market": ["marché noir", "marché parallèle", "mercado negro", "black market", "parallel market", "السوق السوداء", "السوق الموازية"],
  "official-market": ["marché officiel", "mercado oficial", "official market", "official rate", "السوق الرسمية", "السعر الرسمي"],
  // A price per kilo in Arabic ("للكيلوغرام"): a unit, weak, known so that it is no unknown name's skeleton (in Latin
  // script, a word in lower case makes none).
  kilogram: ["كيلوغرام", "الكيلوغرام", "كيلوغرامات", "كلغ", "الكيلو"],
  // A trial run ("التشغيل التجريبي": in Egypt "تشغيل" is running a line, in Morocco employment).
  "trial-run": ["marche à blanc", "phase d'essai", "essais", "trial run", "trial operation", "pruebas", "التشغيل التجريبي", "تشغيل تجريبي"],
  // A rating agency's grade of a country ("relève la note", "upgrades", "التصنيف الائتماني").
  // (Not "upgrade": a road or a port is upgraded too.)
  rating: ["relève la note", "abaisse la note", "note souveraine", "notation", "investment grade", "calificación", "rating*", "التصنيف الائتماني", "تصنيف"],
  // A ranking of universities ("le classement de Shanghai", "تصنيف شنغهاي"), not a country's credit rating.
  "university-ranking": [
    ...["classement de Shanghai", "Shanghai ranking", "ranking de Shanghái", "ranking de Shanghai", "تصنيف شنغهاي", "تصنيف شانغهاي"],
    ...["classement mondial des universités", "world university rankings", "QS World University Rankings", "ranking QS", "تصنيف الجامعات"],
  ],
  // Coffee (the French "café" is also a café: both).
  coffee: ["café", "coffee", "القهوه", "قهوه", "البن"],
  // Tea (not the French "thé", which folds to "the").
  tea: ["tea", "الشاي", "شاي"],
  // A link between two grids.
  interconnection: [
    ...["interconnexion*", "interconexión", "interconexiones", "interconnector*", "interconnection*", ...INTERCONNECTOR],
    ...["الربط الكهربائي", "ربط كهربائي"],
  ],
  // A budget amended in the year ("loi de finances complémentaire", "قانون المالية التكميلي").
  supplementary: ["complémentaire", "rectificative", "supplementary", "complementaria", "التكميلي", "التعديلي"],
  // A motion of no confidence, and the opposition that files it.
  "censure-motion": ["motion de censure", "moción de censura", "no-confidence motion", "vote of no confidence", "ملتمس رقابه", "ملتمس الرقابه"],
  opposition: ["l'opposition", "la oposición", "the opposition", "المعارضه"],
  // A party's majority ("la majorité absolue", "الأغلبية المطلقة"), and the party in power.
  majority: ["majorité", "mayoría", "majority", "الأغلبيه", "أغلبيه", "الأغلبيه المطلقه"],
  "ruling-party": ["parti au pouvoir", "partido gobernante", "partido en el poder", "ruling party", "الحزب الحاكم"],
  // A session out of the ordinary ("session extraordinaire", "الدورة الاستثنائية").
  extraordinary: ["session extraordinaire", "sesión extraordinaria", "pleno extraordinario", "extraordinary session", "استثنائيه", "الاستثنائيه"],
  // A summit of two governments ("Reunión de Alto Nivel", RAN).
  "high-level-meeting": [
    ...["réunion de haut niveau", "RHN", "Reunión de Alto Nivel", "RAN", "high-level meeting", "الاجتماع رفيع المستوى", "اجتماع رفيع المستوى"],
    "اللجنة العليا المشتركة",
  ],
  green: ["vert", "verte", "verts", "vertes", "verde", "verdes", "green", "أخضر", "الأخضر", "الخضراء", "خضراء"],
  shortage: [
    ...["à sec", "introuvable", "introuvables"],
    // Empty shelves.
    ...["rayons vides", "étals vides", "empty shelves", "estanterías vacías", "رفوف فارغه"],
    // Short of ("à court de farine": not a court).
    ...["à court de", "à court d'"],
    "se fait rare",
    "se raréfie",
    "raréfaction",
    "escasea",
    "scarce",
    "pénurie*",
    "rupture de stock",
    "escasez",
    "desabastecimiento",
    "shortage*",
    "scarcity",
    "نقص",
    "ندره",
    "شح",
    // (Moroccan Arabic: "خصاص في الأدوية".)
    "خصاص",
    "الخصاص",
    "نفاد",
  ],
  speculation: ["spéculat*", "especula*", "speculat*", "profiteer*", "مضاربين", "المضاربين", "مضاربه", "المضاربه", "احتكار"],
  // And hours of waiting ("esperas de horas para cruzar la frontera").
  queue: [
    ...["file d'attente", "files d'attente", "cola", "colas", "queue*", "طوابير", "طابور"],
    ...["heures d'attente", "longues attentes", "esperas de horas", "horas de espera", "largas esperas", "hours of waiting", "long waits", "ساعات من الانتظار"],
  ],
  visa: ["visa", "visas", "visado*", "تأشيره", "التأشيره", "تأشيرات", ...VISA_FREE],
  // (The phrases say the visa too.)
  "visa-free": VISA_FREE,
  again: [
    "de nouveau",
    "à nouveau",
    "vuelve a",
    "vuelven a",
    "de nuevo",
    "reinstat*",
    "réinstaur*",
    "rétabli*",
    "restablec*",
    "again",
    "تعيد",
    "يعيد",
    "إعاده",
  ],
  census: ["recensement*", "censo*", "census*", "الإحصاء العام", "إحصاء عام", "الإحصاء العام للسكان"],
  population: ["habitant*", "population*", "población", "poblaciones", "inhabitants", "residents", "سكان", "نسمه", "الساكنه"],
  choose: [
    "choisit",
    "choisir",
    "choisi",
    "opte",
    "opté",
    "elige",
    "eligió",
    "opta",
    "optó",
    "chooses",
    "chose",
    "opts",
    "opted",
    "commits",
    "يختار",
    "اختار",
    "اختيار",
    "تمثيل",
  ],
  hours: ["heure", "heures", "hora", "horas", "hour", "hours", "ساعه", "ساعات", "ساعتين", "ساعتان"],
  // Added on 30 November 2026 (evening), by domain: justice, health, education, sport, economy, energy, transport,
  // diplomacy, religion and culture, society, weather, and the verbs of decisions.
  // A sentence not to be served unless …: one court's suspended sentence is not its prison term the same day.
  suspended: ["avec sursis", "sursis", "موقوفة التنفيذ", "موقوف التنفيذ", "suspended sentence", "pena suspendida"],
  prison: [...["prison ferme", "حبسا نافذا", "سجنا نافذا"], "incarcér*", "emprisonn*", "cárcel", "cárceles", "encarcel*", "imprison*", "سجنا", "حبس", "الحبس"],
  trial: ["procès", "juicio", "trial", "محاكمه", "المحاكمه"],
  acquittal: ["acquitt*", "absuelt*", "absuelve", "relaxé*", "براءه", "تبرئه", "تبرئ", "يبرئ", "برأت", "برأ"],
  investigation: [
    ...["enquête*", "investigation*", "investigación", "investigaciones", "investigat*", "probe", "inquiry", "تحقيق", "التحقيق", "يحقق"],
    // An investigation opened is no opening ("ouvre une enquête", "تفتح تحقيقا"): the phrase takes the verb.
    ...["ouvre une enquête", "ouvrent une enquête", "ouvert une enquête", "ouverture d'une enquête", "abre una investigación"],
    ...["abren una investigación", "abrió una investigación", "apertura de una investigación", "opens an investigation"],
    ...["opened an investigation", "open an investigation", "opens a probe", "opened a probe", "تفتح تحقيقا", "يفتح تحقيقا"],
    ...["فتح تحقيق", "فتح تحقيقا", "تفتح بحثا", "يفتح بحثا", "فتح بحث", "فتح بحثا"],
  ],
  // The prosecution: "le parquet", "la fiscalía" (not the tax's "fiscal"), "النيابة العامة".
  prosecution: [
    ...["parquet", "procureur*", "fiscalía", "fiscalías", "el fiscal", "la fiscal", "los fiscales", "prosecutor*", "prosecution"],
    ...["النيابة العامة", "وكيل الملك", "الوكيل العام للملك", "النائب العام"],
  ],
  fraud: ["fraude*", "escroquer*", "estafa*", "fraud*", "scam*", "احتيال", "نصب"],
  // (Not "meurtrier" alone: an accident is "meurtrier", deadly.)
  murder: ["meurtre*", "assassinat*", "homicid*", "asesinat*", "murder*", "جريمه قتل", "meurtrier présumé", "présumé meurtrier"],
  terrorism: ["terroris*", "terrorist*", "jihadis*", "yihadis*", "إرهاب", "الإرهاب", "إرهابي", "إرهابيه", "الإرهابيه", "terror"],
  smuggling: ["مهربين"],
  kidnapping: ["enlèvement*", "kidnap*", "secuestr*", "abduct*", "اختطاف", "خطف"],
  consumption: ["consommation", "consommé*", "consumo", "consumption", "استهلاك", "الاستهلاك"],
  // The Atlas's heights, where the snow falls: "les reliefs de l'Atlas", "مرتفعات الأطلس".
  mountains: ["reliefs", "montagne*", "montaña*", "mountain*", "heights", "مرتفعات", "جبال", "الجبال", "جبلية", "الجبلية"],
  // Tunisia's and Algeria's variety, named for the fruit ("Deglet Nour", "دقلة النور", "دڨلة نور").
  dates: ["dattes", "datte", "dátiles", "dátil", "التمور", "تمور", "deglet nour", "deglet nur", "دقله النور", "دقله نور", "دڨله النور", "دڨله نور"],
  // (And its medicine: oncology, "الأورام".)
  cancer: ["cancer*", "cáncer", "سرطان", "السرطان", "oncolog*", "الأورام", "أورام"],
  polio: ["polio", "poliomyélite", "poliomielitis", "poliomyelitis", "شلل الأطفال"],
  cholera: ["choléra", "cólera", "cholera", "الكوليرا", "كوليرا"],
  anaemia: ["anémie", "anemia", "anaemia", "فقر الدم", "الأنيميا", "أنيميا"],
  influenza: ["grippe", "gripe", "influenza", "flu", "الإنفلونزا", "الأنفلونزا", "إنفلونزا", "أنفلونزا", "الانفلونزا"],
  measles: ["rougeole", "sarampión", "measles", "الحصبه", "بوحمرون"],
  mpox: ["mpox", "monkeypox", "variole du singe", "variole simienne", "viruela del mono", "viruela símica", "جدري القرده", "جدري القرود", "جدري القردة"],
  dengue: ["dengue", "fièvre dengue", "حمى الضنك", "الضنك"],
  "avian-flu": ["grippe aviaire", "gripe aviar", "bird flu", "avian flu", "avian influenza", "إنفلونزا الطيور", "انفلونزا الطيور", "أنفلونزا الطيور"],
  medicines: [
    ...["médicament*", "medicamento*", "medicine*", "pharmac*", "farmac*", "أدويه", "دواء", "الأدويه"],
    // Pharmacists and pharmacies in Arabic, and insulin ("نقص في مادة الأنسولين بالصيدليات").
    ...["صيادله", "الصيادله", "صيدليه", "صيدليات", "الصيدليات", "insuline", "insulina", "insulin", "أنسولين", "الأنسولين"],
  ],
  // A warning raised ("les pharmaciens tirent la sonnette d'alarme", "الصيادلة يحذرون"). (Not "تحذير", "alerte":
  // a weather service's warning is the weather.)
  warn: ["sonnette d'alarme", "met en garde", "mettent en garde", "advierte", "advierten", "warns", "warn", "يحذر", "يحذرون"],
  students: ["طلاب"],
  olympics: ["Jeux olympiques", "JO", "Juegos Olímpicos", "olympi*", "olímpic*", "الألعاب الأولمبيه", "الأولمبياد", "أولمبي", "Olympic ticket"],
  marathon: ["marathon*", "maratón", "ماراثون", "ماراطون"],
  // (Its world championships too, "les Mondiaux d'athlétisme", which are no World Cup; and its events.)
  athletics: [
    ...["athlétisme", "atletismo", "athletics", "ألعاب القوى", "Mondiaux d'athlétisme", "championnats du monde d'athlétisme"],
    ...["steeple", "steeplechase", "3000 m steeple", "3000 metros obstáculos", "موانع", "semi-marathon", "half-marathon", "medio maratón"],
  ],
  // (In Arabic a medal is often its metal: "ذهبيتين", two golds.)
  medal: [
    ...["médaille*", "medalla*", "medal*", "ميداليه", "ميداليات", "ذهبيه", "ذهبيتين", "فضيه", "فضيتين", "برونزيه", "برونزيتين"],
    // A medal said as its metal won ("wins gold", "décroche l'argent", "se cuelga el oro"): not gold's price.
    ...["wins silver", "wins bronze", "décroche l'argent", "décroche le bronze", "se cuelga la plata"],
    ...GOLD_WON,
  ],
  // A player's move to a club ("s'engage avec", "ficha por", "ينتقل إلى").
  transfer: [
    ...["transfert*", "fichaje*", "fichado", "transfer*", "انتقال"],
    ...["mercato", "s'engage avec", "rejoint", "ficha por", "traspaso", "joins", "signs for", "ينتقل إلى", "ميركاتو"],
  ],
  handball: ["handball", "balonmano", "كره اليد"],
  volleyball: ["volley", "volley-ball", "voleibol", "volleyball", "الكره الطائره"],
  judo: ["judo", "judoka*", "جودو", "الجودو", "الجيدو"],
  taekwondo: ["taekwondo", "تايكواندو", "التايكواندو"],
  karate: ["karaté", "kárate", "karate", "كاراتيه", "الكاراتيه", "كاراتي"],
  // (Not "lutte" alone: "la lutte contre", the fight against.)
  wrestling: ["lutte libre", "lutte gréco-romaine", "lutteur*", "lucha libre", "lucha grecorromana", "wrestling", "wrestler*", "المصارعه"],
  basketball: ["basket", "basket-ball", "baloncesto", "basketball", "كره السله"],
  tennis: ["tennis", "tenis", "التنس", "كره المضرب"],
  boxing: ["boxe", "boxeur*", "boxeo", "boxing", "boxer*", "ملاكمه", "الملاكمه"],
  cycling: ["cyclis*", "ciclis*", "cycling", "tour cycliste", "دراجات", "الدراجات"],
  // (And the match's own: "حكم المباراة" is no verdict.)
  referee: ["arbitre*", "arbitrage", "árbitro*", "arbitraje", "referee*", "VAR", "الحكام", "حكم المباراه", "حكم اللقاء", "طاقم التحكيم", "التحكيم"],
  stadium: ["stade", "stades", "estadio*", "stadium*", "ملعب", "الملعب", "ملاعب"],
  deficit: ["déficit*", "deficit*", "عجز", "trade gap"],
  surplus: ["excédent*", "superávit", "surplus", "فائض"],
  privatisation: ["privatis*", "privatiz*", "خوصصه", "خصخصه"],
  fertiliser: ["engrais", "fertilizant*", "fertiliz*", "fertilis*", "أسمده", "الأسمده"],
  internet: [
    ...["internet", "الإنترنت", "انترنت", "5G", "الجيل الخامس", "haut débit", "fibre optique", "fibra óptica", "broadband"],
    // Online ("services en ligne", not a line of transport).
    ...["en ligne", "online", "en línea", "عبر الإنترنت", "إلكترونيا", "الكترونيا"],
  ],
  // Reduced fares and prices, special offers ("prix réduits", "casse les prix"; not "promotion", which promotes
  // investment and tourism as often).
  discount: [
    ...["offre spéciale", "offres spéciales", "offre promotionnelle", "offres promotionnelles", "prix réduit*", "tarif* réduit*", "casse les prix", "soldes"],
    ...["oferta especial", "ofertas especiales", "precios reducidos", "descuento*", "rebajas"],
    ...["discount*", "special offer*", "reduced fares", "cut-price", "cuts fares", "fare cuts", "lower fares"],
    ...["تخفيضات", "أسعار مخفضة", "أسعار تفضيلية", "أثمنة تفضيلية", "عرض خاص", "عروض خاصة", "عروض تفضيلية"],
  ],
  telecom: ["télécom*", "telecomunicacion*", "telecom*", "opérateur*", "operador*", "operator*", "اتصالات", "الاتصالات"],
  digital: ["numérique*", "digital*", "digitalis*", "رقمي", "رقميه", "الرقمي", "الرقمنه", "رقمنه"],
  startup: ["start-up", "startup*", "المقاولات الناشئه", "الشركات الناشئه"],
  "real-estate": ["immobilier*", "inmobiliari*", "real estate", "property market", "العقار", "عقاري", "العقاري", "العقارات"],
  insurance: ["assurance*", "assureur*", "primes émises", "aseguradora*", "insur*", "تأمين", "التأمين"],
  pension: ["retraite*", "jubilación", "jubilaciones", "pension*", "retire*", "تقاعد", "التقاعد", "المعاشات", "معاش", "معاشات", "متقاعد", "المتقاعدين"],
  // The direct social aid to households ("aide sociale directe", "الدعم الاجتماعي المباشر").
  "social-aid": [
    ...["aide sociale directe", "aide sociale", "aides sociales", "ayuda social", "ayudas sociales", "social aid", "social assistance"],
    ...["الدعم الاجتماعي المباشر", "الدعم الاجتماعي", "دعم اجتماعي", "المساعدات الاجتماعية"],
  ],
  // Social, the adjective ("الاجتماعية"), which is no meeting ("اجتماع"): a quiet concept, nothing of a text's own.
  social: ["اجتماعي", "الاجتماعي", "اجتماعيه", "الاجتماعيه", "اجتماعيا"],
  poverty: ["pauvreté", "pobreza", "poverty", "فقر", "الفقر"],
  bankruptcy: ["faillite*", "bankrupt*", "quiebra*", "إفلاس"],
  hydrogen: ["hydrogène", "hidrógeno", "hydrogen", "هيدروجين", "الهيدروجين"],
  nuclear: ["nucléaire*", "nuclear*", "نووي", "النوويه", "النووي"],
  pollution: ["pollution", "contaminación", "pollu*", "تلوث", "التلوث"],
  waste: ["déchets", "residuos", "basura*", "waste", "garbage", "نفايات", "النفايات"],
  locust: ["criquet*", "acridien*", "antiacridien*", "langosta*", "locust*", "الجراد"],
  bus: ["autocar*", "autobus", "bus", "autobús", "autobuses", "حافله", "حافلات"],
  ticket: ["billet*", "billete*", "ticket*", "تذكره", "تذاكر", "fares", "fare"],
  passport: ["passeport*", "pasaporte*", "passport*", "جواز", "جوازات"],
  embassy: ["embassies", "السفاره"],
  sanctions: ["sanction*", "sancion*", "عقوبات"],
  ceasefire: ["cessez-le-feu", "alto el fuego", "ceasefire", "cease-fire", "truce", "trêve", "tregua", "وقف إطلاق النار", "هدنه"],
  displaced: ["déplacé*", "desplazad*", "displaced", "flee", "flees", "fled", "fleeing", "نزوح", "نازح*", "النازحين"],
  // A special envoy ("émissaire", "المبعوث الأممي"; not "envoyé", which is also "sent").
  envoy: ["envoyé spécial", "envoyée spéciale", "émissaire*", "enviado*", "enviada*", "envoy*", "مبعوث*", "المبعوث", "المبعوثه"],
  briefing: ["briefing", "briefs", "briefed", "إحاطه", "إحاطتها", "إحاطته"],
  // A toll over a week ("en une semaine", "خلال أسبوع"): not one over a month (EXCLUSIVE_KINDS).
  "in-a-week": ["en une semaine", "in a week", "en una semana", "over a week", "خلال أسبوع", "في أسبوع", "خلال الأسبوع الماضي"],
  refugees: ["réfugié*", "refugiad*", "refugee*", "لاجئ", "لاجئين", "اللاجئين"],
  war: ["guerre*", "guerra*", "war", "wars", "حرب", "الحرب"],
  peace: ["paix", "paz", "peace", "سلام", "السلام"],
  condolences: ["condoléances", "condolencias", "condolences", "تعزيه", "برقيه تعزيه"],
  // ("adresse ses vœux": sends his wishes, on a national day.)
  congratulate: ["félicit*", "felicit*", "congratulat*", "تهنئه", "يهنئ", "برقيه تهنئه", "vœux", "voeux"],
  // The south of a country ("vague de chaleur dans le sud", "موجة حر بعدد من مناطق الجنوب"). (Not "sur": French "on".)
  // (The far south, "أقصى الجنوب": no elimination, "إقصاء".)
  south: ["sud", "el sur", "del sur", "south", "southern", "جنوب", "الجنوب", "الجنوبيه", "جنوبي", "أقصى الجنوب", "grand sud", "extrême sud"],
  pardon: [
    ...["grâce royale", "gracie*", "accorde sa grâce", "indulto*", "indulta", "indultad*", "concede la gracia", "pardon*"],
    ...["عفو ملكي", "العفو", "يعفو", "عفا"],
  ],
  // Those a pardon frees (not "la prison", the sentence: see prison).
  prisoners: [
    ...["détenus", "prisonniers", "presos", "reclusos", "prisoners", "inmates", "detainees", "سجناء", "السجناء", "سجينا"],
    ...["معتقلين", "المعتقلين", "نزيلا"],
  ],
  // Crowding and waiting at a port or a station: ships "en attente", "اكتظاظ". (Not queues at a border, said with
  // words of every kind: "colas", "atascos", "طوابير".)
  congestion: ["en attente", "congestion", "encombrement*", "en espera", "backlog", "اكتظاظ", "الاكتظاظ", "ازدحام"],
  treaty: ["traité", "traités", "tratado", "tratados", "treaty", "treaties", "معاهده", "معاهدات", "المعاهده"],
  friendship: ["amitié", "amistad", "friendship", "الصداقه", "صداقه"],
  // Tribes and nomads, as a moussem gathers them ("les tribus nomades", "القبائل الرحل"). (Not "رحل" alone: "he left",
  // said of a death.)
  tribe: ["tribu", "tribus", "tribal", "tribales", "tribe", "tribes", "قبيله", "القبيله", "قبائل", "القبائل"],
  nomad: ["nomade*", "nómada*", "nomad*", "الرحل", "البدو الرحل", "الرحّل"],
  // Checks at a border, an airport, a market ("control fronterizo", "contrôles"; not "sous contrôle", a fire mastered).
  checks: ["contrôle", "contrôles", "control fronterizo", "controles", "border control*", "border checks", "مراقبه", "المراقبه"],
  // Rent, and the old rent laws ("loyers", "الإيجار القديم").
  rent: ["loyer", "loyers", "alquiler", "alquileres", "rent", "rents", "rental", "إيجار", "الإيجار", "الايجار", "الإيجارات"],
  // (Not "l'Aïd" alone, which folds to English "aid".)
  eid: [
    ...["Aïd al-Adha", "Aïd el-Adha", "Aïd el-Kébir", "Aïd el Kébir", "Aïd el-Fitr", "Aïd al-Fitr", "Eid al-Adha", "Eid al-Fitr", "Eid"],
    ...["fiesta del cordero", "fiesta del sacrificio", "عيد الأضحى", "عيد الفطر", "أضاحي العيد"],
  ],
  // Not an opening: "open-air spaces for Eid prayers".
  outdoor: ["plein air", "open-air", "open air", "al aire libre", "في الهواء الطلق"],
  sheep: ["oveja*", "أضحيه", "أكباش"],
  // (Not "جامع" alone, a mosque of Friday prayer: an Arabic word's ending goes, and "جامعة" is a university.)
  mosque: ["mosquée*", "mezquita*", "mosque*", "مسجد", "المسجد", "مساجد", "Djamaâ", "Djamaa"],
  concert: ["سهره"],
  // Goals scored ("record de buts", "رقم دروغبا التهديفي"). (Not "but", an aim, nor "هدف", a target too.)
  goals: ["buts", "goles", "goals", "التهديفي", "التهديفيه", "هدافي", "هداف", "الهداف"],
  // A player, and a coach (above): an award or an injury of one is not the other's.
  player: ["joueur", "joueurs", "jugador", "jugadores", "player", "players", "لاعب", "اللاعب", "لاعبين"],
  // A player's position: one club signing a striker and a goalkeeper the same day has made two signings.
  striker: ["attaquant", "attaquants", "avant-centre", "buteur", "delantero", "delanteros", "striker", "strikers", "forward", "مهاجم", "المهاجم"],
  goalkeeper: ["gardien de but", "gardien", "portero", "guardameta", "goalkeeper", "keeper", "حارس مرمى", "حارس", "الحارس"],
  defender: ["défenseur", "défenseurs", "defensa", "defensor", "defender", "defenders", "مدافع", "المدافع"],
  "female-player": ["joueuse", "joueuses", "jugadora", "jugadoras", "women's player", "female player", "لاعبة", "اللاعبة", "لاعبات"],
  industry: ["industrie*", "industriel*", "industria*", "industrial*", "industry", "industries", "صناعة", "الصناعة", "صناعي", "الصناعي", "الصناعية"],
  // A festival's prizes: its first and its jury's are two winners (the Golden Star to one film, the jury prize to another).
  "grand-prize": ["Étoile d'or", "Golden Star", "Estrella de Oro", "النجمة الذهبية", "Grand Prix", "Étalon d'or"],
  "jury-prize": ["prix du jury", "premio del jurado", "jury prize", "جائزة لجنة التحكيم"],
  // Years, as a count: "condamné à 10 ans de prison" is not "à 12 ans".
  years: ["ans", "años", "years", "سنوات", "سنين", "سنة", "عاما", "أعوام"],
  // Days, counted ("deux jours", "لمدة ثلاثة أيام"): a water cut of two days is not one of three. (Plurals and duals
  // only: "jour", "يوم" name a day more often than they count one.) A unit only: see UNIT_CONCEPT_IDS.
  days: ["jours", "días", "dias", "days", "أيام", "ايام", "يومين", "يومان"],
  award: [
    ...["premio*", "award*", "prize*", "lauréat*", "galardon*", "جائزه", "جوائز"],
    // A prize won ("remporte le prix de l'Atlas"): "prix" alone is a price.
    ...["remporte le prix", "remportent le prix", "décroche le prix", "reçoit le prix", "obtient le prix", "prix littéraire", "prix littéraires"],
    ...PLAYER_OF_THE_YEAR,
  ],
  // No one hurt: said of a fire or a quake, no toll of its own (its "injuries" are none).
  unhurt: [
    ...["no injuries", "no casualties", "no one was injured", "no one was hurt", "no one hurt"],
    ...["sans faire de blessés", "sans faire de victimes", "aucun blessé", "pas de blessés", "sans dégâts humains"],
    ...["sin heridos", "sin causar heridos", "sin víctimas", "sin daños personales"],
    ...["دون إصابات", "دون تسجيل إصابات", "دون خسائر بشريه", "لا إصابات", "بدون إصابات"],
  ],
  women: [
    "femme*",
    "mujer*",
    "women",
    "woman",
    "المرأه",
    "نساء",
    "النساء",
    "féminin*",
    "femenin*",
    "النسوي",
    "النسويه",
    "السيدات",
    "Lionnes de l'Atlas",
    "Leonas del Atlas",
    "Atlas Lionesses",
    "لبؤات الأطلس",
  ],
  children: ["enfant*", "niño*", "niña*", "children", "child", "أطفال", "الأطفال", "طفل"],
  disability: ["handicap*", "discapacidad*", "disabilit*", "إعاقه", "الإعاقه"],
  violence: ["violence*", "violencia*", "عنف", "العنف"],
  "social-protection": [
    // Morocco's compulsory health insurance, and its free scheme for the poor (AMO Tadamon).
    "AMO",
    "assurance maladie obligatoire",
    "التأمين الإجباري عن المرض",
    "protection sociale",
    "protección social",
    "social protection",
    "الحمايه الاجتماعيه",
    "couverture médicale",
    "cobertura médica",
    "cobertura sanitaria",
    "health coverage",
    "health insurance",
    "التغطيه الصحيه",
    "التأمين الصحي",
    "التأمين الصحي الشامل",
  ],
  // A party's or a body's secretary-general ("أمينا عاما": not years, "عاما").
  "secretary-general": [
    ...["secrétaire général", "secrétaire générale", "secretario general", "secretaria general", "secretary-general", "secretary general"],
    ...["الأمين العام", "أمين عام", "أمينا عاما", "أمينه العام", "الأمينه العامه"],
  ],
  // A party's national council, its parliament between congresses.
  "national-council": ["conseil national", "consejo nacional", "national council", "المجلس الوطني", "مجلسه الوطني", "مجلسها الوطني"],
  // A leadership of several ("direction collégiale", "قيادة جماعية").
  "collective-leadership": ["direction collégiale", "dirección colegiada", "collective leadership", "قياده جماعيه", "القياده الجماعيه"],
  // A country's youth side ("les U23", "sub-20", "المنتخب الأولمبي").
  "youth-team": [
    ...["U17", "U20", "U23", "U-17", "U-20", "U-23", "moins de 17 ans", "moins de 20 ans", "moins de 23 ans", "espoirs", "juniors"],
    ...["sub-17", "sub-20", "sub-23", "sub 17", "sub 20", "sub 23", "under-17", "under-20", "under-23", "Olympic team", "équipe olympique"],
    ...["أقل من 17 سنه", "أقل من 20 سنه", "أقل من 23 سنه", "المنتخب الأولمبي", "الأواسط"],
    // Morocco's youth sides by their nickname.
    ...["Lionceaux de l'Atlas", "Leoncitos del Atlas", "Atlas Cubs", "أشبال الأطلس"],
  ],

  // A volcano erupting ("ثوران بركان": Berkane is "بركان" alone, the volcano "البركان" or erupting).
  volcano: ["volcan*", "volcano*", "ثوران بركان", "ثوران البركان", "البركان", "براكين", "البراكين", "بركاني", "البركاني"],
  // Eyes and their medicine: "العيون" is also Laayoune's name ("أمراض العيون", eye diseases, is no city).
  ophthalmology: [
    ...["ophtalmolog*", "oftalmolog*", "ophthalmolog*", "eye disease*", "eye care", "maladies oculaires", "enfermedades oculares"],
    ...["طب العيون", "أمراض العيون", "جراحه العيون", "مستشفى العيون", "طبيب العيون", "أطباء العيون", "صحه العيون", "العيون الحمراء"],
  ],
  // Force majeure declared (an oilfield's, a port's): "القوة القاهرة", the overwhelming force, is no Cairo.
  "force-majeure": ["force majeure", "fuerza mayor", "القوه القاهره", "حاله القوه القاهره"],
  // The mufti and his office, who announce the religious calendar ("مفتي الجمهورية", "دار الإفتاء").
  mufti: ["mufti", "grand mufti", "muftí", "مفتي", "مفتي الجمهوريه", "المفتي", "دار الإفتاء", "دار الافتاء", "Dar al-Ifta"],
  // Workers ("les ouvriers de Renault": not "ouvr*", opens), employees.
  workers: [
    ...["ouvrier", "ouvriers", "ouvrière", "ouvrières", "salariés", "trabajadores", "trabajadoras", "obreros", "workers", "العمال", "عمال"],
    // Seasonal and day labourers ("temporeras marroquíes", "saisonniers", "العاملات الموسميات").
    ...["temporeros", "temporeras", "jornaleros", "jornaleras", "saisonniers", "saisonnières", "seasonal workers", "farmworkers"],
    ...["العاملات", "عاملات", "العاملات الموسميات", "العمال الموسميين"],
  ],
  // Working for oneself ("travailleurs indépendants", "العمال المستقلين", "trabajadores autónomos").
  "self-employed": [
    ...["travailleurs indépendants", "travailleur indépendant", "non-salariés", "auto-entrepreneur*"],
    ...["trabajadores autónomos", "trabajador autónomo", "los autónomos", "self-employed", "freelancers"],
    ...["العمال المستقلين", "العمال المستقلون", "المهنيين المستقلين", "غير الأجراء", "المقاول الذاتي"],
  ],
  cold: ["froid", "vague de froid", "frío", "ola de frío", "cold wave", "cold snap", "موجه برد", "البرد"],
  fog: ["brouillard", "niebla", "fog", "ضباب"],
  approve: [
    // A bill passed ("تمرر مشروع قانون المالية").
    ...["يمرر", "مرر", "تمرير"],
    // A green light, a board's sign-off: "الضوء الأخضر" is no colour.
    "feu vert",
    "luz verde",
    "green light",
    "sign-off",
    // A board that signs off on a review ("Fund signs off on review"), not a signing.
    ...["signs off", "signed off", "sign off"],
    "الضوء الأخضر",
    "الضوء الاخضر",
    "votent",
    "vote le texte",
    "adopte",
    "adopté*",
    "approuv*",
    "aprueba*",
    "aprobó",
    "aprobad*",
    "approve*",
    "adopts",
    "adopted",
    "يصادق",
    // Agrees to ("مجلس الشيوخ يوافق على قانون"; "توافق" alone is a consensus).
    ...["يوافق على", "وافق على", "توافق على", "الموافقة على", "يوافق", "وافق"],
    "صادق",
    "المصادقه",
  ],
  // (Denouncing a decision is rejecting it: "Le Caire dénonce le cinquième remplissage", "Egypt rejects".)
  reject: ["rejette*", "rejeté*", "rechaz*", "reject*", "يرفض", "رفض", "dénonce", "dénoncent", "denounce*", "تندد", "يندد", "نددت"],
  ban: ["interdi*", "prohib*", "ban", "bans", "banned", "يمنع", "منع", "حظر"],
  // A ban lifted, said as one phrase so that its "ban" is not read as a ban.
  lift: [
    ...FREEZE_LIFTED,
    "lève l'interdiction",
    "lèvent l'interdiction",
    "levée de l'interdiction",
    "lifts ban",
    "lifts the ban",
    "lifted the ban",
    "lifting of the ban",
    "levanta la prohibición",
    "levanta el veto",
    "levantamiento de la prohibición",
    "رفع الحظر",
    "يرفع الحظر",
    "ترفع الحظر",
    "رفع المنع",
  ],
  cancel: ["annul*", "cancel*", "إلغاء", "يلغي"],
  // Rules eased: "la France assouplit les conditions", "Paris facilite l'obtention des visas".
  ease: [
    ...["assoupli*", "facilite", "facilitent", "facilité", "facilitation", "simplifi*", "allège", "allègement"],
    ...["flexibiliza*", "facilita", "facilitan", "simplifica*", "eases", "eased", "easing", "relax*", "simplif*"],
    ...["تسهيل", "يسهل", "تسهل", "تبسيط", "تخفيف الإجراءات", "تخفيف شروط"],
  ],
  resign: [
    ...["démission*", "dimisión", "dimite", "resign*", "استقاله", "يستقيل"],
    // Asked to go ("يطالبون برحيل حكومة الدبيبة", "réclamer le départ de Dbeibah"): no death ("رحيل").
    ...["يطالبون برحيل", "يطالب برحيل", "تطالب برحيل", "المطالبه برحيل", "للمطالبه برحيل", "réclamer le départ", "réclament le départ", "réclame le départ"],
    ...["exigen la salida", "exige la salida", "piden la dimisión", "demand the departure", "calls for the departure"],
  ],
  // A player's career ended ("annonce sa retraite internationale", "يعلن اعتزاله", "anuncia su retirada"): no pension.
  retirement: [
    ...["retraite internationale", "annonce sa retraite", "prend sa retraite", "met un terme à sa carrière", "raccroche les crampons"],
    ...["anuncia su retirada", "su retirada de la selección", "se retira del fútbol", "cuelga las botas", "retires from international", "hangs up his boots"],
    ...["اعتزال", "اعتزاله", "اعتزالها", "يعتزل", "تعتزل", "الاعتزال"],
  ],
  // ("Vuelve el helicóptero": back. "Vuelve a" is again.)
  return: ["retour", "regreso", "vuelta", "vuelve", "vuelven", "return*", "عوده", "العوده", "يعود", "تعود", "عاد", "عادت"],
  "pass-rate": [
    // Indefinite too: "بنسبة نجاح 81 في المائة".
    ...["نسبه نجاح", "بنسبه نجاح"],
    // Those who pass ("68% من المترشحين ينجحون"): not "ينجح" alone, said of any success ("الأمن ينجح في تفكيك شبكة").
    ...["ينجحون", "الناجحين", "ناجحين"],
    ...["taux de réussite", "réussite", "candidats admis", "aprobados", "tasa de aprobados", "pass rate", "passed", "النجاح", "نسبه النجاح"],
    // Those received at an exam ("70 % de reçus"), not someone received ("reçu à Madrid": see receive).
    ...["de reçus", "taux de reçus", "candidats reçus"],
    // Admitted ("sept candidats sur dix admis").
    ...["admis", "admises"],
    // Those who passed ("58 في المائة من المترشحين ناجحون").
    ...["ناجحون", "ناجحين", "الناجحين", "نجحوا"],
  ],
  campaign: ["campagne*", "campaña*", "campaign*", "حمله", "الحمله"],
  licence: ["licence*", "licencia*", "license*", "licensing", "permis", "رخصه", "رخص", "تراخيص"],
  weekday: [
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الأحد",
    // Egypt's spoken forms, after "يوم" ("يوم التلات": "التلات" alone is also "the three").
    ...["يوم الاتنين", "يوم التلات", "يوم الاربع"],
  ],
  // Each day of the week, besides: "l'Aïd mercredi" and "عيد الفطر يوم الأربعاء" say the same day.
  monday: ["lundi", "lunes", "Monday", "الاثنين", "الإثنين", "يوم الاتنين"],
  tuesday: ["mardi", "martes", "Tuesday", "الثلاثاء", "يوم التلات"],
  wednesday: ["mercredi", "miércoles", "Wednesday", "الأربعاء", "يوم الاربع"],
  thursday: ["jeudi", "jueves", "Thursday", "الخميس"],
  friday: ["vendredi", "viernes", "Friday", "الجمعه"],
  saturday: ["samedi", "sábado", "Saturday", "السبت"],
  sunday: ["dimanche", "domingo", "Sunday", "الأحد"],
  // The new moon that starts a month, looked for and not seen ("تعذر رؤية هلال شهر شوال").
  crescent: ["croissant lunaire", "moon sighting", "crescent moon", "new moon", "luna creciente", "رؤيه الهلال", "رؤيه هلال", "هلال شهر"],
  unseen: ["pas été aperçu", "pas été observé", "non aperçu", "not sighted", "not seen", "no ha sido avistad*", "تعذر رؤيه", "عدم رؤيه"],
  shawwal: ["Chawwal", "Chaoual", "Shawwal", "Shawal", "Sawal", "شوال"],
  // The alms of the end of Ramadan.
  zakat: ["zakat", "zakat al-fitr", "zakat el-fitr", "زكاه الفطر", "زكاه"],
  cap: ["plafon*", "tope*", "price cap", "capped", "سقف", "تسقيف"],
  // A fishery's closed season.
  "biological-rest": [
    ...["arrêt biologique", "repos biologique", "paro biológico", "veda", "biological rest", "الراحه البيولوجيه", "راحه بيولوجيه"],
    // A catch forbidden for a season ("Prohibida la pesca de sardina … durante dos meses").
    ...["prohibida la pesca", "prohibición de pesca", "prohibición de la pesca", "pêche interdite", "interdiction de pêche", "fishing ban"],
  ],
  octopus: ["poulpe*", "pulpo*", "octopus", "أخطبوط", "الأخطبوط", "رخويات"],
  candidates: ["candidat", "candidats", "candidate", "candidates", "candidato", "candidatos", "مترشح", "مترشحين", "المترشحين", "مترشحا"],
  "trading-band": ["bande de fluctuation", "banda de fluctuación", "trading band", "fluctuation*", "fluctuación", "نطاق تقلب", "تقلب"],
  boycott: ["boycott*", "boicot*", "مقاطعه", "يقاطع", "يقاطعون"],
  people: ["personnes", "personas", "people", "persons", "أشخاص", "شخصا", "شخص"],
  partner: ["partenaire*", "socio", "socios", "partner*", "شريك", "الشريك", "شركاء"],
  shift: ["virage", "revirement", "giro", "shift", "u-turn", "تحول", "تحول موقف"],
  gallery: ["galerie*", "galería*", "galler*", "قاعه", "قاعات", "أروقه"],
  // Months (weak: a month says when, not what).
  "month-1": ["janvier", "enero", "January", "يناير", "جانفي", "كانون الثاني"],
  "month-2": ["février", "febrero", "February", "فبراير", "فيفري", "شباط"],
  "month-3": ["mars", "marzo", "مارس", "آذار"],
  "month-4": ["avril", "abril", "April", "أبريل", "ابريل", "أفريل", "نيسان"],
  "month-5": ["mai", "mayo", "مايو", "ماي", "أيار"],
  "month-6": ["juin", "junio", "June", "يونيو", "يونيه", "جوان", "حزيران"],
  "month-7": ["juillet", "julio", "July", "يوليو", "يوليوز", "يوليه", "جويليه", "تموز"],
  // (Not the Levant's "آب": after "ب" or "ل" it is every "باب", a door.)
  "month-8": ["août", "agosto", "August", "أغسطس", "غشت", "أوت"],
  "month-9": ["septembre", "septiembre", "setiembre", "September", "سبتمبر", "شتنبر", "أيلول"],
  "month-10": ["octobre", "octubre", "October", "أكتوبر", "تشرين الأول"],
  "month-11": ["novembre", "noviembre", "November", "نوفمبر", "نونبر", "تشرين الثاني"],
  "month-12": ["décembre", "diciembre", "December", "ديسمبر", "دجنبر", "كانون الأول"],
  // Places where something happens: a fire in a warehouse is not a fire in a block of flats.
  // (A house, a building, a flat: one place, however a paper calls it — an old house of the medina is "un immeuble" too.)
  building: [
    "immeuble*",
    "bâtiment*",
    "édifice*",
    "edificio*",
    "building*",
    "عماره",
    "عمارات",
    "بنايه",
    "مبنى",
    "maison*",
    "vivienda*",
    "house",
    "houses",
    "منزل",
    "منازل",
    "بيت",
    "appartement*",
    "apartamento*",
    "apartment*",
    "شقه",
    "شقق",
  ],
  residential: ["résidentiel*", "residencial*", "residential", "سكنيه"],
  shop: ["magasin*", "boutique*", "commerces", "tienda*", "shop", "shops", "محل", "محلات", "دكان"],
  restaurant: ["restaurant*", "restaurante*", "مطعم", "مطاعم"],
  canteen: ["cantine*", "comedor escolar", "comedores escolares", "school meals", "canteen*", "المطاعم المدرسيه", "المطعم المدرسي", "الإطعام المدرسي"],
  cafe: ["café", "cafés", "cafetería*", "مقهى", "مقاهي"],
  motorcycle: ["moto", "motos", "motocyclette*", "motocicleta*", "motorcycle*", "motorbike*", "دراجه ناريه", "دراجات ناريه"],
  // Produce and food: what a price, a harvest or an export is of.
  tomato: ["tomate", "tomates", "tomato", "tomatoes", "طماطم", "الطماطم", "مطيشه"],
  sardine: ["sardine*", "sardina*", "سردين", "السردين"],
  banana: ["banane", "bananes", "plátano", "plátanos", "banana", "bananas", "موز", "الموز"],
  // A slope that gives way onto a road or a line: "glissement de terrain", "éboulement", "انهيار صخري".
  landslide: [
    ...["glissement de terrain", "glissements de terrain", "éboulement*", "deslizamiento*", "desprendimiento*", "landslide*", "rockfall*", "mudslide*"],
    ...["انهيار صخري", "انهيارات صخريه", "انجراف التربه", "انزلاق التربه", "انزلاقات التربه", "تساقط الصخور"],
    ...["انهيار أرضي", "انهيارات أرضيه", "انزلاق أرضي", "انزلاقات أرضيه", "انجراف أرضي"],
  ],
  potato: ["pomme de terre", "pommes de terre", "patate", "patates", "patata*", "potato*", "بطاطس", "البطاطس", "بطاطا", "البطاطا"],
  avocado: ["aguacate*", "avocado*", "أفوكادو", "الأفوكادو"],
  meat: ["viande*", "carne", "carnes", "meat", "لحوم", "اللحوم", "اللحم"],
  eggs: ["œuf", "œufs", "huevo*", "egg", "eggs", "بيض", "البيض"],
  strawberry: ["fraise", "fraises", "fresa", "fresas", "strawberr*", "فراوله", "الفراوله"],
  // Raspberries and blueberries, sold together as "fruits rouges" / "frutos rojos" / "الفواكه الحمراء".
  berries: [
    ...["fruits rouges", "frutos rojos", "red fruits", "berries", "الفواكه الحمراء", "فواكه حمراء"],
    ...["framboise*", "frambuesa*", "raspberr*", "myrtille*", "arándano*", "blueberr*"],
  ],
  transport: [
    "transport",
    "transports",
    "transporteur*",
    "transporte",
    "transportista*",
    "transport operators",
    "hauliers",
    "النقل",
    "مهنيي النقل",
    "الناقلين",
  ],
  law: ["loi", "lois", "ley", "leyes", "law", "laws", "قانون", "القانون", "قانون تنظيمي", "القانون التنظيمي"],
  // A governor of Algeria's wilayas (Morocco's wali governs a region): not a "governor", whose provinces are smaller.
  wali: ["wali", "walis", "والي", "الوالي", "ولاه", "الولاه"],
  reshuffle: [
    ...["remaniement*", "remodelación", "reshuffle*", "تعديل حكومي", "تعديلا حكوميا", "التعديل الحكومي", "تعديل وزاري", "تعديلا وزاريا"],
    // Tunisia's word for it ("يجري تحويرا وزاريا").
    ...["تحوير وزاري", "تحويرا وزاريا", "التحوير الوزاري", "تحوير حكومي", "تحويرا حكوميا", "التحوير الحكومي"],
  ],
  // A country's national dialogue ("le dialogue national", "الحوار الوطني"), not its social dialogue with the unions.
  "national-dialogue": ["dialogue national", "diálogo nacional", "national dialogue", "الحوار الوطني"],
  // An upper house ("le Sénat", "مجلس الشيوخ").
  senate: ["Sénat", "Senado", "Senate", "مجلس الشيوخ"],
  // Towns planned ("urbanisme", "التخطيط العمراني").
  "urban-planning": ["urbanisme", "urbanismo", "urban planning", "التخطيط العمراني", "التعمير"],
  theft: [
    "cambriol*",
    "voleur*",
    "vol à l'arraché",
    // ("vol" alone is also a flight.)
    ...["vol avec violence", "vol qualifié", "vol à main armée", "pour vol", "vols avec violence"],
    "braquage*",
    "robo",
    "robos",
    "atraco*",
    "ladrón",
    "ladrones",
    "robber*",
    "burglar*",
    "theft*",
    "thief",
    "thieves",
    "سرقه",
    "السرقه",
    "سرقات",
    "لص",
    "لصوص",
  ],
  collapse: ["effondrement*", "s'effondre", "effondré*", "derrumbe*", "derrumba*", "collapse*", "انهيار", "انهارت", "ينهار", "المنهار", "منهار", "المنهاره"],
  lawyer: [
    "avocat",
    "avocats",
    "avocate",
    "avocates",
    "محامية",
    "المحامية",
    "المحاماة",
    "محاماة",
    "abogado*",
    "lawyer*",
    "attorney*",
    "محامي",
    "محامين",
    "المحامين",
    "المحامون",
  ],
  schedule: ["horaire*", "horario*", "schedule*", "timetable*", "مواعيد", "توقيت", "جدولة", "calendrier", "calendario", "رزنامه", "رزنامة"],
  // Said not to be so: a ministry denying a leak.
  deny: [...RISE_DENIED, "dément*", "démenti*", "desmiente*", "desmintió", "niega", "denies", "denied", "ينفي", "تنفي", "نفى", "نفت"],
  // A flow that comes in: tomatoes into Spain, migrants to a coast.
  influx: ["afflux", "influx", "entrada masiva", "avalancha", "تدفق", "توافد", "en masa", "en masse", "in droves"],
  journalist: ["journaliste*", "periodista*", "journalist*", "reporter*", "صحفي", "الصحفي", "صحافي", "الصحافي", "صحفيه", "الصحفيه"],
  // The legal time and its changes (Morocco leaves GMT+1 for Ramadan).
  clock: ["GMT", "GMT+1", "heure légale", "heure GMT", "changement d'heure", "hora legal", "cambio de hora", "الساعة القانونية", "الساعة الإضافية"],
  leak: ["fuite*", "filtración", "filtraciones", "leak", "leaks", "leaked", "تسريب", "تسريبات", "مسربه"],
  milk: ["lait", "leche", "milk", "حليب", "الحليب"],
  crisis: ["crise", "crises", "crisis", "أزمه", "الأزمه", "أزمات"],
  // Companies: orders, deliveries, results.
  order: [
    "commande",
    "commandes",
    "commandé",
    "commandée",
    "commandés",
    "commander",
    "orders",
    "ordered",
    "encarga",
    "encargó",
    "encargan",
    "pedido",
    "pedidos",
    "طلبيه",
    "طلبيات",
  ],
  delivery: [
    // Delivered ("le Maroc a livré 5 000 tonnes"): its fold is a book's, told apart by its accent (see story-features.ts).
    ...["livré", "livrés", "livrée", "livrées"],
    "réceptionne",
    "réceptionné",
    "réceptionnée",
    "delivery",
    "deliveries",
    "entrega",
    "entregas",
    "تتسلم",
    "تستلم",
    "يتسلم",
    "يستلم",
    "تسلمت",
    "تسلم",
    "استلام",
    "تسليم",
  ],
  profit: [
    // (A company's earnings and net income are its profit: "Maroc Telecom reports higher annual earnings".)
    ...["net income", "net earnings", "annual earnings", "quarterly earnings"],
    "bénéfice*",
    "résultat net",
    "résultats nets",
    "profit*",
    "beneficio*",
    "resultado neto",
    "أرباح",
    "الأرباح",
    "ارباحها",
    "ربح",
    "النتيجه الصافيه",
    "صافي الربح",
  ],
  // A share's part of the profit: one company's dividend is not its results.
  dividend: ["dividende*", "dividendo*", "dividend*", "توزيع أرباح", "توزيع الأرباح", "ربح السهم", "أرباح الأسهم"],
  "half-year": ["semestre", "semestriel*", "first half", "first-half", "half-year", "النصف الأول", "الأشهر السته الأولى", "الستة أشهر الأولى"],
  // An election brought forward: "élection présidentielle anticipée", "snap presidential vote", "انتخابات رئاسية مسبقة".
  early: [
    ...["anticipée", "anticipées", "anticipé", "anticipés", "anticipada*", "anticipado*", "early", "snap", "مسبقه", "المسبقه", "مبكره", "المبكره"],
    // Before its date ("completed a year ahead of schedule", "achevé avant les délais", "قبل الموعد المحدد").
    ...["ahead of schedule", "avant les délais", "avant le délai", "en avance sur le calendrier", "antes de lo previsto", "antes del plazo"],
    ...["قبل الموعد المحدد", "قبل الآجال"],
  ],
  // Quantities and time often said in words.
  new: ["nouveau", "nouvel", "nouvelle*", "nouveaux", "nuevo*", "nueva*", "new", "جديد", "جديده", "الجديد", "الجديده"],
  first: [
    ...["premier", "première*", "primer*", "primera*", "first", "أول", "الأول", "لأول مره", "أول أيام"],
    // ("premier" is a stop-word: as the start of a phrase it is read.)
    ...["premier vol", "premiers vols", "premier groupe", "premier contingent", "أول فوج"],
  ],
  // Results not yet final: "résultats provisoires", "النتائج الأولية" (first results, not a first).
  provisional: [
    ...["provisoire", "provisoires", "préliminaire*", "provisional", "preliminary", "provisional*", "preliminar*"],
    ...["مؤقته", "المؤقته", "الأوليه", "الاوليه", "أوليه", "اوليه"],
  ],
};

/** Concepts a number counts (the dead, tonnes, passengers): a four-digit number before one is a count, not a year. */
export const COUNTED_CONCEPTS: ReadonlySet<string> = new Set([
  // An amount of money: "le kilo à 12 dirhams", "12 درهما".
  "currency",
  "death",
  "injured",
  "missing",
  "passenger",
  "tonnes",
  "migration",
  "jobs",
  "cars",
  "nationals",
  "fans",
  "teacher",
  "doctor",
  "school",
  "pilgrimage",
  "hectares",
  "temperature",
  "people",
  "years",
  "days",
  // A day of a month: "reporté au 16 juin" (see the dates veto in assemble/story-decision.ts).
  ...Array.from({ length: 12 }, (_, i) => `month-${i + 1}`),
]);

/**
 * Concepts that only say what a number counts, never what a text is about: a strike and a water cut "of three days"
 * share a duration, not a subject. Their counts are kept ("k:days=3"); the concepts are not.
 */
export const UNIT_CONCEPT_IDS: ReadonlySet<string> = new Set(["days"]);

/**
 * Concepts that count, when two texts both say them, as any other; and that are nothing of a text's own when only one
 * does: the day an event falls on (one text gives it, another not).
 */
export const QUIET_CONCEPT_IDS: ReadonlySet<string> = new Set([
  "local",
  "baccalaureate",
  "middle-school-exam",
  "primary-exam",
  "main",
  "comment",
  "idiom",
  "social",
  "a-number-of",
  "leaves-toll",
  "ordinary",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/**
 * What says that one person died (a passing), not a toll nor a word of death said of something else ("les morts de la
 * Méditerranée", "hommage aux victimes"): a person's whole name and a passing both texts say join them (see
 * story-decision.ts). Matched as whole words of a text's match key.
 */
export const PASSING_PHRASES: readonly string[] = [
  // (Not "n'est plus" nor "s'est éteint": their match keys, "est plus" and "est eteint", say a price and a fire.)
  ...["décès", "décédé", "décédée", "est décédé", "est décédée", "est mort", "est morte", "nous a quittés", "nous a quitté"],
  ...["muere", "murió", "fallece", "falleció", "ha fallecido", "ha muerto"],
  ...["dies", "died", "passed away", "passes away", "وفاة", "توفي", "توفيت", "رحيل", "ينعى", "تنعى", "نعي"],
];

/** Concepts that say little alone: each counts half. */
export const WEAK_CONCEPT_IDS: ReadonlySet<string> = new Set([
  // (A coast says where, as a province does.)
  "atlantic",
  // (Who announces the calendar: each country has one.)
  "mufti",
  // (No one hurt: what many fires and quakes are.)
  "unhurt",
  "police",
  "sign",
  "expectation",
  "card",
  // A company's group ("le groupe OCP") as often as a tournament's.
  "group",
  "law",
  "sport",
  "new",
  "first",
  "rise",
  "fall",
  "government",
  "minister",
  "foreign-affairs",
  "president",
  "record",
  "season",
  // (The summer crossing is the setting of a summer's ferry news, as a season is.)
  "marhaba",
  "in-force",
  "kilogram",
  "announce",
  "rate",
  "edition",
  "province",
  "return",
  "people",
  "weekday",
  // A national team is how the Arabic press names a country's side ("المنتخب المغربي" where French says "le Maroc").
  "team",
  "women",
  "children",
  "youth",
  "years",
  ...Array.from({ length: 12 }, (_, i) => `month-${i + 1}`),
]);

/** Produce and staples: a price, a harvest or an export of one of them is another event than of another. */
const PRODUCE = [
  "tomato",
  "sardine",
  "onion",
  "citrus",
  "olive-oil",
  "cooking-oil",
  "wheat",
  "barley",
  "sugar",
  "cotton",
  "octopus",
  "tuna",
  "poultry",
  "bread",
  "milk",
  "potato",
  "banana",
  "avocado",
  "meat",
  "eggs",
  "strawberry",
  "berries",
  "dates",
  "tea",
  "coffee",
] as const;

/**
 * Kinds of which one event is one: a text that says only one of a kind and another that says only another are two
 * events, whatever else they share — a building's collapse and a road accident in one city, each with three dead;
 * the doctors' strike and the teachers'. `must: "share"`: the two texts must say one of the kind in common (a flood
 * and a dam's collapse are one disaster); `"match"`: they must say the same ones (what a price, a harvest or an export
 * is of: "Après la tomate, l'oignon s'envole" is the onion's story, not the tomato's).
 */

/**
 * `anchor: false`: a kind that tells two events apart but, shared, is no evidence of one (two texts about a port share
 * little: a port is no disease nor a kind of produce).
 * (At most 31 kinds: a member's marks hold one bit for each; see join in stories.ts.)
 */
export const EXCLUSIVE_KINDS: readonly { kind: readonly string[]; must: "share" | "match"; anchor?: false }[] = [
  // (And an opening: a tram line put in service and a pedestrian struck on another line the same day are two events; a
  // market reopened after its fire says both.)
  { kind: ["accident", "fire", "earthquake", "flood", "shipwreck", "murder", "collapse", "opening"], must: "share" },
  // One hospital's new wing opened and its doctors on strike the next day: two events of one place (a strike at an
  // opening says both).
  { kind: ["strike", "opening"], must: "share", anchor: false },
  // A coach overturned near Agadir and two lorries colliding there the same day (a collision of both says both).
  { kind: ["bus", "truck", "train", "tram", "metro"], must: "share" },
  { kind: ["doctor", "nurse", "teacher", "driver", "lawyer", "notary"], must: "share" },
  { kind: ["player", "female-player", "coach"], must: "share" },
  // Sports: Morocco's judokas and its taekwondo team both bring medals home the same day. (No evidence shared: a day's
  // sport has many matches.)
  {
    kind: ["football", "handball", "basketball", "volleyball", "tennis", "boxing", "athletics", "judo", "taekwondo", "karate", "wrestling", "swim", "cycling"],
    must: "share",
    anchor: false,
  },
  { kind: ["striker", "goalkeeper", "defender"], must: "share" },
  { kind: ["grand-prize", "jury-prize"], must: "share" },
  { kind: ["cholera", "measles", "cancer", "polio", "influenza", "anaemia", "mpox", "dengue", "avian-flu"], must: "share" },
  // Utilities: water cut off in Oran's districts is not its power cut the same day.
  { kind: ["water", "electricity"], must: "share" },
  { kind: ["festival", "exhibition", "conference", "marathon"], must: "share" },
  { kind: ["baccalaureate", "middle-school-exam", "primary-exam"], must: "share", anchor: false },
  { kind: ["regional-exam", "national-exam"], must: "share", anchor: false },
  // (Not an anchor: one weekly council approves several bills, on strikes and on cooperatives.)
  { kind: ["council-of-ministers", "council-of-government"], must: "share", anchor: false },
  { kind: ["drugs", "theft", "fraud", "kidnapping", "terrorism", "murder"], must: "share" },
  // What was seized or smuggled: a ton of cocaine at a port, and three tonnes of hashish there two days later.
  { kind: ["cannabis", "cocaine", "psychotropics", "heroin"], must: "share", anchor: false },
  // What a project builds or a visit inspects: a minister's high-speed line and his new port in one city are two events.
  { kind: ["port", "airport", "high-speed", "dam", "hospital", "stadium", "tunnel", "school", "university"], must: "share", anchor: false },
  { kind: [...PRODUCE], must: "match" },
  // Flour is said with bread and with wheat (a bread shortage for want of flour, milling wheat), and is another product
  // than any other (sugar seized, and flour seized, in one city the same day): the texts must share one.
  { kind: ["flour", ...PRODUCE], must: "share" },
  // What a town's figure is of: its dates harvest up 15 % and its drinking water 15 % dearer the same day are two
  // events (a drought that costs the wheat its water says both). (Not an anchor: a utility or a crop is no evidence.)
  { kind: ["water", "electricity", "flour", ...PRODUCE], must: "share", anchor: false },
  { kind: ["sukuk", "bond"], must: "share", anchor: false },
  // A find of gas, and one of oil (a text of both shares either).
  { kind: ["gas", "oil"], must: "share", anchor: false },
  // A toll over a week, and one over a month.
  { kind: ["in-a-week", ...Array.from({ length: 12 }, (_, i) => `month-${i + 1}`)], must: "share", anchor: false },
  { kind: ["black-market", "official-market"], must: "share", anchor: false },
  // What else a price is of: fuel going up 15 % and cigarettes going up 15 % the same day are two decisions. (Not an
  // anchor: a day's fuel news is many events.)
  { kind: ["fuel", "tobacco"], must: "match", anchor: false },
];
