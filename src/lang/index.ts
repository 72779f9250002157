// The languages this build knows. Each is a folder src/lang/<code>/: info.ts (always loaded: function
// words for detection, debris lines) and index.ts (the whole pack, imported only when an article is in
// that language). Adding a language means adding a folder and one line here.

import type { LanguageInfo, LanguagePack } from "./types.js";
import { info as id } from "./id/info.js";
import { info as en } from "./en/info.js";

interface Entry {
  info: LanguageInfo;
  load: () => Promise<LanguagePack>;
}

const LANGUAGES: readonly Entry[] = [
  { info: id, load: () => import("./id/index.js").then((m) => m.pack) },
  { info: en, load: () => import("./en/index.js").then((m) => m.pack) },
];

export const LANGUAGE_INFO: readonly LanguageInfo[] = LANGUAGES.map((l) => l.info);

export function languageCodes(): string[] {
  return LANGUAGES.map((l) => l.info.code);
}

export function languageInfo(code: string): LanguageInfo | undefined {
  return LANGUAGES.find((l) => l.info.code === code)?.info;
}

const loaded = new Map<string, Promise<LanguagePack>>();

export function loadPack(code: string): Promise<LanguagePack> {
  let p = loaded.get(code);
  if (!p) {
    const entry = LANGUAGES.find((l) => l.info.code === code);
    if (!entry) return Promise.reject(new Error(`unknown language "${code}"`));
    loaded.set(code, (p = entry.load()));
  }
  return p;
}
