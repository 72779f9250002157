// Merge the mentions of one article into entities: full names first, then surnames, given names,
// titled forms and aliases (in brackets, or given with a cue: aliases.ts); definite descriptions
// ("Pemimpin Rusia itu") to the person they describe. A surname two people share goes to the one
// mentioned last of the gender the mention's title says ("Mrs. Clinton").

import type { Entity, Mention } from "../../model.js";
import type { Candidate } from "./recognise.js";

interface Building {
  entity: Entity;
  tokens: string[]; // lower-case name tokens of the canonical name
  /** Short forms the article gives in brackets: "Joko Widodo (Jokowi)". */
  aliasKeys: Set<string>;
  roleCounts: Map<string, { role: string; count: number; order: number }>;
  bareRoles: string[];
  lastSentence: number;
  lastOffset: number;
}

// (a curly apostrophe is a straight one: "James O’Neill" is "O'Neill")
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/'s$/, "");
// "Harold Belafonte, Jr." is named by its first words: "Belafonte" is its surname
const words = (s: string) => norm(s).replace(/,?\s+(?:jr|sr)\.?$/, "").split(/\s+/).filter(Boolean);

export interface Merged {
  people: Entity[];
  organisations: Entity[];
  places: Entity[];
  /** Descriptions and their person, for the claims stage ("Pemimpin Rusia itu" → Putin). */
  descriptions: { candidate: Candidate; person: Entity | null }[];
}

export type Gender = "f" | "m";

/** What merging knows of the language. */
export interface MergeOptions {
  /** A given name's formal form ("joe" → "joseph"). */
  givenKey?: (w: string) => string;
  broadTitles?: ReadonlySet<string>;
  titleKey?: (w: string) => string;
  givenNames?: ReadonlySet<string>;
  /** The gender an honorific says ("mrs" → "f", "pak" → "m"), or a given name ("hillary"), or null. */
  genderOf?: { honorific(word: string): Gender | null; givenName(word: string): Gender | null };
}

export function mergeCandidates(cands: Candidate[], options: MergeOptions = {}): Merged {
  const { givenKey = (w: string) => w, broadTitles = new Set<string>(), titleKey = (w: string) => w, givenNames = new Set<string>(), genderOf = { honorific: () => null, givenName: () => null } } = options;
  // "Joe Biden" and "Joseph R. Biden": a given name is compared in its formal form
  const sameName = (a: string[], b: string[]) => sameNameAs(a.map(givenKey), b.map(givenKey));
  const people: Building[] = [];
  let roleOrder = 0;
  const addMention = (b: Building, c: Candidate, via: Mention["via"]) => {
    b.entity.mentions.push({ span: c.span, text: c.text, surface: c.surface, sentence: c.sentence, via });
    if (c.surface !== b.entity.name && !b.entity.aliases.includes(c.surface) && via !== "description") b.entity.aliases.push(c.surface);
    if (c.text !== b.entity.name && !b.entity.aliases.includes(c.text) && via !== "description") b.entity.aliases.push(c.text);
    for (const r of c.roles) {
      const k = r.toLowerCase();
      const prev = b.roleCounts.get(k);
      if (prev) prev.count++;
      else b.roleCounts.set(k, { role: r, count: 1, order: roleOrder++ });
    }
    if (c.bareRole) b.bareRoles.push(c.bareRole);
    if (c.sentence > b.lastSentence || (c.sentence === b.lastSentence && c.span[0] > b.lastOffset)) {
      b.lastSentence = c.sentence;
      b.lastOffset = c.span[0];
    }
  };
  const create = (c: Candidate): Building => {
    const b: Building = {
      entity: { id: 0, kind: "person", name: c.text, aliases: [], roles: [], mentions: [] },
      tokens: words(c.text),
      aliasKeys: new Set(),
      roleCounts: new Map(),
      bareRoles: [],
      lastSentence: c.sentence,
      lastOffset: c.span[0],
    };
    people.push(b);
    return b;
  };

  const persons = cands.filter((c) => c.kind === "person");
  // people indexed by each word of their names, so that look-ups stay cheap on long inputs; a word
  // that thousands of names share (an endless list of "Budi ...") is searched among the latest
  // MAX_WORD_POOL of them only, so that such a text stays linear
  const byWord = new Map<string, Building[]>();
  const indexed = new Map<Building, Set<string>>();
  const index = (b: Building) => {
    let seen = indexed.get(b);
    if (!seen) indexed.set(b, (seen = new Set()));
    for (const w of b.tokens) {
      if (seen.has(w)) continue;
      seen.add(w);
      const list = byWord.get(w);
      if (!list) byWord.set(w, [b]);
      else list.push(b);
    }
  };
  const pool = (w: string): Building[] => {
    const list = byWord.get(w) ?? [];
    return list.length > MAX_WORD_POOL ? list.slice(-MAX_WORD_POOL) : list;
  };
  const withWords = (t: string[]) => pool(t[0]!).filter((p) => t.every((w) => p.tokens.includes(w)));
  // "B. U. Nzeribe" is "Benjamin Nzeribe" when he is the article's one person the initials fit
  const spelt = initialledNames(persons.filter((c) => c.accepted).map((c) => words(c.text).map(givenKey)));
  const linked = (a: string[], b: string[]) => {
    const [x, y] = [a.map(givenKey).join(" "), b.map(givenKey).join(" ")];
    return spelt.get(x) === y || spelt.get(y) === x;
  };
  const sameNamed = (t: string[]) => {
    const near = [...pool(t[0]!), ...pool(t[t.length - 1]!)];
    return near.find((p) => sameName(p.tokens, t)) ?? (spelt.size > 0 ? near.find((p) => linked(p.tokens, t)) : undefined);
  };

  // 1. full names with evidence: the same tokens, or one name inside a longer one
  const pending: Candidate[] = [];
  const assigned = new Map<Candidate, Building>();
  // "Mrs. Clinton" is not "President Bill Clinton": the gender a mention's honorific says (sure) or
  // its given name (a guess: "Lindsey Graham" is "Mr. Graham"), and what a person's mentions said
  const mentionGender = (c: Candidate): { g: Gender; sure: boolean } | null => {
    const first = (s: string) => norm(s.split(/\s+/, 1)[0]!).replace(/\./g, "");
    const said = genderOf.honorific(first(c.surface));
    if (said) return { g: said, sure: true };
    // a full name's first word is a given name (one word alone may be a surname: "Lawrence"); its
    // everyday form may be a common word ("Bill" is "William")
    if (!/\s/.test(c.text.trim())) return null;
    const guess = genderOf.givenName(first(c.text)) ?? genderOf.givenName(givenKey(first(c.text)));
    return guess ? { g: guess, sure: false } : null;
  };
  const genders = new Map<Building, { g: Gender; sure: boolean }>();
  /** The people a mention may be, by gender: those of its gender, else those of none known, else
   * those only guessed otherwise; never one a title said is otherwise. */
  const byGender = (matches: Building[], c: Candidate): Building[] => {
    const m = mentionGender(c);
    if (!m) return matches;
    const same = matches.filter((b) => genders.get(b)?.g === m.g);
    if (same.length > 0) return same;
    const unknown = matches.filter((b) => !genders.has(b));
    if (unknown.length > 0) return unknown;
    return matches.filter((b) => !genders.get(b)!.sure && m.sure);
  };
  const assign = (c: Candidate, b: Building) => {
    assigned.set(c, b);
    const m = mentionGender(c);
    const known = genders.get(b);
    // (a guess is made sure by a title that agrees, never turned by one that does not: "Michelle
    // Obama" stays a woman after a "Mr. Obama" the article gives no other Obama for)
    if (m && (!known || (m.sure && !known.sure && m.g === known.g))) genders.set(b, m);
  };
  // another name the article gives a person with a cue ("Andi Agustinus alias Andi Narogong") is matched
  // as a short form is, to its person, wherever it stands
  const declared = new Set(persons.flatMap((c) => (c.cuedAliases ?? []).map(norm)));
  for (const c of persons) {
    const t = words(c.text);
    // (a name the article gives another name is a person's: "KH Salahudhin Wahid" after "sapaan akrab")
    if (t.length < 2 || !(c.accepted || c.cuedAliases) || declared.has(t.join(" "))) {
      pending.push(c);
      continue;
    }
    let b = sameNamed(t);
    if (!b) b = create(c);
    else if (spelledOut(t) > spelledOut(b.tokens) || (spelledOut(t) === spelledOut(b.tokens) && (t.length > b.tokens.length || (t.length === b.tokens.length && isInitial(b.tokens[b.tokens.length - 1]!) && !isInitial(t[t.length - 1]!))))) {
      // the fuller form is matched against from now on, and named by unless it only adds an epithet
      if (!epithetBefore(t, words(b.entity.name), givenNames)) {
        b.entity.aliases.push(b.entity.name);
        b.entity.name = c.text;
      }
      b.tokens = t;
    } else if (epithetBefore(words(b.entity.name), t, givenNames)) {
      // first seen with its epithet: the plain name is the name
      b.entity.aliases.push(b.entity.name);
      b.entity.name = c.text;
    }
    index(b);
    assign(c, b);
  }
  // short forms given in brackets or after an alias cue, before the short mentions are matched
  const byAlias = new Map<string, Building>();
  for (const c of persons) {
    let b = assigned.get(c);
    if (b && c.bracketAlias) byAlias.set(norm(c.bracketAlias), b);
    if (!c.cuedAliases) continue;
    // a short name given another ("Basuki atau akrab disapa Ahok"): the one person it names (of
    // several, the one whose name holds the alias: "Mr. Bush, known as Jeb")
    if (!b) {
      const matches = withWords(words(c.text));
      const holding = matches.filter((p) => c.cuedAliases!.some((a) => words(a).every((w) => p.tokens.includes(w))));
      b = holding.length === 1 ? holding[0] : matches.length === 1 ? matches[0] : matches.length === 0 && c.accepted ? (sameNamed(words(c.text)) ?? create(c)) : undefined;
      if (b) index(b);
    }
    if (b) for (const a of c.cuedAliases) if (!byAlias.has(norm(a))) byAlias.set(norm(a), b);
  }
  // a word of a declared alias of two words or more names its person too ("Aman" after "Oman Rochman
  //   alias Aman Abdurrahman"), when no other alias has it
  const byAliasWord = new Map<string, Building | null>();
  for (const [k, b] of byAlias) {
    const ws = k.split(" ");
    if (ws.length > 1) for (const w of ws) byAliasWord.set(w, (byAliasWord.get(w) ?? b) === b ? b : null);
  }
  // an everyday given name alone is the one person whose full name opens with its formal form ("Larry"
  //   for "Laurence H. Tribe", "Bill" for "William J. Clinton")
  const byGiven = new Map<string, Building[]>();
  for (const b of people) {
    if (b.tokens.length < 2) continue;
    const k = givenKey(b.tokens[0]!);
    const list = byGiven.get(k);
    if (list) list.push(b);
    else byGiven.set(k, [b]);
  }
  const everydayOf = (w: string): Building | undefined => {
    const k = givenKey(w);
    const list = k !== w ? byGiven.get(k) : undefined;
    return list && list.length === 1 ? list[0] : undefined;
  };
  // nicknames made from a full name: "Risma" (Tri Rismaharini), "Jokowi" (Joko Widodo), "SBY"
  //   (Susilo Bambang Yudhoyono); indexed by their first two letters, so look-ups stay cheap
  const byStart = new Map<string, Building[]>();
  for (const b of people) {
    const keys = new Set(b.tokens.map((w) => w.slice(0, 2)));
    if (b.tokens.length >= 3) keys.add(initialsOf(b.tokens));
    for (const k of keys) {
      const list = byStart.get(k);
      if (list) list.push(b);
      else byStart.set(k, [b]);
    }
  }
  const nicknameOf = (w: string): Building | undefined => {
    if (w.length < 3) return undefined;
    const pool = (byStart.get(w.slice(0, 2)) ?? []).concat(byStart.get(w) ?? []);
    // a crowded start (many people's names begin alike) gives no single answer: not searched
    if (pool.length > MAX_NICKNAME_POOL) return undefined;
    const fits = pool.filter((b) => isNickname(w, b.tokens));
    return new Set(fits).size === 1 ? fits[0] : undefined;
  };
  // a long surname written with one letter wrong, missing, extra or swapped ("Scheiderman" for "Eric
  //   Schneiderman"): the one person whose surname it misspells (searched among names that start alike)
  const misspeltOf = (w: string): Building | undefined => {
    if (w.length < MIN_MISSPELT) return undefined;
    const pool = byStart.get(w.slice(0, 2)) ?? [];
    if (pool.length > MAX_NICKNAME_POOL) return undefined;
    const fits = pool.filter((b) => b.tokens.length >= 2 && oneEditApart(w, b.tokens[b.tokens.length - 1]!));
    return new Set(fits).size === 1 ? fits[0] : undefined;
  };
  // 2. short forms, in text order: a surname or given name of a known person, the one mentioned last
  //    before this mention first (so a shared surname goes to the person just named)
  const pendingSet = new Set(pending);
  const lastSeen = new Map<Building, number>();
  for (const c of persons) {
    if (!pendingSet.has(c)) {
      const b = assigned.get(c);
      if (b) lastSeen.set(b, c.span[0]);
      continue;
    }
    const t = words(c.text);
    let b: Building | undefined = byAlias.get(t.join(" "));
    if (!b) {
      const matches = byGender(withWords(t), c);
      if (matches.length > 0) {
        const surname = matches.filter((p) => p.tokens[p.tokens.length - 1] === t[t.length - 1]);
        const pool = surname.length > 0 ? surname : matches;
        b = pool.reduce((best, p) => ((lastSeen.get(p) ?? -1) > (lastSeen.get(best) ?? -1) ? p : best), pool[0]!);
      } else if (t.length === 1 && everydayOf(t[0]!)) {
        b = everydayOf(t[0]!);
      } else if (t.length === 1 && byAliasWord.get(t[0]!)) {
        b = byAliasWord.get(t[0]!)!;
      } else if (t.length === 1 && nicknameOf(t[0]!)) {
        b = nicknameOf(t[0]!);
      } else if (t.length === 1 && misspeltOf(t[0]!)) {
        b = misspeltOf(t[0]!);
      } else if (c.accepted) {
        b = sameNamed(t) ?? create(c);
        index(b);
      }
    }
    if (b) {
      assign(c, b);
      lastSeen.set(b, c.span[0]);
    }
  }
  // mentions in document order
  for (const c of persons) {
    const b = assigned.get(c);
    if (b) addMention(b, c, sameName(b.tokens, words(c.text)) && words(c.text).length === b.tokens.length ? "name" : "alias");
  }
  // 3. definite descriptions: the person they fit among those just mentioned
  const descriptions: Merged["descriptions"] = [];
  const mentionsSoFar = persons.filter((c) => assigned.has(c));
  for (const d of cands.filter((c) => c.kind === "description")) {
    const person = resolveDescription(d, mentionsSoFar, assigned, broadTitles, titleKey);
    descriptions.push({ candidate: d, person: person?.entity ?? null });
    if (person) addMention(person, d, "description");
  }

  const finished = people.filter((b) => b.entity.mentions.some((m) => m.via !== "description"));
  finished.forEach((b, i) => {
    b.entity.id = i + 1;
    b.entity.roles = finalRoles(b);
    b.entity.aliases = [...new Set(b.entity.aliases.filter((a) => a !== b.entity.name))];
    b.entity.mentions.sort((x, y) => x.span[0] - y.span[0]);
  });
  return {
    people: finished.map((b) => b.entity),
    organisations: group(cands.filter((c) => c.kind === "organisation"), "organisation"),
    places: group(cands.filter((c) => c.kind === "place"), "place"),
    descriptions,
  };
}

/** Two full names of one person: the same words, one inside the other ending alike ("Vladimir Putin",
 * "Vladimir Vladimirovich Putin"), or the shorter opening the longer ("Sri Mulyani", "Sri Mulyani
 * Indrawati": Indonesian names have no fixed surname). */
function sameNameAs(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return a.join(" ") === b.join(" ");
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((w, k) => long[k] === w)) return true;
  // "Alicia M" (a surname cut to its initial, as in a tweet) is "Alicia Machado"
  if (a.length === b.length && a.every((w, k) => k === a.length - 1 || b[k] === w)) {
    const [x, y] = [a[a.length - 1]!, b[b.length - 1]!];
    if (isInitial(x) !== isInitial(y) && (isInitial(x) ? y.startsWith(x[0]!) : x.startsWith(y[0]!))) return true;
  }
  return short.every((w) => long.includes(w)) && short[short.length - 1] === long[long.length - 1];
}

/** Words of a name that are not initials: the name with more is the one shown. */
function spelledOut(t: readonly string[]): number {
  let n = 0;
  for (const w of t) if (!isInitial(w) && !INITIALS.test(w)) n++;
  return n;
}

/** Initials written together: "j.f.", "j.r.r.". */
const INITIALS = /^(?:\p{L}\.){2,}$/u;

/** Names (lower-case words, given names in their formal form) beyond which no initials are matched
 * among those sharing a last word. */
const MAX_INITIALS_POOL = 64;

/**
 * Names whose given names are partly initials, each to the one name of the article those initials fit
 * ("b. u. nzeribe" to "benjamin nzeribe", "j.f. kennedy" to "john fitzgerald kennedy"); none where two
 * fit ("j. smith" beside "john smith" and "jane smith").
 */
function initialledNames(names: string[][]): Map<string, string> {
  const out = new Map<string, string>();
  // distinct names by their last word (a pool grows past its bound only by one: an endless list of
  // names sharing a surname stays linear)
  const byLast = new Map<string, Map<string, string[]>>();
  for (const t of names) {
    if (t.length < 2 || isInitial(t[t.length - 1]!)) continue;
    let pool = byLast.get(t[t.length - 1]!);
    if (!pool) byLast.set(t[t.length - 1]!, (pool = new Map()));
    if (pool.size <= MAX_INITIALS_POOL) pool.set(t.join(" "), t);
  }
  for (const pool of byLast.values()) {
    const list = [...pool.values()];
    if (list.length < 2 || list.length > MAX_INITIALS_POOL) continue;
    for (const t of list) {
      if (spelledOut(t) === t.length) continue;
      const fits = list.filter((u) => spelledOut(u) > spelledOut(t) && initialsFit(t, u));
      if (fits.length === 1) out.set(t.join(" "), fits[0]!.join(" "));
    }
  }
  return out;
}

/** Whether the given names of `a`, some of them initials, fit those of `b` (the same last word): in
 * order, each the same word, or an initial of the word in its place; either may have more. */
function initialsFit(a: readonly string[], b: readonly string[]): boolean {
  // (initials without their stops: "j.f." is "j" and "f", "f." is "f")
  const given = (t: readonly string[]) => t.slice(0, -1).flatMap((w) => (INITIALS.test(w) ? w.split(".").filter(Boolean) : [isInitial(w) ? w[0]! : w]));
  const [x, y] = [given(a), given(b)];
  let fitted = false;
  for (let k = 0; k < Math.min(x.length, y.length); k++) {
    const [p, q] = [x[k]!, y[k]!];
    if (p === q) continue;
    if (isInitial(p) === isInitial(q)) return false;
    const [letter, word] = isInitial(p) ? [p, q] : [q, p];
    if (!word.startsWith(letter[0]!)) return false;
    fitted = true;
  }
  return fitted;
}

/** "Crooked Hillary Clinton" beside "Hillary Clinton": words before a name that opens with a given
 * name, none of them a given name, are an epithet, not more of the name (which stays the shorter). */
function epithetBefore(longer: readonly string[], name: readonly string[], givenNames: ReadonlySet<string>): boolean {
  const extra = longer.length - name.length;
  if (extra <= 0 || !givenNames.has(name[0]!) || !name.every((w, k) => longer[extra + k] === w)) return false;
  return longer.slice(0, extra).every((w) => !givenNames.has(w));
}

/** A single letter, with or without its stop: "m", "m.". */
function isInitial(w: string): boolean {
  return w.length <= 2 && /^\p{L}\.?$/u.test(w);
}

function resolveDescription(d: Candidate, mentions: Candidate[], assigned: Map<Candidate, Building>, broadTitles: ReadonlySet<string>, titleKey: (w: string) => string): Building | null {
  const window = mentions.filter((m) => m.span[0] < d.span[0] && m.sentence >= d.sentence - 1);
  if (window.length === 0) return null;
  const qualifiers = (d.descriptionWords ?? []).filter((w) => !broadTitles.has(w)).map(titleKey);
  let best: Building | null = null;
  let bestScore = -Infinity;
  window.forEach((m, idx) => {
    const b = assigned.get(m)!;
    // a lone title counts too: "Sen. X" is who "the senator" is
    const roleWords = new Set([...[...b.roleCounts.values()].map((r) => r.role), ...b.bareRoles].flatMap((r) => words(r).map(titleKey)));
    const overlap = qualifiers.filter((w) => roleWords.has(w)).length;
    const recency = window.length - 1 - idx; // 0 for the most recent
    const score = overlap * 2 - recency * 0.5;
    // "the expert" is no one whose roles say otherwise: a wrong name is worse than none (measured on
    // PolNeAR and IndoSum texts, two in three such guesses by recency alone were wrong)
    if (qualifiers.length > 0 && overlap === 0) return;
    // a broad title ("the minister") is no one whose known roles are all something else (an economist)
    const all = (d.descriptionWords ?? []).map(titleKey);
    if (qualifiers.length === 0 && roleWords.size > 0 && !all.some((w) => roleWords.has(w))) return;
    if (score > bestScore) {
      bestScore = score;
      best = b;
    }
  });
  return best;
}

function finalRoles(b: Building): string[] {
  const roles = [...b.roleCounts.values()].sort((x, y) => y.count - x.count || x.order - y.order).map((r) => r.role);
  // a lone title ("Presiden" in "Presiden Putin") counts only when no fuller role starts with it
  for (const bare of b.bareRoles) {
    const k = bare.toLowerCase();
    if (!roles.some((r) => r.toLowerCase() === k || r.toLowerCase().split(" ").includes(k))) roles.push(bare);
  }
  return roles;
}

function group(cands: Candidate[], kind: "organisation" | "place"): Entity[] {
  const byName = new Map<string, Entity>();
  for (const c of cands) {
    const name = c.text.replace(/^(?:The|the)\s+/, "");
    const k = name.toLowerCase();
    let e = byName.get(k);
    if (!e) byName.set(k, (e = { id: byName.size + 1, kind, name, aliases: [], roles: [], mentions: [] }));
    e.mentions.push({ span: c.span, text: c.text, surface: c.surface, sentence: c.sentence, via: "name" });
    if (c.text !== name && !e.aliases.includes(c.text)) e.aliases.push(c.text);
  }
  return [...byName.values()];
}

/** Latest people sharing a word of a name among whom a name is matched (see byWord). */
const MAX_WORD_POOL = 256;

/** People sharing a nickname's first two letters beyond which no nickname is looked for. */
const MAX_NICKNAME_POOL = 64;

function initialsOf(tokens: readonly string[]): string {
  return tokens.map((w) => w[0]).join("");
}

/** Whether a one-word name is made from a full name's words: a long start of one of them ("risma"
 * of "rismaharini"), the starts of the first and last joined ("jokowi" of "joko widodo"), or the
 * initials of three words or more ("sby"). */
function isNickname(w: string, tokens: readonly string[]): boolean {
  if (tokens.length < 2 || tokens.includes(w)) return false;
  if (w.length >= 4 && tokens.some((t) => t.length > w.length && t.startsWith(w))) return true;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  for (let k = 2; k <= Math.min(first.length, w.length - 2); k++) {
    if (first.startsWith(w.slice(0, k)) && w.length - k >= 2 && last.startsWith(w.slice(k))) return true;
  }
  return tokens.length >= 3 && w === initialsOf(tokens);
}

/** Shortest surname a misspelling is matched to: shorter ones differ by a letter as different names do
 * ("Hansen", "Hanson"). */
const MIN_MISSPELT = 8;

/** Two different words one edit apart: a letter changed, added, dropped, or two neighbours swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
