// Lower-case articles and patronymic words joined by a hyphen to a name part ("al-Assad", "el-Sisi",
// "bin-Salman"): Arabic names appear so in Indonesian and English news alike.
export const hyphenArticles = ["al", "el", "ad", "ar", "as", "at", "an", "bin", "ibn"];
