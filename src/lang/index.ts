// The language packs this build knows. Packs are plain data (a few thousand words each), so they load in
// milliseconds; adding a language means adding a folder and one line here.

import type { LanguagePack } from "./types.js";
import { pack as id } from "./id/index.js";
import { pack as en } from "./en/index.js";
import { internationalGivenNames } from "./common/given-names.js";

export const PACKS: readonly LanguagePack[] = [id, en];

export function languageCodes(): string[] {
  return PACKS.map((p) => p.code);
}

export function getPack(code: string): LanguagePack | undefined {
  return PACKS.find((p) => p.code === code);
}

/** Given names shared by all languages (international names appear in every language's news). */
export const sharedGivenNames: readonly string[] = internationalGivenNames;
