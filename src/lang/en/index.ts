// English language pack: loaded only for English articles.
import type { LanguagePack } from "../types.js";
import { claims } from "./claims.js";
import { people } from "./people.js";
import { time } from "./time.js";
import { info } from "./info.js";
import { summary } from "./summary.js";

export const pack: LanguagePack = {
  ...info,
  abbreviations: [
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "maj", "adm", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "v", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
    "sun", "del", "ave", "blvd", "rd", "ft", "mt", "fig", "approx", "dept", "est", "rev", "fr", "messrs", "supt", "ca",
  ],
  people,
  time,
  claims,
  summary,
};
