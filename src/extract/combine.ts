// Extract: the analyses of a long document's windows (segment/windows.ts) made one. People of the same
// kind and name are one entity across windows; dates, events and claims follow each other in text
// order (events then in date order); the summary and the reference date are the first window's, where
// news puts its lead. What a long document yields is capped, so memory stays bounded whatever the input;
// a note says when a list was cut.

import type { Analysis, Document, Entity } from "../model.js";
import { orderEvents } from "./timeline.js";

/** Most items of each list kept from one document. */
export const MAX_ITEMS = 10_000;

/**
 * One analysis of the whole document from its windows', added in text order as each is read (so that
 * a window's sentences and tokens can go before the next is read). `whole` is the document without
 * segments; its sentences end up the first window's (`sentence` numbers count on through the whole
 * text), its paragraphs all of them, with the number of words of the whole.
 */
export class WindowedAnalysis {
  private readonly notes: Set<string>;
  private readonly paragraphs: Document["paragraphs"] = [];
  private sentences = 0;
  private words = 0;
  private readonly people = new EntityIndex();
  private readonly organisations = new EntityIndex();
  private readonly places = new EntityIndex();
  private readonly expressions: Analysis["expressions"] = [];
  private readonly events: Analysis["events"] = [];
  private readonly claims: Analysis["claims"] = [];
  private first: Analysis | null = null;

  constructor(private readonly whole: Document) {
    this.notes = new Set(whole.notes ?? []);
  }

  add(a: Analysis): void {
    const doc = a.document;
    const offset = this.sentences;
    const claimOffset = this.claims.length;
    this.first ??= a;
    for (const p of doc.paragraphs) this.paragraphs.push({ ...p, firstSentence: p.firstSentence + offset });
    for (const s of doc.sentences) this.words += s.tokens.filter((t) => WORD.test(t.text)).length;
    this.sentences += doc.sentences.length;
    this.people.add(a.people, offset);
    this.organisations.add(a.organisations, offset);
    this.places.add(a.places, offset);
    // (up to one window past the cap: cap() below says the list was cut)
    if (this.expressions.length <= MAX_ITEMS) this.expressions.push(...a.expressions.map((x) => ({ ...x, sentence: x.sentence + offset })));
    if (this.events.length <= MAX_ITEMS) this.events.push(...a.events);
    if (this.claims.length <= MAX_ITEMS) this.claims.push(...a.claims.map((c) => (c.respondsTo === undefined ? c : { ...c, respondsTo: c.respondsTo + claimOffset })));
    for (const n of doc.notes ?? []) this.notes.add(n);
  }

  result(): Analysis {
    const first = this.first!;
    const cap = <T>(items: T[], what: string): T[] => {
      if (items.length <= MAX_ITEMS) return items;
      this.notes.add(`a long document: only the first ${MAX_ITEMS.toLocaleString("en")} ${what} are listed`);
      return items.slice(0, MAX_ITEMS);
    };
    const people = cap(this.people.list(), "people");
    const organisations = cap(this.organisations.list(), "organisations");
    const places = cap(this.places.list(), "places");
    const expressions = cap(this.expressions, "time expressions");
    const events = orderEvents(cap(this.events, "dated events"));
    const claims = cap(this.claims, "claims");
    if (this.people.cut || this.organisations.cut || this.places.cut) this.notes.add(`a long document: only the first ${MAX_ITEMS.toLocaleString("en")} mentions of a name are listed`);
    const document: Document = { ...this.whole, paragraphs: this.paragraphs, sentences: first.document.sentences, words: this.words, ...(this.notes.size > 0 ? { notes: [...this.notes] } : {}) };
    return { document, referenceDate: first.referenceDate, people, organisations, places, expressions, events, claims, summary: first.summary };
  }
}

const WORD = /[\p{L}\p{N}]/u;

/** Entities of one kind, merged by name across windows: aliases and roles joined, mentions in order. */
class EntityIndex {
  private readonly byName = new Map<string, Entity>();
  /** Some entity had more mentions than are kept. */
  cut = false;

  add(entities: readonly Entity[], sentenceOffset: number): void {
    for (const e of entities) {
      const mentions = e.mentions.map((m) => ({ ...m, sentence: m.sentence + sentenceOffset }));
      const known = this.byName.get(e.name);
      if (!known) {
        this.byName.set(e.name, { ...e, id: this.byName.size, aliases: [...e.aliases], roles: [...e.roles], mentions: mentions.slice(0, MAX_ITEMS) });
        this.cut ||= mentions.length > MAX_ITEMS;
        continue;
      }
      for (const a of e.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      for (const r of e.roles) if (!known.roles.includes(r)) known.roles.push(r);
      const room = Math.max(0, MAX_ITEMS - known.mentions.length);
      this.cut ||= mentions.length > room;
      for (const m of mentions.slice(0, room)) known.mentions.push(m);
    }
  }

  list(): Entity[] {
    return [...this.byName.values()];
  }
}
