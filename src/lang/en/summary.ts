// English words the summary scorer reads (src/extract/summary/features.ts).
import type { SummaryLexicon } from "../types.js";

export const summary: SummaryLexicon = {
  personal: ["i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours"],
};
