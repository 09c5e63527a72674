"""Malay phrase tables (same keys and markup as ``phrases_id``).

Malaysian usage is kept distinct from Indonesian (syarikat, jawatan kosong,
percuma, pasport, pejabat, elaun, tak/nak): Malaysian job seekers were among
the first groups reported trafficked into Cambodian and Myanmar compounds,
and the two registers must stay distinguishable for language-aware features.
"""

# Templates are data: one alternative set per line reads and diffs better than
# strings split to fit 88 columns.
# ruff: noqa: E501

from __future__ import annotations

PHRASES: dict[str, tuple[str, ...]] = {
    # --- positives ----------------------------------------------------------
    "p.title": (
        "[Jawatan Kosong|JAWATAN KOSONG|Kerja Kosong|Dicari|Pengambilan Segera|Hiring] {role} [di|-|untuk] {place}",
        "[Kerja|Jawatan] [Luar Negara|Oversea|luar negara] [{role}|{role} & Admin] [Gaji|gaji|GAJI] {salary}",
        "{role} {place} [- Tak Perlu Pengalaman|(Tak Perlu Pengalaman)|- Tiket Percuma|- Visa Ditanggung|- Gaji USD|]",
        "[URGENT|CEPAT|Urgent] [perlukan|cari|mencari] {n} [orang|org|] {role} [{place}|luar negara|oversea]",
        "[Kerja|Bekerja] di {place} sebagai {role}[, gaji {salary}|]",
        "[Peluang|Tawaran] [kerja|kerjaya] {role} [di|-] {place}[ 2024| 2025|]",
    ),
    "p.intro": (
        "[Syarikat kami|Kami|Syarikat] [sedang|kini] [mencari|memerlukan|mengambil] {role} [untuk|bagi] [pejabat|syarikat] [di|yang terletak di] {place}.",
        "[Hai|Hello|Salam] [semua|geng|kawan-kawan|korang], [ada|kami ada] [jawatan kosong|kerja kosong|tawaran kerja] {role} di {place} [ni|tau|].",
        "[Syarikat|Pejabat] [kami|] [perlukan|memerlukan|nak ambil] {n} [orang|pekerja|staf] [untuk jawatan|sebagai] {role} [di|lokasi] {place}.",
        "[Nak|Mahu|Teringin] kerja luar negara [dengan|dapat] gaji [besar|tinggi|dalam USD]? [Inilah peluangnya|Jom sertai kami|Mohon sekarang]!",
        "[Peluang|Tawaran] [keemasan|terhad|terbaik] [bekerja|berkerjaya] di {place} sebagai {role}.",
        "[Pengambilan|Pengambilan terbuka] {role} [lokasi|di] {place}, [kuota terhad|tempat terhad|lelaki dan perempuan|terbuka kepada semua].",
        "[Penat|Bosan] kerja [gaji|dengan gaji] [kecil|cukup-cukup makan]? [Jom|Mari] [sertai|join] [kami|team kami] di {place}.",
        "[Berita baik|Perhatian] [untuk|kepada] [yang|korang yang] [sedang|tengah] [cari|mencari] kerja: [ada|dibuka] jawatan {role} [di|ke] {place}.",
    ),
    "p.salary": (
        "[Gaji|Gaji pokok|Pendapatan] {salary} [sebulan|/bulan|setiap bulan][, tidak termasuk bonus|, campur bonus|, komisen berasingan|].",
        "[Gaji|Gajinya] [bermula|start|bermula dari] {salary}[, boleh naik setiap bulan|, boleh lebih kalau capai target|, naik selepas 3 bulan|].",
        "[Dibayar|Gaji dibayar] dalam [dolar|USD], {salary} sebulan [dan|+] [bonus|insentif] setiap [minggu|bulan].",
        "Gaji bersih [boleh capai|sehingga|sampai] {salary}[, ikut target|, bergantung prestasi|].",
        "[Pendapatan|Gaji] {salary} [bersih|tanpa potongan|], [makan dan tempat tinggal|asrama dan makan] [percuma|ditanggung syarikat].",
    ),
    "p.noexp": (
        "Tak perlu pengalaman[, kami ajar|, ada latihan|, diajar dari kosong|, majikan sediakan latihan].",
        "[Tak perlu|Tanpa] [pengalaman|sijil|kemahiran khas] [dan|,] [tak perlu|tanpa] [sijil|SPM|ujian].",
        "[Lepasan SPM|Semua kelulusan|Semua bidang|Apa-apa kelulusan] boleh [mohon|memohon|join], [asalkan|yang penting] [rajin|jujur|nak belajar|serius].",
        "[Fresh graduate|Lepasan baru|Pemula] [dialu-alukan|boleh mohon], kerja [santai|ringan|senang] [sahaja|je], [cuma|hanya] [depan komputer|balas chat|guna telefon].",
        "[Boleh|Pandai] [baca tulis|guna telefon|guna Facebook] [dah cukup|sudah memadai], [yang lain|selebihnya] [diajar|kami latih] di sana.",
    ),
    "p.typing": (
        "[Kerja|Tugas] [cuma|hanya] [menaip|taip|input data|copy paste] [di komputer|di laptop pejabat|], tak perlu [fikir|kemahiran khas|pengalaman].",
        "[Cukup|Asalkan] boleh [menaip|taip] [laju|pantas|cepat] [dan|&] boleh [guna telefon|guna komputer|guna media sosial].",
        "[Jawatan|Kerja] {role}: [taip|input|salin] [data|teks|chat] [ikut|mengikut] [contoh|format|arahan], kerja [dalam bilik berhawa dingin|di pejabat selesa|di pejabat].",
        "[Minimum|Sekurang-kurangnya] [30|40|25] patah perkataan seminit, [ada|akan ada] [ujian menaip|ujian ringkas] [menerusi|secara] [video call|chat|online].",
    ),
    "p.travel": (
        "[Tiket kapal terbang|Tiket pergi balik|Tiket penerbangan] [ditanggung|dibayar|percuma oleh] [syarikat|majikan|bos].",
        "[Asrama|Tempat tinggal|Rumah|Apartmen] [dan|+|&] makan [3 kali sehari|percuma|ditanggung] [disediakan|percuma|].",
        "[Semua|Segala] kos [perjalanan|tiket, visa, pasport] [ditanggung|dibayar] [syarikat|majikan][, korang datang je|, bawa diri sahaja|].",
        "[Visa|Pasport dan visa|Tiket dan visa] [diuruskan|dibantu|ditanggung] [sepenuhnya|semua|] oleh [syarikat|pihak kami].",
        "[Dari|Bermula dari] [lapangan terbang|KLIA] [ke|sampai] [lokasi|asrama|pejabat] [dijemput|dihantar] [team kami|syarikat|pemandu], [percuma|tanpa bayaran].",
    ),
    "p.visa": (
        "[Masuk|Pergi] guna visa [pelancong|lawatan|melancong] [dulu|], [permit kerja|visa kerja|permit] [diuruskan|dibuat|diproses] [selepas sampai|di sana|bila tiba].",
        "Tak perlu [visa kerja|mohon permit kerja|menerusi agensi], [cukup|guna] [visa pelancong|pasport biasa|bebas visa ASEAN] [sahaja|je|].",
        "[Permit kerja|Permit] akan [diuruskan syarikat|menyusul|diproses] [selepas|lepas] [tiba|mula kerja|sampai di {city}].",
        "[Pasport|Pasport biasa] [sahaja|je] [sudah cukup|memadai], {country} bebas visa [30 hari|untuk rakyat Malaysia][, yang lain syarikat uruskan|, nanti sambung di sana|].",
    ),
    "p.passport": (
        "Pasport akan [dipegang|disimpan] [syarikat|HR|ejen|majikan] [sepanjang kontrak|untuk keselamatan|sampai tamat kontrak|untuk proses visa].",
        "[Lepas sampai|Bila tiba|Di lapangan terbang], pasport [diserahkan|bagi] [kepada|pada] [syarikat|penjemput|ejen|ketua] [untuk urusan permit|untuk diproses|].",
        "[Hantar|Sila hantar] [gambar|salinan] pasport [menerusi|di] [chat|Telegram|WhatsApp] [untuk|bagi] [tempah tiket|pendaftaran|proses visa].",
    ),
    "p.immigration": (
        "[Kalau|Jika] [imigresen|pegawai imigresen] tanya, [cakap|jawab] [sahaja|je|] [nak|mahu] [bercuti|melancong|jumpa kawan|lawat saudara].",
        "[Jangan|Jgn] [cakap|beritahu] [nak kerja|pergi kerja|pasal kerja] [kepada|pada|depan] [imigresen|pegawai imigresen|pegawai lapangan terbang], [supaya|nanti] [lancar|tak ditahan|selamat].",
        "[Nanti|Sebelum bertolak] [kami bagi|akan diberi] [skrip|jawapan|panduan] [untuk|bagi] soalan imigresen, [ikut sahaja|hafal|ikut je].",
        "[Bawa|Sediakan] [tiket balik|tempahan hotel|baucar hotel] [supaya|biar] nampak macam [pelancong|orang bercuti], [ejen|pejabat|kami] [bantu|sediakan].",
    ),
    "p.urgent": (
        "[Hanya|Cuma|Tinggal|Baki] {n} [kekosongan|tempat|orang|slot][ lagi|][!|!!|.]",
        "[Bertolak|Terbang|Flight] {days}[, sediakan pasport|, cepat mohon|, yang ready sahaja|, jangan lepaskan|].",
        "[Jom|Sila|Cepat] [mohon|PM|WhatsApp][, tempat terhad|, kuota terhad|, siapa cepat dia dapat|]!",
        "[Proses pantas|Proses cepat|Tak leceh|Proses 3 hari], [temuduga|interview] [online|menerusi chat|video call] terus [terbang|bertolak|diterima].",
        "[Yang|Siapa] [mohon|daftar] [hari ini|minggu ini|dulu] [dapat|akan dapat] [keutamaan|bonus] [bertolak|penerbangan][!|.]",
    ),
    "p.vague": (
        "[Nama syarikat|Maklumat syarikat|Alamat pejabat] akan [dimaklumkan|diberitahu|diterangkan] [selepas|semasa] [temuduga|lulus saringan|tiba di sana|chat peribadi].",
        "[Syarikat|Pejabat] [luar negara|asing|antarabangsa|China] dalam bidang [IT|online|digital|teknologi|permainan].",
        "[Kami|Syarikat kami] [bekerjasama|rakan kongsi] dengan syarikat [besar|antarabangsa|ternama] di {country}, [maklumat|lokasi tepat|alamat] [menyusul|menerusi chat|diberi semasa bertolak].",
        "[Tempat kerja|Pejabat] dalam [kawasan|kompleks] [khas|tertutup|ekonomi khas|selamat] dengan kawalan [24 jam|ketat], [semua kemudahan|kemudahan lengkap] [ada di dalam|tersedia].",
    ),
    "p.transit": (
        "[Laluan|Perjalanan]: terbang ke {hub} [dulu|], [kemudian|lepas tu] [jalan darat|naik kereta|dijemput] ke {city}.",
        "[Tempat berkumpul|Berkumpul|Jumpa] di [lapangan terbang|] {hub}, [pemandu|team kami|penjemput] akan [bawa|hantar] ke {city}.",
        "[Transit|Singgah] di {hub} [satu malam|beberapa jam|sekejap], perjalanan seterusnya [diuruskan|disediakan] [ejen|pejabat|pemandu].",
    ),
    "p.fee": (
        "[Ada|Hanya ada|Cuma bayar] yuran [proses|admin|pendaftaran|perubatan] {fee}[, dipulangkan nanti|, potong gaji pertama|, bayar awal|, boleh ansuran].",
        "[Deposit|Wang jaminan|Bayaran pendahuluan] {fee} [untuk|bagi] [kunci tempat|tempah tiket|proses visa|jaminan kontrak][, dipulangkan selepas 3 bulan|, refund bila mula kerja|].",
        "Kos [tiket dan visa|perjalanan] [didahulukan|dibayar dulu] oleh [syarikat|majikan], [nanti|] [potong|dipotong] gaji [{fee}|setiap bulan|3 bulan pertama].",
    ),
    "p.workload": (
        "[Waktu kerja|Kerja] {hours} jam sehari[, cuti|, off] [4|2|1] hari sebulan[, ada target|].",
        "Ada target [harian|bulanan|mingguan], [bonus|komisen] [besar|lumayan|menarik] [kalau|jika] capai target.",
        "Kontrak [minimum|sekurang-kurangnya|] [6 bulan|1 tahun|12 bulan][, tak boleh berhenti sebelum tamat kontrak|, kena denda kalau berhenti awal|].",
        "[Kerja|Waktu kerja] [syif|syif malam] ikut waktu [pelanggan|pasaran] [luar negara|Eropah|Amerika], [makan dan tidur|tinggal] di asrama [syarikat|pejabat].",
    ),
    "p.gambling": (
        "[Tugas|Skop kerja]: [layan|balas chat|urus] ahli [game online|slot|kasino online|laman permainan|live casino], [proses|input] deposit [dan|&] withdraw.",
        "[Syarikat|Pejabat] dalam bidang [game online|hiburan online|pertaruhan|kasino online] [untuk pasaran|dengan ahli dari] [Malaysia|Asia|luar negara].",
        "Tugas [promosi|kongsi link|iklankan] [laman|website|aplikasi] [game|slot|pertaruhan] [di|menerusi] [media sosial|group FB|Telegram|WhatsApp] [dan|&] [cari|ajak] ahli baru.",
        "[Mencari|Perlukan] [yang|orang yang] [faham|tahu|pernah main] [slot|game online|kasino], sebagai [CS|admin|operator] [laman|platform] [untuk pasaran Asia|untuk pemain Malaysia|].",
    ),
    "p.crypto": (
        "[Tugas|Skop kerja]: [chat|berbual|berkenalan] dengan [bakal pelanggan|pelanggan|orang] [luar negara|dari Eropah/Amerika|di aplikasi], [ajak|arahkan] [melabur|trading|main] [kripto|saham|forex|emas] [di platform kami|dalam aplikasi syarikat|].",
        "[Akaun|Akaun media sosial|Telefon dan akaun] disediakan, [cuma|hanya] [ikut|guna] [skrip|SOP chat|panduan] [daripada ketua|dari leader|].",
        "Jawatan [pemasaran|admin] [kripto|aset digital|pelaburan|trading], [boleh|yang boleh] [Bahasa Inggeris|Bahasa Mandarin|Bahasa Cina] [diberi keutamaan|ada bonus bahasa].",
        "Tugas utama: [bina|membina] [kepercayaan|hubungan rapat] dengan [pelanggan|bakal pelabur] [menerusi chat|di WhatsApp dan Telegram|di aplikasi temu janji], [kemudian|lepas tu] [ajak|arahkan] [top up|deposit] di platform [syarikat|kami].",
    ),
    "p.task_title": (
        "[Kerja|Jawatan] [sambilan|part time] [online|dari rumah|guna telefon] [pendapatan|gaji|duit] {daily} sehari",
        "[Mencari|Perlukan] {n} [orang|ahli|rakan] untuk {role}[, bayaran harian|, terus masuk akaun|]",
        "{role} [- |] [guna telefon sahaja|tanpa modal|modal telefon][ 🔥|]",
        "[Duit|Pendapatan] [sampingan|tambahan] [{daily} sehari|harian|setiap hari] [cuma|hanya] [like|follow|tonton] [video|post]",
    ),
    "p.task": (
        "[Kerja sambilan|Kerja guna telefon|Part time online|Kerja santai dari rumah]: [like|follow|bagi bintang|subscribe] [video|post|akaun|produk], dibayar {per_task} [setiap tugasan|untuk setiap like|setiap misi].",
        "[Sehari|Setiap hari] boleh [dapat|buat] {daily} [cuma|hanya] [guna telefon|dari telefon|30 minit|sambil baring].",
        "[Untuk|Bagi] [buka|unlock|ambil] [tugasan|misi] [VIP|tahap seterusnya|bernilai tinggi], [deposit|top up|tambah baki] [dulu|terlebih dahulu] {deposit}[, nanti dipulangkan dengan komisen|, terus pulang modal|].",
        "[Sertai|Join|Masuk] group [Telegram|WhatsApp] untuk [terima|ambil|dapat] tugasan [harian|setiap hari][, mentor akan bimbing|, admin akan pandu|].",
        "[Bayaran|Gaji|Komisen] [terus|dibayar] ke [akaun bank|e-wallet|Touch 'n Go|akaun] [setiap hari|selepas setiap tugasan|serta-merta].",
        "[Tugasan pertama|Tugasan percubaan] [percuma|tanpa modal], [lepas tu|seterusnya] [mesti|kena] [deposit|top up] untuk [withdraw|keluarkan|tunaikan] [komisen|baki|gaji].",
    ),
    "p.agent": (
        "[Saya|Sy] [ejen|perekrut|penaja] [untuk|dari] syarikat di {place}, [dah|sudah] [hantar|bawa] [ramai|berpuluh|beratus] [orang|kawan|pekerja] ke sana.",
        "Boleh [pergi|terbang] [menerusi|ikut] {hub} [tanpa|tak perlu] [lapor ke|pergi ke] [Jabatan Tenaga Kerja|agensi|mana-mana pejabat], [semua|semuanya] [saya urus|kami uruskan] sampai [tempat kerja|lokasi].",
        "[Ajak|Bawa] [kawan|saudara|keluarga] [dapat|boleh dapat] [bonus|komisen|upah] {fee_small} [setiap orang|seorang] yang [bertolak|jadi pergi].",
    ),
    "p.contact_only": (
        "[Maklumat|Butiran] [lanjut|penuh] [hanya|cuma] [menerusi|di] [Telegram|WhatsApp|inbox|PM][, no call|, tak layan call|, chat sahaja|].",
        "Tak [terima|layan] [panggilan|call], terus [chat|PM|WhatsApp] [sahaja|je] [ya|].",
        "[Chat|PM] [sekarang|skrg] untuk [link|borang] [pendaftaran|permohonan][, link hanya dihantar menerusi chat|].",
    ),
    "p.req": (
        "Boleh [menaip|taip] [laju|pantas|sekurang-kurangnya 30 patah perkataan seminit]",
        "[Ada|Mempunyai] pasport [sah|aktif|] [atau|/] [sanggup|sanggup] [buat|memohon] pasport",
        "Tak perlu [sijil|SPM]",
        "[Sanggup|Boleh] [bertolak|terbang] [secepat mungkin|minggu ini|bila-bila masa|dalam masa seminggu]",
        "[Boleh|Tahu] guna [telefon|media sosial|komputer]",
        "[Bujang|Belum berkahwin] [diberi keutamaan|lebih baik]",
        "Tak perlu [pengalaman|rekod polis|surat doktor]",
    ),
    "p.benefit": (
        "[Tiket kapal terbang|Tiket pergi balik|Tiket] [percuma|ditanggung majikan|percuma sahaja]",
        "[Asrama|Rumah|Apartmen] [percuma|disediakan]",
        "[Makan|Makan 3 kali] [percuma|ditanggung]",
        "Visa [diuruskan|ditanggung] [syarikat|majikan]",
        "Bonus [bulanan|target|komisen] [besar|lumayan|tanpa had]",
        "Gaji dalam [USD|dolar]",
        "[Boleh|Dibenarkan] [balik|cuti] [selepas|setiap] [6 bulan|tamat kontrak]",
        "[Dobi|WiFi|Gym] [percuma|di asrama]",
    ),
    # --- shared -------------------------------------------------------------
    "s.greet": (
        "[Hai|Hello|Salam|Assalamualaikum] [semua|geng|kawan-kawan|tuan/puan][!|,|]",
        "[Jawatan kosong|JAWATAN KOSONG|Kerja kosong] [terkini|hari ini|minggu ini]",
        "[Selamat pagi|Selamat petang] [semua|pencari kerja|]",
        "[Kami sedang mengambil pekerja|Pengambilan dibuka|Kekosongan jawatan]!",
        "[Perhatian|Makluman] kepada [pencari kerja|semua]!",
    ),
    "s.req": (
        "Umur {age} tahun",
        "[Lelaki/Perempuan|Lelaki & Perempuan|L/P]",
        "[Minimum|Sekurang-kurangnya|Kelayakan minimum] [SPM|SPM atau setaraf|STPM/Diploma]",
        "[Boleh|Mahir] [guna|menggunakan] [komputer|Ms Office|Excel]",
        "[Jujur|Berdisiplin|Berkomunikasi baik|Teliti][, | dan | & ][bertanggungjawab|rajin|amanah]",
        "[Boleh|Fasih] [Bahasa Inggeris|Bahasa Mandarin|Bahasa Inggeris asas] [diberi keutamaan|(kelebihan)|]",
        "[Sihat tubuh badan|Sihat|Sihat fizikal dan mental]",
        "[Berketerampilan menarik|Kemas|Peramah dan sopan]",
        "[Sanggup|Boleh] [bekerja syif|kerja syif|bekerja mengikut target|kerja lebih masa]",
        "Tiada [tatu|rekod jenayah][ dan tiada|, tiada] [dadah|masalah undang-undang]",
    ),
    "s.benefit": (
        "Bonus [bulanan|tahunan|prestasi]",
        "[Latihan|Latihan percuma] [disediakan|dari kosong|sebelum mula kerja]",
        "[Persekitaran kerja|Suasana kerja] [selesa|positif|muda]",
        "[Peluang kenaikan pangkat|Laluan kerjaya jelas]",
        "Elaun [makan|pengangkutan|lebih masa]",
        "[Cuti|Off] [4 hari sebulan|1 hari seminggu|mingguan]",
    ),
    "s.cta": (
        "[Berminat|Minat|Nak join]? [PM sahaja|terus WhatsApp|hubungi di bawah|klik link] [ya|tau|]",
        "[Yang serius|Serius] [sahaja|je] [PM|mohon|WhatsApp][, jangan main-main|]",
        "[Share|Kongsi] [kepada|pada] [kawan|saudara|keluarga] yang [perlukan|sedang cari] kerja",
        "[Maklumat lanjut|Pertanyaan|Untuk memohon], sila [hubungi|PM|WhatsApp] [nombor|akaun] di bawah",
        "[Jangan|Jgn] [lepaskan|lepas] peluang [ini|keemasan ini][!|!!|]",
        "Sila [hantar|bagi] [resume|nama dan umur|butiran] [kepada|menerusi] [nombor|akaun] di bawah",
    ),
    "s.hashtag": (
        "#jawatankosong",
        "#kerjakosong",
        "#kerja",
        "#jobmalaysia",
        "#hiring",
        "#kerjaonline",
        "#jawatankosongterkini",
        "#kerjaluarnegara",
        "#cs",
        "#admin",
        "#fyp",
        "#viral",
    ),
    "nofee": (
        "[Berhati-hati|Awas] dengan tawaran kerja [ke|di] [Kemboja|Kemboja atau Myanmar|luar negara] yang [menggunakan nama|menyamar sebagai] {company}; kami [hanya|cuma] mengambil pekerja untuk [pejabat|cawangan] {office_city}.",
        "[Kami|Syarikat] [TIDAK|tidak|tak] [mengenakan|meminta|mengutip] sebarang [bayaran|yuran|caj] [semasa|dalam] [proses pengambilan|temuduga|permohonan].",
        "[Berhati-hati|Awas] dengan [penipu|individu] yang [menyamar|menggunakan nama] [syarikat kami|{company}|kami], [pengambilan|proses] [adalah percuma|tanpa bayaran|100% percuma].",
        "[Proses pengambilan|Semua proses] [percuma|PERCUMA|tanpa caj], [laporkan|maklumkan kami] [jika|kalau] [ada yang minta wang|diminta bayaran].",
        "Kami [tidak akan|tak pernah] [minta|meminta] [pindahan wang|wang|deposit] [atas apa-apa alasan|dalam apa jua bentuk|untuk tiket atau uniform].",
    ),
    # --- local office jobs ---------------------------------------------------
    "nl.title": (
        "[Jawatan Kosong|Kerja Kosong|Kekosongan|Hiring] {role} [- |di |kawasan |]{office_city}",
        "{company} [mencari|sedang mengambil|membuka jawatan] {role}",
        "[JAWATAN KOSONG|Jawatan Kosong] {office_city} [{role}|{role} & Kerani] [Lepasan SPM Dialu-alukan|Sepenuh Masa|Syif|Kontrak]",
        "{role} [({office_city})|- {office_city}|{office_city}] [dengan KWSP & PERKESO|+ elaun|Ibu Pejabat|]",
    ),
    "nl.intro": (
        "{company} [ialah|merupakan] syarikat [pengedaran|e-dagang|logistik|fintech berlesen|kurier|insurans|peruncitan] [yang beralamat di|di|terletak di] {address}, [sedang mencari|memerlukan|membuka jawatan] {role}.",
        "[Diperlukan|Kami memerlukan] {role} untuk [pejabat|cawangan] {office_city} secara [kontrak|tetap|kontrak 1 tahun].",
        "[Kami|{company}] [sedang|kini] mencari {n} {role} untuk [pasukan|bahagian] [khidmat pelanggan|customer care|operasi] di {office_city}.",
        "[Peluang kerjaya|Jawatan kosong] di {company} {office_city}: {role}, [ditempatkan|lokasi] di pejabat {office_city}.",
    ),
    "nl.job": (
        "[Skop kerja|Tugas|Tanggungjawab]: [menjawab|melayan|mengendalikan] [panggilan|chat|emel] [pelanggan|ahli], [merekod|input] [aduan|pesanan|data] [dalam sistem|dalam CRM|dalam Excel].",
        "[Membuat|Mengendalikan] panggilan kepada [pelanggan|pelanggan sedia ada|bakal pelanggan] untuk [menawarkan produk|mengesahkan bil|kaji selidik kepuasan|susulan pesanan].",
        "[Menyediakan|Merekod] laporan [harian|mingguan] dan [membantu|menyokong] [pasukan|bahagian] [jualan|operasi|stor|kewangan].",
        "[Membalas|Menjawab] [chat|soalan] [pembeli|pelanggan] di [marketplace|Shopee/Lazada|WhatsApp Business] dan [memproses|semak] [pemulangan|aduan|pesanan].",
    ),
    "nl.salary": (
        "[Gaji|Gaji pokok] {salary} sebulan[ + elaun|, campur insentif|, dengan KWSP & PERKESO|].",
        "[Gaji|Pendapatan] {salary} [sebulan|setiap bulan][, dibayar setiap 25 haribulan|, masuk akaun bank|, ikut kontrak|].",
        "Gaji [pokok|] {salary} [ditambah|+] [insentif|bonus] [kehadiran|target][, kerja lebih masa dibayar|, perubatan ditanggung|].",
    ),
    "nl.hours": (
        "[Waktu kerja|Jadual] [Isnin-Jumaat|Isnin-Sabtu|5 hari seminggu] [8.30pg-5.30ptg|9pg-6ptg|syif pagi/petang][, OT dibayar|, Sabtu separuh hari|].",
        "Kerja [syif|2 syif|di pejabat] [8 jam|45 jam seminggu][, cuti 1 hari seminggu|, cuti umum ikut kerajaan|].",
    ),
    "nl.apply": (
        "[Jawatan|Kekosongan] lain [ada di|dikongsi di] channel Telegram [rasmi|] kami {handle}.",
        "[Hantar|Emel] [resume|resume dan surat permohonan] ke {email} [dengan tajuk|tajuk emel] [{role}|Nama_Jawatan|{role} - Nama].",
        "[Temuduga terbuka|Walk-in interview|Datang terus] [Isnin-Jumaat|setiap hari bekerja|setiap Selasa dan Khamis] [10pg-3ptg|9pg-2ptg] di {address}[, bawa resume|, bawa salinan IC dan sijil|].",
        "[Mohon|Memohon] [menerusi|di] [{site}|portal kerjaya kami|MYFutureJobs|JobStreet] [sebelum|selewat-lewatnya] [hujung bulan ini|30 haribulan|2 minggu dari sekarang].",
        "[Calon|Pemohon] yang [berjaya|disenarai pendek] akan [dihubungi|dipanggil] menerusi [emel|telefon|WhatsApp] untuk [temuduga|ujian bertulis dan temuduga] [di pejabat|di pejabat kami|].",
    ),
    "nl.req": (
        "Pengalaman [minimum|sekurang-kurangnya] [1 tahun|6 bulan] [dalam bidang sama|sebagai CS|] [diperlukan|adalah kelebihan|(kelebihan)]",
        "[Lepasan baru|Fresh graduate] [dialu-alukan|boleh memohon|digalakkan memohon]",
        "Tiada pengalaman [boleh memohon|dialu-alukan][, latihan disediakan|, akan dilatih|]",
        "[Tinggal|Menetap] [di|berhampiran] {office_city}",
        "[Ada|Mempunyai] kenderaan sendiri [kelebihan|diberi keutamaan|]",
        "[Suara|Sebutan] [jelas|mesra] [dan|&] [sabar|berkomunikasi baik]",
        "[Diploma|Ijazah] [semua bidang|atau ke atas]",
    ),
    "nl.benefit": (
        "[KWSP & PERKESO|KWSP, PERKESO, SIP|KWSP/PERKESO]",
        "Bonus [tahunan|akhir tahun]",
        "Elaun [makan|pengangkutan|kehadiran]",
        "Insentif [bulanan|jualan|target]",
        "[Cuti tahunan|Cuti bergaji|14 hari cuti tahunan]",
        "Latihan [produk|semasa kerja] [dibayar|percuma]",
        "[Perubatan|Panel klinik] [disediakan|ditanggung]",
    ),
    # --- honest jobs in Cambodia -------------------------------------------
    "nk.title": (
        "[Jawatan Kosong|Kekosongan|Hiring] {role} [di|-|untuk] {org} [{city}|, {city}|({country})]",
        "[Kerja|Jawatan] di {city}, {country}: {role} di {org}",
        "{org} {city} [mencari|sedang mengambil] {role}",
    ),
    "nk.intro": (
        "{org}, [syarikat|perniagaan] [berdaftar di Kemboja|yang beroperasi sejak 2016] [di|yang terletak di|beralamat di] {address_kh}, [memerlukan|sedang mencari] {role} [berpengalaman|dari Malaysia|yang boleh berbahasa Melayu|].",
        "[Kami|{org}] sedang mencari {role} untuk [cawangan|pejabat|outlet] kami di {city}, {country}[, mula bulan depan|, kontrak 1 tahun|, kontrak 2 tahun|].",
        "[Restoran|Perniagaan|Pejabat] kami di {city} [beroperasi|ditubuhkan] sejak [2015|2017|2019] dan [memerlukan|mencari] {role} [tambahan|baru].",
    ),
    "nk.legal": (
        "[Visa perniagaan (E-class)|Visa kerja|Visa perniagaan] dan permit kerja [rasmi|sah] dari Kementerian Buruh Kemboja [diuruskan|dibayar|ditanggung] [syarikat|oleh kami][ mengikut undang-undang|, bukan visa pelancong|].",
        "[Kontrak kerja|Perjanjian kerja] [ditandatangani|dihantar dan ditandatangani] [sebelum bertolak|sebelum perjalanan][, salinan untuk anda|, pekerja simpan satu salinan|].",
        "Pasport [sentiasa|tetap] [dipegang|disimpan] [sendiri|oleh pekerja][, kami tidak menyimpan dokumen|, syarikat tidak memegang pasport|].",
        "[Alamat|Lokasi] [pejabat|tempat kerja|restoran] [jelas|boleh disemak]: {address_kh}[, semak di Google Maps|, boleh video call dahulu|].",
        "[Selepas tiba|Bila sampai], [sila|pekerja digalakkan] [daftar|mendaftar] dengan Kedutaan Malaysia di Phnom Penh.",
    ),
    "nk.salary": (
        "Gaji {salary} sebulan[ ikut pengalaman|, dibayar ke akaun bank|, campur caj perkhidmatan|].",
        "Gaji [bermula|dari] {salary} sebulan, kerja lebih masa [dibayar|dikira] [mengikut|ikut] [undang-undang buruh Kemboja|kontrak|peraturan].",
    ),
    "nk.apply": (
        "[Hantar|Emel] resume [dan portfolio|dan gambar|] ke {email}[; temuduga menerusi video call|, temuduga online|].",
        "[Pertanyaan|Soalan] boleh dihantar menerusi Telegram {handle}[ (waktu pejabat)|, dibalas waktu kerja|].",
        "[Permohonan|Resume] diterima [sehingga|hingga] [hujung bulan|20 haribulan|2 minggu lagi]; [hanya calon yang disenarai pendek|calon terpilih sahaja] akan dihubungi.",
    ),
    "nk.req": (
        "Pengalaman [minimum|sekurang-kurangnya] [2|3|1] tahun [di hotel|di restoran|dalam bidang berkaitan|] diperlukan",
        "[Fasih|Baik dalam] Bahasa Inggeris [lisan dan tulisan|]",
        "[Diploma|Ijazah|Sijil] dalam [hospitaliti|kulinari|pendidikan|bidang berkaitan]",
        "[Sijil|Pensijilan] [profesional|berkaitan] [kelebihan|diberi keutamaan|]",
        "Boleh sedikit Bahasa Khmer [kelebihan|diberi keutamaan|]",
    ),
    "nk.benefit": (
        "[Makan staf|Makan semasa syif|Makan sekali sehari]",
        "[Penginapan|Asrama staf] [disediakan|dibantu]",
        "[Tiket balik tahunan|Tiket pulang selepas kontrak] [dibayar majikan|percuma]",
        "[Insurans kesihatan|Insurans perubatan]",
        "[Cuti tahunan bergaji|18 hari cuti tahunan]",
    ),
    # --- official job portal (Malaysia has no outbound G-to-G scheme; the
    # official counterpart is PERKESO's MYFutureJobs portal) ---------------
    "ng.title": (
        "[Jawatan kosong|Kekosongan] [menerusi|di] MYFutureJobs: {role} {office_city}",
        "[Program|Inisiatif] [penempatan kerja|padanan kerja] PERKESO {year}: {role}",
        "[Makluman|MAKLUMAN] [kekosongan|jawatan] [rasmi|sah] [di|menerusi] MYFutureJobs {year}",
    ),
    "ng.intro": (
        "[PERKESO|Kerajaan|Pusat Kerjaya PERKESO] [membuka|menawarkan] [jawatan kosong|peluang pekerjaan] {role} [di|bersama] {company} [menerusi|di] portal MYFutureJobs.",
        "[Bagi|Untuk] [pencari kerja|anda] yang [mahu|ingin] kerja [secara sah|dengan selamat], [jawatan|kekosongan] {role} di {office_city} [kini dibuka|telah dibuka] di MYFutureJobs.",
    ),
    "ng.procedure": (
        "[Permohonan|Daftar] [hanya|cuma] [menerusi|di] [portal MYFutureJobs|myfuturejobs.gov.my|laman rasmi] [dan|kemudian] [hadir|menghadiri] temuduga di {address}.",
        "[Langkah|Proses]: [daftar akaun|kemas kini resume], [mohon jawatan|pilih jawatan], [temuduga|saringan], [kemudian|dan akhirnya] [tawaran kerja bertulis|kontrak ditandatangani].",
        "[Majikan|Syarikat] ini [berdaftar|telah didaftarkan] dengan PERKESO dan [mencarum|membayar caruman] KWSP untuk pekerja.",
        "[Jadual temuduga|Keputusan] [hanya|] [dimaklumkan|diumumkan] menerusi [portal|emel] rasmi[, bukan menerusi group WhatsApp|, bukan oleh individu|].",
    ),
    "ng.fee": (
        "[Semua perkhidmatan|Perkhidmatan] MYFutureJobs [adalah percuma|tanpa bayaran]; [tiada|tidak ada] [yuran ejen|caj tambahan|bayaran orang tengah].",
        "[Jangan|Jgn] [percaya|bayar] [individu|ejen] yang [menjanjikan|menjamin] [jawatan|kerja|tempat] [dengan bayaran|untuk wang].",
    ),
    "ng.salary": (
        "Gaji {salary} sebulan[, mengikut Perintah Gaji Minimum|, dengan KWSP dan PERKESO|].",
    ),
    "ng.req": (
        "Warganegara Malaysia",
        "Umur {age} tahun",
        "[Berdaftar|Mempunyai akaun] di MYFutureJobs",
        "[Minimum|Kelayakan] [SPM|SPM atau setaraf]",
    ),
    "ng.info": (
        "[Maklumat|Makluman] rasmi [hanya|] di [myfuturejobs.gov.my|Pusat Kerjaya PERKESO berhampiran|laman rasmi PERKESO].",
        "[Semak|Pastikan] [jawatan|tawaran] di [Pusat Kerjaya PERKESO|Jabatan Tenaga Kerja] [sebelum|jika ragu sebelum] [memohon|membuat sebarang bayaran].",
    ),
    "ng.benefit": (
        "KWSP [dan|&] PERKESO",
        "Gaji [ikut|mengikut] Perintah Gaji Minimum",
        "[Latihan|Kursus] [percuma|disediakan]",
        "[Cuti|Cuti umum] [mengikut Akta Kerja|berbayar]",
    ),
    # --- licensed private employment agencies ------------------------------
    "na.title": (
        "[Jawatan Kosong|Pengambilan] {p3mi_country} [- |menerusi ]{company}",
        "{company} [(agensi berlesen JTK)|- agensi pekerjaan berlesen] [membuka|buka] [jawatan|pengambilan] di {p3mi_country}",
        "[Kerja|Jawatan] {p3mi_country} [sah|berlesen] [sektor {sector}|kilang|penjaga warga emas] [menerusi|dengan] agensi berlesen",
    ),
    "na.intro": (
        "{company} [ialah|merupakan] agensi pekerjaan swasta [berlesen|berdaftar] dengan Jabatan Tenaga Kerja[, nombor lesen di laman web kami|, boleh disemak di laman JTK|].",
        "[Kami|{company}] [mengambil|menempatkan] pekerja untuk {p3mi_country} dalam [{sector}|kilang|penjagaan warga emas|hospitaliti] [menerusi|mengikut] [saluran rasmi|prosedur sah].",
    ),
    "na.proc": (
        "[Sebelum bertolak|Sebelum berlepas], [calon|pekerja] [mesti|akan] [menghadiri|menjalani] [latihan|kursus] dan [pemeriksaan kesihatan|ujian perubatan] [di klinik berdaftar|].",
        "[Kontrak kerja|Perjanjian kerja] [diterangkan|dibaca] dan ditandatangani sebelum bertolak[, salinan untuk pekerja|].",
        "[Permit kerja|Work pass] [diproses|dimohon] [oleh majikan|menerusi agensi] [secara sah|mengikut prosedur]; kami [tidak|tak] [guna|menggunakan] visa pelancong.",
    ),
    "na.salary": ("Gaji {salary} sebulan[ ikut kontrak|, ikut gaji pasaran|].",),
    "na.fee": (
        "[Yuran agensi|Caj] [mengikut|dihadkan oleh] [Akta Agensi Pekerjaan Swasta|peraturan JTK][, resit rasmi diberi|, butiran bertulis|].",
        "[Tiada|Tidak ada] caj [selain|di luar] [yang dibenarkan undang-undang|peraturan rasmi][, laporkan jika diminta|].",
    ),
    "na.req": (
        "Umur {age} tahun",
        "[Sihat|Lulus pemeriksaan perubatan]",
        "[Kebenaran|Persetujuan] [ibu bapa|suami/isteri|keluarga]",
        "[Minimum|Sekurang-kurangnya] SPM",
    ),
    "na.benefit": (
        "Gaji [ikut kontrak|ikut pasaran]",
        "[Insurans|Perlindungan] pekerja",
        "Tiket [ikut kontrak majikan|dibayar majikan]",
        "[Cuti|Hari rehat] [ikut undang-undang|mingguan]",
    ),
    # --- remote data entry ---------------------------------------------------
    "nr.title": (
        "[Jawatan Kosong|Kekosongan|Dicari] [Data Entry|Kerani Data|Transkripsi|{role}] [Remote|WFH|Kerja dari Rumah] [- |di |]{company}",
        "[WFH|Remote] {role} [Separuh Masa|Sepenuh Masa|Freelance] - {company}",
        "{company} [membuka|mencari] {role} [kerja dari rumah|remote|WFH]",
    ),
    "nr.intro": (
        "{company} sedang mencari [pekerja bebas|pekerja kontrak|rakan] [data entry|kemasukan data|anotasi data] untuk [kerja dari rumah|WFH|bekerja secara remote] [separuh masa|sepenuh masa|].",
        "[Kami|{company}] syarikat [kajian pasaran|e-dagang|perkhidmatan data|logistik] di {office_city} [membuka|mengambil] {role} [remote|WFH] untuk projek [3 bulan|6 bulan].",
    ),
    "nr.job": (
        "[Tugas|Skop kerja]: [masukkan|input|kemas kini] data [produk|katalog|invois|kaji selidik] ke dalam [spreadsheet|sistem dalaman|Google Sheet][, panduan dan sasaran jelas|, ada semakan QC|].",
        "[Tugas|Skop kerja]: [transkrip|salin] [rakaman|audio] [temuramah|mesyuarat] ke [teks|dokumen] [mengikut|ikut] [panduan|format syarikat].",
    ),
    "nr.pay": (
        "[Bayaran|Gaji|Upah] {salary} sebulan, [dibayar|dipindahkan] [setiap hujung bulan|setiap 2 minggu] [ke akaun bank|ikut kontrak].",
        "[Kontrak|Perjanjian] bertulis [3 bulan|6 bulan][, boleh disambung|, boleh dilanjutkan|].",
    ),
    "nr.req": (
        "[Ada|Mempunyai] laptop [dan|&] internet [stabil|sendiri]",
        "[Teliti|Cermat] [dan|&] boleh guna [Excel|Google Sheet] [asas|]",
        "Boleh [menaip|taip] [laju|sekurang-kurangnya 40 patah perkataan seminit|dengan kemas]",
        "[Ada|Mempunyai] akaun bank sendiri",
    ),
    "nr.apply": (
        "[Mohon|Daftar] [menerusi|di] [{site}|emel {email}|portal kerjaya kami][, ujian menaip online|, ada ujian ringkas|].",
        "[Hantar|Emel] resume ke {email}[, temuduga menerusi Zoom|, saringan online|].",
    ),
    "nr.benefit": (
        "Waktu kerja [fleksibel|anjal]",
        "Kontrak [bertulis|rasmi]",
        "Latihan [online|percuma]",
    ),
    # --- awareness ----------------------------------------------------------
    "nw.head": (
        "[⚠️ |🚨 |❗ |][AWAS|Awas|BERHATI-HATI|Berhati-hati|AMARAN]: tawaran kerja [palsu|sindiket|penipuan] [ke|di] [{country}|Kemboja|Myanmar|Kemboja dan Myanmar|luar negara]!",
        "[Modus|Taktik|Kenali taktik] sindiket [penipuan|pemerdagangan orang] [guna|menerusi] [iklan|tawaran] kerja [khidmat pelanggan|admin|operator] [luar negara|di {country}]",
        "[Jangan|Jgn] [terpedaya|mudah percaya] [tawaran|iklan] gaji [tinggi|lumayan|dalam USD] [kerja|] [di|ke] [Kemboja|{country}|luar negara]",
    ),
    "nw.body": (
        "[Wisma Putra|Kementerian Luar Negeri|PDRM|Kedutaan Malaysia] [sekali lagi|] [mengingatkan|menasihati] [rakyat Malaysia|orang ramai|pencari kerja] supaya [tidak|tak] [mudah|senang] [terpedaya|percaya] dengan tawaran kerja [sebagai|jawatan] [khidmat pelanggan|admin|operator|pemasaran online] di {country} [dengan|yang menjanjikan] gaji [tinggi|lumayan|dalam USD].",
        "[Ramai|Sebilangan|Puluhan] rakyat Malaysia yang [pergi|bertolak] [dengan|guna] visa [pelancong|lawatan] [akhirnya|rupanya] [dipaksa|dijadikan] [operator|pelaku] [penipuan online|judi online|scam].",
        "[Tanda-tanda|Ciri-ciri] tawaran kerja palsu: gaji tinggi tak perlu pengalaman, [hubungan|komunikasi] [hanya|cuma] menerusi [Telegram|WhatsApp|Telegram/WhatsApp], [pergi|bertolak] guna visa pelancong, [dan|serta] pasport [diminta|dipegang] [ejen|syarikat].",
        "[Semak|Pastikan] [syarikat|agensi|tawaran] dengan [Jabatan Tenaga Kerja|Kedutaan Malaysia|pihak berkuasa] [sebelum|sblm] [pergi|membuat bayaran|memohon].",
        "[Jika|Kalau] [anda|keluarga|kawan] [terperangkap|menjadi mangsa|dalam bahaya], [sila hubungi|laporkan kepada] [Kedutaan Malaysia|Wisma Putra|PDRM|polis] [dengan segera|secepat mungkin].",
        "[Jangan|Jgn] [serahkan|beri] pasport kepada [sesiapa|ejen|orang lain], dan [jangan|jgn] [menipu|berbohong] kepada pegawai imigresen tentang [tujuan|sebab] perjalanan.",
        "[Kongsi|Sebarkan] maklumat ini kepada [keluarga|saudara|kawan] yang sedang cari kerja[!|.|]",
        "[Mangsa|Mereka] [biasanya|selalunya] [direkrut|didekati] menerusi [Facebook|Telegram|TikTok|group WhatsApp] dengan [janji|tawaran] [gaji|gaji {salary}|tiket percuma], [kemudian|lalu] [dibawa|dihantar] menerusi {hub} ke [kawasan|kompleks] [tertutup|berkawal].",
        "Di sana [mangsa|mereka] [dipaksa|disuruh] [menipu|memperdaya] orang menerusi [chat|aplikasi] dengan [target|kuota] [harian|tinggi], dan [didenda|dipukul|dijual] [jika|kalau] [enggan|tak capai target].",
    ),
    # --- contacts and headers -----------------------------------------------
    "c.wa": (
        "[WhatsApp|WA|Whatsapp sahaja] {wa}",
        "[Hubungi|Mesej|Call/WhatsApp] {wa}",
        "wa.me/{wa_link}",
    ),
    "c.tg": (
        "[Telegram|TG|Telegram sahaja] {handle}",
        "[Chat|PM|Mesej] [di Telegram|menerusi Telegram] {handle}",
        "t.me/{tg}",
    ),
    "c.email": (
        "[Emel|Hantar resume ke|Resume ke] {email}",
        "[Permohonan|Resume dan surat] [ke|:] {email}",
    ),
    "c.dm": (
        "[Inbox|PM] [page kami|kami|page ini]",
        "[PM|DM] [sahaja|je|saya]",
        '[Komen|Taip] "[minat|MINAT|info]" [nanti kami PM|untuk maklumat]',
    ),
    "c.link": (
        "[Mohon|Daftar|Borang] [di|:] {link}",
        "[Klik|Buka] [link|pautan] {link}",
    ),
    "h.req": ("Syarat", "Kelayakan", "Syarat-syarat", "Keperluan", "Kriteria"),
    "h.benefit": ("Kemudahan", "Faedah", "Benefit", "Ganjaran", "Elaun & Kemudahan"),
    "h.salary": ("Gaji", "Pendapatan", "Gaji & Bonus"),
    "h.contact": (
        "Hubungi",
        "Cara memohon",
        "Mohon sekarang",
        "Berminat",
        "Maklumat lanjut",
    ),
    "h.job": ("Skop kerja", "Tugas", "Butiran kerja", "Maklumat jawatan"),
    "h.location": ("Lokasi", "Tempat kerja", "Penempatan"),
    "w.days": (
        "minggu ini",
        "minggu depan",
        "3 hari lagi",
        "hujung bulan ini",
        "awal bulan depan",
        "lusa",
        "pada {date}",
    ),
    "w.vague_company": (
        "Syarikat Luar Negara",
        "Rahsia",
        "Syarikat di {country}",
        "Syarikat China",
        "Syarikat Online Antarabangsa",
        "Syarikat IT {country}",
    ),
    "w.confidential": ("Syarikat Dirahsiakan", "Sulit", "Syarikat swasta"),
    "w.sector": ("pembuatan", "perikanan", "pertanian", "penjagaan", "pembinaan"),
}
