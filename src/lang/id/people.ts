// Indonesian words around person names: honorifics, offices, role nouns. General knowledge only.
import type { PeopleLexicon } from "../types.js";
import { hyphenArticles } from "../common/name-articles.js";
import { indonesianGivenNames } from "./given-names.js";
import { givenNameVariants, internationalGivenNames } from "../common/given-names.js";
import { internationalFamilyNames, japaneseGivenNames } from "../common/family-names.js";
import { indonesianPlaces } from "./places.js";
import { englishPlaces } from "../en/places.js";
import { englishOrganisations, englishOrgMarkers } from "../en/organisations.js";
import { indonesianOrganisations, indonesianOrgMarkers, indonesianPublicationMarkers } from "./organisations.js";
import { indonesianCommonWords } from "./common-words.js";
import { indonesianOfficeWords } from "./office-words.js";
import { englishCommonWords } from "../en/common-words.js";

export const people: PeopleLexicon = {
  honorifics: [
    "bapak", "pak", "ibu", "bu", "tn", "tuan", "ny", "nyonya", "nn", "nona", "sdr", "sdri", "saudara", "saudari",
    "mas", "mbak", "bung", "kak", "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "habib", "ustaz", "ustadz",
    "gus", "ki", "nyi", "mr", "mrs", "ms", "sir", "dato", "datuk", "tun", "tan sri", "raden", "rd", "teuku", "cut",
    "haji", "hajah", "syekh", "syeikh", "syaikh", "om", "tante", "almarhum", "almarhumah", "mendiang", "sang",
  ],
  titles: [
    "presiden", "wakil presiden", "wapres", "perdana menteri", "pm", "menteri", "menko", "mendagri", "menlu",
    "menkeu", "gubernur", "wagub", "wakil gubernur", "wali kota", "walikota", "wakil wali kota", "bupati",
    "wakil bupati", "camat", "lurah", "kepala", "ketua", "ketum", "wakil ketua", "sekretaris", "sekjen", "wasekjen", "waketum", "bendahara", "bendum", "wakil sekretaris jenderal",
    "direktur", "dirut", "direktur utama", "komisaris", "jenderal", "jendral", "jenderal besar", "panglima besar", "kapolri", "kapolda", "kapolres", "kapolsek",
    "panglima", "jaksa", "jaksa agung", "hakim", "duta besar", "dubes", "raja", "ratu", "pangeran", "putri",
    "paus", "senator", "kanselir", "sultan", "uskup", "uskup agung", "imam", "kiai", "kyai", "profesor", "letnan", "kolonel",
    "prabu", "batara", "resi", "begawan", "senopati",
    "mayor", "kapten", "komisaris besar", "komisaris besar polisi", "ajun komisaris", "ajun komisaris besar", "inspektur jenderal", "brigadir jenderal", "mayor jenderal", "letnan jenderal", "komodor", "komodor udara", "marsekal muda", "marsekal madya", "laksamana muda", "laksamana madya", "brigjen", "mayjen", "letjen", "irjen", "komjen", "laksamana", "marsekal", "kombes",
    "laksma", "laksda", "laksdya", "marsma", "marsda", "marsdya", "letkol", "mayor jenderal tni",
    "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "bharada", "brigadir", "sersan", "kopral", "kasat",
    "kabid", "kabag", "kadis", "kasubdit", "plt", "pj", "penjabat", "pelaksana tugas", "anggota", "ketua umum",
    "juru bicara", "jurubicara", "jubir", "staf khusus", "kepala staf", "komandan", "danramil", "dandim", "pangdam",
    "kasad", "kasal", "kasau", "mensos", "menkes", "mendikbud", "menpan", "menhan", "menag", "menkumham",
    "menpora", "mentan", "menhub", "menperin", "mendag", "menaker", "menkominfo", "menristek", "menparekraf",
    "menpupr", "menkopolhukam", "menko polhukam", "mensesneg", "seskab", "kapuspen", "kabareskrim", "pol", "speaker", "ceo", "cfo", "coo", "cto", "chief executive officer", "chief operating officer", "chief financial officer", "chief technology officer", "chief marketing officer", "manajer", "pemimpin", "pimpinan", "deputi",
    "asisten", "rektor", "dekan", "instruktur", "penasihat", "kepala negara", "kepala pemerintahan",
    // English titles as Indonesian business and sport news writes them
    "director", "managing director", "president director", "executive director", "chairman", "founder",
    "co-founder", "manager", "general manager", "team principal", "head coach", "vice president",
  ],
  roleNouns: [
    "miliarder", "miliuner", "konglomerat", "pengusaha", "penulis", "pengarang", "ilmuwan", "pembawa acara",
    "presenter", "juru bicara", "jurubicara", "jubir", "pengamat", "analis", "peneliti", "ekonom", "pakar", "ahli",
    "pengacara", "kuasa hukum", "advokat", "aktivis", "artis", "aktor", "aktris", "penyanyi", "pemain",
    "pelatih", "atlet", "wartawan", "jurnalis", "dosen", "guru", "mahasiswa", "mahasiswi", "warga", "dokter",
    "tersangka", "terdakwa", "terpidana", "saksi", "korban", "pelaku", "pemilik", "pendiri", "bos", "politisi",
    "politikus", "legislator", "diplomat", "produser", "sutradara", "komedian", "youtuber", "selebgram",
    "influencer", "investor", "bankir", "petinju", "pebulu tangkis", "pesepak bola", "pebalap", "pembalap",
    "kreator", "tokoh", "sejarawan", "budayawan", "seniman", "filsuf", "ulama", "pendeta", "pastor",
    "biksu", "petani", "nelayan", "buruh", "sopir", "pengemudi", "pedagang", "kapten", "penyidik",
    "penyelidik", "astronaut", "jenderal", "eksekutif", "karyawan", "pegawai",
    "pejabat", "polisi", "wasit", "staf", "pengurus", "relawan", "pendukung", "lawan", "rival", "pesaing", "sahabat", "istri", "suami",
    "anak", "putra", "putri", "ayah", "ibunda", "kakak", "adik", "cucu", "pacar", "kekasih", "mantan istri",
    "mantan suami", "penyiar", "fotografer", "desainer", "arsitek", "insinyur", "programmer", "penasihat",
    "konsultan", "pelukis", "novelis", "penyair", "kolumnis", "blogger", "pengkhotbah", "kandidat", "calon",
    "capres", "cawapres", "cagub", "caleg", "kepala", "ketua", "pemimpin", "tahanan", "narapidana", "buronan",
    "selebritas", "petambak", "pelopor", "perintis", "pencipta", "penemu", "model", "rapper", "musisi", "gitaris", "drummer", "pianis", "dalang", "pesulap",
    "striker", "winger", "playmaker", "juara", "pengajar", "pasien", "penumpang", "pengunjung", "penonton", "peserta", "siswa", "murid", "penyerang", "gelandang", "bek", "kiper", "penjaga gawang", "petenis", "pegolf", "perenang", "pesepeda", "awak",
    "pilot", "kopilot", "co-pilot", "mekanik", "teknisi", "pramugari", "pramugara", "masinis", "nakhoda", "dj",
    "kakek", "nenek", "paman", "bibi",
    // players and performers by the pe- of their sport or stage ("pebasket", "pesinetron")
    "pebasket", "pebulutangkis", "pesepakbola", "pevoli", "pesilat", "pecatur", "pegulat", "pesenam", "pelari",
    "peselancar", "pejudo", "pekarate", "pedayung", "penyelam", "pebiliar", "pesinetron", "pedangdut",
    "pelawak", "penari",
  ],
  roleModifiers: ["mantan", "eks", "bekas", "calon", "wakil", "plt", "sang", "kandidat", "almarhum", "mendiang"],
  // "no" as in the Japanese "Minamoto no Yoritomo"; lower case "no" is no Indonesian word
  particles: ["no", "bin", "binti", "van", "de", "der", "den", "von", "al", "el", "da", "dos", "das", "la", "le", "du", "del", "della", "ibn", "ibnu", "abu", "bt", "bte", "ter"],
  nameSuffixes: ["jr", "sr"],
  degrees: [
    "sh", "mh", "msi", "se", "mm", "skom", "st", "mt", "spd", "mpd", "ssos", "spsi", "phd", "mba", "ma", "ba",
    "sag", "lc", "mag", "mhum", "sip", "ssi", "skm", "sked", "mkes", "spog", "spa", "sppd", "sps", "mkn",
    "llm", "msc", "bsc", "mpa", "mpp", "sfarm", "apt", "shi", "mhi", "spdi", "mpdi", "ssn", "dea", "cpa",
  ],
  // English names of institutions appear in Indonesian news as written ("Dartmouth College")
  orgMarkers: [...indonesianOrgMarkers, ...englishOrgMarkers, "show", "college", "air", "airlines", "award", "awards", "festival", "piala", "cup", "league", "band", "records", "gugus", "satgas", "tim", "ka", "krl", "kereta", "smp", "sma", "smk", "sd", "mts", "sekolah", "sltp", "slta", "studio", "tv", "fm", "radio", "penghargaan", "anugerah"],
  placeMarkers: [
    "kota", "kabupaten", "provinsi", "desa", "kelurahan", "kecamatan", "pulau", "gunung", "sungai", "danau",
    "selat", "teluk", "laut", "samudra", "samudera", "jalan", "jl", "bandara", "pelabuhan", "stasiun",
    "terminal", "kampung", "dusun", "pantai", "tanjung", "semenanjung", "lembah", "bukit", "kepulauan",
    "taman", "gili", "bandar", "bandar udara", "puncak", "tugu", "monumen", "distrik", "onderdistrik", "karesidenan", "keresidenan", "kawedanan", "nagari", "alun-alun", "lapangan", "stadion", "stadium", "arena", "sirkuit", "pasar", "masjid", "gereja", "pura", "candi", "museum",
    // their abbreviations: "Kab. Bogor", "Kec. Ciampea", "Prov. Jambi"
    "kab", "kec", "kel", "prov", "kab.", "kec.", "kel.", "prov.",
  ],
  placePrepositions: ["di", "ke", "dari", "menuju", "asal", "wilayah", "kawasan", "daerah"],
  // compass points and "Raya" close the names of districts and regions ("Grogol Selatan", "Kutai Timur")
  firmPrefixes: ["pt", "cv", "ud", "pd", "perum", "persero"],
  legalForms: ["tbk", "inc", "ltd", "llc", "corp", "plc", "ag", "sa", "spa", "nv", "bv", "ab", "gmbh", "bhd"],
  placeSuffixes: ["selatan", "utara", "barat", "timur", "tengah", "tenggara", "raya", "kepulauan", "daya", "laut"],
  placeOnlyPrepositions: ["di", "menuju", "wilayah", "kawasan", "daerah"],
  places: [...indonesianPlaces, ...englishPlaces, "RI", "RRC", "RRT", "UEA", "Tanah Air", "Metro Jaya"],
  // world firms and bodies appear in Indonesian news under their own names
  organisations: [...indonesianOrganisations, ...englishOrganisations],
  publicationMarkers: indonesianPublicationMarkers,
  // English words are common in Indonesian news too (names of brands, shows and events)
  commonWords: [...indonesianCommonWords, ...indonesianOfficeWords, ...englishCommonWords],
  // affixed words ("Pertemuan", "Perbandingan", "Kalaupun", "Pembangunan", "Pengunjung") are not names
  // (meN- and di- verbs end in -kan, not -an: "Mediarman", "Dirman" are names)
  commonPattern: /^(?:pe[nmr]?|per|pem|peng|peny|ke|ber|ter)\p{L}{4,}(?:an|kan|nya|pun|lah)$|^(?:me[nmy]?|meng|di)\p{L}{4,}(?:kan|nya|pun|lah)$|^\p{L}{3,}nya$|^\p{L}+2$|^(?:peng|peny|pem)[aeiou]\p{L}{3,}$|^pem[bp]\p{L}{5,}$/u,
  pronouns: ["ia", "dia", "beliau"],
  demonstratives: ["tersebut", "itu", "ini"],
  roleTrailers: ["politik", "senior", "utama", "agung", "besar", "baru", "lama"],
  broadTitles: ["presiden", "pemimpin", "menteri"],
  partitives: ["salah satu", "salah seorang", "seorang", "beberapa", "para"],
  namelyWords: ["yakni", "yaitu", "ialah"],
  // English articles too, as the old code read them in Indonesian text
  thingArticles: ["sebuah", "suatu", "a", "an", "the"],
  hyphenArticles,
  appositionArticles: ["seorang", "sang"],
  roleOpeners: ["selaku", "sebagai"],
  roleHeadFirst: true,
  possessorAfterNoun: true,
  roleEnders: ["yakni", "yaitu", "itu", "ini", "tersebut", "adalah", "merupakan", "akan", "pun", "bahwa", "untuk", "dengan", "kepada", "oleh", "saat", "ketika", "sejak", "karena"],
  appositionStops: ["yang", "dan", "mengatakan", "kata", "telah", "juga"],
  thenPhrases: ["saat itu", "kala itu", "ketika itu", "waktu itu", "saat ini", "kala ini", "ketika ini", "waktu ini"],
  ownerModifiers: ["dekat", "lama", "baik", "dinas", "pribadi", "resmi", "pertama", "terakhir", "lainnya", "sendiri"],
  // English titles appear in Indonesian news as written ("CEO of ...")
  titleLinks: ["urusan", "of", "for"],
  timeOpeners: ["pada", "sejak", "setelah", "sebelum", "sesudah", "selama", "hingga", "sampai"],
  timeClosers: ["itu", "ini", "sama", "tersebut", "lalu"],
  verbPattern: /^(?:mem|men|meng|meny|ber|di|me)\p{L}{3,}$/u,
  verbPrefixes: ["meng", "meny", "mem", "men", "me", "ber", "di"],
  determiners: [],
  // Indonesian says "warga Australia", so nationality adjectives are few; religions and ethnic groups
  // qualify a person the same way ("beragama Kristen Protestan", "ulama Minangkabau")
  demonyms: [
    "islam", "muslim", "kristen", "protestan", "katolik", "hindu", "buddha", "budha", "konghucu", "yahudi",
    "minangkabau", "minang", "batak", "sunda", "bugis", "betawi", "melayu", "dayak", "toraja", "tionghoa",
    "sasak", "mandailing", "jawa", "madura", "banjar", "bumiputra", "bumiputera", "pribumi",
    // peoples abroad often in the news
    "rohingya", "uighur", "uyghur", "kurdi", "pashtun", "tamil",
  ],
  mononyms: true,
  bareNamePairs: false,
  verbContext: true,
  transitivePattern: /^(?:mem|men|meng|meny|me)\p{L}{3,}(?:kan|i)$|^(?:meminta|mengajak|melamar|menemui|mengganti|menggantikan|memanggil|mengundang|menunjuk|melantik|memecat|menangkap|menahan|memeriksa|mendampingi|menemani|menggugat|melaporkan|mendukung|mengalahkan)$/u,
  auxiliaries: ["akan", "telah", "sudah", "sempat", "pernah", "masih", "sedang", "tengah", "bisa", "dapat", "harus", "tidak", "tak", "belum", "juga", "pun", "lalu", "kemudian", "bahkan", "belakangan", "langsung", "segera"],
  personPrepositions: ["kepada", "oleh", "bersama", "maupun"],
  // Javanese "Raden" belongs to the name it opens ("Raden Saleh", "Raden Ajeng Kartini")
  // and the Acehnese and Malay "Teuku", "Cut", "Tengku" are written as part of the name ("Cut Nyak Dhien"),
  // as are a sultan's title ("Sultan Hamengku Buwono X"), "KH" ("KH Abdurrahman Wahid") and a knight's
  // "Sir" in Indonesian news (IDNer and NERGrit annotate all of them inside the name, 15 to 0)
  nameHonorifics: ["bung", "gus", "raden", "teuku", "cut", "tengku", "sultan", "kh", "sir"],
  // a Roman numeral ends a name ("Hamengkubuwono X"), never opens one ("PT Angkasa Pura II Muhammad Awaluddin")
  notNamePattern: /^(?:I{2,3}|IV|VI{1,3}|IX|XI{1,3})$/u,
  particleClitics: ["kah", "lah", "tah", "pun", "nya"],
  // (the word table's English words that Indonesian corpora do not know: scripts/train/word-classes.ts)
  loneNotNameClasses: ["~English"],
  possessorNouns: [
    "kabinet", "pemerintahan", "era", "rezim", "kubu", "sosok", "gaya", "langkah", "pernyataan", "ucapan",
    "pidato", "kepemimpinan", "pencalonan", "pencapresan", "teman", "kawan", "kediaman", "rumah", "nama",
    "citra", "jabatan", "pendukung", "simpatisan", "istri", "suami", "ayah", "ibunda", "putra", "putri", "adik", "kakak",
    "karier", "kariernya", "kemenangan", "keluarga", "penculikan", "kredit", "kematian", "kelahiran", "pernikahan",
    "makam", "biografi", "memoar", "julukan", "pasangan", "duet",
  ],
  namePrefixes: ["i", "ni"],
  personPredicates: [
    "lahir", "dilahirkan", "meninggal", "wafat", "tewas", "gugur", "dimakamkan", "menikah", "menikahi",
    "dinikahi", "bercerai", "tamatan", "lulusan", "alumnus", "alumni", "berusia", "bersolo", "berduet",
    "bernyanyi", "berperan", "memerankan", "pensiun", "dibesarkan", "hamil", "melahirkan", "berdarah",
    "berkebangsaan", "berkewarganegaraan", "beragama",
  ],
  baseVerbs: [
    "tampil", "hadir", "datang", "pergi", "pulang", "tiba", "tinggal", "kembali", "masuk", "keluar", "mundur",
    "pindah", "mulai", "ikut", "ingin", "mau", "tahu", "lupa", "ingat", "setuju", "bilang", "minta", "lahir",
    "meninggal", "wafat", "tewas",
  ],
  namingWords: ["bernama"],
  namingParticiples: ["bernama", "berjudul", "dijuluki"],
  deities: ["allah", "allah swt", "tuhan", "tuhan yang maha esa", "god"],
  femaleHonorifics: ["ibu", "bu", "ny", "nyonya", "nn", "nona", "sdri", "saudari", "mbak", "hj", "hajah", "nyi", "tante", "almarhumah", "mrs", "ms"],
  maleHonorifics: ["bapak", "pak", "tn", "tuan", "sdr", "saudara", "mas", "bung", "haji", "kh", "gus", "ki", "teuku", "om", "mr", "sir"],
  aliasCues: [
    "alias", "beralias", "berjuluk", "dijuluki", "akrab disapa", "biasa disapa", "karib disapa", "akrab dipanggil",
    "biasa dipanggil", "bernama panggung", "nama panggung", "bernama samaran", "nama samaran",
  ],
  realNameCues: ["sapaan akrab", "sapaan karib", "panggilan akrab", "bernama asli", "nama asli", "bernama lengkap", "nama lengkap"],
  jurisdictionTitles: [
    "gubernur", "wakil gubernur", "wagub", "bupati", "wakil bupati", "wali kota", "walikota", "wakil wali kota",
    "camat", "lurah", "kapolda", "kapolres", "kapolresta", "kapolsek", "wakapolda", "wakapolres", "pangdam",
    "danrem", "dandim", "danramil", "kajati", "kajari", "kepala desa", "kades",
  ],
  foundingVerbs: ["mendirikan", "mendirikannya", "membentuk", "didirikannya"],
  copulas: ["adalah", "merupakan", "ialah", "menjadi"],
  humanClassifiers: ["seorang"],
  // nouns for people that are no role: "pria bernama X", "wanita 34 tahun itu" (a description of the one just named)
  personNouns: [
    "pria", "wanita", "perempuan", "laki-laki", "lelaki", "orang", "bocah", "remaja", "gadis", "pemuda", "pemudi",
    "bayi", "balita", "nenek", "kakek", "janda", "duda", "penduduk", "siswa", "siswi", "pelajar", "pasien",
    "pekerja", "turis", "wisatawan", "penumpang", "pendaki", "pemudik", "jutawan", "sosok", "pensiunan", "veteran",
  ],
  closedClass: ["ke", "dari", "yang", "dan", "atau", "untuk", "dengan", "pada", "dalam", "ini", "itu", "akan", "tidak", "bukan", "jadi", "bisa", "lebih", "usai", "saat", "soal", "demi", "agar", "karena"],
  thingHeads: [
    "doktrin", "operasi", "perang", "piagam", "perjanjian", "deklarasi", "program", "proyek", "undang-undang",
    "peraturan", "konvensi", "tragedi", "peristiwa", "insiden", "skandal", "badai", "topan", "festival",
    "piala", "album", "film", "lagu", "single", "novel", "buku", "serial", "sinetron", "acara", "perusahaan",
    "organisasi", "lembaga", "partai", "klub", "merek", "game", "permainan", "roda", "kereta", "kapal",
    // bills and regulations, classical works: "RUU Cipta Kerja", "Perppu Ormas", "Serat Centhini"
    "ruu", "uu", "perppu", "perpres", "permen", "perda", "serat", "kitab", "hikayat", "babad",
    // presidential instructions and decrees, governors', regents' and mayors' regulations: "Inpres Megawati"
    "inpres", "keppres", "kepres", "pergub", "perbup", "perwali", "perwal", "perkap", "perma",
    // feasts of the lunar calendar, which the time grammar cannot date: "Idul Fitri", "Isra Miraj" ("Maulid" is a name too)
    "idul", "iduladha", "idulfitri", "isra",
  ],
  thingNouns: [
    "perusahaan", "organisasi", "lembaga", "partai", "klub", "merek", "brand", "produsen", "pabrikan", "situs",
    "aplikasi", "kegiatan", "gerakan", "maskapai", "produk", "majalah", "koran", "grup", "band", "single",
    "game", "platform", "startup", "perseroan", "emiten", "pesawat", "kapal", "acara", "program", "serial",
    "sinetron", "layanan", "kompetisi", "kontes", "ajang", "turnamen", "kejuaraan", "kabar", "harian", "laman",
  ],
  asWords: ["sebagai"],
  actingWords: ["peran", "perannya", "berperan", "memerankan", "karakter", "tokoh", "pemeran", "suara"],
  actingVerbs: ["memerankan"],
  proximalDemonstratives: ["ini"],
  givenNames: [...indonesianGivenNames, ...internationalGivenNames, ...japaneseGivenNames],
  familyNames: internationalFamilyNames,
  givenNameVariants,
};
