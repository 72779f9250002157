// Indonesian: what is always loaded (language detection and debris lines).
import type { LanguageInfo } from "../types.js";

export const info: LanguageInfo = {
  code: "id",
  name: "Indonesian",
  stopwords: [
    "yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk", "pada", "tidak", "akan", "dalam",
    "adalah", "bahwa", "juga", "telah", "sudah", "oleh", "karena", "atau", "tersebut", "mereka", "kami",
    "ia", "dia", "saat", "namun", "tetapi", "lebih", "bisa", "dapat", "ada", "seperti", "menurut", "tahun",
  ],
  debris: [
    { kind: "caption", pattern: /(?:^|[\s.(|])(?:foto|foto\/ilustrasi|ilustrasi|gambar|sumber foto|dok)\s*[:/]\s*\S/i },
    { kind: "caption", pattern: /\|\s*$/ },
    { kind: "ad", pattern: /^\[\s*(?:iklan|ads?|advert\w*)[_\s-]*\d*\s*\]$/i },
    { kind: "ad", pattern: /^(?:iklan|advertisement|scroll to continue with content|lanjut(?:kan)? membaca)\b.{0,40}$/i },
    { kind: "comments", pattern: /^(?:komentar|tanggapan|comments?)\s*\(?\d*\)?$/i },
    // (in brackets too: "[Baca juga: Pansus Angket ... ]")
    { kind: "related", pattern: /^[[(]?\s*(?:baca juga|baca pula|simak juga|lihat juga|artikel terkait|berita terkait|tonton juga)\s*[:：-]/i },
    { kind: "share", pattern: /^(?:bagikan|share|ikuti kami|follow us|dapatkan update|simak berita)\b.{0,120}$/i },
    { kind: "credit", pattern: /^(?:penulis|editor|reporter|pewarta|penyunting|kontributor)\s*:\s*.{1,80}$/i },
    { kind: "credit", pattern: /^\((?:[a-z]{2,6}\/)*[a-z]{2,6}\)$/i },
    // the page's stamp: "Diperbarui: ..." / "Dipublikasikan: ..." with a date (a line holding only a
    // date stays: it is a time expression of the text, which TimeML gold marks)
    { kind: "credit", pattern: /^(?:diperbarui|dipublikasikan|diterbitkan|terbit|diunggah|update)\b[\s:]*[^\d\n]{0,40}\d.{0,60}$/i },
    { kind: "share", pattern: /^hak cipta\b.{0,160}$/i },
  ],
  readingWpm: 180,
  complementisers: ["bahwa", "jika", "kalau"],
};
