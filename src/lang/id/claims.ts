// Indonesian reporting cues with their stance, and the words around them.
import { info } from "./info.js";
import type { ClaimsLexicon } from "../types.js";

const before = (cue: string, stance: ClaimsLexicon["cues"][number]["stance"], needsComplement = false) => ({ cue, stance, source: "before" as const, needsComplement });
/** A verb whose object is what is said: its passive ("dikatakan", "disampaikan oleh X") is a cue too. */
const said = (cue: string, stance: ClaimsLexicon["cues"][number]["stance"], needsComplement = false) => ({ ...before(cue, stance, needsComplement), passive: true });

/**
 * The passive of a meN- verb: di- on the stem, the stem's first consonant given back where the nasal
 * took its place (meny+a → disa-, men+a → dita- or dina-, meng+a → dika- or dia-, mem+a → dipa- or
 * dima-): "mengatakan" → "dikatakan", "menuturkan" → "dituturkan", "menyampaikan" → "disampaikan",
 * "menjelaskan" → "dijelaskan", "membantah" → "dibantah", "melaporkan" → "dilaporkan".
 */
function passiveForms(active: string): string[] {
  const m = /^me(ng|ny|n|m)?(.+)$/.exec(active);
  if (!m) return [];
  const nasal = m[1] ?? "";
  const stem = m[2]!;
  if (nasal === "" || !"aiueo".includes(stem[0]!)) return [`di${stem}`];
  // the consonant the nasal replaced, or the nasal itself when the stem begins with it ("menyatakan": "nyatakan")
  const restored: Record<string, string[]> = { ng: ["k", ""], ny: ["s", "ny"], n: ["t", "n"], m: ["p", "m"] };
  return restored[nasal]!.map((c) => `di${c}${stem}`);
}

export const claims: ClaimsLexicon = {
  passiveForms,
  // aspect and modal words a few words into a clause: one after a verb of belief or writing marks a
  // clause without "bahwa" ("yakin pengeroyokan itu sudah direncanakan", "menulis pemblokiran telah dicabut")
  finiteAuxiliaries: ["telah", "sudah", "akan", "sedang", "masih", "belum", "pernah", "bakal", "harus", "adalah", "merupakan"],
  // "diungkapkan oleh X": the agent of a passive cue
  agentMarkers: ["oleh"],
  cues: [
    { cue: "menurut", stance: "says", source: "after" },
    { cue: "kata", stance: "says", source: "either", quoteOnly: true },
    { cue: "ujar", stance: "says", source: "either", quoteOnly: true },
    { cue: "ucap", stance: "says", source: "either", quoteOnly: true },
    { cue: "tutur", stance: "says", source: "either", quoteOnly: true },
    { cue: "ungkap", stance: "says", source: "either", quoteOnly: true },
    { cue: "jelas", stance: "says", source: "either", quoteOnly: true },
    { cue: "imbuh", stance: "says", source: "either", quoteOnly: true },
    { cue: "tambah", stance: "says", source: "either", quoteOnly: true },
    { cue: "tegas", stance: "asserts", source: "either", quoteOnly: true },
    // more bare verbs closing a quote: '"...," sambung Starbucks', '"...," buka Wenger', '"...?" tanya X'
    ...["tulis", "cuit", "sambung", "lanjut", "pungkas", "tutup", "buka", "terang", "papar", "jawab", "tanya", "timpal", "seru", "sebut", "cetus", "kelakar", "canda", "keluh", "kilah"].map((cue) => ({ cue, stance: "says" as const, source: "either" as const, quoteOnly: true })),
    said("mengatakan", "says"),
    before("berkata", "says"),
    said("menyatakan", "says"),
    before("menyebut", "says"),
    said("menyebutkan", "says"),
    said("menuturkan", "says"),
    said("mengungkapkan", "says"),
    said("menjelaskan", "says"),
    said("menerangkan", "says"),
    said("menyampaikan", "says"),
    said("mengemukakan", "says"),
    said("menambahkan", "says"),
    before("bercerita", "says"),
    before("berpendapat", "says"),
    before("menilai", "says"),
    before("memperkirakan", "hedges"),
    before("menduga", "hedges"),
    before("mengklaim", "hedges"),
    said("menegaskan", "asserts"),
    said("menekankan", "asserts"),
    before("memastikan", "asserts"),
    before("bersikeras", "asserts"),
    said("mengumumkan", "announces"),
    said("melaporkan", "reports"),
    said("memberitakan", "reports"),
    said("mewartakan", "reports"),
    said("membantah", "denies"),
    before("menyangkal", "denies"),
    before("menepis", "denies"),
    before("menampik", "denies"),
    said("mengonfirmasi", "confirms"),
    said("mengkonfirmasi", "confirms"),
    said("membenarkan", "confirms"),
    said("mengakui", "confirms"),
    before("memperingatkan", "asserts"),
    before("mengingatkan", "asserts"),
    before("mempertanyakan", "disputes"),
    before("menolak", "disputes", true),
    before("mengkritik", "disputes"),
    before("berbagi", "says", true),
    said("menulis", "says", true),
    said("mengutarakan", "says"),
    // admissions and self-reports ("Oesman mengaku belum mengetahui ...", "mengaku senang")
    before("mengaku", "says"),
    before("menuduh", "hedges"),
    before("berspekulasi", "hedges"),
    before("mencatat", "reports", true),
    before("memprotes", "disputes"),
    before("mencuit", "says"),
    before("berharap", "says", true),
    before("meyakini", "says", true),
    before("yakin", "says", true),
    { cue: "dilaporkan", stance: "reports", source: "after", agentless: true },
    { cue: "diberitakan", stance: "reports", source: "after", agentless: true },
    { cue: "disebut-sebut", stance: "hedges", source: "after", agentless: true },
    { cue: "diduga", stance: "hedges", source: "after", agentless: true },
    { cue: "konon", stance: "hedges", source: "after", agentless: true },
    { cue: "dikabarkan", stance: "reports", source: "after", agentless: true },
    // media relays and sources opening the sentence: "Mengutip Oddity Central, ...", "Berdasarkan
    // penyelidikan polisi, ..."
    ...["mengutip", "mengutip dari", "melansir", "melansir dari", "dilansir"].map((cue) => ({ cue, stance: "reports" as const, source: "after" as const, opening: true })),
    // relays anywhere: the outlet is the source of the relay, the words it carried keep their own
    // speaker ("ucap Rahmat yang dilansir Antara", "menurut pernyataan Bank Dunia yang dikutip Xinhua",
    // "..., seperti dilansir Reuters.", "Dikutip dari People, ...")
    ...["dikutip", "dilansir dari", "dikutip dari", "seperti dilansir", "seperti dikutip", "seperti dikutip dari", "seperti dilansir dari", "sebagaimana dilansir", "sebagaimana dikutip", "yang dilansir", "yang dikutip", "yang dilansir dari", "yang dikutip dari", "seperti diberitakan", "sebagaimana diberitakan", "seperti dilaporkan", "sebagaimana dilaporkan", "seperti diwartakan", "seperti ditulis", "seperti dimuat"].map((cue) => ({ cue, stance: "reports" as const, source: "after" as const, relay: true })),
    { cue: "berdasarkan", stance: "says", source: "after", opening: true },
    { cue: "digosipkan", stance: "hedges", source: "after", agentless: true },
    { cue: "santer terdengar", stance: "hedges", source: "after", agentless: true },
  ],
  complementisers: info.complementisers,
  // connectives set off by commas between subject and verb: "Menteri itu, namun, mengatakan"
  parentheticals: ["namun", "sementara itu", "di sisi lain", "bagaimanapun", "tentu saja", "misalnya", "pun demikian", "meski demikian", "sebaliknya", "selain itu", "oleh karena itu", "karena itu", "kemudian", "lalu", "maka"],
  adverbs: [
    "juga", "pun", "kemudian", "lalu", "telah", "sudah", "sempat", "pernah", "akan", "masih", "kembali",
    "secara", "terbuka", "tegas", "pertama", "kali", "langsung", "bahkan", "sebelumnya", "lantas", "menambahkan",
    "hanya", "justru", "memang", "sendiri", "segera", "terus", "lagi", "berulang", "kerap", "sering",
    "tampaknya", "akhirnya", "jarang", "sekali", "selalu", "seringkali", "biasanya", "tetap", "pula", "turut", "ikut",
    "kini", "belakangan", "kan", "benar-benar", "betul-betul", "sungguh-sungguh",
    // modals between subject and verb: "polisi masih perlu mengonfirmasi", "Anda dapat menilai"
    "dapat", "bisa", "harus", "perlu", "mesti", "boleh", "sedang", "hendak",
  ],
  negations: ["tidak", "tak", "belum", "bukan", "enggan"],
  // the cue span is the reporting verb alone ("juga mengatakan" → "mengatakan"), as Indonesian gold marks it
  auxiliaries: [],
  relativePronouns: ["yang"],
  sourceQuantifiers: ["beberapa", "dua", "tiga", "empat", "lima", "para", "seorang", "sejumlah", "banyak", "sebagian", "salah", "satu", "sang", "pihak"],
  sourceBounds: {
    words: ["lebih dari", "kurang dari", "hampir", "sekitar", "setidaknya", "sedikitnya"],
    counts: ["separuh", "setengah", "sebagian", "sepertiga", "seperempat", "mayoritas", "puluhan", "ratusan", "ribuan", "jutaan"],
  },
  nounMarkers: [],
  // "bertugas untuk melaporkan", "berusaha untuk meyakinkan": a verb of trying or duty and its "untuk"
  // belong to the cue's verb group, as "appeared to suggest" does in English
  infinitiveMarkers: ["untuk"],
  purposeMarkers: ["untuk", "guna", "agar", "supaya", "demi"],
  raisingVerbs: ["bertugas", "berusaha", "mencoba", "berencana", "bermaksud", "berniat", "sepakat", "setuju", "bersedia", "berupaya"],
  sourceStops: ["di", "dalam", "pada", "kepada", "dengan", "dari", "untuk", "oleh", "terhadap", "tentang", "soal"],
  listWords: ["dan", "serta", "atau"],
  coordinators: ["dan", "serta", "atau"],
  speakerAdjuncts: ["di", "dalam", "melalui", "lewat", "via", "kepada", "pada", "saat", "ketika"],
  mannerAdverbs: ["singkat", "lirih", "santai", "pelan", "datar", "geram", "kesal", "heran", "bangga", "yakin", "optimistis", "berseloroh", "tertawa", "tersenyum"],
  clauseJoins: ["tetapi", "tapi", "namun", "sedangkan", "sementara", "dan", "serta"],
  phraseClosers: ["itu", "ini", "tersebut"],
  relayLinks: ["via"],
  anaphoricContent: { demonstratives: ["itu", "ini", "tersebut"], alone: ["demikian", "begitu", "begitulah", "demikianlah"], maxWords: 3 },
  clauseBreaks: [
    "dan", "tetapi", "tapi", "namun", "maka", "bahwa", "karena", "sehingga", "serta", "atau", "melainkan", "sedangkan", "ketika", "saat", "jika", "agar", "supaya",
    "setelah", "sebelum", "sesudah", "meski", "meskipun", "walau", "walaupun", "sementara", "bagaimana", "mengapa", "apakah", "sejak", "hingga", "seperti", "sebagaimana", "sambil", "usai", "seusai", "tanpa",
  ],
  sourceHeads: [
    "pejabat", "sumber", "juru", "pihak", "petugas", "pengamat", "analis", "pakar", "ahli", "warga", "saksi",
    "diplomat", "politisi", "anggota", "pemerintah", "perwakilan", "orang", "laporan", "media", "militer",
    "tentara", "polisi", "peneliti", "ilmuwan", "ekonom", "aktivis", "kelompok", "organisasi", "lembaga",
    "badan", "otoritas", "penyelidik", "jaksa", "kuasa", "pengacara", "keluarga", "kerabat", "teman",
  ],
  titleIntroducers: ["bertajuk", "bertema", "berjudul", "bernama", "topik", "tema", "judul", "webinar", "seminar", "diskusi", "buku", "film", "lagu", "album", "novel", "program", "acara", "kampanye", "gerakan", "slogan", "tagar", "istilah", "laporan", "dokumen", "festival", "pameran"],
  // "ujarnya", "menurutnya", "tulisnya", "akunya": a cue and the clitic naming its speaker
  speakerClitic: "nya",
  cliticStems: ["aku"],
  statementAnaphors: ["pernyataan tersebut", "pernyataan itu", "klaim tersebut", "klaim itu", "laporan tersebut", "laporan itu", "tudingan tersebut", "tuduhan tersebut", "kabar tersebut", "berita tersebut", "hal tersebut", "informasi tersebut"],
};
