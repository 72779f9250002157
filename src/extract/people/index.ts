// Extract: people (and the organisations and places met on the way) of a document.

import type { Document } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import { articleSets, peopleSets } from "./lexicon.js";
import { mergeCandidates, type Merged } from "./merge.js";
import { recogniseSentence, type Candidate } from "./recognise.js";

export type { Merged } from "./merge.js";

export function extractEntities(doc: Document, pack: LanguagePack): Merged {
  const lower = new Set<string>();
  for (const s of doc.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
  const sets = articleSets(peopleSets(pack), lower);
  const cands = doc.sentences.flatMap((s) => recogniseSentence(s, doc.text, sets));
  return mergeCandidates(oneKindPerName(cands), sets.givenKey);
}

/** "Sega ialah perusahaan ..." in one sentence makes "Sega menggarapnya" in another a firm too, and
 * "Charlotte, N.C." makes "Charlotte experienced chaos" a town: a name the article shows to be an
 * organisation or a place is one wherever only weak evidence calls it a person. */
function oneKindPerName(cands: Candidate[]): Candidate[] {
  const described = new Map(cands.filter((c) => c.kind !== "person" && c.described).map((c) => [c.text.toLowerCase(), c.kind]));
  if (described.size === 0) return cands;
  // a one-word name yields even to a role noun before it ("Pemain Nantes" is a Nantes player), not to
  // an honorific or a title kept with the name ("Bapak Musk")
  const weak = (c: Candidate) => c.evidence < 3 || (!c.text.includes(" ") && c.surface === c.text);
  return cands.map((c) => {
    const kind = c.kind === "person" && weak(c) ? described.get(c.text.toLowerCase()) : undefined;
    return kind ? { ...c, kind, roles: [] } : c;
  });
}
