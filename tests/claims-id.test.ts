// Indonesian attribution: each pattern family, pronoun and title resolution, negated cues, quotes over
// two paragraphs, unbalanced and token-spaced quote marks. Invented sentences only.

import { describe, expect, it } from "vitest";
import type { Claim } from "../src/model.js";
import { analyseText } from "../src/pipeline.js";

async function claimsOf(body: string): Promise<Claim[]> {
  const a = await analyseText(`Pemerintah kota menimbang rencana tanggul\n\n${body}\n`, { lang: "id" });
  return a.claims;
}

describe("Indonesian reported speech", () => {
  it("menurut X, ...", async () => {
    const cs = await claimsOf("Menurut Wali Kota Rahmat Siregar, proyek tanggul akan dimulai tahun depan.");
    const c = cs.find((x) => x.cue === "Menurut")!;
    expect(c.source.name).toBe("Rahmat Siregar");
    expect(c.content).toBe("proyek tanggul akan dimulai tahun depan");
  });

  it("X mengatakan (bahwa) ... and X menegaskan ...", async () => {
    const cs = await claimsOf("Insinyur kota Dewi Lestari mengatakan bahwa pondasi tanggul sudah diuji. Dewi juga menegaskan biaya tidak akan naik.");
    expect(cs.find((c) => c.cue === "mengatakan")).toMatchObject({ source: { name: "Dewi Lestari" }, stance: "says", content: "pondasi tanggul sudah diuji" });
    expect(cs.find((c) => c.cue === "menegaskan")).toMatchObject({ source: { name: "Dewi Lestari" }, stance: "asserts" });
  });

  it("membantah is a denial; tidak membantah is not", async () => {
    const cs = await claimsOf("Kontraktor Budi Santoso membantah tuduhan suap itu. Namun Budi tidak membantah bahwa proyek terlambat.");
    expect(cs.find((c) => !c.negated && c.cue === "membantah")!.stance).toBe("denies");
    const neg = cs.find((c) => c.negated)!;
    expect(neg).toMatchObject({ cue: "membantah", stance: "says", source: { text: "Budi", kind: "person" } });
    expect(neg.source.name).toMatch(/Budi Santoso$/);
  });

  it("agentless dilaporkan has an unknown source", async () => {
    const cs = await claimsOf("Proyek itu dilaporkan menelan biaya dua kali lipat.");
    expect(cs.find((c) => c.cue === "dilaporkan")!.source.kind).toBe("unknown");
  });

  it("a connective between commas is not the source: 'Wali kota itu, namun, mengatakan'", async () => {
    const cs = await claimsOf("Wali Kota Rahmat Siregar meninjau tanggul. Dinas pekerjaan umum, sementara itu, mengatakan tanggul itu bocor.");
    expect(cs.map((c) => c.source.text)).toContain("Dinas pekerjaan umum");
  });

  it("a reporting verb in a purpose clause reports nothing: 'untuk benar-benar memastikan', 'guna memastikan'", async () => {
    const cs = await claimsOf("Saat ini pihaknya sudah menutup pemesanan untuk benar-benar memastikan versi produksinya. Petugas melakukan tes usap guna memastikan keberadaan virus. Kepala dinas bertugas untuk melaporkan hasilnya kepada wali kota.");
    expect(cs.map((c) => c.cue)).toEqual(["bertugas untuk melaporkan"]);
  });

  it("a connective opening the sentence is no source: 'Sebaliknya menyatakan bahwa ...'", async () => {
    const cs = await claimsOf("Menghina orang lain tidak dibenarkan. Sebaliknya menyatakan bahwa tanggul itu bocor adalah kritik yang sah.");
    expect(cs.find((c) => c.cue === "menyatakan")?.source.kind ?? "unknown").toBe("unknown");
  });

  it("adverbs and a verb of duty stand between source and cue; a role opening the source describes a person", async () => {
    const cs = await claimsOf("Dinas pekerjaan umum akhirnya memastikan tanggul itu aman. Kepala dinas bertugas untuk melaporkan kepada wali kota hasilnya. Ketua Umum PAN menambahkan hal ini harus diatur.");
    expect(cs.map((c) => `${c.source.text} | ${c.cue} | ${c.source.kind}`)).toEqual([
      "Dinas pekerjaan umum | memastikan | organisation",
      "Kepala dinas | bertugas untuk melaporkan | unnamed",
      "Ketua Umum PAN | menambahkan | unnamed",
    ]);
  });

  it("a speaker after the quote's verb ends at a clause word: 'buka Wenger seperti dikutip Goal', 'kata Yusri saat dihubungi'", async () => {
    const cs = await claimsOf('Wali Kota Rahmat Siregar meninjau tanggul. " Tanggul ini mungkin tidak akan selesai tahun ini, " buka Rahmat seperti dikutip Antara. " Kami menunggu anggaran dari pusat, " kata Kepala Dinas Pekerjaan Umum dan Penataan Ruang Budi Santoso saat dihubungi.');
    // (the relay is a claim of its own, the outlet's: issue 14)
    expect(cs.map((c) => `${c.source.text} | ${c.cue}`)).toEqual(["Rahmat | buka", "Antara | seperti dikutip", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Budi Santoso | kata"]);
  });

  it("a body's short form in brackets stays inside the speaker: 'kata Ketua Umum Masyarakat Transportasi Indonesia (MTI) Agus Taufik'", async () => {
    const cs = await claimsOf('" Kalau SPBU masih buka, orang masih mau mudik, " kata Ketua Umum Masyarakat Transportasi Indonesia (MTI) Agus Taufik Mulyono. Sementara itu harga naik.');
    expect(cs.map((c) => `${c.source.name} | ${c.source.text}`)).toEqual(["Agus Taufik Mulyono | Ketua Umum Masyarakat Transportasi Indonesia (MTI) Agus Taufik Mulyono"]);
  });

  it("a long title after the quote's verb, then the name: 'kata juru bicara Gugus Tugas ... Kabupaten Pemalang, Tutuko Raharjo, dalam ...'", async () => {
    const cs = await claimsOf('" Kami sudah siap, " kata juru bicara Gugus Tugas Percepatan Penanganan Covid-19 Kabupaten Pemalang, Tutuko Raharjo, dalam rekaman video. " Semua aman, " kata Panglima Komando Armada I (Pangkoarmada) Laksda TNI Abdul Rasyid yang memimpin pencarian.');
    expect(cs.map((c) => c.source.name)).toEqual(["Tutuko Raharjo", "Abdul Rasyid"]);
  });

  it("a date the time stage did not read whole is no source, and '..., ujarnya' goes past it", async () => {
    // (no month 13: the time stage leaves the numbers be)
    const cs = await claimsOf('Menteri Budi Santoso, saat rapat di DPR, Senin (5 / 13 / 2020) sore menyatakan, tanggul harus selesai. " Kami butuh anggaran tambahan untuk itu, " ujarnya.');
    expect(cs.map((c) => c.source.name)).toEqual(["unknown", "Budi Santoso"]);
    // read whole (spaced slashes, as pre-tokenised text writes dates), the date leaves the subject the source
    const read = await claimsOf('Menteri Budi Santoso, saat rapat di DPR, Senin (5 / 10 / 2020) sore menyatakan, tanggul harus selesai. " Kami butuh anggaran tambahan untuk itu, " ujarnya.');
    expect(read.map((c) => c.source.name)).toEqual(["Budi Santoso", "Budi Santoso"]);
  });

  it("where it was said, a relative clause and a modal are no part of the speaker: 'kata Rahmat di Jakarta', 'ucap Rahmat yang dilansir Antara'", async () => {
    const cs = await claimsOf('" Tanggul ini aman, " kata Rahmat Siregar di Jakarta, Senin. " Kami menunggu anggaran, " ucap Rahmat yang dilansir Antara. Warga dapat menilai sendiri hasilnya.');
    expect(cs.map((c) => c.source.text)).toEqual(["Rahmat Siregar", "Rahmat", "Antara", "Warga"]);
    // nor how, nor to whom: "tambah Rahmat singkat", "ujar Rahmat dalam konferensi pers", "kata Rahmat kepada wartawan"
    const how = await claimsOf('" Terima kasih kepada warga, " tambah Rahmat singkat. " Kami siap, " ujar Rahmat dalam konferensi pers di Medan. " Anggaran cukup, " kata Menteri Dalam Negeri Budi Santoso kepada wartawan.');
    expect(how.map((c) => c.source.text)).toEqual(["Rahmat", "Rahmat", "Menteri Dalam Negeri Budi Santoso"]);
    // nor what the speaker does meanwhile: "ucap Rahmat memberikan penilaian"
    const doing = await claimsOf('" Tanggul ini aman, " ucap Rahmat memberikan penilaian.');
    expect(doing[0]!.source.text).toBe("Rahmat");
  });

  it("a dateline before the source is no part of it: 'Jakarta (ANTARA News) - Starbucks Corp menyatakan'", async () => {
    const a = await analyseText("Starbucks berganti pemimpin\n\nJakarta (ANTARA News) - Starbucks Corp menyatakan pemimpinnya akan mundur.\n", { lang: "id" });
    expect(a.claims.map((c) => c.source.text)).toEqual(["Starbucks Corp"]);
  });

  it("an unnamed description stays a description", async () => {
    const cs = await claimsOf("Menurut dua pejabat dinas yang tidak mau disebut namanya, anggaran sudah habis.");
    expect(cs.find((c) => c.cue === "Menurut")!.source.kind).toBe("unnamed");
  });
});

describe("Indonesian pronouns and titles", () => {
  it("ia / beliau resolve to the last person", async () => {
    const cs = await claimsOf("Menteri Perhubungan Agus Prasetyo meninjau pelabuhan. Ia mengatakan dermaga baru siap bulan depan.");
    expect(cs.find((c) => c.cue === "mengatakan")!.source).toMatchObject({ name: "Agus Prasetyo", text: "Ia" });
  });

  it("-nya after a quote resolves to the person named before", async () => {
    const cs = await claimsOf("Kepala dinas Sri Wahyuni meninjau tanggul. “Kami akan menambah pompa di sisi utara,” ujarnya.");
    const c = cs.find((x) => x.quote)!;
    expect(c).toMatchObject({ cue: "ujarnya", source: { name: "Sri Wahyuni" } });
  });
});

describe("Indonesian direct quotes", () => {
  it('"...", kata X and X berkata: "..."', async () => {
    const cs = await claimsOf("“Air laut naik lebih cepat dari perkiraan,” kata peneliti Hendra Gunawan. Hendra berkata: “Tanggul harus selesai sebelum musim hujan.”");
    expect(cs.find((c) => c.content.startsWith("Air laut"))).toMatchObject({ quote: true, cue: "kata", source: { name: "Hendra Gunawan" } });
    expect(cs.find((c) => c.content.startsWith("Tanggul harus"))).toMatchObject({ quote: true, cue: "berkata", source: { name: "Hendra Gunawan" } });
  });

  it("token-spaced quotes opened with ” (as in Kompas corpora) pair up", async () => {
    const cs = await claimsOf("Nelayan Yusuf Hamid hadir . ” Kami belum diajak bicara soal tanggul ini , ” kata Yusuf . ” Perahu kami tidak bisa lewat nanti , ” ujarnya .");
    const qs = cs.filter((c) => c.quote);
    expect(qs.map((c) => c.content)).toEqual(["Kami belum diajak bicara soal tanggul ini ,", "Perahu kami tidak bisa lewat nanti ,"]);
    expect(qs.every((c) => c.source.name === "Yusuf Hamid")).toBe(true);
  });

  it("token-spaced “ ... ” pairs up", async () => {
    const cs = await claimsOf("Camat Lina Marlina hadir . “ Semua warga sudah kami data , ” kata Lina .");
    expect(cs.find((c) => c.quote)).toMatchObject({ content: "Semua warga sudah kami data ,", source: { name: "Lina Marlina" } });
  });

  it("a quote spanning two paragraphs stays one claim", async () => {
    const cs = await claimsOf("Camat Lina Marlina menjelaskan rencananya. “Tahap pertama adalah tanggul.\n\n“Tahap kedua adalah pompa air yang besar,” kata Lina.");
    const c = cs.find((x) => x.quote)!;
    expect(c.content).toMatch(/^Tahap pertama adalah tanggul\..*pompa air yang besar,$/);
    expect(c.source.name).toBe("Lina Marlina");
  });

  it("an odd number of quote marks never crashes", async () => {
    const cs = await claimsOf("Camat Lina Marlina berkata “tanggul itu kuat. Kemudian ia menambahkan, “Kami akan mulai membangun hari Senin depan,” dan pergi.");
    expect(cs.some((c) => c.quote && c.content.startsWith("Kami akan mulai"))).toBe(true);
  });
});

describe("Indonesian quote conventions", () => {
  it("a quote after a reporting clause's quote stays its own claim, with the speaker just before it", async () => {
    const cs = await claimsOf("Warga pesisir cemas. Nelayan Budi Santoso berkata: “Air laut naik setiap tahun di kampung kami.” “Kami tidak bisa melaut lagi sejak bulan lalu.”");
    const quotes = cs.filter((c) => c.quote);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((c) => c.source.name)).toEqual(["Budi Santoso", "Budi Santoso"]);
  });
});

describe("Indonesian content after a comma", () => {
  it("'X menyampaikan, ...' after a quote: the words after the comma are the content, not an adjunct", async () => {
    const cs = await claimsOf("Warga berkumpul di balai desa. “Kami sudah siap sejak pagi.” Ketua RT Budi Santoso menyampaikan, tanggul baru akan dibangun bulan depan.");
    const c = cs.find((x) => x.cue === "menyampaikan")!;
    expect(c.source.name).toBe("Budi Santoso");
    expect(c.content).toBe("tanggul baru akan dibangun bulan depan");
  });
  it("'..., ujarnya' after reported speech that names someone else goes back to that speech's speaker", async () => {
    const cs = await claimsOf('Wali Kota Rahmat Siregar mengatakan, Budi Santoso tidak hadir dalam rapat. "Kami akan tetap melanjutkan pembangunan tanggul itu," ujarnya.');
    const q = cs.find((c) => c.quote)!;
    expect([q.source.name, q.cue]).toEqual(["Rahmat Siregar", "ujarnya"]);
  });

  it("... even when that speaker is an unnamed description", async () => {
    const cs = await claimsOf('Seorang pengamat politik dari Universitas Lampung menilai, paslon Wahdi Rahmat membuat sejarah baru. "Kemungkinan ada strategi politik yang menyentuh publik," katanya.');
    const q = cs.find((c) => c.quote)!;
    expect([q.source.name, q.source.kind]).toEqual(["Seorang pengamat politik dari Universitas Lampung", "unnamed"]);
  });
  it("a quoted title after 'webinar', 'berjudul' is no one's words", async () => {
    const cs = await claimsOf('Wali Kota Rahmat Siregar hadir dalam webinar "Berdamai dengan Banjir di Kota Pesisir" pada Senin. Buku berjudul "Tanggul Kita untuk Masa Depan" juga diluncurkan.');
    expect(cs.filter((c) => c.quote)).toHaveLength(0);
  });
  it("'..., ujarnya' goes to the speaker of reported speech named after the last person, even one the people stage does not know", async () => {
    const cs = await claimsOf('Kasus itu diungkap Bupati Rahmat Siregar pekan lalu. Terkait hal itu, Suhup, mengatakan, pemerintah tidak pernah berhenti mengingatkan. "Kami dari satuan tugas sudah bekerja maksimal," ujarnya.');
    const q = cs.find((c) => c.quote)!;
    expect([q.source.name, q.cue]).toEqual(["Suhup", "ujarnya"]);
  });
});


describe("issue 14: every attribution in Indonesian articles", () => {
  it("a cue with the clitic '-nya' is read by rule: 'Menurutnya, ...', ', ujarnya.' without quote marks", async () => {
    const cs = await claimsOf("Pengamat tata kota Rina Wijaya mengatakan tanggul itu terlalu rendah. Menurutnya, air laut akan naik lebih cepat. Proyek harus ditunda sampai kajian selesai, ujarnya.");
    expect(cs.find((c) => c.cue === "Menurutnya")).toMatchObject({ source: { name: "Rina Wijaya" }, content: "air laut akan naik lebih cepat" });
    expect(cs.find((c) => c.cue === "ujarnya")).toMatchObject({ source: { name: "Rina Wijaya" }, content: "Proyek harus ditunda sampai kajian selesai" });
  });

  it("a pronoun stands for the one reported of, not for a person named inside what they said", async () => {
    const cs = await claimsOf("Rina Wijaya mengatakan bahwa kebijakan itu dibuat oleh Budi Santoso. Dia menilai kebijakan tersebut terburu-buru.");
    expect(cs.find((c) => c.cue === "menilai")!.source.name).toBe("Rina Wijaya");
  });

  it("a related-article line in brackets is debris, and names no speaker", async () => {
    const a = await analyseText("Pemerintah kota menimbang rencana tanggul\n\nRina Wijaya menegaskan tanggul harus ditinggikan.\n\n[Baca juga: Budi Santoso Tolak Rencana Tanggul]\n\n\" Kita tidak punya waktu lagi, \" tutupnya.\n", { lang: "id" });
    expect(a.document.debris.some((d) => d.kind === "related")).toBe(true);
    expect(a.claims.find((c) => c.cue === "tutupnya")!.source.name).toBe("Rina Wijaya");
  });

  it("passives are read by rule from the active verbs: 'disampaikan oleh X', 'Hal itu dikatakan X', 'Dijelaskan X, ...', agentless 'Disebutkan, ...'", async () => {
    const cs = await claimsOf("Rencana itu disampaikan oleh Wali Kota Rahmat Siregar. Tanggul akan melindungi kampung. Hal itu dikatakan Rahmat di balai kota. Dijelaskan Rahmat, tanggul akan dibangun tahun depan. Disebutkan, biaya proyek mencapai dua miliar rupiah.");
    // (the headline is not what "Rencana itu" points back at; "Hal itu" is the sentence before it)
    expect(cs.find((c) => c.cue.startsWith("disampaikan"))).toMatchObject({ source: { name: "Rahmat Siregar" }, content: "Rencana itu" });
    expect(cs.find((c) => c.cue === "dikatakan")).toMatchObject({ source: { name: "Rahmat Siregar" }, content: "Tanggul akan melindungi kampung." });
    expect(cs.find((c) => c.cue === "Dijelaskan")).toMatchObject({ source: { name: "Rahmat Siregar" }, content: "tanggul akan dibangun tahun depan" });
    expect(cs.find((c) => c.cue === "Disebutkan")).toMatchObject({ source: { kind: "unknown" }, content: "biaya proyek mencapai dua miliar rupiah" });
  });

  it("a passive in a relative or time clause, or stating a status, reports nothing", async () => {
    const cs = await claimsOf("Menurut dua pejabat yang tidak disebutkan namanya, proyek itu mahal. Kapal itu dinyatakan hilang. Saat diumumkan Rahmat sempat terdiam.");
    expect(cs.map((c) => c.cue)).toEqual(["Menurut"]);
  });

  it("admissions and accusations: 'mengaku', 'menuduh'; agentless 'dikabarkan'", async () => {
    const cs = await claimsOf("Pengusaha itu, Budi Santoso, mengaku belum menerima pembayaran. Ia menuduh pemerintah kota menunda dana. Budi dikabarkan akan menggugat.");
    expect(cs.find((c) => c.cue === "mengaku")).toMatchObject({ source: { name: "Budi Santoso" }, content: "belum menerima pembayaran" });
    expect(cs.find((c) => c.cue === "menuduh")).toMatchObject({ source: { name: "Budi Santoso" }, stance: "hedges" });
    expect(cs.find((c) => c.cue === "dikabarkan")!.source.kind).toBe("unknown");
  });

  it("relays and sources opening the sentence: 'Mengutip X, ...', 'Berdasarkan X, ...'; elsewhere the words are no cue", async () => {
    const cs = await claimsOf("Mengutip Reuters, harga minyak turun tajam. Sementara itu, berdasarkan penyelidikan polisi, motif penyerangan murni karena emosi. Harga dihitung berdasarkan jumlah barel yang terjual.");
    expect(cs.find((c) => c.cue === "Mengutip")).toMatchObject({ source: { name: "Reuters" }, content: "harga minyak turun tajam" });
    expect(cs.find((c) => c.cue === "berdasarkan")).toMatchObject({ source: { name: "penyelidikan polisi" }, content: "motif penyerangan murni karena emosi" });
    expect(cs.filter((c) => c.cue === "berdasarkan")).toHaveLength(1);
  });

  it("a quote-only cue set off by commas with no quote: inserted ', kata X,' reports the whole clause; closing it, the clause before", async () => {
    const cs = await claimsOf("Keputusan itu, kata Rina Wijaya, merupakan hasil rapat bersama. Tanggul akan dibangun tahun depan, kata Rina melalui keterangan tertulis.");
    expect(cs.find((c) => c.cue === "kata" && c.content.startsWith("Keputusan"))).toMatchObject({ source: { name: "Rina Wijaya" }, content: "Keputusan itu, kata Rina Wijaya, merupakan hasil rapat bersama" });
    expect(cs.find((c) => c.cue === "kata" && c.content.startsWith("Tanggul"))).toMatchObject({ source: { name: "Rina Wijaya" }, content: "Tanggul akan dibangun tahun depan" });
    // "kata" is also "word": lower case after it, it is the noun
    expect((await claimsOf("Ia mengetik, kata demi kata, di layar.")).filter((c) => c.cue === "kata")).toHaveLength(0);
  });

  it("a description closed by 'itu'/'tersebut' is the person the article gave that role, or the one just named", async () => {
    const cs = await claimsOf("Ketua Umum Partai Hanura Oesman Sapta Odang dilantik kemarin. Ketua Umum Partai Hanura itu mengaku belum mengetahui aturan. Politikus senior tersebut mengatakan ia siap mundur.");
    expect(cs.find((c) => c.cue === "mengaku")!.source).toMatchObject({ name: "Oesman Sapta Odang", kind: "person", text: "Ketua Umum Partai Hanura itu" });
    expect(cs.find((c) => c.cue === "mengatakan")!.source.name).toBe("Oesman Sapta Odang");
  });

  it("a relative pronoun as source stands for the phrase before it: 'Banyak pihak yang berspekulasi'", async () => {
    const cs = await claimsOf("Banyak pihak yang berspekulasi, penyerangan ini terkait kasus lama.");
    expect(cs.find((c) => c.cue === "berspekulasi")!.source.name).toBe("Banyak pihak");
  });

  it("nested attributions: a relay's outlet is the source of the relay, the words it carried keep their speaker", async () => {
    const quoted = await claimsOf('" Kami akan terus bekerja, " ucap Rahmat Siregar yang dilansir Antara, Senin.');
    expect(quoted.map((c) => [c.source.name, c.cue, c.content])).toEqual([
      ["Rahmat Siregar", "ucap", "Kami akan terus bekerja,"],
      ["Antara", "yang dilansir", "Kami akan terus bekerja,"],
    ]);
    const reported = await claimsOf("Rina Wijaya menegaskan bahwa tanggul itu aman, menurut pernyataan Bank Dunia yang dikutip kantor berita Xinhua.");
    expect(reported.map((c) => c.source.name)).toEqual(["Rina Wijaya", "Bank Dunia", "Xinhua"]);
    expect(new Set(reported.map((c) => c.content)).size).toBeLessThanOrEqual(2);
    // with no attribution before it, a relay reports its clause
    expect((await claimsOf("Harga minyak turun tajam pada Senin, seperti dilansir Reuters.")).map((c) => [c.source.name, c.content])).toEqual([["Reuters", "Harga minyak turun tajam pada Senin"]]);
  });

  it("verbs of writing and posting: 'tulis akun @X dalam unggahannya', '..., cuitnya'", async () => {
    const cs = await claimsOf('" Penghargaan untuk petugas itu atas kesabarannya, " tulis akun @DinasKota dalam unggahannya. " Semoga menjadi teladan, " cuitnya.');
    expect(cs.map((c) => [c.cue, c.source.text, c.quote])).toEqual([
      ["tulis", "akun @DinasKota", true],
      ["cuitnya", "cuitnya", true],
    ]);
    expect(cs[1]!.source.name).toBe(cs[0]!.source.name);
  });

  it("a quote over several paragraphs before its 'ujar X' is one claim of X", async () => {
    const cs = await claimsOf("Camat Lina Marlina menjelaskan rencananya.\n\n“Tahap pertama adalah tanggul.\n\n“Tahap kedua adalah pompa air.\n\n“Tahap ketiga adalah rumah pompa yang besar,” ujar Lina.");
    const q = cs.filter((c) => c.quote);
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ cue: "ujar", source: { name: "Lina Marlina" } });
    expect(q[0]!.content).toMatch(/^Tahap pertama .*Tahap kedua .*Tahap ketiga .*besar,$/);
  });

  it("'Sehingga, menurut X, ...': with only a connective before the cue, a short clause after the source is the content", async () => {
    const cs = await claimsOf("Aktor itu menilai film tersebut.\n\nSehingga, menurut Budi Santoso, penilaiannya subjektif.");
    expect(cs.find((x) => x.cue === "menurut")).toMatchObject({ source: { name: "Budi Santoso" }, content: "penilaiannya subjektif" });
  });

  it("a source written with no comma after it, the clause going on: 'menurut Agus kebijakan itu ...', 'Kemacetan, kata Tito terjadi ...'", async () => {
    const cs = await claimsOf("Pemerintah menimbang rencana.\n\nNamun, menurut Agus Santoso kebijakan itu masih akan dikaji oleh BI. Kemacetan, kata Tito Karnavian terjadi karena penumpukan kendaraan. Menurut sumber tersebut konsorsium itu tak memiliki dana.");
    expect(cs.map((c) => [c.source.text, c.content])).toEqual([
      ["Agus Santoso", "kebijakan itu masih akan dikaji oleh BI"],
      ["Tito Karnavian", "Kemacetan, kata Tito Karnavian terjadi karena penumpukan kendaraan"],
      ["sumber tersebut", "konsorsium itu tak memiliki dana"],
    ]);
  });

  it("a cue with the speaker's clitic inserted in its clause reports the whole clause: 'Jadi, ujarnya, orang ...'", async () => {
    const cs = await claimsOf("Ustaz Ahmad Fauzi menjelaskan syarat kurban.\n\nJadi, ujarnya, orang yang memotong hewan kurban itu tidak boleh sembarangan.");
    expect(cs.find((x) => x.cue === "ujarnya")).toMatchObject({ source: { name: "Ahmad Fauzi" }, content: "Jadi, ujarnya, orang yang memotong hewan kurban itu tidak boleh sembarangan" });
  });

  it("keeps each content bounded in one endless sentence of inserted cues ('X, kata Budi, Y', 'Jadi, ujarnya, Z')", async () => {
    const units = [(i: number) => `Keputusan itu, kata Budi Santoso, merupakan hasil ${i} dan`, (i: number) => `jadi, ujarnya, orang ${i} itu pergi dan`];
    const cs = await claimsOf(Array.from({ length: 6000 }, (_, i) => units[i % 2]!(i)).join(" ") + ".");
    expect(cs.length).toBeGreaterThan(2000);
    expect(Math.max(...cs.map((c) => c.content.length))).toBeLessThan(2000);
  });

  it("content that points back ('Hal ini dibenarkan oleh X', 'Demikian disampaikan X') is the sentence before it", async () => {
    const cs = await claimsOf("Penampilan tim membuka peluang untuk dilirik pemandu bakat Eropa. Hal ini dibenarkan oleh pelatih Indra Sjafri.");
    const c = cs.find((x) => x.cue === "dibenarkan oleh")!;
    expect(c).toMatchObject({ stance: "confirms", source: { name: "Indra Sjafri" }, content: "Penampilan tim membuka peluang untuk dilirik pemandu bakat Eropa." });
    // (a quote the speaker already has is not said twice)
    const quoted = await claimsOf("“Kami siap bertanding,” kata Budi Santoso. Hal itu disampaikan Budi di Jakarta.");
    expect(quoted.map((x) => [x.source.name, x.content])).toEqual([["Budi Santoso", "Kami siap bertanding,"]]);
  });

  it("an agentless report opening with a name and its comma names its outlet ('Diberitakan Soompi, ...'); an adverb there is none", async () => {
    const named = await claimsOf("Diberitakan Kantor Berita Nusa, tanggul itu akan dibangun tahun depan.");
    expect(named.map((c) => [c.source.name, c.content])).toEqual([["Kantor Berita Nusa", "tanggul itu akan dibangun tahun depan"]]);
    const day = await claimsOf("Dilaporkan Senin, tanggul itu jebol di dua titik.");
    expect(day.map((c) => c.source.kind)).toEqual(["unknown"]);
    const adverb = await claimsOf("Diberitakan sebelumnya, tanggul itu jebol di dua titik.");
    expect(adverb.map((c) => [c.source.kind, c.content])).toEqual([["unknown", "tanggul itu jebol di dua titik"]]);
  });

  it("'yang' stands for the noun phrase before it, not across a sentence's end or a reporting verb", async () => {
    const cs = await claimsOf("Tim ahli kota bekerja sejak Maret. Ada beberapa versi yang menyebutkan tanggul itu rapuh. Lembaga Riset Kota juga mengungkapkan hasil kajian yang menyatakan biaya akan naik.");
    expect(cs.find((c) => c.cue === "menyebutkan")!.source.name).toBe("Ada beberapa versi");
    expect(cs.find((c) => c.cue === "menyatakan")!.source.name).toBe("hasil kajian");
  });

  it("a cue with the speaker's clitic before another cue is that speaker ('\"...,\" ujarnya menambahkan')", async () => {
    const cs = await claimsOf("Insinyur Dewi Lestari meninjau tanggul. “Pondasinya kuat,” ujarnya menambahkan.");
    expect(cs.map((c) => c.source.name)).toEqual(cs.map(() => "Dewi Lestari"));
    expect(cs.length).toBeGreaterThan(0);
  });

  it("a description of someone just named is that person: a person noun or a role after a modifier ('pria 38 tahun itu', 'mantan ketua KPU tersebut')", async () => {
    const cs = await claimsOf("Insinyur kota Budi Santoso meninjau tanggul kemarin. Pria 38 tahun itu mengatakan pondasi sudah kuat. Mantan ketua tim teknik tersebut pun menambahkan biaya aman.");
    expect(cs.map((c) => c.source.name)).toEqual(["Budi Santoso", "Budi Santoso"]);
  });
});
