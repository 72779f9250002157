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
  it("X said (that) ...: the complementiser opens the content, as in PARC", async () => {
    const cs = await claimsOf("Mayor Helen Parr said that the ferry would run again in spring. Parr said the tolls would stay.");
    expect(cs.map(row)).toContain("Helen Parr | said | says | that the ferry would run again in spring");
    expect(cs.map(row)).toContain("Helen Parr | said | says | the tolls would stay");
  });

  it("according to X, ... and ..., according to X", async () => {
    const cs = await claimsOf("According to engineer Tom Varga, the pier needs new piles. The repairs will cost more, according to the council.");
    expect(cs.some((c) => c.source.name === "Tom Varga" && c.cue === "According to" && c.content.startsWith("the pier needs"))).toBe(true);
    expect(cs.some((c) => c.cue === "according to" && c.content.startsWith("The repairs will cost more"))).toBe(true);
  });

  it("'..., according to X, and ...' and '..., according to X, the Y Z.': the content is the clause before", async () => {
    const cs = await claimsOf('The top earners paid a quarter of all taxes, according to the budget office, and the rest paid less. "We must act," he said, according to the Intelligencer, the Wheeling News-Register.');
    const acc = cs.filter((c) => c.cue === "according to").map((c) => `${c.source.text} | ${c.content}`);
    expect(acc).toEqual(["the budget office | The top earners paid a quarter of all taxes", "the Intelligencer, the Wheeling News-Register | \"We must act,\" he said"]);
    const long = await claimsOf("Some families would pay more under the plan, according to an analysis by Lily Batchelder, a former tax aide now teaching at New York University.");
    expect(long.map((c) => `${c.source.text} | ${c.content}`)).toEqual(["an analysis by Lily Batchelder, a former tax aide now teaching at New York University | Some families would pay more under the plan"]);
    // a connective before the comma opens the sentence: the content follows the source
    const opened = await claimsOf("However, according to the harbour board, Pier Seven will close.");
    expect(opened.map((c) => `${c.source.text} | ${c.content}`)).toEqual(["the harbour board | Pier Seven will close"]);
  });

  it("content ends before ', but' and another attribution; a nested report stays whole", async () => {
    expect((await claimsOf("Critics called the plan a \"disaster,\" but the mayor said it would work.")).map(row)).toEqual([
      'Critics | called | says | the plan a "disaster,"',
      "the mayor | said | says | it would work",
    ]);
    expect((await claimsOf("The senator said that officials said the wall would hold.")).map((c) => c.content)).toContain("that officials said the wall would hold");
  });

  it("X told Y that ...: the hearer is not the content", async () => {
    const cs = await claimsOf("Harbour pilot Maria Lind told local reporters that the channel was silting up.");
    const c = cs.find((x) => x.cue === "told")!;
    expect(c.source.name).toBe("Maria Lind");
    expect(c.content).toBe("that the channel was silting up");
  });

  it("inverted and trailing sources: '..., officials said' and '..., said X'", async () => {
    const cs = await claimsOf("The bridge will close for a month, city officials said. The budget is already spent, said treasurer Paul Ng.");
    expect(cs.some((c) => c.source.text === "city officials" && c.content === "The bridge will close for a month")).toBe(true);
    const ng = cs.find((c) => c.source.name === "Paul Ng")!;
    expect(ng.content).toBe("The budget is already spent");
  });

  it("a clause between commas before an inverted '..., said X' is content, not an apposition", async () => {
    const cs = await claimsOf("Rain falls all year on the island, but the north is drier, said geologist Ana Lind, a fellow of the institute.");
    expect(cs.map(row)).toContain("Ana Lind | said | says | Rain falls all year on the island, but the north is drier");
  });

  it("a connective between commas is neither source nor cue: 'The minister, however, said'", async () => {
    const cs = await claimsOf("The harbour minister, however, said the wall would hold. Recent councils have, in fact, admitted that it leaks.");
    expect(cs.map((c) => c.source.text)).toEqual(["The harbour minister", "Recent councils"]);
    // before an inverted source too: "..., too, said X"
    const inv = await claimsOf("Prices have risen, too, said Ana Lind, an economist. The minister, however, said that the toll stays.");
    expect(inv.map(row)).toEqual(["Ana Lind | said | says | Prices have risen", "The minister | said | says | that the toll stays"]);
  });

  it("a phrase that names no one is no source: 'To confirm ...', 'With notes of ...'; 'called 911' reports nothing", async () => {
    const cs = await claimsOf("To confirm the finding, the team ran the test twice. A neighbour saw the smoke and called 911.");
    expect(cs.find((c) => c.cue === "confirm")?.source.kind ?? "unknown").toBe("unknown");
    expect(cs.some((c) => c.cue === "called")).toBe(false);
  });

  it("a phrase capitalised only at the sentence start is a description, not an organisation", async () => {
    const cs = await claimsOf("The doctors said the clinic was full. Protesters believe the toll is unfair. The Harbour Trust said it would wait.");
    expect(cs.map((c) => `${c.source.text}:${c.source.kind}`)).toEqual(["The doctors:unnamed", "Protesters:unnamed", "The Harbour Trust:organisation"]);
  });

  it("a verb taking the cue's gerund joins the cue: 'avoids condemning', 'stopped short of calling'", async () => {
    const cs = await claimsOf("Mayor Helen Parr avoids condemning the strike. Jon Ruiz stopped short of calling the toll unfair.");
    // avoiding an act negates it
    expect(cs.map(row)).toEqual(["Helen Parr | avoids condemning | says | the strike", "Jon Ruiz | stopped short of calling | disputes | the toll unfair"]);
    expect(cs.map((c) => c.negated)).toEqual([true, true]);
  });

  it("a comparison with what was expected goes on with the content: 'risen faster than expected'", async () => {
    const cs = await claimsOf("The agency warned that sea levels had risen faster than expected in the bay.");
    expect(cs.map(row)).toEqual(["agency | warned | asserts | that sea levels had risen faster than expected in the bay"]);
    // nor does a participle after any preposition ("through recommended links")
    const links = await claimsOf("If you buy a ticket through recommended links, the port may earn a fee.");
    expect(links).toEqual([]);
    // nor do a cue's noun after a modifier and the passive of "admit"
    const nouns = await claimsOf("The flood caused riot cautions in the port. Four pupils were admitted as well as two teachers.");
    expect(nouns).toEqual([]);
    // arithmetic and the writer's asides report nothing
    const none = await claimsOf("Added together, the two plants emit more than the town. It should be noted that the plant is old.");
    expect(none).toEqual([]);
  });

  it("a relative clause between commas stays with a lower-case subject: 'The settlers, who ..., said'", async () => {
    const cs = await claimsOf("The fishermen, who mostly live on the north shore, said the barrier would ruin the catch.");
    expect(cs.map(row)).toEqual(["fishermen, who mostly live on the north shore | said | says | the barrier would ruin the catch"]);
  });

  it("the one a causative makes think or speak is the source: 'The survey made Jon Ruiz believe ...'", async () => {
    const cs = await claimsOf("The survey made Jon Ruiz believe that the pier was safe. The group is made up of engineers, said Ruiz.");
    expect(cs.find((c) => c.cue === "believe")!.source.name).toBe("Jon Ruiz");
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

  it("a participle used as an adjective after a possessor reports nothing: 'Varga's alleged scheme'", async () => {
    const cs = await claimsOf("The court heard of Tom Varga’s alleged scheme and his reported debts. Though he’s promised to pay, the bank waits.");
    expect(cs.map((c) => c.cue)).toEqual(["’s promised"]);
  });

  it("does not read a cue word inside a name or after a determiner", async () => {
    const cs = await claimsOf("Officials from the United States visited the port. The claims were rejected by the court in a short ruling.");
    expect(cs.some((c) => c.cue === "States")).toBe(false);
    expect(cs.some((c) => c.cue === "claims")).toBe(false);
    // a capitalised cue word in a run of capitals names a firm no list knows
    const firm = await claimsOf("Harbour Express via the port office is offering cheap tickets. Express Freight said it would match them.");
    expect(firm.map((c) => c.cue)).toEqual(["said"]);
  });
});

describe("English pronouns and titles", () => {
  it("he / she resolve to the last person", async () => {
    const cs = await claimsOf("Port director Linda Moss inspected the wall. She said the cracks were new.");
    expect(cs.find((c) => c.source.text === "She")!.source.name).toBe("Linda Moss");
  });

  it("a narrative pronoun looks past the names inside a quote", async () => {
    const cs = await claimsOf('Port director Linda Moss toured the yard. "I trust Tom Varga with the repairs," she said. Later he said the wall would hold.');
    expect(cs.find((c) => c.source.text === "he")!.source.name).toBe("Linda Moss");
  });

  it("a description no one's roles fit stays unnamed", async () => {
    const cs = await claimsOf('"The yard has no contract with Tom Varga," one legal expert said. "It never had," the expert added.');
    const c = cs.find((x) => x.source.text === "the expert")!;
    expect(c.source.kind).toBe("unnamed");
  });

  it("someone of a person's is not that person: 'Ruiz's wife said', 'Ruiz's relatives, who asked ...,'", async () => {
    const cs = await claimsOf("Jon Ruiz was arrested. Ruiz's wife said it was wrong. Ruiz's relatives, who asked the police to release the video, watched it on Thursday.");
    expect(cs.map((c) => `${c.source.name} | ${c.cue} | ${c.content}`)).toEqual([
      "Ruiz's wife | said | it was wrong",
      "Ruiz's relatives | asked | the police to release the video",
    ]);
  });

  it("a relative pronoun resolves to the person before it", async () => {
    const cs = await claimsOf("The plan was drawn up by Peter Quill, who said it would last fifty years.");
    const c = cs.find((x) => x.source.text === "who")!;
    expect(c.source.name).toBe("Peter Quill");
  });

  it("... and to no one named further back: 'local officials and customers who accused the utility'", async () => {
    const cs = await claimsOf("The weather should ease, said Mark Quinlan, the utility's director. The outage angered local officials and customers who accused the utility of overkill.");
    const c = cs.find((x) => x.cue === "accused")!;
    expect([c.source.text, c.source.kind]).toEqual(["who", "unnamed"]);
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

  it("'Said Ruiz: \"...\"': the verb opening the sentence, then its speaker and a colon before the quote", async () => {
    const cs = await claimsOf('The toll is complex. Said harbour master Jon Ruiz: "I do not see how the fleet pays it."');
    expect(cs.map(row)).toEqual(["Jon Ruiz | Said | says | I do not see how the fleet pays it."]);
  });

  it("a paragraph set off below 'The governor added:' without quote marks is what was said", async () => {
    const cs = await claimsOf("The governor added:\n\nIt is typical of the council. They know nothing about the sea.\n\nOthers disagreed.");
    expect(cs.map(row)).toEqual(["The governor | added | says | It is typical of the council. They know nothing about the sea."]);
  });

  it("a quote set off below 'He said:' takes its source and cue from that line", async () => {
    const cs = await claimsOf('Mayor Ellen Price spoke after the vote. She said:\n\n"We have waited ten years for this wall and we will not wait any longer."');
    const c = cs.find((x) => x.quote)!;
    expect([c.source.name, c.cue]).toEqual(["Ellen Price", "said"]);
  });

  it("a quote going on after more than its attribution keeps that attribution's cue and source words", async () => {
    const cs = await claimsOf('"Here comes the wall," Mayor Ellen Price said, clapping. "The wall. Our wall at last, after ten long years."');
    const [a, b] = cs.filter((x) => x.quote);
    expect([b!.source.name, b!.cue, b!.source.text]).toEqual(["Ellen Price", a!.cue, a!.source.text]);
  });

  it("a subordinate clause's content ends with the clause; a coordinated clause with its own cue ends the content", async () => {
    const cs = await claimsOf("While a federal judge found that the plan was unlawful, the council went ahead, and the state court declined to step in.");
    expect(cs.map((c) => [c.cue, c.content])).toEqual([
      ["found", "that the plan was unlawful"],
      ["declined", "to step in"],
    ]);
    const ds = await claimsOf("Mayor Ellen Price has said about twenty firms want the contract, but she refuses to name them.");
    expect(ds.find((c) => c.cue.includes("said"))!.content).toBe("about twenty firms want the contract");
  });

  it("a hearer may be a quoted title; a participle after the quote's clause has its own 'that'", async () => {
    const cs = await claimsOf('Mayor Ellen Price told the radio show "Harbour Hour" that the wall would be finished by spring.');
    expect(cs.map((c) => c.content)).toEqual(["that the wall would be finished by spring"]);
    const ds = await claimsOf('"It is the right wall," Mayor Ellen Price said, going on to say that the council had waited too long.');
    expect(ds.map((c) => [c.cue, c.content])).toEqual([
      ["said", "It is the right wall,"],
      ["going on to say", "that the council had waited too long"],
    ]);
  });

  it("a cue participle used as an adjective after a preposition reports nothing: 'from publicly disclosed information'", async () => {
    const cs = await claimsOf("Mayor Ellen Price said it is clear from publicly disclosed information that the wall will cost more.");
    expect(cs.map((c) => c.cue)).toEqual(["said"]);
  });

  it("a hope or an expectation with an infinitive is a claim without 'that'", async () => {
    const cs = await claimsOf("Ultimately, Mayor Ellen Price hopes to offset all of the costs with a toll.");
    expect(cs.map(row)).toEqual(["Ellen Price | hopes | says | to offset all of the costs with a toll"]);
  });

  it("a participle after a clitic auxiliary is a finite verb with its own subject: 'He’s claiming that ...'", async () => {
    const cs = await claimsOf("Mayor Ellen Price spoke on the quay. She’s claiming that the wall is already paid for.");
    expect(cs.map(row)).toEqual(["Ellen Price | ’s claiming | hedges | that the wall is already paid for"]);
  });

  it("an expectation may name who is to act before its infinitive: 'voters expect Price to win'", async () => {
    const cs = await claimsOf("A majority of voters expect Ellen Price to win the harbour vote.");
    expect(cs.map((c) => [c.cue, c.content])).toEqual([["expect", "Ellen Price to win the harbour vote"]]);
  });

  it("an infinitive after a question word is a topic: 'told them what to say'", async () => {
    const cs = await claimsOf("The council has never told its staff what to say about the wall.");
    expect(cs.map((c) => c.cue)).not.toContain("say");
  });

  it("an aside between commas before 'that', 'continued to call for', and 'concluded:' before a quote", async () => {
    const a = await claimsOf("Mayor Ellen Price continues to insist, most recently in an interview with the Harbour Herald, that the wall is paid for.");
    expect(a.map((c) => [c.cue, c.content])).toEqual([["continues to insist", "that the wall is paid for"]]);
    const b = await claimsOf("Small groups of fishermen continued to call for more information about the wall.");
    expect(b.map((c) => c.cue)).toEqual(["continued to call for"]);
    const c = await claimsOf('Mayor Ellen Price concluded: "The wall is the best thing this town has done in fifty years."');
    expect(c.map((x) => [x.source.name, x.cue])).toEqual([["Ellen Price", "concluded"]]);
  });

  it("a quote inside the clause of an inverted report is part of its content", async () => {
    const cs = await claimsOf('Mayor Ellen Price spoke first. A fisher who "takes a few crabs too many" is fined at once, Price said.');
    expect(cs.map((c) => [c.cue, c.content])).toEqual([["said", 'A fisher who "takes a few crabs too many" is fined at once']]);
  });

  it("keeps each content bounded in one endless sentence of reports (hostile input stays linear)", async () => {
    const units = [(i: number) => `a fisher who "takes crabs ${i}" is fined, Warren said`, (i: number) => `according to Mayor Price ${i}, the wall rose`, (i: number) => `Price spoke, saying that the wall ${i} is fine`];
    const body = Array.from({ length: 4500 }, (_, i) => units[i % 3]!(i)).join(", ") + ".";
    const cs = await claimsOf(body);
    expect(cs.length).toBeGreaterThan(2000);
    expect(Math.max(...cs.map((c) => c.content.length))).toBeLessThan(2000);
  });

  it("reads one endless sentence of short and nested quotes (hostile input stays linear)", async () => {
    // every quote reads its sentence: read once and searched, not scanned per quote (was quadratic)
    const units = [(i: number) => `"x “y${i}” z"`, (i: number) => `“a ${i} "b" c”`, (i: number) => `'' d ${i} ''`];
    // (a quote with no cue continues the mayor's reported words: quotes with no attribution before them are no claims)
    const body = "Mayor Ellen Price said the town was ready. " + Array.from({ length: 15000 }, (_, i) => units[i % 3]!(i)).join(" ");
    const cs = await claimsOf(body);
    // the outer quotes go on the mayor's words, their nested quotes inside them
    expect(cs.length).toBeGreaterThan(3000);
    expect(cs.every((c) => c.source.name === "Ellen Price" && c.content.length < 40)).toBe(true);
  });

  it("a participle opening the sentence reports for the subject after its comma", async () => {
    const cs = await claimsOf("Citing an old survey, Mayor Ellen Price repeated her warning about the tides.");
    expect(cs.map(row)).toContain("Ellen Price | Citing | says | an old survey");
  });

  it("a quote with no reporting clause is not given to a person named long before", async () => {
    const cs = await claimsOf('Mayor Ellen Price opened the meeting. The council then read the budget. Members asked about the pumps. The clerk took notes.\n\n"We will never pay for this twice, not in this town, not ever."');
    expect(cs.filter((c) => c.quote)).toEqual([]);
  });

  it("a quote left open at a line's end goes on in the next line's quote, one line break between paragraphs", async () => {
    const body = "Mayor Ellen Price spoke first. “We waited ten years for this wall.\n“We will not wait any longer,” she said.\nThe council agreed.\n“Look at how the tide has risen,” Price said in August. “To those who doubt it I say: come and see.”";
    const cs = await claimsOf(body);
    const quotes = cs.filter((c) => c.quote).map((c) => c.content);
    expect(quotes).toContain("Look at how the tide has risen,");
    expect(quotes).toContain("To those who doubt it I say: come and see.");
    // a quote of its own kind inside a quote on one line stays nested (Indonesian news writes “ ... “ x ” ... ”)
    const id = await analyseText("Tanggul\n\n“ Di pasar ada “ jeger-jeger ” -nya. Kami harapkan disiplin, ” ucap Budi Santoso.\n", { lang: "id" });
    expect(id.claims.find((c) => c.quote)!.content).toMatch(/^Di pasar ada “ jeger-jeger ” -nya\. Kami harapkan disiplin/);
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

  it("a page's labels are no speakers: 'PUBLISHED: 10:48, Tue', 'SEE MORE: ...', 'PORT25: ...'", async () => {
    const cs = await claimsOf("PUBLISHED: 10:48, Tue, Nov 19, 2019\n\nSEE MORE: Harbour wall to be rebuilt next spring\n\nPORT25: Stories of the people who keep the harbour open\n\nPARR: We are on schedule and on budget.");
    expect(cs.map((c) => c.source.text)).toEqual(["PARR"]);
  });
});

describe("English attribution conventions (PARC/PolNeAR style)", () => {
  it("double apostrophes and backticks work as quote marks", async () => {
    const cs = await claimsOf("''The harbour needs dredging every spring,'' said pilot Maria Lind. ``We lose a week each time,'' Lind said.");
    expect(cs.find((c) => c.content.startsWith("The harbour needs"))).toMatchObject({ quote: true, source: { name: "Maria Lind" }, cue: "said" });
    expect(cs.find((c) => c.content.startsWith("We lose a week"))).toMatchObject({ quote: true, cue: "said" });
  });

  it("three apostrophes close a quote inside a double-apostrophe quote and the quote itself", async () => {
    const cs = await claimsOf("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''I would use the word 'old-school,''' said Gregory W. Slayton, a former adviser.");
    expect(cs.find((c) => c.content.startsWith("We are told"))).toMatchObject({ quote: true, source: { name: "Putin" }, cue: "said", content: "We are told all the time, 'Kosovo is a special case,'" });
    expect(cs.find((c) => c.content.startsWith("I would use"))).toMatchObject({ quote: true, source: { name: "Gregory W. Slayton" }, cue: "said" });
    // (an opening: the double mark first, then the single)
    expect((await claimsOf("Mr. Putin said: '''Tis the season to be jolly,' they say, and so it is.''"))[0]).toMatchObject({ source: { name: "Putin" }, quote: true });
  });

  it("an elided year is no quote mark ('in ‘08'), and a closing mark may miss its space ('paranoia,”Clinton said')", async () => {
    const cs = await claimsOf("Rep. Hank Johnson said in ‘08 that white voters threw assumptions into doubt. “I do sense that people are aware of it. It makes their eyes open wider,” he said. “It does away with the ‘blame game’ and the rest.”");
    expect(cs.find((c) => c.content.startsWith("I do sense"))).toMatchObject({ quote: true, cue: "said" });
    const cl = await claimsOf("The host asked her about it. “I think it has been most surprising to see the prejudice and paranoia,”Clinton said. “Some of the comments do not fit.”");
    expect(cl.find((c) => c.content.startsWith("I think it has been"))).toMatchObject({ quote: true, source: { name: "Clinton" }, cue: "said" });
  });

  it("a hearer with no 'that' after it ends where a subject pronoun opens what was told", async () => {
    expect((await claimsOf("Stenehjem told POLITICO he planned to stay neutral."))[0]).toMatchObject({ cue: "told", source: { text: "Stenehjem" }, content: "he planned to stay neutral" });
    expect((await claimsOf("The senator told reporters at the Capitol they should wait."))[0]).toMatchObject({ cue: "told", content: "they should wait" });
  });

  it("a subject pronoun coordinated with a name or a noun phrase is one source: '..., he and Mr. Allen said'", async () => {
    expect((await claimsOf("It is about convincing advertisers, he and Mr. Allen said."))[0]).toMatchObject({ cue: "said", source: { text: "he and Mr. Allen" }, content: "It is about convincing advertisers" });
    expect((await claimsOf("The campaign pushed back on it, she and another reporter said."))[0]).toMatchObject({ source: { text: "she and another reporter" } });
  });

  it("'When asked whether ...': a participle after a subordinator opening the sentence asks with no source", async () => {
    const cs = await claimsOf("When asked whether the city should have a vote in the House, he said: \"I think that's something that would be okay.\"");
    expect(cs.find((c) => c.cue === "asked")).toMatchObject({ source: { text: "" }, content: "whether the city should have a vote in the House" });
    expect(cs.find((c) => c.cue === "said")).toMatchObject({ source: { text: "he" }, quote: true });
    // (not a subject's own verb: "When he asked about it, she said no")
    expect((await claimsOf("When he asked about it, she said no.")).find((c) => c.cue.startsWith("asked"))?.source.text).toBe("he");
  });

  it("a person's name right before a colon labels the quote after it, the colon its cue", async () => {
    const cs = await claimsOf("POLLS MISSED IT - Mark Blumenthal and Jon Cohen: “Although the polls failed to predict the outcome, they were close.”");
    expect(cs[0]).toMatchObject({ cue: ":", source: { text: "Mark Blumenthal and Jon Cohen" }, quote: true });
  });

  it("a quote-only cue speaks the quote that closed the sentence before ('“...?” Scarborough continued.'), and the quote's punctuation may stand inside a quote it closes", async () => {
    expect((await claimsOf("“Is he really so ignorant of Southern history?” Scarborough continued."))[0]).toMatchObject({ cue: "continued", source: { text: "Scarborough" }, quote: true });
    expect((await claimsOf("“He’s like, ‘No, I like to write new ones,’” Keidis continued. “He is right.”"))[0]).toMatchObject({ cue: "continued", source: { text: "Keidis" }, content: "He’s like, ‘No, I like to write new ones,’" });
    expect(await claimsOf("Scarborough continued. He left.")).toEqual([]);
  });

  it("a verb of any manner before a person's name speaks the quote before it: '“This is fantastic!” beamed Donald Hartley'", async () => {
    expect((await claimsOf("“This is fantastic!” beamed Donald Hartley of Madison, Alabama."))[0]).toMatchObject({ cue: "beamed", source: { name: "Donald Hartley" }, quote: true });
  });

  it("a pronoun and a verb of any manner speak the quote before them: '“This is a big win for me,” I confessed'", async () => {
    expect((await claimsOf("“This is a big political win for me,” I confessed."))[0]).toMatchObject({ cue: "confessed", source: { text: "I" }, quote: true });
  });

  it("set phrases report nothing: 'so called', 'suffice it to say', 'called to mind'", async () => {
    expect(await claimsOf("Suffice it to say, the reversals were many. The scene called to mind the old days. Even the so called experts were wrong.")).toEqual([]);
  });

  it("a work's title in quotes after 'according to' is the source whole", async () => {
    expect((await claimsOf("One Sunday in late 2001, according to \"Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard,\" she left the company."))[0]).toMatchObject({ cue: "according to", source: { text: "Perfect Enough: Carly Fiorina and the Reinvention of Hewlett-Packard" }, content: "she left the company" });
  });

  it("a gerund after a preposition names an act, not a report ('for announcing the steps')", async () => {
    const cs = await claimsOf("Critics accused Obama of political exploitation for announcing the steps in the last year of his presidency.");
    expect(cs.some((c) => c.cue === "announcing")).toBe(false);
  });

  it("a subordinate clause between commas after the source is an adjunct, not part of it: 'Clinton, while campaigning in Ohio, said'", async () => {
    expect((await claimsOf("Clinton, while campaigning in Ohio, said she would win."))[0]).toMatchObject({ cue: "said", source: { text: "Clinton" } });
    expect((await claimsOf("The mayor, when asked about the plan, said it was fine.")).find((c) => c.cue === "said")).toMatchObject({ source: { text: "The mayor" } });
    // (a finite verb inside it too)
    expect((await claimsOf("The mayor, when asked whether the plan would work, said it was fine.")).find((c) => c.cue === "said")).toMatchObject({ source: { text: "The mayor" } });
  });

  it("evidence shows and finds without 'that'; a person finding keys is no claim", async () => {
    const cs = await claimsOf("Recent polls show the mayor far ahead of her rival. A 2019 survey of boat owners found few insured vessels. The caretaker found the keys under a mat.");
    expect(cs.find((c) => c.cue === "show")).toMatchObject({ source: { text: "Recent polls" }, content: "the mayor far ahead of her rival" });
    expect(cs.find((c) => c.cue === "found" && c.source.text.startsWith("A 2019 survey"))!.content).toBe("few insured vessels");
    expect(cs.some((c) => c.source.text.includes("caretaker"))).toBe(false);
  });

  it("intentions and refusals take an infinitive as content, and only then", async () => {
    const cs = await claimsOf("Mayor Helen Parr wants to rebuild the pier. The operator declined to comment. Parr wants a new pier.");
    expect(cs.find((c) => c.cue === "wants")).toMatchObject({ source: { name: "Helen Parr" }, content: "to rebuild the pier" });
    expect(cs.find((c) => c.cue === "declined")!.content).toBe("to comment");
    expect(cs.some((c) => c.content === "a new pier")).toBe(false);
  });

  it("a quote interrupted by its reporting clause, and one going on after it, is one statement", async () => {
    const cs = await claimsOf('"The wall will hold," engineer Omar Haddad said. "We tested it twice."');
    const quotes = cs.filter((c) => c.quote);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ source: { name: "Omar Haddad" }, cue: "said", content: "The wall will hold, We tested it twice." });
  });

  it("a reporting clause after a quote that ended its own sentence, and 'X continued, \"...\"'", async () => {
    const cs = await claimsOf('Engineer Omar Haddad took questions. "How many storms must we see before we act?" Haddad asked. Then he continued, "Every winter is worse than the last."');
    expect(cs.find((c) => c.content.startsWith("How many storms"))).toMatchObject({ cue: "asked", source: { name: "Omar Haddad" } });
    expect(cs.find((c) => c.content.startsWith("Every winter"))).toMatchObject({ cue: "continued", quote: true });
  });

  it("a dash glued to the closing mark still names the speaker", async () => {
    const cs = await claimsOf("Readers wrote in.\n\n“The barrier will ruin the view from my window.”― Greta Lindqvist\n“It is money well spent for all of us.”― Tomas Berg");
    expect(cs.filter((c) => c.cue === "―").map((c) => c.source.text)).toEqual(["Greta Lindqvist", "Tomas Berg"]);
  });

  it("a time phrase between source and cue is in neither", async () => {
    const cs = await claimsOf("Mayor Helen Parr on Tuesday said the ferry would run. Harbour Bank this month announced it would lend the money.");
    expect(cs.find((c) => c.cue === "said")!.source.text).toBe("Mayor Helen Parr");
    expect(cs.find((c) => c.cue === "announced")!.source.text).toBe("Harbour Bank");
  });

  it("coordinated subjects are one source; a clause before 'and' is not", async () => {
    const cs = await claimsOf("Local and state officials said the road would reopen. The tide rose and residents said the pumps failed.");
    expect(cs.find((c) => c.content.startsWith("the road"))!.source.text).toBe("Local and state officials");
    expect(cs.find((c) => c.content.startsWith("the pumps"))!.source.text).toBe("residents");
    // a lower-case modifier of a conjunct that ends in a role or a name
    const mod = await claimsOf("The former harbour engineer and city planner said the road would reopen.");
    expect(mod[0]!.source.text).toBe("The former harbour engineer and city planner");
  });

  it("an adjunct after an inverted source stays out of it; an apposition stays in", async () => {
    const cs = await claimsOf('"We will rebuild," said Mayor Helen Parr, speaking at the harbour. "It is a fair price," said Tom Varga, an engineer at the port, in a statement.');
    expect(cs.find((c) => c.content.startsWith("We will rebuild"))!.source.text).toBe("Mayor Helen Parr");
    expect(cs.find((c) => c.content.startsWith("It is a fair price"))!.source.text).toBe("Tom Varga, an engineer at the port");
  });

  it("a headline naming its source before a colon", async () => {
    const a = await analyseText("Survey: Most residents back the flood barrier\n\nThe council met on Tuesday.\n", { lang: "en" });
    expect(a.claims.find((c) => c.cue === ":")).toMatchObject({ source: { text: "Survey" }, content: "Most residents back the flood barrier" });
    const b = await analyseText("Update: the storm moves east toward town\n\nThe council met on Tuesday.\n", { lang: "en" });
    expect(b.claims.some((c) => c.cue === ":")).toBe(false);
  });
});

describe("English cue, noun and source edges", () => {
  it("a medium or a manner adverb closing the clause belongs to the cue; a time does not", async () => {
    const cs = await claimsOf(
      '"The pier is safe," harbour master Jon Ruiz said in a phone interview. "The tide will turn," Ruiz said Friday. "Fine weather," Ruiz added sarcastically.',
    );
    expect(cs.map((c) => c.cue)).toEqual(expect.arrayContaining(["said in a phone interview", "said", "added sarcastically"]));
  });

  it("before its content the cue stays the verb: 'said Friday that ...'", async () => {
    const cs = await claimsOf("Harbour master Jon Ruiz said Friday that the pier was safe.");
    expect(cs.find((c) => c.source.name === "Jon Ruiz")!.cue).toBe("said");
  });

  it("the verb's own preposition is part of the cue", async () => {
    const cs = await claimsOf("Harbour master Jon Ruiz complained about the noise from the shipyard.");
    const c = cs.find((x) => x.source.name === "Jon Ruiz")!;
    expect(c.cue).toBe("complained about");
    expect(c.content).toBe("the noise from the shipyard");
  });

  it("a cue word read as a noun is no cue: possessives, modifiers, prepositions", async () => {
    const cs = await claimsOf(
      "Nobody read the port's claims on safety. Residents mocked his harbour comment at the fair. The office did not answer requests for comment. Dubious safety claims on the radio kept coming.",
    );
    expect(cs.filter((c) => /claims|comment/.test(c.cue))).toEqual([]);
  });

  it("a cue word after a superlative is the noun, even before 'that': 'the greatest fear that ...'", async () => {
    const cs = await claimsOf("The greatest fear that residents have is another flood, officials said. The workers fear that the yard will close.");
    expect(cs.map((c) => `${c.source.text} | ${c.cue}`)).toEqual(["officials | said", "The workers | fear"]);
  });

  it("a comma and 'but' right after the verb open the next clause, which is no content: 'than X suggests, but ...'", async () => {
    const cs = await claimsOf('It is more complicated than Price suggests, but he appears to be close. The toll is lower than what Price said, but his number is fair. "We are ready," Price said, but the council disagreed.');
    expect(cs.map((c) => `${c.source.text} | ${c.cue} | ${c.content}`)).toEqual(["Price | said | We are ready,"]);
  });

  it("an expletive 'there' names no source: 'there are estimates for ...'", async () => {
    const cs = await claimsOf("While there are estimates for the amount coming through undetected, they are speculative.");
    expect(cs.filter((c) => c.source.text === "there")).toEqual([]);
  });

  it("a noun cue with its content stays a cue: 'the council reports that ...'", async () => {
    const cs = await claimsOf("The council reports that the ferry lost money again.");
    expect(cs.some((c) => c.cue === "reports" && c.content === "that the ferry lost money again")).toBe(true);
  });

  it("'called' naming something is no cue; calling something something is", async () => {
    const cs = await claimsOf("The boats moored in a quiet stream called Silver Run for years. Mayor Helen Parr called the plan a disaster.");
    expect(cs.filter((c) => c.cue === "called").map((c) => c.source.name)).toEqual(["Helen Parr"]);
  });

  it("nor is a name set off by commas ('The program, called EB-5, allows'), nor calling a meeting", async () => {
    const cs = await claimsOf("The program, called EB-5, allows foreign investors to gain citizenship. The U.N. called an emergency meeting to discuss the test. The governor called a snap election. A leader of a Pakistan-based group called Lashkar-e-Taiba was listed.");
    expect(cs).toEqual([]);
  });

  it("a cue noun before a participle is that participle's noun: 'parliamentary reports urging new rules'", async () => {
    const cs = await claimsOf("Despite parliamentary reports urging new regulations, officials made no changes.");
    expect(cs.filter((c) => c.cue === "reports")).toEqual([]);
  });

  it("an '-s' form after 'to' is a noun: 'pointed to reports that ...'", async () => {
    const cs = await claimsOf("The mayor pointed to reports that the pier was unsafe.");
    expect(cs.filter((c) => c.cue === "reports")).toEqual([]);
  });

  it("a source after its cue keeps a phrase closing the clause, not a long aside", async () => {
    const cs = await claimsOf('"We will rebuild the quay," said one source on the council. "The plan is sound," said Tom Varga (a view few in the harbour town share).');
    expect(cs.map((c) => c.source.text)).toEqual(expect.arrayContaining(["one source on the council", "Tom Varga"]));
  });

  it("a role noun before a preposition heads the source: 'A spokeswoman for X said'", async () => {
    const cs = await claimsOf("A spokeswoman for Mayor Helen Parr said the ferry would run again.");
    expect(cs[0]!.source.text).toBe("A spokeswoman for Mayor Helen Parr");
  });

  it("a description opening the sentence before a name between commas is part of the source", async () => {
    const cs = await claimsOf("A lawyer for the ferry company, Tom Varga, said the fares would rise.");
    expect(cs[0]!.source.text).toBe("A lawyer for the ferry company, Tom Varga");
    expect(cs[0]!.source.name).toBe("Tom Varga");
  });
});

describe("English sources: passives, appositions, adjuncts", () => {
  it("the passive: '... was first reported by X' has X for its source and the subject for its content", async () => {
    const cs = await claimsOf("The leak at the dock was first reported by the Harbour Gazette.");
    const c = cs.find((x) => x.cue === "was first reported by")!;
    expect(c.source.text).toBe("the Harbour Gazette");
    expect(c.content).toBe("The leak at the dock");
  });

  it("an inverted verb stands bare: '..., however, have declared X' keeps its subject; a linking verb joins the cue", async () => {
    const cs = await claimsOf("Israeli courts, however, have declared most major settlements legal. The company shelved its plans after investors grew wary of its losses.");
    expect(cs.map((c) => `${c.source.text} | ${c.cue} | ${c.content}`)).toEqual(["Israeli courts | have declared | most major settlements legal", "investors | grew wary of | its losses"]);
  });

  it("a passive in a relative clause has the relative's noun phrase for content: 'a diagnosis that was confirmed by X'", async () => {
    const cs = await claimsOf("Dempsey came up with a preliminary diagnosis that was later confirmed by lab testing. The plan, which was endorsed by the council, will go ahead.");
    expect(cs.map((c) => `${c.source.text} | ${c.content}`)).toEqual(["lab testing | a preliminary diagnosis", "the council | The plan"]);
  });

  it("a dateline opening the sentence is no part of the content: 'VIENNA — ...', 'WASHINGTON (AP) -- ...'", async () => {
    const cs = await claimsOf("VIENNA — The house will be turned into a police station, the interior minister said. WASHINGTON (AP) -- The bill will pass, Senator Jane Roe said.");
    expect(cs.map((c) => c.content)).toEqual(["The house will be turned into a police station", "The bill will pass"]);
  });

  it("a dateline with a date is no part of the content before 'according to': 'JAKARTA, June 2, 2025 — ...'", async () => {
    const cs = await claimsOf("JAKARTA, June 2, 2025 — The plant will not open before 2026, according to the regional government.");
    expect(cs.map((c) => c.content)).toEqual(["The plant will not open before 2026"]);
  });

  it("a date right after the verb is when, not what: 'said Monday the victim was ...' (not 'said a second device')", async () => {
    const cs = await claimsOf("The health department said Monday the victim was one of two people who caught the virus. Police said a second device was found in the park.");
    expect(cs.map((c) => c.content)).toEqual(["the victim was one of two people who caught the virus", "a second device was found in the park"]);
  });

  it("a time phrase opening the source tells when, not who: 'On Monday Mayor Helen Parr said', 'Last week the mayor announced'", async () => {
    const cs = await claimsOf("On Monday Mayor Helen Parr said the pier would close. Last week the mayor announced a new toll.");
    expect(cs.map((c) => `${c.source.text} | ${c.cue}`)).toEqual(["Mayor Helen Parr | said", "the mayor | announced"]);
  });

  it("an attitude's 'by' names its cause, not a speaker: 'Residents were alarmed by the new tolls'", async () => {
    const cs = await claimsOf("Citizens should be outraged by the policy inaction. Residents were alarmed by the new tolls. The plan was criticised by the mayor.");
    expect(cs.map((c) => `${c.source.text} | ${c.cue} | ${c.content}`)).toEqual(["the mayor | was criticised by | The plan"]);
  });

  it("'X was quoted by Y as saying ...' and 'X is quoted as saying ...': X speaks", async () => {
    const cs = await claimsOf("Ferry captain Olga Brandt was quoted by the Coast Courier as saying that the crossing was unsafe. Her deputy is quoted as saying the engines were old.");
    const a = cs.find((x) => x.cue === "was quoted by the Coast Courier as saying")!;
    expect(a.source.name).toBe("Olga Brandt");
    expect(a.content).toBe("that the crossing was unsafe");
    const b = cs.find((x) => x.cue === "is quoted as saying")!;
    expect(b.source.text).toBe("Her deputy");
    expect(b.content).toBe("the engines were old");
  });

  it("'X, a description, said ...' is no inverted '..., said X': what follows the verb is content", async () => {
    const cs = await claimsOf("The harbour master, Piet Alders, said he cannot comment on the tender because he has not seen it. Union head Rosa Klein, a former welder, said Tuesday.");
    const c = cs.find((x) => x.source.name === "Piet Alders")!;
    expect(c.source.text).toBe("The harbour master, Piet Alders");
    expect(c.content).toBe("he cannot comment on the tender because he has not seen it");
    expect(cs.some((x) => x.source.text === "Tuesday")).toBe(false);
  });

  it("an adjunct between commas stays out of the source; a description of origin stays in", async () => {
    const cs = await claimsOf("Mayor Helen Parr, speaking to fishermen on the quay, said the levy would go. Tom Varga, of Eastport, said the nets were torn.");
    expect(cs.find((x) => x.source.name === "Helen Parr")!.source.text).toBe("Mayor Helen Parr");
    expect(cs.find((x) => x.source.name === "Tom Varga")!.source.text).toBe("Tom Varga, of Eastport");
  });

  it("an apposition run reaches back to the name it describes", async () => {
    const cs = await claimsOf("Rosa Klein, head of the dockers' union, which represents 900 workers, said the strike would go on.");
    expect(cs.find((x) => x.cue === "said")!.source.text).toBe("Rosa Klein, head of the dockers' union, which represents 900 workers");
  });

  it("a possessive apostrophe after a plural is no quote mark", async () => {
    const cs = await claimsOf("Pia Moreau, who runs the fishermen's and sailors' fund, said the boats were idle.");
    expect(cs.find((x) => x.cue === "said")!.source.text).toBe("Pia Moreau, who runs the fishermen's and sailors' fund");
  });

  it("a time phrase after a participle belongs to the source: 'a survey released Monday found'", async () => {
    const cs = await claimsOf("A harbour survey released Monday found that traffic had doubled.");
    expect(cs.find((x) => x.cue === "found")!.source.text).toBe("A harbour survey released Monday");
  });

  it("evidence with a participle needs no 'that': 'research conducted by X found ...'", async () => {
    const cs = await claimsOf("Research conducted by the port authority found most cranes idle.");
    expect(cs.find((x) => x.cue === "found")!.source.text).toBe("Research conducted by the port authority");
  });

  it("coordinated subjects with a preposition inside: 'Experts on X and Y said'", async () => {
    const cs = await claimsOf("Experts on the Baltic Sea and Arctic shipping said the rules were unclear.");
    expect(cs.find((x) => x.cue === "said")!.source.text).toBe("Experts on the Baltic Sea and Arctic shipping");
  });

  it("a leading description opened by a determiner: 'Another critic, X, said'", async () => {
    const cs = await claimsOf("Another critic, Laszlo Varady, likened the plan to a lottery.");
    const c = cs.find((x) => x.cue === "likened")!;
    expect(c.source.text).toBe("Another critic, Laszlo Varady");
    expect(c.content).toBe("the plan to a lottery");
  });

  it("a reporting verb inside the source phrase ends it: 'He said X hopes ...'", async () => {
    const cs = await claimsOf("Olga Brandt spoke first. She said Mayor Helen Parr hopes that the ferry returns.");
    expect(cs.find((x) => x.cue === "hopes")!.source.text).toBe("Mayor Helen Parr");
  });

  it("a raising verb joins the cue: 'appeared to suggest'", async () => {
    const cs = await claimsOf("The council appeared to suggest that the levy was final.");
    const c = cs.find((x) => x.cue === "appeared to suggest")!;
    expect(c.source.text).toBe("The council");
  });

  it("a coordinated cue shares the clause's subject: 'X urged ... and said ...'", async () => {
    const cs = await claimsOf("Mayor Helen Parr urged patience on the quay and said the ferry would return.");
    const c = cs.find((x) => x.cue === "said")!;
    expect(c.source.text).toBe("Mayor Helen Parr");
    expect(c.content).toBe("the ferry would return");
  });

  it("a clitic on a pronoun belongs to the cue: \"he's claimed\"", async () => {
    const cs = await claimsOf("Tom Varga runs the yard. He’s claimed that the cranes are safe.");
    const c = cs.find((x) => x.stance === "hedges")!;
    expect(c.source.text).toBe("He");
    expect(c.cue).toBe("’s claimed");
  });

  it("an adverb opening the source stays out: 'Then someone asked ...'", async () => {
    const cs = await claimsOf("Then someone asked whether the ferry would return.");
    expect(cs.find((x) => x.cue === "asked")!.source.text).toBe("someone");
  });

  it("a quote interrupted by its reporting clause in one sentence is one claim", async () => {
    const cs = await claimsOf("\"We are not giving up,\" Olga Brandt said, \"and the crossing will reopen.\"");
    const quotes = cs.filter((x) => x.quote);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.content).toBe("We are not giving up, and the crossing will reopen.");
    expect(quotes[0]!.cue).toBe("said");
  });

  it("'\"...,\" X said on Twitter': the preposition heads an adjunct, the quote is the content", async () => {
    const cs = await claimsOf("\"The tender was rigged from the start,\" Ivan Petrov said on Twitter.");
    const c = cs.find((x) => x.source.name === "Ivan Petrov")!;
    expect(c.cue).toBe("said");
    expect(c.quote).toBe(true);
    expect(c.content).toBe("The tender was rigged from the start,");
  });

  it("a verb of thinking inside reported content is part of it: 'said she thinks ...'", async () => {
    const cs = await claimsOf("Dana Reyes said she thinks the pier is safe.");
    expect(cs.map((c) => c.cue)).toEqual(["said"]);
  });

  it("a verb of thinking takes a clause without 'that' when a finite verb follows", async () => {
    const cs = await claimsOf("Dana Reyes believes the pier will hold.");
    expect(cs.find((x) => x.cue === "believes")!.content).toBe("the pier will hold");
  });

  it("'\"...,\" X said at a briefing Monday': a phrase after the verb is an adjunct; the quote is the content", async () => {
    const cs = await claimsOf("\"The pier will be rebuilt by summer,\" Sam Holt said at a briefing on Monday.");
    const c = cs.find((x) => x.source.name === "Sam Holt")!;
    expect(c.quote).toBe(true);
    expect(c.content).toBe("The pier will be rebuilt by summer,");
    expect(cs).toHaveLength(1);
  });

  it("more participles hang on their clause: promising, emphasizing, questioning, defending", async () => {
    const cs = await claimsOf("Mayor Helen Parr visited the quay, promising that the levy would go.");
    const c = cs.find((x) => x.cue === "promising")!;
    expect(c.source.name).toBe("Helen Parr");
    expect(c.stance).toBe("asserts");
  });

  it("a participle's source is its clause's subject, past an opening adjunct", async () => {
    const cs = await claimsOf("In 2019, the Harbour Board and the Ferry Union filed a joint appeal, arguing the levy was unlawful.");
    const c = cs.find((x) => x.cue === "arguing")!;
    expect(c.source.text).toBe("the Harbour Board and the Ferry Union");
    expect(c.content).toBe("the levy was unlawful");
  });

  it("a headline without a colon is read as a clause of its own", async () => {
    const a = await analyseText("Mayor Parr says the ferry will run again\n\nThe town met on Friday.\n", { lang: "en" });
    const c = a.claims.find((x) => x.cue === "says")!;
    expect(c.source.text).toBe("Mayor Parr");
    expect(c.content).toBe("the ferry will run again");
  });

  it("'..., as X have said': the clause before the comment clause is the content", async () => {
    const cs = await claimsOf("The pier was never inspected, as harbour engineers have said.");
    const c = cs.find((x) => x.cue === "have said")!;
    expect(c.source.text).toBe("harbour engineers");
    expect(c.content).toBe("The pier was never inspected");
  });

  it("evidence that 'has shown' closes the sentence; a cue noun before a verb is its subject", async () => {
    const cs = await claimsOf("Tolls rose faster than wages, several surveys have shown. Ferry use fell by half, a review of ticket sales reports shows.");
    expect(cs.find((x) => x.cue === "have shown")!.source.text).toBe("several surveys");
    const c = cs.find((x) => x.cue === "shows")!;
    expect(c.source.text).toBe("a review of ticket sales reports");
    expect(cs.some((x) => x.cue === "reports")).toBe(false);
  });

  it("plans and worries take their content; an intention inside reported content is no claim", async () => {
    const cs = await claimsOf("The company plans to add a night crossing. Fishermen worry that the new quay will block the channel. Dana Reyes said she plans to retire.");
    expect(cs.find((x) => x.cue === "plans" && x.source.text === "The company")!.content).toBe("to add a night crossing");
    expect(cs.find((x) => x.cue === "worry")!.content).toBe("that the new quay will block the channel");
    expect(cs.filter((x) => x.cue === "plans")).toHaveLength(1);
  });

  it("a relative clause after a source noun belongs to the source", async () => {
    const cs = await claimsOf("Two insurers that had covered the old pier agreed to pay for the repairs.");
    expect(cs.find((x) => x.cue === "agreed")!.source.text).toBe("Two insurers that had covered the old pier");
  });

  it("a membership apposition stays with the source: 'X, including Y, said'", async () => {
    const cs = await claimsOf("Local boat owners, including Dana Reyes, said the moorings were too costly.");
    expect(cs.find((x) => x.cue === "said")!.source.text).toBe("Local boat owners, including Dana Reyes");
  });

  it("phrasal cues: talked about, railed against, believes in", async () => {
    const cs = await claimsOf("Councillor Sam Holt railed against the new tolls. Dana Reyes talked about the old ferry.");
    expect(cs.find((x) => x.cue === "railed against")!.content).toBe("the new tolls");
    expect(cs.find((x) => x.cue === "talked about")!.source.name).toBe("Dana Reyes");
    const b = await claimsOf("Harbour master Ana Cole believes in the old lighthouse.");
    expect(b.find((x) => x.cue === "believes in")!.content).toBe("the old lighthouse");
  });

  it("'\"...,\" X said after the meeting': a subordinate clause after the verb is an adjunct; the quote is the content", async () => {
    const cs = await claimsOf("\"The vote was fair,\" Sam Holt said after the meeting ended.");
    const c = cs.find((x) => x.source.name === "Sam Holt")!;
    expect(c.quote).toBe(true);
    expect(c.content).toBe("The vote was fair,");
  });

  it("attitudes held: 'is confident that', 'has been critical of', 'made clear that'", async () => {
    const cs = await claimsOf("The harbour master is confident that the dredging will finish by May. Councillor Sam Holt has been critical of the toll plan. Mayor Helen Parr made clear that the ferry would not be sold.");
    expect(cs.map(row)).toContain("harbour master | is confident | says | that the dredging will finish by May");
    expect(cs.map(row)).toContain("Sam Holt | has been critical of | says | the toll plan");
    expect(cs.map(row)).toContain("Helen Parr | made clear | asserts | that the ferry would not be sold");
    // an attitude adjective without a clause after it is no cue
    expect((await claimsOf("The harbour master is confident.")).length).toBe(0);
    // nor one before its noun: the attitude is held only of a subject, after a linking verb or a comma
    expect((await claimsOf("Harbour hopeful Dana Reyes has waded into the toll debate. Councillor Sam Holt made sure the vote was counted.")).map(row)).toEqual([]);
    expect((await claimsOf("The harbour master is very confident the dredging will finish by May.")).map(row)).toEqual(["harbour master | is very confident | says | the dredging will finish by May"]);
  });

  it("a source that opens with a count keeps the words bounding it: 'More than half of respondents'", async () => {
    const cs = await claimsOf("More than half of respondents said the pier should reopen. Nearly 40 percent of the boat owners said the tolls were fair.");
    expect(cs.map((c) => c.source.text)).toEqual(["More than half of respondents", "Nearly 40 percent of the boat owners"]);
  });

  it("a person's source keeps the titles written before the name, whichever way it was found", async () => {
    const cs = await claimsOf("The council met on Monday, with Mr. Holt announcing that the pier would reopen. Vice President Dana Reyes, accusing the board of delay, left early.");
    expect(cs.map((c) => `${c.source.text} | ${c.cue}`)).toEqual(["Mr. Holt | announcing", "Vice President Dana Reyes | accusing"]);
  });

  it("judging, answering back, discovering: denounced, countered, characterized, discovered", async () => {
    const cs = await claimsOf("The fishermen's union denounced the new quota. Mayor Helen Parr countered that the tolls were fair. Councillor Dana Reyes characterized the vote as a mistake. Investigators discovered that the seawall had been poorly built.");
    expect(cs.map(row)).toContain("fishermen's union | denounced | disputes | the new quota");
    expect(cs.map(row)).toContain("Helen Parr | countered | says | that the tolls were fair");
    expect(cs.map(row)).toContain("Dana Reyes | characterized | says | the vote as a mistake");
    expect(cs.map(row)).toContain("Investigators | discovered | reports | that the seawall had been poorly built");
  });

  it("pleading and lamenting: 'pleaded for', ', lamenting that ...'", async () => {
    const cs = await claimsOf("The boat owners pleaded for more time. Councillor Sam Holt left early, lamenting that the pier was gone.");
    expect(cs.map(row)).toContain("boat owners | pleaded for | says | more time");
    expect(cs.find((x) => x.cue === "lamenting")!.source.name).toBe("Sam Holt");
  });

  it("'expressed (deep) concern about ...': the attitude noun and its preposition belong to the cue", async () => {
    const cs = await claimsOf("Residents have expressed deep concern about the new quay.");
    expect(cs.map(row)).toContain("Residents | have expressed deep concern about | says | the new quay");
  });

  it("a question word opens the clause of a cue that needs one: 'shows how ...'", async () => {
    const cs = await claimsOf("The survey shows how the money was spent.");
    expect(cs.map(row)).toContain("The survey | shows | reports | how the money was spent");
  });

  it("intentions in the base form, and a name between the determiner and 'plans'", async () => {
    const cs = await claimsOf("The owners refuse to pay the new toll. The Harbour Trust plans to open a museum.");
    expect(cs.map(row)).toContain("owners | refuse | says | to pay the new toll");
    expect(cs.map(row)).toContain("Harbour Trust | plans | says | to open a museum");
  });

  it("'..., the Gazette has learned.': a cue that needs a clause takes the one before it", async () => {
    const cs = await claimsOf("The pier will close in May, the Gazette has learned.");
    expect(cs.map(row)).toContain("Gazette | has learned | reports | The pier will close in May");
  });

  it("'it is worth noting that ...': a gerund, no claim", async () => {
    const cs = await claimsOf("It is worth noting that the pier is old.");
    expect(cs.filter((x) => x.cue === "noting")).toHaveLength(0);
  });

  it("a title-case headline: its cue is read though every word looks like a name", async () => {
    const a = await analyseText("Seawall Is Failing, Former Harbour Engineer Says\n\nThe town met on Monday.\n", { lang: "en" });
    expect(a.claims.map(row)).toContain("Former Harbour Engineer | Says | says | Seawall Is Failing");
  });

  it("a headline 'Name: ...' with a one-word name; editors' labels are no sources", async () => {
    const a = await analyseText("Harbourwatch: Seawall Is Failing Again\n\nThe town met on Monday.\n", { lang: "en" });
    expect(a.claims.map(row)).toContain("Harbourwatch | : | says | Seawall Is Failing Again");
    const b = await analyseText("Update: Seawall Is Failing Again Today\n\nThe town met on Monday.\n", { lang: "en" });
    expect(b.claims).toHaveLength(0);
    const c = await claimsOf("CLARIFICATION: An earlier version of this story misstated the date of the vote.");
    expect(c).toHaveLength(0);
  });

  it("a quote inside reported content is read whole: its commas and verbs do not end the content", async () => {
    const cs = await claimsOf('Ruiz said she expects the council "to keep repairing the pier, and defending the harbour as we see fit." The vote is Monday.');
    expect(cs.find((c) => c.source.name === "Ruiz")!.content).toContain("as we see fit");
  });

  it("a quote going on after reported speech of the same speaker carries its cue", async () => {
    const cs = await claimsOf('Harbour master Jon Ruiz said the pier would reopen in May. "We have fixed every one of the broken piles."');
    const q = cs.find((c) => c.quote)!;
    expect(q.source.name).toBe("Jon Ruiz");
    expect(q.cue).toBe("said");
  });

  it("a time after the verb is an adjunct: not the cue, not the content", async () => {
    const cs = await claimsOf('"The tide will turn," Ruiz said on Monday. Kelly said Tuesday afternoon, as they left the court.');
    expect(cs.map(row)).toEqual(["Ruiz | said | says | The tide will turn,"]);
  });

  it("asking and replying before a quote are its cue", async () => {
    const cs = await claimsOf('The film shows harbour master Jon Ruiz asking, "Why would anyone build a pier here at all?" The crowd laughed.');
    expect(cs.map(row)).toContain("Jon Ruiz | asking | says | Why would anyone build a pier here at all?");
  });

  it("a cue noun after a modifier that names no one is a noun: 'Democratic claims -', 'medical claims,'", async () => {
    const cs = await claimsOf("The site rated 11% of Democratic claims - a low share. He made dubious medical claims, the report found.");
    expect(cs.filter((c) => c.cue === "claims")).toHaveLength(0);
  });

  it("a short quote running on into the sentence takes no speaker from a later verb", async () => {
    const cs = await claimsOf('The mayor was fooled by "a con" and urged voters to read what he called the harbour plan.');
    expect(cs.filter((c) => c.quote && c.content === "a con")).toHaveLength(0);
  });

  it("a passive reporting verb with no agent names no source; the subject opens the content", async () => {
    const cs = await claimsOf("Harbour master Jon Ruiz was accused of hiding the repair bills. Ruiz was quoted as saying the bills were lost.");
    const accused = cs.find((c) => c.cue === "was accused of")!;
    expect(accused.source.kind).toBe("unknown");
    expect(accused.source.span).toBeNull();
    expect(accused.content).toBe("Harbour master Jon Ruiz was accused of hiding the repair bills");
    expect(cs.find((c) => c.cue === "was quoted as saying")!.source.name).toBe("Jon Ruiz");
  });

  it("a capitalised 'May' after a name is the name's, not an auxiliary", async () => {
    const cs = await claimsOf("Harbour Minister Theresa May said the ferry would run again.");
    expect(cs[0]!.cue).toBe("said");
    expect(cs[0]!.source.text).toBe("Harbour Minister Theresa May");
  });

  it("an open straight quote mark does not carry into a paragraph opening with a curly one", async () => {
    const cs = await claimsOf('"Harbour master Jon Ruiz thought the whole plan was outrageous. He was angry.\n\n“It never crossed my mind that the pier was failing,” he said several months later.');
    expect(cs.map(row)).toEqual(["Jon Ruiz | said | says | It never crossed my mind that the pier was failing,"]);
  });

  it("attitudes and cognition with their clause: 'were incensed that', 'is hoping that', ', recognizing that'", async () => {
    const cs = await claimsOf("Harbour residents were incensed that the ferry stopped. Mayor Helen Parr is hoping that the state will pay, recognizing that the town cannot.");
    expect(cs.map((c) => c.cue)).toEqual(expect.arrayContaining(["were incensed", "is hoping", "recognizing"]));
  });

  it("a cue noun's source is its possessor: 'seized on Parr's claim about ...', 'his infamous comment about'", async () => {
    const cs = await claimsOf("Mayor Helen Parr spoke on Monday. Critics seized on Parr's claim about the ferry. The vote turned on his infamous comment about the toll.");
    const claim = cs.find((c) => c.cue === "claim about")!;
    expect(claim.source.text).toBe("Parr's");
    expect(claim.source.name).toBe("Helen Parr");
    expect(cs.find((c) => c.cue === "comment about")!.source.text).toBe("his");
  });

  it("a medium phrase between source and verb is skipped as a phrase; 'The statement noted' keeps its noun", async () => {
    const cs = await claimsOf("Mayor Helen Parr in a statement said the pier would reopen. The statement noted that the repairs were done.");
    expect(cs.map(row)).toContain("Helen Parr | said | says | the pier would reopen");
    expect(cs.find((c) => c.cue === "noted")!.source.text).toBe("The statement");
  });

  it("an expectation in the passive names no source: 'X is expected to ...'", async () => {
    const cs = await claimsOf("The harbour ruling is expected to reach the state court.");
    expect(cs[0]).toMatchObject({ cue: "is expected", source: { kind: "unknown" }, content: "The harbour ruling is expected to reach the state court" });
  });

  it("a verb chain before the cue's infinitive is the cue's, not the source's: 'she [was just beginning to realize]'", async () => {
    const cs = await claimsOf("Mayor Helen Parr has yet to explain why the pier closed. Two insurers that had covered the pier agreed to pay. Parr has long said the pier was safe.");
    expect(cs.find((c) => c.cue === "has yet to explain")!.source.text).toBe("Mayor Helen Parr");
    expect(cs.find((c) => c.cue === "has long said")!.source.text).toBe("Parr");
    expect(cs.find((c) => c.cue === "agreed")!.source.text).toBe("Two insurers that had covered the pier");
  });

  it("a curly apostrophe reads as a straight one: 'isn’t saying' is a negated verb group", async () => {
    const cs = await claimsOf("Attorney General Eric Schneiderman isn’t saying if the harbour fund broke any laws.");
    expect(cs[0]).toMatchObject({ cue: "isn’t saying", negated: true, stance: "disputes", source: { text: "Attorney General Eric Schneiderman" } });
  });

  it("a relative before a verb chain is the source; 'together' and 'further' join the verb group ('which [together vowed]')", async () => {
    const cs = await claimsOf("The two towns, which together vowed to rebuild the pier, met on Monday. As someone who had to reject the old plan, she was glad.");
    expect(cs.find((c) => c.cue === "together vowed")!.source.text).toBe("which");
    expect(cs.find((c) => c.cue === "had to reject")!.source.text).toBe("who");
  });

  it("a coordinated verb's subject opens its own conjunct: 'when my mother mentioned ..., I laughed and said'", async () => {
    const cs = await claimsOf("When my mother mentioned the storm to me, I laughed and said the pier would hold.");
    expect(cs.find((c) => c.cue === "said")!.source.text).toBe("I");
  });

  it("'his' as a source stands for the last person named; 'I' is kept as written, not an organisation", async () => {
    const cs = await claimsOf("Mayor Helen Parr spoke on Monday. The vote turned on his infamous comment about the toll. I said the pier was safe.");
    expect(cs.find((c) => c.cue === "comment about")!.source).toMatchObject({ name: "Helen Parr", kind: "person", text: "his" });
    expect(cs.find((c) => c.cue === "said")!.source).toMatchObject({ name: "I", kind: "unnamed" });
    // with its clitic: "We've ... and can say"
    const we = await claimsOf("We've spent a week on the pier and can say that it is safe.");
    expect(we.find((c) => c.cue === "can say")!.source.kind).toBe("unnamed");
  });

  it("an apposition between dashes stays with the source: 'Jon Ruiz -- the harbour master -- said'", async () => {
    const cs = await claimsOf("Jon Ruiz -- the harbour master since 2010 -- said the pier was safe. The survey—published by the council—shows that the pier is old.");
    expect(cs.find((c) => c.cue === "said")!.source).toMatchObject({ name: "Jon Ruiz", text: "Jon Ruiz -- the harbour master since 2010 --" });
    expect(cs.find((c) => c.cue === "shows")!.source.text).toBe("The survey—published by the council—");
  });

  it("an adjunct and a comma before the quote: 'saying during the debate, \"...\"'; an opening participle whose quote holds the comma", async () => {
    const cs = await claimsOf('The ad shows Mayor Helen Parr saying during the debate last week, "That makes the pier safe." Bemoaning the "toll system," Parr accused the council of waste.');
    expect(cs.map(row)).toContain("Helen Parr | saying | says | That makes the pier safe.");
    expect(cs.find((c) => c.cue === "Bemoaning")!.source.name).toBe("Helen Parr");
  });

  it("a past participle opening the sentence is a passive with no agent: 'Asked about the toll, Parr said ...'", async () => {
    const cs = await claimsOf("Asked about the new toll, Mayor Helen Parr said she would wait.");
    expect(cs.find((c) => c.cue === "Asked about")).toMatchObject({ source: { kind: "unknown" }, content: "the new toll" });
    expect(cs.map(row)).toContain("Helen Parr | said | says | she would wait");
  });

  it("a document's words ('\"...,\" the letter reads') and 'as X put it' in a comment clause only", async () => {
    const cs = await claimsOf('"The pier is safe and will stay open all year," the letter reads. As Mayor Helen Parr put it, the pier is a gift. He put it on the table and left.');
    expect(cs.map(row)).toContain("the letter | reads | says | The pier is safe and will stay open all year,");
    expect(cs.map(row)).toContain("Helen Parr | put it | says | the pier is a gift");
    expect(cs.filter((c) => c.cue === "put it")).toHaveLength(1);
    const long = await claimsOf("Mayor Helen Parr spoke on Monday. As Ms. Parr put it in a statement to the council in July, the pier is a gift.");
    expect(long.find((c) => c.cue === "put it")!.content).toBe("the pier is a gift");
    const memo = await claimsOf('The toll is a "fair price for a safe pier," as a council memo put it.');
    expect(memo.find((c) => c.cue === "put it")!.source.text).toBe("a council memo");
  });

  it("a headline's verb before a quote: 'Jon Ruiz Sees \"Grave Risk\" in Pier Plan'", async () => {
    const a = await analyseText("Jon Ruiz Sees ‘Grave Risk’ in New Pier Plan\n\nHarbour master Jon Ruiz spoke on Monday.\n", { lang: "en" });
    expect(a.claims.map(row)).toContain("Jon Ruiz | Sees | says | ‘Grave Risk’ in New Pier Plan");
  });

  it("'\"...,\" X sings': a person and any verb of theirs after a punctuated quote speak it", async () => {
    const cs = await claimsOf('Singer Mary Blige performed on Monday. "Promise mama you will keep your hands in sight," Blige sings to the crowd.');
    expect(cs.map(row)).toContain("Mary Blige | sings | says | Promise mama you will keep your hands in sight,");
    const ps = await claimsOf('Mayor Helen Parr spoke on Monday. "We will rebuild the pier this year," Mayor Helen Parr laughed.');
    expect(ps.map(row)).toContain("Helen Parr | laughed | says | We will rebuild the pier this year,");
  });

  it("'said as she ...' opens a clause, not the verb's preposition; a subordinate content's comma inside a quote does not end it", async () => {
    const cs = await claimsOf('"We are not going to stop until the pier is safe," Quina Jones, 25, said as she and other protesters marched. When Mayor Helen Parr suggested that the council "does not want the town, or anyone in it, to know the cost," the room fell silent.');
    expect(cs.map(row)).toContain("Quina Jones | said | says | We are not going to stop until the pier is safe,");
    expect(cs.find((c) => c.cue === "suggested")!.content).toContain("to know the cost");
  });

  it("'said of ...', 'said on ...': a preposition after 'say' heads an adjunct, not the cue", async () => {
    const cs = await claimsOf('"It is a fine pier," Harbour master Jon Ruiz said of the new structure. Mayor Helen Parr said on the radio that the pier would open.');
    expect(cs.map((c) => c.cue)).toEqual(["said", "said"]);
  });

  it("a person's clause closed by a colon sets off the quote after it: 'I had to change my answer: \"...\"'", async () => {
    const cs = await claimsOf('Mayor Helen Parr spoke on Monday. She added a note of caution: "The pier is safe. But the toll must stay."');
    expect(cs.map(row)).toContain("Helen Parr | added a note of caution | says | The pier is safe. But the toll must stay.");
  });

  it("a short quote in title case with no reporting clause is a title: 'on CNN's \"State of the Union.\"'", async () => {
    const cs = await claimsOf('"We need to rebuild the pier before winter," Mayor Helen Parr said on WHRB\'s "Harbour Report Tonight." The crowd cheered.');
    expect(cs.map((c) => c.content)).toEqual(["We need to rebuild the pier before winter,"]);
  });

  it("a capitalised source phrase with a role in it describes a person, not an organisation", async () => {
    const cs = await claimsOf('"The pier is safe," Parr\'s Former Campaign Strategist said.');
    expect(cs[0]!.source.kind).toBe("unnamed");
  });

  it("a quote of the other kind nested in a quote keeps the outer one whole", async () => {
    const cs = await claimsOf('Mayor Helen Parr spoke on Monday. Parr continued: "The question was: “Do you think the pier is safe?” Forty-three said yes; forty-four said no."');
    expect(cs.find((c) => c.quote)!.content).toBe("The question was: “Do you think the pier is safe?” Forty-three said yes; forty-four said no.");
  });

  it("cue words that report nothing here: 'called into' a show, 'having said that', 'percentage points to'", async () => {
    const cs = await claimsOf("Mayor Helen Parr called into the radio program when she was sick. Having said that, the toll rose by 0.1 percentage points to 1.8 percent.");
    expect(cs).toHaveLength(0);
  });

  it("a reporting clause between commas inside the clause it reports: 'The park, Ruiz said, is usually full'", async () => {
    const cs = await claimsOf("Harbour master Jon Ruiz spoke on Monday. The park, Ruiz said, is usually full of activities on game days.");
    expect(cs.map(row)).toContain("Jon Ruiz | said | says | The park is usually full of activities on game days");
  });
});


describe("issue 15: no claim without a cue unless it continues an attribution", () => {
  it("a quote in running text with no cue near it and no speaker going on is no claim", async () => {
    const cs = await claimsOf('The harbour board met on Monday. The minister left the session early over what members called a "plan that nobody in this town has ever asked for at all." The vote was put off.');
    expect(cs.filter((c) => c.cue === "")).toEqual([]);
  });

  it("every claim with no cue continues an earlier claim of the same speaker (both fixtures)", async () => {
    const { readFileSync } = await import("node:fs");
    for (const [file, lang] of [["fixtures/putin-musk.id.txt", "id"], ["fixtures/harbor-barrier.en.txt", "en"]] as const) {
      const a = await analyseText(readFileSync(file, "utf8"), { lang });
      a.claims.forEach((c, i) => {
        if (c.cue !== "") return;
        expect(a.claims.slice(0, i).some((p) => p.source.name === c.source.name)).toBe(true);
      });
    }
  });
});

describe("issue 15: participles as adjectives", () => {
  it("a participle after a number modifies its noun: '60 pledged delegates'", async () => {
    const cs = await claimsOf("Sanders won 60 pledged delegates in the state. Clinton pledged to fight on.");
    expect(cs.map((c) => c.cue)).toEqual(["pledged"]);
    expect(cs[0]!.source.name).toBe("Clinton");
  });
});

describe("issue 15: mixed double quote marks", () => {
  it("a quote opened with one kind of double mark and closed with another is one quote", async () => {
    const cs = await claimsOf('"The wall will hold for decades,” Mayor Helen Parr said. “We are ready for the storm," she added.');
    expect(cs.filter((c) => c.quote).map((c) => [c.source.name, c.cue, c.content])).toEqual([
      ["Helen Parr", "said", "The wall will hold for decades,"],
      ["Helen Parr", "added", "We are ready for the storm,"],
    ]);
  });

  it("a passive's subject before a relative clause set off by commas: 'Calls to set up a panel, where a coalition fights rebels, were rejected by the council'", async () => {
    const a = await analyseText("The mayor spoke on Monday.\n\nCalls to set up a panel, where a coalition fights rebels, were rejected by the council.\n", { lang: "en" });
    expect(a.claims.map((c) => [c.source.text, c.cue, c.content])).toEqual([["the council", "were rejected by", "Calls to set up a panel"]]);
  });

  it("a relative pronoun after a comma names the phrase before the comma: 'the world's biggest polluters, which vowed'", async () => {
    const a = await analyseText("The mayor spoke on Monday.\n\nThe impetus came from the world's biggest polluters, which together vowed to curb emissions.\n", { lang: "en" });
    expect(a.claims.map((c) => [c.source.name, c.source.text, c.cue])).toEqual([["the world's biggest polluters", "which", "together vowed"]]);
  });

  it("a show's title in quotes inside the sentence is no speech, though a reporting clause follows it ('on Fox News Channel’s “Hannity,” Newt Gingrich said')", async () => {
    const cs = await claimsOf("Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said the ticket would be unusual. “Absolutely,” Gingrich said.");
    expect(cs.map((c) => c.content)).not.toContain("Hannity,");
    expect(cs.some((c) => c.content.startsWith("Absolutely"))).toBe(true);
  });
});
