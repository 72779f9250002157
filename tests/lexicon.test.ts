// Language data generated from libraries: the English verb forms are compromise's conjugations
// (`npm run lexicon`), and the cues use them.

import { describe, expect, it } from "vitest";
import nlp from "compromise";
import { VERB_FORMS } from "../src/lang/en/verb-forms.js";
import { INTERNATIONAL_ORGANISATIONS } from "../src/lang/common/organisations.js";
import { claims } from "../src/lang/en/claims.js";
import { analyseText } from "../src/pipeline.js";

describe("English verb forms from compromise", () => {
  it("the committed forms are compromise's conjugations (regenerate with npm run lexicon)", () => {
    for (const lemma of ["write", "refuse", "speak out", "seem", "criticize", "tell"]) {
      const [head, ...tail] = lemma.split(" ");
      const c = nlp(head!).verbs().conjugate()[0] as Record<string, string>;
      const more = tail.length > 0 ? ` ${tail.join(" ")}` : "";
      expect(VERB_FORMS[lemma]).toEqual([c.Infinitive + more, c.PastTense + more, c.PresentTense + more, (c.Participle ?? c.PastTense) + more]);
    }
  });

  it("a cue listed in one tense is a cue in its past and participle too", async () => {
    expect(claims.cues.some((c) => c.cue === "written")).toBe(true);
    const a = await analyseText("Harbor plan\n\nMayor Helen Parr has written that the wall will hold. Critics seemed to suggest otherwise, and Parr referred to the study.", { lang: "en" });
    expect(a.claims.map((c) => c.cue)).toEqual(["has written", "seemed", "referred to"]);
  });
});

describe("organisations the world knows, from compromise", () => {
  it("the committed list is compromise's firms and teams of two words or more (regenerate with npm run lexicon)", () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
    expect(INTERNATIONAL_ORGANISATIONS.length).toBeGreaterThan(200);
    for (const name of ["charlotte hornets", "associated press", "manchester united"]) expect(INTERNATIONAL_ORGANISATIONS).toContain(name);
    for (const name of INTERNATIONAL_ORGANISATIONS) expect(["Organization", "SportsTeam"]).toContain(lexicon[name]);
  });
});
