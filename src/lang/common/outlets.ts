// News and entertainment outlets the news of every language cites by name ("Mengutip Ace Showbiz",
// "seperti dilaporkan Soompi"), lower case: a whole name among them is no person. General knowledge,
// hand-kept; read after the name tagger (the packs' publication words serve the rules and the claims).
// An outlet named for a person is a person where the article names that person in full ("Michael
// Bloomberg" ... "Bloomberg").
export const WORLD_OUTLETS: readonly string[] = [
  "ace showbiz", "aceshowbiz", "allkpop", "soompi", "koreaboo", "boldsky", "variety", "billboard", "tmz",
  "e! news", "e! online", "people magazine", "hollywood reporter", "the hollywood reporter", "deadline",
  "daily mail", "the sun", "daily star", "daily express", "metro", "sky sports", "espn", "goal", "marca",
  "football italia", "football espana", "calciomercato", "bleacher report", "reuters", "bloomberg", "xinhua",
  "yonhap", "kyodo", "tass", "sputnik", "cnbc", "bbc", "cnn", "afp", "antara",
];
