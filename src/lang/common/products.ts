// Products, makers, platforms and services the news of every language names as written ("perangkat Android",
// "diunggah ke YouTube"): one word each, lower case. General knowledge, hand-kept; read after the name
// tagger, beside the organisations compromise lists (organisations.ts), so the models need no
// retraining for it. A word that is as often a person's name is left out ("Alexa", "Siri", "Line").
export const WORLD_PRODUCTS: readonly string[] = [
  // operating systems and devices
  "android", "ios", "ipados", "macos", "windows", "linux", "ubuntu", "chromebook", "iphone", "ipad", "macbook",
  "imac", "playstation", "xbox", "nintendo", "kindle", "galaxy",
  // platforms and services
  "google", "gmail", "youtube", "facebook", "instagram", "twitter", "whatsapp", "telegram", "tiktok",
  "snapchat", "pinterest", "linkedin", "reddit", "wikipedia", "netflix", "spotify", "skype", "zoom", "wechat",
  "weibo", "uber", "airbnb", "paypal", "bitcoin", "ethereum", "chatgpt",
  // makers whose brand is their product's name ("motor Yamaha", "ban Michelin", "laptop Asus"); a
  // maker named for a family is a person where the article names one so ("Keisuke Honda")
  "yamaha", "ducati", "michelin", "daihatsu", "mercedes", "mercedes-benz", "garmin", "lenovo", "asus", "acer",
  "xiaomi", "huawei", "oppo", "samsung", "nokia", "toyota", "honda", "suzuki", "nissan", "mitsubishi", "hyundai",
  "bmw", "audi", "porsche", "ferrari", "lamborghini", "volkswagen", "chevrolet", "adidas", "nike", "uniqlo",
  "ikea", "mozilla", "intel", "nvidia", "qualcomm", "sony", "panasonic", "toshiba", "nikon", "fujifilm",
  "microsoft", "alibaba", "tencent", "baidu",
  // Indonesian platforms and services
  "gojek", "go-jek", "tokopedia", "bukalapak", "shopee", "lazada", "traveloka", "blibli", "ovo",
  "linkaja", "kaskus",
];

// The prefixes navies and shipping write before a vessel's name ("USS Fitzgerald", "KRI Nanggala", "MV
// Alnic"): a name they open is a ship's, no person's. Lower case.
// (not "KM", "MT" or "SS": initials of people as well, "MT Haryono")
export const SHIP_PREFIXES: readonly string[] = ["uss", "usns", "hms", "hmas", "hmcs", "ins", "rss", "kri", "kmp", "mv"];
