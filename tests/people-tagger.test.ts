// The trained name tagger under the rules: what it adds (a bare unknown name with no cue around it),
// what it must not take for a person (a sentence-opening interjection or imperative, a sports club,
// a band), and that it only proposes: the rules keep titles, roles and merging.

import { afterEach, describe, expect, it } from "vitest";
import { analyseText } from "../src/pipeline.js";
import { peopleModel, usePeopleModel } from "../src/extract/people/tagger.js";

const names = async (text: string, lang: "id" | "en") => (await analyseText(text, { lang, headline: false, extract: ["people"] })).people.map((p) => p.name);
const rulesAlone = async (text: string, lang: "id" | "en") => {
  usePeopleModel(lang, null);
  try {
    return await names(text, lang);
  } finally {
    usePeopleModel(lang, undefined);
  }
};

afterEach(() => {
  usePeopleModel("id", undefined);
  usePeopleModel("en", undefined);
});

describe("the name tagger", () => {
  it("ships a model for each language", () => {
    expect(peopleModel("id")?.model.labels).toContain("B-PER");
    expect(peopleModel("en")?.model.labels).toContain("B-MISC");
  });

  it("finds a bare unknown name with no title or cue around it, which the rules alone miss", async () => {
    const cases: [string, "id" | "en", string][] = [
      ["Sutarjo tiba di Makassar pagi itu.", "id", "Sutarjo"],
      ["Pagi itu Hartawan tiba di Makassar.", "id", "Hartawan"],
      ["Pertama, Sudirgo saat ini sedang fokus menyelesaikan tugasnya.", "id", "Sudirgo"],
      ["The proposal was drafted by Albrecht and approved on Friday.", "en", "Albrecht"],
      ["Fajardo, who founded the bakery, retired.", "en", "Fajardo"],
    ];
    // a statistical reading: retraining after any change to the rules' features moves single cases
    // across the overrule margin (giving "Miss Universe" its title moved "drafted by Albrecht" from
    // 21.7 to 9.3), so the test asks for most of them and never a wrong name
    let found = 0;
    for (const [text, lang, name] of cases) {
      expect(await rulesAlone(text, lang)).toEqual([]);
      const got = await names(text, lang);
      expect(got.filter((n) => n !== name)).toEqual([]);
      if (got.includes(name)) found++;
    }
    expect(found).toBeGreaterThanOrEqual(cases.length - 1);
  });

  it("takes no sentence-opening interjection or imperative for a name", async () => {
    for (const t of ["Wow, that was close, the driver said.", "Listen, nobody wants a strike, she said.", "Stop the count, the protesters shouted."]) expect(await names(t, "en")).toEqual([]);
    for (const t of ["Astaga, ternyata dia datang juga.", "Ayo, kita berangkat sekarang!", "Wah, ternyata dia datang juga."]) expect(await names(t, "id")).toEqual([]);
    // and their colloquial forms, as quotes and comments write them
    for (const t of ["Gimana jadi wali kota saja gagal, kata dia.", "Lagian, sudah banyak kedai di kota itu."]) expect(await names(t, "id")).toEqual([]);
  });

  it("takes no English word alone for a person in Indonesian news, unless a longer name of the article holds it", async () => {
    expect(await names("Konsol itu laris. Menurut Independent, Switch terjual 10 juta unit.", "id")).toEqual([]);
    expect(await names("Taylor Swift merilis album baru. Menurut Swift, album itu dibuat selama dua tahun.", "id")).toEqual(["Taylor Swift"]);
  });

  it("takes no sports club for a person", async () => {
    expect(await names("Celtic beat Rangers 2-0 on Saturday.", "en")).toEqual([]);
    expect(await names("Manchester United signed a new striker.", "en")).toEqual([]);
    expect(await names("Persib mengalahkan Persija 2-1.", "id")).toEqual([]);
  });

  it("takes no band for a person", async () => {
    expect(await names("Coldplay will play three nights at Wembley.", "en")).toEqual([]);
    expect(await names("The Rolling Stones cancelled the concert.", "en")).toEqual([]);
    expect(await names("Grup band Noah merilis album baru.", "id")).toEqual([]);
  });

  it("leaves titles, roles and merging to the rules", async () => {
    const { people } = await analyseText("Menteri Keuangan Sri Mulyani Indrawati hadir. Menurut Mulyani, defisit terjaga.", { lang: "id", headline: false, extract: ["people"] });
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: "Sri Mulyani Indrawati", roles: ["Menteri Keuangan"] });
    expect(people[0]!.mentions).toHaveLength(2);
  });

  it("makes a full name the article gives a person that person where it reads it otherwise", async () => {
    const text = "Miliarder Elon Musk bertemu Presiden Rusia Vladimir Putin. Percakapan ini juga menandai perubahan sikap Elon Musk terhadap perang itu.";
    const { people } = await analyseText(text, { lang: "id", headline: false, extract: ["people"] });
    expect(people.find((p) => p.name === "Elon Musk")!.mentions).toHaveLength(2);
  });
});

describe("scoring on a set's own tokens", () => {
  it("a name read inside a token with punctuation glued to it is that token; other spans stay", async () => {
    const { onTokens } = await import("../scripts/eval/ner.js");
    const text = "Joko Widodo (Jokowi) hadir";
    const tokens: [number, number][] = [[0, 4], [5, 11], [12, 20], [21, 26]];
    expect(onTokens(text, tokens, [[13, 19], [0, 11], [22, 24]])).toEqual([[12, 20], [0, 11], [22, 24]]);
  });
});
