"""More project-written phrasings for the document-type data (second batch).

Appended to the pools of ``training.generate.doctype_phrases`` (``WARN``,
``WARN_KINDS``, ``PROMO``, ``OTHER``) at the end, so the held-out split
(every fourth template of each pool, ``split_pool``) applies to them as to
the first batch. Written for this project: more ways to frame a warning,
news or court report, personal account and forum thread (Malay, Tagalog and
Chinese especially), SMS-style phishing and promotions, and ordinary SMS
(codes, balances, deliveries, appointments), in the same slots.
"""

from __future__ import annotations

MORE_WARN: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "opener": (
            "Viral! Modus lowongan kerja bodong kembali makan korban",
            "[Peringatan|Pengumuman] dari {agency}: waspadai tawaran kerja ilegal",
            "Jangan sampai keluarga kita jadi korban berikutnya",
            "Kisah nyata, tolong dibaca sampai habis",
        ),
        "intro": (
            "Pelaku biasanya mengaku dari agensi resmi dan menjanjikan {flags}.",
            "Korban baru sadar tertipu setelah tiba di {country} dan paspornya "
            "diambil.",
            "Iming-iming {flags} membuat banyak anak muda dari {home} tergiur.",
            "Polanya selalu sama: {flags}, lalu korban diberangkatkan lewat jalur "
            "tidak resmi.",
        ),
        "story": (
            "Keluarga korban melapor ke {agency} setelah tidak bisa menghubungi "
            "anaknya selama dua minggu.",
            "Dalam kasus ini, polisi menetapkan tiga orang tersangka.",
            "Terdakwa terbukti merekrut {n} orang dan divonis tujuh tahun penjara.",
            "Kakak saya sudah tiga bulan di {city}, tiap hari dipaksa chat dengan "
            "orang untuk ditipu.",
        ),
        "advice": (
            "Pastikan perusahaan terdaftar dan punya izin resmi penempatan.",
            "Bila sudah terlanjur berangkat, segera hubungi {agency}.",
            "Jangan kirim foto paspor atau KTP ke perekrut yang tidak jelas.",
            "Yuk, saling mengingatkan.",
        ),
        "source": (
            "{home} - Kepolisian mengungkap",
            "{outlet} | {home}",
            "Liputan6.com, {home}:",
            "Berita terkini, {home}:",
        ),
        "quote": (
            '"Masyarakat diminta lebih teliti," tutur {official}.',
            "{official} menjelaskan, pelaku menjaring korban melalui {channel}.",
            '"Kami masih memburu pelaku lain," ungkap {official}.',
            "Hal itu disampaikan {official} saat konferensi pers.",
        ),
        "forum": (
            "Ada yang pernah kerja di {country}? Saya ditawari {flags}, aman "
            "nggak sih?",
            "Teman-teman, ini info loker dari grup {channel}, kira-kira asli nggak ya?",
            "Balas: Itu modus gan, teman saya sudah kena.",
            "Numpang tanya, ada yang tahu agensi ini? Katanya {flags}.",
            "Update: akhirnya saya tidak jadi berangkat, makasih sarannya semua.",
            "Sharing pengalaman, saya hampir ikut rekrutan ke {city}.",
            "Sudah saya cek, perusahaannya tidak terdaftar. Hati-hati ya.",
            "Jangan mau gan, {flags} itu ciri-ciri penipuan.",
        ),
        "quoted_ad": (
            "Isi pesan yang diterima korban:",
            "Begini bunyi iklannya:",
            "Salinan lowongan yang beredar di {channel}:",
            "Pesan berantai yang beredar:",
        ),
    },
    "en": {
        "opener": (
            "Fraud warning from {agency}",
            "Job scam season is here again, be careful out there",
            "READ THIS before you accept any job abroad",
            "Thread: how I nearly got trafficked",
        ),
        "intro": (
            "The recruiters claim to be from a licensed agency and promise {flags}.",
            "Victims only realise the truth after they land in {country} and hand "
            "over their passports.",
            "Young graduates from {home} are being targeted with {flags}.",
            "The pattern is always the same: {flags}, then an irregular border "
            "crossing.",
        ),
        "story": (
            "The family reported her missing to {agency} after two weeks of silence.",
            "Three suspects have been charged in connection with the case.",
            "The defendant was found guilty of recruiting {n} people and jailed "
            "for seven years.",
            "My sister has been in {city} for three months, forced to chat with "
            "strangers and scam them.",
        ),
        "advice": (
            "Make sure the company is registered with the labour ministry.",
            "If a relative has already gone, contact {agency} right away.",
            "Don't send copies of your passport to recruiters you can't verify.",
            "Stay safe and look out for each other.",
        ),
        "source": (
            "{home}, Reuters —",
            "{outlet} | {home}",
            "{home}: Police have uncovered",
            "Latest news from {home}:",
        ),
        "quote": (
            '"The public should be more careful," the {official} added.',
            "The {official} explained that the gang found victims on {channel}.",
            '"We are still looking for other suspects," the {official} said.',
            "The {official} was speaking at a press conference on Monday.",
        ),
        "forum": (
            "Has anyone worked in {country}? I was offered {flags}, is that normal?",
            "Guys, saw this job on a {channel} group, real or fake?",
            "Reply: that's the classic scam, my mate fell for it.",
            "Quick question, anyone heard of this agency? They say {flags}.",
            "Update: I didn't go in the end. Thanks everyone for the advice.",
            "Sharing my experience, I almost joined a recruitment trip to {city}.",
            "I checked, the company isn't registered anywhere. Stay away.",
            "Don't do it, {flags} is a red flag.",
        ),
        "quoted_ad": (
            "The message the victim received:",
            "This is how the ad reads:",
            "Copy of the job post shared in {channel}:",
            "The chain message going around:",
        ),
    },
    "ms": {
        "opener": (
            "Tular! Modus kerja kosong palsu kembali memakan mangsa",
            "Peringatan daripada {agency}: berwaspada dengan tawaran kerja haram",
            "Jangan biarkan keluarga kita jadi mangsa seterusnya",
            "Kisah benar, sila baca sampai habis",
            "PERHATIAN: tawaran kerja gaji lumayan di luar negara",
            "Hati-hati dengan ejen kerja tak berdaftar",
            "Sindiket pemerdagangan manusia guna iklan kerja di media sosial",
            "Nasihat polis kepada pencari kerja",
        ),
        "intro": (
            "Ejen biasanya mengaku dari agensi berdaftar dan menjanjikan {flags}.",
            "Mangsa hanya sedar ditipu selepas tiba di {country} dan pasport dirampas.",
            "Janji {flags} membuatkan ramai anak muda dari {home} terpedaya.",
            "Caranya sama sahaja: {flags}, kemudian mangsa dibawa menyeberang "
            "sempadan secara haram.",
            "Iklan kerja {role} dengan {flags} sebenarnya umpan sindiket.",
            "Sindiket ini aktif mencari mangsa di {channel} dengan tawaran {flags}.",
            "Ramai graduan menganggur menjadi sasaran iklan {flags}.",
            "Tawaran {flags} tanpa kelayakan adalah tanda amaran yang jelas.",
        ),
        "story": (
            "Keluarga mangsa membuat laporan polis selepas gagal menghubunginya "
            "selama dua minggu.",
            "Dalam kes ini, polis menahan tiga suspek untuk siasatan lanjut.",
            "Tertuduh didapati bersalah merekrut {n} orang dan dipenjara tujuh tahun.",
            "Abang saya sudah tiga bulan di {city}, setiap hari dipaksa menipu "
            "orang melalui chat.",
            "Mangsa berjaya melarikan diri dan mendapatkan bantuan {agency}.",
            "Kesemua {n} mangsa dilaporkan selamat tiba di KLIA semalam.",
            "Kawan saya hampir pergi, nasib baik ibunya buat laporan kepada {agency}.",
            "Siasatan mendapati sindiket itu aktif sejak tahun lalu.",
        ),
        "advice": (
            "Pastikan syarikat berdaftar dengan Jabatan Tenaga Kerja.",
            "Jika ahli keluarga sudah berangkat, segera hubungi {agency}.",
            "Jangan hantar salinan pasport atau IC kepada ejen yang tidak dikenali.",
            "Sama-sama kita ingatkan keluarga dan rakan.",
            "Jangan mudah percaya tawaran gaji tinggi tanpa syarat.",
            "Sebarang maklumat boleh disalurkan kepada balai polis berhampiran.",
            "Semak senarai agensi berlesen di laman web rasmi kerajaan.",
            "Tolong sebarkan supaya lebih ramai berwaspada.",
        ),
        "source": (
            "{home} - Polis membongkar",
            "{outlet} | {home}",
            "KUALA LUMPUR, {outlet} -",
            "Berita terkini dari {home}:",
        ),
        "quote": (
            '"Orang ramai perlu lebih berhati-hati," ujar {official}.',
            "{official} menjelaskan, suspek mencari mangsa melalui {channel}.",
            '"Kami masih memburu suspek lain," kata {official}.',
            "Perkara itu dimaklumkan {official} dalam sidang media semalam.",
            "Menurut {official}, kebanyakan mangsa berusia antara 20 hingga 35 tahun.",
            '"Jangan terpedaya dengan janji gaji lumayan," tegas {official}.',
        ),
        "forum": (
            "Ada sesiapa pernah kerja di {country}? Saya ditawar {flags}, betul ke ni?",
            "Geng, nampak iklan kerja ni dalam group {channel}, betul ke tipu?",
            "Balas: Itu scam bro, kawan aku dah kena.",
            "Nak tanya, ada yang kenal agensi ni? Dorang kata {flags}.",
            "Update: saya tak jadi pergi. Terima kasih semua atas nasihat.",
            "Kongsi pengalaman, saya hampir ikut ejen ke {city}.",
            "Dah check, syarikat tu tak berdaftar. Jauhkan diri.",
            "Jangan pergi, {flags} tu tanda scam.",
            "Sesiapa ada pengalaman dengan ejen kerja {country}? Risau pula.",
            "Balas: betul, sepupu saya pun kena tipu macam ni.",
        ),
        "quoted_ad": (
            "Mesej yang diterima mangsa:",
            "Beginilah bunyi iklan tersebut:",
            "Salinan iklan kerja yang dikongsi dalam {channel}:",
            "Mesej berantai yang tular:",
        ),
    },
    "zh": {
        "opener": (
            "又有人上当了！境外高薪招聘骗局",
            "{agency}紧急提醒：警惕非法招工",
            "别让家人成为下一个受害者",
            "真实经历，请一定看完",
            "重要提醒：高薪海外工作多是骗局",
            "小心！这些招聘广告都是诈骗团伙发的",
            "紧急扩散：境外电诈园区又在招人",
            "警方提示求职者",
        ),
        "intro": (
            "骗子通常自称正规中介，承诺{flags}。",
            "受害人到了{country}护照被收走，才知道上当。",
            "以{flags}为诱饵，不少{home}的年轻人被骗出境。",
            "套路都一样：先说{flags}，再安排偷渡出境。",
            "所谓{role}岗位，{flags}，其实是诈骗团伙的诱饵。",
            "诈骗团伙在{channel}群里到处发“{flags}”的招聘信息。",
            "很多刚毕业的大学生被“{flags}”吸引。",
            "看到“{flags}”这样的字眼，一定要提高警惕。",
            "近期有不法分子冒充劳务公司，以{flags}为名骗人出境。",
        ),
        "story": (
            "家属两周联系不上受害人后向{agency}报案。",
            "警方已对三名犯罪嫌疑人采取刑事强制措施。",
            "被告人招募{n}人偷渡出境，被判处有期徒刑七年。",
            "我哥在{city}已经三个月了，每天被逼着在网上骗人。",
            "受害人成功逃出后向{agency}求助。",
            "{n}名被骗人员昨日已平安抵达国内。",
            "我同学差点就去了，幸好家里人及时报警。",
            "经查，该团伙自去年起就在网上招募人员。",
        ),
        "advice": (
            "务必核实企业是否具备对外劳务合作资质。",
            "如家人已经出境，请立即联系{agency}。",
            "不要把护照、身份证照片发给来历不明的招聘人员。",
            "大家互相提醒，转给身边的人。",
            "天上不会掉馅饼，高薪低门槛的工作要当心。",
            "如遇可疑情况，请拨打110报警。",
            "下载国家反诈中心APP，防范电信诈骗。",
            "看完请转发，让更多人知道。",
        ),
        "source": (
            "{home}讯 ",
            "{outlet}消息，",
            "记者从{home}警方获悉，",
            "据{outlet}客户端消息，",
        ),
        "quote": (
            "{official}说：“请广大群众提高警惕。”",
            "{official}介绍，嫌疑人主要通过{channel}寻找受害人。",
            "“我们仍在追捕其他嫌疑人。”{official}表示。",
            "{official}在新闻发布会上通报了案件情况。",
            "据{official}透露，受害人大多在20至35岁之间。",
            "{official}提醒：“不要轻信所谓高薪工作。”",
        ),
        "forum": (
            "有人在{country}上过班吗？有人找我说{flags}，正常吗？",
            "各位帮忙看看，这个{channel}群里的招聘是真的假的？",
            "回复：典型的骗局，我朋友就被骗过去了。",
            "请问有人知道这家中介吗？说是{flags}。",
            "更新：最后没去，谢谢大家的提醒。",
            "分享一下经历，我差点跟着去了{city}。",
            "查过了，这家公司根本没有注册，大家避雷。",
            "别去，{flags}就是骗子的套路。",
            "楼主，你说的这个工作我也收到过，{flags}，千万别信。",
            "回复：我表哥就是这么被骗去{country}的。",
        ),
        "quoted_ad": (
            "受害人收到的信息如下：",
            "广告内容是这样的：",
            "{channel}群里流传的招聘信息：",
            "网上流传的招工帖：",
        ),
    },
    "th": {
        "opener": (
            "แชร์ด่วน! มิจฉาชีพหลอกไปทำงานต่างประเทศอีกแล้ว",
            "{agency}เตือนภัยประกาศรับสมัครงานปลอม",
            "อย่าให้คนในครอบครัวตกเป็นเหยื่อรายต่อไป",
            "เรื่องจริง อ่านให้จบนะคะ",
        ),
        "intro": (
            "มิจฉาชีพมักอ้างว่าเป็นบริษัทจัดหางานถูกกฎหมาย และสัญญาว่า{flags}",
            "เหยื่อมารู้ตัวว่าถูกหลอกเมื่อไปถึง{country}และถูกยึดพาสปอร์ต",
            "คนหนุ่มสาวจาก{home}หลายคนหลงเชื่อข้อเสนอ{flags}",
            "รูปแบบเดิมๆ คือ{flags} แล้วพาข้ามแดนผิดกฎหมาย",
        ),
        "story": (
            "ครอบครัวผู้เสียหายแจ้งความกับ{agency}หลังติดต่อไม่ได้นานสองสัปดาห์",
            "ตำรวจออกหมายจับผู้ต้องหาอีก 3 ราย",
            "ศาลพิพากษาจำคุกจำเลย 7 ปี ฐานหลอกคนไปทำงาน {n} คน",
            "พี่สาวของฉันอยู่ที่{city}มาสามเดือน ถูกบังคับให้แชทหลอกคนทุกวัน",
        ),
        "advice": (
            "ตรวจสอบว่าบริษัทได้รับอนุญาตจากกรมการจัดหางาน",
            "ถ้าญาติเดินทางไปแล้ว ให้ติดต่อ{agency}ทันที",
            "อย่าส่งสำเนาพาสปอร์ตให้คนที่ไม่รู้จัก",
            "ช่วยกันเตือนคนรอบตัวด้วยนะคะ",
        ),
        "source": (
            "{home} - ตำรวจเปิดเผยว่า",
            "{outlet} | {home}",
            "ข่าวล่าสุดจาก{home}:",
        ),
        "quote": (
            '{official}กล่าวว่า "ขอให้ประชาชนระมัดระวังมากขึ้น"',
            "{official}อธิบายว่าแก๊งนี้หาเหยื่อผ่าน{channel}",
            "{official}แถลงข่าวเมื่อวันจันทร์",
        ),
        "forum": (
            "มีใครเคยไปทำงานที่{country}ไหม มีคนเสนอ{flags} ปกติไหมคะ",
            "ตอบกลับ: หลอกแน่นอน เพื่อนผมโดนมาแล้ว",
            "อัปเดต: สุดท้ายไม่ไปค่ะ ขอบคุณทุกคนที่เตือน",
            "เช็กแล้ว บริษัทนี้ไม่มีใบอนุญาต อย่าไปเลย",
        ),
        "quoted_ad": (
            "ข้อความที่ผู้เสียหายได้รับ:",
            "ประกาศที่ถูกแชร์ใน{channel}:",
        ),
    },
    "vi": {
        "opener": (
            "Lại thêm nạn nhân của chiêu trò tuyển dụng đi nước ngoài",
            "{agency} cảnh báo thủ đoạn tuyển lao động trái phép",
            "Đừng để người thân trở thành nạn nhân tiếp theo",
            "Chuyện có thật, mọi người đọc hết nhé",
        ),
        "intro": (
            "Các đối tượng thường tự xưng là công ty xuất khẩu lao động và hứa "
            "{flags}.",
            "Nạn nhân chỉ biết bị lừa khi đến {country} và bị thu hộ chiếu.",
            "Nhiều thanh niên ở {home} bị dụ dỗ bởi lời hứa {flags}.",
            "Thủ đoạn luôn giống nhau: {flags}, rồi đưa người vượt biên trái phép.",
        ),
        "story": (
            "Gia đình nạn nhân đã trình báo {agency} sau hai tuần mất liên lạc.",
            "Cơ quan công an đã khởi tố ba bị can.",
            "Bị cáo tuyển {n} người đưa sang {country} và bị tuyên phạt bảy năm tù.",
            "Anh tôi ở {city} ba tháng nay, ngày nào cũng bị ép nhắn tin lừa người.",
        ),
        "advice": (
            "Hãy kiểm tra công ty có giấy phép đưa người đi lao động hay không.",
            "Nếu người thân đã đi, hãy liên hệ ngay với {agency}.",
            "Không gửi ảnh hộ chiếu, căn cước cho người lạ.",
            "Mọi người cùng nhắc nhau nhé.",
        ),
        "source": (
            "{home} - Công an cho biết",
            "{outlet} | {home}",
            "Tin mới từ {home}:",
        ),
        "quote": (
            '"Người dân cần hết sức cảnh giác", {official} nhấn mạnh.',
            "{official} cho biết nhóm đối tượng tìm nạn nhân qua {channel}.",
            "Thông tin được {official} đưa ra tại buổi họp báo.",
        ),
        "forum": (
            "Có ai từng làm việc ở {country} chưa? Có người mời mình {flags}, "
            "bình thường không?",
            "Trả lời: lừa đảo đấy, bạn mình dính rồi.",
            "Cập nhật: cuối cùng mình không đi, cảm ơn mọi người đã nhắc.",
            "Mình kiểm tra rồi, công ty này không có giấy phép, tránh xa nhé.",
            "Có ai biết công ty này không? Họ bảo {flags}.",
        ),
        "quoted_ad": (
            "Tin nhắn nạn nhân nhận được:",
            "Bài tuyển dụng được chia sẻ trong nhóm {channel}:",
        ),
    },
    "tl": {
        "opener": (
            "Viral! May nabiktima na naman ng pekeng job offer",
            "Babala mula sa {agency}: ingat sa illegal recruitment",
            "Huwag hayaang maging susunod na biktima ang pamilya natin",
            "Totoong kwento, basahin hanggang dulo",
            "PAALALA: mga alok na trabaho abroad na malaki ang sahod",
            "Ingat sa mga recruiter na walang lisensya",
            "Sindikato ng human trafficking, gumagamit ng job ads sa social media",
            "Abiso ng PNP sa mga naghahanap ng trabaho",
        ),
        "intro": (
            "Nagpapanggap ang recruiter na galing sa lisensyadong agency at "
            "nangangako ng {flags}.",
            "Nalaman lang ng biktima na na-scam siya pagdating sa {country} nang "
            "kunin ang passport niya.",
            "Maraming kabataan mula {home} ang naengganyo sa {flags}.",
            "Pare-pareho ang modus: {flags}, tapos pinapadaan sa backdoor.",
            "Ang {role} job na may {flags} ay pain lang ng sindikato.",
            "Aktibo ang sindikatong ito sa {channel} at nag-aalok ng {flags}.",
            "Target nila ang mga bagong graduate na walang trabaho.",
            "Ang alok na {flags} na walang requirements ay malinaw na red flag.",
        ),
        "story": (
            "Nag-report ang pamilya ng biktima sa {agency} matapos hindi siya "
            "makontak ng dalawang linggo.",
            "Tatlong suspek ang kinasuhan kaugnay ng kaso.",
            "Napatunayang nagkasala ang akusado sa pag-recruit ng {n} katao at "
            "nahatulan ng pitong taon.",
            "Tatlong buwan na ang kuya ko sa {city}, araw-araw pinipilit "
            "mang-scam sa chat.",
            "Nakatakas ang biktima at humingi ng tulong sa {agency}.",
            "Ligtas nang nakauwi sa NAIA ang {n} na biktima kahapon.",
            "Muntik nang umalis ang kaibigan ko, buti na lang nag-report ang "
            "nanay niya sa {agency}.",
            "Ayon sa imbestigasyon, aktibo ang grupo mula pa noong isang taon.",
        ),
        "advice": (
            "Siguraduhing rehistrado sa DMW ang agency.",
            "Kung nakaalis na ang kamag-anak, makipag-ugnayan agad sa {agency}.",
            "Huwag ipadala ang kopya ng passport sa recruiter na hindi kilala.",
            "Magpaalalahanan tayo, mga kababayan.",
            "Huwag basta maniwala sa malaking sahod na walang requirements.",
            "I-report sa pinakamalapit na presinto ang ganitong alok.",
            "Tingnan ang listahan ng lisensyadong agency sa website ng DMW.",
            "Pakikalat po para mas maraming makaalam.",
        ),
        "source": (
            "{home} - Ibinunyag ng pulisya",
            "{outlet} | {home}",
            "MANILA, {outlet} -",
            "Pinakabagong balita mula {home}:",
        ),
        "quote": (
            '"Mag-ingat po ang publiko," dagdag ng {official}.',
            "Paliwanag ng {official}, sa {channel} naghahanap ng biktima ang grupo.",
            '"Hinahanap pa namin ang iba pang suspek," ani {official}.',
            "Ito ang sinabi ng {official} sa isang press conference.",
            "Ayon sa {official}, karamihan sa mga biktima ay edad 20 hanggang 35.",
            '"Huwag magpadala sa pangakong malaking sahod," giit ng {official}.',
        ),
        "forum": (
            "May nakapagtrabaho na ba sa {country}? Inalok ako ng {flags}, "
            "normal ba yun?",
            "Mga ka-group, nakita ko to sa {channel}, legit ba o scam?",
            "Reply: scam yan pre, yung tropa ko nabiktima na.",
            "Tanong lang po, may nakakakilala ba sa agency na to? Sabi {flags}.",
            "Update: hindi na ako tumuloy. Salamat sa mga payo ninyo.",
            "Share ko lang experience ko, muntik na akong sumama papuntang {city}.",
            "Na-check ko na, hindi rehistrado ang company. Iwasan ninyo.",
            "Wag kang pumunta, red flag yang {flags}.",
            "May experience ba kayo sa agency papuntang {country}? Kinakabahan ako.",
            "Reply: totoo yan, ganyan din nangyari sa pinsan ko.",
        ),
        "quoted_ad": (
            "Ito ang message na natanggap ng biktima:",
            "Ganito ang nakasulat sa ad:",
            "Kopya ng job post na kumakalat sa {channel}:",
            "Ang chain message na kumakalat:",
        ),
    },
}

# More ways a warning is put together (appended per kind).
MORE_WARN_KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "awareness": (
        ("opener", "intro", "intro", "advice"),
        ("intro", "quoted_ad", "ad", "advice", "advice"),
        ("opener", "advice", "advice"),
        ("opener", "intro"),
    ),
    "official": (
        ("opener", "quote", "advice"),
        ("quote", "story", "advice"),
        ("opener", "intro", "advice", "advice", "advice"),
        ("story", "quote", "advice"),
    ),
    "news": (
        ("source", "story", "quote"),
        ("source", "intro", "story", "quote"),
        ("source", "story", "quote", "story", "quote"),
        ("opener", "source", "quote", "story"),
    ),
    "court_police": (
        ("source", "story", "quote", "advice"),
        ("story", "quote"),
        ("story", "story", "advice"),
        ("source", "quote", "story", "story"),
    ),
    "personal": (
        ("story", "story"),
        ("opener", "story", "intro", "advice"),
        ("story", "story", "advice", "advice"),
        ("story", "quoted_ad", "ad"),
    ),
    "forum": (
        ("forum", "forum", "forum"),
        ("forum", "advice"),
        ("forum", "story", "forum"),
        ("forum", "quoted_ad", "ad", "forum"),
        ("forum",),
        ("forum", "forum", "advice"),
        ("forum", "intro", "forum"),
        ("forum", "story"),
    ),
}

# SMS-style phishing (deliveries, banks, e-wallets, telcos) is another scam,
# not recruitment; appended as a new kind and to the existing kinds.
MORE_PROMO: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "phishing": (
            "Paket Anda tertahan di gudang karena alamat tidak lengkap. Perbarui "
            "di {url}",
            "Rekening BRI Anda diblokir sementara. Verifikasi data di {url}",
            "Yth. nasabah, poin Anda akan hangus hari ini. Tukarkan di {url}",
            "Tarif transfer BCA berubah menjadi Rp150.000/bulan. Jika tidak "
            "setuju isi formulir {url}",
            "Akun DANA Anda terdeteksi login baru. Jika bukan Anda, klik {url}",
            "Mama lagi di kantor polisi, tolong kirim pulsa 100rb ke {phone}",
            "Ini nomor baru saya, simpan ya. Tolong transfer dulu ke rekening "
            "ini, nanti saya ganti",
            "Kode OTP anda salah kirim ke nomor saya, tolong kirimkan ke {phone}",
        ),
        "prize": (
            "Selamat! No. Anda terpilih sbg pemenang {prize} dr Shopee. Info "
            "hub {phone}",
            "PT. Telkomsel memberikan hadiah {prize} kpd pelanggan setia. "
            "PIN pemenang {pin}",
        ),
        "loan": (
            "Dana tunai cepat cair {amount} tanpa BI checking. Hub/WA {phone}",
            "Pinjaman modal usaha bunga 0,5%/bln, syarat KTP+KK. {url}",
        ),
        "judol": (
            "Bosku, {site} lagi bagi-bagi freebet 50rb, login sekarang",
            "Room slot {site} rtp 98%, jam gacor 19.00-22.00 🔥",
        ),
        "invest": (
            "Titip dana {amount}, profit 10% per minggu dijamin, info {phone}",
            "Grup sinyal saham gratis, cuan tiap hari. Join {channel}",
        ),
    },
    "en": {
        "phishing": (
            "Your parcel could not be delivered due to an incomplete address. "
            "Update at {url}",
            "Your bank account has been suspended. Verify your details at {url}",
            "Your reward points expire today. Redeem now at {url}",
            "Unusual sign-in detected on your account. If this wasn't you, click {url}",
            "Hi Mum, this is my new number. Can you send me money for the bill?",
            "Your Netflix payment failed. Update your card at {url}",
            "Toll fee unpaid: settle now to avoid a penalty {url}",
            "Your OTP was sent to my number by mistake, please forward it to {phone}",
        ),
        "prize": (
            "URGENT! You have won a {prize} prize. To claim call {phone} now.",
            "Free entry into our draw to win {prize}. Text WIN to {pin}",
        ),
        "loan": (
            "Get cash fast, {amount} approved in minutes, bad credit OK. {url}",
            "Pre-approved loan of {amount}. Reply YES to receive funds today.",
        ),
        "judol": (
            "Boss, {site} is giving away free bets today, log in now",
            "Hot slots on {site}, RTP 98%, big wins tonight 🔥",
        ),
        "invest": (
            "Guaranteed 10% weekly profit, minimum {amount}. WhatsApp {phone}",
            "Free stock signals group, profit every day. Join {channel}",
        ),
    },
    "ms": {
        "phishing": (
            "Bungkusan anda tidak dapat dihantar kerana alamat tidak lengkap. "
            "Kemas kini di {url}",
            "Akaun Maybank anda telah disekat. Sahkan maklumat di {url}",
            "Mata ganjaran anda akan luput hari ini. Tebus di {url}",
            "Log masuk luar biasa dikesan pada akaun anda. Jika bukan anda, klik {url}",
            "Mak, ni nombor baru saya. Boleh pinjam duit dulu untuk bayar bil?",
            "Bayaran bil elektrik anda gagal. Kemas kini kad di {url}",
            "Saman trafik anda belum dibayar. Jelaskan segera di {url}",
            "Kod TAC tersalah hantar ke nombor saya, tolong forward ke {phone}",
            "Akaun Touch 'n Go eWallet anda akan dibekukan. Sahkan di {url}",
            "LHDN: anda layak menerima bayaran balik cukai. Tuntut di {url}",
            "Pakej data percuma 10GB untuk anda. Aktifkan di {url}",
            "BSH anda sedia dikreditkan, sila kemas kini akaun bank di {url}",
        ),
        "prize": (
            "TAHNIAH! Anda menang {prize} dari Shopee. Maklumat lanjut {phone}",
            "Celcom memberi hadiah {prize} kepada pelanggan setia. PIN {pin}",
            "Anda terpilih dalam cabutan bertuah Raya. Tuntut {prize} di {url}",
        ),
        "loan": (
            "Wang tunai segera {amount} tanpa semakan CTOS. WS {phone}",
            "Pinjaman modal niaga faedah rendah, syarat IC sahaja. {url}",
            "Pinjaman peribadi lulus dalam 24 jam, hubungi {phone}",
        ),
        "judol": (
            "Boss, {site} bagi free credit RM30 hari ini, login sekarang",
            "Slot {site} RTP 98%, menang besar malam ni 🔥",
            "Daftar {site}, deposit pertama bonus 100%, cuci tanpa had",
            "4D keputusan terkini, beli nombor di {site}",
        ),
        "invest": (
            "Untung 10% seminggu dijamin, modal minimum {amount}. WS {phone}",
            "Group signal saham percuma, untung setiap hari. Sertai {channel}",
            "Skim pelaburan patuh syariah, dividen 8% sebulan. {url}",
            "Pelaburan crypto dengan mentor, pulangan {amount} sebulan",
        ),
    },
    "zh": {
        "phishing": (
            "您的快递因地址不详无法派送，请点击{url}更新地址。",
            "您的银行账户已被冻结，请登录{url}验证身份。",
            "您的积分今日到期，立即兑换礼品：{url}",
            "您的账户存在异常登录，如非本人操作请点击{url}",
            "爸，我换号了，这是我新号码，急需用钱，先转我一下。",
            "您的ETC已失效，请点击{url}重新认证。",
            "【社保局】您的医保卡需要升级，请点击{url}办理。",
            "验证码发错到我手机了，麻烦转发给{phone}",
            "您有一笔退款待领取，请添加客服{channel}办理。",
            "【运营商】您的话费积分可兑换现金，点击{url}",
            "您的个人所得税可退，请登录{url}申请。",
            "您好，您的包裹已到驿站，取件请点击{url}",
        ),
        "prize": (
            "【中奖通知】恭喜您获得{prize}，请拨打{phone}确认领奖。",
            "您已被抽中为幸运用户，奖品{prize}，兑奖码{pin}。",
            "恭喜！您在周年庆抽奖中获得{prize}，点击{url}领取。",
        ),
        "loan": (
            "急用钱找我，{amount}当天放款，不看征信。{phone}",
            "低息贷款，身份证即可办理，额度{amount}。{url}",
            "无需抵押，最快一小时放款，联系{channel}",
        ),
        "judol": (
            "老板，{site}今天送免费彩金，赶紧登录",
            "{site}电子游戏返奖率98%，今晚爆大奖🔥",
            "首存送100%，无限提款，{site}",
            "六合彩最新开奖，下注请上{site}",
        ),
        "invest": (
            "每周稳赚10%，最低投资{amount}，加微信{phone}",
            "免费股票群，每天推荐牛股，加{channel}",
            "虚拟币合约跟单，日赚{amount}，老师带你飞",
            "养老理财项目，保本高息，年化收益36%",
        ),
    },
    "th": {
        "phishing": (
            "พัสดุของคุณจัดส่งไม่ได้เนื่องจากที่อยู่ไม่ครบ กรุณาอัปเดตที่ {url}",
            "บัญชีธนาคารของคุณถูกระงับ กรุณายืนยันตัวตนที่ {url}",
            "คะแนนสะสมของคุณจะหมดอายุวันนี้ แลกของรางวัลที่ {url}",
            "ตรวจพบการเข้าสู่ระบบผิดปกติ หากไม่ใช่คุณ กดที่ {url}",
            "แม่ นี่เบอร์ใหม่หนูนะ ช่วยโอนเงินให้หน่อย ด่วนมาก",
            "การไฟฟ้าแจ้งคืนเงินประกันมิเตอร์ กรอกข้อมูลที่ {url}",
        ),
        "prize": (
            "ยินดีด้วย คุณได้รับ {prize} จากการจับรางวัล โทร {phone}",
            "ลูกค้าคนพิเศษรับ {prize} ฟรี ยืนยันรหัส {pin}",
        ),
        "loan": (
            "เงินด่วน {amount} อนุมัติไว ไม่เช็คบูโร ทักไลน์ {phone}",
            "สินเชื่อดอกเบี้ยต่ำ ใช้บัตรประชาชนใบเดียว {url}",
        ),
        "judol": (
            "เว็บ {site} แจกเครดิตฟรีวันนี้ รีบเข้าเลย",
            "สล็อต {site} แตกง่าย ถอนได้ไม่อั้น 🔥",
        ),
        "invest": (
            "กำไร 10% ต่อสัปดาห์ การันตี ลงทุนขั้นต่ำ {amount}",
            "กลุ่มหุ้นฟรี แนะนำหุ้นทุกวัน เข้ากลุ่ม {channel}",
        ),
    },
    "vi": {
        "phishing": (
            "Bưu phẩm của bạn không thể giao do thiếu địa chỉ. Cập nhật tại {url}",
            "Tài khoản ngân hàng của quý khách đã bị khóa. Xác minh tại {url}",
            "Điểm thưởng của bạn hết hạn hôm nay. Đổi quà tại {url}",
            "Phát hiện đăng nhập bất thường. Nếu không phải bạn, bấm {url}",
            "Mẹ ơi con đổi số rồi, chuyển giúp con ít tiền gấp nhé.",
            "Tài khoản định danh VNeID của bạn cần cập nhật tại {url}",
        ),
        "prize": (
            "Chúc mừng quý khách trúng {prize} từ chương trình tri ân. Gọi {phone}",
            "Bạn là khách hàng may mắn nhận {prize}, mã nhận thưởng {pin}",
            "Quay số trúng thưởng: bạn nhận được {prize}, xác nhận tại {url}",
        ),
        "loan": (
            "Vay nhanh {amount} giải ngân trong ngày, không cần thế chấp. {phone}",
            "Hỗ trợ vay tiêu dùng chỉ cần CCCD, lãi suất thấp. {url}",
            "Nợ xấu vẫn vay được, duyệt hồ sơ trong 30 phút. Liên hệ {channel}",
        ),
        "judol": (
            "Anh em ơi {site} đang tặng tiền cược miễn phí, vào ngay",
            "Nổ hũ {site} tỉ lệ trả thưởng 98%, rút tiền siêu tốc 🔥",
            "Nạp lần đầu tặng 100%, cá cược thể thao tại {site}",
            "Lô đề online uy tín, trả thưởng cao tại {site}",
        ),
        "invest": (
            "Lợi nhuận 10% mỗi tuần đảm bảo, vốn tối thiểu {amount}.",
            "Nhóm phím hàng chứng khoán miễn phí, vào nhóm {channel}",
            "Đầu tư tiền ảo cùng chuyên gia, lãi {amount} mỗi tháng",
            "Góp vốn dự án, cam kết lãi 5% mỗi tuần. Gọi {phone}",
        ),
    },
    "tl": {
        "phishing": (
            "Hindi ma-deliver ang parcel mo dahil kulang ang address. I-update sa "
            "{url}",
            "Na-suspend ang bank account mo. I-verify ang details sa {url}",
            "Mag-e-expire ngayong araw ang reward points mo. I-redeem sa {url}",
            "May kakaibang login sa GCash account mo. Kung hindi ikaw, i-click {url}",
            "Ma, bagong number ko to. Pa-send naman ng pera, emergency lang.",
            "Hindi pa bayad ang toll fee mo, bayaran agad sa {url}",
            "Na-text sa akin ang OTP mo by mistake, paki-forward sa {phone}",
            "Your Maya account will be deactivated. Verify now at {url}",
            "Congrats, pasok ka sa ayuda ng gobyerno. I-claim sa {url}",
            "Free 10GB data para sa loyal subscriber. I-activate sa {url}",
            "May refund ka mula sa Shopee, i-message ang {channel} para ma-claim",
            "Paki-update ng SIM registration mo o ma-de-deactivate: {url}",
        ),
        "prize": (
            "CONGRATS! Napili ang number mo bilang winner ng {prize} sa promo ng "
            "Lazada. Text {phone}",
            "Globe raffle winner ka ng {prize}! Claim code {pin}",
            "Ikaw ay nanalo sa Christmas raffle, makukuha mo ang {prize} sa {url}",
        ),
        "loan": (
            "Cash loan {amount} release agad, walang CI. Text {phone}",
            "Low interest loan, 1 valid ID lang. Apply sa {url}",
            "Loan approval sa loob ng 24 oras, message sa {channel}",
        ),
        "judol": (
            "Boss, may free 100 sa {site} ngayon, login na",
            "Slots sa {site} madaling manalo, fast withdrawal 🔥",
            "First deposit bonus 100% sa {site}, e-sabong at slots",
            "Sugal online, manalo ng {amount} kada araw sa {site}",
        ),
        "invest": (
            "Guaranteed 10% tubo kada linggo, minimum {amount}. Text {phone}",
            "Libreng stock tips group, kita araw-araw. Join {channel}",
            "Crypto investment with mentor, kita {amount} kada buwan",
            "Paluwagan 2.0, doble ang pera mo sa loob ng 10 araw",
        ),
    },
}

# Ordinary SMS (codes, balances, deliveries, appointments) are "other".
MORE_OTHER: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "sms": (
            "JANGAN BERIKAN kode ini kepada siapa pun. Kode verifikasi Anda: {pin}",
            "Sisa pulsa Anda Rp{n}.000, masa aktif s.d. 30-12. Info *888#",
            "Pesanan Anda sedang dikirim oleh kurir. Terima kasih telah berbelanja.",
            "Pengingat: jadwal kontrol Anda di klinik besok pukul 09.00.",
            "Terima kasih, pembayaran tagihan PLN bulan ini telah diterima.",
            "Nanti sore jemput adek di sekolah ya, mama pulang telat",
            "Pak, saya sudah sampai di depan rumah.",
            "Paket internet 10GB Anda telah aktif hingga 30 hari.",
        ),
        "listing": (
            "Jual cepat {item}, pemakaian pribadi, {price} nego tipis. {phone}",
            "Kos putri dekat kampus di {home}, {price}/bulan, WiFi, AC.",
        ),
        "lost": (
            "Dicari: dompet hitam hilang di sekitar {home}, berisi KTP. Imbalan "
            "{reward}.",
            "Yang menemukan kunci motor di parkiran {home} mohon hubungi {phone}",
        ),
        "chat": (
            "Bro, jadi futsal malam ini?",
            "Udah makan belum? Aku beliin martabak ya",
        ),
        "notice": (
            "Pengumuman: pengajian rutin RT 05 diadakan Jumat malam.",
            "Info: jalan di {home} ditutup sementara karena perbaikan.",
        ),
    },
    "en": {
        "sms": (
            "Your verification code is {pin}. Do not share it with anyone.",
            "Your balance is ${n}.00. Top up now to keep your plan active.",
            "Your order has been shipped and will arrive in 2-3 days.",
            "Reminder: your dental appointment is tomorrow at 9:00 am.",
            "Thank you, your electricity bill payment has been received.",
            "Can you pick up the kids from school today? I'll be late",
            "I'm outside your house now.",
            "Your 10GB data pack is now active for 30 days.",
        ),
        "listing": (
            "Quick sale: {item}, lightly used, {price} or nearest offer. {phone}",
            "Room to let near the campus in {home}, {price} a month, bills included.",
        ),
        "lost": (
            "Lost: black wallet somewhere in {home}, has my ID. Reward {reward}.",
            "Found a set of keys near the {home} car park, call {phone}",
        ),
        "chat": (
            "Still on for football tonight?",
            "Have you eaten? I'll grab us some noodles",
        ),
        "notice": (
            "Notice: the community meeting is on Friday at 7 pm.",
            "Road works in {home} this week, expect delays.",
        ),
    },
    "ms": {
        "sms": (
            "JANGAN KONGSI kod ini dengan sesiapa. Kod pengesahan anda: {pin}",
            "Baki kredit anda RM{n}.00. Tambah nilai untuk kekal aktif.",
            "Pesanan anda telah dihantar dan akan tiba dalam 2-3 hari.",
            "Peringatan: temujanji anda di klinik esok pukul 9 pagi.",
            "Terima kasih, bayaran bil TNB anda telah diterima.",
            "Petang ni ambil adik kat sekolah ya, mak balik lambat",
            "Saya dah sampai depan rumah.",
            "Pelan data 10GB anda telah aktif selama 30 hari.",
            "Bungkusan anda telah tiba di pusat J&T {home}.",
            "Kelas tuisyen esok dibatalkan, ganti minggu depan.",
        ),
        "listing": (
            "Jual cepat {item}, pakai sendiri, {price} boleh nego. {phone}",
            "Bilik sewa dekat kampus di {home}, {price} sebulan, WiFi, aircond.",
            "Kereta sewa harian di {home}, {price} sehari. WS {phone}",
        ),
        "lost": (
            "Dompet hitam hilang sekitar {home}, ada IC. Ganjaran {reward}.",
            "Sesiapa jumpa kunci motor di parkir {home}, sila hubungi {phone}",
            "Kucing kami {pet} hilang sejak semalam di {home}. Tolong share.",
        ),
        "greeting": (
            "Selamat pengantin baru, semoga berbahagia hingga ke jannah",
            "Salam Jumaat semua, semoga dirahmati",
        ),
        "chat": (
            "Bro, jadi main futsal malam ni?",
            "Dah makan? Aku belikan roti canai",
            "Ok noted, nanti aku call balik",
        ),
        "recipe": (
            "Resipi ayam masak merah: goreng ayam, tumis cili kisar, masukkan sos "
            "tomato dan gula.",
            "Cara buat cucur udang: tepung, udang, daun kucai, goreng sampai garing.",
        ),
        "travel": (
            "Pakej umrah 12 hari dari {price}, termasuk tiket dan hotel. {phone}",
            "Cuti-cuti Malaysia ke {place}, homestay dari {price} semalam.",
        ),
        "scholarship": (
            "Permohonan biasiswa MARA dibuka sehingga hujung bulan ini.",
            "Yayasan negeri tawar biasiswa pengajian ke {place}. Mohon di {url}",
        ),
        "notice": (
            "Makluman: mesyuarat persatuan penduduk pada Jumaat jam 8 malam.",
            "Jalan di {home} ditutup sementara untuk kerja-kerja baik pulih.",
        ),
    },
    "zh": {
        "sms": (
            "【验证码】{pin}，5分钟内有效，请勿泄露给他人。",
            "您的话费余额为{n}元，请及时充值。",
            "您的订单已发货，预计2-3天送达。",
            "温馨提示：您预约的门诊时间为明天上午9点。",
            "您本月电费已缴纳成功，感谢使用。",
            "今天下午你去接孩子吧，我要加班",
            "我到楼下了，你下来吧",
            "您的10GB流量包已生效，有效期30天。",
            "您的快递已放至{home}驿站，请凭取件码{pin}取件。",
            "明天的课取消了，改到下周。",
        ),
        "listing": (
            "个人闲置{item}，{price}，可小刀，同城自提。{phone}",
            "{home}大学附近单间出租，{price}每月，包网费。",
            "转让二手{item}，九五新，{price}，不退不换。",
        ),
        "lost": (
            "在{home}附近丢失黑色钱包一个，内有身份证，拾到者酬谢{reward}。",
            "捡到一串钥匙，在{home}停车场，失主请联系{phone}",
            "我家{pet}昨晚在{home}走丢了，求扩散！",
        ),
        "greeting": (
            "祝新婚快乐，百年好合！",
            "周末愉快，大家好好休息",
        ),
        "chat": (
            "今晚打球吗？",
            "吃饭了吗？我给你带点吃的",
            "好的收到，晚点给你回电话",
        ),
        "recipe": (
            "可乐鸡翅做法：鸡翅焯水，煎至两面金黄，倒入可乐收汁。",
            "蒜蓉西兰花：西兰花焯水，蒜末爆香后翻炒，加盐调味。",
        ),
        "travel": (
            "{place}亲子游套餐，{price}起，含酒店和门票。咨询{phone}",
            "国庆特价：{place}双飞五日游，名额有限。",
        ),
        "scholarship": (
            "国家奖学金申请开始，请同学们按时提交材料。",
            "{place}大学提供留学生奖学金，申请网址{url}",
        ),
        "notice": (
            "通知：本周五晚上八点召开业主大会。",
            "{home}路段施工，本周临时封闭，请绕行。",
        ),
    },
    "th": {
        "sms": (
            "รหัส OTP ของคุณคือ {pin} ห้ามบอกรหัสนี้กับผู้อื่น",
            "ยอดเงินคงเหลือของคุณ {n} บาท กรุณาเติมเงิน",
            "พัสดุของคุณจัดส่งแล้ว จะถึงภายใน 2-3 วัน",
            "เตือนความจำ: นัดพบแพทย์พรุ่งนี้ 9 โมงเช้า",
            "เย็นนี้ไปรับลูกที่โรงเรียนหน่อยนะ",
            "ถึงหน้าบ้านแล้วนะ",
        ),
        "lost": (
            "กระเป๋าสตางค์หายแถว{home} มีบัตรประชาชน ให้สินน้ำใจ {reward}",
            "เก็บกุญแจได้ที่ลานจอดรถ{home} เจ้าของติดต่อ {phone}",
        ),
        "greeting": (
            "สุขสันต์วันแต่งงาน ขอให้รักกันนานๆ",
            "สวัสดีวันจันทร์ ขอให้เป็นวันที่ดีนะคะ",
        ),
        "recipe": (
            "วิธีทำผัดกะเพรา: ผัดกระเทียมพริก ใส่หมูสับ ปรุงรส ใส่ใบกะเพรา",
            "ต้มยำกุ้ง: ต้มน้ำใส่ข่า ตะไคร้ ใบมะกรูด ใส่กุ้ง ปรุงด้วยน้ำปลา มะนาว",
        ),
        "travel": (
            "แพ็กเกจเที่ยว{place} 3 วัน 2 คืน ราคา {price} รวมที่พัก โทร {phone}",
            "โปรหน้าฝน {place} ห้องพักลด 50%",
        ),
        "scholarship": (
            "ทุนการศึกษาปริญญาโทที่{place} รวมค่าเล่าเรียนและตั๋วเครื่องบิน {url}",
            "เปิดรับสมัครทุน กยศ. แล้ววันนี้",
        ),
    },
    "vi": {
        "sms": (
            "Mã xác thực của bạn là {pin}. Không chia sẻ mã này cho bất kỳ ai.",
            "Tài khoản của quý khách còn {n}.000đ. Vui lòng nạp thêm.",
            "Đơn hàng của bạn đã được giao cho đơn vị vận chuyển.",
            "Nhắc lịch: bạn có lịch khám răng lúc 9h sáng mai.",
            "Chiều nay đón con giúp em nhé, em về muộn",
            "Anh tới trước cửa nhà rồi.",
        ),
        "lost": (
            "Mất ví màu đen khu vực {home}, có căn cước. Ai nhặt được xin hậu tạ "
            "{reward}.",
            "Nhặt được chùm chìa khóa ở bãi xe {home}, liên hệ {phone}",
        ),
        "greeting": (
            "Chúc mừng hạnh phúc, trăm năm hạnh phúc nhé!",
            "Chúc cả nhà cuối tuần vui vẻ",
        ),
        "chat": (
            "Tối nay đá bóng không?",
            "Ăn cơm chưa? Để anh mua đồ ăn mang qua",
        ),
        "recipe": (
            "Cách làm thịt kho trứng: ướp thịt, kho với nước dừa, cho trứng vào.",
            "Canh chua cá: nấu nước me, cho cá, cà chua, dứa và rau thơm.",
        ),
        "travel": (
            "Tour {place} 3 ngày 2 đêm giá {price}, bao khách sạn. Gọi {phone}",
            "Khuyến mãi hè: vé máy bay đi {place} chỉ từ {price}",
        ),
        "scholarship": (
            "Học bổng toàn phần thạc sĩ tại {place}, bao vé máy bay. {url}",
            "Trường thông báo xét học bổng khuyến khích học kỳ này.",
        ),
        "notice": (
            "Thông báo: họp tổ dân phố vào tối thứ Sáu lúc 19h.",
            "Đường {home} tạm cấm xe để sửa chữa trong tuần này.",
        ),
    },
    "tl": {
        "sms": (
            "Ang iyong verification code ay {pin}. Huwag itong ibigay sa iba.",
            "Ang iyong load balance ay P{n}.00. Mag-load na para tuloy-tuloy.",
            "Na-ship na ang order mo, darating sa loob ng 2-3 araw.",
            "Paalala: ang check-up mo sa clinic ay bukas ng 9 am.",
            "Salamat, natanggap na ang bayad mo sa Meralco.",
            "Pakisundo si bunso sa school mamaya, late ako uuwi",
            "Nandito na ako sa labas ng bahay niyo.",
            "Active na ang GoSURF 10GB mo sa loob ng 30 araw.",
            "Your package from Shopee is out for delivery today.",
            "Walang pasok bukas dahil sa bagyo, ingat kayo.",
        ),
        "listing": (
            "Quick sale {item}, personal use, {price} nego pa. {phone}",
            "Bedspace malapit sa school sa {home}, {price} kada buwan, may WiFi.",
            "Rent a car sa {home}, {price} per day. PM lang",
        ),
        "lost": (
            "Nawala ang itim na wallet sa {home}, may ID. May pabuya {reward}.",
            "May napulot na susi sa parking ng {home}, tawag sa {phone}",
            "Nawawala ang {pet} namin mula kagabi sa {home}. Pa-share po.",
        ),
        "greeting": (
            "Congrats sa kasal niyo, best wishes!",
            "Happy Sunday po sa lahat, God bless",
        ),
        "chat": (
            "Tuloy ba basketball mamaya?",
            "Kumain ka na? Dalhan kita ng pagkain",
            "Sige noted, tawag ako mamaya",
        ),
        "recipe": (
            "Adobong manok: ilagay ang manok sa toyo, suka, bawang at paminta, "
            "pakuluan hanggang lumambot.",
            "Tinolang manok: igisa ang luya, ilagay ang manok, sayote at "
            "dahon ng sili.",
        ),
        "travel": (
            "Umrah at tour package sa {place}, {price} per pax, all in. {phone}",
            "Seat sale papuntang {place}, {price} lang one way!",
        ),
        "scholarship": (
            "Bukas na ang CHED scholarship para sa incoming college students.",
            "Scholarship sa {place} para sa mga Pilipino, apply sa {url}",
        ),
    },
}

# Comment-section and shop/telco texts: gambling-site comments and shop or
# operator promotions are promotions; ordinary video comments are "other".
MORE_PROMO_COMMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "judol": (
            "Mending main di {site} aja, baru depo 20 langsung wd 2 juta 🔥",
            "{site} emang paling gacor, kemarin maxwin 3x",
            "Cobain {site} bang, pasti jp",
            "Gara2 {site} bisa bayar cicilan motor, makasih min",
            "Yang lagi butuh duit coba {site}, modal receh hasil jutaan",
            "Semoga {site} makin jaya, wd lancar terus",
            "Sejak kenal {site} hidupku berubah 🙏",
            "Info gacor hari ini cuma di {site}",
        ),
        "shop_promo": (
            "Promo spesial! Kuota 25GB hanya Rp50rb, aktifkan di *363#",
            "Beli pulsa 100rb dapat bonus 10GB. Berlaku s.d. akhir bulan.",
            "Diskon 50% semua produk di toko kami, khusus hari ini!",
            "Flash sale jam 12 siang, gratis ongkir seluruh Indonesia.",
            "Member baru dapat voucher belanja Rp100rb, daftar di {url}",
            "Nikmati cashback 20% dengan pembayaran e-wallet.",
            "Paket nelpon sepuasnya ke semua operator hanya Rp10rb/minggu.",
            "Promo akhir tahun: beli 2 gratis 1! Kunjungi {url}",
        ),
    },
    "en": {
        "judol": (
            "Just play at {site}, deposited 10 and withdrew 500 🔥",
            "{site} is the best, hit the jackpot three times yesterday",
            "Try {site} bro, guaranteed win",
            "Paid off my bills thanks to {site}, legit",
        ),
        "shop_promo": (
            "Special offer! 25GB data for only $5, dial *123# to activate.",
            "Top up $20 and get a 10GB bonus. Valid until the end of the month.",
            "50% off everything in store, today only!",
            "Flash sale at noon, free shipping nationwide.",
            "New members get a $10 voucher, sign up at {url}",
            "Enjoy 20% cashback when you pay with your e-wallet.",
            "Year-end promo: buy 2 get 1 free! Visit {url}",
            "Unlimited calls to all networks for $2 a week. Reply YES.",
        ),
    },
    "ms": {
        "judol": (
            "Main kat {site} je, deposit 10 terus cuci 500 🔥",
            "{site} memang paling ong, semalam menang besar",
            "Cuba {site} bro, confirm menang",
            "Sebab {site} dapat bayar hutang, terima kasih admin",
        ),
        "shop_promo": (
            "Tawaran istimewa! Data 25GB hanya RM10, dail *100# untuk aktifkan.",
            "Tambah nilai RM30 dapat bonus 10GB. Sah sehingga hujung bulan.",
            "Diskaun 50% semua barangan, hari ini sahaja!",
            "Jualan kilat tengah hari, penghantaran percuma seluruh Malaysia.",
            "Ahli baru dapat baucar RM20, daftar di {url}",
            "Promosi Raya: beli 2 percuma 1! Layari {url}",
        ),
    },
    "zh": {
        "shop_promo": (
            "特惠！25GB流量包仅需30元，回复KT办理。",
            "充值100元送10GB流量，月底前有效。",
            "全场五折，仅限今天！",
            "中午12点限时秒杀，全国包邮。",
            "新会员注册送50元优惠券，{url}",
            "年终大促：买二送一！详情{url}",
        ),
    },
    "th": {
        "shop_promo": (
            "โปรพิเศษ! เน็ต 25GB เพียง 99 บาท กด *900# เพื่อสมัคร",
            "เติมเงิน 100 บาท รับเน็ตเพิ่ม 10GB ถึงสิ้นเดือนนี้",
            "ลดทั้งร้าน 50% วันนี้วันเดียว!",
            "สมาชิกใหม่รับคูปองส่วนลด 100 บาท สมัครที่ {url}",
        ),
    },
    "vi": {
        "shop_promo": (
            "Ưu đãi! Gói 25GB chỉ 50.000đ, soạn DK gửi 191.",
            "Nạp 100.000đ tặng thêm 10GB, áp dụng đến cuối tháng.",
            "Giảm giá 50% toàn bộ sản phẩm, chỉ hôm nay!",
            "Thành viên mới nhận voucher 100.000đ, đăng ký tại {url}",
        ),
    },
    "tl": {
        "judol": (
            "Sa {site} ka na lang maglaro, nag-deposit ako ng 100 nakapag-withdraw "
            "ng 5k 🔥",
            "{site} talaga pinakamalakas magbigay, jackpot ako kahapon",
            "Try mo {site} lods, panalo agad",
            "Dahil sa {site} nabayaran ko utang ko, legit to",
        ),
        "shop_promo": (
            "Promo! 25GB data for only P99, dial *143# para i-register.",
            "Mag-load ng P100 at makakuha ng bonus 10GB. Valid hanggang katapusan.",
            "50% off sa lahat ng items, ngayong araw lang!",
            "Flash sale mamayang 12 noon, free shipping nationwide.",
            "May P100 voucher ang bagong members, sign up sa {url}",
            "Unli call and text sa lahat ng network, P20 lang kada linggo.",
        ),
    },
}

MORE_OTHER_COMMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "comment": (
            "Mantap bang videonya, lanjutkan!",
            "Keren banget, salam dari {home} 👋",
            "Hadir bang, nonton dari {home}",
            "Wkwk kocak banget, ngakak sampai nangis",
            "Semoga channelnya makin sukses",
            "Izin nyimak bang",
            "Bang request bahas {item} dong",
            "Akhirnya upload juga, ditunggu part 2",
            "Lagunya enak banget, auto masuk playlist",
            "Siapa yang nonton tahun ini? 😂",
            "Terima kasih ilmunya kak, sangat bermanfaat",
            "Timnas garuda pasti menang! 🇮🇩",
        ),
    },
    "en": {
        "comment": (
            "Great video, keep it up!",
            "Love this, greetings from {home} 👋",
            "Who's watching this in 2024? 😂",
            "This made my day, thank you",
            "Can you do a video about {item} next?",
            "Finally a new upload, waiting for part 2",
            "This song never gets old",
            "Thanks for the tips, really helpful",
        ),
    },
    "ms": {
        "comment": (
            "Best video ni, teruskan!",
            "Salam dari {home} 👋",
            "Kelakar gila, gelak sampai sakit perut",
            "Terima kasih atas perkongsian, sangat bermanfaat",
            "Bila nak buat part 2?",
            "Lagu ni memang sedap didengar",
        ),
    },
    "tl": {
        "comment": (
            "Ang ganda ng video, more pa po!",
            "Shout out naman po from {home} 👋",
            "Grabe tawa ko dito 😂",
            "Salamat sa tips, laking tulong",
            "Sino nanonood ngayong taon?",
            "Part 2 please idol",
            "Solid talaga to lods",
            "Ang galing mo kumanta, idol!",
        ),
    },
}
