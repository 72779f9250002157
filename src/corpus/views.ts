// Corpus: the cross-article views, read from the database: people merged across articles, one
// timeline (the same event reported by several articles is one entry), claims with their articles,
// denials and confirmations linked to the claims they answer elsewhere, and full-text search.

import type { Claim, TimelineEvent } from "../model.js";
import { orderEvents } from "../extract/timeline.js";
import type { Corpus } from "./db.js";
import { mergePeople, normalName, personKeys, type CorpusPerson, type PersonRow } from "./people.js";

export interface ArticleRef {
  file: string;
  title: string | null;
  referenceDate: string | null;
}

export function corpusStats(c: Corpus): { articles: number; people: number; claims: number; events: number } {
  const n = (sql: string) => (c.db.prepare(sql).get() as { n: number }).n;
  return {
    articles: n("SELECT count(*) AS n FROM articles"),
    people: n("SELECT count(*) AS n FROM entities WHERE kind = 'person'"),
    claims: n("SELECT count(*) AS n FROM claims"),
    events: n("SELECT count(*) AS n FROM events"),
  };
}

function personRows(c: Corpus): PersonRow[] {
  const rows = c.db
    .prepare(
      `SELECT e.article, a.file, a.title, a.ref_date AS refDate, e.name, e.aliases, e.roles,
         (SELECT count(*) FROM mentions m WHERE m.entity = e.id AND m.via IN ('name', 'alias')) AS mentions
       FROM entities e JOIN articles a ON a.id = e.article WHERE e.kind = 'person' ORDER BY a.id, e.id`,
    )
    .all() as (Omit<PersonRow, "aliases" | "roles"> & { aliases: string; roles: string })[];
  return rows.map((r) => ({ ...r, aliases: JSON.parse(r.aliases) as string[], roles: JSON.parse(r.roles) as string[] }));
}

export function corpusPeople(c: Corpus): CorpusPerson[] {
  return mergePeople(personRows(c));
}

/** Each article's names of the persons who answer to `query` (part of a name or alias any article
 * gives them), by article id. */
function namesOf(c: Corpus, query: string): Map<number, Set<string>> {
  const rows = personRows(c);
  const keys = personKeys(rows);
  const q = normalName(query);
  const wanted = new Set<string>();
  rows.forEach((r, i) => {
    if ([r.name, ...r.aliases].some((n) => normalName(n).includes(q))) wanted.add(keys[i]!);
  });
  const out = new Map<number, Set<string>>();
  rows.forEach((r, i) => {
    if (!wanted.has(keys[i]!)) return;
    if (!out.has(r.article)) out.set(r.article, new Set());
    out.get(r.article)!.add(r.name);
  });
  return out;
}

// ---- timeline ----

export interface CorpusEvent {
  event: TimelineEvent;
  articles: (ArticleRef & { sentenceSpan: [number, number] })[];
}

const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;

function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(CONTENT_WORD) ?? []).slice(0, 200));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared === 0 ? 0 : shared / (a.size + b.size - shared);
}

/** Same date, people in common (or none on either side), and sentences that share most words. */
const SAME_EVENT_SIMILARITY = 0.3;

export function corpusTimeline(c: Corpus, person?: string): { events: CorpusEvent[]; unresolved: number } {
  const rows = c.db
    .prepare(`SELECT e.article, e.json, e.resolved, a.file, a.title, a.ref_date AS refDate FROM events e JOIN articles a ON a.id = e.article ORDER BY a.id, e.id`)
    .all() as { article: number; json: string; resolved: number; file: string; title: string | null; refDate: string | null }[];
  const names = person !== undefined ? namesOf(c, person) : null;
  const entries: (CorpusEvent & { words: Set<string> })[] = [];
  const byValue = new Map<string, (CorpusEvent & { words: Set<string> })[]>();
  let unresolved = 0;
  for (const r of rows) {
    const e = JSON.parse(r.json) as TimelineEvent;
    if (names && !e.people.some((p) => names.get(r.article)?.has(p))) continue;
    if (!r.resolved) {
      unresolved++;
      continue;
    }
    const key = `${e.date.timex.value}|${e.date.timex.mod ?? ""}`;
    const words = contentWords(e.sentence);
    const people = new Set(e.people.map(normalName));
    const ref = { file: r.file, title: r.title, referenceDate: r.refDate, sentenceSpan: e.sentenceSpan };
    const same = (byValue.get(key) ?? []).find((x) => {
      const theirs = x.event.people.map(normalName);
      const peopleAgree = (theirs.length === 0 && people.size === 0) || theirs.some((p) => people.has(p));
      return peopleAgree && jaccard(words, x.words) >= SAME_EVENT_SIMILARITY && !x.articles.some((a) => a.file === r.file);
    });
    if (same) {
      same.articles.push(ref);
      continue;
    }
    const entry = { event: e, articles: [ref], words };
    entries.push(entry);
    if (!byValue.has(key)) byValue.set(key, []);
    byValue.get(key)!.push(entry);
  }
  const order = new Map(entries.map((x) => [x.event, x]));
  return { events: orderEvents(entries.map((x) => x.event)).map((e) => ({ event: e, articles: order.get(e)!.articles })), unresolved };
}

// ---- claims ----

export interface CorpusClaim {
  id: number;
  claim: Claim;
  article: ArticleRef;
}

interface ClaimRow {
  id: number;
  article: number;
  json: string;
  file: string;
  title: string | null;
  refDate: string | null;
}

const CLAIM_SELECT = `SELECT c.id, c.article, c.json, a.file, a.title, a.ref_date AS refDate FROM claims c JOIN articles a ON a.id = c.article`;

function claimOf(r: ClaimRow): CorpusClaim {
  return { id: r.id, claim: JSON.parse(r.json) as Claim, article: { file: r.file, title: r.title, referenceDate: r.refDate } };
}

/** An FTS5 query that means the words the user typed, all of them (no FTS syntax passes through). */
export function ftsQuery(text: string, any = false): string | null {
  const terms = (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
  return terms.length === 0 ? null : terms.map((t) => `"${t}"`).join(any ? " OR " : " ");
}

export function corpusClaims(c: Corpus, opts: { by?: string; about?: string }): CorpusClaim[] {
  let rows: ClaimRow[];
  if (opts.about !== undefined) {
    const q = ftsQuery(opts.about);
    rows = q ? (c.db.prepare(`${CLAIM_SELECT} JOIN claims_fts f ON f.rowid = c.id WHERE claims_fts MATCH ? ORDER BY a.ref_date, a.id, c.idx`).all(q) as ClaimRow[]) : [];
  } else rows = c.db.prepare(`${CLAIM_SELECT} ORDER BY a.ref_date, a.id, c.idx`).all() as ClaimRow[];
  let out = rows.map(claimOf);
  if (opts.by !== undefined) {
    const names = namesOf(c, opts.by);
    const k = normalName(opts.by);
    out = out.filter((x, i) => names.get(rows[i]!.article)?.has(x.claim.source.name) || normalName(x.claim.source.name).includes(k) || normalName(x.claim.source.text).includes(k));
  }
  return out;
}

export interface Dispute {
  answer: CorpusClaim;
  /** Claims of other articles it answers: same people, shared content words. */
  answers: (CorpusClaim & { shared: string[] })[];
}

const ANSWERING = new Set(["denies", "disputes", "confirms"]);
/** Content words (not names) a denial and the claim it answers share at least, and as a share of
 * the words of both. */
const MIN_SHARED = 2;
const MIN_OVERLAP = 0.15;
/** A word in more than this share of the corpus's claims says nothing of what one is about. */
const MAX_WORD_SHARE = 0.01;
const MAX_CANDIDATES = 50;

export function corpusDisputes(c: Corpus): Dispute[] {
  const rows = c.db.prepare(`${CLAIM_SELECT} WHERE c.stance IN ('denies', 'disputes', 'confirms') ORDER BY a.ref_date, a.id, c.idx`).all() as ClaimRow[];
  const people = personRows(c);
  const keys = personKeys(people);
  // each article's persons by their corpus key
  const keyOf = new Map<string, string>();
  people.forEach((p, i) => keyOf.set(`${p.article}\u0000${p.name}`, keys[i]!));
  const mentionsIn = c.db.prepare(
    `SELECT DISTINCT e.name FROM mentions m JOIN entities e ON e.id = m.entity WHERE e.article = ? AND e.kind = 'person' AND m.start >= ? AND m.end <= ?`,
  );
  const candidates = c.db.prepare(`${CLAIM_SELECT} JOIN claims_fts f ON f.rowid = c.id WHERE claims_fts MATCH ? AND c.article != ? ORDER BY rank LIMIT ${MAX_CANDIDATES}`);
  // the words of names: the people in common are checked apart, the words shared must be the matter
  const nameWords = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => normalName(n).split(" "))));
  const df = new Map<string, number>();
  const all = c.db.prepare("SELECT content FROM claims").all() as { content: string }[];
  for (const r of all) for (const w of contentWords(r.content)) df.set(w, (df.get(w) ?? 0) + 1);
  const common = Math.max(3, all.length * MAX_WORD_SHARE);
  const matter = (content: string) => new Set([...contentWords(content)].filter((w) => !nameWords.has(normalName(w)) && (df.get(w) ?? 0) <= common));
  const peopleOf = (article: number, claim: Claim): Set<string> => {
    const names = (mentionsIn.all(article, claim.sentenceSpan[0], claim.sentenceSpan[1]) as { name: string }[]).map((r) => r.name);
    names.push(claim.source.name);
    return new Set(names.map((n) => keyOf.get(`${article}\u0000${n}`)).filter((k): k is string => k !== undefined));
  };
  const out: Dispute[] = [];
  for (const r of rows) {
    const answer = claimOf(r);
    if (!ANSWERING.has(answer.claim.stance)) continue;
    const words = matter(answer.claim.content);
    const q = ftsQuery([...words].join(" "), true);
    if (!q) continue;
    const mine = peopleOf(r.article, answer.claim);
    const answers: Dispute["answers"] = [];
    for (const other of candidates.all(q, r.article) as ClaimRow[]) {
      const x = claimOf(other);
      const theirWords = matter(x.claim.content);
      const shared = [...theirWords].filter((w) => words.has(w));
      if (shared.length < MIN_SHARED || jaccard(words, theirWords) < MIN_OVERLAP) continue;
      const theirs = peopleOf(other.article, x.claim);
      if (![...theirs].some((k) => mine.has(k))) continue;
      answers.push({ ...x, shared });
    }
    if (answers.length > 0) out.push({ answer, answers });
  }
  return out;
}

// ---- search ----

export interface SearchHit {
  kind: "claim" | "sentence";
  article: ArticleRef;
  text: string;
  span: [number, number];
  /** For a claim: who, and how. */
  source?: string;
  stance?: string;
}

export function corpusSearch(c: Corpus, query: string, limit: number): SearchHit[] {
  const q = ftsQuery(query);
  if (!q) return [];
  const claims = c.db
    .prepare(`${CLAIM_SELECT} JOIN claims_fts f ON f.rowid = c.id WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?`)
    .all(q, limit) as ClaimRow[];
  const hits: SearchHit[] = claims.map((r) => {
    const x = claimOf(r);
    return { kind: "claim", article: x.article, text: x.claim.content, span: x.claim.contentSpan, source: x.claim.source.name, stance: x.claim.stance };
  });
  const sentences = c.db
    .prepare(
      `SELECT s.text, s.start, s.end, a.file, a.title, a.ref_date AS refDate FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article
       WHERE sentences_fts MATCH ? ORDER BY rank LIMIT ?`,
    )
    .all(q, limit) as { text: string; start: number; end: number; file: string; title: string | null; refDate: string | null }[];
  for (const s of sentences) hits.push({ kind: "sentence", article: { file: s.file, title: s.title, referenceDate: s.refDate }, text: s.text, span: [s.start, s.end] });
  return hits.slice(0, limit);
}
