// What a language pack holds. A new language is a folder src/lang/<code>/ exporting a LanguagePack:
// word lists and small rule tables, no code paths of its own in the extractors.

import type { DebrisKind, Stance, TimeModifier, TimexMod } from "../model.js";

export interface DebrisRule {
  kind: DebrisKind;
  /** Tested against one trimmed line; must be linear (no nested quantifiers). */
  pattern: RegExp;
}

export interface CueEntry {
  /** The cue word or phrase, lower case ("mengatakan", "according to"). */
  cue: string;
  stance: Stance;
  /** Where the source stands: before the cue ("X said"), after it ("menurut X", "according to X"),
   * or either ("said X" / "X said"). */
  source: "before" | "after" | "either";
  /** The content must be introduced by a complementiser ("bahwa", "that") for this cue to count. */
  needsComplement?: boolean;
  /** Passive/agentless form: no source phrase is looked for ("dilaporkan", "reportedly"). */
  agentless?: boolean;
  /** Only next to a direct quote ('"...", kata X'): elsewhere the word has other senses ("kata" = word). */
  quoteOnly?: boolean;
  /** The hearer follows the cue ("told reporters that ...", "memberi tahu wartawan bahwa ..."). */
  addressee?: boolean;
  /** A participle hanging on a clause (", saying ...", "sambil menegaskan ..."): the source is that
   * clause's subject, never a phrase after the cue. */
  participle?: boolean;
  /** An intention or refusal whose content is an infinitive right after it ("wants to ...", "declined
   * to comment", "vowed not to ..."); without one the word is not a cue ("wants a wall"). */
  infinitive?: boolean;
  /** The word is also a noun ("claims", "reports", "comment"): after a determiner or possessive (two
   * words back at most), after a preposition, or before a preposition or punctuation, it is the noun. */
  noun?: boolean;
  /** The word also names ("a group called X", "the program, called EB-5"): right after a common noun
   * or a comma it is that sense, not a cue. */
  naming?: boolean;
  /** A cue only inside a comment clause opened by one of `commentMarkers` ("as X put it"). */
  commentOnly?: boolean;
  /** An adjective, a cue only where it is predicated of its subject: after a linking verb ("is
   * confident that", "seemed upset that") or set off by a comma ("Clinton, confident that ..."),
   * never before a noun ("White House hopeful Hillary Clinton", "an angry crowd"). */
  predicative?: boolean;
  /** The verb's object is what is said ("mengatakan", "menyampaikan"; not "mengingatkan" whose object
   * is the one warned): its passive ("dikatakan", "disampaikan oleh X") is a cue too, made by the
   * pack's `passiveForms`, with its agent after it or none. */
  passive?: boolean;
  /** Only a cue where it opens a clause (the sentence's start, or after a connective and its comma):
   * "Mengutip Oddity Central, ...", "Berdasarkan penyelidikan polisi, ..." (elsewhere the word has
   * other senses: "dihitung berdasarkan jumlah ..."). */
  opening?: boolean;
  /** A relay: its source is the outlet that carried the words; when another attribution of the
   * sentence comes before it, the relay reports that one's content and its speaker stays the speaker
   * ("ucap Rahmat yang dilansir Antara"). */
  relay?: boolean;
  /** Set on the passive entries made from an active one: the agent follows, after `agentMarkers` or not. */
  passiveOf?: string;
}

export interface PeopleLexicon {
  /** Honorifics: not roles ("Bapak", "Tn.", "Mr.", "Dr."). Compared lower case, final dot dropped. */
  honorifics: string[];
  /** Offices and titles that can stand capitalised before a name ("Presiden", "Menteri", "President"). */
  titles: string[];
  /** Descriptive role nouns, usually lower case before a name ("miliarder", "juru bicara", "author"). */
  roleNouns: string[];
  /** Words that modify a following title ("mantan", "wakil", "former", "deputy"). */
  roleModifiers: string[];
  /** Name particles allowed inside a name run ("bin", "van", "de", "al"). */
  particles: string[];
  /** Generational suffixes kept in a name, after a comma or not ("Jr.", "Sr."), where the language's
   * news convention counts them in (Indonesian); English lists them with the degrees, dropped. */
  nameSuffixes?: string[];
  /** Academic degrees dropped after a name ("S.H.", "M.Si.", "Ph.D."). Compared without dots, lower case. */
  degrees: string[];
  /** Words that mark an organisation when part of a capitalised run ("PT", "Universitas", "Inc."). */
  orgMarkers: string[];
  /** Words that mark a place when part of a capitalised run ("Kota", "Provinsi", "River"). */
  placeMarkers: string[];
  /** Prepositions after which a capitalised run is usually a place ("di", "ke", "dari", "in"). */
  placePrepositions: string[];
  /** Those place prepositions that take no person at all ("in", "near"; "di"): a one-word given name
   * after one is a place too ("in Charlotte", "di Surabaya"), unlike after "from"/"dari". */
  placeOnlyPrepositions?: string[];
  /** Words that close a place's name ("Grogol Selatan", "Kutai Timur", "Jakarta Raya"): a run ending
   * in one is a place, and a regional head's region runs to it. */
  placeSuffixes?: string[];
  /** Names of well-known places (countries, capitals, regions) in this language. */
  places: string[];
  /** Names of well-known organisations, institutions and media in this language. */
  organisations: string[];
  /** Media names or heads that make an organisation a publication ("Journal", "Times", "Kompas"). */
  publicationMarkers: string[];
  /** Common words that are capitalised only at a sentence start or in a headline; never names alone. */
  commonWords: string[];
  /** Nationality, region and creed adjectives ("Australian", "Chinese", "Sunni"): they qualify a name or
   * a role, never are one. Empty where the language uses nouns instead ("warga Australia"). */
  demonyms: string[];
  /** Articles ("the", "a"): a capitalised word after one is a thing or a team, not a person. */
  determiners: string[];
  /** Word shapes that are never names (affixed words: "Pertemuan", "Kalaupun"; "Meeting", "Government"). */
  commonPattern: RegExp;
  /** Personal pronouns that can stand for a person ("ia", "dia", "beliau", "he", "she"). */
  pronouns: string[];
  /** Their possessive forms, written as words ("his", "her"), which stand for the same person as a
   * source ("his comment about ..."). */
  pronounPossessives?: string[];
  /** Demonstratives that make a role phrase a definite description ("tersebut", "itu"; "the" before). */
  demonstratives: string[];
  /** Words that may follow a role noun inside a description ("pejabat senior itu"). */
  roleTrailers?: string[];
  /** Titles too broad to tell people apart in a description ("Pemimpin Rusia itu" is told by "Rusia"). */
  broadTitles?: string[];
  /** Titles that are also adjectives ("the general public", "a major party"): read as a title only
   * when no lower-case noun follows. */
  adjectivalTitles?: string[];
  /** A firm's legal form after its name ("SpA", "AB", "Inc", "Tbk"): the bare name is the firm too. */
  legalForms?: string[];
  /** A firm's legal form before its name ("PT", "CV"): the bare name is the firm too ("PT Indofarma ...
   * Indofarma memperoleh"). */
  firmPrefixes?: string[];
  /** Abbreviated titles and the words they stand for ("Gen." is "general": "the general" fits him). */
  titleAbbreviations?: Record<string, string>;
  /** Articles opening a role apposition after a name (", the Kremlin spokesman,", ", seorang ..."). */
  appositionArticles?: string[];
  /** Words that may open a role before its noun ("selaku kuasa hukum", "as"). */
  roleOpeners?: string[];
  /** A role's head comes first ("kiper", "Menteri Dalam Negeri", "pemain muda"), as in Indonesian:
   * a phrase opening with any other word is no role. Where modifiers come first ("tax lawyer", "the
   * campaign's press secretary"), only a clause word, pronoun, preposition or verb form rules it out. */
  roleHeadFirst?: boolean;
  /** A possessor follows its noun ("Agen Balotelli" is Balotelli's agent), as in Indonesian: a common
   * word opening a sentence before a surname the article gives a person is that noun, not a name. */
  possessorAfterNoun?: boolean;
  /** Nouns a person's name qualifies after an article ("the Obama administration", "the Bush family"):
   * the name is that person's, though people otherwise take no article. */
  personAttributives?: string[];
  /** Words a role never runs past (a demonstrative closing the noun phrase, "yakni", a copula): the
   * role is cut before them ("politisi Gerindra itu mengaku ..." is "politisi Gerindra"). */
  roleEnders?: string[];
  /** Words that end a role apposition (clause words: "yang", "who", "said"). */
  appositionStops?: string[];
  /** Two-word time anaphors that may stand between a title and its holder ("Ketua MK saat itu Jimly"). */
  thenPhrases?: string[];
  /** Qualifiers between an owned noun and its owner's name ("teman dekat Hariri"). */
  ownerModifiers?: string[];
  /** Prepositions that join a title to its office inside a name run ("Secretary of State", "Menteri
   * Urusan ..."). */
  titleLinks?: string[];
  /** A time adverbial closed before a name ("Pada tahun 1980 Yaya ..."): its opening prepositions and
   * the words that close it (a year closes it too). */
  timeOpeners?: string[];
  timeClosers?: string[];
  /** Words of "namely" between a name and what it is ("MyNurz, yakni sebuah platform"), and the
   * articles of a thing there ("sebuah", "a"). */
  namelyWords?: string[];
  thingArticles?: string[];
  /** Lower-case articles joined by a hyphen to a capitalised name part ("al-Assad", "bin-Salman"). */
  hyphenArticles?: string[];
  /** Transitive verbs of playing a character, right before the name ("memerankan X"). */
  actingVerbs?: string[];
  /** Demonstratives that point ahead or at the moment, not back ("ini"): no description with them. */
  proximalDemonstratives?: string[];
  /** Partitives before a description ("salah satu pejabat tersebut", "one of the officials"): one
   * member of a group, not a person named before. */
  partitives?: string[];
  /** Verb forms (by affix), which never stand inside a role phrase ("menghubungi", "visited"). */
  verbPattern: RegExp;
  /** Verb prefixes, longest first ("meng", "men", "me", "ber", "di"): a capitalised word inside a name
   * run is taken for a verb only when a stem of four or more letters follows its prefix ("Menolak",
   * "Dibunuh"), so that names shaped like a prefix ("Mendur", "Meles", "Dimas") stay names. */
  verbPrefixes?: string[];
  /** Whether an unknown capitalised word next to a verb counts as a person (Indonesian news: mostly;
   * English news: no, teams, firms and places act as subjects too). */
  verbContext: boolean;
  /** Whether people commonly go by one name (Indonesian: "Hermansyah", "Sukarno"). Where they do not
   * (English), one unknown word next to "said" is as often a firm ("Peabody said") and needs a title,
   * a known given name, or an earlier full name. */
  mononyms: boolean;
  /** Whether two or three unknown capitalised words mid-sentence are taken for a name without other
   * evidence (English news: yes; Indonesian, which capitalises titles of works, events and foreign
   * names alike: no). */
  bareNamePairs: boolean;
  /** Whether two given names joined by "and" before a surname share it ("Bill and Hillary Clinton",
   * "Charles G. and David H. Koch": English, where people are named by a family name; not Indonesian,
   * where "Ahok dan Djarot Saiful Hidayat" are two names). */
  sharedSurnames?: boolean;
  /** Verb forms that take a person as their object ("meminta X", "mengajak X"; English: none by form). */
  transitivePattern: RegExp;
  /** Auxiliaries between a subject and its verb ("akan", "telah", "had", "will"). */
  auxiliaries: string[];
  /** Prepositions that take a person ("kepada", "oleh", "bersama"; "by", "with"). */
  personPrepositions: string[];
  /** Honorifics that belong to the name they open, as in a nickname ("Bung Tomo", "Gus Dur"): kept in
   * the name's span and taken as strong evidence. */
  nameHonorifics?: string[];
  /** Classes of the language's word table (words.table) whose words are never names ("Adverb",
   * "Gerund"), and a shape no name has (a contraction, "Don't"): read after the tagger. */
  notNameClasses?: string[];
  /** Classes whose words, alone, name no person (English words in Indonesian news: "Switch",
   * "Independent", "Halo"), unless a given or family name or the surname of one the article names in full. */
  loneNotNameClasses?: string[];
  notNamePattern?: RegExp;
  /** Particles written onto a word ("kah", "lah", "tah"): a common word with one on it ("Benarkah",
   * "Tenanglah") is no name. */
  particleClitics?: string[];
  /** Lower-case nouns that a person's name follows as possessor ("kabinet Jokowi", "pernyataan X",
   * "teman dekat X"): evidence for a name of one or two words. */
  possessorNouns?: string[];
  /** Predicates only people take, after their subject ("lahir", "meninggal", "menikah", "tamatan"):
   * evidence wherever the clause starts. */
  personPredicates?: string[];
  /** Verbs without an affix that a subject takes ("tampil", "hadir", "datang"): as good as an affixed
   * verb for the subject rule of `verbContext`. */
  baseVerbs?: string[];
  /** Copulas ("adalah", "merupakan") and the classifier counting people ("seorang"): "X adalah seorang
   * ..." says X is a person. */
  copulas?: string[];
  humanClassifiers?: string[];
  /** Function words ("the", "on", "his"; "di", "yang", "dan"): capitalised inside a run, as in a
   * Title Case headline, they end the name. */
  closedClass?: string[];
  /** Heads of the names of things (laws, wars, events, works, firms): a run they head names no person
   * ("Doktrin ...", "Perang Diponegoro"; English heads come last: "... Act", "... Doctrine"). */
  thingHeads?: string[];
  /** Nouns that say a name is a thing: lower case just before it ("perusahaan Sega", "single Coke
   * Bottle"), after a copula ("Sega ialah perusahaan") or as an apposition (", a company"). */
  thingNouns?: string[];
  /** Titles of regional heads, whose region comes before the holder's name ("Bupati Muna Rusman
   * Emba", "Kapolres Bogor AKBP Susatyo"). */
  jurisdictionTitles?: string[];
  /** Verbs whose object is an organisation ("mendirikan", "founded"): the name after one is no person. */
  foundingVerbs?: string[];
  /** Words that introduce a name ("bernama", "named"): the capitalised run after one is a name, a
   * person's unless a place or organisation word comes shortly before. */
  namingWords?: string[];
  /** Participles that name what stands before them ("a mission called X", "sebuah aplikasi bernama
   * X"): after an article and a noun that is no person's, the name is a thing's. */
  namingParticiples?: string[];
  /** The word between the parties of a court case ("v" of "Roe v. Wade", "Ashcroft v. Iqbal"): a name
   * beside it names a case, no person of the article. */
  caseMarkers?: string[];
  /** Names of God ("God", "Allah", "Tuhan"): no person of the article, whatever the tagger read (as
   * the hand-made article lists and IDNer have it; CoNLL-2003 tags "God" a person). */
  deities?: string[];
  /** Articles before a family's name in the plural ("the Clintons", "the Bushes"): after one, the
   * plural of a surname the article gives a person is the family, no one person. */
  familyArticles?: string[];
  /** Honorifics that say a woman or a man ("mrs", "ibu"; "mr", "bapak"), as lexicon keys: "Mrs.
   * Clinton" is not the "Bill Clinton" just named. */
  femaleHonorifics?: string[];
  maleHonorifics?: string[];
  /** Words that give a person's other name after the name ("Basuki Tjahaja Purnama alias Ahok",
   * "pelatih yang akrab disapa Djanur itu", "Robert O'Rourke, known as Beto"): the two are one person. */
  aliasCues?: string[];
  /** Words that give a person's real or full name after another ("Eyi, sapaan akrab Raja Sapta
   * Ervian", "Ahok yang bernama asli Basuki"): the two are one person, named by the full name. */
  realNameCues?: string[];
  /** Nouns for people ("man", "woman", "son"): "a man named X" names a person. */
  personNouns?: string[];
  /** "sebagai"/"as": a name followed by "sebagai <role>" holds that role ("Williams sebagai co-pendiri"),
   * and after a word of acting ("berperan sebagai X") the name is a character, which counts as a person. */
  asWords?: string[];
  /** Words of acting before "sebagai"/"as" ("peran", "berperan", "memerankan", "karakter"). */
  actingWords?: string[];
  /** Words that open a name when a given name follows (Balinese "I Made", "Ni Luh"). */
  namePrefixes?: string[];
  /** Family names that tell a run of two or more words is a person's name, in first or last place
   * ("Park Yong Ha", "Izumi Sakai"); never enough alone. */
  familyNames?: string[];
  /** Given names and their everyday forms, one list per name ("joseph", "joe"), lower case. */
  givenNameVariants?: string[][];
  /** Given names common in this language's news (local ones and the international list in common/). */
  givenNames: string[];
}

export interface TimeLexicon {
  /** Month names and abbreviations → 1..12, lower case, without the final dot. */
  months: Record<string, number>;
  /** Weekday names → 1 (Monday) .. 7 (Sunday). */
  weekdays: Record<string, number>;
  /** Number words → value ("dua" 2, "two" 2, "a" 1). */
  numbers: Record<string, number>;
  /** Holidays on a fixed day ("christmas": "12-25"), on a weekday of a month ("thanksgiving":
   * "11-4-4", the fourth Thursday of November; "-1" for the last), days from Easter ("good friday":
   * "E-2"), on a Hijri day ("idul fitri": "H10-01"; a month alone, "ramadhan": "H09") or a day of the
   * Chinese first month ("imlek": "C01"). Written as the grammar sees them ("new year 's day"). */
  holidays?: Record<string, string>;
  /** Words after a year that count it in the Hijri calendar ("1438 H", "1438 Hijriah"). */
  hijriYearMarks?: string[];
  /** A half between a count and its unit ("2 1/2 years", "dua setengah tahun") and after the unit ("a
   * minute and a half"). */
  halves?: string[];
  halvesAfter?: string[];
  /** Prefixes fusing "one" onto a unit ("se" in "setahun", "sehari"). */
  onePrefixes: string[];
  /** Unit words → TimeML unit letter: Y, M, W, D, H, MI (minute), S, DE (decade), CE (century), Q. */
  units: Record<string, string>;
  /** Words before a bare year that make it a year ("tahun", "pada", "in", "since"). */
  yearCues: string[];
  /** The word that names a year before a number ("tahun"; none in English). */
  yearWord: string[];
  /** The word that names a month before its name ("bulan"). */
  monthWord: string[];
  /** Anchor words before an expression, kept outside its span: sejak → since. */
  anchors: Record<string, TimeModifier>;
  /** Part-of-period words before an expression, kept inside its span: akhir → late (END). */
  parts: Record<string, { modifier: TimeModifier; mod: TimexMod }>;
  /** Words placing an event before or after the story's now within the period named after them
   * ("earlier this year", "later Saturday"): inside the span, as TimeML writes them, with no mod. */
  nearParts?: string[];
  /** Approximation words, inside the span in IndoTimex style when `inside` ("sekitar"). */
  /** Approximations before an expression, inside its span or not as the language's gold writes them;
   * APPROX unless they bound it ("more than four hours": MORE_THAN). */
  approx: Record<string, { inside: boolean; mod?: "LESS_THAN" | "MORE_THAN" }>;
  /** Deictic words for the unit they follow or precede: "ini"/"this" 0, "lalu"/"last" -1, "depan"/"next" +1. */
  deictic: Record<string, { offset: number; position: "before" | "after" }>;
  /** Single words relative to the reference date: "kemarin" -1 day, "today" 0. */
  relativeDays: Record<string, number>;
  /** Words for "ago" and "later" after "<n> <unit>". */
  ago: string[];
  later: string[];
  /** Anaphoric phrases: "<unit> yang sama", "the same <unit>", "that <unit>". Patterns around a unit word. */
  sameBefore: string[]; // words before the unit: "the same", "that"
  sameAfter: string[]; // words after the unit: "yang sama", "itu"
  /** "setiap", "tiap", "every", "each": unit after it makes a SET. */
  every: string[];
  /** Clock times: cues before one ("pukul", "at"), of which `prepositions` stay outside the span and
   * need a suffix after a bare hour ("at 10 a.m.", not "at 10"); words after one for before noon ("pagi",
   * "a.m.") and after noon, each with the hour below which it adds 12 ("siang" 10: "pukul 11 siang" is
   * 11:00); time zones. */
  /** Clock times: cue words ("pukul", "at"), am/pm words (pm: the hour from which none is added),
   * zones, and times named by a word ("noon", "tengah malam": [hour, minute], midnight as 24:00). */
  timeOfDay: { cues: string[]; prepositions: string[]; am: string[]; pm: Record<string, number>; zones: string[]; named?: Record<string, [number, number]> };
  /** Present/past/future references: "sekarang" PRESENT_REF. Only unambiguous ones. */
  refs: Record<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF">;
  /** Seasons → TimeML season code (SP, SU, FA, WI). */
  seasons: Record<string, string>;
  /** Quarters: the words ("kuartal", "quarter"), numbers after one ("kuartal III", "kuartal pertama"),
   * ordinals before one ("the third quarter") and names written before a year ("Q3 2014"). */
  quarters: { words: string[]; after: Record<string, number>; before: Record<string, number>; names: Record<string, number> };
  /** Halves of a year, as quarters are written ("the first half of 1990", "paruh pertama 2014",
   * "semester I-2015"); only with their year: without one, news writes a match's half as often. */
  yearHalves?: { words: string[]; after: Record<string, number>; before: Record<string, number> };
  /** Century words, after an ordinal with a suffix ("20th century") or before one with a prefix ("abad ke-20"). */
  centuryWords: string[];
  /** Ordinal prefixes written before a number ("ke-20", "ke20"). */
  ordinalPrefixes: string[];
  /** Range connectors ("hingga", "to", "-"). */
  rangeConnectors: string[];
  /** Words joining a list, not a range ("2019 dan 2020", "5 and 7 days"). */
  conjunctions: string[];
  /** The article that may open "the last week", "the same day", "the first quarter". */
  articles: string[];
  /** The word joining a day to its month or a period to its year ("28th of December", "March of 2014"). */
  ofWords: string[];
  /** Month names that are also common words ("may"): alone, they need a year cue right before ("in May"). */
  ambiguousMonths: string[];
  /** Plural endings of unit words ("years"): a plural unit is a length of time, not one period. */
  pluralSuffixes: string[];
  /** Prefixes of a reduplicated unit meaning "for many units" ("bertahun-tahun"). */
  reduplicationPrefixes: string[];
  /** Endings of a count word after which "<article> <unit>" is a rate ("three times a week"). */
  multipliers: string[];
  /** Words after a duration that belong to it ("tiga hari ke depan", "sepekan terakhir", "two years long"). */
  durationSuffixes: string[];
  /** Prepositions kept in an expression's phrase but outside its span ("pada 2022", "in 2022"). */
  phrasePrepositions: string[];
  /** Date order for numeric dates: "dmy" (28/12/2014) or "mdy" (12/28/2014). */
  numericOrder: "dmy" | "mdy";
  /** Where a bare year stands to the noun it dates: before it in English ("the 1996 campaign", "a
   * 1971 Convention"), after it in Indonesian ("APBN-P 2014", "produksi 2018", "Piala Dunia 2014"). */
  yearModifies: "next" | "previous";
  /** Nouns that label a number rather than date it ("nomor 2019", "pasal 1990", "flight 1990"). */
  numberLabels: string[];
  /** Ordinal suffixes written right after a number ("20th", "1st"); none in Indonesian. */
  ordinalSuffixes: string[];
  /** Parts of the day → TimeML code: "pagi"/"morning" MO, "sore"/"afternoon" AF, "petang"/"evening" EV, "malam"/"night" NI. */
  partsOfDay: Record<string, "MO" | "AF" | "EV" | "NI">;
  /** Fixed phrases for a part of a day relative to the reference date: "tadi malam"/"last night" (-1, NI). */
  relativeTimes: Record<string, { offset: number; partOfDay: "MO" | "AF" | "EV" | "NI" }>;
  /** Prepositions after "<n> <unit>" that count from an event named next ("two days before the
   * vote", "dua hari setelah pemilu"): TimeML marks only "<n> <unit>", as a DURATION. */
  eventRelative: string[];
  /** Adverbs after "<n> <unit>" that count from the story's current time, the last date written
   * ("a year earlier", "two days later", "sebulan kemudian", "dua hari sebelumnya"): a DATE, the
   * adverb inside it; -1 before that time, +1 after. */
  anchoredShifts: Record<string, number>;
  /** A comparison after such an adverb makes "<n> <unit>" an amount again: "a month earlier than usual". */
  comparisons: string[];
  /** Words around a unit that count from the last date mentioned: "tahun berikutnya", "the following day"
   * (HeidelTime-style anaphora with an offset). */
  anaphoricDeictic: Record<string, { offset: number; position: "before" | "after" }>;
  /** Fixed anaphoric phrases: "keesokan harinya", "the next day" → { unit, offset } from the last date. */
  anaphoricPhrases: Record<string, { unit: string; offset: number }>;
  /** Words between an article and a unit that make "the <unit>" the story's current one: "the
   * latest quarter", "the current year", "the full year" (and "the quarter", "the week" alone), with
   * the offset from the reference date's period when the text has given none ("latest": the last
   * whole one). */
  currentPeriod: Record<string, number>;
  /** Units (codes: "Q") whose bare "the <unit>", with no period named before it, is the last one
   * ended, not the one under way: a quarter is reported once it is over ("profit for the quarter
   * rose", written in November, is the third quarter's). */
  reportedUnits?: string[];
  /** "the year ended March 31", "the fiscal year ending June 30": a unit (codes: "Y") before one of
   * these words is a span of one unit, as TimeML reads a company's reporting year (P1Y); a quarter so
   * written stays that quarter (TBAQ, the training corpus: 7 of 8 such years, 1 of 9 quarters). */
  closedSpans?: { units: string[]; words: string[] };
  /** "at the time", "at that time": the time of the events told, a past reference (Indonesian says
   * "saat itu", "kala itu", in refs); only after one of the cues ("the time it takes" is no time). */
  eventTime: { cues: string[]; phrases: string[] };
  /** Nouns for "a period" of whatever length the story is counting in: "the latest period" is the
   * quarter just reported, "the year-ago period" that quarter a year before. */
  periodNouns: string[];
  /** Words before "the next/past <unit>" or a bare plural unit that make it a length of time:
   * "over the next decade", "for years", "selama tiga hari ke depan". */
  durationCues: string[];
  /** Durations with no number: "sejenak", "beberapa saat" → TimeML value ("PXX"). */
  vagueDurations: Record<string, string>;
  /** Words that make a following "<n> <unit>" an age, not a time ("berusia", "aged", "ages"), and that
   * follow one ("old"). */
  ageCues: { before: string[]; after: string[] };
  /** Words after a count that make it an amount, not a year ("orang", "people", "persen"). */
  countNouns: string[];
  /** Determiners that make a following year-shaped number a year when a noun follows ("a 2009 analysis"). */
  yearDeterminers: string[];
  /** Words in a sentence that mark the future, so a weekday there is the next one ("akan", "will"). */
  futureCues: string[];
  /** A word a weekday's name may follow ("hari Senin"): "setiap hari Kamis" is every Thursday. */
  weekdayWords?: string[];
  /** Words right before a month that make it the coming one, and no weekday around: a futures
   * contract's month ("untuk pengiriman Januari"). */
  monthFutureCues?: string[];
  /** Words that put a future cue in the past ("had been due to expire Friday"): the weekday is the past one. */
  pastPerfect: string[];
  /** Words that carry a past perfect on to the verbs after it ("had been due to expire": been, to). */
  perfectLinks?: string[];
  /** Words before a one-word season that make it a time ("in", "during", "this"); multi-word seasons
   * ("musim hujan") need none. */
  seasonCues: string[];
  /** Suffixes that make a year ending in 0 a decade: "1990s", "1970-an". */
  decadeSuffixes: string[];
  /** Words before a decade written with two digits that make it one ("the '80s", "tahun 90-an"); its
   * century comes from the reference date. */
  shortDecadeCues?: string[];
  /** Decades as words, after an article: "the nineties" 9. */
  decadeWords?: Record<string, number>;
  /** The end of the period under way, written as one phrase: "year-end", "year's end" (Y). */
  periodEnds?: Record<string, string>;
  /** The language writes its time units in lower case inside a sentence (English; not Indonesian, whose
   * "Minggu" is both Sunday and a week): a capitalised one there names a show or a work. */
  lowerCaseUnits?: boolean;
  /** Words after a count and its unit that make it approximate: "a week or so ago". */
  approxAfter?: string[];
  /** Words between a count and its unit that keep it a length: "two more weeks", "an additional year". */
  countExtras?: string[];
  /** Adverbs that are sets on their own: "daily" P1D, "annually" P1Y. */
  setAdverbs: Record<string, string>;
  /** Words that make "<word> <unit>" a rate, a set: "per tahun", "per year". */
  perWords: string[];
  /** Indefinite articles read as "one" that make "<article> <unit>" a rate after an amount ("$500 a year"). */
  indefinites: string[];
}

export interface ClaimsLexicon {
  cues: CueEntry[];
  /** Phrases that hold a cue word but report nothing ("called in" on the radio, "having said that",
   * "percentage points to"): read past. */
  notCues?: string[];
  /** Complementisers introducing reported content ("bahwa", "that"). */
  complementisers: string[];
  /** Whether a complementiser right after the cue is part of the content span ("said [that the ...]",
   * the PARC/PolNeAR convention for English); otherwise the content starts after it. */
  contentKeepsComplementiser?: boolean;
  /** Adverbs that may stand between a source and its cue ("juga", "kemudian", "also", "later"). */
  adverbs: string[];
  /** Negation words that flip a cue ("tidak", "tak", "belum", "not", "never"). */
  negations: string[];
  /** Auxiliaries, modals and adverbs that belong to the cue's verb group and so to the cue span
   * ("has said", "did not confirm", "also noted"). Words in `adverbs` but not here stay outside it. */
  auxiliaries: string[];
  /** Manner adverbs by form, also part of the verb group ("flatly denied"); must be linear. */
  adverbPattern?: RegExp;
  /** Superlatives by form ("greatest", "most"), lower case; must be linear. A cue word that is also a
   * noun reads as the noun after a determiner and a superlative ("the greatest fear that ..."). */
  superlativePattern?: RegExp;
  /** "-s" forms by shape ("reports", "claims"): plural nouns or third-person verbs, which no
   * infinitive takes ("pointed to reports that ..." has a preposition "to"); must be linear. */
  sFormPattern?: RegExp;
  /** Past participles by form ("released", "taken"), lower case; must be linear. A time phrase after
   * one belongs to the source it modifies ("a poll released Friday found"), not to the cue. */
  participlePattern?: RegExp;
  /** Auxiliaries of the passive ("was", "been") and the words that introduce its agent ("by"): "was
   * first reported by X" has X for its source and the subject for its content. */
  passiveAuxiliaries?: string[];
  agentMarkers?: string[];
  /** Reporting verbs whose passive subject still speaks ("X was quoted as saying"): without an agent,
   * any other passive reporting verb names no source ("X was accused of ..."). */
  passiveSpeakers?: string[];
  /** Prepositions opening a description of origin or affiliation set off by commas, which belongs to
   * the source ("Jane Roe, of Springfield, said"); other prepositions there open an adjunct of the
   * clause ("Roe, at a rally, said") that stays out of it. */
  affiliationPrepositions?: string[];
  /** Determiners and quantifiers that open a description standing before a name ("Another critic,
   * Jane Roe, said", "One of the lawyers, Jane Roe, said"). */
  determiners?: string[];
  /** Verbs that take a cue as their infinitive and belong to its verb group ("appeared to suggest",
   * "failed to note"). */
  raisingVerbs?: string[];
  /** Verbs (and phrases) taking a gerund that joins the cue: "avoids condemning", "stopped short of
   * calling", "started off by emphasizing" report one act, its source the verb's subject. */
  gerundVerbs?: string[];
  /** Those of them that deny the act ("avoids condemning" condemns not): they negate the cue. */
  gerundNegators?: string[];
  /** Causative verbs ("made Vaughan believe", "let them say"): the one made to speak or think is the source. */
  causatives?: string[];
  /** Pronouns as objects ("made him say"). */
  objectPronouns?: string[];
  /** Conjunctions joining two verbs of one subject ("and", "but"): a cue after one shares the subject
   * of the clause ("Cruz exhorted ... and said ..."). */
  coordinators?: string[];
  /** Finite auxiliaries and modals ("is", "was", "will", "would", "has"): one a few words after a
   * cognition cue marks a clause without a complementiser ("believes his plan will work"). */
  finiteAuxiliaries?: string[];
  /** Auxiliaries written onto the word before ("’s", "'ve"): on a pronoun subject they belong to the
   * cue ("he’s [claimed]"), not to the source. */
  clitics?: string[];
  /** Determiners and possessives after which a cue word is a noun ("the claim", "a report", "his statement"). */
  nounMarkers: string[];
  /** Quantifiers and determiners before a source head ("beberapa pejabat", "two senior officials"):
   * a phrase whose first other word is a source head is an unnamed description. */
  sourceQuantifiers?: string[];
  /** Words bounding a count before a source ("more than half of respondents", "nearly 40 percent",
   * "lebih dari separuh responden"), which belong to it, and the counts they bound (besides numbers). */
  sourceBounds?: { words: string[]; counts: string[] };
  /** Personal pronouns that stand as a source phrase of their own without naming a person of the
   * article ("I", "we", "they", "it"): the people stage's pronouns ("he", "she") are added to them. */
  subjectPronouns?: string[];
  /** Relative pronouns that stand as the source themselves ("..., who said", "yang mengatakan"). */
  relativePronouns: string[];
  /** Subordinators and prepositions a source phrase never reaches back across ("after he said",
   * "how experts say"); a person named right after one is the source. */
  sourceStops: string[];
  /** Words that end a source phrase when scanning left from a cue ("dan", "tetapi", "bahwa", "and", "but"). */
  clauseBreaks: string[];
  /** The coordinators among them that join a list ("dan", "atau"; "and", "or"). */
  listWords?: string[];
  /** Coordinators that open a clause of its own after a comma ("but", "while"; "tetapi", "sedangkan"):
   * reported content ends before one whose clause is another attribution ("X called it a disaster,
   * but the mayor said ..."). */
  clauseJoins?: string[];
  /** Words that close a noun phrase after its noun ("itu", "ini", "tersebut"): a source written with
   * no comma after it ends there ("menurut mantan Kapolda itu hal tersebut ..."). */
  phraseClosers?: string[];
  /** Lower-case words inside an outlet's name that carried a report on ("Osen via Naver"). */
  relayLinks?: string[];
  /** Reported content that only points back at what came before ("Hal itu disampaikan X", "Demikian
   * diungkap A Bola", "Janji tersebut diutarakan oleh Y"): a content of at most `maxWords` words ending
   * with one of `demonstratives`, or one of `alone`, is the sentence before it. */
  anaphoricContent?: { demonstratives: string[]; alone: string[]; maxWords: number };
  /** Words that open an infinitive ("to"): see CueEntry.infinitive. */
  infinitiveMarkers?: string[];
  /** Nouns naming evidence, which may take a cue that otherwise needs a complementiser without one
   * ("polls show Smith ahead", "a study found 31 cases"). */
  evidenceNouns?: string[];
  /** Head nouns of unnamed sources ("pejabat", "sumber", "official", "source"). */
  sourceHeads: string[];
  /** The passive forms of an active verb, by the language's morphology ("mengatakan" → "dikatakan",
   * "menuturkan" → "dituturkan"); made for cues marked `passive`. A form may be a non-word: only
   * words of the text are looked up. */
  passiveForms?: (active: string) => string[];
  /** The pronoun clitic a cue takes for its speaker ("-nya": "ujarnya", "menurutnya", "tulisnya"):
   * any cue word with it is that cue with the person last named (or the speaker going on) as source. */
  speakerClitic?: string;
  /** Stems that take the clitic as a cue without being cues alone ("akunya": "aku" is also "I"). */
  cliticStems?: string[];
  /** Words that introduce a title in quote marks ("webinar ”Berdamai dengan Covid-19”", "a book
   * titled "..."): such a quote with no reporting clause names a work or an event, nobody's words. */
  titleIntroducers?: string[];
  /** A direct quote interrupted by its reporting clause ('"A," he said. "B."') and the quotes that
   * continue it without a new cue are one statement, its content the parts joined (the PARC/PolNeAR
   * convention for English). */
  joinInterruptedQuotes?: boolean;
  /** Prepositions a reporting verb takes right after it, part of the cue ("complained about", "warned
   * against", "described as"). */
  cueParticles?: string[];
  /** Reporting verbs that take no preposition of their own: one after them heads an adjunct ("said of
   * the plan", "said on Tuesday"), not part of the cue. */
  bareVerbs?: string[];
  /** Prepositions after a cue noun that keep it an attribution, naming its topic ("claims of abuse",
   * "his comment about the wall"). */
  topicPrepositions?: string[];
  /** Verbs that voice an attitude named by their object ("expressed", "voiced"), and the nouns naming
   * one ("concern", "doubts"): the noun, its modifiers and its preposition belong to the cue
   * ("expressed deep concern about", "voiced doubts over"); the content follows. */
  expressionVerbs?: string[];
  attitudeNouns?: string[];
  /** Words after which an "-ing" cue is a gerund, not a participle hanging on a clause ("worth
   * noting", "without saying"). */
  gerundMarkers?: string[];
  /** Words opening an embedded question ("what", "how"): right after a cue that needs a
   * complementiser they open its content ("knows what it costs", "shows how the money was spent"). */
  questionWords?: string[];
  /** Words that label a headline or a paragraph rather than name its source ("Update: ...",
   * "CLARIFICATION: ..."): a single capitalised word before a headline's colon names its source, and
   * one in capitals opening a paragraph is a transcript's speaker, unless it is one of these. */
  headlineLabels?: string[];
  /** Where or how something was said: a prepositional phrase right after the cue and headed by one of
   * these nouns belongs to the cue ("said in an interview", "wrote in an email"); see mediumPrepositions. */
  mediumNouns?: string[];
  mediumPrepositions?: string[];
  /** Adverbs after a cue that belong to it ("said then", "added later"). */
  trailingAdverbs?: string[];
  /** Manner words after a speaker named after the verb ("kata Andi singkat", "said Smith quietly"). */
  mannerAdverbs?: string[];
  /** Prepositions opening an adjunct after a speaker's name, not part of it ("kata Elnino di Jakarta",
   * "ujar Modric dalam konferensi pers", "kata Budi kepada wartawan", "said Smith in Washington"). */
  speakerAdjuncts?: string[];
  /** Connectives set off by commas between a subject and its verb ("The minister, however, said"):
   * part of neither the source nor the cue. */
  parentheticals?: string[];
  /** Words opening a purpose clause ("untuk", "agar"): a reporting verb after one (and its adverbs)
   * reports nothing ("untuk benar-benar memastikan versi produksinya" is what was done for). */
  purposeMarkers?: string[];
  /** Words that fill a subject's place and name no one ("there are estimates ..."), lower case. */
  expletives?: string[];
  /** Words opening a comment clause that refers back to the clause before ("..., as police have
   * said."): that clause is the content. */
  commentMarkers?: string[];
  /** Subordinators opening an adverbial clause of the reporting clause, not its content ('"...," she
   * said after the meeting', "said Friday as he entered"). */
  adjunctSubordinators?: string[];
  /** Possessive pronouns ("his", "their"): with one two words back a cue word that is also a noun is
   * the noun ("his rubble comment"). */
  possessivePronouns?: string[];
  /** Indefinite articles: a naming verb after "a/an + noun" names ("a group called X"). */
  indefiniteArticles?: string[];
  /** Possessive endings that make the next cue word a noun ("Korea's claims"). */
  possessiveSuffixes?: string[];
  /** Phrases that point back to an earlier statement ("pernyataan tersebut", "the claim"). */
  statementAnaphors: string[];
}

/** What the summary scorer reads of the language (the features themselves are the same for all). */
export interface SummaryLexicon {
  /** First- and second-person words: a sentence that speaks as someone or to the reader is seldom the
   * news itself. */
  personal: string[];
}

/** The small part of a pack that is always loaded: enough to detect the language and clean the text. */
export interface LanguageInfo {
  code: string;
  name: string;
  /** Frequent function words, for language detection. */
  stopwords: string[];
  /** This pack reads a text in none of the known languages (one pack says so). */
  fallback?: boolean;
  debris: DebrisRule[];
  /** Words per minute for reading time. */
  readingWpm: number;
  /** Complementisers introducing reported content ("bahwa", "that"): the claims lexicon uses them, and
   * the text view leaves a leading one out of a claim's content. */
  complementisers: string[];
}

/** The whole pack, loaded only for the article's language. */
export interface LanguagePack extends LanguageInfo {
  /** Tokens that end with a dot but do not end a sentence, without the dot ("Tn", "Dr", "U.S"). */
  abbreviations: string[];
  people: PeopleLexicon;
  time: TimeLexicon;
  claims: ClaimsLexicon;
  summary: SummaryLexicon;
}
