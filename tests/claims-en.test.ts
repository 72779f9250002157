// English attribution: each pattern family, pronoun and title resolution, negated cues, quotes over
// two paragraphs and unbalanced quote marks. Invented sentences only.

import { describe, expect, it } from "vitest";
import type { Claim } from "../src/model.js";
import { analyseText } from "../src/pipeline.js";

async function claimsOf(body: string): Promise<Claim[]> {
  const a = await analyseText(`Harbour town weighs its options\n\n${body}\n`, { lang: "en" });
  return a.claims;
}
const row = (c: Claim) => `${c.source.name} | ${c.cue} | ${c.stance} | ${c.content}`;

describe("English reported speech", () => {
  it("X said (that) ...", async () => {
    const cs = await claimsOf("Mayor Helen Parr said that the ferry would run again in spring.");
    expect(cs.map(row)).toContain("Helen Parr | said | says | the ferry would run again in spring");
  });

  it("according to X, ... and ..., according to X", async () => {
    const cs = await claimsOf("According to engineer Tom Varga, the pier needs new piles. The repairs will cost more, according to the council.");
    expect(cs.some((c) => c.source.name === "Tom Varga" && c.cue === "According to" && c.content.startsWith("the pier needs"))).toBe(true);
    expect(cs.some((c) => c.cue === "according to" && c.content.startsWith("The repairs will cost more"))).toBe(true);
  });

  it("X told Y that ...: the hearer is not the content", async () => {
    const cs = await claimsOf("Harbour pilot Maria Lind told local reporters that the channel was silting up.");
    const c = cs.find((x) => x.cue === "told")!;
    expect(c.source.name).toBe("Maria Lind");
    expect(c.content).toBe("the channel was silting up");
  });

  it("inverted and trailing sources: '..., officials said' and '..., said X'", async () => {
    const cs = await claimsOf("The bridge will close for a month, city officials said. The budget is already spent, said treasurer Paul Ng.");
    expect(cs.some((c) => c.source.text === "city officials" && c.content === "The bridge will close for a month")).toBe(true);
    const ng = cs.find((c) => c.source.name === "Paul Ng")!;
    expect(ng.content).toBe("The budget is already spent");
  });

  it("keeps the verb group in the cue and an apposition in the source", async () => {
    const cs = await claimsOf("Ruth Okoye, a marine biologist at the state university, has repeatedly warned that the reef is dying.");
    const c = cs.find((x) => x.stance === "asserts")!;
    expect(c.cue).toBe("has repeatedly warned");
    expect(c.source.name).toBe("Ruth Okoye");
    expect(c.source.text).toBe("Ruth Okoye, a marine biologist at the state university");
  });

  it("denied / confirmed / claimed carry their stance; negation flips it", async () => {
    const cs = await claimsOf(
      "Councilwoman Dana Reyes denied that she had seen the report. Port director Sam Holt confirmed the sale. Rival bidder Ivan Petrov claimed that the tender was rigged. Holt did not confirm the price.",
    );
    expect(cs.find((c) => c.source.name === "Dana Reyes")!.stance).toBe("denies");
    expect(cs.find((c) => c.cue === "confirmed")!.stance).toBe("confirms");
    expect(cs.find((c) => c.source.name === "Ivan Petrov")!.stance).toBe("hedges");
    const neg = cs.find((c) => c.cue === "did not confirm")!;
    expect(neg).toMatchObject({ negated: true, stance: "disputes" });
    expect(neg.source.name).toBe("Sam Holt");
  });

  it("a participle takes the subject of its clause", async () => {
    const cs = await claimsOf("Mayor Helen Parr defended the plan on Monday, saying the town had no other choice.");
    const c = cs.find((x) => x.cue === "saying")!;
    expect(c.source.name).toBe("Helen Parr");
    expect(c.content).toBe("the town had no other choice");
  });

  it("agentless forms have an unknown source", async () => {
    const cs = await claimsOf("The ferry operator is reportedly close to bankruptcy.");
    const c = cs.find((x) => x.cue === "reportedly")!;
    expect(c.source.kind).toBe("unknown");
    expect(c.stance).toBe("hedges");
  });

  it("does not read a cue word inside a name or after a determiner", async () => {
    const cs = await claimsOf("Officials from the United States visited the port. The claims were rejected by the court in a short ruling.");
    expect(cs.some((c) => c.cue === "States")).toBe(false);
    expect(cs.some((c) => c.cue === "claims")).toBe(false);
  });
});

describe("English pronouns and titles", () => {
  it("he / she resolve to the last person", async () => {
    const cs = await claimsOf("Port director Linda Moss inspected the wall. She said the cracks were new.");
    expect(cs.find((c) => c.source.text === "She")!.source.name).toBe("Linda Moss");
  });

  it("a relative pronoun resolves to the person before it", async () => {
    const cs = await claimsOf("The plan was drawn up by Peter Quill, who said it would last fifty years.");
    const c = cs.find((x) => x.source.text === "who")!;
    expect(c.source.name).toBe("Peter Quill");
  });

  it("Mr. + surname after the cue keeps its abbreviation", async () => {
    const cs = await claimsOf('Anna Weiss runs the yard. "We build three boats a year," said Ms. Weiss.');
    const c = cs.find((x) => x.quote)!;
    expect(c.source.text).toBe("Ms. Weiss");
    expect(c.source.name).toBe("Anna Weiss");
  });
});

describe("English direct quotes", () => {
  it('"...," X said and X said: "..."', async () => {
    const cs = await claimsOf('"The tide is rising faster than anyone planned," engineer Omar Haddad said. Haddad added: "We need the wall by next winter."');
    const first = cs.find((c) => c.content.startsWith("The tide"))!;
    expect(first).toMatchObject({ quote: true, cue: "said", source: { name: "Omar Haddad" } });
    const second = cs.find((c) => c.content.startsWith("We need the wall"))!;
    expect(second).toMatchObject({ quote: true, cue: "added", source: { name: "Omar Haddad" } });
  });

  it('"..." —X: the dash names the speaker', async () => {
    const cs = await claimsOf("Readers wrote in about the barrier.\n\n“It will ruin the view from my window for good.” ―Greta Lindqvist");
    const c = cs.find((x) => x.quote)!;
    expect(c.source.text).toBe("Greta Lindqvist");
    expect(c.cue).toBe("―");
  });

  it("a quote spanning two paragraphs stays one claim", async () => {
    const cs = await claimsOf('Engineer Omar Haddad spoke at length. "The wall is only the first step.\n\n"The pumps come next, and they cost more," Haddad said.');
    const c = cs.find((x) => x.quote)!;
    expect(c.content).toMatch(/^The wall is only the first step\..*cost more,$/);
    expect(c.source.name).toBe("Omar Haddad");
  });

  it("an odd number of quote marks never crashes and keeps the balanced quote", async () => {
    const cs = await claimsOf('Engineer Omar Haddad said "the design is sound. Later he said, "We will start on Monday with the first section," and left.');
    expect(cs.some((c) => c.quote && c.content.startsWith("We will start on Monday"))).toBe(true);
  });

  it("transcript speaker labels", async () => {
    const cs = await claimsOf("Partial transcript as follows:\n\nHOST: Will the barrier be finished on time this year?\n\nPARR: Yes, we are on schedule and on budget.");
    const c = cs.find((x) => x.cue === ":" && x.content.startsWith("Yes"))!;
    expect(c.source.text).toBe("PARR");
  });
});
