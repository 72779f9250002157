// English language pack.
import type { LanguagePack } from "../types.js";
import { claims } from "./claims.js";
import { people } from "./people.js";
import { time } from "./time.js";

export const pack: LanguagePack = {
  code: "en",
  name: "English",
  stopwords: [
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "said", "as", "by", "at", "it",
    "from", "his", "her", "he", "she", "they", "has", "have", "had", "an", "be", "this", "which", "would", "were", "not",
  ],
  abbreviations: [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "v", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
    "sun", "ave", "blvd", "rd", "ft", "mt", "fig", "approx", "dept", "est", "rev", "fr", "messrs", "supt", "ca",
  ],
  debris: [
    { kind: "caption", pattern: /^(?:photo|image|picture|caption|file photo)\s*[:|]/i },
    { kind: "caption", pattern: /\((?:photo|image)\s*:[^)]{1,120}\)\s*$/i },
    { kind: "caption", pattern: /\b(?:getty images|afp via getty images|reuters\/[\w ]{1,40}|ap photo\/[\w .]{1,40})\s*\)?$/i },
    { kind: "ad", pattern: /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue)$/i },
    { kind: "related", pattern: /^(?:read more|related|see also|more from|recommended|you may also like|watch)\s*:/i },
    { kind: "comments", pattern: /^(?:\d+\s+)?comments?\s*\(?\d*\)?$/i },
    { kind: "share", pattern: /^(?:share(?: this)?(?: article| story)?|follow us|sign up|subscribe|newsletter)\b.{0,120}$/i },
    { kind: "credit", pattern: /^(?:reporting by|editing by|additional reporting by|written by)\b.{0,200}$/i },
  ],
  people,
  time,
  claims,
  readingWpm: 230,
};
