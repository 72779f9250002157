// Words that name ministries, offices and fields after a title ("Menteri Perumahan Rakyat", "Jaksa
// Agung Muda Pidana Umum", "Menko Polhukam"): capitalised there, never names. General knowledge.
export const indonesianOfficeWords: string[] = [
  "agama", "agraria", "anak", "aparatur", "badan", "birokrasi", "budaya", "daerah", "daya", "desa", "dalam",
  "energi", "hukum", "hidup", "informatika", "investasi", "kebudayaan", "kecil", "keamanan", "kehakiman",
  "kehutanan", "kelautan", "kemaritiman", "kepegawaian", "kerja", "kesehatan", "kesejahteraan", "keuangan",
  "koordinator", "komunikasi", "koperasi", "luar", "manusia", "marves", "menengah", "mineral", "muda",
  "negara", "negeri", "nasional", "olahraga", "pariwisata", "pekerjaan", "pemberdayaan", "pembangunan",
  "pemuda", "pendidikan", "perdagangan", "perekonomian", "perempuan", "perencanaan", "perhubungan",
  "perikanan", "perindustrian", "perkebunan", "perlindungan", "pertahanan", "pertanian", "pertambangan",
  "perumahan", "pidana", "perdata", "pmk", "polhukam", "politik", "rakyat", "reformasi", "riset", "ruang",
  "sekretariat", "sosial", "sumber", "tata", "teknologi", "tenaga", "tertinggal", "tinggi", "transmigrasi",
  "umum", "usaha", "utama", "khusus", "militer", "intelijen", "ekonomi", "kreatif", "digital", "lingkungan",
  "perguruan", "ilmu", "pengetahuan", "kependudukan", "keluarga", "berencana", "pangan", "logistik",
  "bencana", "penanggulangan", "statistik", "pusat", "wilayah", "provinsi", "kabupaten", "kota", "tim",
  "minyak", "gas", "bumi", "hulu", "hilir", "panitia", "komite", "pelaksana",
  "debut", "kaget", "jo", "pasal", "ayat", "salat", "shalat", "sholat", "tarawih", "natal", "lebaran", "idulfitri", "iduladha", "imlek", "nyepi", "waisak", "paskah", "ramadan", "ramadhan", "nomor", "no", "imigrasi", "sidang", "paripurna", "rapat", "konstitusi", "guna", "rp", "hakim", "demi", "meski", "meskipun", "walau", "walaupun", "kalaupun", "adapun", "apalagi", "bahkan", "sebab",
];
