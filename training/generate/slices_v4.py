"""Blind held-out language slices, version 4 (written 2026-12-03).

Scam-compound recruitment ads (label 1, kind "language") in Malay, Vietnamese, Thai,
Tagalog/Taglish, Khmer and Chinese, 40 per language, and hard legitimate job ads
(label 0, kind "hard_legit"), 20 per language, that share the scams' surface
features: high pay, free housing and meals, "no experience", work abroad, Cambodia,
Laos, Myanmar's border, Dubai, WhatsApp/Telegram/LINE/Zalo/Viber/WeChat contact.

Written 2026-12-03 by a helper session (an AI assistant) that a Waspada working
session started for this task. Every text below was hand-written blind, from general
knowledge of how such ads and genuine job ads are written in each language, without
reading the rules, the model, the training generators, the docs or the texts of
earlier slices, and no text was scored or adjusted to a score. About half of each
language's scam ads name no destination at all ("abroad", "a neighbouring country",
"near the border", or nothing); see ``names_a_place``. Each scam file is filled to
40 with a few ads combined from hand-written openings, bodies, pay lines, perks and
closings (random.Random(SEED)). Phone numbers, handles, licence numbers and company
names are invented.

Run ``python -m training.generate.slices_v4`` to write the files into data/slices/;
the output is byte-identical on every run.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from training.generate.slice_files import (
    rows_by_language,
    slice_jsonl,
    unique_texts,
)

SEED = 20261204
SCAM_PER_LANGUAGE = 40
LANGUAGES = ("ms", "vi", "th", "tl", "km", "zh")
LEGIT_SLICE = "legit_lang_v4"
README_NAME = "README_v4.md"
WRITTEN = "2026-12-03"
SLICES_DIR = Path(__file__).resolve().parents[2] / "data" / "slices"


@dataclass(frozen=True)
class Parts:
    """Hand-written pieces combined into extra scam ads: one of each, 1-2 perks."""

    openings: tuple[str, ...]
    bodies: tuple[str, ...]
    pays: tuple[str, ...]
    perks: tuple[str, ...]
    closings: tuple[str, ...]


# Malay (Malaysia, with Manglish): whole scam-compound recruitment ads.
MS_SCAM: tuple[str, ...] = (
    (
        "🔥 KERJA ONLINE LUAR NEGARA 🔥\n"
        "Jawatan: Customer Service (chat sahaja)\n"
        "Gaji: RM6,500 – RM9,000 sebulan + komisen\n"
        "✅ Tiket flight PERCUMA\n"
        "✅ Visa & permit kami uruskan\n"
        "✅ Hostel aircond + makan 3 kali sehari\n"
        "✅ Tak perlu pengalaman, ada training\n"
        "Syarat: umur 18-35, boleh menaip, ada passport (kalau takde kami "
        "tolong buatkan)\n"
        "Slot tinggal 5 orang je, fly minggu ni!\n"
        "PM Telegram @kerjaLN_hr2 sekarang"
    ),
    (
        "Syarikat kami sedang mencari Eksekutif Perkhidmatan Pelanggan "
        "untuk ditempatkan di cawangan luar negara. Gaji permulaan USD "
        "1,200 dan akan dinaikkan selepas tiga bulan. Penginapan dan tiket "
        "penerbangan ditanggung sepenuhnya oleh syarikat. Ramai staf kami "
        "juga berasal dari Malaysia dan sudah bekerja lebih setahun bersama "
        "kami. Calon yang berminat sila hantar nama, umur dan gambar muka "
        "surat passport melalui WhatsApp 011-2748 5093."
    ),
    (
        "Sesiapa nak kerja Kemboja? Aku ada member kerja sana, gaji dia "
        "masuk RM8k sebulan. Kerja dia balas chat je dalam office, aircond "
        "lagi. Company tanggung semua, tiket pun diorang belikan. Nak info "
        "lanjut pm aku ye, tak payah malu2 😁"
    ),
    (
        "Kerja typing di luar negara, gaji RM7k, tiket free, tak perlu "
        "pengalaman. WhatsApp 013-8820 417"
    ),
    (
        "Hai Aina, saya Kak Mira dari agensi. Saya nampak awak komen dalam "
        "group cari kerja tu. Kami ada kekosongan admin online, kerja dalam "
        "office je, gaji RM5,500 + elaun. Company sponsor tiket dan tempat "
        "tinggal, awak cuma perlu bawa passport. Boss nak orang yang boleh "
        "start cepat. Kalau awak berminat, saya aturkan interview video "
        "call esok ya. Jangan hebahkan dulu sebab slot memang terhad 😊"
    ),
    (
        "URGENT HIRING!! Sihanoukville, Cambodia 🇰🇭\n"
        "Position: Online Marketing / Telemarketing\n"
        "Salary USD1,500 – USD3,000++\n"
        "Free accommodation, free makan, free flight ticket\n"
        "No experience pun boleh, we train u\n"
        "Must boleh type BM & English\n"
        "Interested contact HR Jason (WhatsApp) +60 16-337 2190\n"
        "Fly this Friday!!"
    ),
    (
        "Jawatan kosong GAME TESTER 🎮 Kerja main game dan bagi feedback "
        "je. Gaji RM4,800-RM6,000. Kerja di luar negara, semua kos "
        "ditanggung. Umur 18 ke atas, lelaki/perempuan. Tak perlu degree. "
        "DM kami untuk borang."
    ),
    (
        "Peluang kerja di Thailand 🇹🇭 Customer Support Crypto. Gaji THB "
        "45,000 + bonus. Flight KL–Bangkok ditanggung, ada orang pickup di "
        "airport dan hantar ke office dekat Mae Sot. Visa kami uruskan. "
        "Kalau rajin boleh cecah RM10k sebulan. WhatsApp Encik Faizal "
        "019-556 0281."
    ),
    (
        "Alhamdulillah dah 4 bulan aku kerja oversea ni. Mula2 takut jugak "
        "tapi company ok je, gaji masuk tiap bulan, tempat tinggal free, "
        "makan free. Kerja aku layan customer dalam chat, senang je. "
        "Sekarang company tengah cari 10 orang lagi, sesiapa nak cuba boleh "
        "roger aku. Bawa kawan sekali pun boleh, ada bonus 😉"
    ),
    (
        "KEKOSONGAN JAWATAN – DUBAI, UAE\n"
        "Jawatan: Pegawai Khidmat Pelanggan (Syif Malam)\n"
        "Gaji: AED 5,000 sebulan (lebih kurang RM6,000)\n"
        "Kemudahan: visa kerja, tiket, asrama, pengangkutan\n"
        "Kelayakan: SPM, boleh berbahasa Inggeris asas\n"
        "Temuduga secara online sahaja. Tempat terhad.\n"
        "Hubungi: Telegram @DXB_recruit_my"
    ),
    (
        "Kerja di Laos, kawasan zon ekonomi Golden Triangle. Jawatan data "
        "entry & customer service. Gaji RM6,000 ke atas. Syarikat besar, "
        "office moden, ada gym dan kantin sendiri. Tiket ditanggung. Minat "
        "PM."
    ),
    (
        "POV: kau kerja duduk depan laptop, gaji 5 angka, tinggal hostel "
        "free 😌✈️ nak join? DM 'KERJA'"
    ),
    (
        "Saya mewakili sebuah syarikat teknologi kewangan yang beroperasi "
        "di luar negara. Kami memerlukan lapan orang pembantu pemasaran "
        "digital untuk kontrak enam bulan. Tugas utama ialah berhubung "
        "dengan bakal pelanggan melalui media sosial. Gaji asas RM5,000, "
        "disediakan penginapan, makan dan tiket sehala. Tidak perlu "
        "pengalaman kerana latihan diberi. Permohonan melalui WhatsApp "
        "sahaja: 017-604 3328 (Puan Linda)."
    ),
    (
        "Cari dealer (boleh training dari kosong) untuk kerja di Phnom "
        "Penh. Gaji USD1,000 + tips. Tempat tinggal dengan makan free. Umur "
        "20-30, berketrampilan. Bertolak minggu depan. WhatsApp 012-993 "
        "7714"
    ),
    (
        "Jemputan jadi HOST LIVE 🎤 untuk brand luar negara!\n"
        "• Gaji basic RM4,000 + komisen jualan\n"
        "• Rumah, makan & tiket ditanggung\n"
        "• Tak reti pun takpe, kami ajar\n"
        "Perempuan umur 18-28 diutamakan.\n"
        "PM Insta / Telegram @livehost_my2"
    ),
    (
        "Got job office kat negara jiran, dekat sempadan je. Salary around "
        "RM7k, company bagi tempat tinggal, kerja 12 jam tapi duduk dalam "
        "aircond. Boss Chinese, staff ramai Malaysian. Nak cepat boleh fly "
        "esok lusa. PM me for details."
    ),
    (
        "Kerja Bavet, Cambodia. Jawatan Customer Service BM. Gaji USD "
        "1,300. Company bayar tiket KL–Phnom Penh, driver ambil terus ke "
        "Bavet. Makan & tidur free. WhatsApp +60 11-1092 8836. Yang betul2 "
        "nak kerja je."
    ),
    (
        "Hiring IT Support / Technical Support (luar negara)\n"
        "Gaji RM7,000 - RM12,000\n"
        "Kos perjalanan, visa & penginapan ditanggung\n"
        "Cukup tahu asas komputer, tak perlu ijazah\n"
        "Kontrak 1 tahun\n"
        "Contact: wa.me/60134429071"
    ),
    (
        "LAST CALL!!! Hari ni last hari terima nama. Kerja admin chat luar "
        "negara, gaji start RM6k. Company tanggung SEMUA. Esok dah tutup. "
        "WhatsApp sekarang 018-275 3306 ‼️"
    ),
    (
        "Kerja di Myawaddy, Myanmar. Office dalam kawasan industri, "
        "keselamatan 24 jam. Jawatan: marketing online. Gaji USD 2,000. "
        "Makan & tinggal dalam kawasan syarikat. Tiket ke Bangkok "
        "ditanggung. Minat PM Telegram @mwd_hr_bm"
    ),
    (
        "Perlukan PENTERJEMAH Bahasa Melayu–Inggeris/Mandarin. Kerja "
        "sepenuh masa di office syarikat luar negara. Gaji RM8,000 + elaun. "
        "Tiket, visa, hostel ditanggung. Hubungi Ms Chloe WhatsApp 016-770 "
        "2245."
    ),
    (
        "Online CSR needed, kerja di Manila, Philippines. BM speaker only. "
        "Gaji PHP 70,000 (~RM5,800). Free condo sharing + makan. Company "
        "handle working visa. Interview via Zoom. PM for details."
    ),
    (
        "Assalamualaikum semua, saya nak share peluang kerja untuk yang "
        "tengah cari kerja. Kerja customer service online, tak perlu "
        "pengalaman, gaji RM5k-8k. Tempat kerja luar negara tapi dekat je, "
        "2 jam naik flight. Tiket company bayar. Yang serius sila komen "
        "'minat', nanti saya PM."
    ),
    (
        "Sales crypto / forex – Sihanoukville. Basic USD 1,000 + komisen "
        "sampai USD 5,000. Training 2 minggu. Free flight, free hostel. "
        "Boleh masuk segera. Telegram @shv_sales_bm"
    ),
    "Cari 10 orang typist, kerja oversea, gaji RM6k, semua free. Inbox.",
    (
        "Jawatan kosong di Koh Kong (sempadan Thailand–Kemboja). Customer "
        "service syif malam. Gaji RM6,500. Tiket, passport dan visa company "
        "uruskan. WhatsApp Kak Ros 014-881 6602."
    ),
    (
        "Salam, saya Hafiz, HR dari syarikat e-commerce antarabangsa.\n"
        "Kami buka pengambilan batch baru bulan ini:\n"
        "1) Customer Service BM – 15 kekosongan\n"
        "2) Admin media sosial – 5 kekosongan\n"
        "3) Telemarketing – 10 kekosongan\n"
        "Gaji bermula RM5,500, OT dibayar.\n"
        "Waktu kerja 12 jam, cuti 4 hari sebulan.\n"
        "Penginapan asrama (4 orang sebilik), makan disediakan.\n"
        "Tiket flight sehala ditanggung syarikat.\n"
        "Syarat: warganegara Malaysia, umur 18-40, sihat tubuh badan.\n"
        "Dokumen: passport sah (minimum 6 bulan), IC, gambar.\n"
        "Interview melalui WhatsApp video call.\n"
        "Tarikh berlepas: dalam masa 7 hari selepas lulus interview.\n"
        "Hubungi saya di WhatsApp 011-5623 0918 atau Telegram @hafiz_hr."
    ),
    (
        "Kawan aku baru balik dari Dubai kerja CS online, dia kata best "
        "gila, gaji RM9k. Company dia tengah cari orang lagi, nak nombor "
        "dia PM."
    ),
    (
        "Assalamualaikum. Maaf mengganggu. Saya dapat nombor cik daripada "
        "kawan. Ada kerja kosong bahagian khidmat pelanggan, syarikat kami "
        "di luar negara. Gaji RM6,000, tempat tinggal disediakan. Kalau cik "
        "berminat, boleh saya terangkan lebih lanjut?"
    ),
    (
        "Kerja Tachileik (Myanmar, sebelah Chiang Rai). Jawatan typist "
        "BM/English. Gaji THB 40k. Kerja 6 hari seminggu. Penginapan, makan "
        "& tiket ditanggung. PM Line ID: tachi_job88"
    ),
    (
        "Company Chinese cari staff Melayu untuk kerja online marketing. "
        "Duduk depan PC, hantar mesej kepada customer. Gaji USD 1,000 "
        "sebulan + bonus ikut target. Kerja luar negara, tiket, visa, makan "
        "tinggal semua company bayar. Boleh bawa kawan. WhatsApp 019-442 "
        "8150"
    ),
    "Kerja Segitiga Emas 🔺 CS / admin, gaji RM7k++, flight free. PM",
    (
        "Stop scroll! 🛑 Nak gaji RM8k tanpa SPM? Kerja online dalam "
        "office, tiket & hostel free. Tinggal 3 slot je lagi. DM sekarang."
    ),
    (
        "Kekosongan di Poipet: customer service & pemasaran. Gaji USD "
        "1,200–2,000. Syarikat sediakan van dari Bangkok, makan tinggal "
        "percuma. Passport boleh siap dalam 3 hari, syarikat tanggung. "
        "WhatsApp 010-223 8471 (Encik Azman)."
    ),
    (
        "Perlukan pekerja perempuan untuk chat support aplikasi sosial. "
        "Kerja di office luar negara, gaji RM6,000 + komisen. Tempat "
        "tinggal disediakan. Tak perlu pengalaman, cukup boleh bersembang "
        "dalam BM dan English. PM untuk info."
    ),
    (
        "Abang ada bukak kerja kat Shwe Kokko, kerja office, gaji masuk "
        "RM7-8k. Tiket bas dari Bangkok ke Mae Sot abang uruskan. Sapa nak, "
        "PM abang."
    ),
)

MS_PARTS = Parts(
    openings=(
        "KERJA KOSONG SEGERA!",
        "Jawatan kosong luar negara 🌏",
        "Peluang kerja untuk anak muda yang nak ubah nasib.",
        "Kerja di Kemboja 🇰🇭",
        "Kerja di Sihanoukville, Cambodia.",
        "Ada kerja kat Myanmar, dekat sempadan Thailand.",
    ),
    bodies=(
        "Jawatan customer service online, cuma balas mesej pelanggan.",
        "Perlukan typist dan admin, kerja duduk dalam office aircond.",
        "Jawatan telemarketing, boleh cakap BM dan sikit English.",
        "Kerja online marketing, training disediakan, tak perlu pengalaman.",
    ),
    pays=(
        "Gaji RM6,000 sebulan.",
        "Gaji USD 1,500 + komisen.",
        "Gaji tinggi, bayar setiap bulan.",
    ),
    perks=(
        "Tiket flight ditanggung syarikat.",
        "Hostel dan makan percuma.",
        "Passport dan visa kami uruskan.",
    ),
    closings=(
        "PM Telegram @kerja_segera88",
        "WhatsApp 011-3387 2045 sekarang!",
        "Slot terhad, berlepas minggu ini.",
        "Inbox untuk maklumat lanjut.",
    ),
)

# Malay (Malaysia, with Manglish): hard legitimate job ads.
MS_LEGIT: tuple[str, ...] = (
    (
        "JAWATAN KOSONG: OPERATOR PENGELUARAN (LELAKI/PEREMPUAN)\n"
        "Kilang Elektronik Senimas Technology Sdn. Bhd., Bayan Lepas, Pulau "
        "Pinang\n"
        "Gaji asas RM1,700 + elaun syif + kerja lebih masa\n"
        "Asrama percuma dan bas kilang disediakan\n"
        "Tidak perlu pengalaman, latihan diberi\n"
        "Temuduga terbuka setiap Selasa, 9.00 pagi, di Lobi Utama, Plot 88, "
        "Zon Perindustrian Bebas Bayan Lepas Fasa 4.\n"
        "Sila bawa IC asal, salinan sijil SPM dan sekeping gambar."
    ),
    (
        "Customer Service Executive (Bahasa Melayu & English)\n"
        "Lokasi: Bukit Jalil, Kuala Lumpur\n"
        "Gaji RM2,800 – RM3,500 + insentif bulanan\n"
        "Fresh graduates dialu-alukan, tak perlu pengalaman. Latihan penuh "
        "3 minggu berbayar.\n"
        "KWSP, PERKESO, insurans perubatan dan cuti tahunan 14 hari.\n"
        "Mohon melalui portal kerjaya syarikat atau hadir walk-in interview "
        "di Aras 12, Menara Kayangan, Jalan Jalil Perkasa, setiap Rabu 10 "
        "pagi – 3 petang."
    ),
    (
        "Program Pekerja Mahir Tertentu ke Jepun – Penjagaan Warga Emas\n"
        "Agensi Pekerjaan Swasta Cahaya Timur Sdn. Bhd. (Lesen JTKSM: "
        "AP/2024/7731)\n"
        "Syarat: lulus ujian bahasa Jepun JLPT N4 dan ujian kemahiran "
        "penjagaan.\n"
        "Gaji anggaran JPY 190,000 sebulan mengikut kontrak majikan Jepun.\n"
        "Tiada bayaran pendahuluan. Sebarang yuran mengikut had yang "
        "dibenarkan Akta Agensi Pekerjaan Swasta dan diberi resit rasmi.\n"
        "Sesi penerangan di pejabat kami: No. 21-2, Jalan Pahang Barat, "
        "Kuala Lumpur, setiap Sabtu 10 pagi."
    ),
    (
        "Penyelia Gudang – Tuas, Singapura (sesuai untuk warga Johor yang "
        "berulang-alik)\n"
        "Gaji SGD 2,400 + elaun pengangkutan SGD 150.\n"
        "Work permit dipohon oleh majikan; tiada caj dikenakan kepada "
        "pekerja.\n"
        "Temuduga bersemuka di pejabat pengambilan kami, Level 5, Menara "
        "Kemuning, Johor Bahru. Bawa passport dan sijil."
    ),
    (
        "Resort lima bintang di Siem Reap, Kemboja memerlukan Ketua Cef "
        "Halal (masakan Melayu dan Asia Tenggara).\n"
        "Pengalaman minimum 5 tahun di dapur hotel.\n"
        "Gaji USD 2,500, penginapan staf, insurans kesihatan dan tiket "
        "balik kampung setahun sekali.\n"
        "Kontrak 2 tahun; permit kerja Kemboja diuruskan oleh pihak hotel.\n"
        "Hantar resume ke careers@angkorlotusresort.example dan temuduga "
        "akan diadakan oleh panel hotel di Kuala Lumpur."
    ),
    (
        "Kedai kek Dapur Yati, Seksyen 7 Shah Alam cari pembantu kedai. "
        "Gaji RM1,800 + elaun makan. Tak perlu pengalaman, kami ajar. "
        "Isnin–Sabtu, 9 pagi – 6 petang. Berminat WhatsApp Kak Yati 012-660 "
        "3184. Yang duduk area Shah Alam sahaja ya."
    ),
    (
        "Pengurus Ladang Pelatih – Ladang Sawit Bukit Tinggi, Bintulu, "
        "Sarawak\n"
        "Diploma/Ijazah Pertanian. Tak perlu pengalaman.\n"
        "Kuarters percuma, elaun lasak, motosikal syarikat dan perubatan.\n"
        "Gaji RM3,200 – RM3,800. Mohon melalui emel rasmi kumpulan sebelum "
        "30 haribulan."
    ),
    (
        "Customer Service (Mandarin) – Cyberjaya\n"
        "Pusat perkhidmatan serantau sebuah bank perdagangan. Melayani "
        "pelanggan dari Taiwan dan Hong Kong melalui telefon dan chat.\n"
        "Fasih Mandarin (lisan & tulisan) diperlukan. Gaji RM3,800 – "
        "RM4,500, elaun syif malam.\n"
        "Kerja di pejabat Cyberjaya, tiada penempatan luar negara. Mohon "
        "melalui LinkedIn atau portal kerjaya bank."
    ),
    (
        "Pegawai Program (Pendidikan) – NGO antarabangsa, Phnom Penh, "
        "Kemboja.\n"
        "Kontrak 12 bulan. Elaun sara hidup USD 1,400, insurans kesihatan "
        "dan tiket pergi-balik.\n"
        "Proses: permohonan online, dua sesi temuduga, semakan rujukan dan "
        "pemeriksaan latar belakang.\n"
        "Tiada sebarang yuran dikenakan kepada pemohon pada mana-mana "
        "peringkat."
    ),
    (
        "Kerja kapal pesiar – Pelayan Restoran & Housekeeping\n"
        "Agensi berlesen JTKSM (No. Lesen AP/2023/5520). Temuduga bersemuka "
        "dengan wakil syarikat pelayaran di pejabat kami di Petaling Jaya.\n"
        "Kos pemeriksaan perubatan ditanggung sendiri (lebih kurang RM350); "
        "tiada yuran lain.\n"
        "Gaji USD 1,100 – USD 1,400 + tips, makan dan kabin di atas kapal."
    ),
    (
        "Pekerja ladang kiwi musim menuai (Mac–Mei), Te Puke, New Zealand.\n"
        "Untuk pemegang Working Holiday Visa New Zealand sahaja; visa "
        "dipohon sendiri melalui laman rasmi Immigration New Zealand.\n"
        "Bayaran NZD 23.50 sejam. Kami bantu cari bilik sewa berhampiran "
        "(bayar sendiri).\n"
        "Daftar di laman syarikat kami; tiada ejen, tiada yuran."
    ),
    (
        "Rider penghantaran makanan di Kota Bharu. Pendapatan RM2,500 – "
        "RM4,000 sebulan ikut jumlah tempahan. Tak perlu pengalaman, perlu "
        "lesen B2 dan motosikal sendiri. Daftar di aplikasi, taklimat di "
        "hab kami, Jalan Hospital."
    ),
    (
        "Host Live TikTok Shop – jenama tudung tempatan\n"
        "Studio di Seksyen 13, Shah Alam. Gaji RM2,500 + komisen jualan.\n"
        "Waktu kerja 2 petang – 10 malam, 5 hari seminggu. Tak perlu "
        "pengalaman, tapi perlu yakin depan kamera.\n"
        "Hantar video perkenalan 1 minit ke WhatsApp HR 019-332 8107."
    ),
    (
        "Pembantu Kemasukan Data (Sambilan) – Pejabat Pendaftar, Universiti "
        "Teknologi Sentosa, Kampus Tanjung Malim.\n"
        "Kadar RM10 sejam, 20 jam seminggu, untuk pelajar berdaftar sahaja.\n"
        "Borang boleh diambil di kaunter Pejabat Pendaftar."
    ),
    (
        "Hotel di Pantai Cenang, Langkawi perlukan Room Attendant. Asrama "
        "staf percuma, makan 2 kali sehari, gaji RM1,800 + service charge. "
        "Tak perlu pengalaman. Walk-in interview di Jabatan Sumber Manusia "
        "hotel setiap hari Khamis."
    ),
    (
        "Telemarketer – syarikat insurans am berlesen (dikawal selia Bank "
        "Negara Malaysia)\n"
        "Kelana Jaya, Selangor. Gaji asas RM2,200 + komisen. Latihan dan "
        "peperiksaan pra-pelesenan dibiayai syarikat.\n"
        "Walk-in interview setiap Isnin, 10 pagi, Tingkat 8, Wisma Perdana "
        "Jaya."
    ),
    (
        "Game QA Tester (kontrak 6 bulan) – studio permainan di Cyberjaya.\n"
        "Uji permainan mudah alih dan tulis laporan pepijat. Gaji RM2,800. "
        "Kerja di studio, Isnin–Jumaat.\n"
        "Tak perlu ijazah, tapi perlu teliti dan boleh menulis dalam bahasa "
        "Inggeris. Mohon melalui Hiredly."
    ),
    (
        "Juruteknik Instrumentasi – Kuala Belait, Brunei\n"
        "Majikan menanggung tiket, penginapan dan permit kerja Brunei.\n"
        "Kelayakan: Sijil Kemahiran Malaysia Tahap 3 dan 3 tahun "
        "pengalaman.\n"
        "Temuduga di pejabat kami di Miri, Sarawak. Tiada bayaran dikenakan "
        "kepada calon."
    ),
    (
        "Guru Bahasa Inggeris – sekolah antarabangsa di Hat Yai, Thailand.\n"
        "Ijazah dan sijil TESOL diperlukan. Gaji THB 45,000, bilik "
        "disediakan di kawasan sekolah.\n"
        "Permit kerja dan visa Non-B diuruskan oleh sekolah. Temuduga "
        "melalui video bersama pengetua, diikuti semakan dokumen asal."
    ),
    (
        "Hari Terbuka Pengambilan Krew Kabin – Gulf Horizon Airways (Dubai)\n"
        "Tarikh: Sabtu ini, 9 pagi, Dewan Seri Melati, Hotel Grand Bayu, "
        "Kuala Lumpur.\n"
        "Bawa resume terkini dan gambar penuh. Tinggi minimum 160 cm.\n"
        "Pakej termasuk penginapan di Dubai dan pengangkutan ke lapangan "
        "terbang.\n"
        "Tiada bayaran dikenakan pada mana-mana peringkat. Berhati-hati "
        "dengan ejen yang meminta wang."
    ),
)


# Vietnamese (a few typed without diacritics): whole scam-compound recruitment ads.
VI_SCAM: tuple[str, ...] = (
    (
        "🔥 TUYỂN GẤP 20 NHÂN VIÊN CSKH LÀM VIỆC TẠI NƯỚC NGOÀI 🔥\n"
        "💰 Lương cứng 1.200$ – 2.000$ + thưởng\n"
        "✈️ Bao vé máy bay, bao ăn ở, hỗ trợ làm hộ chiếu\n"
        "📌 Không cần kinh nghiệm, chỉ cần biết đánh máy\n"
        "📌 Nam/nữ 18–35 tuổi\n"
        "Xuất cảnh ngay trong tuần. Liên hệ Zalo: 0936 418 275 (Ms. Ngân)"
    ),
    (
        "Công ty chúng tôi là tập đoàn thương mại điện tử có văn phòng ở "
        "nước ngoài, hiện cần tuyển nhân viên chăm sóc khách hàng người "
        "Việt. Mức lương khởi điểm 25–30 triệu/tháng, được bố trí chỗ ở và "
        "chi trả vé máy bay. Nhiều nhân viên Việt Nam đã làm việc ổn định "
        "tại đây hơn hai năm. Ứng viên quan tâm vui lòng gửi họ tên, năm "
        "sinh và ảnh CCCD qua Zalo 0387 552 904."
    ),
    (
        "Ai cần việc không ạ? Bên em đang tuyển bạn trực page bên "
        "Campuchia, lương 1000$ trở lên, bao ăn ở, việc nhẹ chỉ ngồi máy "
        "tính. Ai muốn đi inbox em nhé, em hướng dẫn qua cửa khẩu luôn 😊"
    ),
    (
        "tuyen nv nhap lieu lam nuoc ngoai, luong 1500$, bao ve bao an o, "
        "ib zalo 0978 224 613"
    ),
    (
        "Chào em, chị là Hương bên tuyển dụng. Chị thấy em comment tìm việc "
        "trong nhóm. Bên chị đang cần người làm chăm sóc khách hàng online, "
        "làm trong văn phòng, lương 28 triệu, ở ký túc xá công ty miễn phí. "
        "Công ty lo hết vé máy bay, em chỉ cần mang theo hộ chiếu thôi. Nếu "
        "em ok thì mai chị gọi video phỏng vấn nhé. Chuyện này em đừng kể "
        "nhiều người, suất ít lắm."
    ),
    (
        "HIRING 📢 Sihanoukville – Campuchia\n"
        "Vị trí: Telesale / Marketing online\n"
        "Lương 1.500$ – 3.000$\n"
        "Free ăn ở, free vé\n"
        "Không cần kinh nghiệm, training 1 tuần\n"
        "Yêu cầu: đánh máy tiếng Việt nhanh\n"
        "Contact Telegram: @tuyendung_shv"
    ),
    (
        "Tuyển tester game 🎮 chỉ cần chơi game và đánh giá. Lương 20–35 "
        "triệu/tháng. Làm tại nước ngoài, công ty lo toàn bộ chi phí. Từ 18 "
        "tuổi, không cần bằng cấp. Nhắn tin để nhận form đăng ký."
    ),
    (
        "Cần tuyển 10 bạn nữ làm CSKH tại Bavet (đối diện cửa khẩu Mộc "
        "Bài). Lương 1.100$, thưởng doanh số. Có xe đưa đón từ Sài Gòn, qua "
        "biên giới có người lo. Bao ăn ở. Liên hệ Zalo 0909 173 662."
    ),
    (
        "Mình đi làm ở nước ngoài được nửa năm rồi, lúc đầu cũng lo lắm "
        "nhưng công ty đối xử tốt, lương về đều, ăn ở miễn phí. Việc của "
        "mình là chat với khách, nhẹ nhàng lắm. Giờ công ty đang cần thêm "
        "người, bạn nào muốn đi thì nhắn mình, giới thiệu được còn có "
        "thưởng nữa 🥰"
    ),
    (
        "THÔNG BÁO TUYỂN DỤNG – DUBAI (UAE)\n"
        "Vị trí: Nhân viên hỗ trợ khách hàng ca đêm\n"
        "Thu nhập: 4.500 AED/tháng (khoảng 30 triệu đồng)\n"
        "Quyền lợi: visa làm việc, vé máy bay, ký túc xá, xe đưa đón\n"
        "Yêu cầu: tốt nghiệp THPT, tiếng Anh cơ bản\n"
        "Phỏng vấn online. Số lượng có hạn.\n"
        "Liên hệ Telegram: @dubai_vieclam"
    ),
    (
        "Việc làm tại đặc khu kinh tế Tam Giác Vàng (Lào). Cần nhân viên "
        "nhập liệu và CSKH, lương từ 25 triệu. Công ty lớn, văn phòng hiện "
        "đại, có phòng gym, căng tin. Bao vé xe khách từ Hà Nội. Quan tâm "
        "ib."
    ),
    (
        "Ngồi văn phòng máy lạnh, lương 2 chữ số, ăn ở free 😌✈️ ai muốn đi "
        'thì cmt "đi" mình ib nha #vieclam #luongcao'
    ),
    (
        "Tuyển lao động đi làm nước ngoài KHÔNG MẤT PHÍ – không cần đặt "
        "cọc, không cần ngoại ngữ. Công việc: nhân viên văn phòng, nhập "
        "liệu. Lương 1.000–1.500 USD, bao ăn ở, bao vé. Hồ sơ đơn giản: "
        "CCCD + 2 ảnh 4x6. Xuất cảnh sau 5 ngày. Văn phòng tuyển dụng: Zalo "
        "0865 102 773."
    ),
    (
        "Tuyển nữ chia bài (dealer) làm tại Phnom Penh, được đào tạo từ "
        "đầu. Lương 800$ + tip, bao ăn ở. Ngoại hình ưa nhìn, 19–28 tuổi. "
        "Đi ngay tuần sau. Zalo 0868 441 590."
    ),
    (
        "🎤 TUYỂN HOST LIVESTREAM CHO NHÃN HÀNG QUỐC TẾ\n"
        "• Lương cứng 15 triệu + % doanh số\n"
        "• Bao nhà ở, ăn uống, vé máy bay\n"
        "• Chưa biết gì cũng được, có người kèm\n"
        "Ưu tiên nữ 18–27 tuổi, làm việc tại nước ngoài.\n"
        "Ib Telegram @host_live_vn"
    ),
    (
        "Bên mình cần người qua nước bạn làm văn phòng, ngay sát biên giới "
        "thôi, đi xe mấy tiếng là tới. Lương 30tr, ở miễn phí, làm 12 tiếng "
        "nhưng ngồi phòng lạnh. Sếp người Trung, nhiều anh em người Việt "
        "lắm. Ai cần đi gấp thì ib."
    ),
    (
        "Tuyển CSKH làm việc tại Thái Lan, lương 45.000 baht. Bay Hà Nội – "
        "Bangkok, có người đón ở sân bay đưa về văn phòng gần Mae Sot. Công "
        "ty lo visa. Chăm chỉ thì tháng 50 triệu là bình thường. Liên hệ "
        "Telegram @thai_cskh_vn"
    ),
    (
        "Tuyển IT Support / kỹ thuật viên máy tính làm việc ở nước ngoài\n"
        "Lương 35–60 triệu\n"
        "Chi phí đi lại, visa, chỗ ở công ty chịu\n"
        "Chỉ cần biết cơ bản về máy tính, không cần bằng đại học\n"
        "Hợp đồng 1 năm\n"
        "Liên hệ: t.me/itsupport_tuyen"
    ),
    (
        "CHỈ CÒN HÔM NAY!!! Chốt danh sách đi làm nước ngoài, việc văn "
        "phòng chat online, lương 1.300$ trở lên. Công ty lo TẤT CẢ. Mai "
        "đóng đơn. Gọi/Zalo ngay 0345 908 112 ‼️"
    ),
    (
        "Cần tuyển nhân viên làm tại khu công nghiệp ở Myawaddy (Myanmar). "
        "Vị trí marketing online, lương 2.000$. Ăn ở trong khu, bảo vệ "
        "24/24. Vé máy bay đi Bangkok công ty trả. Ib Telegram "
        "@mwd_tuyendung"
    ),
    (
        "Cần phiên dịch tiếng Trung – Việt làm toàn thời gian tại văn phòng "
        "công ty nước ngoài. Lương 40 triệu + phụ cấp. Bao vé, visa, ký túc "
        "xá. Liên hệ Ms. Tiên Zalo 0702 315 846."
    ),
    (
        "Tuyển nhân viên CSR tiếng Việt làm tại Manila, Philippines. Lương "
        "60.000 peso (khoảng 26 triệu). Ở căn hộ chung miễn phí, bao cơm. "
        "Công ty làm visa lao động. Phỏng vấn qua Zoom."
    ),
    (
        "Xin phép admin cho em đăng tin tuyển dụng ạ. Bên em cần 15 bạn làm "
        "CSKH online, không cần kinh nghiệm, lương 20–35 triệu. Chỗ làm ở "
        "nước ngoài nhưng gần lắm, bay hơn 1 tiếng thôi. Vé công ty trả. "
        'Bạn nào thật sự muốn làm thì comment "quan tâm" em ib ạ.'
    ),
    (
        "tuyen sale coin / tien ao tai Sihanoukville, luong cung 1000$ + "
        "hoa hong toi 5000$, dao tao 2 tuan, bao ve may bay + cho o. lien "
        "he tele @shv_sale_vn"
    ),
    "Cần 10 bạn đánh máy, làm nước ngoài, lương 30tr, bao hết. Ib.",
    (
        "Tuyển CSKH ca đêm tại Koh Kong (giáp biên Thái Lan – Campuchia). "
        "Lương 28 triệu. Công ty lo hộ chiếu, visa và vé. Zalo chị Thảo "
        "0916 720 385."
    ),
    (
        "Chào các bạn, mình là Quang – HR của một công ty thương mại điện "
        "tử quốc tế.\n"
        "Đợt tuyển dụng tháng này gồm:\n"
        "1) Chăm sóc khách hàng tiếng Việt – 15 người\n"
        "2) Admin fanpage – 5 người\n"
        "3) Telesale – 10 người\n"
        "Lương khởi điểm 22 triệu, tăng ca có tính tiền.\n"
        "Làm 12 tiếng/ngày, nghỉ 4 ngày/tháng.\n"
        "Ở ký túc xá (4 người/phòng), bao cơm.\n"
        "Công ty trả vé máy bay chiều đi.\n"
        "Yêu cầu: 18–40 tuổi, sức khỏe tốt, có hộ chiếu còn hạn trên 6 "
        "tháng.\n"
        "Phỏng vấn qua video call Zalo.\n"
        "Xuất cảnh trong vòng 7 ngày sau khi đậu phỏng vấn.\n"
        "Liên hệ Zalo 0832 660 918 hoặc Telegram @quang_hr."
    ),
    (
        "Con bạn mình mới từ Dubai về, làm CS online mà lương 40 triệu, nó "
        "bảo sướng lắm. Công ty nó đang tuyển thêm, ai cần số thì ib mình."
    ),
    (
        "Chào bạn, xin lỗi đã làm phiền. Mình được một người bạn chung cho "
        "số. Bên mình đang có vị trí chăm sóc khách hàng, công ty ở nước "
        "ngoài, lương khoảng 25 triệu, có chỗ ở. Nếu bạn quan tâm mình gửi "
        "thông tin chi tiết nhé?"
    ),
    (
        "Việc làm ở Tachileik (Myanmar, sát Chiang Rai). Vị trí đánh máy "
        "tiếng Việt/tiếng Anh. Lương 40.000 baht. Làm 6 ngày/tuần. Bao ăn "
        "ở, vé. Liên hệ LINE: tachi_viec88"
    ),
    (
        "cty Trung Quoc can tuyen nguoi Viet lam marketing online, ngoi may "
        "tinh nhan tin cho khach. luong 1000 usd/thang + thuong. lam o nuoc "
        "ngoai, ve, visa, an o cty lo het. di cung ban be duoc. zalo 0399 "
        "428 150"
    ),
    "Việc làm Tam Giác Vàng 🔺 CSKH / admin, lương 30tr++, bay free. Ib",
    (
        "Dừng lướt! 🛑 Muốn lương 30 triệu mà không cần bằng cấp? Việc "
        "online trong văn phòng, bao vé + ký túc xá. Chỉ còn 3 suất. Ib "
        "ngay."
    ),
    (
        "Tuyển CSKH và marketing tại Poipet. Lương 1.200–2.000 USD. Có xe "
        "đón ngay cửa khẩu, bao ăn ở. Chưa có hộ chiếu cũng được, công ty "
        "làm trong 3 ngày. Zalo 0977 223 847 (anh Tuấn)."
    ),
    (
        "Tuyển nữ trò chuyện với khách trên ứng dụng hẹn hò (chat support). "
        "Làm văn phòng ở nước ngoài, lương 25 triệu + hoa hồng. Có chỗ ở. "
        "Không cần kinh nghiệm, chỉ cần nhắn tin khéo bằng tiếng Việt và "
        "tiếng Anh. Ib để biết thêm."
    ),
    (
        "Anh đang có việc bên Shwe Kokko, văn phòng, lương về 30–35tr. Vé "
        "xe từ Bangkok lên Mae Sot anh lo hết. Ai đi nhắn anh."
    ),
)

VI_PARTS = Parts(
    openings=(
        "TUYỂN GẤP!!!",
        "Việc làm nước ngoài lương cao 🌏",
        "Cơ hội đổi đời cho các bạn trẻ.",
        "Tuyển người đi Campuchia 🇰🇭",
        "Việc làm tại Sihanoukville.",
        "Có việc bên Myanmar, sát biên giới Thái.",
    ),
    bodies=(
        "Vị trí CSKH online, chỉ cần trả lời tin nhắn khách.",
        "Cần người đánh máy và admin, ngồi văn phòng máy lạnh.",
        "Tuyển telesale, chỉ cần nói tiếng Việt rõ ràng.",
        "Làm marketing online, có đào tạo, không cần kinh nghiệm.",
    ),
    pays=(
        "Lương 25 triệu/tháng.",
        "Lương 1.500 USD + hoa hồng.",
        "Lương cao, trả đúng hạn mỗi tháng.",
    ),
    perks=(
        "Công ty bao vé máy bay.",
        "Bao ăn ở miễn phí.",
        "Hộ chiếu, visa công ty lo.",
    ),
    closings=(
        "Ib Telegram @vieclam_gap88",
        "Zalo 0911 338 204 ngay!",
        "Số lượng có hạn, xuất cảnh trong tuần.",
        "Inbox để biết thêm chi tiết.",
    ),
)

# Vietnamese (a few typed without diacritics): hard legitimate job ads.
VI_LEGIT: tuple[str, ...] = (
    (
        "CÔNG TY TNHH MAY MẶC PHÚ AN (KCN VSIP II, Thủ Dầu Một, Bình Dương)\n"
        "Tuyển 200 công nhân may, không cần kinh nghiệm, được đào tạo có "
        "lương.\n"
        "Thu nhập 8–12 triệu/tháng, ký túc xá miễn phí, cơm trưa, xe đưa "
        "đón.\n"
        "Đóng BHXH, BHYT đầy đủ từ tháng đầu tiên.\n"
        "Nộp hồ sơ trực tiếp tại Phòng Nhân sự, cổng số 2, từ thứ Hai đến "
        "thứ Bảy (7h30–16h)."
    ),
    (
        "Trung tâm Chăm sóc khách hàng của một ngân hàng thương mại tuyển "
        "nhân viên tổng đài làm việc tại Cầu Giấy, Hà Nội.\n"
        "Không yêu cầu kinh nghiệm, đào tạo 3 tuần có lương. Thu nhập 8–11 "
        "triệu + thưởng KPI.\n"
        "Làm theo ca, có phụ cấp ca đêm. Nộp CV qua cổng tuyển dụng của "
        "ngân hàng, phỏng vấn trực tiếp tại tòa nhà trung tâm."
    ),
    (
        "THÔNG BÁO tuyển chọn lao động đi làm việc tại Hàn Quốc theo Chương "
        "trình EPS năm 2027 – ngành sản xuất chế tạo.\n"
        "Người lao động đăng ký dự thi tiếng Hàn tại Trung tâm Dịch vụ việc "
        "làm tỉnh theo lịch công bố.\n"
        "Chi phí theo quy định của Nhà nước, nộp tại nơi đăng ký và có biên "
        "lai.\n"
        "Chương trình không thông qua môi giới; mọi cá nhân thu tiền "
        '"chạy" danh sách đều là lừa đảo.'
    ),
    (
        "Công ty CP Nhân lực Sao Mai (Giấy phép dịch vụ đưa người lao động "
        "đi làm việc ở nước ngoài số 318/GP-SM, cấp năm 2022) tuyển thực "
        "tập sinh kỹ năng ngành chế biến thực phẩm đi Nhật Bản.\n"
        "Lương cơ bản khoảng 180.000 yên/tháng, hợp đồng 3 năm.\n"
        "Chi phí dịch vụ theo đúng mức trần pháp luật quy định, ký hợp đồng "
        "và thu tiền có hóa đơn.\n"
        "Thi tuyển trực tiếp với đại diện xí nghiệp Nhật tại văn phòng công "
        "ty: 45 Nguyễn Văn Cừ, Long Biên, Hà Nội."
    ),
    (
        "Khách sạn 5 sao tại Phnom Penh (Campuchia) tuyển Trưởng bộ phận "
        "F&B người Việt.\n"
        "Yêu cầu 5 năm kinh nghiệm quản lý nhà hàng khách sạn, tiếng Anh "
        "giao tiếp tốt.\n"
        "Lương 2.000 USD, chỗ ở, bảo hiểm y tế, giấy phép lao động do khách "
        "sạn làm.\n"
        "Gửi CV qua email tuyển dụng của tập đoàn; phỏng vấn tại văn phòng "
        "đại diện ở Quận 1, TP.HCM."
    ),
    (
        "Quán cà phê Mộc Lan (18 Trần Quốc Thảo, Quận 3) tuyển phục vụ "
        "part-time, 25k/giờ, không cần kinh nghiệm. Ca sáng hoặc ca tối, ưu "
        "tiên sinh viên. Bạn nào quan tâm nhắn Zalo 0903 551 728 (chị Lan) "
        "hoặc ghé quán trực tiếp."
    ),
    (
        "Tuyển nhân viên chăm sóc khách hàng tiếng Trung làm việc tại KCN "
        "Thăng Long, Đông Anh, Hà Nội cho nhà máy linh kiện điện tử. Lương "
        "15–20 triệu, yêu cầu HSK4 trở lên. Xe đưa đón từ nội thành, cơm ca "
        "miễn phí. Phỏng vấn tại nhà máy."
    ),
    (
        "Tổ chức phi chính phủ quốc tế về giáo dục tuyển Cán bộ dự án làm "
        "việc tại Viêng Chăn, Lào. Hợp đồng 12 tháng, lương theo thang của "
        "tổ chức, bảo hiểm và vé khứ hồi. Hồ sơ nộp qua website tổ chức; "
        "quy trình gồm hai vòng phỏng vấn và kiểm tra người tham chiếu. Tổ "
        "chức không thu bất kỳ khoản phí nào."
    ),
    (
        "Trường song ngữ quốc tế tại Bangkok tuyển giáo viên tiếng Anh "
        "người Việt có chứng chỉ TESOL, bằng cử nhân. Lương 38.000 baht, "
        "trường hỗ trợ làm giấy phép lao động và visa Non-B. Phỏng vấn "
        "online với hiệu trưởng, sau đó kiểm tra bằng cấp gốc."
    ),
    (
        "Shop mỹ phẩm Hạ Vy tuyển MC livestream TikTok, làm tại studio ở "
        "Quận 7, TP.HCM. Lương cứng 8 triệu + % doanh số, làm 5 buổi "
        "tối/tuần. Chưa có kinh nghiệm sẽ được hướng dẫn. Gửi video giới "
        "thiệu bản thân 1 phút qua Zalo 0938 207 164."
    ),
    (
        "Nông trường cao su Lộc Ninh (Bình Phước) tuyển công nhân cạo mủ. "
        "Không cần kinh nghiệm, có lớp dạy cạo 2 tuần. Thu nhập 9–12 triệu, "
        "nhà ở tập thể miễn phí, đóng bảo hiểm đầy đủ. Liên hệ Phòng Tổ "
        "chức của nông trường."
    ),
    (
        "Huyện đang tiếp nhận hồ sơ lao động thời vụ đi Hàn Quốc (5 tháng) "
        "theo thỏa thuận hợp tác giữa UBND tỉnh và chính quyền địa phương "
        "Hàn Quốc. Làm nông nghiệp, lương theo mức tối thiểu của Hàn Quốc. "
        "Nộp hồ sơ tại Phòng Nội vụ huyện; không qua trung gian, có ký quỹ "
        "theo quy định và được hoàn trả khi về nước đúng hạn."
    ),
    (
        "Tuyển nhân viên telesale cho công ty bảo hiểm tại Đà Nẵng. Không "
        "cần kinh nghiệm, lương cứng 6 triệu + hoa hồng. Làm giờ hành "
        "chính, nghỉ Chủ nhật. Phỏng vấn tại văn phòng tầng 6, tòa nhà Sông "
        "Hàn Center."
    ),
    (
        "Studio game Lửa Xanh (Quận Bình Thạnh) tuyển Game Tester hợp đồng "
        "6 tháng. Chơi thử game mobile, ghi lỗi vào hệ thống. Lương 9 "
        "triệu, làm tại văn phòng. Không yêu cầu bằng đại học, cần đọc hiểu "
        "tiếng Anh."
    ),
    (
        "Ngân hàng cần tuyển nhân viên nhập liệu thời vụ (3 tháng) làm tại "
        "chi nhánh Hải Phòng. Lương 7 triệu, làm giờ hành chính. Nộp hồ sơ "
        "tại quầy lễ tân chi nhánh, có giấy hẹn phỏng vấn."
    ),
    (
        "Resort ở Dương Đông, Phú Quốc tuyển nhân viên buồng phòng và phục "
        "vụ nhà hàng. Có ký túc xá nhân viên miễn phí, ăn 3 bữa tại căng "
        "tin, lương 7–9 triệu + phí dịch vụ. Không cần kinh nghiệm, đào tạo "
        "tại chỗ. Gửi CV về phòng nhân sự resort."
    ),
    (
        "Nhà máy sản xuất đồ gỗ vốn Trung Quốc tại KCN Quang Châu, Bắc "
        "Giang tuyển phiên dịch tiếng Trung. Lương 16–22 triệu, có phòng ở "
        "cho người ở xa. Yêu cầu HSK5. Phỏng vấn tại nhà máy, có bài kiểm "
        "tra dịch."
    ),
    (
        "Ngày hội tuyển tiếp viên hàng không của hãng Gulf Horizon Airways "
        "(trụ sở Dubai) tại khách sạn Riverside, TP.HCM, sáng Chủ nhật này. "
        "Mang CV tiếng Anh và ảnh toàn thân. Hãng lo chỗ ở tại Dubai. Hãng "
        'không thu bất kỳ khoản phí nào, cẩn thận với người tự xưng "đại '
        'lý" đòi tiền.'
    ),
    (
        "Công ty dịch vụ việc làm có giấy phép tuyển lao động đi Đài Loan "
        "làm nhà máy cơ khí. Lương theo mức cơ bản của Đài Loan, ký túc xá "
        "trong nhà máy. Chi phí và thời hạn hợp đồng ghi rõ trong hợp đồng "
        "cung ứng. Nhận hồ sơ tại văn phòng ở Vinh, Nghệ An, giờ hành "
        "chính."
    ),
    (
        "Công ty cao su vốn Việt Nam tại tỉnh Kratie, Campuchia tuyển kỹ sư "
        "nông nghiệp. Lương 1.500 USD, nhà ở công vụ, bảo hiểm, về phép 2 "
        "lần/năm. Công ty làm giấy phép lao động theo luật Campuchia. Phỏng "
        "vấn tại văn phòng tổng công ty ở TP.HCM."
    ),
)


# Thai (with Thai-English): whole scam-compound recruitment ads.
TH_SCAM: tuple[str, ...] = (
    (
        "🔥 รับสมัครด่วน งานต่างประเทศ 🔥\n"
        "ตำแหน่ง: แอดมินตอบแชท / Customer Service\n"
        "💰 เงินเดือน 35,000 – 50,000 บาท + คอมมิชชั่น\n"
        "✈️ ฟรีตั๋วเครื่องบิน ที่พัก อาหาร 3 มื้อ\n"
        "📌 ไม่ต้องมีประสบการณ์ มีสอนงานให้\n"
        "📌 อายุ 18-35 ปี พิมพ์ไทยคล่อง\n"
        "ไม่มีพาสปอร์ต บริษัทช่วยทำให้\n"
        "เดินทางภายในสัปดาห์นี้ แอดไลน์ @job_rwd88"
    ),
    (
        "บริษัทของเราเป็นบริษัทอีคอมเมิร์ซที่มีสำนักงานอยู่ในต่างประเทศ "
        "กำลังเปิดรับพนักงานดูแลลูกค้าชาวไทยหลายอัตรา เงินเดือนเริ่มต้น 38,000 บาท "
        "ปรับขึ้นหลังผ่านงาน 3 เดือน บริษัทจัดที่พักและออกค่าเดินทางให้ทั้งหมด "
        "ปัจจุบันมีพนักงานคนไทยทำงานกับเราหลายสิบคน ผู้สนใจส่งชื่อ อายุ "
        "และรูปหน้าพาสปอร์ตมาทางไลน์ไอดี hr.siamglobal"
    ),
    (
        "ใครอยากทำงานฝั่งเขมรบ้าง เพื่อนเราทำอยู่ เงินเดือนเกือบ 6 หมื่น "
        "งานแค่นั่งตอบแชทในออฟฟิศแอร์เย็นๆ บริษัทออกค่ารถให้หมด สนใจทักมาเลย "
        "ไม่ต้องอายนะ 😁"
    ),
    ("งานพิมพ์เอกสาร ต่างประเทศ เงินเดือน 40,000 ฟรีตั๋ว ไม่ต้องมีประสบการณ์ ทักไลน์ 089-552-7140"),
    (
        "สวัสดีค่ะน้องแพร พี่ชื่อเมย์นะคะ อยู่ฝ่ายบุคคล เห็นน้องคอมเมนต์หางานในกลุ่ม "
        "ตอนนี้พี่มีตำแหน่งแอดมินออนไลน์ ทำในออฟฟิศ เงินเดือน 42,000 บาท มีหอพักให้ฟรี "
        "ค่าเครื่องบินบริษัทออกให้ น้องเตรียมแค่พาสปอร์ตพอค่ะ ถ้าน้องโอเค "
        "พรุ่งนี้พี่นัดวิดีโอคอลสัมภาษณ์นะคะ แต่อย่าเพิ่งบอกใครเยอะนะคะ ที่มีจำกัดจริงๆ 😊"
    ),
    (
        "HIRING NOW 📢 สีหนุวิลล์ กัมพูชา\n"
        "Position: Telesales / Online Marketing\n"
        "Salary 1,500 – 3,000 USD\n"
        "Free ที่พัก free อาหาร free ตั๋ว\n"
        "No experience ok มีเทรนให้ 1 week\n"
        "ขอแค่พิมพ์ไทยเร็ว\n"
        "Telegram: @shv_th_recruit"
    ),
    (
        "รับสมัครเกมเทสเตอร์ 🎮 แค่เล่นเกมแล้วรีวิว เงินเดือน 30,000-45,000 บาท "
        "ทำงานต่างประเทศ บริษัทออกค่าใช้จ่ายให้ทั้งหมด อายุ 18 ขึ้นไป ไม่จำกัดวุฒิ "
        "ทักแชทขอใบสมัครได้เลย"
    ),
    (
        "รับพนักงานหญิง 10 อัตรา ตำแหน่งดูแลลูกค้าออนไลน์ ที่ปอยเปต "
        "ข้ามจากตลาดโรงเกลือไปนิดเดียว เงินเดือน 1,100$ มีโบนัส ข้ามด่านมีคนพาไป "
        "ไม่ต้องห่วง ที่พักฟรี ติดต่อไลน์ 092-318-6604"
    ),
    (
        "ทำงานต่างประเทศมาครึ่งปีแล้ว ตอนแรกก็กลัวนะ แต่บริษัทดูแลดี เงินเดือนออกตรง "
        "ที่พักอาหารฟรีหมด งานเราคือคุยกับลูกค้าในแชท สบายมาก ตอนนี้บริษัทหาคนเพิ่มอีก "
        "ใครอยากไปทักเรามาได้ ชวนเพื่อนมาได้ค่าแนะนำด้วยนะ 🥰"
    ),
    (
        "ประกาศรับสมัครงาน – ดูไบ สหรัฐอาหรับเอมิเรตส์\n"
        "ตำแหน่ง: พนักงานซัพพอร์ตลูกค้า กะกลางคืน\n"
        "รายได้: 4,500 ดีแรห์มต่อเดือน (ประมาณ 42,000 บาท)\n"
        "สวัสดิการ: วีซ่าทำงาน ตั๋วเครื่องบิน หอพัก รถรับส่ง\n"
        "คุณสมบัติ: จบ ม.6 ภาษาอังกฤษพื้นฐาน\n"
        "สัมภาษณ์ออนไลน์ รับจำนวนจำกัด\n"
        "ติดต่อเทเลแกรม @dxb_thaijob"
    ),
    (
        "งานเขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ ฝั่งลาว รับคีย์ข้อมูลและแอดมิน เงินเดือน "
        "35,000 บาทขึ้นไป บริษัทใหญ่ ออฟฟิศทันสมัย มีฟิตเนส มีโรงอาหาร "
        "ข้ามจากเชียงของสะดวก สนใจทักแชท"
    ),
    (
        'นั่งตากแอร์ เงินเดือนเกือบแสน ที่พักฟรี 😌✈️ ใครสนใจพิมพ์ "ไป" ใต้คลิป '
        "เดี๋ยวทักไปค่ะ #งานต่างประเทศ #รายได้ดี"
    ),
    (
        "รับสมัครคนไปทำงานต่างประเทศ ไม่เสียค่าหัว ไม่ต้องวางเงิน ไม่ต้องมีภาษา "
        "งานออฟฟิศคีย์ข้อมูล เงินเดือน 30,000-45,000 บาท ฟรีที่พัก ฟรีตั๋ว "
        "เอกสารแค่บัตรประชาชนกับรูปถ่าย บินได้ภายใน 5 วัน ติดต่อฝ่ายรับสมัคร ไลน์ "
        "@work_now_th"
    ),
    (
        "รับดีลเลอร์หญิง ทำงานพนมเปญ ไม่มีประสบการณ์สอนให้ เงินเดือน 800$ + ทิป "
        "ที่พักอาหารฟรี อายุ 19-28 บุคลิกดี เดินทางอาทิตย์หน้า ไลน์ dealer_pnh"
    ),
    (
        "🎤 รับสมัครไลฟ์สดขายของให้แบรนด์ต่างประเทศ\n"
        "• เงินเดือน 25,000 + % ยอดขาย\n"
        "• ฟรีที่พัก อาหาร ตั๋วเครื่องบิน\n"
        "• ไม่เคยไลฟ์ก็ได้ มีพี่เลี้ยงสอน\n"
        "รับผู้หญิงอายุ 18-27 ปี ทำงานต่างประเทศ\n"
        "ทักเทเลแกรม @live_host_th"
    ),
    (
        "ทีมงานหาคนไปทำงานออฟฟิศประเทศเพื่อนบ้าน ติดชายแดนเลย นั่งรถไม่กี่ชั่วโมงก็ถึง "
        "เงินเดือน 45,000 ที่พักฟรี ทำ 12 ชม. แต่อยู่ในห้องแอร์ นายเป็นคนจีน "
        "มีคนไทยทำอยู่เยอะ ใครรีบไปด่วน inbox มาเลย"
    ),
    (
        "งานแม่สอด 💼 ตำแหน่งแอดมินคริปโต เงินเดือน 45,000 บาท + โบนัส "
        "มีรถรับจากกรุงเทพฯ ไปส่งถึงที่ทำงาน ทำดีๆ เดือนละแสนก็มี ไลน์ @maesot_job"
    ),
    (
        "รับสมัคร IT Support / ช่างคอมพิวเตอร์ ทำงานต่างประเทศ\n"
        "เงินเดือน 50,000 – 80,000 บาท\n"
        "ค่าเดินทาง วีซ่า ที่พัก บริษัทออกให้\n"
        "รู้คอมพื้นฐานก็พอ ไม่ต้องจบปริญญา\n"
        "สัญญา 1 ปี\n"
        "ติดต่อ t.me/itsupport_th"
    ),
    (
        "วันนี้วันสุดท้าย!!! ปิดรับชื่อคนไปทำงานต่างประเทศ งานออฟฟิศตอบแชท เงินเดือน "
        "40,000 บาทขึ้นไป บริษัทออกให้หมดทุกอย่าง พรุ่งนี้ปิดรับแล้ว โทร/ไลน์ 086-902-3318 "
        "‼️"
    ),
    (
        "รับพนักงานทำงานในนิคมอุตสาหกรรมที่เมียวดี ประเทศพม่า ตำแหน่งการตลาดออนไลน์ "
        "เงินเดือน 2,000$ กินอยู่ในนิคม มี รปภ. 24 ชม. ไปรับที่แม่สอด สนใจทักเทเลแกรม "
        "@mwd_job_th"
    ),
    (
        "ต้องการล่ามภาษาจีน-ไทย ทำงานเต็มเวลาที่สำนักงานบริษัทต่างประเทศ เงินเดือน "
        "60,000 บาท + ค่าภาษา ฟรีตั๋ว วีซ่า หอพัก ติดต่อคุณหลิน ไลน์ lin.hr2026"
    ),
    (
        "รับพนักงาน CS ภาษาไทย ทำงานที่มะนิลา ฟิลิปปินส์ เงินเดือน 60,000 เปโซ (ประมาณ "
        "36,000 บาท) พักคอนโดรวมฟรี มีข้าวให้ บริษัททำวีซ่าทำงานให้ สัมภาษณ์ผ่าน Zoom"
    ),
    (
        "ขออนุญาตแอดมินกลุ่มนะคะ 🙏 ทางเรารับพนักงานตอบแชทออนไลน์ 15 อัตรา "
        "ไม่ต้องมีประสบการณ์ เงินเดือน 30,000-50,000 บาท ที่ทำงานอยู่ต่างประเทศแต่ไม่ไกล "
        'บินชั่วโมงกว่าๆ บริษัทออกค่าตั๋ว ใครสนใจจริงเม้นท์ "สนใจ" เดี๋ยวทักไปค่ะ'
    ),
    (
        "เซลล์คริปโต สีหนุ เงินเดือนพื้นฐาน 1,000$ + คอมสูงสุด 5,000$ เทรนงาน 2 อาทิตย์ "
        "ฟรีตั๋ว ฟรีหอ เริ่มงานได้เลย TG @sales_sihanouk"
    ),
    "หาคนพิมพ์งาน 10 คน ไปต่างประเทศ เงินเดือน 4 หมื่น ฟรีหมด ทักเลย",
    (
        "รับพนักงานดูแลลูกค้ากะดึก ที่เกาะกง ติดชายแดนจังหวัดตราด เงินเดือน 40,000 บาท "
        "บริษัททำพาสปอร์ต วีซ่า ออกค่าเดินทางให้ ไลน์พี่ฝน fon.kkjob"
    ),
    (
        "สวัสดีครับ ผมชื่อเอก เป็น HR ของบริษัทอีคอมเมิร์ซข้ามชาติ\n"
        "รอบนี้เปิดรับ:\n"
        "1) ดูแลลูกค้าภาษาไทย 15 อัตรา\n"
        "2) แอดมินเพจ 5 อัตรา\n"
        "3) เทเลเซลล์ 10 อัตรา\n"
        "เงินเดือนเริ่ม 35,000 บาท มีค่าโอที\n"
        "ทำงานวันละ 12 ชั่วโมง หยุดเดือนละ 4 วัน\n"
        "พักหอ 4 คนต่อห้อง มีอาหารให้\n"
        "บริษัทออกตั๋วเครื่องบินขาไป\n"
        "คุณสมบัติ: อายุ 18-40 ปี สุขภาพแข็งแรง มีพาสปอร์ตเหลืออายุเกิน 6 เดือน\n"
        "สัมภาษณ์ทางวิดีโอคอลไลน์\n"
        "เดินทางภายใน 7 วันหลังผ่านสัมภาษณ์\n"
        "ติดต่อไลน์ ake.hr หรือเทเลแกรม @ake_hr"
    ),
    (
        "เพื่อนเพิ่งกลับจากท่าขี้เหล็ก ทำงานแอดมินได้เดือนละ 5 หมื่น บอกสบายมาก "
        "บริษัทมันยังรับคนอยู่ ใครอยากได้เบอร์ทักมา"
    ),
    (
        "สวัสดีครับ ขอโทษที่รบกวนนะครับ ผมได้เบอร์คุณมาจากเพื่อน "
        "ตอนนี้มีตำแหน่งงานดูแลลูกค้าว่างอยู่ บริษัทอยู่ต่างประเทศ เงินเดือนประมาณ 40,000 "
        "บาท มีที่พักให้ ถ้าสนใจผมอธิบายรายละเอียดเพิ่มได้นะครับ"
    ),
    (
        "งานฝั่งพม่า ใกล้ด่านแม่สาย ตำแหน่งพิมพ์งานภาษาไทย/อังกฤษ เงินเดือน 40,000 บาท "
        "ทำ 6 วันต่อสัปดาห์ กินอยู่ฟรี ออกค่ารถให้ ติดต่อไลน์ ms_job88"
    ),
    (
        "บริษัทจีนหาพนักงานคนไทยทำการตลาดออนไลน์ นั่งหน้าคอมส่งข้อความหาลูกค้า เงินเดือน "
        "1,000 ดอลลาร์ + โบนัสตามเป้า ทำงานต่างประเทศ ตั๋ว วีซ่า กินอยู่ บริษัทจ่ายหมด "
        "ชวนเพื่อนไปด้วยได้ ไลน์ 095-442-8150"
    ),
    "งานสามเหลี่ยมทองคำ 🔺 แอดมิน เงินเดือน 40k++ บินฟรี ทักแชท",
    (
        "หยุดเลื่อนก่อน! 🛑 อยากได้เงินเดือน 5 หมื่นแบบไม่ต้องใช้วุฒิ? งานออนไลน์ในออฟฟิศ "
        "ฟรีตั๋ว ฟรีหอ เหลือแค่ 3 ที่ ทักด่วน"
    ),
    (
        "รับพนักงานดูแลลูกค้าและการตลาดที่บาเวต เงินเดือน 1,200–2,000 USD "
        "ข้ามจากด่านมีรถรับ กินอยู่ฟรี ไม่มีพาสปอร์ตก็ได้ บริษัททำให้ภายใน 3 วัน ไลน์ "
        "097-223-8470 (พี่ต้น)"
    ),
    (
        "รับผู้หญิงคุยแชทกับลูกค้าในแอปหาคู่ (chat support) ทำงานในออฟฟิศต่างประเทศ "
        "เงินเดือน 40,000 บาท + คอมมิชชั่น มีที่พักให้ ไม่ต้องมีประสบการณ์ "
        "แค่พิมพ์ไทยกับอังกฤษได้ ทักมาสอบถามได้"
    ),
    (
        "รับคนทำงานเคเคปาร์ค งานออฟฟิศ เงินดี ข่าวที่ออกมาเป็นบริษัทอื่น ที่นี่ดูแลพนักงานดี "
        "มีวันหยุด เงินเดือน 50,000 บาท มีรถรับจากแม่สอด ใครสนใจทักมาครับ"
    ),
)

TH_PARTS = Parts(
    openings=(
        "รับสมัครด่วน!!!",
        "งานต่างประเทศ รายได้ดี 🌏",
        "โอกาสเปลี่ยนชีวิตสำหรับคนอยากมีเงินเก็บ",
        "งานกัมพูชา 🇰🇭",
        "งานสีหนุวิลล์",
        "มีงานฝั่งพม่า ติดชายแดนแม่สอด",
    ),
    bodies=(
        "ตำแหน่งแอดมินตอบแชทลูกค้า แค่ตอบข้อความ",
        "รับคนพิมพ์งานและคีย์ข้อมูล นั่งออฟฟิศห้องแอร์",
        "รับเทเลเซลล์ พูดไทยชัดก็พอ",
        "งานการตลาดออนไลน์ มีสอนงาน ไม่ต้องมีประสบการณ์",
    ),
    pays=(
        "เงินเดือน 40,000 บาท",
        "เงินเดือน 1,500 USD + คอม",
        "เงินดี จ่ายตรงทุกเดือน",
    ),
    perks=(
        "บริษัทออกค่าตั๋วเครื่องบิน",
        "ที่พักอาหารฟรี",
        "พาสปอร์ต วีซ่า บริษัทจัดการให้",
    ),
    closings=(
        "ทักเทเลแกรม @job_rwd_now",
        "แอดไลน์ 081-338-2045 เลย!",
        "ที่มีจำกัด เดินทางสัปดาห์นี้",
        "inbox สอบถามรายละเอียด",
    ),
)

# Thai (with Thai-English): hard legitimate job ads.
TH_LEGIT: tuple[str, ...] = (
    (
        "บริษัท สยามพาร์ทส์ อินดัสตรี จำกัด (นิคมอุตสาหกรรมอมตะซิตี้ ระยอง)\n"
        "รับสมัครพนักงานฝ่ายผลิต ชาย/หญิง 50 อัตรา ไม่ต้องมีประสบการณ์\n"
        "ค่าแรงตามประกาศ + ค่ากะ + โอที รายได้เฉลี่ย 15,000–18,000 บาท\n"
        "มีหอพักฟรี รถรับส่ง อาหารกลางวันฟรี ประกันสังคม\n"
        "สมัครด้วยตนเองที่ฝ่ายบุคคล ประตู 3 จันทร์–เสาร์ 08.00–15.00 น. "
        "นำบัตรประชาชนตัวจริงมาด้วย"
    ),
    (
        "รับสมัครพนักงาน Call Center ประจำสำนักงานพระราม 9 กรุงเทพฯ\n"
        "ไม่ต้องมีประสบการณ์ อบรมฟรี 2 สัปดาห์ (ได้รับค่าจ้างระหว่างอบรม)\n"
        "เงินเดือน 15,000 บาท + ค่าคอมมิชชั่น + เบี้ยขยัน\n"
        "สมัครผ่านเว็บไซต์บริษัท หรือเดินทางมาสัมภาษณ์ที่ชั้น 18 อาคารจีเวล ทาวเวอร์ ทุกวันพุธ"
    ),
    (
        "ประกาศกรมการจัดหางาน: รับสมัครคนหางานไปทำงานสาธารณรัฐเกาหลีระบบ EPS "
        "ประเภทงานเกษตร\n"
        "สมัครสอบภาษาเกาหลีได้ที่สำนักงานจัดหางานจังหวัดทุกแห่ง "
        "ค่าใช้จ่ายตามอัตราที่ทางราชการกำหนด\n"
        "การเดินทางไปทำงานระบบ EPS ดำเนินการโดยรัฐเท่านั้น ไม่มีนายหน้า "
        "ผู้ใดเรียกเก็บเงินเพื่อช่วยให้ได้ไปเป็นการหลอกลวง"
    ),
    (
        "บริษัท นำชัย แมนพาวเวอร์ จำกัด ใบอนุญาตจัดหางานเพื่อไปทำงานในต่างประเทศ เลขที่ "
        "น.1187/2563\n"
        "รับสมัครคนงานเก็บผลไม้ป่าตามฤดูกาล ประเทศฟินแลนด์ (กรกฎาคม–กันยายน)\n"
        "ค่าใช้จ่ายตามที่กรมการจัดหางานอนุมัติ ทำสัญญาต่อหน้าเจ้าหน้าที่จัดหางาน\n"
        "ปฐมนิเทศก่อนเดินทางที่สำนักงานจัดหางานจังหวัดชัยภูมิ สอบถามได้ที่สำนักงานบริษัท "
        "ถนนแจ้งวัฒนะ"
    ),
    (
        "โรงแรมในเมืองเสียมเรียบ ประเทศกัมพูชา รับสมัครผู้จัดการฝ่ายต้อนรับส่วนหน้าคนไทย\n"
        "ประสบการณ์ 5 ปีขึ้นไป ภาษาอังกฤษดี เงินเดือน 1,800 USD มีที่พัก ประกันสุขภาพ\n"
        "โรงแรมดำเนินการใบอนุญาตทำงานตามกฎหมายกัมพูชา "
        "ส่งประวัติทางอีเมลฝ่ายบุคคลของเครือโรงแรม สัมภาษณ์รอบสุดท้ายที่สำนักงานกรุงเทพฯ"
    ),
    (
        "ร้านก๋วยเตี๋ยวเรือป้าหน่อย หน้าตลาดสดบางบัวทอง รับพนักงานเสิร์ฟ 2 คน วันละ 400 "
        "บาท มีข้าวกิน ไม่ต้องมีประสบการณ์ ทำ 9 โมงถึง 5 โมงเย็น หยุดวันจันทร์ สนใจทักไลน์ "
        "pa_noi_boat หรือมาคุยที่ร้านได้เลย"
    ),
    (
        "รับสมัครเจ้าหน้าที่บริการลูกค้าภาษาจีน ประจำสำนักงานสีลม กรุงเทพฯ\n"
        "ดูแลลูกค้าบริษัทท่องเที่ยวจากจีนและไต้หวันทางโทรศัพท์และอีเมล ทำงานในไทยเท่านั้น\n"
        "เงินเดือน 25,000–32,000 บาท ต้องมี HSK 5 ขึ้นไป สัมภาษณ์ที่สำนักงาน"
    ),
    (
        "มูลนิธิเพื่อการศึกษาเด็กข้ามชาติ อำเภอแม่สอด จังหวัดตาก รับสมัครครูอาสา "
        "สอนภาษาไทยและคณิตศาสตร์ในศูนย์การเรียนเด็กข้ามชาติ\n"
        "ค่าตอบแทน 15,000 บาท มีบ้านพักครู สัญญา 1 ปีการศึกษา\n"
        "ส่งใบสมัครพร้อมสำเนาวุฒิการศึกษาที่สำนักงานมูลนิธิ ถนนอินทรคีรี สัมภาษณ์ที่มูลนิธิ"
    ),
    (
        "โรงเรียนนานาชาติในนครหลวงเวียงจันทน์ สปป.ลาว รับครูสอนภาษาไทย (ภาษาที่สอง) "
        "วุฒิครุศาสตร์หรือศึกษาศาสตร์\n"
        "เงินเดือน 1,200 USD มีที่พัก ตั๋วไปกลับปีละครั้ง โรงเรียนทำใบอนุญาตทำงาน\n"
        "สัมภาษณ์ทางวิดีโอกับครูใหญ่ ตรวจวุฒิตัวจริงก่อนทำสัญญา"
    ),
    (
        "ร้านเสื้อผ้าออนไลน์ เพลินใจ แฟชั่น รับแม่ค้าไลฟ์สด ทำที่สตูดิโอ ลาดพร้าว 71 เงินเดือน "
        "15,000 บาท + คอมยอดขาย ไลฟ์ 1 ทุ่ม–4 ทุ่ม ไม่เคยไลฟ์มาก่อนสอนให้ "
        "ส่งคลิปแนะนำตัวมาทางไลน์ @ploenjai.shop"
    ),
    (
        "สวนยางพาราสหกรณ์ อำเภอเทพา จังหวัดสงขลา รับคนกรีดยาง แบ่งรายได้ 60/40 "
        "มีบ้านพักให้ฟรี ไม่เป็นสอนให้ ติดต่อประธานสหกรณ์ได้ที่สำนักงานสหกรณ์ในวันเวลาราชการ"
    ),
    (
        "โครงการส่งแรงงานไทยไปทำงานภาคเกษตรในอิสราเอล แบบรัฐต่อรัฐ (TIC)\n"
        "รับสมัครผ่านสำนักงานจัดหางานจังหวัดเท่านั้น ค่าใช้จ่ายรวมตามประกาศกรมการจัดหางาน\n"
        "ไม่ผ่านนายหน้า ไม่ต้องจ่ายเงินเพื่อให้ได้ไป "
        "ติดตามประกาศรายชื่อผู้มีสิทธิ์สอบที่หน้าสำนักงาน"
    ),
    (
        "บริษัทประกันภัยรับสมัครพนักงานเทเลเซลล์ สาขาขอนแก่น ไม่ต้องมีประสบการณ์ เงินเดือน "
        "13,000 บาท + คอม ทำงานจันทร์–ศุกร์ บริษัทช่วยสอบใบอนุญาตตัวแทน "
        "สัมภาษณ์ที่สำนักงานสาขา ถนนมิตรภาพ"
    ),
    (
        "สตูดิโอเกม ไวท์เอเลเฟนต์ รับ QA Tester สัญญา 6 เดือน "
        "ทดสอบเกมมือถือและรายงานบั๊ก เงินเดือน 18,000 บาท ทำงานที่ออฟฟิศอารีย์ "
        "ไม่ต้องจบปริญญา แต่ต้องอ่านภาษาอังกฤษได้"
    ),
    (
        "ธนาคารรับสมัครพนักงานคีย์ข้อมูลสัญญาจ้าง 3 เดือน ประจำศูนย์ปฏิบัติการแจ้งวัฒนะ "
        "ค่าจ้างวันละ 600 บาท สมัครผ่านระบบรับสมัครงานของธนาคารเท่านั้น"
    ),
    (
        "รีสอร์ทริมหาดกะตะ ภูเก็ต รับพนักงานแม่บ้านและพนักงานเสิร์ฟ มีหอพักพนักงานฟรี อาหาร "
        "3 มื้อ เงินเดือน 12,000 บาท + เซอร์วิสชาร์จ ไม่ต้องมีประสบการณ์ "
        "สัมภาษณ์ที่ฝ่ายบุคคลของรีสอร์ททุกวันอังคาร"
    ),
    (
        "โรงงานผลิตเฟอร์นิเจอร์ทุนจีน นิคมอุตสาหกรรมเหมราช ชลบุรี รับล่ามจีน-ไทย เงินเดือน "
        "30,000–40,000 บาท มีหอพักสำหรับคนต่างจังหวัด ต้องมี HSK 5 สอบแปลที่โรงงาน"
    ),
    (
        "Open Day รับสมัครลูกเรือ สายการบิน Gulf Horizon Airways (สำนักงานใหญ่ดูไบ) "
        "ที่โรงแรมริเวอร์ไซด์ กรุงเทพฯ วันอาทิตย์นี้ 9 โมงเช้า "
        "นำเรซูเม่ภาษาอังกฤษและรูปเต็มตัว สายการบินมีที่พักให้ในดูไบ ไม่มีค่าใช้จ่ายใดๆ "
        "ระวังคนอ้างเป็นเอเจนซี่เรียกเงิน"
    ),
    (
        "บริษัทจัดหางานที่ได้รับอนุญาตจากกรมการจัดหางาน รับสมัครคนงานโรงงานอิเล็กทรอนิกส์ "
        "ไต้หวัน สัญญา 3 ปี ค่าจ้างตามกฎหมายไต้หวัน มีหอพักในโรงงาน "
        "ค่าบริการไม่เกินอัตราที่กฎหมายกำหนด "
        "ตรวจสอบรายชื่อบริษัทได้ที่สำนักงานจัดหางานจังหวัด สมัครที่สำนักงานบริษัท อุดรธานี"
    ),
    (
        "บริษัทน้ำตาลทุนไทยในจังหวัดสะหวันนะเขต สปป.ลาว รับวิศวกรเครื่องกลคนไทย "
        "เงินเดือน 55,000 บาท บ้านพัก ประกัน กลับบ้านได้ทุก 2 เดือน "
        "บริษัททำใบอนุญาตทำงานตามกฎหมายลาว สัมภาษณ์ที่สำนักงานใหญ่ ขอนแก่น"
    ),
)


# Tagalog / Taglish: whole scam-compound recruitment ads.
TL_SCAM: tuple[str, ...] = (
    (
        "🔥 URGENT HIRING ABROAD 🔥\n"
        "Position: Chat Support / CSR (non-voice)\n"
        "💰 Sahod: ₱60,000 – ₱90,000 monthly + incentives\n"
        "✈️ LIBRE ang plane ticket, visa at accommodation\n"
        "📌 No experience needed, may training\n"
        "📌 18-35 y/o, marunong mag-type in English\n"
        "Walang placement fee!\n"
        "Alis agad this week. PM lang po or Telegram @hr_abroadPH"
    ),
    (
        "Ang aming kumpanya ay isang international e-commerce firm na may "
        "opisina sa ibang bansa. Kami ay nangangailangan ng mga Customer "
        "Service Representative na Pilipino. Ang panimulang sahod ay USD "
        "1,200 kada buwan at tataas pagkatapos ng tatlong buwan. Sagot ng "
        "kumpanya ang tirahan at pamasahe sa eroplano. Marami na sa aming "
        "staff ay mga kababayan natin na mahigit isang taon nang "
        "nagtatrabaho dito. Ipadala lamang ang inyong buong pangalan, edad "
        "at litrato ng passport sa WhatsApp +63 917 284 5509."
    ),
    (
        "Sino gusto mag-work sa Cambodia? Yung pinsan ko nandun, 70k a "
        "month sahod nya, chat support lang sa office na naka-aircon. Sagot "
        "ng company lahat pati ticket. PM nyo lang ako ha, wag mahiya 😁"
    ),
    ("Typist abroad, 65k/month, libreng ticket, no exp needed. Viber 0918 552 7140"),
    (
        "Hi Jessa! Ako si Ate Claire, recruiter. Nakita ko yung comment mo "
        "sa job hunting group. May opening kami for online admin, sa office "
        "lang, ₱75,000 ang sahod. Libre ang staff house at sagot ng company "
        "ang plane ticket, passport mo lang ang dadalhin mo. Kung okay "
        "sa'yo, video call interview tayo bukas. Pero wag mo munang "
        "ipagsabi ha, konti lang talaga ang slots 😊"
    ),
    (
        "HIRING NOW 📢 Sihanoukville, Cambodia\n"
        "Position: Telesales / Online Marketing\n"
        "Salary USD1,500–3,000\n"
        "Free housing, free food, free ticket\n"
        "No experience ok, may 1 week training\n"
        "Basta mabilis mag-type sa English\n"
        "Telegram: @shv_ph_hiring"
    ),
    (
        "Hiring GAME TESTER 🎮 maglaro ka lang at mag-review. ₱50k–₱80k ang "
        "sahod. Work abroad, sagot ng company lahat ng gastos. 18 pataas, "
        "kahit walang diploma. Mag-message lang para sa application form."
    ),
    (
        "HIRING: English/Chinese Chat Support sa Clark, Pampanga. "
        "₱45k–₱60k, libreng dorm sa loob ng compound at shuttle. No "
        "experience OK. Hindi na kailangang lumabas, nandun na lahat ng "
        "kailangan mo. DM sa Telegram @clark_csr para sa schedule."
    ),
    (
        "Anim na buwan na ako dito abroad, nung una kinakabahan ako pero "
        "mabait naman ang company, on time ang sahod, libre pa ang tirahan "
        "at pagkain. Trabaho ko lang mag-chat sa mga client, sobrang dali. "
        "Naghahanap pa sila ng dagdag na tao ngayon, sino gusto pm nyo lang "
        "ako, may referral bonus pa ako pag may sumama kayo 🥰"
    ),
    (
        "JOB OPENING – DUBAI, UAE\n"
        "Position: Customer Support Agent (night shift)\n"
        "Sahod: AED 4,500 kada buwan (mga ₱70,000)\n"
        "Benefits: working visa, plane ticket, dormitory, libreng "
        "hatid-sundo\n"
        "Qualifications: HS graduate, basic English\n"
        "Online interview lang. Limited slots.\n"
        "Contact: Telegram @dxb_ph_hiring"
    ),
    (
        "Work in Laos, sa Golden Triangle Special Economic Zone. Hiring "
        "data encoder at CSR, ₱60k pataas ang sahod. Malaking kumpanya, "
        "modern office, may gym at canteen. Sagot ang ticket. Interested? "
        "PM lang."
    ),
    (
        'Naka-aircon, 6 digits ang sahod, libre tirahan 😌✈️ comment "G" '
        "and I'll DM you #abroadjobs #nodegreeneeded"
    ),
    (
        "DIRECT HIRING – walang placement fee, walang deposit. Tourist visa "
        "lang muna ang gagamitin, doon na iko-convert sa working visa. May "
        "escort kami sa airport para smooth ang immigration. Trabaho: "
        "office staff / encoder. Sahod USD 1,000–1,500, libre accommodation "
        "at pagkain. Kailangan lang: passport at 2 valid IDs. Alis within 5 "
        "days. Message lang sa Messenger."
    ),
    (
        "Hiring female Dealer sa Phnom Penh, trainable kahit walang "
        "experience. USD 800 + tips, libre ang tirahan at pagkain. 19–28 "
        "y/o, presentable. Alis next week. Viber 0917 441 5902"
    ),
    (
        "🎤 HIRING LIVE HOST para sa international brand\n"
        "• Basic ₱40,000 + % sa sales\n"
        "• Libreng bahay, pagkain at plane ticket\n"
        "• Kahit first time, may mentor\n"
        "Babae, 18–27 y/o, work abroad\n"
        "Telegram @livehost_ph"
    ),
    (
        "Need ng mga tao para sa office work sa kalapit na bansa, malapit "
        "lang sa border, ilang oras lang na byahe pagbaba ng eroplano. 70k "
        "ang sahod, libre ang tirahan, 12 hours ang duty pero naka-aircon "
        "naman. Chinese ang boss, maraming Pinoy dito. Sino gusto ng "
        "mabilisan, PM na."
    ),
    (
        "Customer Service sa Thailand, THB 45,000 monthly. Fly "
        "Manila–Bangkok, may susundo sa airport papunta sa office malapit "
        "sa Mae Sot. Company ang bahala sa visa. Kapag masipag ka, pwedeng "
        "₱100k a month. Telegram @thai_csr_ph"
    ),
    (
        "Hiring IT Support / Computer Technician (abroad)\n"
        "Sahod ₱80,000 – ₱130,000\n"
        "Sagot ng company ang pamasahe, visa at tirahan\n"
        "Basic computer knowledge lang, hindi kailangan ng college degree\n"
        "1 year contract\n"
        "Contact: t.me/itsupport_ph"
    ),
    (
        "LAST DAY NA TODAY!!! Isasara na namin ang listahan ng aalis "
        "abroad. Office work, chat support, ₱70k pataas. SAGOT LAHAT NG "
        "COMPANY. Bukas sarado na. Text/Viber ngayon 0935 908 1124 ‼️"
    ),
    (
        "Hiring staff sa industrial zone sa Myawaddy, Myanmar. Online "
        "marketing, USD 2,000 ang sahod. Libre ang pagkain at tirahan sa "
        "loob ng zone, may 24/7 security. Sagot ng company ang ticket "
        "papuntang Bangkok. Telegram @mwd_ph_hr"
    ),
    (
        "Need Chinese–English translator, full-time sa office ng kumpanya "
        "abroad. ₱90k + allowance. Sagot ang ticket, visa at dorm. Contact "
        "Ms. Tin sa WhatsApp +63 926 315 8460."
    ),
    (
        "Yung friend ko kakauwi lang galing Bangkok, CSR daw sya dun pero "
        "80k ang sahod, ang saya daw. Hiring pa daw company nila, sino "
        "gusto ng number nya pm nyo ko."
    ),
    (
        "Admin pa-post po 🙏 Hiring kami ng 15 online CSR, no experience "
        "needed, ₱55k–₱90k. Abroad ang work pero malapit lang, mga 3 hours "
        "na flight. Sagot ng company ang ticket. Sa mga seryoso lang po, "
        'comment "interested" at ime-message ko kayo.'
    ),
    (
        "Crypto sales sa Bavet. Basic USD 1,000 + commission hanggang USD "
        "5,000. 2 weeks training. Libreng flight at dorm. Pwedeng mag-start "
        "agad. TG @bavet_sales_ph"
    ),
    "Need 10 typist abroad, 70k, libre lahat. PM.",
    (
        "Hiring night shift CSR sa Koh Kong, border ng Thailand at "
        "Cambodia. ₱65,000 ang sahod. Company ang bahala sa passport, visa "
        "at ticket. WhatsApp Ms. Joy +63 916 720 3855."
    ),
    (
        "Hello po! Ako si Mark, HR ng isang international e-commerce "
        "company.\n"
        "Ngayong buwan hiring kami ng:\n"
        "1) Customer Service (English/Tagalog) – 15 slots\n"
        "2) Page Admin – 5 slots\n"
        "3) Telesales – 10 slots\n"
        "Starting salary ₱60,000, may bayad ang OT.\n"
        "12 hours ang shift, 4 days off kada buwan.\n"
        "Dormitory (4 sa isang kwarto), libre ang pagkain.\n"
        "One-way plane ticket, sagot ng company.\n"
        "Requirements: 18–40 y/o, malusog, passport na valid ng at least 6 "
        "months.\n"
        "Interview via Messenger video call.\n"
        "Alis within 7 days pag pumasa.\n"
        "Message lang po sa Telegram @mark_hr_ph o WhatsApp +63 932 660 "
        "9181."
    ),
    (
        "Hiring sa Pasay: chat support para sa gaming company, ₱50k, "
        "stay-in sa building, libre ang pagkain. Bawal lumabas sa unang "
        "buwan para sa training pero malaki ang bonus. DM for details."
    ),
    (
        "Hi po, pasensya na sa istorbo. Nakuha ko po ang number nyo sa "
        "isang common friend. May opening po kami for customer service, "
        "nasa ibang bansa ang company, mga ₱65k ang sahod at may tirahan. "
        "Kung interesado po kayo, pwede ko po bang i-explain ang details?"
    ),
    (
        "Hiring sa Tachileik (Myanmar, tapat ng Mae Sai). Typist "
        "English/Tagalog. THB 40,000 ang sahod. 6 days a week. Libre ang "
        "tirahan, pagkain at ticket. LINE ID: tachi_ph88"
    ),
    (
        "Chinese company hiring ng mga Pinoy para sa online marketing. Upo "
        "ka lang sa harap ng PC, magme-message sa mga customer. USD 1,000 "
        "kada buwan + bonus kapag naabot ang target. Work abroad, ticket, "
        "visa, pagkain at tirahan sagot lahat ng company. Pwede isama ang "
        "friends. WhatsApp +63 939 428 1504"
    ),
    "Work sa Shwe Kokko 🔺 CSR/admin, 80k++, libre flight. PM",
    (
        "Stop scrolling! 🛑 Gusto mo ng ₱80k kahit walang degree? Online "
        "work sa office, libreng ticket at dorm. 3 slots na lang. DM na."
    ),
    (
        "Hiring CSR at marketing sa Poipet. USD 1,200–2,000. May susundo sa "
        "border, libre pagkain at tirahan. Kahit wala pang passport, ang "
        "company na ang gagawa sa loob ng 3 araw. WhatsApp +63 977 223 8470 "
        "(Sir Tony)."
    ),
    (
        "Hiring female chat support para sa dating app. Office-based "
        "abroad, ₱60k + commission. May tirahan. Walang experience needed, "
        "basta magaling makipag-chat sa English. Message lang for more "
        "info."
    ),
    (
        "Bamban, Tarlac – need ng mga English chat agent, stay-in, ₱40k, "
        "libre lahat. Walang day off sa unang buwan pero malaki ang "
        "incentives. Text 0946 118 2035."
    ),
)

TL_PARTS = Parts(
    openings=(
        "URGENT HIRING!!!",
        "Work abroad, malaki ang sahod 🌏",
        "Pagkakataon mo na para makaahon sa buhay.",
        "Hiring sa Cambodia 🇰🇭",
        "Hiring sa Sihanoukville.",
        "May work sa Myanmar, malapit sa border ng Thailand.",
    ),
    bodies=(
        "Chat support / CSR, magre-reply lang sa mga customer.",
        "Need ng typist at admin, sa naka-aircon na office.",
        "Hiring telesales, basta marunong mag-English.",
        "Online marketing, may training, walang experience needed.",
    ),
    pays=(
        "Sahod ₱70,000 kada buwan.",
        "USD 1,500 + commission.",
        "Malaking sahod, on time every month.",
    ),
    perks=(
        "Sagot ng company ang plane ticket.",
        "Libre ang tirahan at pagkain.",
        "Passport at visa, kami ang bahala.",
    ),
    closings=(
        "PM sa Telegram @work_abroad_now",
        "Viber 0918 338 2045 ngayon na!",
        "Limited slots, alis this week.",
        "Message lang po for details.",
    ),
)

# Tagalog / Taglish: hard legitimate job ads.
TL_LEGIT: tuple[str, ...] = (
    (
        "WE'RE HIRING! Customer Service Representatives (Voice) – Eastwood "
        "City, Quezon City\n"
        "No experience? No problem! Basta marunong mag-English at HS "
        "graduate o K-12 graduate.\n"
        "₱22,000 – ₱28,000 + night differential, HMO sa day 1, 13th month "
        "pay.\n"
        "Walk-in Lunes hanggang Biyernes, 9AM–3PM, 12/F Citiview Tower. "
        "Dalhin ang resume at 2 valid IDs."
    ),
    (
        "Lingkod Pinoy Manpower Services, Inc. (DMW License No. "
        "DMW-088-LB-03172024-R)\n"
        "Hiring Care Workers para sa Japan (Specified Skilled Worker). "
        "Kailangan ng JLPT N4 at Care Skills Test.\n"
        "Ang placement fee ay ayon lamang sa patakaran ng DMW at ng bansang "
        "tatanggap; may official receipt ang lahat ng bayad.\n"
        "Personal interview sa aming opisina: 3/F Marbella Bldg., Roxas "
        "Blvd., Ermita, Manila. I-verify ang aming lisensya sa DMW website."
    ),
    (
        "ABISO: Ang pagpaparehistro para sa Korea EPS-TOPIK ay sa "
        "pamamagitan lamang ng Department of Migrant Workers (G2G). Walang "
        "private agency o indibidwal na awtorisadong mag-recruit para sa "
        "EPS. Ang bayad ay ang exam fee lamang na nakasaad sa opisyal na "
        'anunsyo. Mag-ingat sa mga nag-aalok ng "slot" kapalit ng pera.'
    ),
    (
        "Triple Win Project (Philippines–Germany, Government-to-Government)\n"
        "Hiring registered nurses para sa mga ospital sa Germany. Libre ang "
        "German language course hanggang B1 at walang placement fee.\n"
        "Mag-apply lamang sa official portal ng DMW. Ang interview ay "
        "gagawin ng German Federal Employment Agency kasama ang DMW."
    ),
    (
        "PRODUCTION OPERATORS – Calamba Premiere Industrial Park, Laguna\n"
        "No experience needed, may training. ₱645/day + OT + allowances.\n"
        "May libreng shuttle at staff house para sa mga taga-probinsya.\n"
        "Walk-in sa HR Office, Gate 2, tuwing Martes at Huwebes. Dalhin ang "
        "PSA birth certificate, NBI clearance at 2x2 picture."
    ),
    (
        "Hiring milk tea crew sa Tea-rrific Marikina (Gil Fernando Ave.). "
        "₱560/day, walang experience ok, tuturuan ka namin. Part-time o "
        "full-time. Message sa Viber 0917 660 3184 o mag-drop ng resume sa "
        "branch."
    ),
    (
        "Mandarin-Speaking Customer Support – BGC, Taguig\n"
        "₱60,000 – ₱80,000 + allowances, HMO at 13th month.\n"
        "Onsite dito sa Pilipinas lang, walang deployment abroad. May "
        "Mandarin proficiency test at final interview sa aming office sa "
        "26th Street.\n"
        "Apply sa aming careers page o sa LinkedIn."
    ),
    (
        "Hiring English Teachers para sa isang international school sa "
        "Phnom Penh, Cambodia. LET passer, 2 years experience. USD 1,200 + "
        "housing allowance; ang school ang mag-aasikaso ng work permit.\n"
        "Kailangang dumaan sa DMW direct-hire processing at may OEC bago "
        "umalis. I-message ang HR sa WhatsApp +855 12 884 310 para sa "
        "schedule ng online interview; walang babayaran sa school."
    ),
    (
        "Bayanihan Global Staffing Corp. (DMW License No. "
        "DMW-142-LB-11052023-R)\n"
        "Hiring Room Attendants para sa 5-star hotel sa Dubai. AED 1,800 + "
        "service charge.\n"
        "Libre ang accommodation, transportation at pagkain ayon sa "
        "employment contract. Employer-paid ang placement fee.\n"
        "Personal interview sa aming office sa Malate, Manila. Walang "
        "online-only na hiring."
    ),
    (
        "Seasonal Worker Program – South Korea (farm work, 5 buwan)\n"
        "Sa ilalim ng kasunduan ng aming munisipyo at ng isang county sa "
        "Korea. Mag-register sa PESO office ng munisipyo; walang agency.\n"
        "Ang tirahan ay ibibigay ng employer ayon sa kontrata. May "
        "pre-departure orientation mula sa DMW."
    ),
    (
        "Hiring baker helper sa Panaderia de Mandaue, Cebu. Stay-in, may "
        "libreng kain at tulugan. ₱450/day, walang experience ok basta "
        "masipag. Message sa Viber 0933 207 1645 o pumunta sa bakery sa "
        "A.C. Cortes Ave."
    ),
    (
        "Stella Maris Crewing Services (DMW-licensed manning agency) is "
        "hiring Chief Cooks at Messmen para sa bulk carriers. May sea "
        "service at kumpletong seaman's documents.\n"
        "Personal na mag-apply sa aming office sa Kalaw St., Ermita. Ang "
        "WhatsApp +63 917 552 0938 ay para lamang sa pag-schedule ng "
        "interview. Walang bayad ang pag-apply."
    ),
    (
        "Non-voice Chat Support (Work from Home) – US-based online store\n"
        "₱25,000/month, walang experience needed, 3 weeks paid online "
        "training.\n"
        "Kailangan ng sariling laptop at stable internet. Apply sa "
        "JobStreet; may typing test at video interview."
    ),
    (
        "Hiring Telemarketers – insurance company, Davao City. ₱16,000 "
        "basic + commission. Fresh grads welcome. Lunes hanggang Biyernes. "
        "Walk-in interview sa 5/F Abreeza Corporate Center, bitbit ang "
        "resume."
    ),
    (
        "Game QA Tester (6 months contract) – mobile game studio sa Makati. "
        "₱22,000/month. Onsite, Lunes hanggang Biyernes. Hindi kailangan ng "
        "degree pero kailangang detalyado sa pag-report ng bugs. Apply sa "
        "aming careers page."
    ),
    (
        "Bangko sa Ortigas: hiring Data Encoder (contractual, 5 months). "
        "₱18,000/month. Mag-apply sa aming official careers site lamang; "
        "ang interview ay sa aming office at walang bayad."
    ),
    (
        "Hiring Housekeeping at F&B staff para sa resort sa Station 2, "
        "Boracay. May libreng staff housing at 3 meals a day, ₱14,000 + "
        "service charge. No experience ok, may training. Email ang resume "
        "sa HR ng resort o mag-walk-in tuwing Miyerkules."
    ),
    (
        "Hiring Domestic Helpers para sa Hong Kong – Mabuhay Helpers Agency "
        "(DMW License No. DMW-201-LB-07182022-R). WALANG placement fee para "
        "sa household service workers ayon sa batas. Libre ang tirahan at "
        "pagkain sa employer. Magpa-schedule ng interview sa aming WhatsApp "
        "+63 920 118 4471 at personal na pumunta sa aming office sa Pasig."
    ),
    (
        "Filipino-Chinese trading company sa Binondo hiring "
        "Mandarin-speaking Office Admin. ₱30,000 + allowance. Onsite sa "
        "Manila, Lunes hanggang Sabado. Magpadala ng resume sa aming email "
        "o mag-message sa WeChat/Viber: binondo_trade_hr / 0917 883 2041 "
        "para sa interview sa aming office."
    ),
    (
        "Hiring Filipino Sous Chef para sa hotel sa Siem Reap, Cambodia. 5 "
        "years experience. USD 1,500, may staff housing at health "
        "insurance. Hotel ang magpapa-work permit. Dadaan sa DMW "
        "direct-hire processing; ang final interview ay sa aming partner "
        "office sa Makati."
    ),
)


# Khmer (with Khmer-English): whole scam-compound recruitment ads.
KM_SCAM: tuple[str, ...] = (
    (
        "🔥 ជ្រើសរើសបុគ្គលិកបន្ទាន់ ធ្វើការនៅក្រៅប្រទេស 🔥\n"
        "មុខតំណែង៖ Customer Service (ឆាតជាមួយភ្ញៀវ)\n"
        "💰 ប្រាក់ខែ 800$ – 1,500$ + ប្រាក់រង្វាន់\n"
        "✈️ ហ្វ្រីសំបុត្រយន្តហោះ កន្លែងស្នាក់នៅ និងអាហារ ៣ពេល\n"
        "📌 មិនត្រូវការបទពិសោធន៍ មានបង្ហាត់បង្រៀន\n"
        "📌 អាយុ ១៨-៣៥ឆ្នាំ ចេះវាយអក្សរខ្មែរ\n"
        "គ្មានលិខិតឆ្លងដែន ក្រុមហ៊ុនជួយធ្វើឱ្យ\n"
        "ចេញដំណើរក្នុងសប្តាហ៍នេះ ទំនាក់ទំនង Telegram @kh_job_abroad"
    ),
    (
        "ក្រុមហ៊ុនយើងខ្ញុំជាក្រុមហ៊ុនពាណិជ្ជកម្មអេឡិចត្រូនិកដែលមានការិយាល័យនៅបរទេស "
        "កំពុងត្រូវការបុគ្គលិកផ្នែកសេវាអតិថិជនជាជនជាតិខ្មែរមួយចំនួន។ ប្រាក់ខែចាប់ផ្តើម 900 "
        "ដុល្លារ ហើយនឹងដំឡើងបន្ទាប់ពីបីខែ។ ក្រុមហ៊ុនចេញថ្លៃកន្លែងស្នាក់នៅ "
        "និងថ្លៃធ្វើដំណើរទាំងអស់។ បច្ចុប្បន្នមានបុគ្គលិកខ្មែរជាច្រើននាក់កំពុងធ្វើការជាមួយយើងលើស"
        "ពីមួយឆ្នាំ។ សូមផ្ញើឈ្មោះ អាយុ និងរូបថតលិខិតឆ្លងដែនមកកាន់ Telegram 012 884 375។"
    ),
    (
        "អ្នកណាចង់ទៅធ្វើការនៅថៃខ្លះ? ប្អូនស្រីខ្ញុំធ្វើនៅហ្នឹង ខែមួយបានជាង 1000$ "
        "ការងារគ្រាន់តែអង្គុយឆាតក្នុងការិយាល័យម៉ាស៊ីនត្រជាក់ ក្រុមហ៊ុនចេញថ្លៃឡានឱ្យទាំងអស់ "
        "ចាប់អារម្មណ៍ inbox មក កុំខ្មាស់អី 😁"
    ),
    (
        "ការងារវាយអក្សរនៅក្រៅប្រទេស ប្រាក់ខែ 1200$ ហ្វ្រីសំបុត្រ មិនត្រូវការបទពិសោធន៍ "
        "Telegram 096 552 7140"
    ),
    (
        "សួស្តីប្អូនស្រី បងឈ្មោះ ស្រីនាង នៅផ្នែកជ្រើសរើសបុគ្គលិក។ បងឃើញប្អូន comment "
        "រកការងារក្នុង group។ ឥឡូវបងមានការងារ admin online ធ្វើក្នុងការិយាល័យ "
        "ប្រាក់ខែ 1000$ មានកន្លែងស្នាក់នៅឥតគិតថ្លៃ ថ្លៃយន្តហោះក្រុមហ៊ុនចេញឱ្យ "
        "ប្អូនត្រៀមតែលិខិតឆ្លងដែនបានហើយ។ បើប្អូនយល់ព្រម ស្អែកបង video call សម្ភាសន៍ណា "
        "ប៉ុន្តែកុំទាន់ប្រាប់អ្នកផ្សេងច្រើនពេក ព្រោះកន្លែងមានកំណត់ 😊"
    ),
    (
        "HIRING NOW 📢 ក្រុងព្រះសីហនុ\n"
        "Position: Telesales / Online Marketing\n"
        "Salary 600$ – 1,200$\n"
        "Free កន្លែងស្នាក់នៅ free បាយ\n"
        "No experience OK មាន training ១សប្តាហ៍\n"
        "ត្រូវការតែចេះវាយអក្សរខ្មែរលឿន\n"
        "Telegram: @shv_kh_hr"
    ),
    (
        "ជ្រើសរើស Game Tester 🎮 គ្រាន់តែលេងហ្គេម ហើយផ្តល់មតិ ប្រាក់ខែ 700$–1,100$ "
        "ធ្វើការនៅក្រៅប្រទេស ក្រុមហ៊ុនចេញថ្លៃទាំងអស់ អាយុ ១៨ឆ្នាំឡើង មិនត្រូវការសញ្ញាបត្រ "
        "ឆាតមកដើម្បីយកពាក្យស្នើសុំ"
    ),
    (
        "ត្រូវការបុគ្គលិកស្រី ១០នាក់ ផ្នែកថែទាំអតិថិជនអនឡាញ នៅបាវិត ប្រាក់ខែ 700$ "
        "មានប្រាក់រង្វាន់តាមការលក់ ស្នាក់នៅហ្វ្រី មានឡានមកយកដល់ភ្នំពេញ ទំនាក់ទំនង 088 318 "
        "6604"
    ),
    (
        "ខ្ញុំធ្វើការនៅក្រៅប្រទេសបានកន្លះឆ្នាំហើយ ដំបូងក៏ខ្លាចដែរ ប៉ុន្តែក្រុមហ៊ុនមើលថែល្អ "
        "ប្រាក់ខែចេញទៀងទាត់ ស្នាក់នៅ ហូបចុក ហ្វ្រីទាំងអស់។ ការងារខ្ញុំគ្រាន់តែឆាតជាមួយភ្ញៀវ "
        "ស្រួលណាស់។ ឥឡូវក្រុមហ៊ុនកំពុងរកមនុស្សបន្ថែម អ្នកណាចង់ទៅ ឆាតមកខ្ញុំ "
        "នាំមិត្តភក្តិមកក៏មានលុយរង្វាន់ដែរ 🥰"
    ),
    (
        "សេចក្តីជូនដំណឹងជ្រើសរើសបុគ្គលិក – ឌូបៃ (UAE)\n"
        "មុខតំណែង៖ បុគ្គលិកជំនួយអតិថិជន វេនយប់\n"
        "ប្រាក់ខែ៖ 4,000 AED (ប្រហែល 1,100$)\n"
        "អត្ថប្រយោជន៍៖ ទិដ្ឋាការការងារ សំបុត្រយន្តហោះ អន្តេវាសិកដ្ឋាន ឡានដឹកជញ្ជូន\n"
        "លក្ខខណ្ឌ៖ បញ្ចប់ថ្នាក់ទី១២ ចេះភាសាអង់គ្លេសមូលដ្ឋាន\n"
        "សម្ភាសន៍តាមអនឡាញ ចំនួនមានកំណត់\n"
        "ទំនាក់ទំនង Telegram @dxb_kh_job"
    ),
    (
        "ការងារនៅតំបន់សេដ្ឋកិច្ចពិសេសត្រីកោណមាស ប្រទេសឡាវ ត្រូវការបុគ្គលិកបញ្ចូលទិន្នន័យ និង "
        "admin ប្រាក់ខែ 900$ ឡើង ក្រុមហ៊ុនធំ ការិយាល័យទំនើប មានកន្លែងហាត់ប្រាណ "
        "និងអាហារដ្ឋាន ចាប់អារម្មណ៍ inbox"
    ),
    (
        "អង្គុយម៉ាស៊ីនត្រជាក់ ប្រាក់ខែជិត 2000$ ស្នាក់នៅហ្វ្រី 😌✈️ អ្នកណាចង់ទៅ comment "
        '"ទៅ" ខ្ញុំ inbox #ការងារ #ប្រាក់ខែខ្ពស់'
    ),
    (
        "ជ្រើសរើសពលករទៅធ្វើការក្រៅប្រទេស មិនយកលុយ មិនបាច់កក់ មិនបាច់ចេះភាសា "
        "ការងារការិយាល័យ បញ្ចូលទិន្នន័យ ប្រាក់ខែ 800$–1200$ ស្នាក់នៅ អាហារ សំបុត្រ "
        "ហ្វ្រីទាំងអស់ ឯកសារមានតែអត្តសញ្ញាណប័ណ្ណ និងរូបថត ៤x៦ ចេញដំណើរក្នុងរយៈពេល ៥ថ្ងៃ "
        "ទំនាក់ទំនង Telegram @kh_work_now"
    ),
    (
        "ត្រូវការ Dealer ស្រី នៅភ្នំពេញ (កាស៊ីណូអនឡាញ) គ្មានបទពិសោធន៍ក៏បាន មានបង្រៀន "
        "ប្រាក់ខែ 600$ + tips ស្នាក់នៅ និងហូបក្នុងបរិវេណក្រុមហ៊ុន អាយុ ១៩-២៨ឆ្នាំ រូបរាងស្អាត "
        "ចូលធ្វើការសប្តាហ៍ក្រោយ Telegram @pp_dealer_hr"
    ),
    (
        "🎤 ជ្រើសរើសអ្នក Live លក់ទំនិញឱ្យម៉ាកបរទេស\n"
        "• ប្រាក់ខែគោល 700$ + % ពីការលក់\n"
        "• ហ្វ្រីកន្លែងស្នាក់នៅ អាហារ សំបុត្រយន្តហោះ\n"
        "• មិនធ្លាប់ Live ក៏បាន មានអ្នកណែនាំ\n"
        "ស្រី អាយុ ១៨-២៧ឆ្នាំ ធ្វើការនៅក្រៅប្រទេស\n"
        "Telegram @live_host_kh"
    ),
    (
        "ក្រុមការងារយើងរកមនុស្សទៅធ្វើការការិយាល័យនៅប្រទេសជិតខាង ជាប់ព្រំដែនតែម្តង "
        "ជិះឡានប៉ុន្មានម៉ោងគឺដល់ ប្រាក់ខែ 1100$ ស្នាក់នៅហ្វ្រី ធ្វើការ ១២ម៉ោង "
        "តែនៅក្នុងបន្ទប់ម៉ាស៊ីនត្រជាក់ ថៅកែជាជនជាតិចិន មានខ្មែរធ្វើការច្រើន "
        "អ្នកណាចង់ទៅបន្ទាន់ inbox មក"
    ),
    (
        "ត្រូវការបុគ្គលិកសេវាអតិថិជន ធ្វើការនៅប្រទេសថៃ ប្រាក់ខែ 40,000 បាត "
        "ឆ្លងព្រំដែនប៉ោយប៉ែត មានអ្នកចាំទទួល រួចជូនទៅការិយាល័យជិត Mae Sot "
        "ក្រុមហ៊ុនរៀបចំទិដ្ឋាការ ខំធ្វើការ ខែខ្លះបាន 2000$ Telegram @th_cs_kh"
    ),
    (
        "ជ្រើសរើស IT Support / អ្នកជួសជុលកុំព្យូទ័រ ធ្វើការនៅក្រៅប្រទេស\n"
        "ប្រាក់ខែ 1,500$ – 2,500$\n"
        "ថ្លៃធ្វើដំណើរ ទិដ្ឋាការ កន្លែងស្នាក់នៅ ក្រុមហ៊ុនចេញ\n"
        "ចេះកុំព្យូទ័រមូលដ្ឋានគឺគ្រប់គ្រាន់ មិនត្រូវការបរិញ្ញាបត្រ\n"
        "កិច្ចសន្យា ១ឆ្នាំ\n"
        "ទំនាក់ទំនង t.me/itsupport_kh"
    ),
    (
        "ថ្ងៃនេះថ្ងៃចុងក្រោយ!!! បិទបញ្ជីឈ្មោះអ្នកទៅធ្វើការក្រៅប្រទេស ការងារការិយាល័យ "
        "ឆាតអនឡាញ ប្រាក់ខែ 1000$ ឡើង ក្រុមហ៊ុនចេញឱ្យទាំងអស់ ស្អែកបិទហើយ ទូរស័ព្ទ/Telegram "
        "086 902 331 ‼️"
    ),
    (
        "ត្រូវការបុគ្គលិកធ្វើការក្នុងតំបន់ឧស្សាហកម្មនៅ Myawaddy ប្រទេសមីយ៉ាន់ម៉ា "
        "ផ្នែកទីផ្សារអនឡាញ ប្រាក់ខែ 2,000$ ហូបចុក ស្នាក់នៅក្នុងតំបន់ មានសន្តិសុខ ២៤ម៉ោង "
        "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រទៅបាងកក Telegram @mwd_kh_hr"
    ),
    (
        "ត្រូវការអ្នកបកប្រែភាសាចិន-ខ្មែរ ធ្វើការពេញម៉ោងនៅការិយាល័យក្រុមហ៊ុនបរទេស ប្រាក់ខែ "
        "1,500$ + ប្រាក់ឧបត្ថម្ភ ហ្វ្រីសំបុត្រ ទិដ្ឋាការ អន្តេវាសិកដ្ឋាន ទំនាក់ទំនងលោកស្រី លីនណា "
        "Telegram 017 315 846"
    ),
    (
        "ត្រូវការបុគ្គលិក CS ភាសាខ្មែរ ធ្វើការនៅម៉ានីល ប្រទេសហ្វីលីពីន ប្រាក់ខែ 1,000$ "
        "ស្នាក់នៅខុនដូរួមគ្នាហ្វ្រី មានបាយ ក្រុមហ៊ុនធ្វើទិដ្ឋាការការងារឱ្យ សម្ភាសន៍តាម Zoom"
    ),
    (
        "សុំការអនុញ្ញាត admin ផុសការងារបន្តិចណា 🙏 យើងត្រូវការបុគ្គលិកឆាតអនឡាញ ១៥នាក់ "
        "មិនត្រូវការបទពិសោធន៍ ប្រាក់ខែ 800$–1,300$ កន្លែងធ្វើការនៅក្រៅប្រទេស "
        "តែមិនឆ្ងាយទេ ជិះយន្តហោះម៉ោងជាង ក្រុមហ៊ុនចេញថ្លៃសំបុត្រ អ្នកណាចង់ធ្វើពិតប្រាកដ "
        'comment "ចាប់អារម្មណ៍" ខ្ញុំនឹង inbox ទៅ'
    ),
    (
        "Sales Crypto នៅកោះកុង ប្រាក់ខែគោល 1,000$ + កម្រៃជើងសាររហូតដល់ 5,000$ "
        "training ២សប្តាហ៍ ហ្វ្រីកន្លែងស្នាក់នៅ ចូលធ្វើការបានភ្លាម TG @kohkong_sales"
    ),
    "រកអ្នកវាយអក្សរ ១០នាក់ ទៅក្រៅប្រទេស ប្រាក់ខែ 1000$ ហ្វ្រីទាំងអស់ inbox មក",
    (
        "ការងារនៅ Shwe Kokko (មីយ៉ាន់ម៉ា) ផ្នែក admin ប្រាក់ខែ 1,300$ "
        "ហូបចុកស្នាក់នៅហ្វ្រី ក្រុមហ៊ុនរៀបចំការធ្វើដំណើរពីភ្នំពេញ ទៅបាងកក ហើយបន្តទៅ Mae Sot "
        "ចាប់អារម្មណ៍ ឆាតមក"
    ),
    (
        "ជម្រាបសួរ ខ្ញុំឈ្មោះ វិសាល ជាបុគ្គលិក HR នៃក្រុមហ៊ុនពាណិជ្ជកម្មអេឡិចត្រូនិកអន្តរជាតិ\n"
        "ខែនេះយើងជ្រើសរើស៖\n"
        "១) សេវាអតិថិជនភាសាខ្មែរ ១៥នាក់\n"
        "២) Page Admin ៥នាក់\n"
        "៣) Telesales ១០នាក់\n"
        "ប្រាក់ខែចាប់ផ្តើម 900$ មានប្រាក់ថែមម៉ោង\n"
        "ធ្វើការ ១២ម៉ោង/ថ្ងៃ ឈប់សម្រាក ៤ថ្ងៃ/ខែ\n"
        "ស្នាក់នៅអន្តេវាសិកដ្ឋាន (៤នាក់/បន្ទប់) មានអាហារ\n"
        "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះទៅ\n"
        "លក្ខខណ្ឌ៖ អាយុ ១៨-៤០ឆ្នាំ សុខភាពល្អ មានលិខិតឆ្លងដែនសុពលភាពលើសពី ៦ខែ\n"
        "សម្ភាសន៍តាម video call\n"
        "ចេញដំណើរក្នុងរយៈពេល ៧ថ្ងៃ ក្រោយជាប់សម្ភាសន៍\n"
        "ទំនាក់ទំនង Telegram @visal_hr ឬ 093 660 918"
    ),
    (
        "មិត្តខ្ញុំធ្វើការនៅ KK Park មីយ៉ាន់ម៉ា ខែមួយបាន 1500$ គាត់ថាការងារស្រួល "
        "មានតែរឿងមិនសូវបានចេញក្រៅ ក្រុមហ៊ុនគាត់នៅរកមនុស្សទៀត អ្នកណាចង់បានលេខគាត់ inbox "
        "ខ្ញុំ"
    ),
    (
        "សួស្តីបង សុំទោសដែលរំខាន។ ខ្ញុំបានលេខបងពីមិត្តភក្តិម្នាក់។ "
        "ឥឡូវមានការងារផ្នែកសេវាអតិថិជនទំនេរ ក្រុមហ៊ុននៅក្រៅប្រទេស ប្រាក់ខែប្រហែល 1000$ "
        "មានកន្លែងស្នាក់នៅ។ បើបងចាប់អារម្មណ៍ ខ្ញុំអាចពន្យល់លម្អិតបន្ថែមបាន។"
    ),
    (
        "ការងារនៅតាឈីឡេក (មីយ៉ាន់ម៉ា ទល់មុខ Mae Sai) ផ្នែកវាយអក្សរភាសាខ្មែរ/អង់គ្លេស "
        "ប្រាក់ខែ 40,000 បាត ធ្វើការ ៦ថ្ងៃ/សប្តាហ៍ ហូបចុក ស្នាក់នៅ សំបុត្រ ហ្វ្រី ទំនាក់ទំនង "
        "Telegram @tachi_kh88"
    ),
    (
        "ក្រុមហ៊ុនចិនត្រូវការបុគ្គលិកខ្មែរធ្វើទីផ្សារអនឡាញ អង្គុយមុខកុំព្យូទ័រ ផ្ញើសារទៅភ្ញៀវ "
        "ប្រាក់ខែ 1,000$ + ប្រាក់រង្វាន់តាមគោលដៅ ធ្វើការនៅក្រៅប្រទេស សំបុត្រ ទិដ្ឋាការ "
        "ហូបចុកស្នាក់នៅ ក្រុមហ៊ុនចេញទាំងអស់ អាចនាំមិត្តភក្តិទៅជាមួយបាន Telegram 099 428 150"
    ),
    "CS Online នៅភ្នំពេញ ប្រាក់ខែ 1000$++ ស្នាក់នៅក្នុងក្រុមហ៊ុន មិនបាច់ចេញក្រៅ Inbox",
    (
        "ឈប់អូសសិន! 🛑 ចង់បានប្រាក់ខែ 1500$ ដោយមិនត្រូវការសញ្ញាបត្រ? "
        "ការងារអនឡាញក្នុងការិយាល័យ ហ្វ្រីសំបុត្រ ហ្វ្រីអន្តេវាសិកដ្ឋាន នៅសល់តែ ៣កន្លែងទៀត "
        "inbox ឥឡូវនេះ"
    ),
    (
        "ក្រុងព្រះសីហនុ ត្រូវការបុគ្គលិកច្រើនកន្លែង ផ្នែកឆាត ផ្នែកហ្គេមអនឡាញ ប្រាក់ខែ "
        "700$-1,500$ អ្នកខេត្តឆ្ងាយមានឡានទៅយកដល់ផ្ទះ ហូបចុកស្នាក់នៅក្នុងបរិវេណ "
        "ក្រុមហ៊ុនទុកលិខិតឆ្លងដែន និងអត្តសញ្ញាណប័ណ្ណឱ្យ ដើម្បីសុវត្ថិភាព Telegram 010 223 847"
    ),
    (
        "ត្រូវការបុគ្គលិកស្រីឆាតជាមួយភ្ញៀវក្នុងកម្មវិធីណាត់ជួប (chat support) "
        "ធ្វើការក្នុងការិយាល័យនៅក្រៅប្រទេស ប្រាក់ខែ 1,000$ + កម្រៃជើងសារ "
        "មានកន្លែងស្នាក់នៅ មិនត្រូវការបទពិសោធន៍ គ្រាន់តែចេះឆាតខ្មែរ និងអង់គ្លេស inbox "
        "សួរព័ត៌មានបន្ថែម"
    ),
    (
        "ទៅធ្វើការនៅប្រទេសថៃ ផ្លូវស្របច្បាប់ ប៉ុន្តែមិនមែនការងាររោងចក្រទេ ជាការងារ "
        "admin online ក្នុងការិយាល័យ ប្រាក់ខែ 1,200$ មិនបាច់ចាំ MOU យូរ "
        "ក្រុមហ៊ុនរៀបចំឯកសារឱ្យក្នុង ៣ថ្ងៃ ទំនាក់ទំនង 097 223 8470"
    ),
)

KM_PARTS = Parts(
    openings=(
        "ជ្រើសរើសបុគ្គលិកបន្ទាន់!!!",
        "ការងារក្រៅប្រទេស ប្រាក់ខែខ្ពស់ 🌏",
        "ឱកាសផ្លាស់ប្តូរជីវិតសម្រាប់យុវជន",
        "ការងារនៅក្រុងព្រះសីហនុ",
        "ការងារនៅបាវិត",
        "មានការងារនៅមីយ៉ាន់ម៉ា ជាប់ព្រំដែនថៃ",
    ),
    bodies=(
        "ផ្នែក CS online គ្រាន់តែឆ្លើយសារភ្ញៀវ",
        "ត្រូវការអ្នកវាយអក្សរ និង admin អង្គុយការិយាល័យម៉ាស៊ីនត្រជាក់",
        "ត្រូវការ Telesales ចេះនិយាយខ្មែរច្បាស់គឺបាន",
        "ការងារទីផ្សារអនឡាញ មានបង្ហាត់ មិនត្រូវការបទពិសោធន៍",
    ),
    pays=(
        "ប្រាក់ខែ 1,000$",
        "ប្រាក់ខែ 1,500$ + កម្រៃជើងសារ",
        "ប្រាក់ខែល្អ បើកទៀងទាត់រៀងរាល់ខែ",
    ),
    perks=(
        "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ",
        "ស្នាក់នៅ និងអាហារ ហ្វ្រី",
        "លិខិតឆ្លងដែន ទិដ្ឋាការ ក្រុមហ៊ុនរៀបចំឱ្យ",
    ),
    closings=(
        "Telegram @kh_job_now88",
        "ទំនាក់ទំនង 081 338 204 ឥឡូវនេះ!",
        "កន្លែងមានកំណត់ ចេញដំណើរសប្តាហ៍នេះ",
        "inbox សួរព័ត៌មានបន្ថែម",
    ),
)

# Khmer (with Khmer-English): hard legitimate job ads.
KM_LEGIT: tuple[str, ...] = (
    (
        "រោងចក្រកាត់ដេរ សុខលាភ ហ្គាមិន (តំបន់សេដ្ឋកិច្ចពិសេសភ្នំពេញ) ត្រូវការកម្មករកាត់ដេរ "
        "៣០០នាក់\n"
        "មិនត្រូវការបទពិសោធន៍ មានបង្ហាត់ដោយមានប្រាក់ខែ\n"
        "ប្រាក់ខែគោលតាមច្បាប់ + ប្រាក់ឧបត្ថម្ភធ្វើការទៀងទាត់ + ថ្លៃធ្វើដំណើរ ចុះឈ្មោះ "
        "ប.ស.ស. ពេញលេញ\n"
        "មកដាក់ពាក្យផ្ទាល់នៅច្រកទ្វារលេខ ២ ថ្ងៃច័ន្ទ ដល់ ថ្ងៃសៅរ៍ ម៉ោង ៧:៣០ ព្រឹក ដល់ ៤:០០ "
        "រសៀល សូមយកអត្តសញ្ញាណប័ណ្ណមកជាមួយ"
    ),
    (
        "ធនាគារពាណិជ្ជ អង្គរមាស ត្រូវការបុគ្គលិក Call Center ចំនួន ២០នាក់ "
        "ធ្វើការនៅការិយាល័យកណ្តាល ភ្នំពេញ\n"
        "មិនទាមទារបទពិសោធន៍ មានវគ្គបណ្តុះបណ្តាល ៣សប្តាហ៍ ប្រាក់ខែ 350$–450$ + "
        "ប្រាក់រង្វាន់\n"
        "ដាក់ពាក្យតាមគេហទំព័រធនាគារ ឬផ្ញើ CV ទៅផ្នែកធនធានមនុស្ស សម្ភាសន៍ផ្ទាល់នៅការិយាល័យ"
    ),
    (
        "សេចក្តីជូនដំណឹង៖ ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ បើកការចុះឈ្មោះប្រឡងភាសាកូរ៉េ "
        "(EPS-TOPIK) សម្រាប់ការងារនៅសាធារណរដ្ឋកូរ៉េ តាមកម្មវិធីរដ្ឋនិងរដ្ឋ\n"
        "ការចុះឈ្មោះធ្វើឡើងដោយផ្ទាល់នៅទីកន្លែងដែលក្រសួងកំណត់ "
        "ថ្លៃប្រឡងតាមការប្រកាសជាផ្លូវការ\n"
        "គ្មានឈ្មួញកណ្តាល ឬក្រុមហ៊ុនឯកជនណាមានសិទ្ធិទទួលលុយដើម្បីធានាឱ្យជាប់ទេ"
    ),
    (
        "ក្រុមហ៊ុន ពន្លឺថ្មី ម៉េនផៅវើ (អាជ្ញាប័ណ្ណលេខ ០៨៧ ពីក្រសួងការងារ) "
        "ជ្រើសរើសកម្មករទៅធ្វើការរោងចក្រកែច្នៃអាហារនៅប្រទេសថៃ តាមកិច្ចព្រមព្រៀង MOU\n"
        "ប្រាក់ខែតាមច្បាប់ការងារថៃ មានអន្តេវាសិកដ្ឋានក្នុងរោងចក្រ "
        "ថ្លៃសេវាតាមការកំណត់របស់ក្រសួង មានវិក្កយបត្រ\n"
        "មកដាក់ពាក្យ និងចុះកិច្ចសន្យានៅការិយាល័យរបស់ក្រុមហ៊ុន ផ្លូវលេខ ២៧១ ខណ្ឌមានជ័យ ភ្នំពេញ"
    ),
    (
        "សណ្ឋាគារ អង្គរ ឡូតាស រីសត (សៀមរាប) ត្រូវការបុគ្គលិកផ្ទះបាយ និងអ្នករត់តុ\n"
        "មិនត្រូវការបទពិសោធន៍ មានបង្ហាត់ ប្រាក់ខែ 250$–300$ + service charge "
        "មានអាហារ ២ពេល និងកន្លែងស្នាក់នៅសម្រាប់អ្នកមកពីខេត្តឆ្ងាយ\n"
        "ដាក់ពាក្យនៅផ្នែកធនធានមនុស្សរបស់សណ្ឋាគារ រាល់ថ្ងៃព្រហស្បតិ៍"
    ),
    (
        "ហាងកាហ្វេ ពពកស ផ្លូវ ៣១៥ ខណ្ឌទួលគោក ត្រូវការបុគ្គលិកលក់ ២នាក់ ប្រាក់ខែ 200$ "
        "មានបាយថ្ងៃត្រង់ មិនចេះក៏បង្រៀន ធ្វើការ ៧ព្រឹក ដល់ ៤ល្ងាច ចាប់អារម្មណ៍ Telegram "
        "មកបង ស្រីពៅ 012 660 318 ឬមកហាងផ្ទាល់"
    ),
    (
        "ក្រុមហ៊ុនដឹកជញ្ជូនទំនិញ ត្រូវការបុគ្គលិកសេវាអតិថិជនចេះភាសាចិន ធ្វើការនៅការិយាល័យ ភ្នំពេញ "
        "(មិនមានការបញ្ជូនទៅក្រៅប្រទេសទេ)\n"
        "ប្រាក់ខែ 600$–900$ តម្រូវ HSK4 ឡើង ធ្វើការច័ន្ទ-សុក្រ ម៉ោង ៨ព្រឹក-៥ល្ងាច ចុះឈ្មោះ "
        "ប.ស.ស.\n"
        "ផ្ញើ CV តាមអ៊ីមែលផ្នែក HR ហើយមកសម្ភាសន៍នៅការិយាល័យ"
    ),
    (
        "អង្គការមិនមែនរដ្ឋាភិបាលផ្នែកអប់រំ ត្រូវការមន្ត្រីគម្រោង ១រូប ប្រចាំខេត្តបាត់ដំបង "
        "កិច្ចសន្យា ១២ខែ ប្រាក់ខែតាមតារាងរបស់អង្គការ ធានារ៉ាប់រងសុខភាព\n"
        "ដាក់ពាក្យតាមគេហទំព័រអង្គការ ដំណើរការមានសម្ភាសន៍ពីរជុំ និងពិនិត្យអ្នកធានា "
        "អង្គការមិនយកថ្លៃអ្វីទាំងអស់"
    ),
    (
        "សាលាអន្តរជាតិ ពន្លឺចំណេះ ត្រូវការគ្រូបង្រៀនភាសាអង់គ្លេស (ខ្មែរ) "
        "សម្រាប់សាខាខណ្ឌសែនសុខ ប្រាក់ខែ 500$–700$ មានបរិញ្ញាបត្រភាសាអង់គ្លេស\n"
        "ផ្ញើ CV និងច្បាប់ចម្លងសញ្ញាបត្រ មកការិយាល័យសាលា ធ្វើតេស្តបង្រៀនផ្ទាល់"
    ),
    (
        "ហាងសម្លៀកបំពាក់អនឡាញ ត្រូវការអ្នក Live លក់ទំនិញ ធ្វើការនៅស្ទូឌីយោក្នុងខណ្ឌចំការមន "
        "ប្រាក់ខែ 300$ + កម្រៃជើងសារ Live ម៉ោង ៧-១០យប់ មិនធ្លាប់ក៏បង្រៀន "
        "ផ្ញើវីដេអូណែនាំខ្លួន ១នាទី តាម Telegram 096 207 164"
    ),
    (
        "ចម្ការកៅស៊ូ ខេត្តកំពង់ចាម ត្រូវការកម្មករចោះជ័រកៅស៊ូ មិនចេះក៏បង្រៀន ២សប្តាហ៍ ប្រាក់ខែ "
        "230$–280$ មានផ្ទះសម្បែងឥតគិតថ្លៃ ចុះឈ្មោះ ប.ស.ស. ទំនាក់ទំនងការិយាល័យចម្ការ"
    ),
    (
        "ក្រុមហ៊ុនជ្រើសរើសដែលមានអាជ្ញាប័ណ្ណពីក្រសួងការងារ "
        "ជ្រើសរើសសិក្ខាកាមបច្ចេកទេសទៅប្រទេសជប៉ុន ផ្នែកកសិកម្ម កិច្ចសន្យា ៣ឆ្នាំ\n"
        "ប្រាក់ខែប្រហែល 170,000 យ៉េន ថ្លៃសេវាតាមការកំណត់ មានវិក្កយបត្រ រៀនភាសាជប៉ុន "
        "៦ខែមុនចេញដំណើរ សម្ភាសន៍ជាមួយតំណាងក្រុមហ៊ុនជប៉ុននៅការិយាល័យភ្នំពេញ"
    ),
    (
        "ក្រុមហ៊ុនធានារ៉ាប់រង ត្រូវការបុគ្គលិក Telesales នៅសាខាខេត្តសៀមរាប "
        "មិនត្រូវការបទពិសោធន៍ ប្រាក់ខែគោល 280$ + កម្រៃជើងសារ ធ្វើការច័ន្ទ-សុក្រ "
        "សម្ភាសន៍នៅការិយាល័យសាខា"
    ),
    (
        "សណ្ឋាគារ ឆ្នេរអូរឈើទាល (ក្រុងព្រះសីហនុ) ត្រូវការអ្នកទទួលភ្ញៀវ ២នាក់ ប្រាក់ខែ 300$ "
        "+ service charge មានអន្តេវាសិកដ្ឋានបុគ្គលិក ធ្វើការ ៨ម៉ោង/ថ្ងៃ ឈប់ ៤ថ្ងៃ/ខែ "
        "ចុះឈ្មោះ ប.ស.ស. មកដាក់ពាក្យផ្ទាល់នៅផ្នែកធនធានមនុស្ស"
    ),
    (
        "គ្រឹះស្ថានមីក្រូហិរញ្ញវត្ថុ ត្រូវការបុគ្គលិកបញ្ចូលទិន្នន័យ កិច្ចសន្យា ៣ខែ "
        "នៅការិយាល័យកណ្តាលភ្នំពេញ ប្រាក់ខែ 300$ ដាក់ពាក្យតាមគេហទំព័រផ្លូវការប៉ុណ្ណោះ"
    ),
    (
        "ក្រុមហ៊ុនជ្រើសរើសពលករ (អាជ្ញាប័ណ្ណលេខ ១១២) ជ្រើសរើសកម្មកររោងចក្រគ្រឿងអេឡិចត្រូនិក "
        "ទៅធ្វើការនៅប្រទេសម៉ាឡេស៊ី កិច្ចសន្យា ២ឆ្នាំ មានអន្តេវាសិកដ្ឋាន\n"
        "ថ្លៃសេវាតាមប្រកាសរបស់ក្រសួង ចុះកិច្ចសន្យានៅមុខមន្ត្រីក្រសួង មានវគ្គតម្រង់ទិសមុនចេញដំណើរ "
        "ដាក់ពាក្យនៅការិយាល័យក្រុមហ៊ុន"
    ),
    (
        "រោងចក្រផលិតកង់ (តំបន់សេដ្ឋកិច្ចពិសេសបាវិត) ត្រូវការអ្នកបកប្រែភាសាចិន-ខ្មែរ ប្រាក់ខែ "
        "600$–800$ មានអន្តេវាសិកដ្ឋានសម្រាប់អ្នកមកពីឆ្ងាយ តម្រូវ HSK4 "
        "ធ្វើតេស្តបកប្រែនៅរោងចក្រ ចុះឈ្មោះ ប.ស.ស."
    ),
    (
        "ព្រឹត្តិការណ៍ជ្រើសរើសអ្នកបម្រើលើយន្តហោះ Gulf Horizon Airways (ឌូបៃ) "
        "នៅសណ្ឋាគារ រីវើសាយ ភ្នំពេញ ថ្ងៃអាទិត្យនេះ ម៉ោង ៩ព្រឹក យក CV ភាសាអង់គ្លេស "
        "និងរូបថតពេញខ្លួន ក្រុមហ៊ុនមានកន្លែងស្នាក់នៅនៅឌូបៃ មិនយកថ្លៃអ្វីទាំងអស់ "
        "សូមប្រុងប្រយ័ត្នអ្នកអះអាងថាជាភ្នាក់ងារ ហើយសុំលុយ"
    ),
    (
        "កម្មវិធីពលករតាមរដូវកាលទៅកូរ៉េ (កសិកម្ម ៥ខែ) តាមកិច្ចព្រមព្រៀងរវាងរដ្ឋបាលខេត្ត "
        "និងរដ្ឋបាលមូលដ្ឋានកូរ៉េ ចុះឈ្មោះនៅមន្ទីរការងារខេត្ត គ្មានភ្នាក់ងារ "
        "ម្ចាស់ការងាររៀបចំកន្លែងស្នាក់នៅតាមកិច្ចសន្យា"
    ),
    (
        "ក្រុមហ៊ុនដឹកជញ្ជូនអាហារ ត្រូវការអ្នកបើកម៉ូតូដឹកអាហារ នៅក្រុងបាត់ដំបង ចំណូល "
        "250$–400$/ខែ តាមចំនួនការដឹក មិនត្រូវការបទពិសោធន៍ ត្រូវមានប័ណ្ណបើកបរ "
        "និងម៉ូតូផ្ទាល់ខ្លួន ចុះឈ្មោះក្នុងកម្មវិធី ហើយមកស្តាប់ការណែនាំនៅការិយាល័យ"
    ),
)


# Chinese (Simplified, a few Traditional): whole scam-compound recruitment ads.
ZH_SCAM: tuple[str, ...] = (
    (
        "🔥海外高薪急聘🔥\n"
        "岗位：在线客服（纯打字聊天）\n"
        "💰月薪：1.5万–3万＋提成\n"
        "✈️包机票、包吃包住、免费办理签证\n"
        "📌无需经验，公司安排带教\n"
        "📌18–35岁，会打字即可\n"
        "没有护照的可以协助办理\n"
        "本周出发，名额有限！联系飞机 @hw_kefu88"
    ),
    (
        "本公司为跨境电商集团，在海外设有运营中心，现招聘中文客服若干名。起"
        "薪每月12000元，转正后另有绩效奖金。公司提供宿舍及机票，目前已有数"
        "十名国内员工在此稳定工作两年以上。有意者请将姓名、年龄及护照首页照"
        "片发至微信 hr_kj2026。"
    ),
    (
        "有没有想去柬埔寨上班的？我表哥在那边，一个月两万多，就坐办公室回回"
        "消息，空调房。公司全包，机票都不用自己出。感兴趣私我，别不好意思😁"
    ),
    "海外打字员，月薪2万，包机票，无经验可，加V：dzy_2026",
    (
        "你好呀小雨，我是人事部的琳姐。看到你在群里说在找工作，我们这边缺网"
        "络客服，办公室坐班，月薪一万八，免费住宿舍，机票公司出，你只要带护"
        "照就行。你觉得可以的话明天视频面试一下？先别跟太多人说哈，名额真的"
        "不多😊"
    ),
    (
        "HIRING 📢 西港 Sihanoukville\n"
        "岗位：电销 / 网络推广\n"
        "底薪 1500U–3000U\n"
        "Free 吃住 free 机票\n"
        "无经验 ok，一周培训\n"
        "会打字就行\n"
        "Telegram：@xigang_hr"
    ),
    (
        "招游戏测试员🎮 只需要玩游戏写体验，月薪1万–1.8万。海外工作，公司承"
        "担全部费用。18岁以上，学历不限。私信领取报名表。"
    ),
    (
        "招女客服10名，地点巴域（木牌口岸对面），月薪8000＋业绩奖金。从胡志"
        "明市有车接，过关有人带，包吃住。有意加微信 bavet_kf。"
    ),
    (
        "在海外干了半年了，刚来的时候也怕，但公司对我们挺好，工资按时发，吃"
        "住全免费。我的工作就是跟客户聊天，很轻松。现在公司还在招人，想来的"
        "私我，介绍朋友来还有推荐奖金哦🥰"
    ),
    (
        "招聘启事——迪拜（阿联酋）\n"
        "岗位：夜班客户支持专员\n"
        "薪资：4,500迪拉姆/月（约合人民币8,800元）\n"
        "待遇：工作签证、机票、员工宿舍、班车接送\n"
        "要求：高中以上学历，基础英语\n"
        "线上面试，名额有限\n"
        "联系Telegram：@dubai_zp"
    ),
    (
        "老挝金三角经济特区招聘录入员、客服，月薪1.2万起。大公司，办公环境"
        "现代化，有健身房、食堂。从西双版纳过去很方便。有兴趣私聊。"
    ),
    ("坐空调房，月入过万，住宿全包😌✈️ 想去的评论区扣1，我私你 #出国打工 #高薪"),
    (
        "出国务工不收任何费用！不用押金，不要求外语。岗位：办公室文员、数据"
        "录入，月薪1万–1.5万，包吃住包机票。只需身份证＋两张照片，5天内出境"
        "。招聘专线微信：cg_hr518"
    ),
    (
        "金边招女荷官，零基础包教，月薪800U＋小费，吃住在公司。19–28岁，形"
        "象好。下周出发。飞机 @pnh_heguan"
    ),
    (
        "🎤招聘海外品牌带货主播\n"
        "• 底薪8000＋销售提成\n"
        "• 包住、包吃、包机票\n"
        "• 没播过也没关系，有老师带\n"
        "限女生18–27岁，海外工作\n"
        "联系飞机 @zhubo_hw"
    ),
    (
        "我们这边招人去邻国做办公室，就在边境上，坐车几个小时就到。月薪两万"
        "，住宿免费，上班12小时但是空调房。老板是国内的，很多老乡在这边。想"
        "急走的私聊。"
    ),
    (
        "泰国招客服，月薪45000泰铢。飞曼谷，机场有人接，直接送到湄索附近的"
        "公司。签证公司办。肯干的话一个月两三万人民币很正常。联系飞机 "
        "@tai_kf"
    ),
    (
        "招聘技术支持 / 网管，海外工作\n"
        "月薪2万–3.5万\n"
        "路费、签证、住宿公司承担\n"
        "会基本电脑操作即可，不要求本科\n"
        "合同一年\n"
        "联系：t.me/it_hw_zp"
    ),
    (
        "最后一天！！！海外务工名单今天截止，办公室在线聊天，月薪1.5万起，"
        "公司全包，明天就不收了。电话/微信 138 0290 3318‼️"
    ),
    (
        "缅北妙瓦底工业园区招聘网络推广，月薪2万起，吃住在园区，24小时安保"
        "。到曼谷的机票公司报销。联系飞机 @mwd_zp"
    ),
    (
        "招聘小语种翻译（泰语、越南语、柬语），海外公司办公室全职，月薪2.5"
        "万＋补贴。包机票、签证、宿舍。联系林小姐微信 lin_fanyi88"
    ),
    (
        "菲律宾马尼拉招中文客服，月薪6万比索（约7500元），公司合租公寓免费"
        "住，包饭，工作签证公司办。Zoom面试。"
    ),
    (
        "群主你好，打扰一下发个招聘🙏 "
        "我们招在线客服15名，无需经验，月薪1.2万–2万。工作地点在海外，不远"
        '，飞两三个小时。机票公司报销。真心想做的评论"想去"，我私你。'
    ),
    (
        "戈公招币圈业务员，底薪1000U＋提成最高5000U，培训两周，包机票包住宿"
        "，可立即上岗。TG @kohkong_yw"
    ),
    "海外打字員，月薪兩萬，全包，私訊。",
    (
        "柬埔寨打工 輕鬆月入十萬（台幣）！只要會打字、會用電腦，免經驗。機"
        "票公司出，吃住全包，落地就有專人接機。名額有限，有興趣加LINE：tw_w"
        "ork888"
    ),
    (
        "大家好，我是跨境电商公司的人事小王。\n"
        "本月招聘：\n"
        "1）中文客服 15名\n"
        "2）社媒运营 5名\n"
        "3）电话销售 10名\n"
        "起薪12000元，加班另算。\n"
        "每天工作12小时，每月休4天。\n"
        "住员工宿舍（4人间），包三餐。\n"
        "公司报销单程机票。\n"
        "要求：18–40岁，身体健康，护照有效期6个月以上。\n"
        "微信视频面试。\n"
        "面试通过后7天内出境。\n"
        "联系微信 wang_hr_2026 或飞机 @wang_hr"
    ),
    (
        "朋友剛從杜拜回來，在那邊做線上客服，一個月台幣十幾萬，說很輕鬆。他"
        "們公司還在招人，要聯絡方式的私我。"
    ),
    (
        "您好，冒昧打擾。我是從朋友那裡拿到您的聯絡方式的。我們公司在海外，"
        "目前有客服職缺，月薪約人民幣一萬五，提供住宿。如果您有興趣，我可以"
        "再詳細說明。"
    ),
    (
        "大其力（缅甸，对面是泰国美赛）招打字员，中英文，月薪4万泰铢，做六"
        "休一，包吃住包机票。联系飞机 @dqi_zp"
    ),
    (
        "正规公司，合法经营，不扣证件，不限制自由。招聘网络推广，坐电脑前给"
        "客户发消息，月薪1万＋业绩奖金。海外工作，机票、签证、吃住公司全包"
        "，可以带朋友一起来。微信 zg_hr_1504"
    ),
    "金三角🔺客服／行政，月薪2万＋，机票报销，私聊",
    (
        "别划走！🛑 没学历也想月入两万？办公室线上工作，包机票包宿舍，只剩3"
        "个名额，速私。"
    ),
    (
        "波贝招客服、推广，月薪8000–15000，口岸有车接，包吃住。没有护照也行"
        "，公司三天办好。微信 poipet_hr（陈哥）"
    ),
    (
        "招女生做交友软件聊天客服，海外办公室坐班，月薪1.5万＋提成，提供住"
        "宿。无需经验，会中英文聊天就行。有兴趣私信了解。"
    ),
    (
        "妙瓦底园区招人，办公室工作，待遇好。网上那些新闻说的是别的公司，我"
        "们这里不打人不扣工资，每月休四天，月薪2万。湄索有车接，想来的私我"
        "。"
    ),
)

ZH_PARTS = Parts(
    openings=(
        "急招！！！",
        "海外高薪工作🌏",
        "给想翻身的年轻人一个机会。",
        "柬埔寨招聘🇰🇭",
        "西港急招",
        "缅甸招人，就在泰国边境",
    ),
    bodies=(
        "在线客服，只需回复客户消息。",
        "招打字员和行政，坐办公室吹空调。",
        "招电销，普通话标准就行。",
        "网络推广，有培训，无需经验。",
    ),
    pays=(
        "月薪1.5万。",
        "底薪1500U＋提成。",
        "高薪，每月准时发工资。",
    ),
    perks=(
        "公司包机票。",
        "包吃包住。",
        "护照签证公司办理。",
    ),
    closings=(
        "联系飞机 @hw_zp_now",
        "微信 zp_338204 速联系！",
        "名额有限，本周出发。",
        "私聊了解详情。",
    ),
)

# Chinese (Simplified, a few Traditional): hard legitimate job ads.
ZH_LEGIT: tuple[str, ...] = (
    (
        "东莞市恒辉电子有限公司（长安镇）招聘普工 100 名\n"
        "男女不限，18–45 岁，无经验可，岗前带薪培训\n"
        "综合月薪 5500–7000 元，购买五险一金\n"
        "包吃包住（4 人间宿舍，有空调、热水）\n"
        "面试地址：长安镇振安中路 88 号公司人事部，周一至周六 "
        "8:30–16:00，携带身份证原件"
    ),
    (
        "上海某跨境电商公司招聘中文在线客服（上海浦东办公，非外派）\n"
        "接受应届生，无经验可，提供两周带薪培训\n"
        "月薪 6000–8000 元＋绩效，双休，五险一金\n"
        "简历投递至公司官方招聘邮箱，或通过正规招聘网站申请，面试在公司办公"
        "室进行"
    ),
    (
        "华建国际经济技术合作有限公司（对外劳务合作经营资格证书编号：HJ-202"
        "3-0416）\n"
        "招聘赴新加坡建筑工人（钢筋工、木工），合同两年，雇主提供宿舍\n"
        "服务费按国家规定收取并开具正规发票，不收取其他任何费用\n"
        "须通过技能考核，面试地点：公司办公室（济南市历下区经十路 1088 号）"
    ),
    (
        "本公司为中资服装企业，工厂位于柬埔寨金边经济特区，现招聘生产主管 2 "
        "名\n"
        "要求：服装行业管理经验 5 年以上\n"
        "待遇：月薪 1.8 万元起，提供员工宿舍，每年两次探亲假及往返机票\n"
        "公司依法为员工办理柬埔寨工作证及签证；面试在宁波总部进行"
    ),
    (
        "中老铁路沿线物流公司（万象）招聘老挝语翻译\n"
        "要求：老挝语专业本科，持有效护照，无犯罪记录\n"
        "待遇：月薪 1.2 万元，提供住宿，依法办理工作许可\n"
        "请将简历发送至公司人事邮箱，经昆明办公室面试、背景核查后签订劳动合"
        "同"
    ),
    (
        "吉隆坡Sri Petaling茶餐厅请人：楼面 2 名、厨房帮手 1 名。月薪 "
        "RM2,000 起，包午晚餐，无经验可，我们会教。有兴趣请 WhatsApp "
        "012-771 3085 联系陈老板，或直接来店面谈。"
    ),
    (
        "【徵才】線上客服人員（台北內湖，免外派）\n"
        "無經驗可，提供完整教育訓練\n"
        "月薪 NT$32,000 起＋績效獎金，勞健保、週休二日\n"
        "請透過公司官網或 104 人力銀行投遞履歷，面試於公司辦公室進行"
    ),
    (
        "【招聘】酒店前台接待員（香港尖沙咀）\n"
        "要求：中學畢業，能說粵語、普通話及基本英語\n"
        "月薪 HK$16,000 起，另有膳食津貼、醫療保險\n"
        "請將履歷電郵至酒店人力資源部，合資格者將獲邀到酒店面試"
    ),
    (
        "Gulf Horizon Airways（迪拜）空乘招聘开放日：本周日上午9点，上海静"
        "安区某酒店宴会厅。请携带英文简历及全身照。公司在迪拜提供员工住宿。"
        "全程不收取任何费用，请提防自称“代理”并收费的人。"
    ),
    (
        "国际中文教师志愿者项目招募赴泰国中小学任教志愿者\n"
        "须通过官方报名系统申请，经选拔考试、面试及岗前培训后派出\n"
        "提供生活补贴、住宿及往返国际机票，不通过任何中介，不收取报名费"
    ),
    (
        "澳大利亚打工度假签证（462 "
        "类）提醒：签证须由申请人本人通过澳大利亚移民局官方网站申请。本农场"
        "招聘季节性采摘工，时薪按澳洲法定标准，可协助寻找付费住宿。我们不收"
        "取任何中介费，请勿相信“包签”广告。"
    ),
    (
        "深圳南山某游戏公司招聘游戏测试实习生（六个月）\n"
        "无需工作经验，熟悉手游即可，日薪 200 元\n"
        "在公司办公室上班，周一至周五，可开实习证明\n"
        "简历请投递至公司招聘邮箱"
    ),
    (
        "杭州某服装品牌招聘直播带货主播（杭州滨江直播基地）\n"
        "底薪 6000＋销售提成，无经验可，公司安排培训；外地员工可申请员工宿"
        "舍\n"
        "面试地点：滨江区江南大道公司大楼 5 楼"
    ),
    (
        "小区楼下奶茶店招店员 2 名，时薪 20 "
        "元，无经验可，包一顿饭，离家近的优先。有意加微信 milktea_zhang "
        "或直接到店找张姐。"
    ),
    (
        "某国有银行分行招聘数据录入员（劳务派遣，3 个月），月薪 4500 "
        "元，在分行营业部工作，朝九晚五。报名请通过银行官方招聘网站，不收取"
        "任何费用。"
    ),
    (
        "三亚亚龙湾某度假酒店招聘客房服务员、餐厅服务员，提供员工宿舍及三餐"
        "，月薪 4500–5500 "
        "元＋服务费，无经验可，酒店提供培训。面试地点：酒店人力资源部。"
    ),
    (
        "成都某保险公司招聘电话销售，底薪 "
        "3500＋提成，无需经验，公司负责考取从业资格证，周末双休。面试地点："
        "锦江区红星路三段保险大厦 12 楼。"
    ),
    (
        "具有对外劳务合作资质的企业招聘赴日本技能实习生（食品加工）\n"
        "合同三年，月工资约 17 万日元，服务费按规定收取并开具发票\n"
        "出国前须参加日语培训及外派劳务人员培训，面试由日方企业代表在我司办"
        "公室进行"
    ),
    (
        "西双版纳景洪某酒店招聘会泰语、老挝语的前台接待，月薪 5000–6500 "
        "元，提供员工宿舍，外地员工优先安排住宿。面试在酒店人事部进行，需携"
        "带身份证及学历证明。"
    ),
    (
        "金边某大学中文系招聘中文教师 2 "
        "名，要求汉语国际教育相关专业硕士，月薪 1500 "
        "美元，提供教师公寓。学校依法办理柬埔寨工作证，经线上试讲、面试及学"
        "历核验后签约，不收取任何费用。"
    ),
)


SCAM_ADS: dict[str, tuple[str, ...]] = {
    "ms": MS_SCAM,
    "vi": VI_SCAM,
    "th": TH_SCAM,
    "tl": TL_SCAM,
    "km": KM_SCAM,
    "zh": ZH_SCAM,
}
SCAM_PARTS: dict[str, Parts] = {
    "ms": MS_PARTS,
    "vi": VI_PARTS,
    "th": TH_PARTS,
    "tl": TL_PARTS,
    "km": KM_PARTS,
    "zh": ZH_PARTS,
}
LEGIT_ADS: dict[str, tuple[str, ...]] = {
    "ms": MS_LEGIT,
    "vi": VI_LEGIT,
    "th": TH_LEGIT,
    "tl": TL_LEGIT,
    "km": KM_LEGIT,
    "zh": ZH_LEGIT,
}

# Destinations a scam ad may name: countries, cities, border towns, compounds and
# zones, as written in these ads (Latin script, Thai, Khmer, Chinese). Latin names
# match whole words only ("Lào" is Laos, "lao động" is labour).
PLACE_NAMES: tuple[str, ...] = (
    # Latin script (English, Malay, Vietnamese, Tagalog)
    "Cambodia",
    "Kemboja",
    "Campuchia",
    "Kampuchea",
    "Sihanoukville",
    "Sihanouk",
    "Bavet",
    "Mộc Bài",
    "Poipet",
    "Phnom Penh",
    "Koh Kong",
    "Myanmar",
    "Burma",
    "Myawaddy",
    "KK Park",
    "Shwe Kokko",
    "Tachileik",
    "Golden Triangle",
    "Segitiga Emas",
    "Tam Giác Vàng",
    "Laos",
    "Lào",
    "Thailand",
    "Thái Lan",
    "Bangkok",
    "Mae Sot",
    "Mae Sai",
    "Chiang Rai",
    "Philippines",
    "Filipina",
    "Manila",
    "Pasay",
    "Clark",
    "Pampanga",
    "Bamban",
    "Tarlac",
    "Dubai",
    "UAE",
    # Thai
    "กัมพูชา",
    "เขมร",
    "สีหนุ",
    "ปอยเปต",
    "พนมเปญ",
    "บาเวต",
    "เกาะกง",
    "พม่า",
    "เมียวดี",
    "เคเคปาร์ค",
    "ท่าขี้เหล็ก",
    "สามเหลี่ยมทองคำ",
    "ลาว",
    "ดูไบ",
    "ฟิลิปปินส์",
    "มะนิลา",
    "แม่สอด",
    "แม่สาย",
    "เชียงของ",
    # Khmer
    "ព្រះសីហនុ",
    "បាវិត",
    "ប៉ោយប៉ែត",
    "ភ្នំពេញ",
    "កោះកុង",
    "ថៃ",
    "មីយ៉ាន់ម៉ា",
    "តាឈីឡេក",
    "ត្រីកោណមាស",
    "ឡាវ",
    "ឌូបៃ",
    "ហ្វីលីពីន",
    "ម៉ានីល",
    "បាងកក",
    # Chinese (Simplified and Traditional)
    "柬埔寨",
    "西港",
    "西哈努克",
    "金边",
    "金邊",
    "巴域",
    "木牌",
    "波贝",
    "波貝",
    "戈公",
    "国公",
    "缅甸",
    "緬甸",
    "缅北",
    "緬北",
    "妙瓦底",
    "大其力",
    "金三角",
    "老挝",
    "老撾",
    "菲律宾",
    "菲律賓",
    "马尼拉",
    "馬尼拉",
    "迪拜",
    "杜拜",
    "泰国",
    "泰國",
    "曼谷",
    "湄索",
    "美赛",
    "东南亚",
    "東南亞",
)
_PLACE = re.compile(
    "|".join(
        rf"\b{re.escape(name)}\b" if name[0].isascii() else re.escape(name)
        for name in PLACE_NAMES
    ),
    re.IGNORECASE,
)


def names_a_place(text: str) -> bool:
    """Whether an ad names a destination from PLACE_NAMES."""
    return _PLACE.search(text) is not None


def scam_slice(lang: str) -> str:
    """The file stem (and slice name) of one language's scam ads."""
    return f"lang_{lang}_v4"


def _combined(parts: Parts, rng: random.Random, count: int) -> list[str]:
    """Ads made of one opening, body, pay line and closing each, drawn without
    replacement (cycling when count is larger), and one or two other perks."""
    openings = rng.sample(parts.openings, len(parts.openings))
    bodies = rng.sample(parts.bodies, len(parts.bodies))
    pays = rng.sample(parts.pays, len(parts.pays))
    closings = rng.sample(parts.closings, len(parts.closings))
    ads: list[str] = []
    for number in range(count):
        pieces = [openings[number % len(openings)], bodies[number % len(bodies)]]
        pieces.append(pays[number % len(pays)])
        pieces += rng.sample(parts.perks, rng.randint(1, 2))
        pieces.append(closings[number % len(closings)])
        ads.append(rng.choice(("\n", " ", "\n")).join(pieces).strip())
    return ads


def scam_texts(lang: str) -> tuple[list[str], int]:
    """One language's 40 scam ads and how many of them are whole hand-written ads."""
    texts = unique_texts(SCAM_ADS[lang])[:SCAM_PER_LANGUAGE]
    whole = len(texts)
    rng = random.Random(SEED)
    missing = SCAM_PER_LANGUAGE - whole
    for text in _combined(SCAM_PARTS[lang], rng, 2 * missing):
        if len(texts) < SCAM_PER_LANGUAGE and text not in texts:
            texts.append(text)
    return texts, whole


def legit_rows() -> list[tuple[str, str]]:
    """(lang, text) of the hard legitimate ads, languages in LANGUAGES order."""
    return rows_by_language(LEGIT_ADS, LANGUAGES)


def readme(
    whole: dict[str, int], nowhere: dict[str, int], legit: dict[str, int]
) -> str:
    """README_v4.md: who wrote the slices, when, how, and what each file holds."""
    scam_rows = "".join(
        f"| {scam_slice(lang)}.jsonl | language | 1 | {lang} | {SCAM_PER_LANGUAGE} "
        f"| {whole[lang]} whole, {SCAM_PER_LANGUAGE - whole[lang]} combined; "
        f"{nowhere[lang]} name no destination |\n"
        for lang in LANGUAGES
    )
    legit_counts = ", ".join(f"{lang} {legit[lang]}" for lang in LANGUAGES)
    return (
        "# Held-out language slices, version 4\n"
        "\n"
        f"Written {WRITTEN} by a helper session (an AI assistant) that a Waspada\n"
        "working session started for this task. Source of every text:\n"
        "`training/generate/slices_v4.py`; rerun it with\n"
        "`python -m training.generate.slices_v4` (byte-identical output, checked by\n"
        "`tests/training/test_slices_v4.py`).\n"
        "\n"
        "## How they were written\n"
        "\n"
        "- Hand-written blind, from general knowledge of how scam-compound\n"
        "  recruitment ads and genuine job ads are written in each language\n"
        "  (Facebook groups, Telegram broadcasts, TikTok captions, direct messages,\n"
        "  LINE, Zalo, WhatsApp, Viber, WeChat, job boards).\n"
        "- The writer did not open or search the rules, the model, the training\n"
        "  generators, the docs or the texts of earlier slices (only the code shape\n"
        "  of `slices_v3.py` and its test), and never ran the detector or any model\n"
        "  on these texts: no text was adjusted to a score. No text is shared with\n"
        "  any earlier slice file (checked by the test).\n"
        "- Each scam file is mostly whole ads; the rest are combined from\n"
        "  hand-written openings, bodies, pay lines, perks and closings with\n"
        f"  `random.Random({SEED})`. Exact duplicates are dropped.\n"
        "- Phone numbers, handles, licence numbers and company names are invented.\n"
        "\n"
        "## Files\n"
        "\n"
        "| file | kind | label | lang | rows | make-up |\n"
        "|---|---|---|---|---|---|\n"
        f"{scam_rows}"
        f"| {LEGIT_SLICE}.jsonl | hard_legit | 0 | all six | {sum(legit.values())} "
        f"| {legit_counts} |\n"
        "\n"
        '"Name no destination": the ad contains none of `PLACE_NAMES` (countries,\n'
        "cities, border towns, compounds, zones); it says only abroad, overseas, a\n"
        "neighbouring country, near the border, or nothing.\n"
        "\n"
        "## What varies\n"
        "\n"
        "Scam ads vary on purpose: one line to fifteen; board notices, chatty\n"
        'Facebook posts, Telegram broadcasts, TikTok captions, a "recruiter\'s"\n'
        "direct message, a friend's testimonial, calm ads with no emoji; bait roles\n"
        "(customer service, chat support, typist, data entry, online marketing,\n"
        "game tester, live host, translator, IT support, crypto sales, telesales,\n"
        'dealer); pay in local currency, USD, USDT or just "high pay"; perks\n'
        "(ticket, visa, passport made for you, housing, meals); pressure (last day,\n"
        "few slots, leave this week); contact by Telegram, WhatsApp, LINE, Zalo,\n"
        'WeChat, Viber, Messenger or "PM"; mixed with English as real posts are.\n'
        "About half name no destination; the rest name Sihanoukville, Bavet, Poipet,\n"
        "Phnom Penh, Koh Kong, Myawaddy, KK Park, Shwe Kokko, Tachileik, the Golden\n"
        "Triangle, Laos, Manila/Pasay/Clark/Bamban, Dubai or Thailand's border.\n"
        "Legitimate ads are genuine jobs that share the scams' surface features:\n"
        "factories and plantations with free dormitories and meals, call centres\n"
        "and chat support with no experience needed, Mandarin-speaking customer\n"
        "service at home, hotels, schools, banks and NGOs in Cambodia, Laos and\n"
        "Thailand's border, government-to-government and licensed-agency\n"
        "placements abroad (licence numbers, official fee rules, interviews at an\n"
        "office), seasonal schemes, and small shops hiring over WhatsApp, LINE,\n"
        "Zalo, Viber, Telegram or WeChat.\n"
        "\n"
        "## Caveats\n"
        "\n"
        "- The same project wrote them: the writer works for the project that builds\n"
        "  the detector and shares its assumptions, so this is a fair blind check,\n"
        "  not an independent one. Real ads collected in the wild remain the\n"
        "  stronger test.\n"
        "- Small: 40 scam ads per language and 20 legitimate ones; read rates with\n"
        "  their uncertainty.\n"
        "- Written by one writer, not native in any of these languages; Khmer and\n"
        "  Thai especially may read less natural than real posts, and many ads in\n"
        "  different languages follow the same handful of situations.\n"
        "- `names_a_place` is a fixed list: a place spelled another way would be\n"
        "  missed, so the no-destination counts are the writer's intent as checked\n"
        "  by that list.\n"
    )


def write_slices(out_dir: Path) -> dict[str, int]:
    """Write the seven JSON Lines files and README_v4.md; return rows per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    whole: dict[str, int] = {}
    nowhere: dict[str, int] = {}
    for lang in LANGUAGES:
        texts, whole[lang] = scam_texts(lang)
        nowhere[lang] = sum(not names_a_place(text) for text in texts)
        name = scam_slice(lang)
        body = slice_jsonl(name, "language", 1, [(lang, text) for text in texts])
        (out_dir / f"{name}.jsonl").write_text(body, encoding="utf-8", newline="\n")
        counts[f"{name}.jsonl"] = len(texts)
    rows = legit_rows()
    body = slice_jsonl(LEGIT_SLICE, "hard_legit", 0, rows)
    (out_dir / f"{LEGIT_SLICE}.jsonl").write_text(body, encoding="utf-8", newline="\n")
    counts[f"{LEGIT_SLICE}.jsonl"] = len(rows)
    legit = {lang: sum(1 for row in rows if row[0] == lang) for lang in LANGUAGES}
    text = readme(whole, nowhere, legit)
    (out_dir / README_NAME).write_text(text, encoding="utf-8", newline="\n")
    return counts


def main() -> None:
    for name, count in write_slices(SLICES_DIR).items():
        print(f"{SLICES_DIR / name}: {count} rows")


if __name__ == "__main__":
    main()
