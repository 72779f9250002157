// Lower-case articles and patronymic words joined by a hyphen to a name part ("al-Assad", "el-Sisi",
// "bin-Salman"): Arabic names appear so in Indonesian and English news alike.
export const hyphenArticles = ["al", "el", "ad", "ar", "as", "at", "an", "bin", "ibn"];

// A saint's name, which French names hyphenate to what follows ("Saint-Germain", written apart in
// pre-tokenised text as "Saint - Germain"), and the Japanese honorifics written after a name with a
// hyphen ("Jiro-san"), which are no part of it: in every language's news.
export const saintWords = ["saint", "sainte"];
export const honorificSuffixes = ["san", "sama", "kun", "sensei"];
