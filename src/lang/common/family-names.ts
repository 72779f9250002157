// Common family names of East Asia, written in Latin letters as world news writes them (Japanese
// Hepburn, Korean, Mandarin pinyin, Cantonese and Hokkien forms, Vietnamese). General knowledge, not
// taken from any evaluation data. Used only inside a name of two or more words ("Izumi Sakai", "Park
// Yong Ha", "Wong Fei Hung"), where one of them tells that the run is a person's name; never alone.
// Makers' names ("Honda", "Suzuki", "Toyoda") are left out. Forms that are also English or Indonesian
// words ("Song", "Moon", "Yang", "Sun") count only before two more unknown words ("Song Joong Ki").
export const internationalFamilyNames: string[] = [
  // Japanese
  "Abe", "Aoki", "Arai", "Asano", "Endo", "Fujii", "Fujimoto", "Fujita", "Fujiwara", "Fukuda", "Goto",
  "Hara", "Harada", "Hasegawa", "Hashimoto", "Hayashi", "Hirano", "Ikeda", "Imai", "Inoue",
  "Inui", "Ishida", "Ishii", "Ishikawa", "Ito", "Iwasaki", "Kaneko", "Kato", "Kawaguchi", "Kawasaki",
  "Kikuchi", "Kimura", "Kinoshita", "Kobayashi", "Kondo", "Koyama", "Kubo", "Kudo", "Maeda", "Maruyama",
  "Masuda", "Matsuda", "Matsui", "Matsumoto", "Matsuo", "Minamoto", "Miura", "Miyamoto", "Miyazaki",
  "Mori", "Morita", "Murakami", "Murata", "Nagase", "Nakagawa", "Nakajima", "Nakamura", "Nakano",
  "Nakata", "Nakayama", "Nishimura", "Noguchi", "Nomura", "Ogawa", "Oikawa", "Okada", "Okamoto", "Ono",
  "Onishi", "Ota", "Otsuka", "Oyama", "Saito", "Sakai", "Sakamoto", "Sakurai", "Sano", "Sasaki", "Sato",
  "Shibata", "Shimizu", "Sugawara", "Sugimoto", "Sugiyama", "Takada", "Takagi", "Takahashi",
  "Takeda", "Takeuchi", "Tamura", "Tanaka", "Taniguchi", "Tsuchiya", "Uchida", "Ueda", "Ueno",
  "Wada", "Watanabe", "Yamada", "Yamaguchi", "Yamamoto", "Yamashita", "Yamazaki", "Yokoyama", "Yoshida",
  // Korean
  "Ahn", "Baek", "Bae", "Cho", "Choi", "Chung", "Heo", "Hwang", "Jang", "Jeon", "Jeong", "Jung", "Kang",
  "Kim", "Kwon", "Lee", "Lim", "Park", "Ryu", "Seo", "Shin", "Yoo", "Yoon", "Song", "Moon", "Han", "Oh",
  // Chinese (Mandarin, Cantonese, Hokkien) and Vietnamese
  "Cao", "Chan", "Chen", "Cheng", "Cheung", "Chow", "Chua", "Deng", "Dong", "Feng", "Guo", "Huang",
  "Jiang", "Lau", "Leung", "Liang", "Liao", "Liu", "Luo", "Nguyen", "Peng", "Pham", "Qian", "Tan",
  "Tran", "Tsang", "Wang", "Wong", "Yang", "Sun", "Ma", "Hu", "Wu", "Yu", "Lu", "Xiao", "Xie", "Xu", "Yeo", "Yuan", "Zeng", "Zhang", "Zhao", "Zheng",
  "Zhou", "Zhu",
];

// Japanese given names common in news of music, film and sport, beside those in given-names.ts.
export const japaneseGivenNames: string[] = [
  "Akihiro", "Ayumi", "Daiki", "Daisuke", "Eiji", "Haruka", "Haruto", "Hayato", "Hideki", "Hideo",
  "Hikaru", "Hiroki", "Hiromi", "Hiroto", "Ichiro", "Izumi", "Junichi", "Kaito", "Kaori", "Kazuki",
  "Kazuo", "Kazuya", "Keisuke", "Kenta", "Kohei", "Koichi", "Kumiko", "Makoto", "Masahiro", "Masaki",
  "Masato", "Masayoshi", "Mayumi", "Megumi", "Michiko", "Minoru", "Miyuki", "Nao", "Naoki", "Naoko",
  "Noriko", "Osamu", "Ryota", "Sadaharu", "Satoshi", "Sayaka", "Shigeru", "Shinji", "Shintaro", "Shohei",
  "Shota", "Tadashi", "Takahiro", "Takashi", "Takuya", "Tatsuya", "Tetsuya", "Tomoko", "Tomoya",
  "Toshiro", "Tsubasa", "Yasuo", "Yoshiko", "Yoshio", "Yuichi", "Yusuke", "Yuta", "Yuzuru",
];
