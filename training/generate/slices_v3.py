"""Blind held-out language slices, version 3 (written 2026-12-03).

Scam-compound recruitment ads (label 1, kind "language") in Malay, Vietnamese, Thai,
Tagalog/Taglish, Khmer and Chinese, 40 per language, and hard legitimate job ads
(label 0, kind "hard_legit"), 15 per language, that share surface features with the
scams (pay, free housing, "no experience", abroad, Cambodia/Laos/Myanmar, WhatsApp).

Every text below was hand-written blind, from general knowledge of how such ads are
written, without reading the rules, the model, the other generators or earlier
slices, and no text was scored while writing. The scam files are filled to 40 with
a few ads combined from hand-written openings, bodies, perks and closings
(random.Random(SEED)). Phone numbers, handles, licence numbers and company names are
invented.

Run ``python -m training.generate.slices_v3`` to write the files into data/slices/;
the output is byte-identical on every run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from training.generate.slice_files import (
    rows_by_language,
    slice_jsonl,
    unique_texts,
)

SEED = 20261203
SCAM_PER_LANGUAGE = 40
LANGUAGES = ("ms", "vi", "th", "tl", "km", "zh")
LEGIT_SLICE = "legit_lang_v3"
README_NAME = "README_v3.md"
WRITTEN = "2026-12-03"
SLICES_DIR = Path(__file__).resolve().parents[2] / "data" / "slices"


@dataclass(frozen=True)
class Parts:
    """Hand-written pieces combined into extra scam ads: one of each, 1-2 perks."""

    openings: tuple[str, ...]
    bodies: tuple[str, ...]
    perks: tuple[str, ...]
    closings: tuple[str, ...]


# Malay (Malaysia): whole scam-compound recruitment ads.
MS_SCAM: tuple[str, ...] = (
    (
        "KERJA KOSONG 🔥 Customer Service (online) di Kemboja. Gaji RM6,000 - "
        "RM9,000 sebulan + komisen. Tiket flight & visa company tanggung. Makan & "
        "tempat tinggal free. Tak perlu pengalaman, ada training. Umur 18-35. "
        "Berminat terus WhatsApp +60 11-2345 8812"
    ),
    (
        "Sesiapa nak kerja luar negara gaji lumayan? Kerja typing je, duduk dalam "
        "office aircond. Semua company sponsor. PM saya cepat, slot terhad 🙏"
    ),
    (
        "Jawatan kosong: Admin / Data Entry\n"
        "Lokasi: Phnom Penh, Cambodia\n"
        "Gaji: USD 1,200 - 2,000 (boleh cecah RM8k+)\n"
        "✅ Tiket kapal terbang PERCUMA\n"
        "✅ Asrama + 3 kali makan\n"
        "✅ Visa diuruskan\n"
        "✅ Tak perlu pengalaman\n"
        "Syarat: boleh baca & tulis BM/English, tahu guna komputer\n"
        "Berlepas minggu depan. Hubungi Telegram @kerja_luar_my"
    ),
    (
        "Cari kawan2 yg nak kerja kat Thailand, jadi telemarketing. Gaji 40k baht ++ "
        "(lebih kurang RM5,500). Flight ke Bangkok company bayar, sampai sana ada "
        "orang jemput bawa ke tempat kerja. Tak payah ada pengalaman. Inbox je."
    ),
    (
        "Urgent!!! Perlukan 10 orang lelaki/perempuan untuk kerja online marketing. "
        "Gaji basic RM5k + elaun. Passport ada? Kalau takde kami bantu buat. Boleh "
        "gerak dalam 3 hari. WS 018-776 2301"
    ),
    (
        "Peluang kerja di Myanmar 🇲🇲 (Myawaddy) - Customer Service Bahasa Melayu. "
        "Gaji USD1,500 sebulan, bonus ikut prestasi. Penginapan & makan disediakan. "
        "Tiket ditanggung sepenuhnya. Syarat: umur 20-35, boleh menaip laju. Minat? "
        "DM @hr_asia_job"
    ),
    (
        "Kerja kosong di Laos (Golden Triangle). Jawatan: penterjemah Melayu-Cina. "
        "Gaji lumayan, semua ditanggung. Sesuai untuk lepasan SPM. WhatsApp +856 20 "
        "5812 3344"
    ),
    (
        "Assalamualaikum, saya ada kerja untuk sesiapa yang tengah susah. Kerja "
        "senang, chat dengan customer je guna handphone company. Gaji tinggi, makan "
        "tidur free. Kena pergi luar negara sikit, semua saya uruskan. PM ye 🙏"
    ),
    (
        "HIRING MALAYSIAN 🇲🇾\n"
        "Jawatan: Game Tester / CS\n"
        "Gaji: RM7,000-RM12,000\n"
        "Lokasi: Sihanoukville\n"
        "Percuma: tiket flight, hostel, makan, visa\n"
        "Tak ada pengalaman pun boleh, training disediakan\n"
        "Umur 18-35, faham English sikit pun ok\n"
        "Hubungi Telegram: @sihanouk_my_hr"
    ),
    (
        "Kerja 'office' di Dubai, gaji RM10k sebulan, tak perlu degree, tak perlu "
        "pengalaman. Visa pelancong dulu, sampai sana company tukar visa kerja. "
        "Tiket free. Yang serius je PM."
    ),
    (
        "Jawatan Kosong Telesales (Bahasa Melayu & Mandarin)\n"
        "📍 Bavet, Kemboja (dekat sempadan Vietnam)\n"
        "💰 Gaji USD1,000 + komisen sehingga USD3,000\n"
        "🏠 Asrama percuma, 🍛 makanan halal disediakan\n"
        "✈️ Tiket pergi ditanggung\n"
        "⏰ Kerja 12 jam, cuti 2 hari sebulan\n"
        "Terus WhatsApp +855 97 331 2808"
    ),
    (
        "Nak cari duit lebih? Kerja jadi admin FB page, gaji dalam USD, dibayar "
        "setiap bulan. Syarat: sanggup bekerja di luar negara, kontrak 6 bulan. "
        "Semua kos company tanggung. DM"
    ),
    (
        "Kerja luar negara ✈️ Gaji RM8000 😍 Tak perlu pengalaman 👍 Makan tidur "
        "free 🏠 Berminat PM 📩"
    ),
    (
        "Sesiapa kenal orang yang pandai typing laju dan nak kerja kat Thailand? "
        "Company kawan saya tengah cari ramai. Gaji lumayan, boleh hantar duit ke "
        "family tiap bulan. Terbang dari KLIA, company bayar."
    ),
    (
        "📢 KEKOSONGAN SEGERA 📢\n"
        "Customer Support (platform pelaburan crypto)\n"
        "Lokasi: Manila, Filipina (Pasay)\n"
        "Gaji: PHP 60,000-80,000 (±RM5,000-6,500)\n"
        "Kelebihan: fasih BM + English\n"
        "Tiket, visa, hotel disediakan\n"
        "Mula kerja secepat mungkin\n"
        "Telegram @pasay_recruit_my"
    ),
    (
        "kerja kosong gaji 6k-10k, kerja kat kemboja, typing & cs, flight free, "
        "hostel free, umur 18-30, minat ws 011-6289 4410"
    ),
    (
        "Saya baru balik dari kerja kat Cambodia, gaji memang best, company pun ok. "
        "Sekarang boss saya minta cari lagi 5 orang. Kerja online marketing je. "
        "Sesiapa nak, PM saya, nanti saya bagi nombor boss."
    ),
    (
        "Jawatan: Penterjemah Bahasa Thai/Melayu\n"
        "Tempat: Tachileik\n"
        "Gaji: 35,000 baht\n"
        "Makan & tidur free\n"
        "Perjalanan diuruskan dari Chiang Rai\n"
        "WS +66 89 123 7745"
    ),
    (
        "Peluang kerja part time jadi full time! Mula dengan kerja online dari "
        "rumah, kalau prestasi bagus company hantar ke HQ luar negara, gaji USD2000. "
        "Flight ditanggung. Berminat inbox."
    ),
    (
        "KERJA DI LUAR NEGARA 🌏\n"
        "- Customer service\n"
        "- Data entry\n"
        "- Typist\n"
        "Gaji dari RM5,500 hingga RM11,000\n"
        "Semua DITANGGUNG: tiket, visa, passport, makan, asrama\n"
        "Tak ada SPM pun boleh\n"
        "Umur 18-40\n"
        "Slot terhad, berlepas hujung bulan ini\n"
        "Hubungi: +60 12-908 5532 (WhatsApp sahaja)"
    ),
    (
        "Company kami di Kemboja cari staff Melayu untuk jaga customer Malaysia. "
        "Kerja dalam office, ada aircond, wifi. Gaji ikut USD. Cuti ada. Passport "
        "kena ada sendiri, yang lain kami settle. Inbox untuk details."
    ),
    (
        "Cari 3 orang perempuan umur 20-28 untuk kerja chat online (customer "
        "relation). Gaji RM9k + bonus. Kena pandai bergaul dan rajin. Tempat kerja "
        "di Myanmar, company uruskan semua. Telegram @vip_hr_mm"
    ),
    (
        "Kerja senang gaji lumayan. Hanya perlu phone & boleh menaip. Perlu "
        "relocate. Semua ditanggung. DM untuk info."
    ),
    (
        "Free flight ✈️ ke Bangkok, kerja IT support / customer service di sempadan "
        "Thailand. Gaji RM6k+. Tak perlu pengalaman IT, kami ajar. Hubungi LINE id: "
        "jobasia88"
    ),
    (
        "Ada sesiapa nak kerja dengan saya? Saya kerja sini dah 3 bulan, boss baik, "
        "makan free, gaji masuk tepat. Kerja jawab mesej customer je. Tempat kat "
        "Sihanoukville. Kalau nak, saya recommend, tiket boss bayar."
    ),
    (
        "JAWATAN KOSONG - PEGAWAI PEMASARAN DIGITAL (LUAR NEGARA)\n"
        "Kelayakan: Minimum SPM, boleh guna Facebook/TikTok\n"
        "Gaji: RM7,500 + insentif\n"
        "Faedah: tiket penerbangan, visa kerja, asrama, makan 3 kali sehari\n"
        "Temuduga online melalui WhatsApp, terus dapat offer\n"
        "Hubungi HR: +855 88 612 0937"
    ),
    (
        "gaji rm12k sebulan kerja kat laos, cs online, tak yah pengalaman, semua "
        "free. pm"
    ),
    (
        "Perhatian kepada yang menganggur! Syarikat antarabangsa memerlukan 20 orang "
        "pekerja segera untuk bahagian khidmat pelanggan. Gaji lumayan, elaun, bonus "
        "tahunan. Tiket dan dokumen perjalanan diuruskan sepenuhnya oleh syarikat. "
        "Berlepas dalam 3 hari selepas temuduga. WhatsApp segera."
    ),
    (
        "Job offer Dubai 🇦🇪 - Chat Support (Bahasa Melayu)\n"
        "Gaji AED 5,000 (~RM6,000)\n"
        "Visa, flight & hotel ditanggung\n"
        "Tak perlu pengalaman\n"
        "Mohon: t.me/dubai_cs_melayu"
    ),
    (
        "Kerja game tester, main game je dapat gaji USD1,500. Lokasi Poipet, "
        "Kemboja. Tiket + asrama free. Yg minat PM cepat."
    ),
    (
        "Cari staff boleh berbahasa Mandarin. Kerja office di luar negara, gaji "
        "RM10,000 ke atas. Makan tidur company tanggung. WeChat: hr_nanyang88"
    ),
    (
        "Kawan-kawan, kalau korang tengah cari kerja, company kat Phnom Penh tengah "
        "ambil orang Malaysia. Kerja admin, gaji 1,500 USD. Company tanggung tiket. "
        "Saya boleh tolong link kan. Comment 'minat' nanti saya PM."
    ),
    (
        "📢📢 JAWATAN KOSONG SEGERA - SYARIKAT ANTARABANGSA 📢📢\n"
        "Jawatan: Customer Service / Admin Chat (Bahasa Melayu)\n"
        "Lokasi kerja: Kemboja (pejabat di bandar, bukan kilang)\n"
        "\n"
        "💰 Gaji: USD1,200 - USD1,800 (RM5,500 - RM8,000)\n"
        "💰 Bonus bulanan + komisen\n"
        "\n"
        "✅ Tiket kapal terbang pergi ditanggung\n"
        "✅ Visa & permit diuruskan syarikat\n"
        "✅ Asrama aircond, wifi, 3 kali makan\n"
        "✅ Tak perlu pengalaman, training 1 minggu\n"
        "\n"
        "Syarat: umur 18-35, boleh menaip, ada passport (kalau tiada kami bantu)\n"
        "Proses: temuduga WhatsApp ➡️ terima offer ➡️ berlepas dalam 3-5 hari\n"
        "Hubungi HR Cik Aina: +60 17-338 9021"
    ),
)

# Malay (Malaysia): pieces for the combined scam ads.
MS_PARTS = Parts(
    openings=(
        "KERJA KOSONG 🔥",
        "Jawatan kosong segera!",
        "Nak kerja gaji lumayan?",
        "📢 Peluang kerja luar negara",
        "Urgent hiring! Kerja kosong",
        "Sesiapa tengah cari kerja?",
    ),
    bodies=(
        "Customer service online, gaji RM6,000-RM8,000, kerja di Kemboja.",
        "Typist / data entry, gaji USD1,200 sebulan, lokasi Myawaddy.",
        "Online marketing, gaji 35k baht, kerja di sempadan Thailand.",
        "Telesales BM, gaji lumayan + komisen, tempat kerja di Laos.",
        "Admin page, gaji RM7k, kerja dalam office di luar negara.",
        "Chat dengan customer guna phone company, gaji tinggi, kena relocate.",
    ),
    perks=(
        "Tiket flight, visa, asrama & makan free.",
        "Tak perlu pengalaman, training disediakan.",
        "Umur 18-35, boleh gerak minggu ni.",
        "Passport takde? Kami bantu uruskan.",
    ),
    closings=(
        "WhatsApp +60 13-447 2019",
        "PM cepat, slot terhad!",
        "Telegram @kerja_cs_asia",
        "Inbox untuk details.",
        "WS 019-552 8820",
        "Hubungi HR di Telegram @hr_luar_ms",
    ),
)

# Malay (Malaysia): hard legitimate ads.
MS_LEGIT: tuple[str, ...] = (
    (
        "KERJA KOSONG - Operator Pengeluaran (Kilang Elektronik), Senai, Johor\n"
        "Gaji asas RM1,700 + OT + elaun kehadiran RM100\n"
        "Kerja syif 12 jam, 4 hari kerja 2 hari cuti\n"
        "Asrama disediakan (potongan RM50/bulan), bas kilang disediakan\n"
        "Kelayakan: warganegara Malaysia, umur 18-45, SPM/PT3\n"
        "Temuduga terbuka setiap Isnin & Rabu, 9 pagi di pejabat HR kilang. Bawa "
        "salinan IC & sijil.\n"
        "Tiada sebarang bayaran dikenakan."
    ),
    (
        "Jawatan Kosong: Customer Service Executive (hybrid, boleh kerja dari "
        "rumah)\n"
        "Syarikat telekomunikasi, Cyberjaya\n"
        "Gaji RM2,300 - RM2,800 + elaun internet RM100 + KWSP, PERKESO\n"
        "Tak perlu pengalaman, latihan 2 minggu di pejabat Cyberjaya sebelum WFH\n"
        "Mohon melalui portal kerjaya rasmi syarikat atau JobStreet. Kami TIDAK "
        "meminta sebarang bayaran dan tidak merekrut melalui Telegram."
    ),
    (
        "Kerja kosong Pembantu Kedai Runcit di Shah Alam. Gaji lumayan RM1,900 + "
        "bonus jualan, cuti 6 hari sebulan. Dekat dengan stesen LRT. Berminat datang "
        "terus ke kedai dengan IC, tanya Encik Razak."
    ),
    (
        "Hotel 4 bintang di Langkawi memerlukan Front Office Assistant. Gaji RM2,000 "
        "+ service charge, makan disediakan semasa bertugas, asrama staf untuk yang "
        "bukan penduduk tempatan. Pengalaman tidak diperlukan, latihan diberi. "
        "Hantar resume ke emel jabatan sumber manusia hotel."
    ),
    (
        "Jawatan kosong di Singapura - Juruteknik Penyelenggaraan, melalui agensi "
        "pekerjaan berlesen MOM (EA Licence No. 19C9842). Gaji SGD 2,400 + OT. Work "
        "Permit dimohon dan dibayar oleh majikan. Yuran agensi mengikut had MOM "
        "(maksimum 1 bulan gaji bagi setiap tahun kontrak), resit rasmi diberi. "
        "Temuduga bersemuka di pejabat kami di Johor Bahru."
    ),
    (
        "Rider penghantaran makanan diperlukan di Kuala Terengganu. Pendapatan "
        "sehingga RM3,500 sebulan bergantung kepada bilangan penghantaran. Perlu "
        "motosikal sendiri & lesen B2. Daftar melalui aplikasi rasmi sahaja."
    ),
    (
        "Kekosongan Jawatan Pembantu Tadbir (Gred N19). Permohonan hanya melalui "
        "portal rasmi SPA sebelum 31 Disember. Tiada bayaran dikenakan untuk memohon "
        "dan tiada ejen dilantik."
    ),
    (
        "Kerja kosong Juruwang Stesen Minyak, Kota Bharu. Gaji RM1,750 + elaun syif "
        "malam. Tak perlu pengalaman. Walk-in interview di stesen setiap hari 10 "
        "pagi - 4 petang."
    ),
    (
        "Syarikat BPO di Kuala Lumpur (Bangsar South) perlukan Customer Service "
        "Bahasa Melayu & English. Tiada pengalaman? Tak apa, latihan berbayar "
        "diberi. Gaji RM2,500 + elaun bahasa RM300 + insentif. Kerja di pejabat, 9 "
        "pagi - 6 petang. Temuduga di pejabat, bawa IC & resume."
    ),
    (
        "Kerja kosong Pengawal Keselamatan, Seremban. Gaji RM1,800 - RM2,300 (syif "
        "12 jam). KWSP & PERKESO dicarum. Syarikat berlesen KDN. Hubungi pejabat "
        "06-761 2245 atau datang ke pejabat."
    ),
    (
        "Jawatan kosong: Guru Tadika, Bangi. Kelayakan Diploma Pendidikan Awal "
        "Kanak-kanak. Gaji RM2,000 - RM2,500 ikut pengalaman. Hantar resume melalui "
        "emel. Hanya calon tersenarai pendek akan dihubungi."
    ),
    (
        "Kerja di Kemboja - Jurutera Tapak (projek pembinaan hotel, Phnom Penh) "
        "untuk syarikat pembinaan Malaysia. Kontrak 2 tahun, gaji RM9,000 + elaun "
        "ekspatriat, tiket pulang tahunan, permit kerja Kemboja diuruskan syarikat. "
        "Kelayakan: Ijazah Kejuruteraan Awam, 5 tahun pengalaman, berdaftar dengan "
        "BEM. Mohon melalui laman kerjaya rasmi; temuduga di ibu pejabat Kuala "
        "Lumpur."
    ),
    (
        "Restoran di Pulau Pinang cari tukang masak & pembantu dapur. Gaji lumayan "
        "RM2,200-RM3,000, makan & tempat tinggal disediakan, cuti 4 hari sebulan. "
        "Pengalaman diutamakan. WhatsApp 012-480 7712 atau datang terus ke restoran."
    ),
    (
        "Resort di Krabi (Thailand) memerlukan Guest Relations Officer yang fasih "
        "Bahasa Melayu untuk tetamu dari Malaysia. Gaji THB 25,000 + service charge. "
        "Visa Non-B dan work permit diuruskan dan dibayar oleh resort, penginapan "
        "staf disediakan. Temuduga video dengan pengurus HR, kontrak ditandatangani "
        "sebelum berangkat. Tiada bayaran. Hantar CV ke emel HR resort."
    ),
    (
        "Jawatan kosong Pembantu Pemasaran Digital (latihan industri) di Kuching. "
        "Elaun RM1,200 sebulan. Kerja di pejabat, urus media sosial syarikat. "
        "Pelajar tahun akhir diploma/ijazah digalakkan memohon. Emel resume dan "
        "surat sokongan universiti."
    ),
)

# Vietnamese: whole scam-compound recruitment ads.
VI_SCAM: tuple[str, ...] = (
    (
        "TUYỂN GẤP 20 NHÂN VIÊN CSKH LÀM VIỆC TẠI CAMPUCHIA 🇰🇭\n"
        "💰 Lương 1.000$ - 1.500$/tháng + thưởng\n"
        "🏠 Bao ăn ở, bao vé máy bay\n"
        "📄 Hỗ trợ làm hộ chiếu\n"
        "✅ Không cần kinh nghiệm, có đào tạo\n"
        "✅ Tuổi 18-35, biết đánh máy\n"
        "Liên hệ Zalo: 0968 214 557"
    ),
    (
        "Việc nhẹ lương cao, chỉ cần biết dùng điện thoại và đánh máy. Làm việc văn "
        "phòng, lương 25-40 triệu/tháng. Bao ăn ở. Ai cần inbox mình nhé."
    ),
    (
        "tuyen nv truc page lam viec tai cam, luong 1500$, bao an o, bao ve xe, ko "
        "can kinh nghiem. ib zalo 0337 508 921"
    ),
    (
        "Cần tuyển 5 bạn nữ 18-28 tuổi làm chat online (tư vấn khách hàng) ở "
        "Sihanoukville. Lương cứng 1.200$ + hoa hồng. Bên mình lo hết giấy tờ, có xe "
        "đưa đón từ Mộc Bài. Nhắn tin riêng."
    ),
    (
        "Tuyển nhân viên marketing online đi làm ở Myanmar, lương 2.000 USD, công ty "
        "lo vé máy bay sang Bangkok rồi có người đón. Không cần bằng cấp. Liên hệ "
        "Telegram @tuyendung_mm"
    ),
    (
        "🔥 CƠ HỘI VIỆC LÀM NƯỚC NGOÀI 🔥\n"
        "Vị trí: Nhân viên nhập liệu / đánh máy\n"
        "Địa điểm: Bavet (gần cửa khẩu Mộc Bài, Tây Ninh)\n"
        "Lương: 20-30 triệu, trả bằng USD\n"
        "Chế độ: ăn 3 bữa, ký túc xá có điều hoà, wifi\n"
        "Yêu cầu: biết tiếng Việt, đánh máy nhanh, không cần tiếng Anh\n"
        "Đi ngay trong tuần\n"
        "Liên hệ: 0908 631 274 (Zalo/Telegram)"
    ),
    (
        "Ai đang thất nghiệp cần việc gấp thì liên hệ mình, công việc nhẹ nhàng ngồi "
        "máy lạnh, lương tháng 1.500$, có chỗ ở. Phải đi xa một chút nhưng bên mình "
        "lo chi phí hết."
    ),
    (
        "Tuyển phiên dịch tiếng Trung - tiếng Việt làm tại Lào (đặc khu Tam Giác "
        "Vàng). Lương 2.500$, bao ăn ở, bao vé. Zalo 0912 447 180"
    ),
    (
        "Tuyển game tester, chỉ cần chơi game và báo lỗi, lương 1000-1500 đô. Làm "
        "tại Poipet. Miễn phí vé, ăn ở. Inbox ngay!"
    ),
    (
        "luong 30tr/thang, lam cskh online, cty lo het, di cam, tuoi 18-35, ai can "
        "viec ib"
    ),
    (
        "[TUYỂN DỤNG] Nhân viên telesale tiếng Việt\n"
        "- Làm việc tại Phnom Penh\n"
        "- Lương cơ bản 800$ + hoa hồng không giới hạn (thu nhập 2.000-5.000$)\n"
        "- Hỗ trợ visa, vé máy bay, chỗ ở\n"
        "- Không yêu cầu kinh nghiệm\n"
        "- Ưu tiên nhanh nhẹn, giao tiếp tốt\n"
        "Gửi thông tin qua Telegram: @hr_pp_vn"
    ),
    (
        "Bạn muốn đổi đời? Công ty mình đang tuyển nhân viên làm việc tại Dubai, vị "
        "trí chăm sóc khách hàng, lương 2.000$/tháng. Đi visa du lịch trước, sang đó "
        "công ty đổi visa làm việc. Bao vé máy bay và khách sạn."
    ),
    (
        "Tuyển 10 nhân viên văn phòng làm việc ở nước ngoài. Lương cao, ăn ở miễn "
        "phí, không cần kinh nghiệm, không cần ngoại ngữ. Đi ngay trong 3 ngày. Liên "
        "hệ Zalo."
    ),
    (
        "Em có người nhà đang làm bên Campuchia, công ty tốt lắm, giờ đang cần thêm "
        "người làm CSKH, lương 1.200 đô. Ai muốn đi thì nhắn em, em giới thiệu, vé "
        "xe công ty trả."
    ),
    (
        "Tuyển lao động làm việc tại Philippines (Manila) - vị trí hỗ trợ khách hàng "
        "cho nền tảng đầu tư. Lương 1.800$, ở khách sạn, bao ăn. Yêu cầu tiếng Việt "
        "tốt, sử dụng máy tính cơ bản. Liên hệ Telegram @manila_hr_vn"
    ),
    (
        "Cần gấp 3 bạn biết tiếng Anh cơ bản làm chat với khách nước ngoài, lương 40 "
        "triệu, làm việc tại Myawaddy. Công ty đón tận nơi."
    ),
    (
        "🌏 Việc làm Thái Lan - lương 35.000 baht (khoảng 25 triệu). Công việc: nhập "
        "dữ liệu. Bay từ Tân Sơn Nhất, đến Bangkok có xe đón đi tiếp. Ăn ở miễn phí. "
        "Inbox để biết thêm."
    ),
    (
        "Tuyển NV CSKH, làm ca 12 tiếng, nghỉ 2 ngày/tháng, lương 1.300 USD. Nơi "
        "làm: Sihanoukville. Không cần kinh nghiệm, đào tạo 1 tuần. Bao ăn ở, xe đón "
        "ở cửa khẩu. LH 0387 226 914"
    ),
    (
        "Việc làm online cho sinh viên và mẹ bỉm: trả lời tin nhắn khách hàng, thu "
        "nhập 500k-1tr/ngày. Sau 1 tháng có thể lên làm chính thức ở văn phòng nước "
        "ngoài, lương 2.000$."
    ),
    (
        "CẦN TUYỂN GẤP 💥 Nhân viên chạy quảng cáo Facebook/TikTok, làm việc tại "
        "Campuchia, lương từ 1.500$, có thưởng KPI. Công ty lo toàn bộ chi phí đi "
        "lại + làm giấy tờ. Zalo 0795 113 642"
    ),
    (
        "Tuyển người đánh máy, làm trong phòng máy lạnh, bao ăn 3 bữa, có phòng ở, "
        "lương cao, đi làm ngay. Chi tiết ib."
    ),
    (
        "Anh chị em nào cần việc lương cao thì nhắn em. Việc ở Cam, chỉ cần cầm điện "
        "thoại nhắn tin với khách. Lương 1.000-2.000$, tháng nào cũng gửi tiền về "
        "nhà được. Em lo vé xe từ Sài Gòn."
    ),
    (
        "Tuyen gap nhan vien ban hang online tai Lao, luong 2000 USD, bao an o, ve "
        "may bay. Yeu cau biet doc viet tieng Viet, tuoi 18-40. LH telegram "
        "@lao_job_vn"
    ),
    (
        "Tuyển nhân viên chăm sóc khách hàng người Việt cho sàn giao dịch quốc tế. "
        "Làm tại văn phòng ở nước ngoài, lương 1.500-3.000 USD. Hỗ trợ 100% chi phí. "
        "Liên hệ: t.me/sanqt_hr"
    ),
    (
        "Tuyển nữ 20-30 tuổi ngoại hình khá làm nhân viên chat tư vấn, lương cứng "
        "25tr + thưởng, nơi làm việc Myawaddy, bao ăn ở, lo xe từ Mae Sot. Ib riêng."
    ),
    (
        "VIỆC LÀM TẠI DUBAI 🇦🇪\n"
        "Nhân viên hỗ trợ online tiếng Việt\n"
        "Lương: 7.000 AED\n"
        "Bao vé máy bay, visa, khách sạn\n"
        "Không cần kinh nghiệm\n"
        "Inbox ngay!"
    ),
    (
        "Đang tuyển CSKH lương 1.500$ ở nước ngoài. Bên mình làm giấy tờ nhanh, xuất "
        "cảnh trong tuần. Liên hệ số 0933 508 617."
    ),
    (
        "Tuyển phiên dịch tiếng Hàn / tiếng Nhật làm việc tại Campuchia, lương "
        "2.500-3.500$, bao ăn ở. Không cần bằng cấp, chỉ cần giao tiếp được. Ib Zalo."
    ),
    (
        "Tuyển thực tập sinh IT làm việc tại Tachileik, lương khởi điểm 1.000$, đào "
        "tạo từ đầu, bao ăn ở và đi lại."
    ),
    "lam viec tai poipet, luong 1tr/ngay, viec nhe, bao an o. ai can inbox",
    (
        "Chỉ cần biết dùng Facebook, Zalo là làm được! Công ty nước ngoài tuyển nhân "
        "viên marketing, lương 1.200$ + thưởng. Làm việc tại Phnom Penh. Bao vé xe, "
        "chỗ ở, ăn uống. Liên hệ ngay để được phỏng vấn online."
    ),
    (
        "Tuyển nhân viên kỹ thuật hỗ trợ hệ thống game online, làm tại Campuchia. "
        "Lương thỏa thuận (cao), bao ăn ở, hỗ trợ làm hộ chiếu. Ưu tiên nam 18-30."
    ),
    (
        "can 5 ban di lam cskh o thai lan, luong 35k baht, co nguoi don o san bay, "
        "bao an o. ib minh"
    ),
    (
        "📢📢 TUYỂN DỤNG THÁNG 12 📢📢\n"
        "Công ty công nghệ nước ngoài cần tuyển:\n"
        "1. Nhân viên CSKH (10 người)\n"
        "2. Nhân viên đánh máy (5 người)\n"
        "3. Phiên dịch Trung - Việt (2 người)\n"
        "\n"
        "📍 Nơi làm việc: Sihanoukville, Campuchia\n"
        "💰 Lương: 1.000$ - 2.500$ + thưởng doanh số\n"
        "🏠 Ký túc xá miễn phí, ăn 3 bữa\n"
        "🚌 Đưa đón từ TP.HCM, công ty chịu toàn bộ chi phí\n"
        "\n"
        "Yêu cầu: 18-35 tuổi, sức khỏe tốt, không cần kinh nghiệm\n"
        "Quy trình: phỏng vấn qua Zalo → nhận việc → xuất phát trong 3 ngày\n"
        "Liên hệ chị Linh: 0976 385 120"
    ),
)

# Vietnamese: pieces for the combined scam ads.
VI_PARTS = Parts(
    openings=(
        "🔥 TUYỂN GẤP 🔥",
        "Việc nhẹ lương cao!",
        "Cơ hội việc làm nước ngoài",
        "Ai cần việc làm ngay thì xem nhé",
        "TUYỂN DỤNG THÁNG NÀY",
        "Cần người gấp!",
    ),
    bodies=(
        "Nhân viên CSKH làm tại Campuchia, lương 1.200$ - 1.800$.",
        "Nhân viên đánh máy tại Bavet, lương 25 triệu/tháng.",
        "Nhân viên marketing online ở Myawaddy, lương 2.000$.",
        "Nhân viên chat tư vấn tại Sihanoukville, lương cứng 1.000$ + hoa hồng.",
        "Nhân viên nhập liệu ở Lào, lương cao, trả bằng USD.",
        "Trực page, trả lời tin nhắn khách, làm ở nước ngoài, thu nhập hấp dẫn.",
    ),
    perks=(
        "Bao ăn ở, bao vé máy bay, hỗ trợ làm hộ chiếu.",
        "Không cần kinh nghiệm, có đào tạo, tuổi 18-35.",
        "Ăn ở miễn phí, xe đón tận nơi, đi ngay trong tuần.",
        "Không cần bằng cấp, không cần ngoại ngữ.",
    ),
    closings=(
        "Liên hệ Zalo 0972 418 336",
        "Inbox ngay!",
        "Telegram @vn_job_cam",
        "LH 0901 772 458 (Zalo)",
        "Nhắn tin riêng để biết thêm chi tiết.",
        "Ib mình nha 👇",
    ),
)

# Vietnamese: hard legitimate ads.
VI_LEGIT: tuple[str, ...] = (
    (
        "CÔNG TY CP NHÂN LỰC QUỐC TẾ HÀ THÀNH - Giấy phép hoạt động dịch vụ đưa "
        "người lao động đi làm việc ở nước ngoài số 215/LĐTBXH-GP\n"
        "TUYỂN 30 THỰC TẬP SINH NGÀNH ĐIỆN TỬ ĐI NHẬT BẢN\n"
        "- Nơi làm việc: tỉnh Aichi, lương cơ bản 185.000 yên/tháng (trước thuế)\n"
        "- Hợp đồng 3 năm, làm thêm giờ được trả lương theo luật Nhật\n"
        "- Yêu cầu: nam/nữ 18-30 tuổi, tốt nghiệp THPT, thi tuyển trực tiếp với xí "
        "nghiệp\n"
        "- Chi phí theo đúng Luật 69/2020/QH14, tiền dịch vụ không vượt mức trần quy "
        "định, có hóa đơn\n"
        "- Học tiếng Nhật 4-6 tháng tại trung tâm của công ty\n"
        "Địa chỉ: văn phòng công ty tại quận Cầu Giấy, Hà Nội. Người lao động có thể "
        "tra cứu giấy phép trên website của Cục Quản lý lao động ngoài nước."
    ),
    (
        "Trung tâm Lao động ngoài nước thông báo kế hoạch thi tiếng Hàn (EPS-TOPIK) "
        "tuyển chọn lao động đi làm việc tại Hàn Quốc ngành sản xuất chế tạo. Người "
        "lao động đăng ký trực tiếp tại địa điểm do Sở tại địa phương công bố. "
        "Chương trình EPS không thu phí môi giới; chỉ nộp lệ phí thi và các khoản "
        "theo quy định. Cảnh giác với các cá nhân hứa hẹn 'chạy' đi Hàn."
    ),
    (
        "Khách sạn 5 sao tại Siem Reap (Campuchia) tuyển Quản lý nhà hàng người Việt "
        "để phục vụ khách đoàn Việt Nam. Yêu cầu: 3 năm kinh nghiệm F&B, tiếng Anh "
        "giao tiếp. Lương 1.200-1.500 USD, giấy phép lao động Campuchia do khách sạn "
        "làm và chi trả, hợp đồng ký trước khi đi. Phỏng vấn trực tiếp tại văn phòng "
        "đại diện ở TP.HCM. Gửi CV qua email phòng nhân sự."
    ),
    (
        "Công ty viễn thông Việt Nam đầu tư tại Lào tuyển kỹ sư mạng (BTS/truyền "
        "dẫn) làm việc tại Viêng Chăn. Tốt nghiệp đại học chuyên ngành điện tử viễn "
        "thông, tối thiểu 2 năm kinh nghiệm. Thu nhập 25-35 triệu + phụ cấp biệt "
        "phái, vé máy bay về phép 2 lần/năm. Nộp hồ sơ qua cổng tuyển dụng chính "
        "thức của tập đoàn."
    ),
    (
        "Tuyển nhân viên chăm sóc khách hàng làm việc tại nhà (remote) cho sàn "
        "thương mại điện tử. Làm ca 4 tiếng, lương 28.000đ/giờ, ký hợp đồng cộng tác "
        "viên, đào tạo online 3 ngày có bài kiểm tra. Không thu bất kỳ khoản phí "
        "nào. Ứng tuyển trên trang tuyển dụng chính thức của công ty."
    ),
    (
        "KCN VSIP Bình Dương - Công ty TNHH điện tử cần tuyển gấp 200 công nhân lắp "
        "ráp. Lương cơ bản 5.500.000đ + phụ cấp + tăng ca, tổng thu nhập 8-10 triệu. "
        "Có xe đưa đón, cơm trưa miễn phí, hỗ trợ tiền nhà trọ 500k/tháng. Không cần "
        "kinh nghiệm. Phỏng vấn tại cổng công ty thứ 2 đến thứ 7, mang theo CCCD."
    ),
    (
        "Tuyển lao động đi Đài Loan - đơn hàng nhà máy thực phẩm tại Đào Viên. Lương "
        "không thấp hơn mức lương cơ bản theo luật lao động Đài Loan, làm thêm giờ "
        "tính riêng. Công ty có giấy phép đưa người lao động đi làm việc ở nước "
        "ngoài, hợp đồng có xác nhận của cơ quan có thẩm quyền. Khám sức khỏe tại "
        "bệnh viện được chỉ định. Mọi khoản thu đều có phiếu thu và ghi rõ trong hợp "
        "đồng."
    ),
    (
        "Ngân hàng tuyển Giao dịch viên làm việc tại chi nhánh Phnom Penh, phục vụ "
        "khách hàng doanh nghiệp Việt Nam tại Campuchia. Yêu cầu tốt nghiệp đại học "
        "khối kinh tế, tiếng Anh tốt, ưu tiên biết tiếng Khmer. Nộp hồ sơ qua "
        "website tuyển dụng của ngân hàng; thi viết và phỏng vấn tại hội sở Hà Nội."
    ),
    (
        "Quán cơm cần tuyển phụ bếp, bao ăn ở, lương 7 triệu, làm ở quận 7 TP.HCM. "
        "Không cần kinh nghiệm, chịu khó là được. Liên hệ chị Hạnh 0909 611 820."
    ),
    (
        "Tổ chức phi chính phủ quốc tế tại Lào tuyển Cán bộ dự án (Y tế cộng đồng), "
        "làm việc tại tỉnh Savannakhet. Yêu cầu thạc sĩ y tế công cộng, tiếng Anh "
        "thành thạo. Lương theo thang bảng của tổ chức. Hạn nộp hồ sơ 15/01. Chỉ ứng "
        "viên vào vòng phỏng vấn được liên hệ."
    ),
    (
        "Trung tâm tiếng Anh tuyển nhân viên tư vấn tuyển sinh (telesale), không cần "
        "kinh nghiệm, được đào tạo. Lương cứng 7 triệu + hoa hồng. Làm tại văn phòng "
        "Đà Nẵng, giờ hành chính. Nộp CV qua email hoặc đến trực tiếp."
    ),
    (
        "tuyen nv phuc vu quan cafe ca toi, 25k/h, lam tai go vap, sinh vien ok. ib "
        "page hoac ghe quan hoi chi Thu"
    ),
    (
        "Chương trình đưa lao động đi làm việc thời vụ tại Hàn Quốc (visa E-8) theo "
        "thỏa thuận giữa UBND huyện và chính quyền địa phương Hàn Quốc. Người lao "
        "động đăng ký tại UBND xã, được hỗ trợ vay vốn ưu đãi. Thời hạn 5-8 tháng. "
        "Không qua trung gian, không thu phí môi giới."
    ),
    (
        "Công ty may mặc tại Bavet (Campuchia) tuyển Trưởng chuyền người Việt, yêu "
        "cầu 5 năm kinh nghiệm ngành may. Lương 1.000-1.300 USD, ở ký túc xá chuyên "
        "gia, về phép 3 tháng/lần. Công ty làm work permit, hợp đồng song ngữ. Phỏng "
        "vấn tại nhà máy, mang theo bằng cấp gốc."
    ),
    (
        "Khách sạn tại Đà Lạt tuyển lễ tân, ưu tiên biết tiếng Anh hoặc tiếng Trung. "
        "Lương 8-10 triệu + phí dịch vụ, có phòng ở cho nhân viên ở xa. Gửi CV về "
        "email phòng nhân sự."
    ),
)

# Thai: whole scam-compound recruitment ads.
TH_SCAM: tuple[str, ...] = (
    (
        "📢 รับสมัครพนักงานแอดมินตอบแชท ทำงานต่างประเทศ\n"
        "💰 เงินเดือน 35,000-50,000 บาท\n"
        "✈️ ออกค่าตั๋วเครื่องบินให้\n"
        "🏠 ที่พักฟรี อาหารฟรี 3 มื้อ\n"
        "✅ ไม่ต้องมีประสบการณ์ มีสอนงาน\n"
        "✅ อายุ 18-35 ปี พิมพ์ดีดได้\n"
        "สนใจทักไลน์ไอดี: @job_inter88"
    ),
    (
        "หางานด่วน!! งานแอดมินออนไลน์ ทำงานที่ปอยเปต เงินเดือน 30,000 บาท มีที่พัก อาหารฟรี "
        "ไม่ต้องมีวุฒิ ทักแชทมาเลย"
    ),
    (
        "รับคนทำงานพิมพ์ข้อมูล นั่งทำงานในห้องแอร์ งานสบาย รายได้ดี มีที่พักให้ "
        "ต้องเดินทางไปทำงานต่างประเทศ บริษัทออกค่าใช้จ่ายให้ทั้งหมด สนใจ inbox"
    ),
    (
        "ใครว่างงานอยู่ มาทำงานด้วยกันที่กัมพูชา งานตอบแชทลูกค้า เงินเดือน 40,000+ ค่าคอมแยก "
        "เดินทางไปพร้อมกันอาทิตย์หน้า ทักมานะ"
    ),
    (
        "รับสมัครล่ามภาษาจีน-ไทย ทำงานที่เมียวดี เงินเดือน 50,000 บาท ไม่ต้องมีประสบการณ์ "
        "มีรถรับที่แม่สอด ที่พักฟรี ติดต่อไลน์ id: maesot_job"
    ),
    (
        "งานเทเลเซลล์ภาษาไทย ประจำสำนักงานที่สีหนุวิลล์ เงินเดือน USD 1,000 + ค่าคอม บินฟรี "
        "ทำพาสปอร์ตให้ ทำงาน 12 ชม. หยุดเดือนละ 2 วัน Telegram @sihanouk_th"
    ),
    (
        "รับด่วน! พนักงานเทสเกม แค่เล่นเกมก็ได้เงิน เดือนละ 45,000 บาท ทำงานที่สามเหลี่ยมทองคำ "
        "(ฝั่งลาว) ที่พัก อาหาร ฟรี มีรถรับส่งจากเชียงราย"
    ),
    (
        "หางานต่างประเทศ รายได้ดี ไม่ต้องใช้ภาษาอังกฤษ ไม่ต้องมีประสบการณ์ อายุ 18 ขึ้นไป "
        "ออกเดินทางได้ภายใน 3 วัน ทักมาคุยรายละเอียด"
    ),
    (
        "ทำงานดูไบ 🇦🇪 ตำแหน่งแอดมินออนไลน์ เงินเดือน 60,000 บาท ใช้วีซ่าท่องเที่ยวไปก่อน "
        "ไปถึงบริษัททำวีซ่าทำงานให้ ตั๋ว+ที่พัก ฟรี สนใจทักไลน์"
    ),
    (
        "รับสมัครพนักงานการตลาดออนไลน์ (ยิงแอด/หาลูกค้า) ทำงานที่พนมเปญ เงินเดือน 35,000-60,000 "
        "บาท ตามผลงาน มีสอนงานให้ สนใจส่งชื่อ อายุ เบอร์โทร ทางไลน์ @pp_marketing"
    ),
    (
        "งานแอดมินเพจ ฐานเงินเดือนสูง ที่พัก+อาหาร+ตั๋วฟรี ทำงานในออฟฟิศ ต้องย้ายไปอยู่ประจำที่บริษัท "
        "สนใจ pm"
    ),
    (
        "มีเพื่อนทำงานอยู่ที่ปอยเปต บริษัทกำลังหาคนเพิ่ม งานคีย์ข้อมูล เงินเดือนสามหมื่นกว่า ที่พักฟรี "
        "ใครสนใจทักมาเดี๋ยวส่งต่อให้"
    ),
    (
        "รับสมัครสาวๆ อายุ 20-30 ทำงานแชทคุยกับลูกค้าต่างชาติ ภาษาอังกฤษพอได้ เงินเดือน 50,000 "
        "บาท+ โบนัส ทำงานที่พม่า มีคนดูแลตลอด ทักไลน์"
    ),
    (
        "🔥งานด่วน🔥 คัดคนพิมพ์เร็ว ตำแหน่ง CS เงินเดือน 1,200 USD ประจำประเทศลาว "
        "บริษัทจัดการเรื่องเอกสารทั้งหมด ติดต่อ WhatsApp +856 20 9981 4402"
    ),
    "งานแอดมินเว็บออนไลน์ เงินเดือน 40k ปอยเปต/บาเวต ที่พักฟรี ไม่ต้องมีประสบการณ์ ทักได้เลย",
    (
        "งานบริษัทต่างประเทศ ตำแหน่ง Customer Service\n"
        "- เงินเดือน 38,000 บาท\n"
        "- ทำงาน 6 วัน/สัปดาห์\n"
        "- ที่พักฟรี อาหารฟรี\n"
        "- ไม่จำเป็นต้องมีประสบการณ์\n"
        "- ต้องมีพาสปอร์ต (ถ้าไม่มี บริษัทช่วยทำให้)\n"
        "- เดินทางไปแม่สอด แล้วมีรถรับต่อ\n"
        "สนใจติดต่อ LINE: hr.asia.2026"
    ),
    (
        "หางานทำไหม งานง่ายๆ ทำในโทรศัพท์ คุยกับลูกค้า รายได้เดือนละหลายหมื่น ต้องไปทำงานที่ฝั่งพม่า "
        "เดินทางฟรี"
    ),
    (
        "รับสมัครพนักงานไอทีซัพพอร์ต ท่าขี้เหล็ก เงินเดือน 45,000 บาท ไม่ต้องจบไอทีก็ได้ มีสอน มีที่พัก "
        "ติดต่อ Telegram @tachileik_it"
    ),
    (
        "ด่วนมาก! ต้องการ 10 อัตรา งานพิมพ์ ตอบแชท เงินเดือนดี ทำงานต่างประเทศ "
        "บริษัทจ่ายค่าเดินทาง ไปได้เลยภายในสัปดาห์นี้ ไม่ต้องสัมภาษณ์"
    ),
    (
        "รับสมัครคนไทยทำงานฟิลิปปินส์ (มะนิลา) ตำแหน่งซัพพอร์ตลูกค้าคนไทย เงินเดือน 55,000 บาท "
        "ตั๋วเครื่องบิน วีซ่า ที่พัก ฟรี ไม่ต้องมีประสบการณ์ ทักไลน์ @manila.th.job"
    ),
    "งานออนไลน์ เงินดี ต้องเดินทาง ที่พักฟรี inbox",
    (
        "ใครอยากได้งานเงินเดือนเป็นดอลลาร์ ทำงานออฟฟิศที่เขมร ไม่ต้องมีวุฒิ ไม่ต้องมีประสบการณ์ "
        "แค่ใช้คอมเป็น ติดต่อมาเลยค่ะ"
    ),
    (
        "รับสมัครพนักงานคีย์ข้อมูล ประจำออฟฟิศสีหนุวิลล์ เงินเดือน 32,000 บาท+ ทำงานวันละ 12 ชม. "
        "อาหาร 3 มื้อ หอพักฟรี เดินทางทางด่านคลองลึก-ปอยเปต มีคนพาข้ามแดน"
    ),
    (
        "หารายได้เสริมไหม? เริ่มทำงานออนไลน์ที่บ้านก่อน ถ้าผ่านจะได้ไปประจำสำนักงานใหญ่ต่างประเทศ "
        "เงินเดือน 50,000 บาท"
    ),
    (
        "บริษัทจีนรับคนไทยทำงาน พูดไทยได้ก็พอ งานง่าย ทำในคอมพิวเตอร์ เงินเดือน 40,000 บาท "
        "ทำงานแถวชายแดน ที่พักอาหารฟรี WeChat: thjob_zh"
    ),
    (
        "รับพนักงานชาย-หญิง อายุ 18-35 งาน online marketing ประเทศลาว เงินเดือน "
        "1,000-1,500 ดอลลาร์ ค่าคอมสูง สวัสดิการ ที่พัก อาหาร ตั๋ว ฟรี ติดต่อ +856 20 5544 7810"
    ),
    (
        "ตามหาคนอยากเปลี่ยนชีวิต ทำงานแค่ 1 ปี มีเงินเก็บเป็นแสน งานออฟฟิศสบายๆ บริษัทออกค่าใช้จ่าย "
        "เดินทางไปต่างประเทศ ส่งข้อความมา"
    ),
    "งานแปลภาษา อังกฤษ-ไทย ประจำบาเวต เงินเดือน 1,500 USD ไม่ต้องมีใบรับรอง ที่พักฟรี ติดต่อไลน์",
    (
        "ประกาศรับสมัครงานด่วน\n"
        "ตำแหน่ง: พนักงานตอบแชทลูกค้า (ภาษาไทย)\n"
        "สถานที่: เมียวดี ประเทศเมียนมา (ตรงข้ามแม่สอด)\n"
        "เงินเดือน: 35,000-45,000 บาท + ค่าคอม\n"
        "เวลาทำงาน: 12 ชั่วโมง/วัน\n"
        "สวัสดิการ: หอพัก อาหาร น้ำ ไฟ ฟรี\n"
        "ไม่ต้องใช้พาสปอร์ต มีรถรับจากแม่สอด\n"
        "ติดต่อ: Telegram @mwd_hr"
    ),
    "รับคนทำงานตอบแชท วันละ 1,500 บาท ไปทำที่ปอยเปต ได้กลับบ้านทุกเดือน",
    "ต้องการคนพิมพ์ภาษาไทยเร็ว งานในบริษัทต่างประเทศ เงินเดือนเกิน 3 หมื่น มีที่พัก ไม่ต้องมีประสบการณ์",
    (
        "🇰🇭 งานกัมพูชา 🇰🇭 แอดมิน/CS/คีย์ข้อมูล 💵 35k-50k 🏠 ฟรีที่พัก 🍚 ฟรีอาหาร 🚗 "
        "มีรถรับที่ชายแดน 📲 ไลน์ @kh.jobs"
    ),
    (
        "‼️ รับสมัครด่วน 20 อัตรา ‼️\n"
        "บริษัทเทคโนโลยีต่างประเทศ เปิดรับพนักงานคนไทย\n"
        "\n"
        "📌 ตำแหน่ง\n"
        "- แอดมินตอบแชท\n"
        "- พนักงานคีย์ข้อมูล\n"
        "- ล่ามจีน-ไทย\n"
        "\n"
        "💰 เงินเดือน 30,000-70,000 บาท + โบนัสรายเดือน\n"
        "🏢 สถานที่ทำงาน: บาเวต ประเทศกัมพูชา\n"
        "🏠 หอพักแอร์ อาหาร 3 มื้อ ฟรี\n"
        "🚐 มีรถรับจากกรุงเทพฯ ถึงที่ทำงาน\n"
        "\n"
        "คุณสมบัติ: อายุ 18-35 ปี พิมพ์ดีดได้ ไม่ต้องมีประสบการณ์\n"
        "สัมภาษณ์ทางไลน์ ผ่านแล้วเดินทางได้ทันที\n"
        "ติดต่อคุณแอน LINE: ann.hr.kh"
    ),
)

# Thai: pieces for the combined scam ads.
TH_PARTS = Parts(
    openings=(
        "📢 รับสมัครด่วน",
        "หางานอยู่ไหม?",
        "งานต่างประเทศ รายได้ดี",
        "ด่วน! รับหลายอัตรา",
        "ใครกำลังหางานทักมา",
        "ประกาศรับสมัครพนักงาน",
    ),
    bodies=(
        "ตำแหน่งแอดมินตอบแชท ทำงานที่ปอยเปต เงินเดือน 35,000 บาท",
        "งานคีย์ข้อมูล ประจำสีหนุวิลล์ เงินเดือน 1,000 USD",
        "ตำแหน่งการตลาดออนไลน์ ทำงานที่เมียวดี เงินเดือน 45,000 บาท",
        "งานเทเลเซลล์ ทำงานที่ประเทศลาว รายได้ 40,000 บาท+ค่าคอม",
        "งานพิมพ์เอกสาร ทำงานต่างประเทศ เงินเดือนสูง",
        "งานซัพพอร์ตลูกค้า ต้องย้ายไปประจำต่างประเทศ รายได้หลายหมื่น",
    ),
    perks=(
        "ที่พักฟรี อาหารฟรี ออกค่าเดินทางให้",
        "ไม่ต้องมีประสบการณ์ มีสอนงาน อายุ 18-35",
        "ทำพาสปอร์ตให้ เดินทางได้ภายใน 3 วัน",
        "ไม่ต้องมีวุฒิ พิมพ์ดีดเป็นก็พอ",
    ),
    closings=(
        "สนใจทักไลน์ @workabroad99",
        "ติดต่อ Telegram @th_hr_asia",
        "inbox มาเลย",
        "โทร 089 553 2170",
        "ทักแชทได้เลยค่ะ",
        "WhatsApp +855 71 228 9034",
    ),
)

# Thai: hard legitimate ads.
TH_LEGIT: tuple[str, ...] = (
    (
        "กรมการจัดหางาน ประกาศรับสมัครคนหางานไปทำงานเกาหลีใต้ ระบบ EPS "
        "ประเภทงานเกษตรและงานผลิต ผู้สมัครต้องสอบภาษาเกาหลี (EPS-TOPIK) "
        "สมัครด้วยตนเองที่สำนักงานจัดหางานจังหวัด ไม่มีค่าหัวคิว ระวังสาย/นายหน้าเถื่อน"
    ),
    (
        "บริษัท สยามโอเวอร์ซีส์ จัดหางาน จำกัด ใบอนุญาตจัดหางานไปทำงานต่างประเทศเลขที่ 1234/2560 "
        "รับสมัครแรงงานไทยไปทำงานไต้หวัน โรงงานอิเล็กทรอนิกส์ ค่าจ้างตามกฎหมายค่าแรงขั้นต่ำไต้หวัน "
        "ค่าใช้จ่ายไม่เกินที่กรมการจัดหางานกำหนด มีใบเสร็จทุกรายการ "
        "ตรวจสอบรายชื่อบริษัทได้ที่เว็บไซต์กรมการจัดหางาน"
    ),
    (
        "โรงแรมที่พัทยารับสมัครพนักงานต้อนรับ (Front Office) เงินเดือน 15,000 บาท + เซอร์วิสชาร์จ "
        "มีอาหารระหว่างกะ ประกันสังคม ไม่มีประสบการณ์ยินดีสอนงาน สมัครที่ฝ่ายบุคคลของโรงแรม "
        "หรือส่งเรซูเม่ทางอีเมล"
    ),
    (
        "รับสมัครพนักงาน Call Center ธนาคาร ประจำสำนักงานใหญ่ กรุงเทพฯ ไม่ต้องมีประสบการณ์ "
        "มีอบรมก่อนเริ่มงาน 1 เดือน (ได้รับค่าจ้างระหว่างอบรม) เงินเดือน 16,000 บาท + ค่ากะ + OT "
        "วุฒิปริญญาตรีทุกสาขา สมัครผ่านเว็บไซต์สมัครงานของธนาคารเท่านั้น"
    ),
    (
        "โรงงานในนิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี รับด่วนพนักงานฝ่ายผลิต 50 อัตรา ค่าแรงวันละ 400 บาท "
        "+ OT + เบี้ยขยัน มีรถรับส่ง ชุดฟอร์ม อาหารกลางวันฟรี ไม่ต้องมีประสบการณ์ "
        "สัมภาษณ์ทุกวันจันทร์-ศุกร์ ที่หน้าโรงงาน นำบัตรประชาชนมาด้วย ไม่มีค่าใช้จ่ายในการสมัคร"
    ),
    (
        "ร้านอาหารไทยในเชียงใหม่ รับพนักงานเสิร์ฟ มีที่พักให้ อาหาร 2 มื้อ เงินเดือน 12,000 + ทิป "
        "ทักไลน์ร้านหรือเดินเข้ามาสมัครที่ร้านได้เลย"
    ),
    (
        "องค์กรพัฒนาเอกชนด้านสิทธิแรงงานข้ามชาติ รับสมัครเจ้าหน้าที่ภาคสนาม ประจำสำนักงานแม่สอด "
        "จ.ตาก พูดไทยและพม่าได้ เงินเดือน 22,000-28,000 บาท สัญญาจ้าง 1 ปี "
        "ส่งใบสมัครทางอีเมลภายในวันที่ 20 ธ.ค. สัมภาษณ์ที่สำนักงานแม่สอด"
    ),
    (
        "โครงการจัดส่งแรงงานไทยไปทำงานภาคเกษตรที่อิสราเอล (TIC) ดำเนินการโดยกรมการจัดหางาน "
        "ผู้สมัครลงทะเบียนผ่านสำนักงานจัดหางานจังหวัด มีการทดสอบฝีมือและตรวจสุขภาพ "
        "ค่าใช้จ่ายตามที่กรมการจัดหางานประกาศ ไม่ผ่านนายหน้า"
    ),
    (
        "รับสมัครแอดมินเพจร้านเสื้อผ้าออนไลน์ ทำงานที่บ้าน (WFH) ตอบแชทลูกค้า ปิดการขาย เวลา "
        "10.00-19.00 น. เงินเดือน 12,000 + ค่าคอม ต้องมีคอมพิวเตอร์และอินเทอร์เน็ตของตัวเอง "
        "ไม่เก็บค่าสมัครใดๆ ส่งโปรไฟล์มาทางอีเมลร้าน นัดสัมภาษณ์ทางวิดีโอคอล"
    ),
    (
        "รีสอร์ทในหลวงพระบาง (สปป.ลาว) รับสมัครผู้จัดการฝ่ายต้อนรับคนไทย ประสบการณ์โรงแรม 5 "
        "ปีขึ้นไป ภาษาอังกฤษดี เงินเดือน 1,500 USD รีสอร์ทดำเนินการใบอนุญาตทำงานลาวให้ สัญญาจ้าง 2 "
        "ปี สัมภาษณ์ผ่านวิดีโอกับผู้จัดการทั่วไปและฝ่ายบุคคล ส่ง CV ทางอีเมลของรีสอร์ท"
    ),
    (
        "บริษัทญี่ปุ่นในนิคมอุตสาหกรรมภาคเหนือ ลำพูน รับล่ามภาษาญี่ปุ่น JLPT N2 ขึ้นไป เงินเดือน "
        "35,000-50,000 บาทตามผลสอบ โบนัส ประกันสังคม ประกันกลุ่ม ส่งเรซูเม่ผ่านเว็บไซต์หางาน"
    ),
    (
        "ธนาคารไทยสาขาพนมเปญ (กัมพูชา) เปิดรับเจ้าหน้าที่สินเชื่อธุรกิจ ดูแลลูกค้าคนไทย "
        "ประสบการณ์งานธนาคาร 3 ปี ปริญญาตรีการเงิน ภาษาอังกฤษดี สวัสดิการตามมาตรฐานธนาคาร "
        "ใบอนุญาตทำงานและวีซ่าดำเนินการโดยธนาคาร สัมภาษณ์ที่สำนักงานใหญ่กรุงเทพฯ"
    ),
    "ร้านกาแฟรับพนักงานพาร์ทไทม์ ชั่วโมงละ 50 บาท นักศึกษาสมัครได้ ไม่ต้องมีประสบการณ์ ติดต่อที่ร้าน",
    (
        "สำนักงานจัดหางานจังหวัดอุดรธานี จัดนัดพบแรงงาน (Job Fair) ตำแหน่งงานกว่า 1,000 อัตรา "
        "ทั้งในประเทศและต่างประเทศ (ผ่านบริษัทจัดหางานที่ได้รับอนุญาต) สมัครฟรี "
        "นำบัตรประชาชนและเรซูเม่มาด้วย"
    ),
    (
        "บริษัทขนส่งรับพนักงานขับรถส่งของ 4 ล้อ ประจำคลังสินค้าบางนา เงินเดือน 14,000 บาท + "
        "เบี้ยเลี้ยงรายเที่ยว มีประกันสังคม ต้องมีใบขับขี่ ไม่ต้องมีประสบการณ์ก็ได้ มีเทรนเส้นทาง "
        "สมัครที่หน้าคลังสินค้าจันทร์-เสาร์"
    ),
)

# Tagalog / Taglish: whole scam-compound recruitment ads.
TL_SCAM: tuple[str, ...] = (
    (
        "HIRING!!! Customer Service Representative sa Cambodia 🇰🇭\n"
        "💰 Sahod: $1,000-$1,500/month (₱55k-80k)\n"
        "✈️ Libre ticket at visa\n"
        "🏠 Libreng tirahan at pagkain\n"
        "✅ No experience needed, may training\n"
        "✅ 18-35 years old, marunong mag-type\n"
        "PM lang po for details!"
    ),
    (
        "Need ko ng 5 kasama papuntang Thailand, work as chat support. 45k monthly, "
        "libre lahat. Tourist visa lang muna tayo, ako na bahala sa immigration. PM "
        "mo ko."
    ),
    (
        "Typist / Encoder abroad, 60k per month, free board and lodging, free "
        "airfare. Walang experience okay lang. Message me sa Telegram @ph_abroad_hr"
    ),
    (
        "Sino gusto mag work abroad? Online marketing lang, gamit lang cellphone at "
        "computer. Malaki sahod, libre bahay at pagkain. Comment 'interested' tapos "
        "PM ko kayo."
    ),
    (
        "URGENT HIRING 📢\n"
        "Position: Chat Support (English)\n"
        "Location: Myanmar (Myawaddy)\n"
        "Salary: 70,000 PHP + incentives\n"
        "Libre: plane ticket, tirahan, pagkain\n"
        "Requirements: 20-35 y/o, magaling mag-English, mabilis mag-type\n"
        "Alis agad within the week!\n"
        "WhatsApp +95 9 771 204 338"
    ),
    (
        "Kailangan ng game tester sa Laos. Maglalaro ka lang, sasahod ka ng $1,200. "
        "Sagot ng company ang flight. DM po."
    ),
    (
        "Hi po! Kami po ay naghahanap ng mga Pinoy na marunong mag-English para sa "
        "customer support ng isang online company sa Cambodia. Sahod po ay $1,000 "
        "plus commission. Libre po ang lahat. Hindi na kailangan ng working visa, "
        "kami na po ang bahala. Salamat po!"
    ),
    (
        "Work in Dubai 🇦🇪 as CSR, AED 4,500/month, visit visa muna, convert to "
        "employment visa pagdating doon. Free ticket + accommodation. No placement "
        "fee! Message lang for details."
    ),
    (
        "Looking for Taglish-speaking chat agents. Sa office namin abroad ang work. "
        "Mataas ang sahod, libre housing. Byahe agad. PM."
    ),
    (
        "Pasay-based online gaming company hiring CSR, ₱40k-₱60k, stay-in, lahat "
        "nasa loob na ng building (tulugan, kainan, gym). Libre pagkain, no "
        "experience. PM po."
    ),
    (
        "Sinong gusto ng $1,500 na sahod? Encoder lang sa Phnom Penh, libre tirahan "
        "at pagkain. Ako mismo nagtatrabaho dito. PM mo lang ako."
    ),
    (
        "HIRING TELESALES (Chinese company) - Bavet, Cambodia. Salary $900 + "
        "commission. Libre ticket Manila-Phnom Penh. Libre pagkain at dorm. Fresh "
        "grads welcome! Telegram @bavet_hr_ph"
    ),
    (
        "walang work? may opening kami sa thailand, cs lang, 50k monthly, libre "
        "lahat, alis next week. pm"
    ),
    (
        "Online job abroad, data entry, malaking kita, libre lahat, kahit walang "
        "experience. Inbox!"
    ),
    (
        "Magandang araw! Urgent hiring po ng mga babaeng 20-30 y/o for chat support "
        "sa Myanmar. Sahod 80k. Kailangan lang maganda ang English at may Facebook "
        "account. Libre po ang pamasahe at tirahan. Pakipasa sa mga kaibigan niyo na "
        "naghahanap ng trabaho."
    ),
    (
        "Naghahanap ng IT support at CSR sa Golden Triangle, Laos. Salary $1,300, "
        "libre flight at tirahan. Padala lang ng resume sa Telegram @gt_hr_ph"
    ),
    (
        "Trabaho sa Cambodia, ₱70k/month, chat lang sa customers. Sagot ng employer "
        "ang ticket. Sa NAIA, sabihin lang na tourist ka, may kasama kang "
        "mag-escort. DM for more info."
    ),
    (
        "🚨 Immediate hiring 🚨 Customer Service Rep (English) para sa crypto "
        "platform. Work location: Sihanoukville. $1,200 basic + bonus. Visa, ticket, "
        "housing sagot ng company. Apply na!"
    ),
    (
        "Kailangan ng translator (Tagalog-English) sa isang company abroad. Malaki "
        "ang sahod, libre lahat. Walang kailangang experience. Alis within 3 days."
    ),
    (
        "Part-time work from home muna, tapos kapag pumasa ka sa training, ililipat "
        "ka sa main office abroad with $2,000 salary. Interested? PM lang!"
    ),
    (
        "CSR abroad 🌏 $1,000 - $2,000 monthly 💵 Libreng bahay 🏠 Libreng pagkain "
        "🍚 Libreng flight ✈️ No exp 👍 PM 📩"
    ),
    (
        "Hiring Filipino chat agents sa Dubai office namin. Salary AED 5,000. Visit "
        "visa processing in 3 days. Libre accommodation. Contact WhatsApp +971 52 "
        "318 4470"
    ),
    (
        "Kuya/Ate, may kakilala ba kayong marunong mag-type ng mabilis? Hiring kasi "
        "sa company ng pinsan ko sa Cambodia. $1,000 monthly, libre bahay at "
        "pagkain. Sila na rin sa ticket."
    ),
    (
        "OPEN FOR HIRING: Online Marketing Specialist (no exp)\n"
        "Location: Poipet, Cambodia\n"
        "Salary: $1,100 + commission\n"
        "Benefits: libreng ticket, visa, dorm, 3 meals a day\n"
        "Schedule: 12 hrs/day, 2 days off a month\n"
        "Mag-message sa HR namin sa Telegram: @poipet_hiring"
    ),
    (
        "Kailangan ng mga Pinoy sa Manila office ng isang online casino. Stay-in, "
        "libre lahat, ₱50k monthly. Kahit walang experience, basta marunong "
        "mag-English. PM."
    ),
    (
        "May opening sa Myawaddy, chat support, 60k+, libre lahat. Sa Mae Sot kayo "
        "susunduin. PM lang."
    ),
    (
        "Need 10 persons ASAP para sa customer service sa Laos. $1,500 per month, "
        "libreng ticket at pagkain. Ages 18-35. Walang placement fee. Text 0917 556 "
        "2381"
    ),
    (
        "Ikaw na ba ang hinahanap namin? Work abroad, office job, malaking sahod, "
        "libreng tirahan. DM for details 🙏"
    ),
    (
        "Hiring: Translator English-Chinese sa Tachileik. Salary $2,000. Libre ang "
        "accommodation. Alis agad."
    ),
    (
        "Urgent! Online job abroad for encoders, 55k monthly, hindi na kailangan ng "
        "OEC, kami na bahala sa papers. PM."
    ),
    (
        "Taga-reply lang sa chat, 60k a month, sa labas ng bansa ang office pero "
        "sagot lahat. Walang experience okay lang. Message me."
    ),
    (
        "‼️ HIRING ABROAD - 30 SLOTS ‼️\n"
        "Kumpanya: international tech company\n"
        "Mga position:\n"
        "• Chat Support (English)\n"
        "• Encoder / Typist\n"
        "• Online Marketing Assistant\n"
        "\n"
        "📍 Work location: Sihanoukville, Cambodia\n"
        "💰 $1,000 - $1,800 + monthly bonus\n"
        "🏠 Libreng dorm (aircon, wifi) at 3 meals\n"
        "✈️ Sagot ng company ang ticket at visa\n"
        "\n"
        "Qualifications: 18-35 y/o, marunong mag-English, mabilis mag-type\n"
        "Walang experience? Okay lang, may training\n"
        "Process: online interview ➡️ job offer ➡️ flight within 5 days\n"
        "PM si Ma'am Joy: 0966 218 4470"
    ),
)

# Tagalog / Taglish: pieces for the combined scam ads.
TL_PARTS = Parts(
    openings=(
        "HIRING ABROAD! 📢",
        "Urgent hiring po!",
        "Looking for kababayans!",
        "Sino may gusto ng work abroad?",
        "Immediate hiring 🔥",
        "Magandang balita sa mga naghahanap ng trabaho!",
    ),
    bodies=(
        "Customer Service Rep sa Cambodia, $1,000-$1,500 monthly.",
        "Chat support sa Thailand, ₱50k-₱70k a month.",
        "Typist / encoder sa Myawaddy, $1,200 ang sahod.",
        "Online marketing sa Laos, malaki ang sahod plus commission.",
        "CSR sa Dubai, AED 4,000 per month.",
        "Chat agent sa isang online company abroad, malaking kita.",
    ),
    perks=(
        "Libre ticket, tirahan at pagkain.",
        "No experience needed, may training, 18-35 y/o.",
        "Tourist visa muna, kami na bahala sa lahat.",
        "Alis within the week, sagot ng company ang lahat ng gastos.",
    ),
    closings=(
        "PM lang po!",
        "Telegram @ph_job_abroad",
        "WhatsApp +855 10 447 2290",
        "Text/Viber 0995 214 8832",
        "Comment 'interested' para ma-PM ko kayo.",
        "DM for details.",
    ),
)

# Tagalog / Taglish: hard legitimate ads.
TL_LEGIT: tuple[str, ...] = (
    (
        "NOW HIRING: Customer Service Representatives (Voice) - Pasay City (Mall of "
        "Asia area)\n"
        "✅ Walang BPO experience? Okay lang, fresh grads at undergrads welcome\n"
        "✅ ₱20,000-₱25,000 monthly + night differential + HMO on day 1\n"
        "✅ Paid training\n"
        "Walk-in applicants welcome Mon-Fri, 9AM-3PM. Magdala ng 2 valid IDs at "
        "resume. Libre ang application, walang babayaran."
    ),
    (
        "HIRING FOR SAUDI ARABIA: Staff Nurses para sa isang government hospital. "
        "DMW License No. 072-LB-05182024-R. Requirements: BSN, PRC license, 2 years "
        "hospital experience. Salary SAR 6,000-8,000 + libreng accommodation at "
        "transportation. Employer-paid visa at ticket. Walang placement fee sa job "
        "order na ito. I-verify ang aming license at job order sa DMW website. "
        "Personal appearance sa aming office sa Malate, Manila."
    ),
    (
        "Hiring: Hotel Front Desk Agents sa isang hotel sa Makati, ₱18,000 + service "
        "charge, may libreng meals habang naka-duty. Kahit walang experience basta "
        "may hospitality course. Ipadala ang resume sa HR email ng hotel."
    ),
    (
        "Government-to-Government hiring (DMW) para sa Korea EPS: manufacturing "
        "workers. Kailangang pumasa sa EPS-TOPIK exam. Mag-register sa DMW online at "
        "sundin ang opisyal na schedule. Walang placement fee ang EPS. Huwag "
        "magbayad sa mga nag-aalok ng 'direct hire' sa Facebook."
    ),
    (
        "Work from home Chat Support (non-voice) para sa isang US e-commerce brand, "
        "through our SEC-registered Philippine company. ₱22,000/month, may SSS, "
        "PhilHealth, Pag-IBIG. Company-provided laptop. Online assessment at video "
        "interview. Mag-apply sa aming careers page; hindi kami humihingi ng bayad o "
        "training fee."
    ),
    (
        "Hiring English Teachers (Filipino, LET passer) para sa isang international "
        "school sa Phnom Penh, Cambodia. Requirements: LET license, 2 years teaching "
        "experience, TESOL preferred. Salary $1,400/month, school-sponsored work "
        "permit at business visa, annual round-trip ticket. Dadaan sa DMW ang "
        "direct-hire processing at OEC. Mag-apply via school email with credentials; "
        "may online demo teaching at interview sa principal."
    ),
    (
        "Factory workers para sa Taiwan (electronics), via DMW-licensed agency, "
        "License No. 155-LB-09122023-R. Sahod ayon sa Taiwan minimum wage, bayad ang "
        "overtime. Placement fee ayon sa DMW rules (hindi lalampas sa isang buwang "
        "sahod), may official receipt. May PDOS pagkatapos ng contract signing. "
        "Mag-apply personally sa office namin sa Ermita."
    ),
    (
        "Urgent hiring: Production Operators sa Laguna Technopark, ₱560/day + OT, "
        "may shuttle service at libreng uniform. No experience needed, HS o SHS "
        "grad. Walk-in sa aming office (DOLE-registered contractor) 8AM-2PM, Lunes "
        "hanggang Biyernes."
    ),
    (
        "Hiring Domestic Helper para sa Hong Kong, DMW-licensed agency. ZERO "
        "placement fee (bawal ang placement fee sa household service workers). Sahod "
        "ayon sa Minimum Allowable Wage ng Hong Kong, libreng pagkain at tirahan sa "
        "employer. Employer ang sagot sa visa, ticket at insurance. Kailangan ng "
        "TESDA NC II."
    ),
    (
        "Hiring Call Center Agents - Cebu IT Park. Fresh grads welcome, no "
        "experience needed! ₱18k-₱22k + allowances. Pwede ang undergrad basta "
        "mahusay mag-English. Mag-apply sa careers page o walk-in sa 5th floor ng "
        "aming building. Walang bayad ang application."
    ),
    (
        "Naghahanap kami ng tindera sa aming sari-sari store sa Quezon City. "
        "Stay-in, libre pagkain at tirahan, ₱9,000 monthly + day off tuwing Linggo. "
        "Mas gusto namin ang may experience. Message lang sa page."
    ),
    (
        "Isang NGO sa Cambodia ang naghahanap ng Program Officer (Child Protection); "
        "welcome ang mga Pilipinong aplikante. Master's degree in Social Work at 5 "
        "years experience. Sahod ayon sa NGO salary scale, sponsored ang work "
        "permit. Ipadala ang CV at cover letter sa aming website bago mag-15 ng "
        "Enero. Shortlisted candidates lang ang kokontakin."
    ),
    (
        "Seafarers wanted: Able Seaman at Oiler. DMW-licensed manning agency. "
        "Requirements: valid SIRB, SID, STCW certificates, 12 months sea experience. "
        "Sahod ayon sa ITF/CBA. Walang placement fee ang seafarers. Mag-apply "
        "personally sa aming office sa Kalaw Ave, Manila."
    ),
    (
        "Hiring part-time Online English Tutors para sa Japanese students. ₱150-₱200 "
        "bawat 25-min class. Kailangan ng stable internet at headset. Home-based. "
        "Walang bayad ang application at libre ang training. Mag-apply sa website ng "
        "company."
    ),
    (
        "Hiring sa Dubai: Hotel Housekeeping Attendants. Direct employer job order "
        "na verified ng DMW. Salary AED 1,500 + libreng accommodation, meals, "
        "transportation. Employer-paid employment visa (hindi visit visa). Interview "
        "sa Manila ngayong Sabado sa office ng licensed agency. Walang placement fee "
        "sa job order na ito."
    ),
)

# Khmer (with some English): whole scam-compound recruitment ads.
KM_SCAM: tuple[str, ...] = (
    (
        "🔥 ជ្រើសរើសបុគ្គលិកបន្ទាន់ 🔥\n"
        "តួនាទី: Customer Service (CS) / វាយអក្សរ\n"
        "ទីតាំង: ខេត្តព្រះសីហនុ\n"
        "💰 ប្រាក់ខែ: $800 - $1,200\n"
        "🏠 ស្នាក់នៅ និង អាហារ ៣ពេល ឥតគិតថ្លៃ\n"
        "✅ មិនត្រូវការបទពិសោធន៍ មានបង្ហាត់បង្រៀន\n"
        "✅ អាយុ ១៨-៣៥ឆ្នាំ\n"
        "📲 Telegram: @sihanouk_hr_kh"
    ),
    (
        "ត្រូវការបុគ្គលិកស្រី ៥នាក់ ឆាតជាមួយភ្ញៀវ online ប្រាក់ខែ $1,000+ ធ្វើការនៅប៉ោយប៉ែត "
        "មានកន្លែងស្នាក់នៅ។ សូម inbox"
    ),
    (
        "ការងារស្រួល ប្រាក់ខែខ្ពស់ គ្រាន់តែចេះវាយអក្សរខ្មែរ និងប្រើទូរស័ព្ទ។ ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ "
        "និងកន្លែងស្នាក់នៅ។ ទាក់ទងមក ០៩៦ ៧៧៨ ៤២១០"
    ),
    (
        "Online Marketing ធ្វើការនៅប្រទេសថៃ ប្រាក់ខែ 30,000 បាត មិនចាំបាច់មានលិខិតឆ្លងដែន "
        "ក្រុមហ៊ុនជួយរៀបចំ។ ចេញដំណើរភ្លាមៗ។ Telegram @thai_job_kh"
    ),
    (
        "ក្រុមហ៊ុនចិនត្រូវការអ្នកបកប្រែ ភាសាចិន-ខ្មែរ ប្រាក់ខែ $1,500 ធ្វើការនៅបាវិត ស្នាក់នៅ ហូបចុក "
        "ឥតគិតថ្លៃ។ ទាក់ទង WeChat: kh_fanyi88"
    ),
    (
        "Hiring Admin / CS 🇰🇭\n"
        "Salary: $700-$1,500\n"
        "ប្រុស/ស្រី អាយុ ១៨-៣០\n"
        "មិនត្រូវការបទពិសោធន៍\n"
        "ធ្វើការ ១២ម៉ោង ឈប់ ២ថ្ងៃ/ខែ\n"
        "Free ស្នាក់នៅ + អាហារ\n"
        "Inbox ឬ Telegram @pp_admin_job"
    ),
    (
        "អ្នកណាចង់ធ្វើការនៅក្រៅប្រទេស ប្រាក់ខែ $1,500 ការងារក្នុងការិយាល័យ មានម៉ាស៊ីនត្រជាក់ "
        "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ។ សូម PM មក"
    ),
    (
        "ត្រូវការបុគ្គលិក Telesale ខ្មែរ ធ្វើការនៅភ្នំពេញ ប្រាក់ខែគោល $500 + កម្រៃជើងសារ រហូតដល់ "
        "$3,000។ ស្នាក់នៅក្នុងក្រុមហ៊ុន។ ចាប់ផ្ដើមធ្វើការភ្លាម។"
    ),
    (
        "ការងារនៅមីយ៉ាន់ម៉ា (Myawaddy) ផ្នែក Online CS ប្រាក់ខែ $1,200 ធ្វើដំណើរតាមប្រទេសថៃ "
        "មានអ្នកទទួលនៅព្រំដែន។ ហូបចុក ស្នាក់នៅ Free។ Telegram @mm_cs_job"
    ),
    (
        "Game Tester ត្រូវការបន្ទាន់! លេងហ្គេមប៉ុណ្ណោះ ប្រាក់ខែ $900។ ទីតាំង៖ ក្រុងព្រះសីហនុ។ "
        "មានកន្លែងស្នាក់នៅ។ PM"
    ),
    (
        "ការងារ online ធ្វើពីទូរស័ព្ទ ប្រាក់ខែល្អ អាចផ្ញើលុយទៅគ្រួសាររៀងរាល់ខែ។ "
        "ត្រូវផ្លាស់ទីទៅធ្វើការនៅក្រុមហ៊ុន។ inbox សម្រាប់ព័ត៌មានបន្ថែម"
    ),
    (
        "ត្រូវការអ្នកចេះភាសាថៃ ធ្វើការនៅ Golden Triangle (ឡាវ) ប្រាក់ខែ $1,800 "
        "ក្រុមហ៊ុនរ៉ាប់រងទាំងអស់។ WhatsApp +856 20 7788 1123"
    ),
    (
        "ជ្រើសរើស Data Entry ១០នាក់ ✍️ ប្រាក់ខែ $600-$900 ✍️ ស្នាក់នៅ ហូបចុក ឥតគិតថ្លៃ ✍️ "
        "មិនចាំបាច់មានសញ្ញាបត្រ ✍️ ទីតាំង បាវិត ✍️ Tel: 088 612 4470"
    ),
    (
        "បងប្អូនណាដែលអត់ការងារធ្វើ មកធ្វើការជាមួយខ្ញុំនៅថៃ ការងារវាយអក្សរក្នុងកុំព្យូទ័រ ប្រាក់ខែ "
        "៣ម៉ឺនបាត ខ្ញុំធ្វើបាន ៦ខែហើយ ចៅហ្វាយល្អ។ ថ្លៃធ្វើដំណើរចៅហ្វាយចេញឱ្យ។"
    ),
    (
        "ការងារនៅដូបៃ 🇦🇪 CS Online ប្រាក់ខែ $2,000 ប្រើទិដ្ឋាការទេសចរណ៍ទៅសិន "
        "ដល់ហើយក្រុមហ៊ុនប្តូរឱ្យ។ សំបុត្រយន្តហោះ Free។"
    ),
    (
        "ត្រូវការបុគ្គលិកផ្នែកលក់ Online (Facebook/TikTok) ប្រាក់ខែ ១០០០$ ធ្វើការនៅខេត្តព្រះសីហនុ "
        "ចូលធ្វើការភ្លាម ស្នាក់នៅក្នុងអគារក្រុមហ៊ុន"
    ),
    (
        "Urgent!! Need Khmer typist ត្រូវការអ្នកវាយអក្សរខ្មែរ $800/month, បន្ទប់ និង អាហារ "
        "free, work at Sihanoukville. Telegram @typist_kh"
    ),
    (
        "ក្រុមហ៊ុនអន្តរជាតិ ត្រូវការបុគ្គលិកជាច្រើន ការងារស្រួល ប្រាក់ខែខ្ពស់ ធ្វើការនៅក្រៅប្រទេស "
        "ចេញដំណើរក្នុងរយៈពេល ៣ថ្ងៃ"
    ),
    (
        "ស្វែងរកនារី អាយុ ១៨-២៥ ឆ្នាំ រូបរាងស្អាត សម្រាប់ការងារ Live chat ប្រាក់ខែ $1,500 + "
        "bonus ធ្វើការនៅប៉ោយប៉ែត"
    ),
    (
        "CS ភាសាអង់គ្លេស ធ្វើការនៅ Manila (ហ្វីលីពីន) ប្រាក់ខែ $1,600 ក្រុមហ៊ុនចេញថ្លៃ visa និង "
        "សំបុត្រ។ Inbox"
    ),
    "ការងារវេបសាយ Online ផ្នែកបញ្ចូលទិន្នន័យ ប្រាក់ខែ $700 ស្នាក់នៅ free ធ្វើការនៅបាវិត",
    (
        "តើអ្នកចង់រកលុយបានច្រើនទេ? ការងារ Online Marketing ប្រាក់ខែ $1,000-$2,000 "
        "មិនត្រូវការបទពិសោធន៍ ក្រុមហ៊ុនបង្ហាត់ឱ្យ។ ទីតាំងការងារប្រាប់ពេល interview។ Telegram "
        "@kh_marketing_hr"
    ),
    (
        "ត្រូវការ IT Support ២នាក់ ប្រាក់ខែ $1,200 ធ្វើការនៅ Tachileik (ភូមា) "
        "ក្រុមហ៊ុនទទួលខុសត្រូវការធ្វើដំណើរ"
    ),
    (
        "ការងារសម្រាប់សិស្សនិស្សិត ឆាតជាមួយអតិថិជនបរទេស ប្រាក់ខែ $800 ស្នាក់នៅក្នុងក្រុមហ៊ុន។ "
        "សូមទាក់ទងឆាប់ៗ កន្លែងមានកំណត់"
    ),
    (
        "Need 20 staff urgent 🔥 CS/Typing/Marketing 💵 $700-1500 🏠 បន្ទប់ free 🍛 "
        "អាហារ free 📍 ព្រះសីហនុ 📲 096 223 5718"
    ),
    (
        "ប្អូនខ្ញុំធ្វើការនៅក្រុមហ៊ុនមួយនៅប៉ោយប៉ែត ត្រូវការមនុស្សបន្ថែម ការងារវាយអក្សរ ប្រាក់ខែ $700 ជាង "
        "ហើយមានកន្លែងស្នាក់នៅ។ អ្នកណាចង់ធ្វើ PM ខ្ញុំ"
    ),
    (
        "ត្រូវការអ្នកចេះភាសាវៀតណាម ធ្វើការ CS ប្រាក់ខែ $1,300 ស្នាក់នៅ និង អាហារ ឥតគិតថ្លៃ ទីតាំង "
        "បាវិត"
    ),
    (
        "ការងារក្នុងការិយាល័យ ប្រាក់ខែ ២០០០$ មិនត្រូវការចេះភាសាបរទេស មិនត្រូវការបទពិសោធន៍ "
        "ក្រុមហ៊ុនរៀបចំលិខិតឆ្លងដែន និងទិដ្ឋាការឱ្យ"
    ),
    (
        "Hiring Khmer CS for Thai company. ប្រាក់ខែ 25,000-35,000 បាត។ ហូបចុក ស្នាក់នៅ "
        "free។ ឆ្លងព្រំដែនតាមប៉ោយប៉ែត មានអ្នកនាំផ្លូវ។ Telegram @thai_cs_kh"
    ),
    "ការងារងាយស្រួល ប្រាក់ខែល្អ inbox",
    (
        "📢 ដំណឹងជ្រើសរើសបុគ្គលិក ចំនួន ៣០នាក់ 📢\n"
        "ក្រុមហ៊ុនបច្ចេកវិទ្យាបរទេស ត្រូវការ៖\n"
        "- Customer Service ភាសាខ្មែរ\n"
        "- អ្នកវាយអក្សរ / Data Entry\n"
        "- អ្នកបកប្រែ ចិន-ខ្មែរ\n"
        "\n"
        "💰 ប្រាក់ខែ $700 - $2,000 + ប្រាក់រង្វាន់ប្រចាំខែ\n"
        "📍 ទីតាំង៖ ក្រៅប្រទេស (ប្រាប់ពេលសម្ភាសន៍)\n"
        "🏠 អន្តេវាសិកដ្ឋានមានម៉ាស៊ីនត្រជាក់ អាហារ ៣ពេល ឥតគិតថ្លៃ\n"
        "🚐 ក្រុមហ៊ុនមានឡានមកទទួលដល់ផ្ទះ\n"
        "\n"
        "លក្ខខណ្ឌ៖ អាយុ ១៨-៣៥ឆ្នាំ មិនត្រូវការបទពិសោធន៍\n"
        "សម្ភាសន៍តាម Telegram ជាប់ហើយចេញដំណើរភ្លាម\n"
        "ទាក់ទង៖ Telegram @hr_asia_kh"
    ),
)

# Khmer (with some English): pieces for the combined scam ads.
KM_PARTS = Parts(
    openings=(
        "🔥 ជ្រើសរើសបុគ្គលិកបន្ទាន់",
        "📢 ដំណឹងជ្រើសរើសបុគ្គលិក",
        "ការងារប្រាក់ខែខ្ពស់!",
        "Hiring now 🇰🇭 ជ្រើសរើសបុគ្គលិក",
        "អ្នកណាកំពុងរកការងារធ្វើ?",
        "ត្រូវការបុគ្គលិកជាច្រើន",
    ),
    bodies=(
        "តួនាទី CS Online ធ្វើការនៅខេត្តព្រះសីហនុ ប្រាក់ខែ $800-$1,200",
        "ការងារវាយអក្សរ ធ្វើការនៅបាវិត ប្រាក់ខែ $700",
        "Online Marketing ធ្វើការនៅប្រទេសថៃ ប្រាក់ខែ 35,000 បាត",
        "ឆាតជាមួយភ្ញៀវ ធ្វើការនៅប៉ោយប៉ែត ប្រាក់ខែ $1,000",
        "Data Entry ធ្វើការនៅឡាវ ប្រាក់ខែ $1,500",
        "ការងារក្នុងការិយាល័យនៅក្រៅប្រទេស ប្រាក់ខែខ្ពស់",
    ),
    perks=(
        "ស្នាក់នៅ និង អាហារ ឥតគិតថ្លៃ",
        "មិនត្រូវការបទពិសោធន៍ មានបង្ហាត់បង្រៀន អាយុ ១៨-៣៥",
        "ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ ចេញដំណើរភ្លាមៗ",
        "មិនចាំបាច់មានសញ្ញាបត្រ ចេះប្រើទូរស័ព្ទគឺបាន",
    ),
    closings=(
        "Telegram @kh_job_hr",
        "សូម inbox",
        "ទាក់ទង 097 556 1823",
        "PM មកឆាប់ៗ កន្លែងមានកំណត់",
        "WhatsApp +855 15 882 407",
        "ព័ត៌មានបន្ថែម សូមទាក់ទង Telegram @hr_kh_2026",
    ),
)

# Khmer (with some English): hard legitimate ads.
KM_LEGIT: tuple[str, ...] = (
    (
        "ធនាគារ ជ្រើសរើសបុគ្គលិក Teller ប្រចាំសាខាខេត្តសៀមរាប។ លក្ខខណ្ឌ៖ បរិញ្ញាបត្រផ្នែកហិរញ្ញវត្ថុ "
        "ចេះភាសាអង់គ្លេស។ ប្រាក់ខែតាមគោលការណ៍ធនាគារ + ប្រាក់រង្វាន់ + ប.ស.ស.។ "
        "ដាក់ពាក្យតាមគេហទំព័រផ្លូវការរបស់ធនាគារ មុនថ្ងៃទី ៣១ ខែធ្នូ។"
    ),
    (
        "រោងចក្រកាត់ដេរ នៅតំបន់សេដ្ឋកិច្ចពិសេស បាវិត ត្រូវការកម្មករ ២០០នាក់។ "
        "ប្រាក់ឈ្នួលអប្បបរមាតាមច្បាប់ + ប្រាក់ថែមម៉ោង + ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ និងស្នាក់នៅ។ "
        "មិនត្រូវការបទពិសោធន៍។ យកអត្តសញ្ញាណប័ណ្ណមកដាក់ពាក្យផ្ទាល់នៅរោងចក្រ ពីថ្ងៃច័ន្ទ ដល់ថ្ងៃសុក្រ។ "
        "មិនគិតថ្លៃ។"
    ),
    (
        "ការងារនៅប្រទេសកូរ៉េ តាមកម្មវិធី EPS៖ ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ "
        "ប្រកាសការប្រឡងភាសាកូរ៉េ (EPS-TOPIK)។ ដាក់ពាក្យតាមរយៈស្ថាប័នរដ្ឋដែលក្រសួងកំណត់ប៉ុណ្ណោះ។ "
        "គ្មានឈ្មួញកណ្តាល ហើយកុំបង់លុយឱ្យអ្នកណាដែលសន្យាថាអាចធានាឱ្យជាប់។"
    ),
    (
        "សណ្ឋាគារ ៥ផ្កាយ នៅសៀមរាប ជ្រើសរើស Front Desk Agent ចេះភាសាអង់គ្លេស ឬ ចិន។ ប្រាក់ខែ "
        "$350-$450 + service charge + អាហារពេលធ្វើការ។ ផ្ញើ CV មកអ៊ីមែលផ្នែកធនធានមនុស្ស ឬ "
        "ដាក់ផ្ទាល់នៅសណ្ឋាគារ។"
    ),
    (
        "អង្គការមិនមែនរដ្ឋាភិបាល ជ្រើសរើស Project Officer ផ្នែកអប់រំ ប្រចាំនៅខេត្តបាត់ដំបង។ "
        "បរិញ្ញាបត្រ បទពិសោធន៍ ២ឆ្នាំ។ ប្រាក់ខែតាមតារាងប្រាក់ខែរបស់អង្គការ។ ផុតកំណត់ដាក់ពាក្យ ១៥ មករា។ "
        "មានតែបេក្ខជនដែលជាប់ក្នុងបញ្ជីខ្លីប៉ុណ្ណោះ ដែលនឹងត្រូវទាក់ទង។"
    ),
    (
        "ក្រុមហ៊ុនទូរគមនាគមន៍ ជ្រើសរើស Call Center Agent នៅភ្នំពេញ មិនត្រូវការបទពិសោធន៍ "
        "មានវគ្គបណ្តុះបណ្តាល ២សប្តាហ៍ (មានប្រាក់ខែ)។ ប្រាក់ខែ $300 + ប្រាក់ឧបត្ថម្ភវេនយប់។ "
        "ធ្វើការនៅការិយាល័យក្រុមហ៊ុន។ ដាក់ពាក្យតាម website ក្រុមហ៊ុន។"
    ),
    (
        "ហាងកាហ្វេ ត្រូវការបុគ្គលិកលក់ ២នាក់ នៅទួលគោក ប្រាក់ខែ $200 + អាហារ ១ពេល ធ្វើការ ៨ម៉ោង ឈប់ "
        "៤ថ្ងៃ/ខែ។ មកដាក់ពាក្យផ្ទាល់នៅហាង។"
    ),
    (
        "ក្រុមហ៊ុនបញ្ជូនកម្មករទៅធ្វើការនៅប្រទេសជប៉ុន (កម្មសិក្សាការីបច្ចេកទេស) "
        "មានអាជ្ញាប័ណ្ណពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ លេខ 087/24។ ប្រាក់ខែតាមច្បាប់ជប៉ុន។ "
        "ថ្លៃសេវាតាមប្រកាសក្រសួង មានវិក្កយបត្រ។ ហ្វឹកហាត់ភាសាជប៉ុន ៤ខែ នៅមជ្ឈមណ្ឌលក្រុមហ៊ុន។ "
        "ដាក់ពាក្យផ្ទាល់នៅការិយាល័យ។"
    ),
    (
        "Hotel in Sihanoukville (Ochheuteal beach) ជ្រើសរើស Housekeeping & Waiter។ "
        "ប្រាក់ខែ $250-$300 + tips មានបន្ទប់ស្នាក់នៅសម្រាប់បុគ្គលិកមកពីខេត្តឆ្ងាយ។ Walk-in "
        "interview នៅការិយាល័យ HR របស់សណ្ឋាគារ យកអត្តសញ្ញាណប័ណ្ណមកជាមួយ។"
    ),
    (
        "ក្រុមហ៊ុនសំណង់ ត្រូវការវិស្វករសំណង់ ២នាក់ ធ្វើការនៅភ្នំពេញ បទពិសោធន៍ ៣ឆ្នាំ ប្រាក់ខែ $800-$1,200។ "
        "ផ្ញើ CV តាមអ៊ីមែល ឬ តាម Telegram ផ្លូវការរបស់ក្រុមហ៊ុន។ សម្ភាសន៍នៅការិយាល័យ។"
    ),
    (
        "សាលារៀនអន្តរជាតិ ជ្រើសរើសគ្រូបង្រៀនភាសាចិន កម្រិត HSK 5 ឡើងទៅ ប្រាក់ខែ $600-$900 "
        "ធ្វើការនៅភ្នំពេញ។ សម្ភាសន៍ និងបង្រៀនសាកល្បងនៅសាលា។"
    ),
    (
        "ការងារនៅប្រទេសថៃ តាម MOU រវាងកម្ពុជា-ថៃ៖ កម្មករកសិកម្ម/រោងចក្រ "
        "ដាក់ពាក្យតាមក្រុមហ៊ុនបញ្ជូនពលករដែលមានអាជ្ញាប័ណ្ណ ទទួលបានលិខិតឆ្លងដែន ទិដ្ឋាការការងារ "
        "និងប័ណ្ណការងារត្រឹមត្រូវ។ ប្រាក់ឈ្នួលតាមច្បាប់ថៃ។ ចុះកិច្ចសន្យានៅមុខមន្ត្រីការងារ។"
    ),
    (
        "ត្រូវការ Admin Page ធ្វើការនៅផ្ទះ (part-time) សម្រាប់ហាងលក់សម្លៀកបំពាក់ online ប្រាក់ខែ "
        "$150 + commission ឆ្លើយសារអតិថិជន។ មិនយកលុយពីអ្នកដាក់ពាក្យ។ ផ្ញើប្រវត្តិរូបមក page ហាង។"
    ),
    (
        "ភោជនីយដ្ឋាន នៅខេត្តកំពត ត្រូវការចុងភៅជំនួយ ២នាក់ ប្រាក់ខែ $220 មានកន្លែងស្នាក់នៅ និង អាហារ។ "
        "ទូរស័ព្ទ 012 445 903។"
    ),
    (
        "ទីភ្នាក់ងារអង្គការសហប្រជាជាតិ នៅភ្នំពេញ ជ្រើសរើស National Officer "
        "ផ្នែកការពារពលករចំណាកស្រុក។ ដាក់ពាក្យតាមគេហទំព័រការងារផ្លូវការតែប៉ុណ្ណោះ។ "
        "មិនមានការយកថ្លៃនៅដំណាក់កាលណាមួយឡើយ។"
    ),
)

# Chinese (simplified and traditional): whole scam-compound recruitment ads.
ZH_SCAM: tuple[str, ...] = (
    (
        "【高薪急招】柬埔寨西港 客服/打字员\n"
        "💰月薪1.5万-3万人民币，底薪+提成\n"
        "✈️包机票 包签证 包吃住\n"
        "✅无需经验，有专人带\n"
        "✅年龄18-35岁，会打字即可\n"
        "有意者加飞机：@xigang_hr888"
    ),
    (
        "东南亚高薪工作，轻松月入过万，只需会用电脑，公司包吃包住包来回机票，护照没"
        "有可以帮办，私聊"
    ),
    (
        "缅甸妙瓦底招聘推广员，月薪2万起，不需要学历，不需要经验，泰国湄索接机，微"
        "信：mwd_zhaopin"
    ),
    (
        "菲律宾马尼拉（帕赛）招聘中文客服，月薪35000比索+提成，包住宿包三餐，落地接"
        "机，工作签公司办理，有意向联系TG @mnl_kefu"
    ),
    (
        "迪拜招聘网络营销，月薪3-5万，先办旅游签过去，到了公司再转工作签，机票报销。"
        "小白也能做，有人带。"
    ),
    (
        "老挝金三角特区 "
        "诚聘翻译（中泰/中越/中英），月薪15000-25000，包食宿，提供工作签证，落地接"
        "送。联系飞机 @laos_fanyi"
    ),
    "出国打字员 月入2万 不限学历 包吃住 速来",
    (
        "海外网赚项目招人，工作内容：聊天、发朋友圈，底薪8000+高提成，月入3-5万很正"
        "常。公司在柬埔寨，正规公司有保障，报销机票。"
    ),
    (
        "【急聘】缅北 KK园区 诚招业务员 有无经验均可 底薪1万+提成 包吃住 包路费 电报 "
        "@kk_yewu"
    ),
    (
        "柬埔寨金边招聘运营、推广、客服，待遇从优，底薪+提成+奖金，吃住全包，一年回"
        "国探亲一次。联系微信 pp_hr2026"
    ),
    (
        "想出国赚钱的兄弟看过来！西哈努克港正规公司，招聘市场专员，月薪2万保底，年"
        "底分红，包机票。"
    ),
    "高薪聘请泰语/越南语/印尼语翻译，工作地点东南亚，月薪3万起，包吃住机票",
    "招游戏测试员，工作地点菲律宾，月薪1.2万，包住宿，年龄18-30，女生优先",
    (
        "海外客服，底薪1万，每天工作12小时，包吃住，一个月休4天，出入境手续全包，三"
        "天内可出发。"
    ),
    "正规公司招聘文员，工作轻松，坐办公室，月入1-2万，需要出国，其余面谈。",
    (
        "柬埔寨 巴域(Bavet) 招聘中文客服 月薪1200-2000美金 包吃住 从越南胡志明市入境 "
        "有车接 联系电话 +855 96 331 7788"
    ),
    (
        "【海外高薪】招聘电销 15000+ 地点：柬埔寨波贝（泰柬边境） 提供住宿 无需经验 "
        "有培训 护照费用公司报销"
    ),
    "朋友在柬埔寨搞项目，缺人，月薪两万起，工作就是聊聊天，包吃住，想去的私信我",
    (
        "招聘短视频运营 "
        "抖音/TikTok，工作地点：迪拜，月薪2.5万+，包住宿，机票公司出，不需要英语。"
    ),
    (
        "高薪急聘 - 大陆/台湾/马来西亚华人均可\n"
        "职位：网络客服\n"
        "地点：东南亚（柬埔寨）\n"
        "薪资：底薪1500美金+提成\n"
        "福利：包吃住、包机票、全程有人接应\n"
        "要求：18-40岁，会中文打字\n"
        "联系：Telegram @sea_kefu_zp"
    ),
    (
        "出国务工，月薪三万，工作简单，会打字就行，不用会外语，包吃包住包机票，7天"
        "内出发，名额有限！"
    ),
    "缅甸招聘 财务/人事/客服，月薪15000-30000，公司包吃住，从云南边境过去有人接。",
    (
        "菲律宾博彩公司招聘客服、翻译，月薪人民币1.5万起，包吃住，可办工作签。微信："
        "ph_bc2026"
    ),
    "海外兼职变全职：先在家做线上客服，表现好安排去总部工作，月薪2万，公司报销机票。",
    (
        "【高薪徵才】柬埔寨 客服人員\n"
        "月薪台幣8萬起，包吃包住包機票\n"
        "無經驗可，公司會帶\n"
        "年齡18-40歲，會打字即可\n"
        "有興趣請加LINE ID: kh_job88"
    ),
    "海外工作 輕鬆好賺 月入10萬以上 只要會用電腦 免費機票食宿 私訊了解",
    (
        "徵網路行銷人員 工作地點：泰國（曼谷接機後轉往工作地點） 月薪6萬台幣+獎金 "
        "無需經驗 公司包住 LINE: th_mkt_tw"
    ),
    (
        "香港人 ✈️ 泰國高薪工作 💰 月入HK$20,000起 🏠 包食包住 👍 無需經驗 📲 "
        "WhatsApp +66 95 883 2014"
    ),
    (
        "誠徵 "
        "遊戲測試員/客服，工作地點：菲律賓馬尼拉，月薪台幣7萬，提供住宿及三餐，機票"
        "公司負責。"
    ),
    (
        "【出國工作】杜拜客服專員，月薪港幣2.5萬，先辦旅遊簽證，到埗後公司轉工作簽，"
        "包機票酒店。"
    ),
    "寮國金三角 招聘中文客服 月薪1500美元 包食宿 接送 電報 @gt_kefu_tw",
    "招聘：打字员、文员、客服，坐办公室，环境好，薪资高，包吃住，需要出境，联系我",
    (
        "🔥🔥海外直招 名额30人🔥🔥\n"
        "公司：东南亚科技公司（非工厂）\n"
        "岗位：\n"
        "1. 中文客服（15人）\n"
        "2. 打字员/录入员（10人）\n"
        "3. 推广专员（5人）\n"
        "\n"
        "📍地点：柬埔寨西哈努克港\n"
        "💰薪资：底薪8000-12000元 + 提成 + 全勤奖\n"
        "🏠福利：包吃包住（空调宿舍），免费WiFi\n"
        "✈️机票、签证公司全包，落地专人接机\n"
        "\n"
        "要求：18-35岁，会电脑打字，无需经验\n"
        "流程：电话面试→发offer→三天内出发\n"
        "联系人：王经理 飞机 @wang_hr_xg"
    ),
)

# Chinese (simplified and traditional): pieces for the combined scam ads.
ZH_PARTS = Parts(
    openings=(
        "【高薪急聘】",
        "出国赚钱的机会来了！",
        "海外招聘🔥",
        "急招！名额有限",
        "想改变命运的朋友看过来",
        "正规公司直招",
    ),
    bodies=(
        "柬埔寨西港招聘客服，月薪1.5万-2.5万。",
        "缅甸妙瓦底招聘打字员，月薪2万起。",
        "老挝金三角招聘推广专员，底薪1万+高提成。",
        "菲律宾马尼拉招聘网络营销，月薪1.2万人民币起。",
        "迪拜招聘中文客服，月薪3万。",
        "东南亚招聘文员，工作轻松，月入过万。",
    ),
    perks=(
        "包吃包住包机票。",
        "无需经验，有人带，18-35岁。",
        "护照签证公司办理，三天可出发。",
        "会打字就行，不需要学历和外语。",
    ),
    closings=(
        "有意者加飞机 @sea_zhaopin",
        "微信：haiwai_hr66",
        "私聊了解详情",
        "联系电话 +855 88 902 3345",
        "加TG @xg_hr2026 咨询",
        "感兴趣的私信我",
    ),
)

# Chinese (simplified and traditional): hard legitimate ads.
ZH_LEGIT: tuple[str, ...] = (
    (
        "【急聘】东莞长安某电子厂 普工200名\n"
        "综合月薪6000-8000元（底薪按东莞最低工资标准+加班费+全勤奖）\n"
        "包吃住（4-6人间，空调热水）\n"
        "五险一金，签正式劳动合同\n"
        "18-45岁，男女不限，身体健康\n"
        "工厂直招，不收任何费用，带身份证到厂门口面试"
    ),
    (
        "昆山某台资企业招聘操作工，两班倒，综合工资5500-7000，包住宿，有餐补，缴纳"
        "社保。无经验可，岗前带薪培训。现场面试，不收押金。"
    ),
    (
        "某大型电商平台客服（居家办公）招聘：需通过线上考试和培训，签订劳动合同并缴"
        "纳社保，公司配发工作账号，工资按月发放至本人银行卡。全程不收取任何费用，请"
        "通过官方招聘网站投递。"
    ),
    (
        "中国对外承包工程项目 - 柬埔寨金边基建项目招聘土建工程师\n"
        "要求：土木工程本科，5年以上经验，有注册证书优先\n"
        "待遇：年薪25-35万，项目部食宿，每年两次回国探亲（机票公司承担）\n"
        "公司办理柬埔寨工作签证及劳工证，出国前签订劳动合同\n"
        "请投递简历至公司官网招聘邮箱，面试地点：北京总部"
    ),
    (
        "外派劳务：新加坡建筑工（钢筋工/木工）。本公司具有对外劳务合作经营资格，可"
        "在商务部网站查询。需通过新加坡技能考试，月薪约1万元人民币，工作准证由雇主"
        "申请，服务费按规定收取并开具发票。"
    ),
    (
        "金边某五星级酒店招聘中文前台/礼宾，要求：大专以上，中英文流利，有酒店经验。"
        "月薪800-1200美元+服务费，提供员工宿舍，酒店办理工作签证和劳工证。请发送简"
        "历至酒店人事部邮箱，视频面试后发正式录用函。"
    ),
    (
        "中资银行万象分行招聘柜员/客户经理，要求金融相关专业本科，英语或老挝语优先，"
        "薪资面议。具体岗位及报名方式请见总行官网招聘公告，不接受中介代报名。"
    ),
    (
        "招聘保安 包吃住 月薪4500 深圳南山住宅小区 有夜班补贴 有保安员证优先 "
        "直接到物业服务中心面试"
    ),
    (
        "餐厅急招服务员、传菜员，包吃住，月薪4000-5000，月休4天，地址：成都市武侯区，"
        "有意者直接到店面试。"
    ),
    (
        "【徵才】客服專員（可在家工作）電信公司，月薪32,000起，勞健保、特休，需到公"
        "司受訓2週，請透過人力銀行網站投遞履歷。應徵不收任何費用。"
    ),
    (
        "【誠徵】泰國曼谷台商工廠 "
        "品管主管，需5年以上品管經驗，泰語或英語可溝通，月薪台幣9-11萬，公司辦理工"
        "作證(Work Permit)及簽證，每年返台機票兩張。於台北總公司面試。"
    ),
    (
        "马来西亚吉隆坡华文独中招聘华文老师，要求中文系或师范本科，有教学经验，月薪"
        "RM4,500起，学校申请工作准证，请电邮投递简历与学历证明。"
    ),
    (
        "跨境电商运营（深圳），要求英语四级以上，熟悉亚马逊后台，月薪8000-12000+提"
        "成，双休，五险一金，不包住，可提供住房补贴。"
    ),
    (
        "菲律宾马尼拉中资电力项目招聘翻译（中英），要求英语专业八级，项目部提供食宿，"
        "月薪1.5万-2万人民币，公司办理9G工作签证。国内总部面试，签订劳动合同后出国。"
    ),
    (
        "香港 急聘 倉務員 月薪HK$17,000 + 勤工獎 五天工作 不需經驗 包培訓 葵涌工作 "
        "有意請WhatsApp 5123 8870"
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


def scam_slice(lang: str) -> str:
    """The file stem (and slice name) of one language's scam ads."""
    return f"lang_{lang}_v3"


def _combine(parts: Parts, rng: random.Random) -> str:
    pieces = [rng.choice(parts.openings), rng.choice(parts.bodies)]
    pieces += rng.sample(parts.perks, rng.randint(1, 2))
    pieces.append(rng.choice(parts.closings))
    return rng.choice(("\n", " ", "\n")).join(pieces)


def scam_texts(lang: str) -> tuple[list[str], int]:
    """One language's 40 scam ads and how many of them are whole hand-written ads."""
    texts = unique_texts(SCAM_ADS[lang])[:SCAM_PER_LANGUAGE]
    whole = len(texts)
    rng = random.Random(SEED)
    parts = SCAM_PARTS[lang]
    while len(texts) < SCAM_PER_LANGUAGE:
        text = _combine(parts, rng).strip()
        if text not in texts:
            texts.append(text)
    return texts, whole


def legit_rows() -> list[tuple[str, str]]:
    """(lang, text) of the hard legitimate ads, languages in LANGUAGES order."""
    return rows_by_language(LEGIT_ADS, LANGUAGES)


def readme(whole: dict[str, int], legit: dict[str, int]) -> str:
    """README_v3.md: who wrote the slices, when, how, and what each file holds."""
    scam_rows = "".join(
        f"| {scam_slice(lang)}.jsonl | language | 1 | {lang} | {SCAM_PER_LANGUAGE} "
        f"| {whole[lang]} whole, {SCAM_PER_LANGUAGE - whole[lang]} combined |\n"
        for lang in LANGUAGES
    )
    legit_counts = ", ".join(f"{lang} {legit[lang]}" for lang in LANGUAGES)
    return (
        "# Held-out language slices, version 3\n"
        "\n"
        "> **Seen since stop 26.** Their misses were read to find the phrase gaps\n"
        "> fixed in stop 26 (unaccented Vietnamese, everyday Malay, Thai chat and\n"
        '> pay phrases, Traditional Chinese, jobs "abroad" with no country), so\n'
        "> they are now a development set like `lang_th` and `lang_tl`. The blind\n"
        "> check is version 4 (`README_v4.md`), written before those changes.\n"
        "\n"
        f"Written {WRITTEN} by a helper session (an AI assistant) that a Waspada\n"
        "working session started for this task. Source of every text:\n"
        "`training/generate/slices_v3.py`; rerun it with\n"
        "`python -m training.generate.slices_v3` (byte-identical output, checked by\n"
        "`tests/training/test_slices_v3.py`).\n"
        "\n"
        "## How they were written\n"
        "\n"
        "- Hand-written blind, from general knowledge of how scam-compound\n"
        "  recruitment ads and genuine job ads are written in each language\n"
        "  (Facebook groups, Telegram, LINE, Zalo, WhatsApp, TikTok, job boards).\n"
        "- The writer did not open or search the rules, the model, the training\n"
        "  generators, the docs or earlier slices, and never ran the detector on\n"
        "  these texts: no text was adjusted to a score.\n"
        "- Each scam file is mostly whole ads; the rest are combined from\n"
        "  hand-written openings, bodies, perks and closings with\n"
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
        "Scam ads vary on purpose: one line to fifteen, named destinations\n"
        "(Sihanoukville, Bavet, Poipet, Phnom Penh, Myawaddy, Tachileik, Golden\n"
        "Triangle, Manila/Pasay, Dubai) or none, pay with or without numbers.\n"
        "Legitimate ads are genuine jobs that share the scams' surface features:\n"
        "hotels, banks, NGOs and factories in Cambodia, Laos, Myanmar's border and\n"
        "Thailand, call centres with no experience needed, licensed or\n"
        "government-to-government placements abroad, factory ads with free board.\n"
        "\n"
        "## Caveats\n"
        "\n"
        "- The same project wrote them: the writer works for the project that builds\n"
        "  the detector and shares its assumptions, so this is a fair blind check,\n"
        "  not an independent one. Real ads collected in the wild remain the\n"
        "  stronger test.\n"
        "- Small: 40 scam ads per language and 15 legitimate ones; read rates with\n"
        "  their uncertainty.\n"
        "- Written by one writer, not native in every language; Khmer and Thai\n"
        "  especially may read less natural than real posts.\n"
    )


def write_slices(out_dir: Path) -> dict[str, int]:
    """Write the seven JSON Lines files and README_v3.md; return rows per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    whole: dict[str, int] = {}
    for lang in LANGUAGES:
        texts, whole[lang] = scam_texts(lang)
        name = scam_slice(lang)
        body = slice_jsonl(name, "language", 1, [(lang, text) for text in texts])
        (out_dir / f"{name}.jsonl").write_text(body, encoding="utf-8", newline="\n")
        counts[f"{name}.jsonl"] = len(texts)
    rows = legit_rows()
    body = slice_jsonl(LEGIT_SLICE, "hard_legit", 0, rows)
    (out_dir / f"{LEGIT_SLICE}.jsonl").write_text(body, encoding="utf-8", newline="\n")
    counts[f"{LEGIT_SLICE}.jsonl"] = len(rows)
    legit = {lang: sum(1 for row in rows if row[0] == lang) for lang in LANGUAGES}
    text = readme(whole, legit)
    (out_dir / README_NAME).write_text(text, encoding="utf-8", newline="\n")
    return counts


def main() -> None:
    for name, count in write_slices(SLICES_DIR).items():
        print(f"{SLICES_DIR / name}: {count} rows")


if __name__ == "__main__":
    main()
