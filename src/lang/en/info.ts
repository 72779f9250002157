// English: what is always loaded (language detection and debris lines).
import type { LanguageInfo } from "../types.js";

export const info: LanguageInfo = {
  code: "en",
  name: "English",
  // its rules ask least of a text they do not know: capitalised names, dates with digits
  fallback: true,
  stopwords: [
    "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "said", "as", "by", "at", "it",
    "from", "his", "her", "he", "she", "they", "has", "have", "had", "an", "be", "this", "which", "would", "were", "not",
  ],
  debris: [
    { kind: "caption", pattern: /^(?:photo|image|picture|caption|file photo)\s*[:|]/i },
    { kind: "caption", pattern: /\((?:photo|image)\s*:[^)]{1,120}\)\s*$/i },
    { kind: "caption", pattern: /\b(?:getty images|afp via getty images|reuters\/[\w ]{1,40}|ap photo\/[\w .]{1,40})\s*\)?$/i },
    { kind: "ad", pattern: /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue)$/i },
    { kind: "related", pattern: /^[[(]?\s*(?:read more|see more|related|see also|more from|recommended|you may also like|watch)\s*:/i },
    { kind: "comments", pattern: /^(?:\d+\s+)?comments?\s*\(?\d*\)?$/i },
    { kind: "share", pattern: /^(?:share(?: this)?(?: article| story)?|follow us|sign up|subscribe|newsletter)\b.{0,120}$/i },
    { kind: "credit", pattern: /^(?:reporting by|editing by|additional reporting by|written by)\b.{0,200}$/i },
    // a web page's furniture around the story: time stamps, bylines, newsletter boxes, players
    { kind: "credit", pattern: /^\|?\s*(?:published|posted|updated|last updated|first published|last modified)\b[\s:]*[^\d\n]{0,40}\d.{0,60}$/i },
    { kind: "credit", pattern: /^(?:by|about the author|more (?:articles|stories) (?:from|by)\b.{0,80})$/i },
    { kind: "credit", pattern: /^.{1,80}\bcontributed (?:to )?this (?:report|story|article)\.?$/i },
    { kind: "share", pattern: /^(?:breaking news emails|get breaking news alerts\b.{0,160}|let our news meet your inbox\b.{0,160})$/i },
    { kind: "related", pattern: /^(?:don['’]?t miss|most read|top stories)\b.{0,400}$/i },
    { kind: "caption", pattern: /^(?:media playback is unsupported on your device|image (?:copyright|caption|source)\b.{0,120})$/i },
    { kind: "credit", pattern: /\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)\b.{0,160}$/i },
    { kind: "credit", pattern: /^[^.]{1,60} is an? (?:senior |staff |contributing )?(?:reporter|writer|editor|correspondent) (?:for|at|with) .{1,80}$/i },
    { kind: "related", pattern: /^(?:photos|video|gallery|slideshow)\s*:.{0,160}$/i },
    { kind: "related", pattern: /\[(?:video|watch|pics|photos|gallery|insight|reaction|warning|news|more)\]\s*$/i },
    // a page's navigation left in the text ("Home", "Skip to content")
    { kind: "markup", pattern: /^(?:home|menu|search|skip to (?:main )?content|back to top|close)$/i },
  ],
  readingWpm: 230,
  complementisers: ["that", "whether", "if"],
};
