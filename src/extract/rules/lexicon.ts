/**
 * Word lists the rules read: heads that type a name, titles that become roles, descriptions that
 * stand for a person, words that open or close a clause. Lowercase throughout; matching lowercases
 * the text. Relation triggers live in `patterns.ts`, not here.
 */

import { MONTH_ABBREVIATIONS } from "../text/abbreviations.js";

/** Groups an analyst of North African and Sahel violence meets daily, typed as organisations. */
export const KNOWN_GROUPS: readonly string[] = Object.freeze([
  "isis",
  "is",
  "isil",
  "islamic state",
  "islamic state of iraq and the levant",
  "islamic state of iraq and syria",
  "islamic state in libya",
  "daesh",
  "daech",
  "ansar al-sharia",
  "save the children",
  "ansar al-sharia in tunisia",
  "ansar al-shariah",
  "ansar al-charia",
  "aqim",
  "al-qaeda",
  "al-qaida",
  "al qaeda",
  "al-qaeda in the islamic maghreb",
  "okba ibn nafaa brigade",
  "uqba ibn nafi brigade",
  "okba ibn nafaa",
  "boko haram",
  "al-shabaab",
  "al-shabab",
  "hezbollah",
  "hamas",
  "jund al-khilafa",
  "jund al-khilafah",
  "al-mourabitoun",
  "ansar dine",
  "mujao",
  "jnim",
  "aqap",
  "taliban",
  "jabhat al-nusra",
  "al-nusra front",
  "nusra front",
  "pkk",
  "iswap",
  "al-qaeda in the arabian peninsula",
  "al-qaeda in iraq",
  "al-qaeda in the indian subcontinent",
  "islamic state west africa province",
  "islamic state khorasan province",
  "islamic state in the greater sahara",
  "hayat tahrir al-sham",
  "ansar bayt al-maqdis",
  "lashkar-e-taiba",
  "jaish-e-mohammed",
  "tehrik-i-taliban pakistan",
  "abu sayyaf",
  "jemaah islamiyah",
]);

/** Facility heads that are also family names: they outweigh a PER label only after "the". */
export const SURNAME_FACILITY_HEADS: ReadonlySet<string> = new Set([
  "hall",
  "temple",
  "tower",
  "towers",
  "centre",
  "center",
  "chapel",
  "church",
  "field",
  "port",
  "bridge",
]);

/** A capitalised name ending in one of these is a building or site. */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  "museum",
  "hotel",
  "camp",
  "mosque",
  "embassy",
  "university",
  "institute",
  "airport",
  "prison",
  "barracks",
  "beach",
  "resort",
  "stadium",
  "school",
  "hospital",
  "consulate",
  "compound",
  "plant",
  "field",
  "base",
  "checkpoint",
  "market",
  "church",
  "synagogue",
  "station",
  "port",
  "harbour",
  "square",
  "palace",
  "parliament",
  "bridge",
  "mall",
  "club",
  "academy",
  "faculty",
  "college",
  "bakery",
  "café",
  "cafe",
  "restaurant",
  "nightclub",
  "arena",
  "theatre",
  "theater",
  "cathedral",
  "shrine",
  "terminal",
  "headquarters",
  "monastery",
  "basilica",
  "supermarket",
  "hostel",
  // "the Meena Bazaar", "Souk Okaz": markets by their own names.
  "bazaar",
  "souk",
  // Landmarks: "the Obelisk of Theodosius", "the Lincoln Memorial", "the National Monument".
  "obelisk",
  "monument",
  "memorial",
  // Also surnames ("Stuart Hall"): such a head types a person-labelled span only after "the".
  ...SURNAME_FACILITY_HEADS,
]);

/** A capitalised name ending in one of these is an organisation. */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "ministry",
  "brigade",
  "brigades",
  "battalion",
  "army",
  "front",
  "party",
  "police",
  "guard",
  "council",
  "movement",
  "forces",
  "force",
  "government",
  "agency",
  "service",
  "services",
  "committee",
  "commission",
  "union",
  "office",
  "directorate",
  "court",
  "assembly",
  "group",
  "organisation",
  "organization",
  "network",
  "legion",
  "militia",
  "coalition",
  "alliance",
  "bureau",
  "department",
  "company",
  "corporation",
  "bank",
  "association",
  "league",
  "ministers",
]);

/** Sites the rules recognise in lowercase descriptions ("a camp near Sabratha"): facility heads that need no name. */
export const UNNAMED_FACILITY_HEADS: ReadonlySet<string> = new Set([
  "camp",
  "museum",
  "hotel",
  "mosque",
  "university",
  "prison",
  "beach",
  "resort",
  "school",
  "hospital",
  "compound",
  "base",
  "checkpoint",
  "market",
  "airport",
  "embassy",
  "barracks",
  "farm",
]);

/**
 * Titles that precede a name and become a role ("President Beji Caid Essebsi"). Multi-word titles are
 * matched longest first. Honorifics that are no role ("Mr") are in `HONORIFICS`.
 */
export const TITLES: readonly string[] = Object.freeze([
  "president",
  "prime minister",
  "interior minister",
  "defence minister",
  "defense minister",
  "foreign minister",
  "justice minister",
  "tourism minister",
  "health minister",
  "minister",
  "deputy minister",
  "secretary of state",
  "secretary-general",
  "king",
  "prince",
  "emir",
  "sheikh",
  "shaykh",
  "imam",
  "gen.",
  "general",
  "lt. gen.",
  "maj. gen.",
  "brig. gen.",
  "col.",
  "colonel",
  "lt.",
  "lieutenant",
  "maj.",
  "major",
  "capt.",
  "captain",
  "sgt.",
  "sergeant",
  "commander",
  "dr.",
  "dr",
  "prof.",
  "professor",
  "judge",
  "prosecutor",
  "governor",
  "gov.",
  "mayor",
  "senator",
  "sen.",
  "spokesman",
  "spokeswoman",
  "ambassador",
  "chief",
  // Titles of more than one word the words above do not build: "Chief Executive Abdullah Abdullah".
  "chief executive",
  "deputy prime minister",
  "deputy president",
  "vice president",
  "vice-president",
]);

/** Courtesy titles: stripped from the name, not kept as a role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "messrs",
  "mme",
]);

/**
 * Posts both lists below hold: "the speaker of the State Council", "Inspector-General of Police", "the
 * vice-mayor of Buluan".
 */
const HYPHENED_AND_LATER_POSTS = [
  "speaker",
  "vice-mayor",
  "vice-president",
  "vice-governor",
  "inspector-general",
  "envoy",
];

/** Nouns that name a post in an appositive ("Rafik Chelli, secretary of state for the Interior Ministry,"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  ...HYPHENED_AND_LATER_POSTS,
  "minister",
  "secretary",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "president",
  "director",
  "commander",
  "leader",
  "founder",
  "co-founder",
  "chief",
  "head",
  "official",
  "governor",
  "mayor",
  "ambassador",
  "general",
  "colonel",
  "officer",
  "emir",
  "judge",
  "prosecutor",
  "deputy",
  "member",
  "chairman",
  "adviser",
  "advisor",
  "analyst",
  "researcher",
  "imam",
  "preacher",
  "ideologue",
]);

/** Roles that also make the person a leader of the organisation they are attached to. */
export const LEADER_ROLES: ReadonlySet<string> = new Set([
  "leader",
  "founder",
  "co-founder",
  "emir",
  "head",
  "chief",
  "commander",
]);

/** Nouns that stand for one person the report is about ("the gunman", "the 23-year-old student"). */
export const PERSON_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "gunman",
  "attacker",
  "assailant",
  "shooter",
  "bomber",
  "suspect",
  "militant",
  "jihadist",
  "student",
  "man",
  "youth",
  "fighter",
  "perpetrator",
  "killer",
  "sniper",
]);

/** Words inside a description that say it is the perpetrator, so it may link to an attacker. */
export const ATTACKER_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "gunman",
  "attacker",
  "assailant",
  "shooter",
  "bomber",
  "perpetrator",
  "killer",
  "sniper",
]);

/** Plural nouns that make a group when tied to an attack ("the two gunmen", "the Bardo attackers"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "gunmen",
  "attackers",
  "assailants",
  "militants",
  "shooters",
  "bombers",
  "perpetrators",
  "men",
  "killers",
  "fighters",
  "jihadists",
  "insurgents",
  "extremists",
  // "The raiders, led by …", "Rebels attacked …"
  "raiders",
  "rebels",
  "snipers",
  // "Bandits killed 14 villagers in Zamfara", "kidnappers seized 30 students".
  "bandits",
  "kidnappers",
  // "Militiamen stormed a camp …", "Terrorists attacked a police station …", "Guerrillas ambushed …".
  // Not "separatists": a people named in front ("Baloch separatists") reads as a place of attack.
  "militiamen",
  "terrorists",
  "guerrillas",
  "herdsmen",
  "islamists",
  "jihadis",
  "paramilitaries",
  "hijackers",
]);

/** Nouns that name an attack-like event. */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  "attack",
  "massacre",
  "shooting",
  "bombing",
  "assault",
  "raid",
  "ambush",
  "siege",
  "explosion",
  "blast",
  "killings",
  "rampage",
  "strike",
  "air strike",
  "airstrike",
  "hostage-taking",
]);

/** Arabic particles that stay inside a name in lowercase ("Ansar al-Sharia", "Okba ibn Nafaa"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "ben",
  "bint",
  "abu",
  "abd",
  "bou",
  "ould",
  "ag",
  "de",
  "la",
  "le",
  "du",
  "van",
  "von",
]);

/** Lowercase words that may sit inside a capitalised name ("Islamic State of Iraq and the Levant"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "and", "the", "for", "in"]);

/**
 * Capitalised words at the start of a sentence that are ordinary words, not names. The fallback
 * finder also drops any sentence-initial word the document uses in lowercase elsewhere.
 */
export const COMMON_CAPITALISED: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "officials",
  "police",
  "authorities",
  "investigators",
  "witnesses",
  "relatives",
  "security",
  "sources",
  "gunmen",
  "militants",
  "he",
  "she",
  "it",
  "they",
  "we",
  "his",
  "her",
  "its",
  "their",
  "this",
  "that",
  "these",
  "those",
  "there",
  "in",
  "on",
  "at",
  "after",
  "before",
  "when",
  "while",
  "but",
  "and",
  "as",
  "earlier",
  "later",
  "most",
  "some",
  "many",
  "several",
  "two",
  "three",
  "one",
  "both",
  "all",
  "no",
  "if",
  "for",
  "from",
  "by",
  "with",
  "according",
  "since",
  "until",
  "during",
  "among",
  "following",
  "reporting",
  "editing",
  "published",
  "updated",
  "related",
  "meanwhile",
  "however",
  "also",
  "analysts",
  "residents",
  "tourists",
  "survivors",
  "who",
  "what",
  "why",
  "how",
  "where",
]);

/**
 * Names of first-level regions (states, provinces, governorates) that are also common words or compass
 * points in running text ("Central", "Delta", "Rivers", "Highland"): never a region on their own.
 */
export const REGION_STOPWORDS: ReadonlySet<string> = new Set([
  "central",
  "centre",
  "center",
  "capital",
  "coast",
  "delta",
  "eastern",
  "gulf",
  "highland",
  "lakes",
  "littoral",
  "northern",
  "plateau",
  "rivers",
  "southern",
  "western",
  "upper",
  "lower",
  "oriental",
  "occidental",
  "norte",
  "ouest",
  "islands",
  "border",
  "national",
  "federal",
]);

/** English words that are also city names in GeoNames: never a place on their own. */
export const CITY_STOPWORDS: ReadonlySet<string> = new Set([
  "police",
  "most",
  "of",
  "man",
  "reading",
  "march",
  "union",
  "republic",
  "independence",
  "nice",
  "victoria",
  "lincoln",
  "mars",
  "said",
  "university",
  "hotel",
  "beach",
  "camp",
  "security",
  "national",
  "center",
  "centre",
  "mercedes",
  "orange",
  "commerce",
  "opportunity",
  "liberty",
  "concord",
  "friendship",
  "paradise",
  "hope",
  "amber",
  "green",
  "media",
  "state",
  "isis",
  "hamas",
]);

/** Month names, January first (their index + 1 is the month's number). */
export const MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Weekday names, Sunday first (their index is JavaScript's getDay()). */
export const WEEKDAYS: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Month and weekday names: dates, never parts of a name ("the March attack"). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...MONTH_ABBREVIATIONS.map((m) => `${m}.`),
  // Datelines abbreviate without a full stop ("SIRTE, Oct 21 -").
  ...MONTH_ABBREVIATIONS,
]);

/** Prepositions after which an unknown capitalised name is a place ("from Gaafour", "near Sabratha"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "near",
  "from",
  "into",
  "at",
  "outside",
  "to",
  "across",
  "towards",
  "toward",
  "around",
]);

/** Places missing from GeoNames' city list at our population threshold but central to the corpus. */
/**
 * Regions news English names that the region data writes otherwise ("Bayern", "Cataluña") or that are
 * too short to take from it unchecked ("Ohio", "Utah"), and areas no first-level list holds ("Sinai",
 * "Kabylie", "Kashmir", "Darfur"), as English news writes them.
 */
export const EXTRA_REGIONS: readonly string[] = Object.freeze([
  "ohio",
  "iowa",
  "utah",
  "bavaria",
  "saxony",
  "lower saxony",
  "hesse",
  "thuringia",
  "north rhine-westphalia",
  "rhineland-palatinate",
  "catalonia",
  "andalusia",
  "lombardy",
  "tuscany",
  "sicily",
  "sardinia",
  "piedmont",
  "brittany",
  "normandy",
  "basque country",
  "khyber pakhtunkhwa",
  "kabylie",
  "sinai",
  "kashmir",
  "mindanao",
  "darfur",
]);

export const EXTRA_PLACES: readonly string[] = Object.freeze([
  "sabratha",
  "sabratah",
  "gaafour",
  "gaâfour",
  "ben guerdane",
  "port el kantaoui",
  "derna",
  "chaambi",
  "mount chaambi",
  "jebel chaambi",
  "siliana",
  "kasserine",
  "sidi bouzid",
  "le bardo",
  "bardo",
  "raqqa",
  "mosul",
  "aleppo",
  "idlib",
  "timbuktu",
  "gao",
  "kidal",
  "in amenas",
]);

// ---------------------------------------------------------------------------------------------
// Personal names, outlets and place adjectives (read by person-names.ts, datelines.ts,
// document-names.ts, entity-typing.ts and place-gazetteer.ts).
// ---------------------------------------------------------------------------------------------

/** Kunya words: "Abu Iyadh", "Abou Sakhr", "Umm Sayyaf" are people's names (father / mother of). */
export const KUNYA_WORDS: ReadonlySet<string> = new Set(["abu", "abou", "umm", "oum"]);

/** Nasab words inside a name: "Seifallah Ben Hassine", "Osama bin Laden" (son / daughter of). */
export const NASAB_WORDS: ReadonlySet<string> = new Set(["bin", "ben", "ibn", "bint", "ould", "ag"]);

/**
 * Common Arabic (mostly Maghrebi) given names in their usual romanisations. A name that starts with
 * one is a person's unless a head word says otherwise ("Okba Ibn Nafaa Brigade"). Lowercase, without
 * diacritics; compounds in -eddine/-allah and Abd- are matched by `GIVEN_NAME_PATTERN`, not listed.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  "mohamed",
  "mohammed",
  "muhammad",
  "mohammad",
  "mohamad",
  "mouhamed",
  "ahmed",
  "ahmad",
  "hamed",
  "hamid",
  "mahmoud",
  "mahmud",
  "ali",
  "omar",
  "umar",
  "othman",
  "uthman",
  "osman",
  "hassan",
  "hasan",
  "hussein",
  "hussain",
  "houcine",
  "hocine",
  "houssem",
  "karim",
  "khaled",
  "khalid",
  "mustafa",
  "moustafa",
  "mostafa",
  "mostefa",
  "youssef",
  "yousef",
  "yusuf",
  "youcef",
  "ibrahim",
  "brahim",
  "ismail",
  "smail",
  "yassine",
  "yacine",
  "yasin",
  "saber",
  "sabri",
  "sami",
  "samir",
  "said",
  "saif",
  "seif",
  "sayf",
  "salah",
  "salem",
  "salim",
  "slim",
  "tarek",
  "tarak",
  "tariq",
  "walid",
  "habib",
  "hamza",
  "hichem",
  "hisham",
  "nabil",
  "nizar",
  "rachid",
  "rached",
  "rashid",
  "riadh",
  "riyad",
  "ridha",
  "rida",
  "adel",
  "adil",
  "amine",
  "amin",
  "lamine",
  "anis",
  "aymen",
  "ayman",
  "bilal",
  "chokri",
  "shukri",
  "fathi",
  "faouzi",
  "fawzi",
  "fouad",
  "fuad",
  "hamadi",
  "hedi",
  "hadi",
  "jamel",
  "jamal",
  "kamel",
  "kamal",
  "lotfi",
  "mehdi",
  "mahdi",
  "moncef",
  "mounir",
  "munir",
  "mourad",
  "murad",
  "mokhtar",
  "mukhtar",
  "muammar",
  "mouammar",
  "moammar",
  "naceur",
  "nasser",
  "nasir",
  "nidal",
  "rafik",
  "rafiq",
  "ramzi",
  "sofiane",
  "sufyan",
  "taher",
  "tahar",
  "taoufik",
  "tawfiq",
  "wassim",
  "zied",
  "ziad",
  "lokmane",
  "loqman",
  "luqman",
  "osama",
  "usama",
  "oussama",
  "anwar",
  "bakr",
  "yahya",
  "yahia",
  "zakaria",
  "idris",
  "driss",
  "ilyes",
  "ilyas",
  "issa",
  "moussa",
  "musa",
  "okba",
  "uqba",
  "saddam",
  "belgacem",
  "belkacem",
  "mongi",
  "zine",
  "fatima",
  "fatma",
  "aisha",
  "aicha",
  "khadija",
  "maryam",
  "meriem",
  "leila",
  "layla",
  "amina",
  "samira",
  "nadia",
  "salma",
  "sana",
  "zahra",
  "zeineb",
  "zaynab",
  "hafsa",
  "asma",
  "sihem",
  "olfa",
  "souad",
  "najat",
]);

/** Compound given names: Seifeddine, Noureddine, Kheireddine; Seifallah, Abdullah; Abdelmalek, Abdulaziz. */
export const GIVEN_NAME_PATTERN =
  /^(?:\p{L}{2,}[eiu]dd(?:ine|in|yn)e?|\p{L}{3,}[auo]llah?|abd[eua]l?\p{L}{3,})$/u;

/**
 * Family names of the region's best-known political figures, one romanisation each; others are
 * matched by consonant skeleton ("Kadhafi", "Qadhafi" and "Gaddafi" meet). A lone one is a person.
 */
export const WELL_KNOWN_FAMILY_NAMES: readonly string[] = Object.freeze([
  "gaddafi",
  "bourguiba",
  "essebsi",
  "ghannouchi",
  "marzouki",
  "mubarak",
  "morsi",
  "assad",
  "bouteflika",
  "belmokhtar",
  "baghdadi",
  "zawahiri",
  "zarqawi",
  "haftar",
  "sarraj",
  "belhadj",
  "droukdel",
]);

/** Words that make a name a group or a place, never a person ("Ansar al-Sharia", "Jabhat al-Nusra", "Bab al-Aziziya"). */
export const NON_PERSON_NAME_WORDS: ReadonlySet<string> = new Set([
  "ansar",
  "jund",
  "jabhat",
  "jamaat",
  "jamaa",
  "harakat",
  "katiba",
  "kataib",
  "liwa",
  "tanzim",
  "majlis",
  "bab",
  "dar",
  "bir",
  "ain",
  "ras",
  "wadi",
  "oued",
  "jebel",
  "djebel",
  "jabal",
  "sidi",
  "souk",
  "ksar",
  "qasr",
  "borj",
  "bordj",
  "menzel",
  "hammam",
  "beni",
  "port",
  "mount",
]);

/** Organisation heads written before "of": "Presidency of the Republic", "Ministry of the Interior". */
export const ORGANIZATION_HEADS_BEFORE_OF: ReadonlySet<string> = new Set([
  "presidency",
  "ministry",
  "office",
  "council",
  "secretariat",
  "cabinet",
  "directorate",
  "department",
  "court",
  "assembly",
  "union",
  "league",
  "army",
]);

/** Compass words that make a region of a known place: "Western Libya", "southern Tunisia". */
export { COMPASS_WORDS } from "../../places/regions.js";

/**
 * Adjectives of peoples, periods and faiths that are no place on their own ("Roman mosaics",
 * "Ottoman rule", "Berber villages"), although GeoNames knows a town spelt so (Roman, Romania).
 */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  "roman",
  "romans",
  "byzantine",
  "ottoman",
  "ottomans",
  "phoenician",
  "punic",
  "carthaginian",
  "berber",
  "berbers",
  "amazigh",
  "andalusian",
  "arabic",
  "persian",
  "sunni",
  "shia",
  "shiite",
  "muslim",
  "muslims",
  "christian",
  "christians",
  "jewish",
  "islamic",
  "maghrebi",
  "sahelian",
  "sahrawi",
  "tuareg",
  "kurdish",
  "kurds",
]);

/** Words after an outlet's name in a credit line: "(Reporting by Maghreb Wire staff)", "the Tunis desk". */
export const OUTLET_CREDIT_WORDS: ReadonlySet<string> = new Set([
  "staff",
  "desk",
  "newsroom",
  "correspondents",
]);

// --- Events, sites and casualty figures (appended; owned with events.ts, sites.ts, casualties.ts) ---

/**
 * Lowercase heads that end a capitalised name as a facility ("the Argana café", "Atocha station",
 * "the Bataclan concert hall"), beside `UNNAMED_FACILITY_HEADS`; alone they name no site.
 */
export const NAMED_SITE_HEADS: ReadonlySet<string> = new Set([
  "café",
  "cafe",
  "station",
  "hall",
  "stadium",
  "terminal",
  "church",
  "cathedral",
  "synagogue",
  "monastery",
  "club",
  "restaurant",
  "theatre",
  "theater",
  "arena",
  "mall",
  "nightclub",
]);

/** Lowercase heads that end a capitalised name as a place ("Jemaa el-Fnaa square", "the Zoobe junction"). */
export const NAMED_PLACE_HEADS: ReadonlySet<string> = new Set([
  "square",
  "junction",
  "street",
  "boulevard",
  "mountains",
  "province",
  // "the busy Lat Phrao intersection".
  "intersection",
]);

/**
 * Lowercase heads of unnamed sites beside `UNNAMED_FACILITY_HEADS`: "a flat in Leganés", "an apartment
 * in Saint-Denis", "a café on boulevard Voltaire", "a busy shopping street". `UNNAMED_PLACE_HEADS`
 * of them are places, not buildings.
 */
export const MORE_SITE_HEADS: ReadonlySet<string> = new Set([
  "flat",
  "apartment",
  "house",
  "café",
  "cafe",
  "restaurant",
  "bar",
  "nightclub",
  "supermarket",
  "shop",
  "mine",
  "street",
  "promenade",
  // Public buildings told by their kind: "a social services centre in …", "an art gallery in …",
  // "the government headquarters in …", "a synagogue on …".
  "centre",
  "center",
  "gallery",
  "headquarters",
  "synagogue",
  "church",
  // "a villa in Abbottabad".
  "villa",
  // Wire copy's other scenes of attack: "a cemetery in Kabul", "a bazaar in Peshawar", "a shrine in
  // Lahore", "the courthouse in …", "a stadium in …" ("stop" and "post" are left out: "a traffic stop",
  // "a post in the government").
  "cemetery",
  "bazaar",
  "shrine",
  "temple",
  "seminary",
  "college",
  "clinic",
  "courthouse",
  "building",
  "palace",
  "mall",
  "stadium",
  "bank",
  "cinema",
  "theatre",
  "theater",
  "office",
  "offices",
  "consulate",
  "guesthouse",
  "residence",
  // "a park in Kabul", "a multi-storey car park at the airport".
  "park",
  // "an army outpost near X", "a bakery in Y", "a busy intersection in Z".
  "outpost",
  "roadblock",
  "bakery",
  "pharmacy",
  "factory",
  "warehouse",
  "motel",
  "pub",
  "kindergarten",
  "madrasa",
  "intersection",
  "roundabout",
]);
export const UNNAMED_PLACE_HEADS: ReadonlySet<string> = new Set([
  "street",
  "promenade",
  "intersection",
  "roundabout",
]);
/** Lowercase heads written before a name that make a street ("boulevard Voltaire", "rue de Charonne"). */
export const STREET_HEADS_BEFORE: ReadonlySet<string> = new Set(["boulevard", "avenue", "rue", "place"]);

// ---------------------------------------------------------------------------------------------------
// Perpetrators and their ties (who did what): words for the clausal-group, claim and apposition rules.
// ---------------------------------------------------------------------------------------------------

/**
 * Nouns that make a group only with a clause that says what it did: "the two brothers suspected of
 * carrying out …", "the cell behind last week's attacks", "the group that carried out …".
 */
export const CLAUSAL_GROUP_NOUNS: ReadonlySet<string> = new Set([
  "brothers",
  "suspects",
  "plotters",
  "cell",
  "group",
  "teams",
  "squad",
]);

/** Nouns for a national, where the country gazetteer knows only the adjective ("a Spaniard"). */
export const NATIONAL_NOUNS: ReadonlyMap<string, string> = new Map([
  ["frenchman", "France"],
  ["frenchwoman", "France"],
  ["spaniard", "Spain"],
  ["englishman", "United Kingdom"],
  ["scotsman", "United Kingdom"],
  ["welshman", "United Kingdom"],
  ["dutchman", "Netherlands"],
  ["irishman", "Ireland"],
  ["dane", "Denmark"],
  ["swede", "Sweden"],
  ["finn", "Finland"],
  ["pole", "Poland"],
  ["turk", "Turkey"],
]);

/** Adjectives the country gazetteer gives to more than one country, with the country they mean. */
export const DEMONYM_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ["french", "France"],
  ["british", "United Kingdom"],
  ["american", "United States"],
  ["dutch", "Netherlands"],
  ["chinese", "China"],
]);

/** Further heads for one person the report is about, read as descriptions like "the gunman". */
export const MORE_PERSON_DESCRIPTIONS: ReadonlySet<string> = new Set(["driver", "woman"]);

/**
 * Plural nouns for a community of people, never a place: "Coptic Christians", "Shia Muslims",
 * "Yazidis". A name ending in one is a group (the victims of "opened fire on a bus carrying …").
 */
export const COMMUNITY_NOUNS: ReadonlySet<string> = new Set([
  "christians",
  "copts",
  "muslims",
  "jews",
  "shias",
  "shiites",
  "sunnis",
  "yazidis",
  "catholics",
  "protestants",
  "pilgrims",
  "worshippers",
  "tourists",
]);

/** Heads of an organisation's regional arm named after its region: "Islamic State's Sinai affiliate". */
export const AFFILIATE_HEADS: ReadonlySet<string> = new Set([
  "affiliate",
  "branch",
  "province",
  "wing",
  "franchise",
  "offshoot",
  "chapter",
]);

/** Ordinals that pick one member out of a group named before ("The fourth, Germaine Lindsay,"). */
export const MEMBER_ORDINALS: ReadonlySet<string> = new Set([
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "other",
  "last",
  "eldest",
  "youngest",
]);

// ---------------------------------------------------------------------------------------------------
// Name shapes that say a name's type whatever the recogniser labelled it (entity-typing.ts,
// span-repairs.ts).
// ---------------------------------------------------------------------------------------------------

/**
 * Last words of a name that make it a place, not a building or a body: "Mohamed V Avenue", "Siliana
 * governorate", "Tavistock Square", "Martin Place", "the Sinai Peninsula".
 */
export const PLACE_NAME_HEADS: ReadonlySet<string> = new Set([
  "avenue",
  "street",
  "road",
  "boulevard",
  "lane",
  "square",
  "place",
  "plaza",
  "piazza",
  "promenade",
  "corniche",
  "esplanade",
  "quay",
  "governorate",
  "province",
  "prefecture",
  "municipality",
  "county",
  "mountains",
  "mountain",
  "hills",
  "heights",
  "valley",
  "desert",
  "peninsula",
  "coast",
  "district",
  "quarter",
  "neighbourhood",
  "neighborhood",
  "arrondissement",
  "region",
]);

/**
 * Street words of other languages that make a name a place wherever they stand in it: "La Rambla",
 * "Las Ramblas", "Rue de Rivoli", "Passeig de Gràcia", "Calle Mayor", "Corso Vittorio Emanuele".
 */
export const STREET_NAME_WORDS: ReadonlySet<string> = new Set([
  "rambla",
  "ramblas",
  "calle",
  "carrer",
  "rue",
  "avenida",
  "paseo",
  "passeig",
  "viale",
  "corso",
  "plaza",
  "piazza",
  "praça",
  "rua",
  "strasse",
  "straße",
  "platz",
]);

/**
 * Single-word street names of German and Swedish cities end so: "Breitscheidplatz", "Kurfürstendamm",
 * "Drottninggatan", "Sveavägen".
 */
export const STREET_NAME_ENDINGS =
  /\p{Ll}(?:strasse|straße|platz|gasse|damm|gatan|vägen|plein|straat|gracht)$/u;

/**
 * Last words of a name that make it an occasion, not a body or a place: "the Boston Marathon", "the
 * G8 Summit", "the Notting Hill Carnival". The rules make no entity of such a name; an attack at the
 * occasion is an event of the event rules.
 */
export const OCCASION_HEADS: ReadonlySet<string> = new Set([
  "marathon",
  "olympics",
  "festival",
  "carnival",
  "parade",
  "summit",
  "championship",
  "championships",
  "cup",
  "fair",
  "expo",
]);

/**
 * Holidays and holy days written alone ("as worshippers marked Yom Kippur", "during Sabbath services"):
 * a time, never a person or a body, whatever the recogniser reads.
 */
export const HOLIDAY_NAMES: ReadonlySet<string> = new Set([
  "sabbath",
  "shabbat",
  "yom kippur",
  "rosh hashanah",
  "passover",
  "hanukkah",
  "ramadan",
  "eid",
  "eid al-fitr",
  "eid al-adha",
  "ashura",
  "nowruz",
  "diwali",
  "christmas",
  "christmas eve",
  "christmas day",
  "easter",
  "easter sunday",
  "good friday",
  "palm sunday",
  "new year's eve",
]);

/** First words of the name of a regional arm of a group: "Wilayat Sinai", "Wilayah Gharb Ifriqiya". */
export const ARM_NAME_OPENERS: ReadonlySet<string> = new Set(["wilayat", "wilayah", "wilaya"]);

/**
 * News outlets, typed organisations whatever the recogniser says: a trained model reads "Al Jazeera"
 * as a person, and a news agency of a group ("Amaq") as nothing. Matched case-insensitively with a
 * capital first letter.
 */
export const KNOWN_OUTLETS: readonly string[] = Object.freeze([
  "al jazeera",
  "al-jazeera",
  "al arabiya",
  "al-arabiya",
  "amaq",
  "amaq news agency",
  "reuters",
  "agence france-presse",
  "associated press",
  "bbc",
  "cnn",
  "al-masry al-youm",
  "anadolu agency",
]);

/** Arabic articles fused to a family name ("al-Baghdadi", "el-Sisi"): the word ends a person's name. */
export const FUSED_ARTICLE = /^(?:al|el|as|ash|ad|an|ar|at|az|ul)-\p{Lu}/u;

// --- Occasion-named events (event-names.ts) ---------------------------------------------------------

/**
 * Words that make a capitalised name right before an event noun an occasion: "the Bastille Day
 * attack", "the Christmas market attack", "the Easter Sunday bombings", "the New Year's Eve attack".
 * With OCCASION_HEADS ("the Boston Marathon bombing") the name names the event and places it nowhere.
 */
export const OCCASION_WORDS: ReadonlySet<string> = new Set([
  "day",
  "eve",
  "christmas",
  "easter",
  "ramadan",
  "eid",
  "diwali",
  "hanukkah",
  "halloween",
  "thanksgiving",
  "passover",
  "ashura",
  "nowruz",
]);

// --- State bodies written as common nouns (state-bodies.ts) -----------------------------------------

/**
 * A state's institutions named by a common noun, each as its words. `alone`: the noun names the body
 * without a country in front ("killed by police", "told parliament"); otherwise a country's
 * adjective or possessive must qualify it ("Turkish authorities", "Sri Lanka's government"), as
 * "the government" alone is as often an abstraction as an actor.
 */
export const STATE_BODIES: readonly { words: readonly string[]; alone: boolean }[] = Object.freeze([
  { words: ["police"], alone: true },
  { words: ["air", "force"], alone: true },
  { words: ["intelligence", "services"], alone: true },
  { words: ["security", "services"], alone: true },
  { words: ["presidential", "guard"], alone: true },
  { words: ["parliament"], alone: true },
  { words: ["authorities"], alone: false },
  { words: ["government"], alone: false },
  { words: ["army"], alone: false },
  { words: ["navy"], alone: false },
  { words: ["military"], alone: false },
  { words: ["forces"], alone: false },
]);

/** Nouns a state body's word modifies ("police officer", "parliament building"): then it names no body. */
export const STATE_BODY_COMPOUNDS: ReadonlySet<string> = new Set([
  "officer",
  "officers",
  "officials",
  "official",
  "raid",
  "raids",
  "station",
  "stations",
  "unit",
  "source",
  "sources",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "chief",
  "chiefs",
  "commissioner",
  "commander",
  "car",
  "cars",
  "van",
  "vehicle",
  "cordon",
  "headquarters",
  "post",
  "posts",
  "patrol",
  "operation",
  "building",
  "barracks",
  "base",
  "camp",
  "offensive",
  "uniform",
  "uniforms",
  "custody",
  "member",
  "members",
  "minister",
  "ministers",
  "troops",
  "forces",
  "force",
]);

/** Portfolios that make a lowercase "ministry" a state body: "the health ministry", "Israel's foreign ministry". */
export const MINISTRY_PORTFOLIOS: ReadonlySet<string> = new Set([
  "health",
  "interior",
  "foreign",
  "defence",
  "defense",
  "justice",
  "home",
  "finance",
  "information",
  "transport",
  "education",
  "religious",
]);

// --- Force actions and unnamed targets (force-actions.ts, targets.ts) -------------------------------

/**
 * Common nouns for the men of a security force ("armed officers", "RAID commandos"). A singular one
 * ("an armed officer") is a person, a plural one an organisation, as the annotation guide types them.
 */
export const FORCE_MEMBER_NOUNS: ReadonlyMap<string, "person" | "organization"> = new Map([
  ["officers", "organization"],
  ["officer", "person"],
  ["policemen", "organization"],
  ["policeman", "person"],
  ["commandos", "organization"],
  ["troops", "organization"],
  ["soldiers", "organization"],
  ["gendarmes", "organization"],
  ["marksmen", "organization"],
  // "Federal agents arrested …", "an FBI agent".
  ["agents", "organization"],
  ["agent", "person"],
]);
/** Words that may qualify a force's men: "armed officers", "special forces", "tactical officers". */
export const FORCE_MEMBER_MODIFIERS: ReadonlySet<string> = new Set([
  "armed",
  "special",
  "tactical",
  "elite",
  "riot",
  "police",
  "army",
  "security",
  "counter-terrorism",
  "counterterrorism",
  "anti-terrorist",
  "anti-terror",
  "federal",
]);
/** Last words of an organisation's name that make it a security force: "Italian police", "special forces". */
export const FORCE_BODY_HEADS: ReadonlySet<string> = new Set([
  "police",
  "forces",
  "force",
  "army",
  "military",
  "guard",
  "gendarmerie",
  ...FORCE_MEMBER_NOUNS.keys(),
]);

/**
 * Heads of an unnamed target right after an attack verb, and what the annotation guide types them:
 * vehicles are facilities ("opened fire on a bus"), crowds and bodies of people groups ("drove a truck
 * into the crowd", "opened fire on two officers"), one officer a person ("stabbed a police officer").
 * Casualty nouns ("people", "civilians") are figures, not targets, and stay out.
 */
export const TARGET_HEADS: ReadonlyMap<string, "facility" | "group" | "person"> = new Map([
  ["bus", "facility"],
  ["buses", "facility"],
  ["trolleybus", "facility"],
  ["minibus", "facility"],
  ["coach", "facility"],
  ["tram", "facility"],
  ["train", "facility"],
  ["trains", "facility"],
  ["convoy", "facility"],
  ["crowd", "group"],
  ["crowds", "group"],
  ["worshippers", "group"],
  ["pedestrians", "group"],
  ["shoppers", "group"],
  ["spectators", "group"],
  ["passengers", "group"],
  ["commuters", "group"],
  ["revellers", "group"],
  ["mourners", "group"],
  ["officers", "group"],
  ["policemen", "group"],
  ["soldiers", "group"],
  ["officer", "person"],
  ["policeman", "person"],
  ["soldier", "person"],
  ["guard", "person"],
  ["policewoman", "person"],
  ["policewomen", "group"],
  ["commander", "person"],
  ["man", "person"],
  ["woman", "person"],
  // Sites: a named one is the name finders'; these catch "the Marshal Fahim military academy".
  ["academy", "facility"],
  ["school", "facility"],
  ["synagogue", "facility"],
  ["mosque", "facility"],
  ["church", "facility"],
  ["embassy", "facility"],
  ["consulate", "facility"],
  ["hotel", "facility"],
  ["office", "facility"],
  ["offices", "facility"],
  ["headquarters", "facility"],
  ["compound", "facility"],
  ["compounds", "facility"],
  ["camp", "facility"],
  ["camps", "facility"],
  ["base", "facility"],
  ["bases", "facility"],
  ["barracks", "facility"],
  ["checkpoint", "facility"],
  ["terminal", "facility"],
  // Military and civil sites as wire copy names them unnamed: "attacked an army outpost", "a power station".
  ["outpost", "facility"],
  ["outposts", "facility"],
  ["post", "facility"],
  ["posts", "facility"],
  ["position", "facility"],
  ["positions", "facility"],
  ["station", "facility"],
  ["stations", "facility"],
  ["facility", "facility"],
  ["market", "facility"],
  ["hospital", "facility"],
  ["prison", "facility"],
  ["college", "facility"],
  ["university", "facility"],
  ["vehicle", "facility"],
  ["vehicles", "facility"],
  // Bodies of people attacked where they live, work or study: "attacked villagers", "opened fire on students".
  ["patrol", "group"],
  ["villagers", "group"],
  ["residents", "group"],
  ["farmers", "group"],
  ["herders", "group"],
  ["students", "group"],
  ["pupils", "group"],
  ["schoolchildren", "group"],
  ["peacekeepers", "group"],
  ["troops", "group"],
  ["guards", "group"],
  ["protesters", "group"],
  ["demonstrators", "group"],
  ["worshipers", "group"],
  ["churchgoers", "group"],
  ["journalists", "group"],
  ["miners", "group"],
  ["workers", "group"],
  // A faith's people attacked as such: "opened fire on Shia pilgrims", "targeted Coptic Christians".
  ["pilgrims", "group"],
  ["christians", "group"],
  ["copts", "group"],
  ["muslims", "group"],
  ["shias", "group"],
  ["shiites", "group"],
  ["hindus", "group"],
  ["sikhs", "group"],
  ["yazidis", "group"],
]);
/** Participles that carry a crowd's own description into its phrase: "crowds watching the fireworks". */
export const TARGET_PARTICIPLES: ReadonlySet<string> = new Set([
  "watching",
  "celebrating",
  "attending",
  "leaving",
  "queuing",
  "waiting",
  "gathered",
]);
/**
 * Nouns that turn an event word before them into a modifier: "in the bombing investigation" names an
 * inquiry, not the bombing (read by event-date-phrases.ts).
 */
export const NOT_EVENT_AFTER_HEAD: ReadonlySet<string> = new Set([
  "investigation",
  "inquiry",
  "probe",
  "case",
  "trial",
  "suspect",
  "suspects",
  "plot",
]);
/**
 * Last words that make a name of several words a site, though they are also surnames or common words
 * and so stay out of `FACILITY_HEADS` (which also keeps a name from being a person's): "the Abbey
 * Gate", "Gorky Park". Read by entity-typing.ts, only for names not labelled a person.
 */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set(["gate", "park"]);
/**
 * Words before an event's phrase that set it at a distance in time: "the man suspected in the
 * killings", "convicted over the bombing" name an event that happened before the report's day (read
 * by report-dates.ts).
 */
export const DATING_DISTANCE: ReadonlySet<string> = new Set([
  "suspected",
  "accused",
  "convicted",
  "charged",
  "sentenced",
  "jailed",
  "over",
  "since",
  "after",
  "before",
  "anniversary",
]);

// --- Titles written in front of a name (role-titles.ts) --------------------------------------------

/**
 * Nouns that end a title written in front of a person's name, in any case: "Charleston police chief
 * Greg Mullen", "Attorney General Eric Holder", "German Chancellor Angela Merkel". Military ranks and
 * the titles of `TITLES` are read there too; these are the posts a report writes as a noun phrase.
 */
export const ROLE_TITLE_HEADS: ReadonlySet<string> = new Set([
  ...HYPHENED_AND_LATER_POSTS,
  "president",
  "chancellor",
  "premier",
  "minister",
  "secretary",
  "judge",
  "justice",
  "magistrate",
  "attorney",
  "general",
  "prosecutor",
  "chief",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "director",
  "commissioner",
  "commander",
  "governor",
  "mayor",
  "senator",
  "ambassador",
  "sheriff",
  "superintendent",
  "inspector",
  "constable",
  "chairman",
  "chairwoman",
  "pastor",
  "imam",
  // "Local official Abdou Maiga", "a senior security official, X,": the post of an unnamed rank.
  "official",
]);

/**
 * Words that qualify a title's head inside the title: "Deputy Interior Minister", "First Vice
 * President", "US District Judge", "national police chief", "Presiding judge". Portfolios of
 * `MINISTRY_PORTFOLIOS` count too.
 */
export const ROLE_TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "deputy",
  "former",
  "vice",
  "first",
  "acting",
  "interim",
  "prime",
  "investigating",
  "state",
  "national",
  "district",
  "federal",
  "regional",
  "provincial",
  "county",
  "city",
  "presiding",
  "public",
  "local",
  "senior",
  "brigadier",
  "lieutenant",
  "major",
  "assistant",
  "associate",
  "chief",
  "supreme",
  "high",
  "police",
  "army",
  "military",
  "government",
  "intelligence",
  "security",
]);

/** Common nouns inside a title that name the body the holder serves: "police chief", "army spokesman". */
export const ROLE_TITLE_BODIES: ReadonlySet<string> = new Set(["police", "army", "military", "government"]);

// --- Sites: vehicles and buildings named by their heads (appended; owned with sites.ts, site-names.ts) ---

/**
 * Heads of vehicles an attack can take place on: "a Swiss regional train", "a double-decker bus",
 * "a Paris-bound airliner". The annotation guide types them as facilities, like ships.
 */
export const VEHICLE_HEADS: ReadonlySet<string> = new Set([
  "train",
  "trains",
  "bus",
  "buses",
  "coach",
  "tram",
  "flight",
  "jet",
  "airliner",
  "plane",
  "aircraft",
  "boat",
  "ferry",
]);

/** Capitalised heads that end a building's name: "Mother Bethel African Methodist Episcopal Church", "Brussels Airport". */
export const BUILDING_NAME_HEADS: ReadonlySet<string> = new Set([
  "church",
  "cathedral",
  "mosque",
  "synagogue",
  "shrine",
  "temple",
  "airport",
  "hotel",
  "museum",
  "stadium",
  "station",
  "university",
  "hospital",
  "embassy",
  "prison",
  "barracks",
]);

/**
 * Heads of a person's description by age or nationality ("a 22-year-old man", "A Polish man", "a
 * Pakistani asylum seeker", "a Pakistani-born US citizen"); a demonym alone may be the head too ("a
 * 25-year-old Moroccan"). See `aged-descriptions.ts`.
 */
export const AGED_PERSON_HEADS: ReadonlySet<string> = new Set([
  "man",
  "woman",
  "boy",
  "girl",
  "teenager",
  "youth",
  "citizen",
  "national",
  "asylum",
  "refugee",
  "migrant",
  "student",
  "convert",
  "immigrant",
]);

/** Nouns of a family tie between two people: "his brother", "Rathjen's mother", "his partner, X". */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  "son",
  "daughter",
  "brother",
  "sister",
  "father",
  "mother",
  "wife",
  "husband",
  "cousin",
  "nephew",
  "niece",
  "uncle",
  "aunt",
  "partner",
  "widow",
  "widower",
  "fiancée",
  "fiancee",
  "stepson",
  "stepfather",
  "stepmother",
  "half-brother",
  "half-sister",
  "grandson",
  "granddaughter",
  "grandfather",
  "grandmother",
]);

/** Words between a possessive and a kin noun that leave the tie as it is: "his elder brother". */
export const KIN_MODIFIERS: ReadonlySet<string> = new Set([
  "elder",
  "older",
  "younger",
  "eldest",
  "oldest",
  "youngest",
  "late",
  "twin",
  "estranged",
]);

/**
 * Settlement nouns that make a described name a place: "Ripoll, a small town in …", "Jabel Mukaber,
 * an Arab neighbourhood in East Jerusalem" (site-appositions.ts, home-towns.ts).
 */
export const SETTLEMENT_HEADS: ReadonlySet<string> = new Set([
  "town",
  "city",
  "village",
  "suburb",
  "district",
  "neighbourhood",
  "neighborhood",
  "quarter",
  "area",
  "region",
  "province",
  "island",
  "port",
]);

/**
 * Verbs by which a source reports, for telling the source's clause from what it reports: "State
 * television says three bombs went off" (events.ts), "Sigmar Gabriel says … was killed"
 * (implicit-events.ts).
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "says",
  "said",
  "say",
  "told",
  "tells",
  "reports",
  "reported",
]);

/**
 * Military and police ranks written before a name, after a post or a fronted title's comma ("Army
 * spokesman Colonel X", "…, Colonel X,"; fronted-titles.ts, ranked-posts.ts).
 */
export const MILITARY_RANKS: ReadonlySet<string> = new Set([
  "colonel",
  "col.",
  "general",
  "gen.",
  "major",
  "maj.",
  "captain",
  "capt.",
  "lieutenant",
  "lt.",
  "brigadier",
  "brig.",
  "sergeant",
  "sgt.",
]);

/** Adjectives of a part of a place by its direction: "in central Tunis", "in north-western Syria". */
export const DIRECTION_ADJECTIVES: readonly string[] = [
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "north-western",
  "north-eastern",
  "south-western",
  "south-eastern",
];

/** Common nouns a named armed body's description ends in: "the Basque separatist group ETA", "the group". */
export const BODY_NOUNS: ReadonlySet<string> = new Set([
  "group",
  "movement",
  "organisation",
  "organization",
  "network",
  "faction",
]);
