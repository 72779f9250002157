// Football clubs the news of every language names by one word ("Bayern", "Napoli", "Spurs"), lower
// case. General knowledge, hand-kept; read after the name tagger beside the organisations compromise
// lists (organisations.ts has teams of two words or more). A club's word that is as often a person's
// name is left out ("Chelsea", "Valencia", "Inter").
export const WORLD_TEAMS: readonly string[] = [
  // England
  "arsenal", "everton", "hotspur", "spurs", "watford", "southampton", "burnley", "swansea", "sunderland",
  "middlesbrough",
  // Italy
  "napoli", "juve", "juventus", "lazio", "fiorentina", "sampdoria", "torino", "udinese", "atalanta",
  "sassuolo", "genoa",
  // Spain, Germany, France, Portugal, the Netherlands, Turkey
  "barca", "atletico", "villarreal", "espanyol", "alaves", "bayern", "dortmund", "schalke", "leverkusen",
  "wolfsburg", "hoffenheim", "psg",
  "benfica", "ajax", "galatasaray", "fenerbahce", "besiktas",
  // Indonesia
  "persib", "persija", "persebaya", "persipura", "arema", "bhayangkara",
];
