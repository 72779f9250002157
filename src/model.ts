// The typed model every stage of the pipeline reads and writes.
// Offsets are [start, end) UTF-16 indices (JavaScript string indices) into the decoded input text.

export type Span = [number, number];

export type LanguageCode = string; // "id", "en", ... one per folder in src/lang/

/** The decoded input, before any cleaning. */
export interface Source {
  /** File path as given, or "-" for stdin. */
  file: string;
  /** Decoded text; every span in the model indexes into it. */
  text: string;
  /** How the bytes were decoded: "utf-8", "windows-1252", "utf-16le", "utf-16be", or the charset a web
   * page declared. */
  encoding: string;
  /** UTF-8 text once read as Windows-1252 ("FranÃ§ois") was repaired while decoding. */
  repaired?: boolean;
  /** "text", "markdown" or "html" (HTML is reduced to its article text first). */
  format: "text" | "markdown" | "html";
  /** The address a page was fetched from, after redirects: the article's URL. */
  url?: string;
  /** The publication date the page's metadata gives (HTML), "YYYY-MM-DD". */
  published?: string;
  /** Lines the page marks up as captions (HTML <figcaption>), whitespace squashed: kept apart as debris. */
  captions?: string[];
}

export type DebrisKind = "caption" | "ad" | "comments" | "related" | "share" | "source" | "credit" | "markup";

export interface Debris {
  kind: DebrisKind;
  span: Span;
  text: string;
}

export interface Paragraph {
  span: Span;
  /** Index of the first sentence of this paragraph in Document.sentences. */
  firstSentence: number;
  sentenceCount: number;
}

export interface Token {
  text: string;
  span: Span;
}

export interface Sentence {
  index: number;
  paragraph: number;
  span: Span;
  text: string;
  tokens: Token[];
}

/** A cleaned, segmented article. `text` is the source text with debris and markup blanked to spaces,
 * so that offsets stay those of the input. */
export interface Document {
  source: Source;
  text: string;
  title: string | null;
  titleSpan: Span | null;
  url: string | null;
  language: LanguageCode;
  debris: Debris[];
  paragraphs: Paragraph[];
  /** The sentences, with their tokens; of a long document read in windows (over 256 KB of text), the
   * first window's only (a `sentence` number elsewhere counts on through the whole text). */
  sentences: Sentence[];
  /** The number of words, when `sentences` does not hold them all. */
  words?: number;
  /** What a reader should know about how the text was read ("reads as neither ..."): the CLI prints
   * them on standard error. */
  notes?: string[];
}

// ---- entities ----

export type EntityKind = "person" | "organisation" | "place";

export interface Mention {
  /** Span of the name itself, titles excluded. */
  span: Span;
  text: string;
  /** Surface form as written with a preceding honorific or title ("Bapak Musk", "Presiden Putin"). */
  surface: string;
  sentence: number;
  /** How the mention was found: "name", "alias", "description" (e.g. "Pemimpin Rusia itu"), "pronoun". */
  via: "name" | "alias" | "description" | "pronoun";
}

export interface Entity {
  id: number;
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: string[];
  mentions: Mention[];
}

// ---- time ----

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";
export type TimexMod = "START" | "MID" | "END" | "APPROX" | "BEFORE" | "AFTER" | "ON_OR_AFTER" | "ON_OR_BEFORE" | "LESS_THAN" | "MORE_THAN";
export type TimeModifier = "since" | "until" | "as-of" | "early" | "mid" | "late" | "approx" | "before" | "after";

export interface Timex {
  type: TimexType;
  /** TimeML value: "2022", "2022-09", "2021-04-25", "2024-W42", "P2H", "PRESENT_REF"; "XXXX" parts when unresolved. */
  value: string;
  mod?: TimexMod;
}

export interface TimeExpression {
  /** The time expression itself, TimeML-style: anchors such as "sejak"/"since" stay outside. */
  text: string;
  span: Span;
  /** The words as written, anchors included ("sejak akhir 2022"). */
  phrase: string;
  phraseSpan: Span;
  timex: Timex;
  modifiers: TimeModifier[];
  /** False when the value depends on a reference date (or context) that was not available. */
  resolved: boolean;
  /** How it was read: "absolute", "relative" (to the reference date), "anaphoric" (to an earlier date). */
  anchor: "absolute" | "relative" | "anaphoric";
  sentence: number;
}

export interface TimelineEvent {
  date: TimeExpression;
  sentence: string;
  sentenceSpan: Span;
  people: string[];
}

// ---- claims ----

export type Stance = "says" | "asserts" | "reports" | "denies" | "confirms" | "hedges" | "disputes" | "announces";
export type SourceKind = "person" | "organisation" | "publication" | "unnamed" | "unknown";

export interface ClaimSource {
  /** Canonical name when resolved to an entity, else the description as written. */
  name: string;
  kind: SourceKind;
  /** The words of the source as written in this claim ("Bapak Musk", "Pemimpin Rusia itu", "ia"). */
  text: string;
  span: Span | null;
}

export interface Claim {
  source: ClaimSource;
  cue: string;
  cueSpan: Span;
  stance: Stance;
  negated: boolean;
  content: string;
  contentSpan: Span;
  quote: boolean;
  sentenceSpan: Span;
  /** The date of the sentence, when it has one (a TimeML value). */
  date: string | null;
  /** Index (in the claims list) of the claim this one answers ("membantah pernyataan tersebut"). */
  respondsTo?: number;
}

export interface Analysis {
  document: Document;
  referenceDate: string | null;
  people: Entity[];
  organisations: Entity[];
  places: Entity[];
  expressions: TimeExpression[];
  events: TimelineEvent[];
  claims: Claim[];
  summary: number[]; // sentence indices
}
