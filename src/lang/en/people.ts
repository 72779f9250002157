// English words around person names: honorifics, offices, role nouns. General knowledge only.
import type { PeopleLexicon } from "../types.js";
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
  ],
  roleModifiers: ["former", "ex", "acting", "deputy", "vice", "assistant", "senior", "late", "then", "interim", "incoming", "outgoing", "retired", "fellow", "chief"],
  particles: ["van", "von", "de", "der", "den", "da", "dos", "das", "la", "le", "du", "del", "della", "di", "bin", "ibn", "al", "el", "ter", "mac", "st"],
  degrees: ["phd", "md", "jr", "sr", "ii", "iii", "iv", "esq", "mba", "qc", "kc", "obe", "mbe", "cbe", "dds", "rn"],
  orgMarkers: [...englishOrgMarkers, "show", "college", "universities", "championships", "championship", "open", "cup", "bowl", "series", "games", "counties", "xi", "tour", "prix", "masters", "trophy", "awards", "olympics", "league", "stakes", "derby", "classic", "marathon", "fuels", "healthcare", "energy", "coal", "oil", "gas", "mining", "resources", "pharmaceuticals", "foods", "media", "entertainment", "communications", "solutions", "logistics", "software", "insurance", "financial", "investments", "properties", "realty", "construction", "steel", "chemicals", "electric", "power", "utilities", "telecom", "labs", "laboratories", "ventures", "brands", "stores", "markets", "retail", "hotels", "resorts", "studios", "pictures", "films", "technologies", "therapeutics", "biotech", "automotive", "aerospace", "defense", "defence", "dynamics", "petroleum", "minerals", "metals", "shipping"],
  placeMarkers: ["st", "saint", "port", "fort", "cape", "city", "county", "province", "state", "river", "lake", "mount", "mountains", "island", "islands", "bay", "sea", "ocean", "street", "avenue", "road", "square", "park", "airport", "station", "valley", "district", "region", "peninsula", "strait", "gulf", "coast", "beach", "bridge", "stadium", "hall", "plaza"],
  placePrepositions: ["in", "to", "from", "near", "across", "throughout", "outside", "inside", "at"],
  placeOnlyPrepositions: ["in", "near", "across", "throughout", "outside", "inside"],
  places: [...englishPlaces, ...usStateAbbreviations],
  organisations: englishOrganisations,
  publicationMarkers: englishPublicationMarkers,
  commonWords: englishCommonWords,
  // nationality, region and creed adjectives: they qualify a name or a role, never are one
  demonyms: ["Afghan", "African", "African-American", "Albanian", "Algerian", "American", "Anglo", "Angolan", "Arab", "Arabian", "Argentine", "Argentinian", "Armenian", "Asian", "Asian-American", "Australian", "Austrian", "Azerbaijani", "Bahraini", "Balkan", "Baltic", "Bangladeshi", "Belarusian", "Belgian", "Bolivian", "Bosnian", "Brazilian", "British", "Buddhist", "Bulgarian", "Burmese", "Cambodian", "Cameroonian", "Canadian", "Catholic", "Central", "Chechen", "Chilean", "Chinese", "Christian", "Colombian", "Communist", "Democrat", "Republican", "Tory", "Labour", "Congolese", "Conservative", "Croatian", "Cuban", "Cypriot", "Czech", "Danish", "Democratic", "Dominican", "Dutch", "Eastern", "Ecuadorian", "Egyptian", "Emirati", "English", "Estonian", "Ethiopian", "European", "Filipino", "Finnish", "French", "Georgian", "German", "Ghanaian", "Greek", "Guatemalan", "Haitian", "Hindu", "Hispanic", "Honduran", "Hungarian", "Icelandic", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish", "Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jewish", "Jordanian", "Kazakh", "Kenyan", "Kiwi", "Korean", "Kurdish", "Kuwaiti", "Kyrgyz", "Lankan", "Laotian", "Latin", "Latvian", "Lebanese", "Liberal", "Libyan", "Lithuanian", "Luxembourgish", "Macedonian", "Malaysian", "Malian", "Maltese", "Mexican", "Moldovan", "Monegasque", "Mongolian", "Montenegrin", "Moroccan", "Muslim", "Nepalese", "Nepali", "New", "Nicaraguan", "Nigerian", "Northern", "Norwegian", "Omani", "Pakistani", "Palestinian", "Panamanian", "Paraguayan", "Peruvian", "Polish", "Portuguese", "Protestant", "Puerto", "Qatari", "Republican", "Rican", "Romanian", "Russian", "Rwandan", "Salvadoran", "Saudi", "Scandinavian", "Scottish", "Senegalese", "Serbian", "Shi'ite", "Shia", "Singaporean", "Slovak", "Slovenian", "Socialist", "Somali", "Southern", "Soviet", "Spanish", "Sri", "Sudanese", "Sunni", "Swedish", "Swiss", "Syrian", "Taiwanese", "Tajik", "Tanzanian", "Thai", "Tibetan", "Tunisian", "Turkish", "Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan", "Vietnamese", "Welsh", "Western", "Yemeni", "Yugoslav", "Zambian", "Zealand", "Zimbabwean"],
  // "(D-Va.)": a party and a state after a lawmaker's name
  commonPattern: /^\p{L}{3,}(?:ness|ment|tion|sion|ity|ism)$|^[dri]-\p{L}{2,4}$/u,
  pronouns: ["he", "she"],
  demonstratives: ["the", "that", "this"],
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
  foundingVerbs: ["founded", "co-founded", "cofounded"],
  asWords: ["as"],
  closedClass: ["the", "a", "an", "on", "in", "at", "to", "for", "with", "from", "into", "his", "her", "its", "their", "our", "my", "your", "is", "are", "was", "were", "and", "or", "but", "not", "use", "says", "said"],
  thingHeads: [
    "act", "amendment", "treaty", "accord", "doctrine", "plan", "program", "programme", "initiative", "circuit",
    "prize", "trophy", "championship", "tournament", "summit", "conference", "war", "scandal", "album", "series",
    "day", "speech", "symposium", "rally", "debate", "campaign",
  ],
  thingNouns: ["company", "firm", "brand", "carmaker", "automaker", "maker", "website", "app", "newspaper", "magazine", "single", "band"],
  actingWords: ["played", "plays", "playing", "role", "character", "portrayed", "portrays", "starring", "starred", "voiced"],
  givenNames: [...internationalGivenNames, ...japaneseGivenNames],
  familyNames: internationalFamilyNames,
  givenNameVariants,
};
