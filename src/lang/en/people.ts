// English words around person names: honorifics, offices, role nouns. General knowledge only.
import type { PeopleLexicon } from "../types.js";
import { englishPlaces } from "./places.js";
import { internationalGivenNames } from "../common/given-names.js";
import { englishOrganisations, englishOrgMarkers, englishPublicationMarkers } from "./organisations.js";
import { englishCommonWords } from "./common-words.js";

export const people: PeopleLexicon = {
  honorifics: ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr", "sheikh", "madam", "mme", "m", "herr", "frau", "st"],
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
    "state secretary", "foreign minister", "defense secretary", "treasury secretary", "secretary of state",
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
  orgMarkers: englishOrgMarkers,
  placeMarkers: ["city", "county", "province", "state", "river", "lake", "mount", "mountains", "island", "islands", "bay", "sea", "ocean", "street", "avenue", "road", "square", "park", "airport", "station", "valley", "district", "region", "peninsula", "strait", "gulf", "coast", "beach", "bridge", "stadium", "hall", "plaza"],
  placePrepositions: ["in", "to", "from", "near", "across", "throughout", "outside", "inside", "at"],
  places: englishPlaces,
  organisations: englishOrganisations,
  publicationMarkers: englishPublicationMarkers,
  commonWords: englishCommonWords,
  pronouns: ["he", "she"],
  cliticSuffixes: [],
  demonstratives: ["the", "that", "this"],
  verbPattern: /^\p{L}{2,}(?:ed|ing)$/u,
  givenNames: internationalGivenNames,
};
