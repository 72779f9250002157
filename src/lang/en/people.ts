// English words around person names: honorifics, offices, role nouns. General knowledge only.
import type { PeopleLexicon } from "../types.js";
import { hyphenArticles } from "../common/name-articles.js";
import { englishPlaces, usStateAbbreviations } from "./places.js";
import { givenNameVariants, internationalGivenNames } from "../common/given-names.js";
import { internationalFamilyNames, japaneseGivenNames } from "../common/family-names.js";
import { englishOrganisations, englishOrgMarkers, englishPublicationMarkers } from "./organisations.js";
import { englishCommonWords } from "./common-words.js";

export const people: PeopleLexicon = {
  honorifics: ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "sheikh", "madam", "mme", "herr", "frau"],
  titles: [
    "president", "vice president", "prime minister", "pm", "minister", "secretary", "chancellor", "governor",
    "lt. gov", "mayor", "senator", "sen", "representative", "rep", "congressman", "congresswoman", "speaker",
    "leader", "chairman", "chairwoman", "chair", "chief", "director", "general", "gen", "admiral", "adm",
    "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "corporal",
    "private", "commander", "judge", "justice", "attorney general", "ambassador", "king", "queen", "prince",
    "princess", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "emir", "sultan", "sheikh",
    "chief executive", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "treasurer", "commissioner",
    "inspector", "detective", "officer", "trooper", "deputy", "sheriff", "councillor", "councilman",
    "councilwoman", "gov", "supt", "superintendent", "premier", "president-elect", "chairperson", "coach",
    "manager", "head", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "envoy", "delegate",
    "state secretary", "co-premier", "co-premiers", "premier", "major-general", "lieutenant-general", "brigadier-general", "brigadier", "foreign minister", "defense secretary", "treasury secretary", "secretary of state",
    "first lady", "first gentleman", "first minister", "first secretary", "first deputy", "first vice president",
    "miss universe", "miss world", "miss america", "miss usa", "miss earth", "miss international",
  ],
  roleNouns: [
    "billionaire", "businessman", "businesswoman", "entrepreneur", "author", "writer", "novelist", "scientist",
    "political scientist", "host", "anchor", "presenter", "spokesman", "spokeswoman", "spokesperson", "analyst",
    "researcher", "economist", "expert", "lawyer", "attorney", "activist", "actor", "actress", "singer",
    "player", "striker", "midfielder", "defender", "goalkeeper", "coach", "athlete", "journalist", "reporter",
    "columnist", "professor", "teacher", "student", "resident", "doctor", "suspect", "defendant", "witness",
    "victim", "owner", "founder", "boss", "politician", "lawmaker", "legislator", "diplomat", "producer",
    "director", "comedian", "investor", "banker", "boxer", "driver", "historian", "artist", "philosopher",
    "cleric", "priest", "pastor", "farmer", "worker", "official", "aide", "adviser", "advisor", "candidate",
    "challenger", "incumbent", "nominee", "rival", "opponent", "wife", "husband", "son", "daughter", "father",
    "mother", "brother", "sister", "chef", "designer", "architect", "engineer", "consultant", "strategist",
    "pollster", "biographer", "veteran", "harbormaster", "councillor", "council member", "astronaut", "pilot", "tycoon", "magnate", "mogul",
    "chairman", "executive", "manager", "star", "champion", "rapper", "musician", "guitarist", "model",
    "photographer", "filmmaker", "playwright", "poet", "broadcaster", "commentator", "blogger", "editor",
    "correspondent", "contributor", "insider", "critic", "surgeon", "physician", "nurse", "psychologist", "psychiatrist",
    "epidemiologist", "physicist", "chemist", "biologist", "astronomer", "geologist", "sociologist", "lecturer",
  ],
  roleModifiers: ["former", "ex", "acting", "deputy", "vice", "assistant", "senior", "late", "then", "interim", "incoming", "outgoing", "retired", "fellow", "chief"],
  particles: ["van", "von", "de", "der", "den", "da", "dos", "das", "la", "le", "du", "del", "della", "di", "bin", "ibn", "al", "el", "ter", "mac", "st"],
  degrees: ["phd", "md", "jr", "sr", "ii", "iii", "iv", "esq", "mba", "qc", "kc", "obe", "mbe", "cbe", "dds", "rn"],
  orgMarkers: [...englishOrgMarkers, "design", "designs", "deportivo", "atletico", "sporting", "dynamo", "dinamo", "ofk", "fk", "sc", "zeitung", "show", "college", "universities", "championships", "championship", "open", "cup", "bowl", "series", "games", "counties", "tour", "prix", "masters", "trophy", "awards", "olympics", "league", "stakes", "derby", "classic", "marathon", "fuels", "healthcare", "energy", "coal", "oil", "gas", "mining", "resources", "pharmaceuticals", "foods", "media", "entertainment", "communications", "solutions", "logistics", "software", "insurance", "financial", "investments", "properties", "realty", "construction", "steel", "chemicals", "electric", "power", "utilities", "telecom", "labs", "laboratories", "ventures", "brands", "stores", "markets", "retail", "hotels", "resorts", "studios", "pictures", "films", "technologies", "therapeutics", "biotech", "automotive", "aerospace", "defense", "defence", "dynamics", "petroleum", "minerals", "metals", "shipping"],
  // words closing a place's name ("Wichita Heights", "Idaho Falls"); compass words are surnames too ("Kanye West")
  placeSuffixes: ["heights", "township", "falls", "springs", "junction"],
  placeMarkers: ["st", "saint", "port", "fort", "cape", "city", "county", "province", "state", "river", "lake", "mount", "mountains", "island", "islands", "bay", "sea", "ocean", "street", "avenue", "road", "square", "park", "airport", "station", "valley", "district", "region", "peninsula", "strait", "gulf", "coast", "beach", "bridge", "stadium", "hall", "plaza"],
  placePrepositions: ["in", "to", "from", "near", "across", "throughout", "outside", "inside", "at"],
  placeOnlyPrepositions: ["in", "near", "across", "throughout", "outside", "inside"],
  places: [...englishPlaces, ...usStateAbbreviations],
  organisations: englishOrganisations,
  publicationMarkers: englishPublicationMarkers,
  commonWords: englishCommonWords,
  // nationality, region and creed adjectives: they qualify a name or a role, never are one
  demonyms: ["Afghan", "African", "African-American", "Albanian", "Algerian", "American", "Anglo", "Angolan", "Arab", "Arabian", "Argentine", "Argentinian", "Armenian", "Asian", "Asian-American", "Australian", "Austrian", "Azerbaijani", "Bahraini", "Balkan", "Baltic", "Bangladeshi", "Belarusian", "Belgian", "Bolivian", "Bosnian", "Brazilian", "British", "Buddhist", "Bulgarian", "Burmese", "Cambodian", "Cameroonian", "Canadian", "Catholic", "Central", "Chechen", "Chilean", "Chinese", "Christian", "Colombian", "Communist", "Democrat", "Republican", "Tory", "Labour", "Congolese", "Conservative", "Croatian", "Cuban", "Cypriot", "Czech", "Danish", "Democratic", "Dominican", "Dutch", "Eastern", "Ecuadorian", "Egyptian", "Emirati", "English", "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French", "Georgian", "German", "Ghanaian", "Greek", "Guatemalan", "Haitian", "Hindu", "Hispanic", "Honduran", "Hungarian", "Icelandic", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jewish", "Jordanian", "Kazakh", "Kenyan", "Kiwi", "Korean", "Kurdish", "Kuwaiti", "Kyrgyz", "Lankan", "Laotian", "Latin", "Latvian", "Lebanese", "Liberal", "Libyan", "Lithuanian", "Luxembourgish", "Macedonian", "Malaysian", "Malian", "Maltese", "Mexican", "Moldovan", "Monegasque", "Mongolian", "Montenegrin", "Moroccan", "Muslim", "Nepalese", "Nepali", "New", "Nicaraguan", "Nigerian", "Northern", "Norwegian", "Omani", "Orthodox", "Evangelical", "Anglican", "Lutheran", "Methodist", "Mormon", "Pakistani", "Palestinian", "Panamanian", "Paraguayan", "Peruvian", "Polish", "Portuguese", "Protestant", "Puerto", "Qatari", "Republican", "Rican", "Romanian", "Russian", "Rwandan", "Salvadoran", "Saudi", "Scandinavian", "Scottish", "Senegalese", "Serbian", "Shi'ite", "Shia", "Singaporean", "Slovak", "Slovenian", "Socialist", "Somali", "Southern", "Soviet", "Spanish", "Sri", "Sudanese", "Sunni", "Swedish", "Swiss", "Syrian", "Taiwanese", "Tajik", "Tanzanian", "Thai", "Tibetan", "Tunisian", "Turkish", "Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan", "Vietnamese", "Welsh", "Western", "Yemeni", "Yugoslav", "Zambian", "Zealand", "Zimbabwean",
    // peoples and creeds named by a noun of their own: "Latinos", "Sikhs", "Kurds"
    "Latino", "Latina", "Latinx", "Sikh", "Jew", "Kurd", "Serb", "Croat", "Brit", "Scot", "Swede", "Dane",
    "Caucasian", "Aboriginal", "Inuit", "Basque", "Catalan", "Flemish", "Uighur", "Uyghur", "Rohingya",
    "Pashtun", "Tamil", "Sinhalese", "Hutu", "Tutsi", "Yazidi", "Druze", "Alawite", "Copt", "Coptic", "Maori",
    "Bedouin", "Berber"],
  // "(D-Va.)": a party and a state after a lawmaker's name
  commonPattern: /^\p{L}{3,}(?:ness|ment|tion|sion|ity|ism)$|^[dri]-\p{L}{2,4}$/u,
  // compromise's word classes that hold no names, and contractions
  notNameClasses: ["Adverb", "Conjunction", "Preposition", "Determiner", "Pronoun", "QuestionWord", "Expression", "Negative", "Gerund", "Copula", "Reflexive"],
  // (a Roman numeral ends a name, never opens one: "Angkasa Pura II Muhammad Awaluddin"; an adverb in
  // -ally of nine letters or more opens a sentence, never a name: "Nationally,", "Specifically,"; the
  // surname "Mullally" stays)
  notNamePattern: /^\p{L}+(?:[nN]['’][tT]|['’](?:[dD]|[lL]{2}|[vV][eE]|[rR][eE]|[mM]))$|^(?:I{2,3}|IV|VI{1,3}|IX|XI{1,3})$|^\p{L}{4,}[cnrtu]ally$/u,
  pronouns: ["he", "she"],
  pronounPossessives: ["his", "her"],
  demonstratives: ["the", "that", "this"],
  broadTitles: ["president", "leader", "minister"],
  adjectivalTitles: ["general", "major", "private", "head"],
  legalForms: ["inc", "ltd", "llc", "corp", "plc", "ag", "sa", "spa", "nv", "bv", "ab", "asa", "oy", "oyj", "gmbh", "kk", "bhd", "tbk", "srl", "sarl", "as"],
  titleAbbreviations: {
    gen: "general", sen: "senator", rep: "representative", gov: "governor", lt: "lieutenant", col: "colonel",
    maj: "major", capt: "captain", sgt: "sergeant", adm: "admiral", supt: "superintendent",
    dr: "doctor", prof: "professor", rev: "reverend", insp: "inspector", det: "detective", cmdr: "commander",
  },
  partitives: ["one of", "some of"],
  thingArticles: ["a", "an", "the"],
  hyphenArticles,
  appositionArticles: ["the", "a", "an"],
  roleOpeners: ["as"],
  personAttributives: ["administration", "administrations", "campaign", "presidency", "camp", "family", "era", "years", "government", "cabinet", "team", "doctrine", "legacy"],
  appositionStops: ["who", "which", "that", "and", "said", "is", "was"],
  titleLinks: ["of", "for"],
  verbPattern: /^\p{L}{2,}(?:ed|ing)$|^(?:said|says|told|says|won|lost|took|beat|made|got|came|went|scored|hit|ran|led)$/u,
  determiners: ["the", "a", "an"],
  mononyms: false,
  bareNamePairs: true,
  verbContext: false,
  transitivePattern: /^(?:told|beat|met|named|appointed|replaced|defeated|thanked|praised|accused|blamed|interviewed|visited|called|urged|asked|invited)$/u,
  auxiliaries: ["has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "was", "is", "also", "then", "later", "never", "not", "did", "does"],
  personPrepositions: ["by", "with"],
  personPredicates: ["née", "nee"],
  namingWords: ["named"],
  namingParticiples: ["called", "named", "dubbed"],
  familyArticles: ["the"],
  deities: ["god", "allah", "yahweh", "jehovah"],
  femaleHonorifics: ["mrs", "ms", "miss", "madam", "mme", "dame", "lady", "frau"],
  maleHonorifics: ["mr", "sir", "lord", "herr"],
  aliasCues: ["nicknamed", "known as", "also known as", "better known as", "a.k.a.", "aka", "who goes by", "stage name", "pen name"],
  realNameCues: ["real name", "born as", "whose real name is", "full name"],
  personNouns: [
    "man", "woman", "boy", "girl", "person", "child", "kid", "baby", "son", "daughter", "brother", "sister", "wife",
    "husband", "mother", "father", "friend", "guy", "lady", "gentleman", "student", "teenager", "youth", "resident",
    "soldier", "officer", "player", "rapper", "singer", "artist", "actor", "actress", "writer", "author", "monk",
    "priest", "nun", "suspect", "victim", "patient", "worker", "farmer", "fisherman", "veteran", "survivor",
  ],
  foundingVerbs: ["founded", "co-founded", "cofounded"],
  asWords: ["as"],
  closedClass: ["the", "a", "an", "on", "in", "at", "to", "for", "with", "from", "into", "his", "her", "its", "their", "our", "my", "your", "is", "are", "was", "were", "and", "or", "but", "not", "use", "says", "said"],
  thingHeads: [
    "act", "amendment", "treaty", "accord", "doctrine", "plan", "program", "programme", "initiative", "circuit",
    "prize", "trophy", "championship", "tournament", "summit", "conference", "war", "scandal", "album", "series",
    "day", "speech", "symposium", "rally", "debate", "campaign",
    // products: "Payboo Credit Card", "MacBook Pro", "Switch Lite", "Twin Telescopes"
    "card", "cards", "telescope", "telescopes", "hdtv", "pro", "pros", "lite",
  ],
  thingNouns: ["company", "firm", "brand", "carmaker", "automaker", "maker", "website", "app", "newspaper", "magazine", "single", "band"],
  actingWords: ["played", "plays", "playing", "role", "character", "portrayed", "portrays", "starring", "starred", "voiced"],
  givenNames: [...internationalGivenNames, ...japaneseGivenNames],
  familyNames: internationalFamilyNames,
  givenNameVariants,
};
