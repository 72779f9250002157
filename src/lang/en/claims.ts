// English reporting cues with their stance, and the words around them.
import type { ClaimsLexicon, CueEntry } from "../types.js";

const verb = (cue: string, stance: CueEntry["stance"], needsComplement = false): CueEntry => ({ cue, stance, source: "either", needsComplement });

export const claims: ClaimsLexicon = {
  cues: [
    { cue: "according to", stance: "says", source: "after" },
    verb("said", "says"), verb("says", "says"), verb("say", "says"), verb("told", "says"), verb("tells", "says"),
    verb("stated", "says"), verb("states", "says"), verb("explained", "says"), verb("added", "says"),
    verb("adds", "says"), verb("noted", "says"), verb("notes", "says"), verb("wrote", "says"), verb("writes", "says"),
    verb("remarked", "says"), verb("commented", "says"), verb("recalled", "says"), verb("testified", "says"),
    verb("argued", "asserts"), verb("argues", "asserts"), verb("insisted", "asserts"), verb("insists", "asserts"),
    verb("stressed", "asserts"), verb("emphasized", "asserts"), verb("emphasised", "asserts"), verb("maintained", "asserts"),
    verb("asserted", "asserts"), verb("declared", "asserts"), verb("warned", "asserts"), verb("warns", "asserts"),
    verb("announced", "announces"), verb("announces", "announces"), verb("unveiled", "announces"),
    verb("reported", "reports"), verb("reports", "reports"),
    verb("denied", "denies"), verb("denies", "denies"), verb("deny", "denies"), verb("rejected", "denies"), verb("dismissed", "denies"),
    verb("refuted", "denies"), verb("disputed", "disputes"), verb("disputes", "disputes"), verb("questioned", "disputes"),
    verb("criticized", "disputes"), verb("criticised", "disputes"),
    verb("confirmed", "confirms"), verb("confirms", "confirms"), verb("acknowledged", "confirms"), verb("admitted", "confirms"),
    verb("conceded", "confirms"),
    verb("claimed", "hedges"), verb("claims", "hedges"), verb("alleged", "hedges"), verb("alleges", "hedges"),
    verb("suggested", "hedges"), verb("suggests", "hedges"), verb("estimated", "hedges"), verb("predicted", "hedges"),
    verb("believes", "says", true), verb("believed", "says", true), verb("thinks", "says", true), verb("hopes", "says", true),
    verb("promised", "asserts"), verb("vowed", "asserts"), verb("pledged", "asserts"),
    verb("tweeted", "says"), verb("posted", "says", true), verb("told reporters", "says"),
    { cue: "reportedly", stance: "hedges", source: "after", agentless: true },
    { cue: "allegedly", stance: "hedges", source: "after", agentless: true },
    { cue: "it was reported", stance: "reports", source: "after", agentless: true },
    { cue: "is said to", stance: "hedges", source: "after", agentless: true },
  ],
  complementisers: ["that", "whether", "if"],
  adverbs: ["also", "later", "then", "again", "previously", "has", "have", "had", "repeatedly", "publicly", "flatly", "firmly", "strongly", "quickly", "once", "recently", "earlier", "separately", "had", "would", "in", "a", "statement", "interview"],
  negations: ["not", "never", "n't", "didn't", "did", "doesn't", "hasn't", "haven't", "wouldn't", "won't", "refused"],
  clauseBreaks: ["and", "but", "that", "which", "who", "because", "while", "when", "although", "if", "so", "or"],
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
