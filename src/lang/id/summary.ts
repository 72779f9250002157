// Indonesian words the summary scorer reads (src/extract/summary/features.ts).
import type { SummaryLexicon } from "../types.js";

export const summary: SummaryLexicon = {
  personal: ["saya", "aku", "kami", "kita", "kamu", "anda", "engkau", "kalian", "gue", "lu", "lo"],
};
