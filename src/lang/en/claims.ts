// English reporting cues with their stance, and the words around them. General knowledge of English
// reporting verbs (speech, writing, cognition, evidence), each with its inflected forms.
import { info } from "./info.js";
import type { ClaimsLexicon, CueEntry } from "../types.js";
import { VERB_FORMS } from "./verb-forms.js";

type Stance = CueEntry["stance"];
const verb = (cue: string, stance: Stance, needsComplement = false): CueEntry => ({ cue, stance, source: "either", needsComplement });
const verbs = (forms: string, stance: Stance, needsComplement = false): CueEntry[] => forms.split(" ").map((f) => verb(f, stance, needsComplement));
/** "-ing" forms hang on a clause (", saying ..."): their source is that clause's subject. */
const participles = (forms: string, stance: Stance): CueEntry[] => forms.split(" ").map((cue) => ({ cue, stance, source: "before", participle: true }));
const tell = (cue: string): CueEntry => ({ cue, stance: "says", source: "before", addressee: true });
/** Intentions, refusals and commitments: a cue only with an infinitive after it ("wants to ..."). */
const intends = (forms: string, stance: Stance): CueEntry[] => forms.split(" ").map((cue) => ({ cue, stance, source: "before", infinitive: true }));

/** Adjectives of attitude: a cue only with a clause after them ("is confident that ..."); the subject is the source. */
const attitudes = (forms: string, stance: Stance): CueEntry[] => forms.split(" ").map((cue) => ({ cue, stance, source: "before", needsComplement: true, predicative: true }));
/** Fixed phrases, "|"-separated, whose source stands before them ("is critical of", "made clear"). */
const phrases = (forms: string, stance: Stance): CueEntry[] => forms.split("|").map((cue) => ({ cue, stance, source: "before" }));

/** Cue words that are also nouns ("the claims", "a report", "for comment", "with hopes of"). */
const NOUN_FORMS = new Set("claim claims comment reports notes estimates promises hope hopes show shows fear fears echoes answers plans plan cautions pledge pledges vow vows doubt doubts estimate promise".split(" "));
/** Cue words that also name ("a group called X"). */
const NAMING = new Set(["called"]);
const marked = (cs: CueEntry[]): CueEntry[] =>
  cs.map((c) => (c.participle || c.agentless ? c : { ...c, ...(NOUN_FORMS.has(c.cue) ? { noun: true } : {}), ...(NAMING.has(c.cue) ? { naming: true } : {}) }));

/** Each form of the verbs in VERB_FORMS, with its lemma and the tense it is. */
const FORM_OF = new Map<string, { lemma: string; tense: number }>();
for (const [lemma, forms] of Object.entries(VERB_FORMS)) forms.forEach((f, tense) => FORM_OF.has(f) || FORM_OF.set(f, { lemma, tense }));

/**
 * Every cue verb also in its past and past participle ("criticized" for "criticizes", "defended" for
 * "defends"), from compromise's conjugations (verb-forms.ts): the past is what news writes, and
 * rarely a noun. Listed forms keep their own entries; the others copy their lemma's first entry.
 */
function withPastForms(cues: CueEntry[]): CueEntry[] {
  const have = new Set(cues.map((c) => c.cue));
  const added: CueEntry[] = [];
  for (const c of cues) {
    // (verbs of cognition keep the forms listed: "thought" and "known" are nouns and adjectives as often)
    if (c.participle || c.agentless || c.source === "after" || c.needsComplement) continue;
    const [head, particle, ...rest] = c.cue.split(" ");
    if (rest.length > 0) continue;
    const known = FORM_OF.get(particle ? `${head} ${particle}` : head!) ?? (particle ? undefined : FORM_OF.get(head!));
    if (!known) continue;
    const forms = VERB_FORMS[known.lemma]!;
    for (const f of [forms[1], forms[3]]) {
      if (have.has(f)) continue;
      have.add(f);
      added.push({ ...c, cue: f, noun: false, naming: false });
    }
  }
  return [...cues, ...added];
}

/**
 * Reporting verbs by lemma, each with its frame: every form comes from VERB_FORMS (base, past, present,
 * participle). Added from what PolNeAR's training articles mark as cues most of the times they write
 * the verb, kept when dev did not lose by it ("seemed to suggest", "referred to"; "blamed", "defended",
 * "discussed" cost dev precision, each by a hair).
 */
export const LEMMA_CUES: { lemmas: string; stance: Stance; frame: "verb" | "infinitive" }[] = [
  { lemmas: "seem", stance: "hedges", frame: "infinitive" },
  { lemmas: "refer to", stance: "says", frame: "verb" },
];

function fromLemmas(): CueEntry[] {
  return LEMMA_CUES.flatMap(({ lemmas, stance, frame }) =>
    lemmas.split("|").flatMap((lemma) => {
      const forms = VERB_FORMS[lemma] ?? [lemma];
      return [...new Set(forms)].map((cue): CueEntry => (frame === "infinitive" ? { cue, stance, source: "before", infinitive: true } : verb(cue, stance)));
    }),
  );
}

/** The cues as listed here (the generator of verb-forms.ts reads these, not their added past forms). */
export const LISTED_CUES: CueEntry[] = marked([
    { cue: "according to", stance: "says", source: "after" },
    ...verbs("said says say comment stated explained explains added adds noted notes wrote writes remarked commented", "says"),
    ...verbs("recalled recalls testified mentioned mentions responded replied tweeted", "says"),
    tell("told"), tell("tells"),
    // "X is quoted as saying ...", "X was quoted by Y as saying ..."
    verb("quoted as saying", "says"), verb("quoted as telling", "says"), verb("quoted", "says"),
    verb("pointed out", "says"), verb("points out", "says"), verb("went on to say", "says"),
    ...verbs("argued argues asserted insisted insists stressed stresses emphasized emphasised maintained maintains", "asserts"),
    ...verbs("declared declares warned warns contended contends vowed vows pledged pledges promised promises urged urges", "asserts"),
    ...verbs("announced announces unveiled proclaimed", "announces"),
    ...verbs("reported reports", "reports"),
    ...verbs("denied denies deny reject rejected rejects dismissed dismisses refuted", "denies"),
    ...verbs("disputed disputes questioned criticized criticised criticizes attacked blasted slammed accused accuses condemned", "disputes"),
    ...verbs("confirm confirmed confirms acknowledge acknowledged acknowledges admitted admits conceded concedes agreed agrees", "confirms"),
    ...verbs("claimed claims claim alleged alleges suggested suggests estimated estimates predicted predicts speculated", "hedges"),
    ...verbs("called cited cites described describes asked asks", "says"),
    verb("called for", "says"), verb("calls for", "says"), verb("called on", "says"), verb("calls on", "says"),
    verb("call for", "says"), verb("call on", "says"),
    ...verbs("believes believe believed thinks think felt feels fears feared knows knew", "says", true),
    // "hopes that ..." or "hopes to ..."
    ...intends("hopes hope hoped expects expect expected", "says").map((c) => ({ ...c, needsComplement: true })),
    ...verbs("shows showed show shown found finds find reveals revealed reveal indicates indicated indicate", "reports", true),
    // more speech acts: answering, repeating, comparing, praising and mocking, demanding and proposing
    ...verbs("answered answers echoed echoes reiterated reiterates observed observes affirmed affirms", "says"),
    ...verbs("joked jokes quipped boasted boasts bragged lamented laments bemoaned complained complains", "says"),
    ...verbs("praised praises touted touts likened likens mocked mocks ridiculed", "says"),
    ...verbs("demanded proposed proposes recommended recommends advised cautioned cautions", "says"),
    ...verbs("disclosed discloses outlined hinted signaled signalled wondered", "says"),
    ...verbs("shouted yelled chanted endorsed endorses", "says"),
    ...verbs("concluded concludes ruled", "says", true),
    verb("went on to say", "says"), verb("spoke of", "says"), verb("spoke about", "says"),
    // base forms after a plural subject ("critics argue that ...")
    ...verbs("argue insist warn note explain add suggest predict contend maintain", "says", true),
    ...intends("wants wanted intends intended seeks sought", "says"),
    // plans and decisions: "plans to ...", "decided (that) ..."
    ...intends("plans planned plan", "says"),
    ...verbs("decided decides", "says", true),
    // stands taken on a thing: "have opposed the resolution", "supports the plan"
    ...verbs("opposed opposes", "disputes"),
    ...verbs("know", "says", true),
    // worries, fears and understandings with their clause: "environmentalists worry that ..."
    ...verbs("worry worries worried fear understood understand", "says", true),
    // speaking up about a matter: "talked about ...", "spoke out against ...", "railed against ..."
    verb("talked about", "says"), verb("talks about", "says"), verb("spoke out", "says"), verb("speaks out", "says"),
    verb("railed against", "disputes"), verb("rails against", "disputes"), verb("weighed in", "says"), verb("weighs in", "says"),
    verb("voted against", "disputes"), verb("decided against", "disputes"),
    verb("believe in", "says"), verb("believes in", "says"), verb("believed in", "says"),
    ...intends("declined declines refuses threatened threatens offered offers", "says"),
    { cue: "continued", stance: "says", source: "either", quoteOnly: true },
    // a document's words: '"...," the letter reads.', 'The sign read: "..."'
    { cue: "reads", stance: "says", source: "either", quoteOnly: true },
    { cue: "read", stance: "says", source: "either", quoteOnly: true },
    // "as X put it, ...", '"...," as the memo put it': only in a comment clause
    { cue: "put it", stance: "says", source: "either", commentOnly: true },
    ...participles("saying adding noting stating explaining arguing insisting stressing warning writing telling", "says"),
    { cue: "going on to say", stance: "says", source: "before", participle: true },
    { cue: "going on to add", stance: "says", source: "before", participle: true },
    ...participles("claiming suggesting alleging", "hedges"),
    ...participles("citing calling urging describing", "says"),
    // asking and answering before a quote: 'footage of Clinton asking, "Why ...?"'
    ...participles("asking replying responding answering joking quipping recalling", "says"),
    ...participles("emphasizing emphasising encouraging chanting yelling shouting demanding", "says"),
    ...participles("promising pledging vowing", "asserts"),
    ...participles("denouncing questioning lambasting blasting slamming condemning", "disputes"),
    ...participles("defending", "asserts"),
    ...verbs("expressed expresses express voiced voices", "says"),
    ...participles("expressing voicing", "says"),
    verb("pointed to", "says"), verb("points to", "says"),
    ...verbs("yells", "says"),
    ...participles("denying rejecting", "denies"),
    ...participles("accusing criticizing", "disputes"),
    ...participles("acknowledging admitting confirming", "confirms"),
    ...participles("announcing", "announces"),
    // the present and base forms of verbs above, as headlines and present-tense reports use them
    ...verbs("condemns condemn blasts slams responds replies testifies", "says"),
    ...verbs("speculates recall", "says"),
    ...verbs("ripped rips rip lambasted lambastes", "disputes"),
    // judging and blaming: "denounced the plan", "hailed the deal", "blamed the bank for ..."
    ...verbs("denounced denounces denounce decried decries derided derides assailed assails chided scolded faulted faults", "disputes"),
    ...verbs("hailed hails lauded lauds applauded applauds heralded heralds commended commends", "says"),
    ...verbs("blamed blames", "disputes"),
    // learning and discovering, with their clause: "the Post has learned that ...", "investigators discovered that ..."
    ...verbs("learned learnt discovered discovers determined", "reports", true),
    ...verbs("discussed discusses", "says"),
    // answering back and objecting: "countered that ...", "objected to ...", "challenged the figures"
    ...verbs("countered counters retorted rebutted objected objects protested grumbled griped sniped recounted recounts", "says"),
    ...verbs("challenged contested disagreed disagrees doubted", "disputes"),
    ...verbs("assured assures reassured implied implies swore swears", "asserts"),
    // more ways of putting a view: "characterized the move as ...", "highlighted the risk", "exhorted voters to ..."
    ...verbs("asserts assert exhorted exhorts chastised chastises characterized characterizes characterised highlighted highlights", "says"),
    ...verbs("implored invoked invokes referenced repeats", "says"),
    ...participles("touting tweeting lamenting bemoaning referring asserting reciting highlighting invoking characterizing", "says"),
    // ("referring to X": the preposition is the verb's, as PolNeAR marks it)
    { cue: "referring to", stance: "says", source: "before", participle: true },
    // questioning and pleading: "pressed him on ...", "grilled the CEO about ...", "pleaded for ..."
    ...verbs("pressed grilled confronted queried pleaded pleads begged implores appealed", "says"),
    ...participles("pleading begging pressing", "says"),
    // base forms of intentions after a plural subject or a modal ("states that may not want to ...")
    ...intends("aims aim aimed vow pledge promise threaten refuse", "says"),
    // thinking, suspecting, realising and charging, with their clause: "many assumed that ...", "critics charge that ..."
    ...verbs("assume assumes assumed realize realizes realized suspect suspects suspected suppose imagine imagined doubt doubts recognize recognizes recognized notice noticed reckon wish wished guess guessed", "says", true),
    ...verbs("charge charges charged", "says", true),
    // attitudes held by the subject: "is confident that ...", "were frustrated that ...", "has been critical of ..."
    ...attitudes("confident convinced certain concerned frustrated skeptical sceptical optimistic pessimistic hopeful adamant aware unhappy pleased disappointed angry upset", "says"),
    ...attitudes("afraid incensed outraged furious alarmed troubled dismayed relieved sure glad proud", "says"),
    // cognition and hope in the progressive or hanging on a clause, with their "that": "is hoping that",
    // ", recognizing that ..."
    ...participles("hoping proposing endorsing", "says"),
    ...participles("feeling knowing recognizing realizing believing fearing", "says").map((c) => ({ ...c, needsComplement: true })),
    ...phrases("critical of|skeptical of|sceptical of|supportive of|wary of|dismissive of|optimistic about|skeptical about|pessimistic about|upset about|angry about|frustrated with|frustrated by", "says"),
    // making a position known: "made clear (that) ...", "made it clear ..."
    ...phrases("made clear|made it clear|makes clear|makes it clear|make clear|make it clear|made plain|made it plain", "asserts"),
    { cue: "reportedly", stance: "hedges", source: "after", agentless: true },
    { cue: "allegedly", stance: "hedges", source: "after", agentless: true },
    { cue: "it was reported", stance: "reports", source: "after", agentless: true },
    { cue: "is said to", stance: "hedges", source: "after", agentless: true },
    // (after the hand-listed entries: a listed form keeps its own reading)
    ...fromLemmas(),
  ]);

export const claims: ClaimsLexicon = {
  cues: withPastForms(LISTED_CUES),
  // phoning in, a discourse marker, a measure: cue words that report nothing here
  notCues: ["called in", "called into", "calls in", "calls into", "call in", "call into", "calling in", "calling into", "having said that", "that said", "percentage points to", "percentage point to", "points to percent",
    // telephoning for help: "called 911", "called an ambulance"
    "called 911", "calls 911", "call 911", "calling 911", "called an ambulance", "called for an ambulance",
    // convening: "called an emergency meeting", "called a snap election"
    ...["call", "calls", "called", "calling"].flatMap((v) =>
      ["a meeting", "an emergency meeting", "a special meeting", "a vote", "a press conference", "a news conference", "an election", "a snap election", "an early election", "a strike", "a general strike", "a halt", "a recess", "a referendum", "a truce", "a ceasefire", "a timeout", "a session", "a special session"].map((o) => `${v} ${o}`)),
    // comparisons with what was expected: "risen faster than expected", "as expected"
    "than expected", "than anticipated", "than predicted", "than estimated", "than forecast", "than projected",
    "than previously thought", "than thought", "than feared", "than hoped", "as expected", "as predicted",
    // arithmetic and the writer's own asides: "Added together, ...", "It should be noted that ..."
    "added together", "add together", "adds together", "added up", "adds up", "add up", "should be noted", "must be noted",
    // set phrases that report nothing: "so called", "suffice it to say", "called to mind"
    "so called", "suffice it to say", "needless to say", "that is to say", "called to mind", "calls to mind", "call to mind",
    // admitted to a hospital, a school, a country: the passive reports nothing
    "was admitted", "were admitted", "been admitted", "be admitted", "is admitted", "are admitted"],
  complementisers: info.complementisers,
  infinitiveMarkers: ["to"],
  contentKeepsComplementiser: true,
  adverbs: ["then", "soon", "very", "quite", "rather"],
  auxiliaries: [
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "can", "may", "might",
    "should", "must", "did", "does", "do", "also", "later", "then", "again", "previously", "once", "recently",
    "earlier", "separately", "already", "still", "often", "now", "just", "even", "first", "never", "not", "n't",
    // linking verbs before an attitude: "investors grew wary of", "became convinced that"
    "grew", "grow", "grows", "became", "become", "becomes", "remained", "remain", "remains",
    "further", "together", "almost", "jointly", "quickly",
    "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "won't", "isn't", "wasn't",
  ],
  adverbPattern: /^(?!(?:family|ally|rally|assembly|supply|italy|july|bully|anomaly|monopoly|only|early)$)[a-z]{3,}ly$/,
  passiveAuxiliaries: ["is", "are", "was", "were", "be", "been", "being"],
  agentMarkers: ["by"],
  passiveSpeakers: ["quoted"],
  affiliationPrepositions: ["of", "including"],
  coordinators: ["and", "but", "yet"],
  clitics: ["'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re", "'m", "’m"],
  finiteAuxiliaries: ["is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "should", "must", "has", "have", "had", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "hasn't", "haven't", "hadn't"],
  gerundVerbs: ["start off by", "starts off by", "started off by", "began by", "begins by", "ended by", "ends by", "keep", "keeps", "kept", "tire of", "tires of", "tired of", "risked", "risks"],
  objectPronouns: ["me", "him", "her", "us", "them", "people", "everyone"],
  causatives: ["made", "make", "makes", "making", "let", "lets", "letting", "helped", "help", "helps", "had", "have", "has"],
  gerundNegators: ["avoid", "avoids", "avoided", "stop short of", "stops short of", "stopped short of", "refrained from", "refrains from", "resisted", "resists"],
  raisingVerbs: ["appeared", "appears", "appear", "seemed", "seems", "seem", "failed", "fails", "fail", "tried", "tries", "try", "continued", "continues", "continue", "began", "begins", "begin", "started", "starts", "went", "goes", "go", "used", "happened", "happens"],
  determiners: ["another", "one", "two", "three", "several", "some", "many", "both", "each", "every", "other", "all", "most", "few"],
  superlativePattern: /^(?:[a-z]{2,}est|most|least)$/,
  sFormPattern: /^[a-z]{2,}[^s]s$/,
  participlePattern: /^(?:[a-z]{2,}ed|taken|written|given|shown|done|held|made|seen|begun|drawn|run)$/,
  negations: ["not", "never", "n't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wouldn't", "won't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "shouldn't", "refused"],
  listWords: ["and", "or"],
  clauseJoins: ["but", "and", "while", "whereas", "yet"],
  clauseBreaks: [
    "and", "but", "that", "which", "who", "because", "while", "when", "although", "though", "if", "so", "or",
    "after", "before", "where", "how", "what", "whether", "since", "until", "unless", "than", "as", "whom", "why",
  ],
  relativePronouns: ["who", "which", "that", "whom", "whose", "where"],
  subjectPronouns: ["i", "we", "you", "they", "it"],
  sourceQuantifiers: ["some", "two", "three", "four", "several", "many", "a", "an", "the", "one", "senior", "other", "top", "more", "most", "all"],
  // (PolNeAR's training split holds "nearly", "more than", "at least", "about" inside the source 59 times, before it 8)
  sourceBounds: {
    words: ["more than", "less than", "fewer than", "nearly", "almost", "about", "roughly", "at least", "just over", "just under", "all but"],
    counts: ["half", "a", "an", "most", "all", "many", "every", "dozens", "hundreds", "thousands", "millions", "majority", "third", "quarter", "two-thirds", "three-quarters"],
  },
  nounMarkers: ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "such", "new", "latest", "recent"],
  sourceStops: ["in", "on", "at", "during", "with", "from", "to", "by", "into", "about", "over", "against", "for", "of", "through", "via", "across", "under", "without", "within", "among", "between", "despite", "toward", "towards", "upon", "onto", "behind", "beyond", "throughout"],
  sourceHeads: [
    "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
    "analyst", "analysts", "expert", "experts", "witness", "witnesses", "diplomat", "diplomats", "person",
    "people", "report", "reports", "statement", "government", "administration", "police", "investigators",
    "prosecutors", "lawyer", "lawyers", "critics", "supporters", "residents", "members", "lawmakers", "leaders",
    "executive", "executives", "observers", "economists", "researchers", "scientists", "study", "survey", "poll", "polls",
  ],
  evidenceNouns: [
    "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "analyses",
    "data", "research", "review", "audit", "investigation", "average", "averages", "results", "figures", "numbers",
    "records", "documents", "filings", "video", "footage", "photos", "transcript", "tests", "estimates", "evidence",
  ],
  titleIntroducers: ["titled", "entitled", "dubbed", "named", "book", "film", "movie", "song", "album", "novel", "show", "series", "program", "campaign", "slogan", "hashtag", "term", "webinar", "seminar", "panel", "report", "exhibition", "festival"],
  cueParticles: ["about", "against", "with", "of", "on", "for", "as"],
  topicPrepositions: ["of", "about"],
  bareVerbs: ["said", "says", "say", "saying"],
  expressionVerbs: ["expressed", "expresses", "express", "expressing", "voiced", "voices", "voice", "voicing"],
  // (and a preposition: "accused Obama of exploitation for announcing the steps", "an early voice in
  // urging", "focused on defending": the gerund names an act, no report; not "by" ("explained it by
  // saying ...", which PolNeAR marks as often as not) nor "of" ("stopped short of calling")
  gerundMarkers: ["worth", "without", "for", "on", "in"],
  questionWords: ["what", "how", "why", "who", "where", "when", "which"],
  headlineLabels: [
    "update", "updated", "exclusive", "watch", "analysis", "opinion", "breaking", "editorial", "video", "photos",
    "review", "explainer", "live", "listen", "quiz", "interview", "commentary", "correction", "clarification", "factbox",
    "timeline", "note", "editor's note", "related", "advertisement",
    // a web page's furniture: "PUBLISHED: 10:48, Tue", "SEE MORE: ...", "READ MORE: ..."
    "published", "see more", "read more", "more", "read also", "also read", "source", "sources", "photo", "image",
    "credit", "disclaimer", "disclosure", "sponsored", "trending", "recommended", "warning", "attention",
  ],
  attitudeNouns: [
    "concern", "concerns", "hope", "hopes", "doubt", "doubts", "fear", "fears", "frustration", "anger", "outrage",
    "support", "opposition", "skepticism", "scepticism", "misgivings", "reservations", "confidence", "optimism",
    "pessimism", "regret", "surprise", "dismay", "disappointment", "alarm", "interest", "gratitude", "sympathy",
    "condolences", "displeasure", "satisfaction", "unease", "worry", "worries", "objections", "dissatisfaction",
  ],
  mediumNouns: [
    "interview", "interviews", "statement", "statements", "email", "e-mail", "letter", "briefing", "speech", "rally",
    "conference", "call", "tweet", "tweets", "post", "posting", "message", "memo", "op-ed", "column", "essay",
    "appearance", "hearing", "testimony", "address", "remarks", "filing", "release", "radio", "podcast",
  ],
  mediumPrepositions: ["in", "during", "at"],
  commentMarkers: ["as"],
  adjunctSubordinators: ["after", "before", "when", "while", "as", "since", "until", "because", "although", "though", "once"],
  speakerAdjuncts: ["in", "at", "during", "via", "near"],
  mannerAdverbs: ["quietly", "briefly", "simply", "flatly", "angrily", "calmly", "bluntly", "softly", "firmly"],
  expletives: ["there"],
  parentheticals: [
    "however", "though", "meanwhile", "moreover", "nevertheless", "nonetheless", "therefore", "indeed", "instead",
    "too", "also", "still", "again", "in fact", "of course", "for example", "for instance", "in turn", "in particular",
    "at least", "after all", "as well", "in addition", "furthermore", "by contrast", "in contrast", "for her part",
    "for his part", "for their part", "for its part", "on the other hand", "in the end", "so far", "at the time", "in response",
  ],
  trailingAdverbs: ["then", "later", "earlier", "again", "afterward", "afterwards", "recently", "previously", "repeatedly"],
  possessivePronouns: ["his", "her", "its", "their", "our", "my", "your"],
  indefiniteArticles: ["a", "an"],
  possessiveSuffixes: ["'s", "’s", "s'", "s’"],
  joinInterruptedQuotes: true,
  statementAnaphors: ["the claim", "the claims", "the report", "the reports", "the allegation", "the allegations", "the statement", "the accusation", "the accusations", "the story", "those claims", "the remarks", "that claim", "that report"],
};
