// Extract: people (and the organisations and places met on the way) of a document.

import type { Document } from "../../model.js";
import type { LanguagePack } from "../../lang/types.js";
import { articleSets, peopleSets } from "./lexicon.js";
import { mergeCandidates, type Merged } from "./merge.js";
import { recogniseSentence } from "./recognise.js";

export type { Merged } from "./merge.js";

export function extractEntities(doc: Document, pack: LanguagePack): Merged {
  const lower = new Set<string>();
  for (const s of doc.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
  const sets = articleSets(peopleSets(pack), lower);
  const cands = doc.sentences.flatMap((s) => recogniseSentence(s, doc.text, sets));
  return mergeCandidates(cands);
}
