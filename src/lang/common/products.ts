// Products, platforms and services the news of every language names as written ("perangkat Android",
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
  // Indonesian platforms and services
  "gojek", "go-jek", "tokopedia", "bukalapak", "shopee", "lazada", "traveloka", "blibli", "ovo",
  "linkaja", "kaskus",
];
