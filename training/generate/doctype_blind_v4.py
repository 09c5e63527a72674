"""Blind hand-written evaluation set for the document type, version 4.

Written 2026-12-03, blind, by a helper session (an AI assistant) that a Waspada
working session started for this task. For each of eight languages (Indonesian,
English, Malay, Chinese, Thai, Vietnamese, Tagalog/Taglish, Khmer) and each of the
four document types there are exactly ten texts, 320 in all:

- ``job_ad``: five legitimate job ads (label 0: shops, factories, call centres,
  hotels, schools, NGOs, licensed or government placements abroad) and five
  scam-compound recruitment ads (label 1: "customer service" or typing work in
  Cambodia, Myanmar, Laos or Dubai, high pay, free ticket, Telegram);
- ``warning_or_news``: warnings that quote a recruiting ad word for word, victims'
  first-person accounts, embassy appeals with hotlines, news of repatriations,
  police releases, court reports, forum replies, one-line warnings, family pleas;
- ``other_scam_or_promo``: gambling promotions, lottery and prize messages, loan
  offers, crypto signal groups, "task" deposit schemes, parcel and bank phishing,
  MLM pitches (SMS-style in Tagalog/Taglish);
- ``other``: sales and rentals with prices and phone numbers, lost pets with a
  reward, community notices, invitations, recipes, greetings, school and
  scholarship notices, tour packages, chat lines, a bare link, a bare number.

``label`` is 1 for a scam-recruitment job ad, 0 for a legitimate one, and None for
every text that is not a job ad.

How: every text was written by hand from general knowledge of how such posts read
in each language (Facebook groups, Telegram, LINE, Zalo, WhatsApp, SMS, news
sites). The writer did not open or search the rules, the model, the training
generators, the training data, the docs or the tests, and ran no model on these
texts: nothing was adjusted to a score. Phone numbers, handles, licence numbers,
e-mail addresses, web addresses, people and companies are invented.

Caveats: the writer works for the same project that builds the classifier and
shares its assumptions, so this is a blind check, not an independent one; the
writer is not a native speaker of every language (Khmer and Thai especially may
read less natural than real posts); ten texts per cell is small, so read rates
with their uncertainty.

Run ``python -m training.generate.doctype_blind_v4`` to write
data/doctype/blind_v4.jsonl; the output is byte-identical on every run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

WRITTEN = "2026-12-03"
LANGUAGES = ("id", "en", "ms", "zh", "th", "vi", "tl", "km")
PER_CLASS = 10
DOCTYPES = ("job_ad", "warning_or_news", "other_scam_or_promo", "other")
SCAM_ADS_PER_LANGUAGE = 5
ID_PREFIX = "doctype_blind_v4"
OUT_PATH = Path(__file__).resolve().parents[2] / "data" / "doctype" / "blind_v4.jsonl"

Row = dict[str, str | int | None]


@dataclass(frozen=True)
class LangTexts:
    """One language's hand-written texts: five + five job ads, ten of each other."""

    legit_ads: tuple[str, ...]
    scam_ads: tuple[str, ...]
    warnings: tuple[str, ...]
    promos: tuple[str, ...]
    other: tuple[str, ...]

    def labelled(self) -> dict[str, list[tuple[int | None, str]]]:
        """(label, text) per document type, legitimate ads before scam ads."""
        ads: list[tuple[int | None, str]] = [(0, text) for text in self.legit_ads]
        ads += [(1, text) for text in self.scam_ads]
        return {
            "job_ad": ads,
            "warning_or_news": [(None, text) for text in self.warnings],
            "other_scam_or_promo": [(None, text) for text in self.promos],
            "other": [(None, text) for text in self.other],
        }


_ID = LangTexts(
    legit_ads=(
        (
            "LOKER SURABAYA\n"
            "Dibutuhkan segera: Kasir & Pramuniaga untuk Toko Bangunan Sinar Jaya "
            "(Rungkut).\n"
            "Syarat: pria/wanita maks. 30 th, min. SMA/SMK, jujur, bisa komputer "
            "dasar.\n"
            "Gaji UMK + uang makan, BPJS Ketenagakerjaan.\n"
            "Lamaran antar langsung ke toko atau email hrd.sinarjaya.sby@gmail.com\n"
            "Tanpa pungutan biaya apa pun."
        ),
        (
            "Lowongan Operator Produksi PT Mitra Plastindo Cikarang. Lulusan SMK semua "
            "jurusan, usia 18-27 th, bersedia kerja shift. Tanpa pengalaman boleh, ada "
            "training 2 minggu. Kontrak 1 tahun, gaji sesuai UMK Bekasi. Daftar hanya "
            "lewat website resmi perusahaan. HATI-HATI penipuan yang mengatasnamakan "
            "PT kami, rekrutmen GRATIS tidak dipungut biaya."
        ),
        (
            "Loker Jogja 🔥 Cafe Kopi Tepi Sawah butuh barista & waiter part time. "
            "Bisa sambil kuliah, jam fleksibel. Fee 75rb per shift + makan + tips. "
            "Kirim CV ke WA 0812-2718-4409 (chat only ya, no call)."
        ),
        (
            "PT Karya Bakti Mandiri (P3MI berizin, SIP3MI No. 2/785/2019) membuka "
            "lowongan Caregiver ke Jepang program SSW. Syarat: wanita 19-30 th, "
            "lulusan SMA/D3 Keperawatan, lulus JFT-Basic atau N4. Gaji "
            "±¥180.000/bulan. Proses resmi lewat SISKOP2MI, tidak ada biaya di luar "
            "ketentuan pemerintah. Info: kantor Jl. Veteran No. 12 Malang."
        ),
        (
            "Hiring! Customer Service Bahasa Inggris (Inbound) – Jakarta Selatan, WFO. "
            "Min. D3, TOEIC 650 / fluent English, fresh graduate welcome. Gaji 6-7 jt "
            "+ tunjangan, BPJS, asuransi swasta. Apply lewat Jobstreet, cari 'PT "
            "Telekom Solusi Nusantara'. Interview di kantor, tidak ada biaya apa pun."
        ),
    ),
    scam_ads=(
        (
            "LOKER LUAR NEGERI 🇰🇭 KAMBOJA\n"
            "Posisi: CS / Admin Chat / Typing\n"
            "Gaji 1000-1500 USD + bonus\n"
            "Tiket pesawat & paspor DITANGGUNG perusahaan\n"
            "Mess + makan 3x gratis\n"
            "Tanpa pengalaman, yg penting bisa ngetik & punya HP android\n"
            "Berangkat minggu ini, slot terbatas!!\n"
            "Minat langsung DM Telegram @rekrut_asia88"
        ),
        (
            "Dicari 20 orang marketing online kerja di Thailand (daerah perbatasan), "
            "gaji 15-20 juta/bulan, visa dan tiket diurus, cukup modal KTP. Umur "
            "18-35. Tidak perlu bisa bahasa Inggris. Chat WA +62 857-3310-9921, yg "
            "serius aja ga usah banyak tanya"
        ),
        (
            "Info loker bro, temen gw di Sihanoukville lagi butuh operator, kerjaannya "
            "cuma chat-chat aja, sebulan bisa 20jt lebih. Berangkat lewat Jakarta – "
            "Bangkok, semua dibayarin kantor. Yg minat komen 'MAU' nanti gw PM"
        ),
        (
            "URGENT!! Lowongan Admin Crypto & Customer Service di Myawaddy / Mae Sot. "
            "Gaji pokok $800 + komisi, kontrak 6 bulan, libur 1x sebulan. Syarat: bisa "
            "komputer, ngetik cepat. Paspor dibuatkan, berangkat gratis. Hubungi "
            "Telegram: @hr_goldenasia"
        ),
        (
            "Lowongan part time / full time di Dubai & Laos (call center), gaji 18 jt. "
            "Berangkat pakai visa turis dulu, nanti diurus kantor di sana. Jgn bilang "
            "ke imigrasi kalau mau kerja ya kak. WA 0838-1207-5566"
        ),
    ),
    warnings=(
        (
            "Jangan percaya iklan seperti ini: 'Dibutuhkan admin online di Kamboja, "
            "gaji 15 juta, tiket gratis, tanpa pengalaman, hubungi Telegram.' Itu "
            "modus TPPO. Sudah banyak WNI yang disekap dan dipaksa jadi scammer di "
            "sana. Cek dulu lowongan ke BP2MI atau Disnaker sebelum berangkat."
        ),
        (
            "Saya mau cerita pengalaman saya. Tahun lalu saya berangkat ke Kamboja "
            "karena ditawari kerja jadi admin, katanya gaji 12 juta. Sampai sana "
            "paspor saya diambil, saya disuruh nipu orang lewat aplikasi kencan 14 jam "
            "sehari. Kalau target tidak tercapai kami disetrum. Saya baru bisa pulang "
            "setelah keluarga bayar tebusan 30 juta. Tolong jangan ada lagi yang jadi "
            "korban seperti saya."
        ),
        (
            "IMBAUAN KBRI PHNOM PENH\n"
            "WNI diimbau tidak menerima tawaran kerja di Kamboja yang ditawarkan "
            "melalui media sosial tanpa prosedur resmi. Bekerja dengan visa "
            "kunjungan/turis melanggar hukum setempat. WNI yang membutuhkan bantuan "
            "dapat menghubungi hotline KBRI: +855 12 813 390 (WhatsApp, 24 jam)."
        ),
        (
            "Jakarta, 14 Maret 2026 – Sebanyak 47 WNI korban online scam di Myawaddy, "
            "Myanmar, berhasil dipulangkan ke Tanah Air melalui Bandara "
            "Soekarno-Hatta, Kamis (13/3). Kementerian Luar Negeri menyebut sebagian "
            "besar korban direkrut lewat lowongan kerja di Facebook dan Telegram "
            "dengan iming-iming gaji belasan juta rupiah."
        ),
        (
            "bro itu penipuan, jangan berangkat. sepupu gw kena yg persis kayak gitu, "
            "katanya kerja CS di Bangkok ternyata dibawa nyebrang ke Myanmar. 8 bulan "
            "baru bisa balik"
        ),
        (
            "SIARAN PERS Polda Sulawesi Utara: Subdit IV Ditreskrimum mengamankan dua "
            "tersangka perekrut yang memberangkatkan 11 warga ke Kamboja tanpa "
            "prosedur. Para korban dijanjikan pekerjaan sebagai operator komputer "
            "dengan gaji Rp 10 juta. Tersangka dijerat Pasal 4 UU No. 21 Tahun 2007 "
            "tentang TPPO dengan ancaman 15 tahun penjara."
        ),
        (
            "Kerja di Kamboja gaji 15 juta tanpa skill? Itu bukan loker, itu jebakan. "
            "Stop share!"
        ),
        (
            "Kenali ciri-ciri lowongan kerja palsu ke luar negeri:\n"
            "1. Gaji sangat tinggi untuk pekerjaan mudah\n"
            "2. Tidak perlu pengalaman/ijazah\n"
            "3. Tiket & visa ditanggung, berangkat cepat\n"
            "4. Komunikasi hanya lewat Telegram/WhatsApp\n"
            "5. Berangkat pakai visa turis\n"
            "Temukan iklan seperti ini? Laporkan ke posko pengaduan pekerja migran "
            "terdekat."
        ),
        (
            "Pengadilan Negeri Bekasi menjatuhkan vonis 6 tahun penjara kepada "
            "terdakwa RS (34) yang terbukti merekrut sembilan orang untuk bekerja di "
            "perusahaan judi online dan penipuan daring di Sihanoukville. Majelis "
            "hakim juga mewajibkan terdakwa membayar restitusi Rp 135 juta kepada para "
            "korban."
        ),
        (
            "Mohon bantu share 🙏 Adik saya Rizky (22) berangkat ke Thailand bulan "
            "Juni katanya kerja di perusahaan IT, sekarang sudah 3 minggu tidak bisa "
            "dihubungi. Terakhir dia bilang dipindah ke Myanmar dan disuruh jadi "
            "scammer. Kami sudah lapor ke Kemlu. Siapa pun yang punya info mohon DM."
        ),
    ),
    promos=(
        (
            "SLOT GACOR HARI INI 🔥🔥 Bonus new member 100% di awal, min depo 10rb via "
            "DANA/OVO, WD berapapun dibayar! Daftar sekarang klik link di bio 👉 "
            "gacor88-id.vip"
        ),
        (
            "Selamat! Nomor Anda terpilih sbg pemenang undian Rp 175.000.000 periode "
            "ke-3 dari program Belanja Hoki. Untuk pencairan hubungi kantor pusat "
            "0822-5561-0083 atau kunjungi www.belanjahoki-undian.com"
        ),
        (
            "Butuh dana cepat? Pinjaman tanpa jaminan s/d 50 juta, cair 5 menit, cukup "
            "KTP, bunga rendah, tanpa BI checking. Klik danakilat-id.link atau WA "
            "0896-7712-3390"
        ),
        (
            "Gabung grup sinyal crypto VIP kami 🚀 Profit 30-50% per minggu dijamin, "
            "mentor berpengalaman, sudah 12.000 member. Slot gratis hanya hari ini, "
            "join Telegram t.me/sinyalcuan_vip"
        ),
        (
            "Cuma like & follow akun toko online dapat 50rb per tugas! Tugas premium: "
            "deposit 100rb balik 150rb, deposit 1jt balik 1,5jt. Kerja dari HP, bisa "
            "sambil rebahan. Chat admin untuk daftar ya kak 😊"
        ),
        (
            "[JNT] Paket Anda tertahan di gudang karena alamat tidak lengkap. Perbarui "
            "data dalam 24 jam: jnt-cekresi.info/id8812 atau paket akan dikembalikan."
        ),
        (
            "Nasabah Yth, mulai 1 Desember tarif transfer antarbank berubah menjadi Rp "
            "150.000/bulan. Jika tidak setuju, silakan isi formulir pada file berikut: "
            "Formulir_Tarif_Baru.apk"
        ),
        (
            "Mau penghasilan tambahan 10-30jt/bln? Gabung bisnis herbal Sehat Prima, "
            "cukup ambil paket reseller 1,2jt sudah dapat produk + hak jual. Ajak 2 "
            "orang dapat bonus sponsor, makin banyak downline makin cuan! Bukan kerja "
            "kantoran, ini bisnis 🙌"
        ),
        (
            "Robot trading forex AutoPro, profit konsisten 1-3% per hari, modal 1jt "
            "auto jalan 24 jam. Ratusan member sudah merasakan hasilnya. Transfer "
            "modal ke rekening admin, robot langsung aktif."
        ),
        (
            "Prediksi togel SGP malam ini 4D jitu 8831 🎯 Main di bandar terpercaya, "
            "diskon 66%, hadiah 4D 10 juta. Link alternatif anti blokir ada di bio."
        ),
    ),
    other=(
        (
            "DIJUAL Honda Beat 2019 hitam, pajak hidup sampai Agustus, surat lengkap "
            "BPKB+STNK a/n sendiri, mesin halus. Harga 11,5jt nego tipis. Lokasi "
            "Sleman. WA 0813-9012-7745"
        ),
        (
            "Terima kos putri dekat kampus, kamar 3x4, kamar mandi dalam, free WiFi, "
            "air & listrik sudah termasuk. 850rb/bulan. Hub. Bu Nanik 0857-4410-2287"
        ),
        (
            "KUCING HILANG 😿 Nama Mochi, kucing persia warna putih abu, kalung merah, "
            "hilang di sekitar Perum Griya Asri Blok C tgl 2 Nov. Bagi yang menemukan "
            "ada imbalan 1 juta. Hub. 0812-3309-1876"
        ),
        (
            "Pengumuman RT 05/RW 02: Kerja bakti membersihkan selokan hari Minggu 9 "
            "Nov pukul 07.00 WIB, kumpul di pos ronda. Mohon bawa cangkul/sapu "
            "masing-masing. Terima kasih. – Pak RT"
        ),
        (
            "Resep sambal matah ala Bali: 10 bawang merah, 5 cabai rawit, 2 batang "
            "serai, 3 lembar daun jeruk, garam, sedikit terasi bakar, minyak kelapa "
            "panas. Iris semua, siram minyak, aduk, selesai! Enak banget buat ayam "
            "bakar."
        ),
        (
            "PROMO TOUR BANGKOK – PATTAYA 4D3N 🇹🇭 mulai 5,9jt/pax, sudah termasuk "
            "tiket pesawat PP, hotel bintang 3, makan, guide berbahasa Indonesia. "
            "Keberangkatan Desember. Info & booking: Amanah Wisata 0811-2233-9087"
        ),
        (
            "Beasiswa S2 ke Korea 2027 sudah dibuka! Full tuition, tiket pesawat PP, "
            "tunjangan hidup bulanan, kursus bahasa 1 tahun. Pendaftaran lewat "
            "kedutaan sampai 28 Februari. Cek syarat lengkap di website resmi."
        ),
        "Bu, nanti sore tolong jemput adek jam 4 ya, aku masih rapat",
        (
            "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin 🙏 dari kami "
            "sekeluarga"
        ),
        "https://bit.ly/3xQmF2a",
    ),
)


_EN = LangTexts(
    legit_ads=(
        (
            "We're hiring! Front Desk Agent – Riverside Hotel, Phnom Penh. Fluent "
            "English, Khmer an advantage, 1 year hotel experience. Salary USD 450-550 "
            "+ service charge, staff meals, uniform, 1 day off per week. Send your CV "
            "to careers@riversidehotel-pp.com by 30 Dec. Only shortlisted candidates "
            "will be contacted."
        ),
        (
            "Warehouse Associate – Night Shift (Sunnyvale, CA). $21.50/hr, weekly pay, "
            "no experience necessary, we train. Must be able to lift 50 lbs. Apply on "
            "our careers page or walk in Mon–Fri 9am–3pm."
        ),
        (
            "Customer Support Representative (work from home, Philippines-based). "
            "Handle email and chat tickets for a US software company. Requirements: "
            "excellent written English, stable internet (25 Mbps+), own laptop. PHP "
            "28,000/month + HMO. Apply via our LinkedIn page. We will never ask you "
            "for money or to travel abroad."
        ),
        (
            "Licensed agency (DMW License No. 145-LB-031525-R) is hiring Factory "
            "Workers for Taiwan: electronics assembly, 3-year contract, "
            "NT$27,470/month basic, free dormitory. Male/female 20-35, high school "
            "graduate. Zero placement fee. Visit our office at 2F Palanca Bldg, "
            "Ermita, Manila."
        ),
        (
            "Part-time maths tutor needed for a Year 9 student, Tuesdays and Thursdays "
            "5–7pm, Bukit Timah area. $45/hr. Please message Mrs Tan on 9123 7768 with "
            "your qualifications."
        ),
    ),
    scam_ads=(
        (
            "🌏 HIRING NOW – Customer Service / Typist (Overseas)\n"
            "✅ Salary $1,200–$2,500/month + commission\n"
            "✅ Free air ticket, visa & accommodation\n"
            "✅ No experience needed, basic English & typing\n"
            "✅ Age 18–35, all nationalities\n"
            "📍 Cambodia / Thailand\n"
            "Limited slots!! DM on Telegram @globalhr_recruit2"
        ),
        (
            "Looking for chat support agents, job based in Bangkok (company will "
            "arrange transport from the airport). High pay, 8hrs shift, free food and "
            "dorm. Just bring your passport, we handle the rest. WhatsApp +66 92 441 "
            "7730"
        ),
        (
            "Easy job abroad!! Online marketing for a gaming company in Laos, $1500 "
            "basic + bonus. Fly in on a tourist visa, company will process the work "
            "permit after arrival. Hiring Kenyan, Ugandan & Indian candidates. "
            "Telegram: @hr_lucky_asia"
        ),
        (
            "Urgent hiring: English teachers / translators for a tech company in "
            "Myanmar (near Thai border). No degree required. Salary 35,000 THB. Ticket "
            "reimbursed. Interview by phone only, leave within 7 days. Contact Ms Lily "
            "on Telegram @lily_hr_mm"
        ),
        (
            "Remote → on-site opportunity 💼 We're an IT company from Dubai opening a "
            "branch in Sihanoukville. Need data entry & social media staff with good "
            "typing speed. $1000–$3000. Flights paid. Send your name, age, country and "
            "a photo to wa.me/85570339218"
        ),
    ),
    warnings=(
        (
            "PSA: If you see an ad like this – 'Customer service job in Thailand, "
            "$1,500/month, free flight and accommodation, no experience, contact on "
            "Telegram' – DO NOT APPLY. This is how people get trafficked into scam "
            "compounds in Myanmar and Cambodia. Share to warn your friends."
        ),
        (
            "I was one of them. I answered a Facebook ad for a 'marketing assistant' "
            "in Bangkok in 2023. They drove us across a river at night and I ended up "
            "in a compound in Myawaddy. We had to pose as rich women on dating apps "
            "and push people into fake crypto platforms. My passport was taken and I "
            "was beaten when I missed targets. I got out after five months. If an "
            "offer looks too good, it is."
        ),
        (
            "TRAVEL ADVISORY: The Embassy has received reports of nationals being "
            "recruited via social media for 'customer support' jobs in Southeast Asia "
            "and then forced to work in online scam operations. Do not travel on a "
            "tourist visa for work. Nationals in distress may contact the Embassy's "
            "24-hour hotline: +66 2 000 4417 or consular.bangkok@mfa-mail.org"
        ),
        (
            "MAE SOT, Thailand (Nov 4) – Some 312 foreigners, including Ethiopians, "
            "Kenyans and Filipinos, were handed over to Thai authorities on Tuesday "
            "after being released from scam compounds across the border in Myawaddy, "
            "officials said. Many told investigators they had been lured by job ads "
            "promising well-paid work in Thailand."
        ),
        (
            "Bro that's a scam. My cousin took the exact same 'typing job' in Cambodia "
            "last year, they took his passport on day one and his family had to pay "
            "$4,000 to get him out. Legit companies don't fly you out for a typing job "
            "with zero interview."
        ),
        (
            "PRESS RELEASE – Metropolitan Police\n"
            "Two men have been charged with human trafficking offences after allegedly "
            "recruiting at least 14 young people for fake IT jobs in Cambodia. Victims "
            "were promised salaries of up to $2,000 and free flights. Anyone with "
            "information is asked to call 0800 555 0199 quoting reference 6627/11."
        ),
        (
            "Reminder: no real job pays $2,000 a month for 'typing' and flies you to "
            "Sihanoukville for free. Don't go."
        ),
        (
            "What is 'pig butchering'? Scam compounds in Southeast Asia hold tens of "
            "thousands of trafficked workers who are forced to build fake romances "
            "online and steer victims into bogus crypto investments. Many of the "
            "workers were recruited through ads for call-centre, translation or "
            "'online sales' jobs. Know the signs."
        ),
        (
            "A court in Manila on Monday convicted a recruiter of qualified "
            "trafficking and sentenced her to life imprisonment for sending five "
            "Filipinos to a scam hub in Cambodia under the guise of customer service "
            "jobs. The victims testified that they had left the country as tourists."
        ),
        (
            "Q: Got offered a CSR job in Laos, 1800 USD, they'll pay the flight, "
            "recruiter only talks on Telegram. Legit?\n"
            "A: No. That's the Golden Triangle SEZ. Look up the news and block them."
        ),
    ),
    promos=(
        (
            "CONGRATULATIONS! Your mobile number has won £850,000 in the Global Mobile "
            "Awards 2026. To claim, send your full name, address and ID to "
            "claims.desk@winnersmail.net. Ref: GMA/77/X21"
        ),
        (
            "USPS: Your package could not be delivered due to an incomplete address. "
            "Please update your details within 12 hours: usps-redelivery-track.com/ap"
        ),
        (
            "Security Alert: A new device has signed in to your online banking. If "
            "this was not you, verify immediately at secure-verify-bank.co/login to "
            "avoid suspension."
        ),
        (
            "I made $8,400 last week trading BTC with Mr Daniel's signals 🙏💯 Only "
            "$300 to start, 100% guaranteed returns in 7 days. Message him on WhatsApp "
            "+1 302 555 0184 and tell him I sent you!"
        ),
        (
            "Hi! I'm Emma from a digital marketing agency. We offer a flexible online "
            "task: rate hotels and products from your phone and earn $50–$300 a day. "
            "First 5 tasks are free with instant payout, then recharge $100 to unlock "
            "VIP tasks with 30% commission. Interested? 😊"
        ),
        (
            "🎰 MEGA WIN CASINO – 200% welcome bonus + 50 free spins on your first "
            "deposit! Instant withdrawals to GCash, USDT & bank. Play now: "
            "megawin-play.bet 18+"
        ),
        (
            "Pre-approved! Get up to $5,000 today, no credit check, funds in 10 "
            "minutes. Reply YES to claim or visit quickcash-now.loan. Stop=STOP"
        ),
        (
            "Be your own boss! 💸 Join our wellness team – buy the $299 starter kit "
            "and start earning from day one. Recruit 3 friends and your kit pays for "
            "itself. Financial freedom is one decision away. DM me 'FREEDOM'"
        ),
        (
            "Exclusive pre-sale: LUNAR token lists on major exchanges next week. Early "
            "buyers are seeing 40x. Minimum purchase 0.1 ETH. Don't miss the next big "
            "one! 🚀"
        ),
        (
            "HMRC: You are eligible for a tax refund of £312.60. Submit your claim "
            "before 11:59pm today: hmrc-refund-claims.uk/ref"
        ),
    ),
    other=(
        (
            "FOR SALE: 2016 Toyota Camry Hybrid, 98,000 km, white, full service "
            "history, new tyres. USD 16,800 negotiable. Phnom Penh, Toul Kork. "
            "Call/Telegram 012 558 904"
        ),
        (
            "Room for rent in BGC, Taguig – fully furnished studio, 24/7 security, "
            "free WiFi, water included, electricity sub-metered. PHP 18,000/month, 1 "
            "month advance 2 months deposit. No pets. Message for viewing."
        ),
        (
            "LOST DOG – REWARD $200. 'Biscuit', golden retriever, 4 years old, red "
            "collar, last seen near Riverside Park on Sunday evening. Very friendly. "
            "Please call Sarah 0412 556 903."
        ),
        (
            "Free flu vaccination for residents aged 65+ at the Community Health "
            "Centre, Saturday 15 Nov, 9am–1pm. Bring your ID card. No appointment "
            "needed."
        ),
        (
            "You're invited! 🎉 Join us for Maya's 7th birthday party, Saturday 3pm at "
            "Funzone, Level 3, Central Mall. RSVP to Jen by Wednesday."
        ),
        (
            "Easy banana bread: mash 3 ripe bananas, mix with 1/3 cup melted butter, "
            "3/4 cup sugar, 1 egg, 1 tsp vanilla, 1 tsp baking soda, a pinch of salt "
            "and 1½ cups flour. Bake at 175°C for 60 minutes."
        ),
        (
            "Enrolment for the 2027 school year is now open for Kindergarten to Year "
            "6. Please submit the form, birth certificate and immunisation record to "
            "the school office by 20 January. Open day: Saturday 6 December."
        ),
        (
            "Siem Reap & Phnom Penh 3D2N from $299 – flight included, free hotel "
            "upgrade, Angkor Wat sunrise tour, airport transfer. Book by 31 Dec! Call "
            "Sunrise Travel +60 3 7728 1190"
        ),
        "lol yeah I'll be there in 10, save me a seat",
        "0917 558 2290",
    ),
)


_MS = LangTexts(
    legit_ads=(
        (
            "JAWATAN KOSONG 📢 Kedai Runcit Mesra, Seksyen 7 Shah Alam perlukan "
            "Pembantu Kedai (lelaki/perempuan). Gaji RM1,700 + elaun kehadiran RM100, "
            "cuti 4 hari sebulan, KWSP & PERKESO. Warganegara Malaysia sahaja. Datang "
            "temuduga terus ke kedai, bawa IC."
        ),
        (
            "Kilang elektronik di Bayan Lepas, Pulau Pinang sedang mengambil Operator "
            "Pengeluaran. Kelayakan: SPM, umur 18-40, sanggup bekerja syif 12 jam. "
            "Gaji asas RM1,700 + OT, bas kilang disediakan, asrama percuma untuk "
            "pekerja luar. Walk-in interview setiap Isnin, 9 pagi, di Lobi Utama."
        ),
        (
            "We're hiring! Customer Service Executive (Bahasa Malaysia & English) di "
            "Cyberjaya. Fresh graduate dialu-alukan, latihan disediakan. Gaji RM2,500 "
            "– RM3,000 + insentif, insurans perubatan. Mohon melalui JobStreet atau "
            "e-mel hr@talianmesra.com.my."
        ),
        (
            "Hotel Seri Pantai Kuantan mencari Housekeeping Attendant & "
            "Waiter/Waitress. Pengalaman tidak diperlukan. Gaji RM1,800 + service "
            "charge + makan. Hantar resume ke WhatsApp 013-772 4519 (mesej sahaja)."
        ),
        (
            "Peluang kerja di Singapura: Jururawat Berdaftar untuk hospital swasta, "
            "melalui agensi pekerjaan berlesen (Lesen JTKSM No. 122C). Syarat: Diploma "
            "Kejururawatan, APC sah, 2 tahun pengalaman. Gaji SGD 3,200 – 3,800. Tiada "
            "yuran pengambilan. Temuduga di Johor Bahru pada 18 Dis."
        ),
    ),
    scam_ads=(
        (
            "KERJA DI LUAR NEGARA 🇰🇭🇹🇭 Customer Service / Admin Online. Gaji "
            "RM6,000 – RM10,000 sebulan. Tiket flight, visa & hostel semua FREE. Tak "
            "perlu pengalaman, asal boleh menaip & guna telefon. Umur 18-35. Berminat "
            "PM Telegram @kerjaseberang_hr"
        ),
        (
            "Sesiapa nak kerja senang gaji besar, kawan saya ada kosong kat Bangkok, "
            "kerja marketing online je, RM8k sebulan, makan tidur tanggung. Pergi naik "
            "bas dari JB, nanti ada orang ambil. WhatsApp 011-2739 8820"
        ),
        (
            "Cari 10 orang budak muda kerja di Kemboja, jawatan 'telemarketing', gaji "
            "USD1,500 + komisen, kontrak 6 bulan. Pasport belum ada pun takpe, kami "
            "uruskan. Masuk guna visa pelancong dulu. PM cepat slot terhad!!"
        ),
        (
            "Jawatan Kosong: Penterjemah Bahasa Melayu-Cina untuk syarikat IT di Laos "
            "(Zon Ekonomi Khas). Gaji RM7,500. Kerja dalam bangunan, asrama + 3 kali "
            "makan disediakan. Tiket kapal terbang dibayar syarikat. Temuduga melalui "
            "Telegram sahaja @laos_it_hiring"
        ),
        (
            "Job kosong overseas ✈️ Typist / Data Entry, RM5k-9k, no experience, free "
            "ticket. Dubai & Myanmar. Serius sahaja. WA wa.me/60178823019"
        ),
    ),
    warnings=(
        (
            "AWAS! Jangan terpedaya dengan iklan seperti ini: 'Kerja di Kemboja, gaji "
            "RM8,000, tiket percuma, tak perlu pengalaman, hubungi Telegram.' Ramai "
            "rakyat Malaysia yang terpedaya akhirnya dikurung dan dipaksa menipu "
            "secara dalam talian. Semak dahulu dengan Jabatan Tenaga Kerja."
        ),
        (
            "Saya nak kongsi kisah saya supaya tiada siapa lagi jadi mangsa. Saya "
            "ditawarkan kerja sebagai customer service di Thailand dengan gaji "
            "RM7,000. Sampai sana, saya dibawa ke Myanmar dan dikurung dalam bangunan "
            "berpagar. Kami dipaksa menipu orang melalui Facebook 16 jam sehari. Saya "
            "berjaya diselamatkan selepas 4 bulan dengan bantuan Kedutaan."
        ),
        (
            "KENYATAAN KEDUTAAN BESAR MALAYSIA, PHNOM PENH\n"
            "Rakyat Malaysia dinasihatkan supaya tidak menerima tawaran pekerjaan di "
            "Kemboja yang diiklankan di media sosial. Bagi sebarang bantuan kecemasan, "
            "sila hubungi talian 24 jam kedutaan: +855 23 900 417."
        ),
        (
            "KUALA LUMPUR, 9 Okt – Seramai 23 rakyat Malaysia yang menjadi mangsa "
            "sindiket penipuan pekerjaan di Myawaddy, Myanmar, selamat tiba di KLIA "
            "petang semalam. Menurut Wisma Putra, mereka dijanjikan pekerjaan bergaji "
            "tinggi di Thailand melalui iklan di Facebook."
        ),
        (
            "Bro jangan pergi, tu scam. Sepupu aku kena benda sama tahun lepas, kata "
            "kerja CS kat Bangkok, last-last kena jual ke Myanmar. Family kena bayar "
            "tebusan RM20k."
        ),
        (
            "Polis menahan tiga individu yang disyaki terlibat dalam sindiket "
            "pemerdagangan orang yang menghantar mangsa bekerja sebagai 'scammer' di "
            "Kemboja. Kes disiasat di bawah Akta Antipemerdagangan Orang dan "
            "Antipenyeludupan Migran 2007. Orang ramai yang mempunyai maklumat diminta "
            "menghubungi balai polis berhampiran."
        ),
        "Gaji RM8k kerja menaip kat Kemboja? Itu perangkap, bukan rezeki.",
        (
            "5 TANDA IKLAN KERJA PALSU:\n"
            "1) Gaji terlalu tinggi\n"
            "2) Tiada kelayakan diperlukan\n"
            "3) Tiket & visa percuma\n"
            "4) Temuduga melalui Telegram/WhatsApp sahaja\n"
            "5) Disuruh masuk guna visa pelancong\n"
            "Kongsi untuk selamatkan orang tersayang."
        ),
        (
            "Mahkamah Sesyen Johor Bahru hari ini menjatuhkan hukuman penjara 8 tahun "
            "terhadap seorang lelaki yang didapati bersalah memperdagangkan empat "
            "remaja ke Kemboja dengan janji pekerjaan sebagai pegawai khidmat "
            "pelanggan."
        ),
        (
            "Tolong viralkan. Anak saya Amir, 24 tahun, pergi ke Thailand bulan lepas "
            "katanya dapat kerja IT. Sekarang dia hantar mesej minta tolong, katanya "
            "dikurung dan kena bayar RM30,000 baru boleh keluar. Sesiapa ada maklumat, "
            "sila hubungi saya 012-448 1093."
        ),
    ),
    promos=(
        (
            "🔥 SLOT GACOR MALAYSIA 🔥 Bonus new member 100%, deposit min RM10, cuci "
            "terus tanpa had! Free kredit RM38 untuk ahli baru. Daftar: "
            "wangmenang88.vip"
        ),
        (
            "Tahniah! Anda memenangi hadiah wang tunai RM50,000 dalam Cabutan Bertuah "
            "Raya. Sila hubungi 03-2718 4490 untuk tuntutan dalam masa 48 jam. Bayaran "
            "proses RM250 diperlukan."
        ),
        (
            "PINJAMAN PERIBADI TANPA PENJAMIN 💰 Lulus dalam 1 jam, blacklist CTOS / "
            "CCRIS pun boleh mohon! RM5k – RM100k, bayaran bulanan rendah. WhatsApp "
            "011-5568 2390"
        ),
        (
            "Bank anda: Akaun anda akan dibekukan. Sila sahkan maklumat anda di "
            "sahkan-akaun-my.com dalam tempoh 24 jam."
        ),
        (
            "PosExpress: Bungkusan anda tidak dapat dihantar. Bayar caj RM1.99 untuk "
            "penghantaran semula: posexpress-caj.my/p"
        ),
        (
            "Kerja sambilan dari rumah 😍 Hanya like video TikTok, dapat RM10 setiap "
            "satu! Misi VIP: top up RM200 dapat balik RM280 dalam 30 minit. Ramai dah "
            "berjaya. PM untuk join group Telegram."
        ),
        (
            "Group signal forex & crypto PERCUMA 📈 Winrate 90%, profit RM500 sehari "
            "pun boleh. Join sekarang sebelum group ditutup: t.me/cuanforexmy"
        ),
        (
            "Jom jadi stokis produk kecantikan GlowMe! Modal serendah RM350, untung "
            "sampai 60%. Rekrut 5 agen dapat bonus RM1,000 + trip ke Bali. Ramai suri "
            "rumah dah jana 5 angka sebulan!"
        ),
        (
            "Pelaburan patuh syariah, pulangan 10% sebulan, dijamin! Modal RM1,000 "
            "jadi RM2,200 dalam setahun. Sudah 3,000 pelabur. Hubungi Ustaz Hadi "
            "019-335 7712."
        ),
        (
            "Tahniah, anda layak menerima baucar belanja RM500 sempena jualan 12.12! "
            "Tuntut sebelum tengah malam: baucar-1212.com"
        ),
    ),
    other=(
        (
            "DIJUAL: Perodua Myvi 1.5 AV 2020, warna merah, mileage 45k km, full "
            "service, tayar baru. Harga RM48,500 boleh runding. Lokasi Kajang. "
            "WhatsApp 017-224 8810"
        ),
        (
            "Bilik untuk disewa di Taman Melawati, bilik sederhana, fully furnished, "
            "free WiFi, air & elektrik termasuk. RM550 sebulan, perempuan sahaja. "
            "Dekat stesen LRT. Hubungi Kak Yati 012-669 3021"
        ),
        (
            "KUCING HILANG. Oyen, kucing jantan warna oren, ekor pendek, hilang di "
            "Jalan Mawar 3, Bangi sejak Jumaat. Ganjaran RM300 kepada yang menjumpai. "
            "Call/WA 014-339 2280"
        ),
        (
            "Makluman Gangguan Bekalan Air: Kerja-kerja pembaikan paip utama di Klang "
            "akan dijalankan pada 16 Nov (Ahad) dari 9 pagi hingga 10 malam. Pengguna "
            "dinasihatkan menyimpan air secukupnya."
        ),
        (
            "Dengan segala hormatnya kami mempersilakan Tuan/Puan ke majlis "
            "perkahwinan anakanda kami Nurul Aina & Muhammad Haziq pada 20 Disember "
            "2026, 11 pagi – 4 petang di Dewan Orang Ramai Kg. Baru Sungai Buloh."
        ),
        (
            "Resepi nasi lemak mudah: 2 cawan beras, 1 cawan santan, 1.5 cawan air, "
            "daun pandan, sedikit halia dan garam. Masak dalam periuk nasi. Sambal: "
            "cili kering, bawang, ikan bilis, gula & asam jawa."
        ),
        (
            "Pendaftaran murid Tahun 1 bagi sesi 2027/2028 kini dibuka. Ibu bapa boleh "
            "mendaftar secara dalam talian sebelum 31 Januari. Sila sediakan salinan "
            "sijil kelahiran dan MyKid."
        ),
        (
            "PAKEJ PERCUTIAN HAT YAI 3H2M 🇹🇭 dari RM399/pax termasuk bas ekspres "
            "pergi balik, hotel 3 bintang, sarapan & lawatan Pasar Terapung. Free sim "
            "card Thailand! Setiap hujung minggu. WA Mesra Travel 019-772 1055"
        ),
        "Selamat Hari Raya Aidilfitri, maaf zahir dan batin dari kami sekeluarga 🌙✨",
        "Ok nanti aku singgah kedai beli roti. Kau nak apa-apa?",
    ),
)


_ZH = LangTexts(
    legit_ads=(
        (
            "【招聘】上海浦东连锁餐厅招服务员3名、收银员1名。要求：18-40岁，身体健康，"
            "有责任心，无经验可培训。月薪6000-7500元，包工作餐，五险一金，月休4天。"
            "地址：浦东新区张杨路1286号。联系人：王经理 138 1729 4406"
        ),
        (
            "深圳宝安电子厂长期招普工：男女不限，18-45岁，会简单读写。底薪2360+加班"
            "费，综合工资5500-7000，包吃包住（8人间，有空调WiFi）。周一至周六上午8点"
            "到厂门口面试，带身份证。不收任何费用。"
        ),
        (
            "【徵才】台北市信義區飯店誠徵櫃檯接待人員，需具備基本英日語能力，輪班制。"
            "月薪35,000-40,000元，享勞健保、員工餐、年終獎金。有意者請將履歷寄至 "
            "hr@xinyihotel.com.tw，合則約談。"
        ),
        (
            "正规劳务派遣：新加坡建筑公司招钢筋工、木工20名，需持相关技能证书，年龄25"
            "-45岁。月薪2800-3500新币，工作准证由雇主办理，合同两年。我司持有对外劳"
            "务合作经营资格证书，不收取押金。咨询电话：0532-8876 2190（青岛）"
        ),
        (
            "金边某国际学校招聘中文教师2名，要求本科以上学历，持国际中文教师证书者优"
            "先，有教学经验。月薪1500-2000美元，提供工作签证、住房补贴和每年一次回国"
            "机票。请将简历发送至 recruit@jbschool-intl.edu.kh"
        ),
    ),
    scam_ads=(
        (
            "高薪诚聘‼️ 柬埔寨西港 客服/打字员\n"
            "月薪1.5万-3万人民币+提成\n"
            "包吃包住，机票报销\n"
            "无需经验，会打字就行\n"
            "18-35岁，男女不限\n"
            "有意者飞机联系 @xg_hr888"
        ),
        (
            "东南亚高薪工作，电销/推广，月入过万轻松，公司在泰国边境，包接机，护照我"
            "们帮办。不看学历不看经验，只要你肯干。有兴趣加微信：gxgz_8826"
        ),
        (
            "【海外高薪】緬甸妙瓦底科技公司招聘網絡客服，底薪8000人民幣，提成另計，"
            "包食宿。免費機票，落地有人接。不需要經驗，會打字、會用電腦即可。詳情私"
            "聊 Telegram @mm_jobs_tw"
        ),
        (
            "招聘老挝金三角运营专员，日结工资，一个月轻松3-5万。什么都不用带，人到就"
            "行，路费全包。懂的来，不懂勿扰。"
        ),
        (
            "迪拜+菲律宾 游戏公司 招聘 客服推广 18-30岁 会中文 会打字 底薪1万5 包吃住 "
            "机票公司出 签证公司办 速来 名额有限 TG: @dubai_game_hr"
        ),
    ),
    warnings=(
        (
            "提醒大家：看到这种广告千万别信——“柬埔寨高薪客服，月薪3万，包机票包吃住，"
            "无需经验，联系飞机”。这就是诈骗园区招人的套路，去了就被扣护照、被迫做电"
            "诈。转发给身边的年轻人！"
        ),
        (
            "我是去年被骗去缅甸的。朋友介绍说泰国有个客服工作一个月两万，结果到了曼"
            "谷被人带着过了河，进了园区才知道是搞电诈的。每天工作十五六个小时，完不"
            "成业绩就挨打。家里凑了二十万才把我赎出来。大家一定要警惕。"
        ),
        (
            "中国驻柬埔寨大使馆提醒：近期有不法分子以高薪招聘为诱饵，诱骗中国公民赴"
            "柬从事网络赌博和电信诈骗。请广大同胞切勿轻信。如遇紧急情况，请拨打使馆"
            "领事保护与协助电话：+855-12-901-923。"
        ),
        (
            "本报讯 11月6日，记者从云南警方获悉，今年以来已有1207名涉嫌电信网络诈骗"
            "的犯罪嫌疑人从缅北移交我方。其中不少人称，当初是被“高薪招聘”广告吸引出"
            "境的。"
        ),
        (
            "兄弟别去，这就是骗局。我表哥去年就是这样被骗到西港的，说是做客服，到了"
            "直接收手机收护照，家里花了五万美金才赎回来。"
        ),
        (
            "警情通报：我局近日破获一起组织他人偷越国（边）境案件，抓获犯罪嫌疑人4名。"
            "经查，该团伙通过短视频平台发布“境外高薪打字员”招聘信息，先后组织23人偷"
            "渡至缅甸从事电信诈骗。案件正在进一步侦办中。"
        ),
        "月薪三万不要经验还包机票？醒醒吧，那是园区。",
        (
            "【反詐宣導】警方提醒：近期詐騙集團在臉書、IG刊登「海外高薪輕鬆工作」廣"
            "告，誘騙年輕人前往柬埔寨、緬甸。一旦出境即遭扣押護照、限制人身自由。如"
            "有疑問請撥打反詐騙諮詢專線。"
        ),
        (
            "法院审理查明：被告人李某于2023年至2024年间，以“境外客服月薪两万”为名，"
            "招募15人前往柬埔寨从事网络诈骗，获利38万元。法院以偷越国境罪、诈骗罪判"
            "处其有期徒刑九年，并处罚金。"
        ),
        (
            "求扩散🙏 我弟弟张磊，23岁，上个月说去泰国做电商客服，现在联系不上，最后"
            "一次发消息说被带到了缅甸，护照被收了。有知情者请联系我，微信 "
            "zl_family2026，万分感谢！"
        ),
    ),
    promos=(
        (
            "【中奖通知】恭喜您的手机号码被抽中为本次幸运用户，获得二等奖现金12.8万"
            "元及笔记本电脑一台。请登录 www.zj-lingjiang.cn "
            "填写领奖信息，缴纳个人所得税后即可领取。"
        ),
        (
            "无抵押贷款，最高可借20万，信用分550以上秒批，3分钟到账，不查征信。点击"
            "链接申请：dk-kuai.cn/a8 回T退订"
        ),
        (
            "皇冠国际娱乐城 🎰 新会员首存送100%，每日返水1.5%，提款秒到账！百家乐、"
            "体育、电子应有尽有。注册网址：hg-vip88.com"
        ),
        (
            "币圈老师带单，每天稳定收益10%-30%，已带领3000+学员财富自由。现在加群免"
            "费领取明日必涨币种，名额有限！"
        ),
        (
            "兼职刷单，在家就能做，一单佣金5-50元，当天结算。先做三单免费体验，之后"
            "充值垫付，本金+佣金一起返还。宝妈学生党都能做！加QQ：2837119022"
        ),
        "【ETC服务】您的ETC卡已失效，为避免影响通行，请立即登录 etc-gx.cc 进行认证。",
        (
            "【银行积分】尊敬的客户，您的账户积分即将过期，可兑换现金368元，请点击 "
            "jf-duihuan.top 兑换。"
        ),
        (
            "加入我们的健康事业！投资3980元成为VIP代理，推荐一人奖励800元，团队满50"
            "人月入过万，还能免费旅游。这不是传销，是新零售！"
        ),
        (
            "【投資群】跟著老師操作台股，保證月報酬20%以上！目前限時免費加入LINE群組，"
            "名額只剩最後30位。加LINE ID：@stock_win88"
        ),
        (
            "速运通知：您的快递因地址不详无法派送，请于24小时内点击 kd-cx.info "
            "更新信息，逾期退回。"
        ),
    ),
    other=(
        (
            "金边出售2018年雷克萨斯RX350，白色，里程6万公里，手续齐全，车况极好。售"
            "价4.3万美金，可小刀。地址：钻石岛附近，电话：096 338 7712"
        ),
        (
            "出租：北京朝阳区望京一居室，精装修，家电齐全，免费WiFi，水费包含，月租5200"
            "元，押一付三，近地铁14号线。有意者联系刘先生 139 1102 6634"
        ),
        (
            "寻狗启事：本人于11月10日傍晚在天河公园附近走失一只白色比熊，名字叫“豆豆”，"
            "戴红色项圈。有好心人看到请联系 135 0288 1946，必有重谢（酬金2000元）。"
        ),
        (
            "停水通知：因市政管道维修，本小区将于11月18日（周二）上午8:00至下午6:00"
            "停止供水，请各位业主提前做好储水准备。给您带来不便，敬请谅解。——物业服"
            "务中心"
        ),
        (
            "诚邀您参加我们的婚礼🎊 新郎：陈浩 新娘：林悦 "
            "时间：2026年12月20日（周六）中午12:00 地点：杭州西湖畔某酒店三楼宴会厅 "
            "期待您的光临！"
        ),
        (
            "番茄炒蛋做法：鸡蛋3个打散加少许盐，番茄2个切块。先炒鸡蛋盛出，再炒番茄"
            "出汁，加一勺糖，倒入鸡蛋翻炒均匀即可。"
        ),
        (
            "2027年国家公派留学项目申报开始啦！资助内容包括往返国际旅费和奖学金生活"
            "费，资助期限12-48个月。申请人须为在读研究生或青年教师，截止日期3月15日。"
        ),
        (
            "金边+暹粒5天4晚纯玩团，含往返机票、四星酒店、吴哥窟门票及中文导游，每人"
            "仅需3999元！12月出发，报名从速。咨询：阳光旅行社 020-8736 5521"
        ),
        "祝大家新年快樂，身體健康，萬事如意！🧧",
        "你到了吗？我在星巴克门口等你",
    ),
)


_TH = LangTexts(
    legit_ads=(
        (
            "รับสมัครพนักงานขายหน้าร้าน ร้านกาแฟใบชา สาขาพระราม 9 วุฒิ ม.6 ขึ้นไป "
            "ไม่มีประสบการณ์ยินดีสอนงาน เงินเดือน 12,000 บาท + ค่าคอม ประกันสังคม วันหยุด 6 "
            "วัน/เดือน สนใจติดต่อ คุณแอน 089-117-4420"
        ),
        (
            "บริษัท สยามพาร์ท อินดัสทรี จำกัด (นิคมอุตสาหกรรม ชลบุรี) รับสมัครพนักงานฝ่ายผลิต 50 อัตรา "
            "ชาย/หญิง อายุ 18-40 ปี ค่าแรง 370 บาท/วัน + OT + เบี้ยขยัน รถรับส่งฟรี มีหอพักให้ "
            "สมัครด้วยตนเองที่หน้าโรงงาน จันทร์-ศุกร์ 08.00-15.00 น. ไม่มีค่าใช้จ่ายในการสมัคร"
        ),
        (
            "กรมการจัดหางาน รับสมัครคนหางานไปทำงานเกาหลีใต้ ระบบ EPS สาขาการผลิต "
            "ผู้สมัครต้องผ่านการสอบภาษาเกาหลี อายุ 18-39 ปี ค่าจ้างเริ่มต้นตามกฎหมายเกาหลี "
            "สมัครได้ที่สำนักงานจัดหางานจังหวัดทุกแห่ง ไม่ต้องเสียค่าหัวคิว ระวังสายนายหน้าแอบอ้าง"
        ),
        (
            "โรงแรมริมโขง เสียมราฐ รับสมัคร Guest Relation พูดไทย-อังกฤษได้ "
            "มีประสบการณ์งานโรงแรม 1 ปีขึ้นไป เงินเดือน 600-800 USD มีที่พัก อาหาร 2 มื้อ "
            "ทำวีซ่าทำงานให้ถูกต้อง ส่ง CV ที่ hr@rimkhonghotel-sr.com"
        ),
        (
            "ด่วน! รับสมัคร Call Center (Inbound) ประจำออฟฟิศ อโศก ไม่ต้องมีประสบการณ์ "
            "มีเทรนนิ่งให้ 2 สัปดาห์ เงินเดือน 15,000 + incentive สมัครผ่านเว็บหางาน หรือ walk-in "
            "วันเสาร์ 10.00 น. ชั้น 12 อาคารสุขุมวิทพลาซ่า"
        ),
    ),
    scam_ads=(
        (
            "🔥งานต่างประเทศ รายได้ดี🔥\n"
            "ตำแหน่ง: แอดมินตอบแชท / คีย์ข้อมูล\n"
            "เงินเดือน 35,000-60,000 บาท + คอมมิชชั่น\n"
            "ฟรีตั๋วเครื่องบิน ที่พัก อาหาร 3 มื้อ\n"
            "ไม่ต้องมีประสบการณ์ พิมพ์ได้ก็พอ\n"
            "ประเทศ: กัมพูชา\n"
            "สนใจทักไลน์ @job_abroad888"
        ),
        (
            "หาคนไทยไปทำงานพม่า ฝั่งเมียวดี งานการตลาดออนไลน์ เงินเดือน 40,000 บาท "
            "ไม่ต้องใช้พาสปอร์ต มีคนพาข้ามไปให้ อายุ 20-35 ทักมาได้เลยค่ะ Telegram @mw_recruit"
        ),
        (
            "รับด่วน!! พนักงานบริการลูกค้า (CS) ที่ปอยเปต รายได้ 50,000++ บาท ทำงานในตึก มีหอพักฟรี "
            "ไม่ต้องมีวุฒิ ไม่ต้องมีประสบการณ์ ทักแชทมาเลย"
        ),
        (
            "งานลาว เขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ รับคนพูดภาษาอังกฤษได้ ทำงานพิมพ์ข้อความ 12 "
            "ชม. เงินเดือน 1,500 USD ออกค่าเดินทางให้ทั้งหมด สัญญา 6 เดือน ติดต่อ Telegram: "
            "@laos_hr_th"
        ),
        (
            "ใครอยากได้งานสบายๆ เงินเดือนหลักแสน ทักมา งานคอมพิวเตอร์ นั่งแอร์ บริษัทอยู่ดูไบกับกัมพูชา "
            "บินฟรี จบ ม.3 ก็ทำได้ ด่วน รับแค่ 10 คน"
        ),
    ),
    warnings=(
        (
            "เตือนภัย! อย่าหลงเชื่อโฆษณาแบบนี้: 'รับสมัครแอดมินทำงานกัมพูชา เงินเดือน 50,000 บาท "
            "ฟรีตั๋วเครื่องบิน ไม่ต้องมีประสบการณ์ ทักเทเลแกรม' "
            "นี่คือขบวนการหลอกคนไปทำงานให้แก๊งคอลเซ็นเตอร์ ไปแล้วถูกยึดพาสปอร์ต "
            "และถูกบังคับให้หลอกคนไทยด้วยกันเอง"
        ),
        (
            "ผมเคยโดนหลอกไปทำงานที่เมียวดีครับ ตอนนั้นเห็นประกาศงานแอดมินเงินเดือน 40,000 ในเฟซบุ๊ก "
            "พอไปถึงแม่สอดมีรถมารับพาข้ามแม่น้ำเมย เข้าไปในตึกแล้วโดนยึดโทรศัพท์ "
            "บังคับให้หลอกคนลงทุนวันละ 15 ชั่วโมง ถ้าทำยอดไม่ได้ก็โดนช็อตไฟฟ้า อยู่ 7 เดือนกว่าจะได้ออกมา"
        ),
        (
            "ประกาศสถานเอกอัครราชทูต ณ กรุงพนมเปญ: "
            "ขอเตือนคนไทยอย่าหลงเชื่อการชักชวนไปทำงานในกัมพูชาผ่านสื่อออนไลน์ หากประสบปัญหา "
            "ติดต่อสายด่วนสถานทูต +855 12 818 624 (ตลอด 24 ชั่วโมง)"
        ),
        (
            "ตาก 5 พ.ย. – เจ้าหน้าที่รับตัวคนไทย 68 คน "
            "ที่ได้รับการช่วยเหลือออกจากแหล่งสแกมเมอร์ฝั่งเมียวดี ผ่านด่านพรมแดนแม่สอด "
            "ส่วนใหญ่ให้การว่าถูกหลอกจากประกาศรับสมัครงานทางโซเชียลมีเดีย "
            "โดยอ้างว่าจะได้ทำงานในบริษัทที่กรุงเทพฯ"
        ),
        (
            "อย่าไปครับพี่ แก๊งคอลชัวร์ๆ ญาติผมก็ไปแบบนี้ บอกว่าไปทำงานคาสิโน สุดท้ายที่บ้านต้องจ่ายค่าไถ่ 3 "
            "แสนกว่าจะได้กลับ"
        ),
        (
            "ตำรวจแถลงผลจับกุมนายหน้าจัดหางานเถื่อน 3 ราย ซึ่งโพสต์ชวนเชื่อผ่าน TikTok "
            "ว่ามีงานรายได้สูงในกัมพูชา ก่อนส่งเหยื่ออย่างน้อย 19 คนไปทำงานให้แก๊งคอลเซ็นเตอร์ "
            "ผู้ต้องหาถูกแจ้งข้อหาค้ามนุษย์"
        ),
        "งานพิมพ์แชทเงินเดือนครึ่งแสนที่ปอยเปต = แก๊งคอลเซ็นเตอร์ จบนะ",
        (
            "กรมการจัดหางานเตือน! ก่อนไปทำงานต่างประเทศ ตรวจสอบบริษัทจัดหางานว่าได้รับอนุญาตหรือไม่ "
            "ห้ามเดินทางด้วยวีซ่าท่องเที่ยวเพื่อไปทำงาน และระวังประกาศที่อ้างว่า 'ไม่ต้องมีประสบการณ์ "
            "รายได้สูง ออกค่าเดินทางให้'"
        ),
        (
            "ศาลอาญาพิพากษาจำคุกจำเลย 12 ปี ฐานร่วมกันค้ามนุษย์ หลังพบว่าจำเลยชักชวนหญิงสาว 6 "
            "คนไปทำงานตำแหน่ง 'แอดมินเพจ' ที่สีหนุวิลล์ แต่กลับถูกบังคับให้หลอกลวงผู้อื่นทางออนไลน์"
        ),
        (
            "ช่วยแชร์ด้วยค่ะ🙏 น้องชายชื่อต้น อายุ 21 ปี ไปทำงานที่กัมพูชาตั้งแต่เดือนสิงหา "
            "บอกว่าเป็นงานแอดมิน ตอนนี้ติดต่อไม่ได้ ล่าสุดส่งข้อความมาว่าถูกขังและถูกทำร้าย "
            "ใครมีข้อมูลรบกวนติดต่อ 086-553-0192"
        ),
    ),
    promos=(
        (
            "สล็อตเว็บตรง แตกง่าย🔥 สมัครสมาชิกใหม่รับโบนัส 100% ฝาก-ถอน ออโต้ ไม่มีขั้นต่ำ "
            "รองรับทรูวอลเล็ท คลิกเลย slotwin168th.com"
        ),
        (
            "สินเชื่อด่วน อนุมัติไว ไม่เช็คบูโร ไม่ต้องมีคนค้ำ กู้ได้ 5,000-50,000 บาท โอนเข้าบัญชีภายใน "
            "30 นาที แอดไลน์ @fastloan99"
        ),
        (
            "ยินดีด้วย! หมายเลขของท่านได้รับรางวัลเงินสด 200,000 บาท จากกิจกรรมลุ้นโชคประจำปี "
            "กรุณายืนยันสิทธิ์ภายในวันนี้ที่ lucky-th.cc/claim"
        ),
        (
            "การไฟฟ้า: ท่านมียอดเงินคืนค่าประกันมิเตอร์ 1,850 บาท กรุณาเพิ่มเพื่อนทางไลน์เพื่อรับเงินคืน "
            "line.me/ti/p/@meter-refund"
        ),
        "พัสดุของท่านไม่สามารถจัดส่งได้ เนื่องจากที่อยู่ไม่ครบถ้วน กรุณาอัปเดตข้อมูลที่ parcel-th.info/x2",
        (
            "งานเสริมกดไลก์ร้านค้า ได้ครั้งละ 20-50 บาท ถอนได้ทันที 💵 ภารกิจพิเศษ: ลงทุน 1,000 "
            "ได้คืน 1,300 ภายใน 1 ชั่วโมง ทำที่บ้านได้ ทักแอดมินเพื่อเข้ากลุ่ม"
        ),
        (
            "กลุ่ม VIP สัญญาณเทรดคริปโต กำไร 20-40% ต่อสัปดาห์ การันตี! เข้ากลุ่มฟรีวันนี้วันเดียว "
            "t.me/thaicrypto_vip"
        ),
        (
            "อยากมีรายได้เสริมเดือนละแสน? มาเป็นตัวแทนจำหน่ายอาหารเสริมกับเรา ลงทุนเพียง 2,500 "
            "บาท ได้สินค้า + สิทธิ์หาทีม ยิ่งมีดาวน์ไลน์ยิ่งรวย ไม่ต้องลาออกจากงานประจำ"
        ),
        "หวยออนไลน์ จ่ายบาทละ 900 เลขเด็ดงวดนี้ 47-82 แทงขั้นต่ำ 1 บาท สมัครวันนี้รับเครดิตฟรี 50",
        (
            "ธนาคารแจ้ง: บัญชีของท่านถูกระงับชั่วคราว โปรดยืนยันตัวตนที่ bank-th-verify.net ภายใน "
            "24 ชม."
        ),
    ),
    other=(
        (
            "ขาย Honda Wave 110i ปี 2021 สีแดงดำ เล่มทะเบียนพร้อมโอน ภาษีถึงปีหน้า ไมล์ 18,000 "
            "ราคา 28,500 บาท ต่อรองได้นิดหน่อย นัดดูรถได้ที่ลาดพร้าว 101 โทร 081-662-3045"
        ),
        (
            "ห้องพักให้เช่า ใกล้ ม.เชียงใหม่ ห้องแอร์ เฟอร์นิเจอร์ครบ ฟรี WiFi รวมค่าน้ำแล้ว เดือนละ "
            "4,500 บาท ค่าไฟหน่วยละ 7 บาท สนใจโทร 053-214-889"
        ),
        (
            "ตามหาน้องหมา ชื่อถุงเงิน พันธุ์ปอมเมอเรเนียน สีขาว หายแถวซอยอ่อนนุช 44 เมื่อวันที่ 3 พ.ย. "
            "มีรางวัลให้ 5,000 บาท ติดต่อ 092-118-7754"
        ),
        (
            "ประกาศหมู่บ้าน: ขอเชิญชาวบ้านหมู่ 4 ร่วมประชุมประจำเดือน วันอาทิตย์ที่ 16 พ.ย. เวลา "
            "09.00 น. ณ ศาลาประชาคม เรื่องงบประมาณซ่อมถนน – ผู้ใหญ่บ้าน"
        ),
        (
            "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอน ขอเชิญผู้สูงอายุ 60 ปีขึ้นไปรับวัคซีนไข้หวัดใหญ่ฟรี วันที่ "
            "20 พ.ย. 08.30-12.00 น. นำบัตรประชาชนมาด้วย"
        ),
        (
            "วิธีทำไข่เจียวหมูสับ: ตอกไข่ 3 ฟอง ใส่หมูสับ 100 กรัม น้ำปลา 1 ช้อนชา ตีให้เข้ากัน "
            "ตั้งน้ำมันให้ร้อนจัด เทไข่ลงทอดจนเหลืองกรอบ กินกับข้าวสวยร้อนๆ"
        ),
        (
            "ทัวร์พนมเปญ-เสียมเรียบ 3 วัน 2 คืน ราคา 8,900 บาท รวมตั๋วเครื่องบิน โรงแรม อาหาร "
            "และไกด์ชมนครวัด ฟรี! ประกันการเดินทาง ออกเดินทางทุกวันเสาร์ จองด่วน โทร 02-118-4432"
        ),
        (
            "ทุนรัฐบาลญี่ปุ่น ระดับปริญญาโท ปี 2027 ได้รับค่าเล่าเรียน ค่าครองชีพรายเดือน "
            "และตั๋วเครื่องบินไป-กลับ สมัครได้ถึง 30 พ.ค. ผ่านสถานเอกอัครราชทูตญี่ปุ่น"
        ),
        "สวัสดีวันจันทร์ ขอให้มีความสุขตลอดสัปดาห์นะคะ 🌸☕",
        "เดี๋ยวเย็นนี้กินหมูกระทะกันไหม ร้านเดิมนะ",
    ),
)


_VI = LangTexts(
    legit_ads=(
        (
            "TUYỂN DỤNG NHÂN VIÊN BÁN HÀNG – Cửa hàng điện thoại Minh Phát (Q. Tân "
            "Bình, TP.HCM). Yêu cầu: nam/nữ 18-30 tuổi, tốt nghiệp THPT, nhanh nhẹn. "
            "Lương cứng 7 triệu + hoa hồng, thưởng doanh số, đóng BHXH. Nộp hồ sơ trực "
            "tiếp tại cửa hàng hoặc gọi 0903 118 472."
        ),
        (
            "Công ty TNHH Điện tử Sao Việt (KCN Quế Võ, Bắc Ninh) tuyển 100 công nhân "
            "lắp ráp. Không yêu cầu kinh nghiệm, được đào tạo. Thu nhập 8-10 "
            "triệu/tháng, có xe đưa đón, ăn ca miễn phí. Phỏng vấn thứ 2-7 tại cổng "
            "công ty, mang theo CCCD. Không thu bất kỳ khoản phí nào."
        ),
        (
            "Công ty CP Cung ứng Nhân lực Quốc tế Hà Thành (Giấy phép hoạt động dịch "
            "vụ đưa người lao động đi làm việc ở nước ngoài số 215/LĐTBXH-GP) tuyển 30 "
            "lao động nữ đi Nhật Bản ngành chế biến thực phẩm, hợp đồng 3 năm. Lương "
            "cơ bản 165.000 yên/tháng. Yêu cầu: 19-32 tuổi, sức khỏe tốt. Học tiếng "
            "Nhật 4 tháng tại trung tâm trước khi xuất cảnh."
        ),
        (
            "Can tuyen 2 ban nu phuc vu quan cafe khu vuc Quan 3, lam ca sang hoac ca "
            "chieu, luong 25k/gio + tip, bao an trua. Lien he chi Hoa 0937 226 510"
        ),
        (
            "[HN] Tuyển nhân viên chăm sóc khách hàng qua điện thoại (inbound), làm "
            "tại văn phòng Cầu Giấy. Sinh viên mới ra trường được đào tạo. Lương 8-12 "
            "triệu + phụ cấp, nghỉ CN. Ứng tuyển qua email tuyendung@callviet.vn."
        ),
    ),
    scam_ads=(
        (
            "🔥 TUYỂN GẤP NHÂN VIÊN CSKH LÀM VIỆC TẠI CAMPUCHIA 🔥\n"
            "Lương 25-40 triệu/tháng + thưởng\n"
            "Bao vé máy bay, bao ăn ở\n"
            "Không cần kinh nghiệm, chỉ cần biết đánh máy\n"
            "Độ tuổi 18-35\n"
            "Liên hệ Telegram: @tuyendung_cam88"
        ),
        (
            "Việc nhẹ lương cao 💰 Cần 15 bạn trẻ sang Bavet làm trực page, chat với "
            "khách, lương 1.200 USD. Đi đường bộ qua cửa khẩu, có người đón. Không cần "
            "hộ chiếu, bên mình lo hết. Ib Zalo 0868 227 915"
        ),
        (
            "tuyen nv van phong lam viec tai Lao (dac khu Tam Giac Vang), luong 30tr, "
            "bao ve xe, an o mien phi, ko can bang cap. ai can viec ib minh gap"
        ),
        (
            "Tuyển dụng trợ lý chat tiếng Anh – công ty công nghệ tại Myanmar (gần "
            "biên giới Thái Lan). Lương 1.500 USD, hợp đồng 6 tháng, công ty chi trả "
            "toàn bộ chi phí đi lại. Phỏng vấn online qua Telegram, xuất cảnh trong "
            "tuần."
        ),
        (
            "Ai muốn đi làm Dubai, Philippines ngành game online, lương 35 triệu, bay "
            "miễn phí, đi visa du lịch rồi công ty chuyển sang visa lao động. Làm 12 "
            "tiếng/ngày, ăn ở công ty lo. Liên hệ ngay kẻo hết suất!"
        ),
    ),
    warnings=(
        (
            "CẢNH BÁO: Đừng tin những tin tuyển dụng kiểu này: 'Tuyển CSKH làm việc "
            "tại Campuchia, lương 30 triệu, bao vé máy bay, không cần kinh nghiệm, "
            "liên hệ Telegram'. Đây là thủ đoạn lừa người sang làm việc cho các đường "
            "dây lừa đảo trực tuyến. Nhiều người đã bị giữ hộ chiếu, đánh đập và bị "
            "bán qua lại giữa các công ty."
        ),
        (
            "Mình từng bị lừa sang Campuchia năm 2022. Lúc đó người quen rủ sang làm "
            "nhân viên sòng bạc lương 1.000 đô, đi qua đường mòn ở biên giới. Sang tới "
            "nơi mới biết là bị bắt lên mạng lừa người Việt đầu tư. Không đạt chỉ tiêu "
            "là bị đánh, bị bán sang công ty khác. Gia đình phải chuộc 9.000 đô mình "
            "mới về được."
        ),
        (
            "ĐẠI SỨ QUÁN VIỆT NAM TẠI CAMPUCHIA KHUYẾN CÁO: Công dân Việt Nam cảnh "
            "giác trước các lời mời làm việc 'nhẹ nhàng, lương cao' trên mạng xã hội. "
            "Trường hợp cần hỗ trợ khẩn cấp, liên hệ đường dây nóng bảo hộ công dân: "
            "+855 97 338 1205."
        ),
        (
            "Ngày 18/10, tại cửa khẩu quốc tế, lực lượng chức năng đã tiếp nhận 57 "
            "công dân Việt Nam do phía Campuchia trao trả. Các công dân cho biết đã bị "
            "dụ dỗ sang làm 'việc nhẹ lương cao' qua các hội nhóm tuyển dụng trên "
            "Facebook."
        ),
        (
            "Đừng đi bạn ơi, lừa đảo đấy. Em họ mình cũng đi y chang vậy, nói làm CSKH "
            "ở Sihanoukville, sang tới nơi bị thu điện thoại, nhà phải gửi 200 triệu "
            "mới chuộc về được."
        ),
        (
            "Công an tỉnh thông tin: đã khởi tố vụ án 'Tổ chức, môi giới cho người "
            "khác xuất cảnh trái phép', bắt tạm giam 3 đối tượng. Các đối tượng đăng "
            "tin tuyển dụng trên mạng, hứa hẹn lương 20-30 triệu/tháng, rồi đưa 12 "
            "người sang Campuchia bán cho các công ty lừa đảo."
        ),
        "Việc nhẹ lương cao ở Campuchia = bán người. Đừng dại.",
        (
            "canh bao moi nguoi: may trang tuyen dung 'lam viec tai Campuchia luong "
            "30tr khong can kinh nghiem' toan la lua dao, di la bi giu ho chieu, bi "
            "ban. chia se cho nguoi than biet nhe"
        ),
        (
            "TAND tỉnh tuyên phạt bị cáo Nguyễn Văn T. (29 tuổi) 8 năm tù về tội mua "
            "bán người. Theo cáo trạng, T. đã lừa 5 thanh niên sang Campuchia làm "
            "'nhân viên văn phòng' rồi bán cho một công ty lừa đảo với giá 2.000 "
            "USD/người."
        ),
        (
            "Mọi người ơi giúp em với 🙏 Em trai em tên Lê Văn Hùng, 20 tuổi, quê Nghệ "
            "An, tháng trước đi theo bạn sang Campuchia làm việc, giờ nhắn về nói bị "
            "nhốt, bị đánh, đòi 15.000 USD mới thả. Ai có thông tin xin liên hệ 0912 "
            "447 083."
        ),
    ),
    promos=(
        (
            "🎰 Nhà cái uy tín số 1 – Tặng 100% nạp đầu cho thành viên mới, hoàn trả "
            "1,5% mỗi ngày, rút tiền siêu tốc 3 phút. Đăng ký ngay: vipbet88vn.com"
        ),
        (
            "Chúc mừng thuê bao của quý khách đã trúng thưởng 1 xe máy trong chương "
            "trình tri ân khách hàng. Vui lòng liên hệ 0587 443 219 để làm thủ tục "
            "nhận giải."
        ),
        (
            "Vay tiền online chỉ cần CCCD, không thẩm định, giải ngân trong 10 phút, "
            "hạn mức đến 50 triệu. Nợ xấu vẫn hỗ trợ! Tải app: vaynhanh247.app"
        ),
        (
            "[Ngân hàng] Tài khoản của quý khách sẽ bị tạm khóa do chưa cập nhật sinh "
            "trắc học. Vui lòng truy cập nganhang-capnhat.com để cập nhật."
        ),
        (
            "Don hang cua ban dang bi giu tai kho do thieu phi van chuyen 15.000d. Vui "
            "long thanh toan tai giaohang-phi.net de nhan hang."
        ),
        (
            "Việc làm thêm tại nhà: thả tim, đánh giá sản phẩm, mỗi nhiệm vụ 30-50k, "
            "rút ngay. Nhiệm vụ VIP: nạp 500k nhận lại 700k sau 20 phút. Phù hợp mẹ "
            "bỉm, sinh viên. Ib để được hướng dẫn."
        ),
        (
            "Nhóm kèo coin VIP 🚀 Lợi nhuận 30%/tuần, có chuyên gia hướng dẫn 1-1. Vào "
            "nhóm miễn phí hôm nay: t.me/keocoin_vip"
        ),
        (
            "Cơ hội kinh doanh thời 4.0! Chỉ cần 5 triệu vốn trở thành nhà phân phối "
            "mỹ phẩm Hàn Quốc, giới thiệu thêm 2 người được thưởng 3 triệu. Thu nhập "
            "thụ động, tự do tài chính sau 6 tháng!"
        ),
        (
            "Đá gà trực tiếp hôm nay 🐓 Cược từ 10k, thưởng nạp đầu 50%. Link xem & "
            "cược: daga-live88.net"
        ),
        (
            "Soi cầu lô đề chuẩn 99%, bạch thủ hôm nay 68. Ai muốn vào cầu VIP nhắn "
            "tin, phí 500k, không về hoàn tiền."
        ),
    ),
    other=(
        (
            "Bán xe Honda Vision 2022 màu trắng, chính chủ, biển Hà Nội, đi 9.000 km, "
            "còn bảo hành. Giá 31 triệu có thương lượng. Xem xe tại Đống Đa, gọi 0976 "
            "334 218."
        ),
        (
            "Cho thuê phòng trọ khép kín gần ĐH Bách Khoa, 20m2, có gác, điều hòa, "
            "wifi miễn phí, đã bao gồm tiền nước. Giá 3,2 triệu/tháng, điện 3.500đ/số. "
            "LH cô Lan 0985 110 624."
        ),
        (
            "Tìm chó lạc 🐶 Bé Lu, giống Corgi, lông vàng trắng, đeo vòng cổ xanh, lạc "
            "ở khu vực hồ Tây chiều 8/11. Ai tìm thấy xin liên hệ 0934 558 201, hậu tạ "
            "3 triệu."
        ),
        (
            "Thông báo lịch cắt điện: Thứ Năm 20/11, từ 7h30 đến 16h00, khu vực phường "
            "Tân Định tạm ngừng cung cấp điện để bảo trì lưới điện. Mong quý khách "
            "hàng thông cảm."
        ),
        (
            "Trân trọng kính mời quý phụ huynh tới dự Lễ kỷ niệm Ngày Nhà giáo Việt "
            "Nam 20/11 tại hội trường Trường THCS Nguyễn Du, 8h sáng thứ Bảy."
        ),
        (
            "Cách làm nước mắm chua ngọt: 3 thìa nước mắm, 3 thìa đường, 6 thìa nước "
            "ấm, 1 thìa nước cốt chanh, tỏi ớt băm. Khuấy tan đường là xong, chấm gì "
            "cũng ngon."
        ),
        (
            "Tour Phnom Penh – Siem Reap 4N3Đ chỉ từ 6.990.000đ, bao gồm vé máy bay "
            "khứ hồi, khách sạn 4 sao, vé tham quan Angkor Wat, hướng dẫn viên tiếng "
            "Việt. Khởi hành hằng tuần. Hotline Du lịch Sen Vàng: 0283 633 418"
        ),
        (
            "Học bổng Chính phủ Hungary 2027: miễn học phí, trợ cấp sinh hoạt hằng "
            "tháng, hỗ trợ chỗ ở. Hạn nộp hồ sơ 15/1. Chi tiết xem trên cổng thông tin "
            "của Bộ GD&ĐT."
        ),
        "oke toi nay 8h gap o quan cu nhe, nho mang sac du phong cho t",
        "Chúc mừng năm mới! An khang thịnh vượng, vạn sự như ý 🧧🌸",
    ),
)


_TL = LangTexts(
    legit_ads=(
        (
            "HIRING! 📢 Kailangan ng 3 Service Crew sa Kusina ni Aling Rosa, Marikina. "
            "Requirements: 18-30 yrs old, HS grad, masipag. Sahod: ₱610/day + libreng "
            "pagkain, SSS, PhilHealth, Pag-IBIG. Walk-in Mon-Sat 10am-4pm, dalhin ang "
            "resume at valid ID."
        ),
        (
            "WE'RE HIRING: Customer Service Representatives (Voice) – Cebu IT Park. "
            "Fresh grads & non-grads welcome! ₱20,000-₱25,000 + night diff + HMO on "
            "day 1. Walk-in interview Mon-Fri 9AM-5PM, 10F Skyrise Tower 4. Libre po "
            "ang application, wala kaming sinisingil."
        ),
        (
            "DMW-licensed agency (Lisensya Blg. DMW-089-LB-040223-R) ay "
            "nangangailangan ng 20 Caregivers para sa Japan (SSW). Requirements: "
            "JFT-Basic o NC II Caregiving, 21-35 y/o. Sahod ¥190,000/buwan, libreng "
            "accommodation sa unang 3 buwan. No placement fee. I-verify muna kami sa "
            "DMW website bago mag-apply."
        ),
        (
            "Hiring Production Operators sa Laguna Technopark (Biñan). Kahit walang "
            "experience basta HS grad o may TESDA NC II. ₱645/day + OT + shuttle "
            "service. Mag-apply sa aming HR office, Gate 2, Lunes hanggang Biyernes."
        ),
        (
            "Hanap po kami ng kasambahay, stay-in, dito sa Quezon City. Maliit lang "
            "pamilya, 2 bata. Sahod ₱8,000/month + SSS, PhilHealth, day off tuwing "
            "Linggo. Pm lang po or text 0917 338 2241."
        ),
    ),
    scam_ads=(
        (
            "URGENT HIRING ABROAD!! 🇰🇭🇹🇭\n"
            "Position: Customer Service / Chat Support / Typist\n"
            "Salary: $1,000–$2,000/month (₱55k–₱110k)\n"
            "FREE airfare, visa, board & lodging\n"
            "No experience needed, basta marunong mag-type at mag-English\n"
            "Age 18–35\n"
            "PM lang sa Telegram @hr_asia_hiring"
        ),
        (
            "Sino gusto mag-work sa Cambodia? Chat support lang, 80k monthly, sagot ng "
            "company ang ticket. Tourist visa lang muna, wag nyo sasabihin sa "
            "immigration na magwo-work kayo ha. PM me agad, 5 slots na lang!"
        ),
        (
            "Hiring Encoder / Marketing Assistant sa Myanmar (malapit sa Thailand "
            "border). ₱90,000 basic + commission. Libre pamasahe, libre tirahan at "
            "pagkain. Kahit undergrad pwede. Interview via Telegram lang, alis next "
            "week. Contact Ms. Grace @grace_recruits"
        ),
        (
            "Online job sa Laos! Customer support para sa gaming company, "
            "$1,500/month, 12 hours shift, libre flight at dorm. Need agad 10 Pinoy na "
            "fluent sa English. Message kayo sa WhatsApp +856 20 5519 8804"
        ),
        (
            "Hi po! May kakilala ako na nag-hahire ng typist sa Dubai at Cambodia, "
            "70k-100k per month, sagot na lahat pati passport processing. Walang "
            "bayad. Kailangan lang ng valid ID at picture. Interested? Comment "
            "'INTERESTED' or PM."
        ),
    ),
    warnings=(
        (
            "BABALA: Huwag maniwala sa mga ganitong post: 'Hiring Customer Service sa "
            "Cambodia, $1,500/month, libreng ticket, no experience, PM sa Telegram.' "
            "Ito ay modus ng human trafficking papunta sa mga scam hub. Maraming Pinoy "
            "ang nakulong at pinilit mag-scam. I-verify muna sa DMW bago mag-apply."
        ),
        (
            "Share ko lang po experience ko. Noong 2023, na-recruit ako sa Facebook "
            "para maging 'CSR' sa Thailand, 60k daw sahod. Pagdating sa Bangkok, "
            "sinakay kami sa van at itinawid sa ilog papuntang Myanmar. Kinuha "
            "passport namin at pinilit kaming mag-scam ng mga foreigner sa dating "
            "apps. Pag hindi naabot ang quota, binubugbog. Nakauwi lang ako after 6 "
            "months sa tulong ng embassy. Sana wala nang mabiktima."
        ),
        (
            "ADVISORY mula sa Embahada ng Pilipinas sa Phnom Penh: Pinapaalalahanan "
            "ang mga Pilipino na huwag tumanggap ng alok na trabaho sa Cambodia na "
            "inaalok online at gamit ang tourist visa. Para sa tulong, tumawag o "
            "mag-message sa aming hotline: +855 12 880 316 (24/7)."
        ),
        (
            "MAYNILA, Nobyembre 7 – Dumating sa NAIA Terminal 3 ang 41 Pilipinong "
            "nasagip mula sa isang scam hub sa Myawaddy, Myanmar. Ayon sa DMW, "
            "karamihan sa kanila ay na-recruit sa social media para sa mga trabahong "
            "'customer service representative' na may alok na mataas na sahod."
        ),
        (
            "Pre scam yan, wag ka tumuloy. Pinsan ko ganyan din, 'typist' daw sa "
            "Cambodia, pagdating dun kinuha phone nya at passport. Ilang buwan bago "
            "nakauwi, nagbayad pa pamilya nila ng 200k."
        ),
        (
            "PRESS RELEASE – Bureau of Immigration: Naharang sa NAIA ang tatlong "
            "pasahero na nagpanggap na turista papuntang Bangkok. Inamin nila na "
            "na-recruit sila online bilang 'chat support' sa Cambodia na may sahod na "
            "$1,000. Ang mga biktima ay ini-refer sa IACAT para sa imbestigasyon."
        ),
        (
            "Typist sa Cambodia, 80k, libre flight? Scam hub po yan. Wag kayong "
            "magpapaloko."
        ),
        (
            "Red flags ng fake job offer abroad: ❌ sobrang taas ng sahod ❌ walang "
            "experience needed ❌ libre lahat, alis agad ❌ sa Telegram lang kausap ❌ "
            "tourist visa gagamitin. Kung may ganyan, i-report agad sa DMW o IACAT."
        ),
        (
            "Hinatulan ng habambuhay na pagkakakulong ng korte sa Pasay ang isang "
            "recruiter na nagpadala ng apat na Pilipino sa isang scam compound sa "
            "Cambodia. Ayon sa desisyon, nangako ang akusado ng trabahong 'encoder' na "
            "may sahod na ₱80,000."
        ),
        (
            "Pakishare po 🙏 Ang kapatid ko na si Mark, 25, umalis papuntang Thailand "
            "noong Agosto para daw sa BPO job. Ngayon hindi na namin ma-contact, last "
            "message niya nasa Myanmar daw siya at hindi pinapaalis. Kung may alam po "
            "kayo, message niyo ako o tumawag sa 0998 221 4470."
        ),
    ),
    promos=(
        (
            "CONGRATS! Nanalo ka ng ₱50,000 sa GCash Anniversary Raffle! I-claim mo na "
            "bago mag-expire: gcash-raffle-ph.com/claim Ref no. 88213"
        ),
        (
            "Loan approved! ₱30,000 pwede na i-cash out sa GCash mo ngayon. No "
            "collateral, no CI. Click para i-claim: loanph-fast.cc"
        ),
        (
            "E-SABONG LIVE 🐓 Taya na! Min bet ₱20, 100% bonus sa first cash-in via "
            "GCash/Maya. Sign up: sabong-online.bet"
        ),
        (
            "Your bank account has been temporarily locked due to suspicious activity. "
            "Please verify within 24 hrs: bank-verify-ph.com"
        ),
        (
            "Ang parcel mo ay naka-hold dahil kulang ang address. I-update dito: "
            "parcel-ph-update.info o ibabalik ito sa sender."
        ),
        (
            "Extra income habang nasa bahay! 💸 Like at follow lang sa YouTube, ₱150 "
            "per task. Sa VIP task naman, mag-deposit ka ng ₱1,000 babalik sayo ₱1,500 "
            "after 30 mins. Legit to, marami na nag-withdraw! PM mo ko."
        ),
        (
            "Jackpot ka dito! 🎰 Online casino na may FREE ₱100 sa new member, no "
            "deposit needed. Cash out diretso sa GCash. Register na: swerte777.ph"
        ),
        (
            "Sumali na sa aming crypto signals group! 20-30% profit kada linggo, "
            "guaranteed. Libre lang ngayon, limited slots. Telegram: "
            "t.me/pinoycrypto_signals"
        ),
        (
            "Gusto mo ba ng passive income? Mag-invest ka lang ng ₱2,500 para sa "
            "package ng coffee products, tapos mag-invite ka ng 2 tao, may ₱1,000 ka "
            "agad! Hindi to scam, business opportunity to sis 💯"
        ),
        (
            "Lotto winner ka! Ang numero mo ay nanalo ng ₱1,000,000 sa Grand Promo. "
            "Mag-send ng ₱500 processing fee sa GCash 0935 118 2290 para ma-release "
            "ang premyo."
        ),
    ),
    other=(
        (
            "PAALALA mula sa Barangay San Isidro: Magkakaroon ng libreng bakuna kontra "
            "tigdas para sa mga batang 0-5 taong gulang sa Barangay Hall, Sabado, "
            "8AM-12NN. Dalhin ang baby book. Salamat po!"
        ),
        (
            "Pinapaalam sa lahat ng residente ng Purok 3 na may general assembly sa "
            "Linggo, 3PM sa covered court. Pag-uusapan ang clean-up drive at curfew ng "
            "mga kabataan. – Kapitan Reyes"
        ),
        (
            "FOR SALE: Honda Click 125i 2021, complete papers, rehistrado hanggang "
            "2027, first owner. ₱68,000 negotiable. Location: Dasmariñas, Cavite. PM "
            "or text 0917 441 2208"
        ),
        (
            "PAUPAHAN ⭐ Studio type sa Sampaloc, Manila, malapit sa UST. May sariling "
            "CR, free WiFi, kasama na tubig. ₱7,500/month, 1 month advance 1 month "
            "deposit. Ladies only. Message lang po."
        ),
        (
            "PASABUY from Japan 🇯🇵 Uuwi ako sa Dec 15! Pwede kayo mag-pasabuy ng "
            "Tokyo Banana, Kit Kat, skincare, etc. 10% service fee lang. Cut-off ng "
            "orders: Dec 10. Comment o PM lang!"
        ),
        (
            "NAWAWALANG ASO 😢 Si Choco, shih tzu, kulay brown at white, nawala sa may "
            "Brgy. Malanday noong Huwebes ng gabi. May pabuya na ₱3,000 sa "
            "makakapagbalik. Tumawag sa 0905 332 1187."
        ),
        "Ma, pauwi na po ako, may gusto ka ipabili? Dadaan ako sa palengke",
        (
            "Happy birthday bes!! 🎂🎉 Love you, see you sa Sabado ha, libre mo kami "
            "hahaha"
        ),
        (
            "Chicken adobo: 1 kilo manok, 1/2 tasa toyo, 1/3 tasa suka, 1 ulo bawang, "
            "3 dahon ng laurel, paminta. Ibabad ng 30 mins, pakuluan hanggang "
            "lumambot, tapos prituhin sandali sa sariling mantika. Sarap!"
        ),
        (
            "Boracay 3D2N Promo! ₱8,999/pax – kasama na roundtrip airfare, hotel, "
            "breakfast at island hopping. Travel period: Jan-Mar 2027. Book now sa "
            "Lakbay Pinoy Travel, 0927 556 3380."
        ),
    ),
)


_KM = LangTexts(
    legit_ads=(
        (
            "📢 ហាងកាហ្វេ Mlob Coffee (បឹងកេងកង) ត្រូវការជ្រើសរើស Barista ២នាក់ និង Cashier "
            "១នាក់។ អាយុ ១៨-៣០ឆ្នាំ មិនត្រូវការបទពិសោធន៍ មានបណ្តុះបណ្តាល។ ប្រាក់ខែ $220-$280 + "
            "អាហារថ្ងៃត្រង់ + ឈប់សម្រាក ៤ថ្ងៃ/ខែ។ ទំនាក់ទំនង៖ 012 448 906 (Telegram)"
        ),
        (
            "រោងចក្រកាត់ដេរ Golden Thread Garment (ស្រុកអង្គស្នួល ខេត្តកណ្តាល) "
            "ជ្រើសរើសកម្មករកាត់ដេរ ១០០នាក់ ប្រុស-ស្រី អាយុ ១៨-៤០ឆ្នាំ។ ប្រាក់ខែគោលតាមច្បាប់ + "
            "ម៉ោងបន្ថែម + ប្រាក់រង្វាន់វត្តមាន + ប.ស.ស។ មកដាក់ពាក្យផ្ទាល់នៅមុខរោងចក្រ ម៉ោង ៧ព្រឹក "
            "សូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ។ មិនគិតថ្លៃ។"
        ),
        (
            "Mekong Pearl Hotel, Siem Reap is hiring ✨ Front Office Agent / "
            "Housekeeper\n"
            "លក្ខខណ្ឌ៖ និយាយភាសាអង់គ្លេសបាន មានបទពិសោធន៍សណ្ឋាគារ ១ឆ្នាំ (Housekeeper មិនចាំបាច់)\n"
            "ប្រាក់ខែ $250-$400 + service charge + អាហារ + ឯកសណ្ឋាន\n"
            "ផ្ញើ CV មក hr@mekongpearl-rep.com មុនថ្ងៃទី២០ ខែធ្នូ"
        ),
        (
            "ក្រុមហ៊ុន Angkor Link Manpower (មានអាជ្ញាប័ណ្ណពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ) "
            "ត្រូវការពលករស្រី ៥០នាក់ ទៅធ្វើការរោងចក្រអេឡិចត្រូនិចនៅម៉ាឡេស៊ី កិច្ចសន្យា ២ឆ្នាំ ប្រាក់ខែ "
            "RM1,700 មានកន្លែងស្នាក់នៅ។ ត្រូវមានលិខិតឆ្លងដែន និងលិខិតបញ្ជាក់សុខភាព។ ការិយាល័យ៖ ផ្លូវ ២៧១ "
            "ភ្នំពេញ។"
        ),
        (
            "អង្គការ Seedling Kids Cambodia ស្វែងរក Project Officer ១រូប "
            "ប្រចាំការនៅខេត្តបាត់ដំបង។ បរិញ្ញាបត្រផ្នែកសង្គមកិច្ច ឬពាក់ព័ន្ធ ភាសាអង់គ្លេសល្អ។ "
            "ប្រាក់ខែតាមសមត្ថភាព + ធានារ៉ាប់រងសុខភាព។ ដាក់ពាក្យតាម jobs@seedlingkids-kh.org "
            "ផុតកំណត់ ១៥ ធ្នូ ២០២៦។ Only shortlisted candidates will be contacted."
        ),
    ),
    scam_ads=(
        (
            "🔥 ការងារនៅក្រៅប្រទេស ប្រាក់ខែខ្ពស់ 🔥\n"
            "តំណែង៖ Customer Service / វាយអក្សរ\n"
            "ប្រាក់ខែ $800-$1,500 + commission\n"
            "ធានាសំបុត្រយន្តហោះ កន្លែងស្នាក់នៅ និងអាហារ ៣ពេល ឥតគិតថ្លៃ\n"
            "មិនត្រូវការបទពិសោធន៍ ចេះវាយអក្សរបានហើយ\n"
            "ប្រទេស៖ ថៃ / ភូមា\n"
            "ទាក់ទង Telegram @kh_job_abroad"
        ),
        (
            "ត្រូវការបុគ្គលិក ២០នាក់ ធ្វើការនៅក្រុមហ៊ុនអនឡាញ ក្រុងព្រះសីហនុ ប្រាក់ខែ $1,000 ស្នាក់នៅ "
            "និងហូបចុកជាមួយក្រុមហ៊ុន។ ចេះភាសាចិន ឬអង់គ្លេសបន្តិចកាន់តែល្អ។ មិនចាំបាច់មានសញ្ញាបត្រ។ "
            "ចូលធ្វើការភ្លាម! inbox មកបង"
        ),
        (
            "Job ល្អ ប្រាក់ខែរាប់ពាន់ដុល្លារ 💵 ធ្វើការនៅឡាវ (តំបន់ត្រីកោណមាស) ការងារងាយស្រួល chat "
            "ជាមួយភ្ញៀវតាមទូរស័ព្ទ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរទាំងអស់។ ខល ឬ Telegram 097 552 8810"
        ),
        (
            "ប្រញាប់!! រកស្រីៗ អាយុ ១៨-២៨ឆ្នាំ ធ្វើការជា admin page នៅបាវិត ប្រាក់ខែ $700-$1,200 "
            "មានបន្ទប់ស្នាក់នៅ air + wifi ឥតគិតថ្លៃ។ មិនត្រូវការបទពិសោធន៍។ ធ្វើការ ១២ម៉ោង/ថ្ងៃ។ "
            "ចាប់ផ្តើមភ្លាមៗ"
        ),
        (
            "Hiring Khmer–Thai translator for IT company in Myanmar, salary $1,500, "
            "free ticket and accommodation, no experience ok. ធ្វើដំណើរតាមព្រំដែនថៃ "
            "មានអ្នកចាំទទួល។ អត់មានលិខិតឆ្លងដែនក៏បាន ក្រុមហ៊ុនរៀបចំឱ្យ។ DM Telegram @mm_translator_hr"
        ),
    ),
    warnings=(
        (
            "⚠️ ប្រយ័ត្ន! កុំជឿការផ្សាយបែបនេះ៖ «ត្រូវការបុគ្គលិក Customer Service ធ្វើការនៅថៃ "
            "ប្រាក់ខែ $1,500 ធានាសំបុត្រយន្តហោះ មិនត្រូវការបទពិសោធន៍ ទាក់ទង Telegram»។ "
            "នេះជាល្បិចជួញដូរមនុស្សទៅធ្វើការឆបោកតាមអនឡាញ។ ជនរងគ្រោះជាច្រើនត្រូវគេរឹបអូសលិខិតឆ្លងដែន "
            "និងធ្វើទារុណកម្ម។"
        ),
        (
            "ខ្ញុំសូមចែករំលែកបទពិសោធន៍ផ្ទាល់ខ្លួន។ ឆ្នាំមុន ខ្ញុំបានឃើញការផ្សាយការងារនៅលើ Facebook "
            "ថាធ្វើការវាយអក្សរនៅថៃ ប្រាក់ខែ $1,000។ ពេលទៅដល់ គេនាំខ្ញុំឆ្លងទន្លេទៅភូមា "
            "ហើយបង្ខំឱ្យឆបោកមនុស្សតាមអនឡាញ ១៥ម៉ោងក្នុងមួយថ្ងៃ។ បើមិនបានគោលដៅ គេវាយ។ គ្រួសារខ្ញុំត្រូវបង់ "
            "$5,000 ទើបខ្ញុំបានត្រឡប់មកវិញ។ សូមកុំជឿពាក្យសន្យាប្រាក់ខែខ្ពស់។"
        ),
        (
            "សេចក្តីជូនដំណឹងរបស់ស្ថានទូតកម្ពុជាប្រចាំប្រទេសថៃ៖ "
            "សូមបងប្អូនពលករខ្មែរប្រុងប្រយ័ត្នចំពោះការផ្តល់ការងារតាមបណ្តាញសង្គម ដែលសន្យាប្រាក់ខែខ្ពស់ "
            "និងមិនតម្រូវឱ្យមានបទពិសោធន៍។ ករណីមានបញ្ហា សូមទាក់ទងលេខទូរស័ព្ទបន្ទាន់៖ +66 81 442 7790 "
            "(២៤ម៉ោង)។"
        ),
        (
            "ភ្នំពេញ៖ នៅថ្ងៃទី១២ ខែវិច្ឆិកា ពលរដ្ឋខ្មែរចំនួន ៣៨នាក់ ដែលរងគ្រោះពីការឆបោកការងារនៅភូមា "
            "ត្រូវបានបញ្ជូនមកវិញតាមច្រកព្រំដែនអន្តរជាតិប៉ោយប៉ែត។ ពួកគេភាគច្រើនត្រូវបានល្បួងតាម Facebook "
            "និង Telegram ដោយការសន្យាប្រាក់ខែពី $800 ដល់ $1,500។"
        ),
        (
            "បងកុំទៅអី scam ហ្នឹង! ប្អូនជីដូនមួយខ្ញុំក៏ទៅដូចនេះដែរ គេថាធ្វើ CS នៅបាងកក "
            "ទៅដល់ត្រូវគេយកទូរស័ព្ទ និង passport អស់ បាត់ ៣ខែ ទើបបានមកវិញ។"
        ),
        (
            "ស្នងការដ្ឋាននគរបាលខេត្តព្រះសីហនុ៖ កម្លាំងសមត្ថកិច្ចបានបង្ក្រាបទីតាំងឆបោកតាមអនឡាញមួយកន្លែង "
            "និងជួយសង្គ្រោះជនបរទេសចំនួន ២១៥នាក់ ដែលត្រូវគេបោកបញ្ឆោតឱ្យមកធ្វើការ។ ជនសង្ស័យ "
            "១២នាក់ត្រូវបានឃាត់ខ្លួន ដើម្បីចាត់ការតាមនីតិវិធីច្បាប់។"
        ),
        "ការងារវាយអក្សរ ប្រាក់ខែ $1,500 ធានាសំបុត្រយន្តហោះ? នោះជាអន្ទាក់ មិនមែនការងារទេ!",
        (
            "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ សូមណែនាំដល់ពលករដែលចង់ទៅធ្វើការនៅបរទេស "
            "ឱ្យប្រើតែក្រុមហ៊ុនជ្រើសរើសដែលមានអាជ្ញាប័ណ្ណប៉ុណ្ណោះ "
            "និងមិនត្រូវធ្វើដំណើរដោយប្រើទិដ្ឋាការទេសចរណ៍ដើម្បីទៅធ្វើការឡើយ។"
        ),
        (
            "សាលាដំបូងរាជធានីភ្នំពេញ បានកាត់ទោសជនជាប់ចោទម្នាក់ ដាក់ពន្ធនាគារ ១០ឆ្នាំ ពីបទជួញដូរមនុស្ស "
            "បន្ទាប់ពីបានបញ្ជូនយុវជន ៧នាក់ ទៅធ្វើការនៅទីតាំងឆបោកក្នុងប្រទេសភូមា ក្រោមលេសថាជាការងារ IT។"
        ),
        (
            "សូមជួយ share ផង 🙏 ប្អូនប្រុសខ្ញុំឈ្មោះ សុខ វិចិត្រ អាយុ ២២ឆ្នាំ បានទៅធ្វើការនៅថៃកាលពីខែកញ្ញា "
            "ឥឡូវទាក់ទងមិនបាន។ សារចុងក្រោយគាត់ថាត្រូវគេនាំទៅភូមា ហើយគេមិនឱ្យចេញ។ បើអ្នកណាដឹងព័ត៌មាន "
            "សូមទាក់ទង 088 331 2047។"
        ),
    ),
    promos=(
        (
            "🎰 កាស៊ីណូអនឡាញ លេងបានគ្រប់ពេល! សមាជិកថ្មីទទួលបាន Bonus 100% លើការដាក់ប្រាក់លើកដំបូង "
            "ដកប្រាក់លឿនក្នុង ៥នាទី។ ចុះឈ្មោះ៖ lucky-kh88.com"
        ),
        (
            "អបអរសាទរ! លេខទូរស័ព្ទរបស់អ្នកបានឈ្នះរង្វាន់ម៉ូតូ ១គ្រឿង និងប្រាក់ $500។ សូមទាក់ទង 015 998 "
            "203 ដើម្បីទទួលរង្វាន់ មុនថ្ងៃស្អែក។"
        ),
        (
            "ប្រាក់កម្ចីលឿន មិនត្រូវការទ្រព្យធានា! ខ្ចីបាន $500-$5,000 អនុម័តក្នុង ១០នាទី "
            "គ្រាន់តែមានអត្តសញ្ញាណប័ណ្ណ។ Telegram @loan_fast_kh"
        ),
        (
            "ធនាគារ៖ គណនីរបស់អ្នកត្រូវបានផ្អាកបណ្តោះអាសន្ន។ សូមផ្ទៀងផ្ទាត់ព័ត៌មាននៅ "
            "bank-verify-kh.com ក្នុងរយៈពេល ២៤ម៉ោង។"
        ),
        (
            "ការងារបន្ថែមនៅផ្ទះ 💸 គ្រាន់តែចុច Like វីដេអូ ទទួលបាន $2-$5 ក្នុងមួយការងារ។ ការងារ "
            "VIP៖ ដាក់ប្រាក់ $50 ទទួលបានវិញ $75 ក្នុង ៣០នាទី។ ចូលក្រុម Telegram ដើម្បីចាប់ផ្តើម។"
        ),
        (
            "ក្រុម VIP សញ្ញា Crypto 🚀 ចំណេញ ៣០% ក្នុងមួយសប្តាហ៍ ធានា! ចូលរួមឥតគិតថ្លៃថ្ងៃនេះប៉ុណ្ណោះ "
            "t.me/khcrypto_vip"
        ),
        (
            "ចង់មានប្រាក់ចំណូល $1,000/ខែ? ចូលរួមជាតំណាងចែកចាយផលិតផលថែរក្សាសម្រស់ ដើមទុនត្រឹម $150។ "
            "ណែនាំមិត្តភក្តិ ២នាក់ ទទួលបាន Bonus $50 ភ្លាមៗ!"
        ),
        (
            "Your parcel is on hold. កញ្ចប់អីវ៉ាន់របស់អ្នកត្រូវបានផ្អាក ដោយសារអាសយដ្ឋានមិនពេញលេញ។ "
            "សូមបង់ថ្លៃ $1.50 នៅ kh-post-track.info"
        ),
        (
            "ជល់មាន់ផ្សាយផ្ទាល់ 🐓 ភ្នាល់ចាប់ពី 5,000៛ Bonus 50% ពេលដាក់ប្រាក់លើកដំបូង។ Link: "
            "kh-cockfight.live"
        ),
        "វិនិយោគលើមាសអនឡាញ ចំណេញ ១០% ក្នុងមួយខែ ធានា ១០០%! ដើមទុនចាប់ពី $100។ ទាក់ទង 069 772 113",
    ),
    other=(
        (
            "លក់ម៉ូតូ Honda Dream 2020 ពណ៌ខ្មៅ ឯកសារគ្រប់ ស្លាកលេខភ្នំពេញ ម៉ាស៊ីនល្អ។ តម្លៃ $1,950 "
            "អាចចរចាបាន។ ទំនាក់ទំនង 012 336 781"
        ),
        (
            "FOR SALE 🚗 Lexus RX330 ឆ្នាំ 2005 ពណ៌ស ពន្ធគ្រប់ ឯកសារគ្រប់។ តម្លៃ $15,800 "
            "ចរចាបាន។ មើលឡាននៅទួលគោក។ Tel/Telegram 077 550 218"
        ),
        (
            "បន្ទប់ជួល នៅជិតសាកលវិទ្យាល័យ មានម៉ាស៊ីនត្រជាក់ គ្រែ តុ free WiFi រួមបញ្ចូលថ្លៃទឹក។ តម្លៃ "
            "$120/ខែ ភ្លើងតាមកុងទ័រ។ ទំនាក់ទំនង 010 447 993"
        ),
        (
            "ឆ្កែបាត់ 😢 ឈ្មោះ ខ្មៅ ពូជ Pomeranian ពណ៌ត្នោត បាត់នៅតំបន់ផ្សារដើមថ្កូវ ថ្ងៃទី៦ វិច្ឆិកា។ "
            "អ្នកណារកឃើញ មានរង្វាន់ $100។ សូមទាក់ទង 092 118 560"
        ),
        (
            "សេចក្តីជូនដំណឹង៖ នឹងមានការផ្អាកការផ្គត់ផ្គង់ចរន្តអគ្គិសនីនៅសង្កាត់ទឹកល្អក់ ១ ថ្ងៃអាទិត្យ ទី១៦ "
            "ខែវិច្ឆិកា ចាប់ពីម៉ោង ៧ព្រឹក ដល់ ៥ល្ងាច ដើម្បីជួសជុលបណ្តាញ។ សូមអភ័យទោសចំពោះការរអាក់រអួល។"
        ),
        (
            "សូមគោរពអញ្ជើញ លោក លោកស្រី ចូលរួមពិធីមង្គលការកូនប្រុស-កូនស្រីរបស់យើងខ្ញុំ នៅថ្ងៃសៅរ៍ ទី២០ ខែធ្នូ "
            "ឆ្នាំ២០២៦ វេលាម៉ោង ៥ល្ងាច នៅភោជនីយដ្ឋាន Mekong View។ អរគុណ!"
        ),
        (
            "វិធីធ្វើសម្លម្ជូរសាច់គោ៖ ហាន់សាច់គោ ១គីឡូ ឆាជាមួយគ្រឿងស្លឹកគ្រៃ ដាក់ទឹក ស្ងោររហូតដល់ទន់ "
            "រួចដាក់ត្រកួន អំពិល ទឹកត្រី និងស្ករបន្តិច។ ឆ្ងាញ់ណាស់!"
        ),
        (
            "កញ្ចប់ដំណើរកម្សាន្ត បាងកក-ប៉ាតាយ៉ា ៤ថ្ងៃ ៣យប់ តម្លៃ $399/នាក់ រួមបញ្ចូលសំបុត្រយន្តហោះ "
            "សណ្ឋាគារ អាហារ និងមគ្គុទ្ទេសក៍។ ចេញដំណើររៀងរាល់ខែ។ ទំនាក់ទំនង Happy Lotus Travel 023 "
            "998 441"
        ),
        (
            "អាហារូបករណ៍ថ្នាក់បរិញ្ញាបត្រជាន់ខ្ពស់នៅប្រទេសជប៉ុន ឆ្នាំ២០២៧ ចេញថ្លៃសិក្សា ប្រាក់ឧបត្ថម្ភប្រចាំខែ "
            "និងសំបុត្រយន្តហោះទៅមក។ ផុតកំណត់ដាក់ពាក្យ ថ្ងៃទី៣០ ខែមេសា។ ព័ត៌មានលម្អិតនៅលើ website "
            "របស់ក្រសួងអប់រំ។"
        ),
        "បង ថ្ងៃនេះញ៉ាំបាយនៅណា? ខ្ញុំទៅយកបងម៉ោង ១២ ណា",
    ),
)

TEXTS: dict[str, LangTexts] = {
    "id": _ID,
    "en": _EN,
    "ms": _MS,
    "zh": _ZH,
    "th": _TH,
    "vi": _VI,
    "tl": _TL,
    "km": _KM,
}


def _check(lang: str, texts: LangTexts) -> None:
    """Raise ValueError unless a language has the promised counts."""
    if len(texts.scam_ads) != SCAM_ADS_PER_LANGUAGE:
        raise ValueError(f"{lang}: {len(texts.scam_ads)} scam ads")
    if len(texts.legit_ads) != PER_CLASS - SCAM_ADS_PER_LANGUAGE:
        raise ValueError(f"{lang}: {len(texts.legit_ads)} legitimate ads")
    for doctype, group in texts.labelled().items():
        if len(group) != PER_CLASS:
            raise ValueError(f"{lang}/{doctype}: {len(group)} texts")


def blind_rows() -> list[Row]:
    """All 320 rows: languages in LANGUAGES order, then DOCTYPES order."""
    rows: list[Row] = []
    seen: set[str] = set()
    for lang in LANGUAGES:
        texts = TEXTS[lang]
        _check(lang, texts)
        groups = texts.labelled()
        for doctype in DOCTYPES:
            for label, text in groups[doctype]:
                if not text or text != text.strip():
                    raise ValueError(f"{lang}/{doctype}: empty or padded text")
                if text in seen:
                    raise ValueError(f"{lang}/{doctype}: duplicate text {text!r}")
                seen.add(text)
                rows.append(
                    {
                        "id": f"{ID_PREFIX}-{len(rows):04d}",
                        "lang": lang,
                        "doctype": doctype,
                        "label": label,
                        "text": text,
                    }
                )
    return rows


def write_blind(path: Path = OUT_PATH) -> int:
    """Write the rows as JSON Lines (UTF-8, \\n endings) to path; return the count."""
    rows = blind_rows()
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8", newline="\n")
    return len(rows)


def main() -> None:
    count = write_blind(OUT_PATH)
    print(f"{OUT_PATH}: {count} rows")


if __name__ == "__main__":
    main()
