// Indonesian time words, for the shared time-expression grammar (src/extract/time/).
import type { TimeLexicon } from "../types.js";

export const time: TimeLexicon = {
  months: {
    januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5,
    juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9,
    oktober: 10, okt: 10, november: 11, nov: 11, nop: 11, desember: 12, des: 12,
  },
  weekdays: { senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7 },
  numbers: {
    satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
    sebelas: 11, "dua belas": 12, "lima belas": 15, "dua puluh": 20, "tiga puluh": 30, "empat puluh": 40,
    "lima puluh": 50, seratus: 100, beberapa: -1, berbulan: -1,
  },
  onePrefixes: ["se"],
  units: {
    tahun: "Y", bulan: "M", minggu: "W", pekan: "W", hari: "D", jam: "H", menit: "MI", detik: "S",
    dekade: "DE", dasawarsa: "DE", abad: "CE", kuartal: "Q", triwulan: "Q", semester: "H2", malam: "D",
  },
  yearCues: [
    "tahun", "pada", "sejak", "semenjak", "hingga", "sampai", "per", "awal", "akhir", "pertengahan", "medio",
    "selama", "sekitar", "dari", "antara", "di", "menjelang", "jelang", "sebelum", "setelah", "sesudah",
    "usai", "pasca", "penghujung", "era", "periode", "musim",
  ],
  yearWord: ["tahun"],
  monthWord: ["bulan"],
  anchors: {
    sejak: "since", semenjak: "since", per: "as-of", hingga: "until", sampai: "until", "sampai dengan": "until",
    sebelum: "before", setelah: "after", sesudah: "after", usai: "after", pasca: "after", menjelang: "before",
    jelang: "before",
  },
  parts: {
    awal: { modifier: "early", mod: "START" },
    "permulaan": { modifier: "early", mod: "START" },
    pertengahan: { modifier: "mid", mod: "MID" },
    medio: { modifier: "mid", mod: "MID" },
    akhir: { modifier: "late", mod: "END" },
    penghujung: { modifier: "late", mod: "END" },
    ujung: { modifier: "late", mod: "END" },
  },
  approx: { sekitar: { inside: true }, "kira-kira": { inside: true }, sekira: { inside: true } },
  deictic: {
    ini: { offset: 0, position: "after" },
    lalu: { offset: -1, position: "after" },
    kemarin: { offset: -1, position: "after" },
    silam: { offset: -1, position: "after" },
    depan: { offset: 1, position: "after" },
    mendatang: { offset: 1, position: "after" },
    berikutnya: { offset: 1, position: "after" },
  },
  relativeDays: { kemarin: -1, "kemarin lusa": -2, besok: 1, esok: 1, lusa: 2 },
  ago: ["lalu", "yang lalu", "silam", "sebelumnya"],
  later: ["kemudian", "lagi", "mendatang", "ke depan"],
  sameBefore: [],
  sameAfter: ["yang sama", "itu", "tersebut"],
  every: ["setiap", "tiap", "saban", "tiap-tiap"],
  timeOfDay: {
    cues: ["pukul", "jam"],
    am: ["pagi", "dini hari", "subuh"],
    pm: ["siang", "sore", "petang", "malam"],
    zones: ["wib", "wita", "wit", "gmt", "utc"],
  },
  refs: { "saat ini": "PRESENT_REF", sekarang: "PRESENT_REF", "dewasa ini": "PRESENT_REF", "saat itu": "PAST_REF", "ketika itu": "PAST_REF", "kala itu": "PAST_REF", "waktu itu": "PAST_REF", "saat yang sama": "PAST_REF" },
  seasons: { "musim semi": "SP", "musim panas": "SU", "musim gugur": "FA", "musim dingin": "WI", "musim hujan": "WI", "musim penghujan": "WI", "musim kemarau": "SU" },
  quarter: ["kuartal", "triwulan"],
  rangeConnectors: ["hingga", "sampai", "-", "–", "s.d.", "sampai dengan"],
  numericOrder: "dmy",
};
