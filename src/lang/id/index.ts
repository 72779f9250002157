// Indonesian language pack: loaded only for Indonesian articles.
import type { LanguagePack } from "../types.js";
import { claims } from "./claims.js";
import { people } from "./people.js";
import { time } from "./time.js";
import { info } from "./info.js";
import { summary } from "./summary.js";

export const pack: LanguagePack = {
  ...info,
  abbreviations: [
    "tn", "ny", "nn", "sdr", "sdri", "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "jl", "no", "hlm",
    "dll", "dsb", "dkk", "tsb", "yth", "bpk", "st", "kab", "kec", "kel", "prov", "rp", "mr", "mrs", "ms",
    "jr", "sr", "vs", "ca", "kol", "let", "jend", "brigjen", "mayjen", "letjen", "kapt", "serka", "bripda",
    "sep", "okt", "nov", "des", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "sept",
  ],
  people,
  time,
  claims,
  summary,
};
