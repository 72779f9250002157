// English reporting cues with their stance, and the words around them. General knowledge of English
// reporting verbs (speech, writing, cognition, evidence), each with its inflected forms.
import type { ClaimsLexicon, CueEntry } from "../types.js";

type Stance = CueEntry["stance"];
const verb = (cue: string, stance: Stance, needsComplement = false): CueEntry => ({ cue, stance, source: "either", needsComplement });
const verbs = (forms: string, stance: Stance, needsComplement = false): CueEntry[] => forms.split(" ").map((f) => verb(f, stance, needsComplement));
/** "-ing" forms hang on a clause (", saying ..."): their source is that clause's subject. */
const participles = (forms: string, stance: Stance): CueEntry[] => forms.split(" ").map((cue) => ({ cue, stance, source: "before", participle: true }));
const tell = (cue: string): CueEntry => ({ cue, stance: "says", source: "before", addressee: true });

export const claims: ClaimsLexicon = {
  cues: [
    { cue: "according to", stance: "says", source: "after" },
    ...verbs("said says say comment stated explained explains added adds noted notes wrote writes remarked commented", "says"),
    ...verbs("recalled recalls testified mentioned mentions responded replied tweeted", "says"),
    verb("told reporters", "says"), tell("told"), tell("tells"),
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
    ...verbs("believes believe believed thinks think felt feels hopes hoped expects expected fears feared knows knew", "says", true),
    ...verbs("shows showed show found finds", "reports", true),
    { cue: "continued", stance: "says", source: "either", quoteOnly: true },
    ...participles("saying adding noting stating explaining arguing insisting stressing warning writing telling", "says"),
    ...participles("claiming suggesting alleging", "hedges"),
    ...participles("citing calling urging describing", "says"),
    ...participles("denying rejecting", "denies"),
    ...participles("accusing criticizing", "disputes"),
    ...participles("acknowledging admitting confirming", "confirms"),
    ...participles("announcing", "announces"),
    { cue: "reportedly", stance: "hedges", source: "after", agentless: true },
    { cue: "allegedly", stance: "hedges", source: "after", agentless: true },
    { cue: "it was reported", stance: "reports", source: "after", agentless: true },
    { cue: "is said to", stance: "hedges", source: "after", agentless: true },
  ],
  complementisers: ["that", "whether", "if"],
  adverbs: ["in", "a", "statement", "interview"],
  auxiliaries: [
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "could", "can", "may", "might",
    "should", "must", "did", "does", "do", "also", "later", "then", "again", "previously", "once", "recently",
    "earlier", "separately", "already", "still", "often", "now", "just", "even", "first", "never", "not", "n't",
    "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "won't", "isn't", "wasn't",
  ],
  adverbPattern: /^(?!(?:family|ally|rally|assembly|supply|italy|july|bully|anomaly|monopoly|only|early)$)[a-z]{3,}ly$/,
  negations: ["not", "never", "n't", "didn't", "doesn't", "don't", "hasn't", "haven't", "wouldn't", "won't", "refused"],
  clauseBreaks: [
    "and", "but", "that", "which", "who", "because", "while", "when", "although", "though", "if", "so", "or",
    "after", "before", "where", "how", "what", "whether", "since", "until", "unless", "than", "as", "whom", "why",
  ],
  relativePronouns: ["who", "which", "that"],
  nounMarkers: ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "such", "new", "latest", "recent"],
  sourceStops: ["in", "on", "at", "during", "with", "from", "to", "by", "into", "about", "over", "against", "for", "of"],
  sourceHeads: [
    "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
    "analyst", "analysts", "expert", "experts", "witness", "witnesses", "diplomat", "diplomats", "person",
    "people", "report", "reports", "statement", "government", "administration", "police", "investigators",
    "prosecutors", "lawyer", "lawyers", "critics", "supporters", "residents", "members", "lawmakers", "leaders",
    "executive", "executives", "observers", "economists", "researchers", "scientists", "study", "survey", "poll", "polls",
  ],
  quoteSpeakerClitics: [],
  statementAnaphors: ["the claim", "the claims", "the report", "the reports", "the allegation", "the allegations", "the statement", "the accusation", "the accusations", "the story", "those claims", "the remarks", "that claim", "that report"],
};
