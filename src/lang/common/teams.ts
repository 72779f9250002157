// Football clubs the news of every language names by one word ("Bayern", "Napoli", "Spurs"), and
// clubs and racing teams of more words that compromise's organisations (organisations.ts) lack, lower
// case. General knowledge, hand-kept; read after the name tagger beside those organisations. A club's
// word that is as often a person's name is left out ("Chelsea", "Valencia", "Inter").
export const WORLD_TEAMS: readonly string[] = [
  // England
  "arsenal", "everton", "hotspur", "spurs", "watford", "southampton", "burnley", "swansea", "sunderland",
  "middlesbrough", "hull", "leicester", "stoke", "norwich", "wolves", "west brom",
  // Italy
  "napoli", "juve", "juventus", "lazio", "fiorentina", "sampdoria", "torino", "udinese", "atalanta",
  "sassuolo", "genoa",
  // Spain, Germany, France, Portugal, the Netherlands, Turkey
  "barca", "atletico", "villarreal", "espanyol", "alaves", "bayern", "dortmund", "schalke", "leverkusen",
  "wolfsburg", "hoffenheim", "psg",
  "benfica", "ajax", "galatasaray", "fenerbahce", "besiktas",
  // Indonesia
  "persib", "persija", "persebaya", "persipura", "arema", "bhayangkara",
  // clubs of two words or more that compromise's list lacks (read the same way), and a club's nickname
  "paris saint-germain", "crystal palace", "hull city", "west ham", "west ham united", "west bromwich albion",
  "leicester city", "stoke city", "norwich city", "swansea city", "cardiff city", "newcastle united",
  "leeds united", "sheffield united", "sheffield wednesday", "tottenham hotspur", "wolverhampton wanderers",
  "bolton wanderers", "blackburn rovers", "queens park rangers", "manchester united", "manchester city",
  "real madrid", "real betis", "real sociedad", "atletico madrid", "athletic bilbao", "celta vigo",
  "inter milan", "ac milan", "as roma", "hellas verona", "borussia dortmund", "borussia monchengladbach",
  "bayer leverkusen", "rb leipzig", "olympique lyon", "olympique lyonnais", "olympique marseille",
  "as monaco", "fc porto", "sporting lisbon", "psv eindhoven", "shakhtar donetsk", "dynamo kiev",
  "los blancos",
  // clubs' nicknames as the sports news of both languages writes them ("striker andalan Setan Merah")
  "setan merah", "the red devils", "los merengues", "blaugrana", "si nyonya tua", "la vecchia signora",
  "the gunners", "the citizens", "the toffees", "the magpies", "the hammers", "the foxes", "nerazzurri",
  "i nerazzurri", "rossoneri", "i rossoneri", "bianconeri", "i bianconeri", "giallorossi", "die roten",
  "les parisiens", "los rojiblancos", "los colchoneros", "pangeran biru", "maung bandung", "macan kemayoran", "bajul ijo", "singo edan", "mutiara hitam",
  // motorsport teams
  "repsol honda", "movistar yamaha", "red bull racing", "scuderia ferrari", "prema racing", "trident racing",
];
