"""More project-written phrasings for the document-type data (second batch).

Appended to the pools of ``training.generate.doctype_phrases`` (``WARN``,
``WARN_KINDS``, ``PROMO``, ``OTHER``) at the end, so the held-out split
(every fourth template of each pool, ``split_pool``) applies to them as to
the first batch. Written for this project: more ways to frame a warning,
news or court report, personal account and forum thread (Malay, Tagalog and
Chinese especially), SMS-style phishing and promotions, and ordinary SMS
(codes, balances, deliveries, appointments), in the same slots. A third
batch (end of file) adds one-line warnings, forum replies, first-person
accounts and appeals with hotlines; phishing, e-sabong and shop promotions;
and rentals, group buys (pasabuy), event invitations, community and school
notices that share an ad's surface (prices, numbers, "free") without being
one, mostly in Tagalog, English and Vietnamese.
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
        ("intro",),
        ("opener", "advice"),
    ),
    "official": (
        ("opener", "quote", "advice"),
        ("quote", "story", "advice"),
        ("opener", "intro", "advice", "advice", "advice"),
        ("story", "quote", "advice"),
        ("opener", "advice"),
        ("quote", "advice", "advice"),
    ),
    "news": (
        ("source", "story", "quote"),
        ("source", "intro", "story", "quote"),
        ("source", "story", "quote", "story", "quote"),
        ("opener", "source", "quote", "story"),
        ("source", "story"),
        ("source", "story", "story", "quote"),
    ),
    "court_police": (
        ("source", "story", "quote", "advice"),
        ("story", "quote"),
        ("story", "story", "advice"),
        ("source", "quote", "story", "story"),
        ("story",),
        ("source", "story", "advice"),
    ),
    "personal": (
        ("story", "story"),
        ("opener", "story", "intro", "advice"),
        ("story", "story", "advice", "advice"),
        ("story", "quoted_ad", "ad"),
        ("story",),
        ("story", "story", "story", "advice"),
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
        ("forum", "forum", "forum", "forum"),
        ("quoted_ad", "ad", "forum", "forum"),
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


# --- third batch, appended after everything above --------------------------
# Every addition goes to the end of its pool (the comment tables are appended
# last by doctype_phrases), so earlier templates keep their indices and the
# every-fourth-template held-out split applies to the new ones alike.

# Third batch: warnings (one-line alerts, forum replies, first-person
# accounts, appeals with hotlines, dated news with figures).
_WARN_3: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "opener": (
            "PSA: that 'work in {country}, {salary}, free flights' post going "
            "around is human trafficking. Don't apply.",
            "Scam alert for anyone job hunting right now 🚩",
            "Heads up from {agency}: fake overseas job offers are circulating online",
            "This is not a real job. Please read and share.",
            "To every parent whose child is looking for work abroad: please read this",
            "I'm posting this because I wish someone had warned me",
        ),
        "intro": (
            "If anyone offers you {flags}, walk away.",
            "They recruit on {channel} with {flags}, but once you're in {city} the "
            "real job is scamming people online.",
            "That's not direct hiring. {flags}: every one of those is a sign of "
            "illegal recruitment.",
            "They send people to {country} on tourist visas, so the victims have "
            "no legal protection.",
            "The ad says {role}, {salary}. In reality it's a scam compound in {city}.",
            "Their trick: {flags}. Once you arrive, you're told you owe them for "
            "the flight.",
        ),
        "story": (
            "I was one of them. They promised me {salary}, took my passport the "
            "day I landed in {city} and made us work 16-hour shifts.",
            "On 14 March, {n} foreign nationals were rescued from a compound in "
            "{city}, {agency} said.",
            "I'm home now, but my family had to pay $3,000 before they let me go.",
            "Immigration officers stopped {n} passengers bound for {country} who "
            "said they were tourists but were carrying job offers.",
            "My cousin told us that workers who missed their targets were beaten "
            "or given electric shocks.",
            "Police arrested a recruiter in {home} accused of sending more than "
            "{n} people to {country} since 2022.",
        ),
        "advice": (
            "If someone you know has been recruited, call the 1343 Actionline or "
            "the nearest embassy.",
            "Check the job order on the labour ministry's website before you pay "
            "anything.",
            "Never leave on a tourist visa for a job abroad.",
            "Screenshot the messages and report the page to {agency}.",
            "Better to ask first than regret it later.",
            "In an emergency, call the embassy hotline in {country} directly, not "
            "the recruiter.",
        ),
        "source": (
            "{outlet}, 14 March 2024 —",
            "PHNOM PENH (Reuters) —",
            "From {outlet} in {home}:",
            "BREAKING:",
            "As reported by {outlet} on Monday:",
            "{outlet} — updated 6:45 pm",
        ),
        "quote": (
            '"No legitimate employer sends you abroad on a tourist visa," the '
            "{official} said.",
            "According to the {official}, {n} such cases have been recorded this year.",
            '"Call us immediately if you see a suspicious offer," said the {official}.',
            "The {official} confirmed they are working with the authorities in "
            "{country}.",
            '"Many more are still trapped there," the {official} added.',
            "The {official} said most victims were recruited through {channel}.",
        ),
        "forum": (
            "lol that's a scam, don't apply",
            "That's a scam, don't reply to them.",
            "Nope. Same offer came to me on {channel}, turned out the job was in "
            "{city}.",
            "Reply: they say it's legit, but why a tourist visa? Huge red flag.",
            "Someone DMed me about {flags}. Real job or trafficking?",
            "Reported the page. Please do the same so they can't catch anyone else.",
        ),
        "quoted_ad": (
            "Here's the post going around, don't fall for it:",
            "Read this, this is how they recruit:",
            "Screenshot of the DM I received:",
            "This is the ad my brother found on {channel}:",
            "Example of a fake job post:",
            "The recruiter's caption:",
        ),
    },
    "th": {
        "source": (
            "{outlet} 14 มี.ค. 2567 -",
            "ข่าวด่วน:",
            "{home} ({outlet}) -",
            "รายงานจาก{outlet}เมื่อวันจันทร์:",
        ),
        "quote": (
            '"ไม่มีงานถูกกฎหมายที่ใช้วีซ่าท่องเที่ยว" {official}กล่าว',
            "{official}ระบุว่าปีนี้พบคดีลักษณะนี้แล้ว {n} คดี",
            '"หากพบข้อเสนอน่าสงสัย โทรแจ้ง 1300 ได้ทันที" {official}กล่าว',
            "{official}ยืนยันว่ากำลังประสานกับทางการ{country}",
        ),
        "quoted_ad": (
            "โพสต์นี้กำลังแชร์กันเยอะ อย่าหลงเชื่อนะคะ:",
            "แคปข้อความที่ได้รับ:",
            "ตัวอย่างประกาศรับสมัครงานปลอม:",
            "นี่คือโฆษณาที่น้องชายเจอใน{channel}:",
        ),
        "forum": (
            "หลอกแน่นอน อย่าไปค่ะ",
            "มีคนทักมาเสนอ{flags} จริงหรือหลอกคะ",
            "ตอบกลับ: เขาบอกว่าถูกกฎหมาย แต่ทำไมใช้วีซ่าท่องเที่ยว ธงแดงเลย",
            "รีพอร์ตเพจไปแล้ว ช่วยกันรีพอร์ตด้วยนะครับ",
        ),
    },
    "vi": {
        "opener": (
            "CẢNH BÁO: bài đăng 'tuyển {role} đi {country}, {salary}, bao vé máy "
            "bay' là lừa đảo, mua bán người!",
            "Mọi người đang tìm việc chú ý nhé 🚩",
            "{agency} cảnh báo: xuất hiện nhiều tin tuyển dụng đi nước ngoài giả mạo",
            "Việc này không có thật đâu, đọc kỹ và chia sẻ giúp mình",
            "Các bậc phụ huynh có con đang tìm việc làm nên đọc bài này",
            "Canh giac voi viec nhe luong cao o {country}, lua dao het do",
        ),
        "intro": (
            "Ai hứa hẹn {flags} thì tránh xa ngay.",
            "Chúng tuyển người qua {channel}, hứa {flags}, nhưng sang tới {city} "
            "thì bị ép đi lừa đảo qua mạng.",
            "Đó không phải tuyển dụng chính thức. {flags}: tất cả đều là dấu hiệu "
            "đưa người đi trái phép.",
            "Họ đưa người sang {country} bằng visa du lịch nên nạn nhân không được "
            "pháp luật bảo vệ.",
            "Quảng cáo ghi {role}, {salary}. Thực tế là khu lừa đảo ở {city}.",
            "Chiêu quen thuộc: {flags}. Sang tới nơi thì bị nói là nợ tiền vé máy bay.",
        ),
        "story": (
            "Tôi từng là nạn nhân. Họ hứa {salary}, vừa tới {city} là thu hộ "
            "chiếu, bắt làm 16 tiếng mỗi ngày.",
            "Ngày 14/3, {n} công dân Việt Nam đã được giải cứu khỏi một khu tổ hợp "
            "ở {city}, theo {agency}.",
            "Tôi đã về nhà nhưng gia đình phải nộp 3.000 USD thì họ mới thả.",
            "Lực lượng biên phòng đã chặn {n} người định sang {country} theo diện "
            "du lịch nhưng thực chất đi làm.",
            "Em họ tôi kể ai không đạt chỉ tiêu sẽ bị đánh, bị chích điện.",
            "Công an {home} bắt giữ đối tượng đã đưa hơn {n} người sang {country} "
            "từ năm 2022.",
        ),
        "advice": (
            "Nếu người thân bị lừa, gọi ngay đường dây nóng bảo hộ công dân +84 "
            "981 84 84 84 hoặc 113.",
            "Kiểm tra giấy phép của doanh nghiệp trên cổng thông tin của Bộ Lao "
            "động trước khi nộp tiền.",
            "Tuyệt đối không đi làm việc ở nước ngoài bằng visa du lịch.",
            "Chụp màn hình tin nhắn và báo ngay cho {agency}.",
            "Hỏi trước còn hơn hối hận về sau.",
            "Khan cap thi lien he Dai su quan Viet Nam tai {country}, dung tin "
            "nguoi moi gioi.",
        ),
        "source": (
            "{outlet}, ngày 14/3/2024 —",
            "(Dân trí) -",
            "{home} ({outlet}) -",
            "TIN NÓNG:",
            "Theo {outlet} đưa tin sáng thứ Hai:",
            "{outlet} - cập nhật 18h45",
        ),
        "quote": (
            '"Không có công việc hợp pháp nào dùng visa du lịch", {official} khẳng '
            "định.",
            "Theo {official}, từ đầu năm đã ghi nhận {n} vụ tương tự.",
            '"Thấy lời mời đáng ngờ, người dân hãy báo ngay cho công an", '
            "{official} nói.",
            "{official} xác nhận đã phối hợp với cơ quan chức năng {country}.",
            '"Vẫn còn nhiều người đang bị giữ ở đó", {official} cho biết thêm.',
            "{official} cho biết phần lớn nạn nhân bị dụ dỗ qua {channel}.",
        ),
        "forum": (
            "lừa đảo đó, đừng đi",
            "Lừa đấy bạn ơi, đừng rep.",
            "Không nha. Mình cũng được mời qua {channel}, hóa ra là sang {city}.",
            "Trả lời: họ bảo uy tín mà sao lại đi visa du lịch? Dấu hiệu lừa đảo "
            "rõ ràng.",
            "Có người nhắn mình {flags}. Thật hay lừa vậy mọi người?",
            "Mình report page rồi, mọi người report giúp để nó không lừa thêm ai.",
        ),
        "quoted_ad": (
            "Đây là bài đăng đang lan truyền, đừng tin nhé:",
            "Đọc đi, chúng tuyển người kiểu này:",
            "Ảnh chụp tin nhắn mình nhận được:",
            "Bài tuyển dụng em mình thấy trên {channel}:",
            "Ví dụ một tin tuyển dụng giả:",
            "Nội dung bài đăng của kẻ tuyển người:",
        ),
    },
    "tl": {
        "opener": (
            "SCAM ALERT ‼️ Yung mga post na 'HIRING {role} sa {country}, {salary}' "
            "— trafficking po yan, wag mag-apply!",
            "PSA: Wag basta mag-apply sa mga job post na walang DMW license",
            "Mga ka-barangay, ingat po sa fake recruiter na nag-aalok ng trabaho "
            "sa {country}",
            "[BABALA|ABISO] ng {agency} sa publiko: pekeng job offers online",
            "Hindi po totoo ang trabahong yan, scam yan. Pakibasa bago mag-apply.",
            "Para sa mga nanay na may anak na naghahanap ng trabaho abroad, "
            "basahin niyo po ito",
        ),
        "intro": (
            "Kapag may nag-alok sa inyo ng {flags}, iwasan na agad.",
            "Sa {channel} sila nag-re-recruit, {flags} daw, pero pagdating sa "
            "{city} ibang trabaho pala: mang-scam ng tao online.",
            "Hindi yan direct hiring. {flags}: lahat yan palatandaan ng illegal "
            "recruitment.",
            "Tourist visa lang ang gamit nila papuntang {country}, kaya walang "
            "proteksyon ang mga biktima.",
            "Ang sabi sa ad, {role} daw ang trabaho at {salary} ang sahod. Sa "
            "totoo, scam hub sa {city} ang bagsak.",
            "Modus nila: {flags}. Pag nandun ka na, may utang ka na raw sa kanila.",
        ),
        "story": (
            "Ako mismo naging biktima. Pinangakuan ako ng {salary}, pero pagdating "
            "ko sa {city} kinuha ang passport ko at 16 oras kami pinagtatrabaho.",
            "Noong Marso 14, {n} Pilipino ang na-rescue mula sa isang scam "
            "compound sa {city}, ayon sa {agency}.",
            "Nakauwi na ako pero may trauma pa rin. Nagbayad pa ng ransom ang "
            "pamilya ko para lang ako pakawalan.",
            "Naharang ng Bureau of Immigration sa NAIA ang {n} pasahero na papunta "
            "sana sa {country} bilang turista pero may job offer pala.",
            "Kwento ng pinsan ko, pag hindi naabot ang quota, sinasaktan at "
            "kinukuryente sila.",
            "Inaresto ng {agency} ang isang recruiter sa {home} na nagpadala ng "
            "mahigit {n} katao sa {country} mula 2022.",
        ),
        "advice": (
            "Tumawag sa DMW hotline 1348 o sa IACAT 1343 Actionline kung may "
            "kakilala kang na-recruit.",
            "Kung nasa {country} na ang kaanak ninyo, i-message agad ang embahada "
            "ng Pilipinas o ang DFA.",
            "I-verify muna ang job order sa website ng DMW bago magbayad ng kahit ano.",
            "Huwag pumayag sa 'escort' o backdoor sa airport, bawal yan at delikado.",
            "Kung may nag-alok sa inyo sa chat, i-screenshot at i-report sa {agency}.",
            "Mas mabuting magtanong muna kaysa magsisi sa huli.",
        ),
        "source": (
            "{outlet}, Marso 14, 2024 —",
            "PASAY CITY —",
            "Balita ({outlet}):",
            "Mula sa {outlet}, {home}:",
            "BREAKING:",
            "Ulat ng {outlet} ngayong Lunes:",
        ),
        "quote": (
            '"Walang legal na trabaho abroad na tourist visa ang gamit," paalala '
            "ng {official}.",
            "Ayon sa {official}, {n} na kaso na ng ganitong modus ang naitala "
            "ngayong taon.",
            '"Tumawag agad sa 1343 kapag may kahina-hinalang alok," sabi ng '
            "{official}.",
            "Kinumpirma ng {official} na nakikipag-ugnayan na sila sa mga "
            "awtoridad sa {country}.",
            '"Marami pa ang naiipit doon," dagdag ng {official}.',
            "Sinabi ng {official} na karamihan sa mga biktima ay na-recruit sa "
            "{channel}.",
        ),
        "forum": (
            "scam yan, wag kang pumatol",
            "Scam yan sis, wag mo na replyan.",
            "Uy wag! Ganyan din inalok sa akin sa {channel}, sa {city} pala ang "
            "bagsak.",
            "Reply: legit daw sabi nila pero bakit tourist visa? Red flag na yan pre.",
            "Mga mars, may nag-PM sa akin ng {flags}. Totoo ba to o trafficking?",
            "Nireport ko na yung page, sana kayo rin para wala nang mabiktima.",
        ),
        "quoted_ad": (
            "Ito yung post na kumakalat ngayon, wag kayong magpapaloko:",
            "Basahin niyo, ganito sila mag-recruit:",
            "Screenshot ng PM na natanggap ko:",
            "Eto yung ad na nakita ng kapatid ko sa {channel}:",
            "Halimbawa ng pekeng job post:",
            "Ganito ang caption ng recruiter:",
        ),
    },
}

# Third batch: promotions and other scams (GCash/Maya/bank/parcel phishing,
# e-sabong and slots, lending apps, shop promotions written like sales posts).
_PROMO_3: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "prize": (
            "Selamat! Nomor DANA Anda memenangkan {prize} dalam undian ulang "
            "tahun. Kode {pin}. Hubungi {phone}",
            "Pelanggan setia, Anda terpilih menerima {prize}. Cukup bayar ongkir "
            "Rp 50rb ke {phone}",
            "Pemberitahuan terakhir: hadiah {prize} Anda belum diklaim, hangus "
            "malam ini. {url}",
            "Isi survei 3 pertanyaan, dapatkan {prize}. {url}",
        ),
        "loan": (
            "Butuh dana cepat? Pinjaman s.d. {amount}, cair 5 menit, tanpa survei. "
            "Download aplikasi {url}",
            "Gadai BPKB motor, cair hari ini mulai {amount}. Chat WA {phone}",
            "Anda pra-disetujui untuk pinjaman {amount}. Balas YA untuk pencairan "
            "hari ini.",
            "Pinjol resmi? Bukan, kami lebih cepat! KTP + selfie langsung cair "
            "{amount}. {url}",
        ),
        "invest": (
            "Investasi {amount}, profit 5% per hari, ada bukti WD di grup {channel}",
            "Robot trading forex AI, cuan pasif sambil tidur. {url}",
            "Arisan investasi, setor {amount} balik dua kali lipat dalam 20 hari. "
            "WA {phone}",
            "Presale token baru, potensi 100x, tinggal 48 jam! {url}",
        ),
    },
    "en": {
        "prize": (
            "Congratulations! Your mobile number has won {prize} in our "
            "anniversary draw. Ref {pin}. Call {phone} to claim.",
            "You've been selected for a {prize} gift card! Claim here: {url}",
            "Spin the wheel and win {prize}! Just pay a $4.99 shipping fee. {url}",
            "Final notice: your {prize} reward is still unclaimed and expires at "
            "midnight. {url}",
            "Lucky draw winner! Reply with your full name and address to receive "
            "{prize}.",
            "Free {prize} for the first 100 people to sign up at {url}",
            "You are our 1,000,000th visitor! Click to claim {prize}.",
            "Answer 3 quick questions and get {prize}. Survey: {url}",
        ),
        "loan": (
            "Need cash? Loans up to {amount}, approved in 5 minutes, no credit "
            "check. Download the app: {url}",
            "Instant cash {amount}, just your ID and a selfie. Sent straight to "
            "your e-wallet. Text {phone}",
            "Car title loans, same-day release, {amount} and up. DM us.",
            "Dear customer, you are pre-approved for a personal loan of {amount}. "
            "Reply YES to proceed.",
            "Consolidate your debts at 0% for 6 months. Check eligibility at {url}",
            "Payday advance up to {amount}, no paperwork. WhatsApp {phone}",
            "Struggling with bills? Get {amount} today, repay whenever you can. {url}",
            "Bad credit? No problem. Guaranteed approval up to {amount}. Call {phone}",
        ),
        "judol": (
            "Live cockfighting online 🐓 bets from $1 on {site}",
            "Free $88 for new sign-ups on {site}, withdraw to your e-wallet instantly",
            "Bro I turned $10 into $700 on {site}, link in bio",
            "Slots at {site}: 100% first deposit bonus, no wagering requirements",
            "Online baccarat 24/7, minimum bet $1, {site}",
            "Want extra income? Just play at {site}, daily jackpots 🎰",
            "Boosted odds on tonight's match, sign up on {site}",
            "Scatter again on {site}! Withdrew in 2 minutes 💸",
        ),
        "invest": (
            "Invest {amount}, earn 5% daily. 100% legit, payout proofs in the "
            "group. {channel}",
            "Crypto pump signals, sure profit, join while it's still free. {channel}",
            "AI forex bot, passive income while you sleep. {url}",
            "Guaranteed 30% monthly return, better than any bank. WhatsApp {phone}",
            "USDT staking: double your money in 20 days. DM {channel}",
            "Pre-sale of the next 100x token, only 48 hours left! {url}",
            "Bitcoin doubler: send 0.01 BTC, get 0.02 back. {url}",
            "Join my mentorship, I made {amount} last month trading gold. {channel}",
        ),
        "phishing": (
            "USPS: Your package is on hold due to an unpaid $1.99 fee. Pay now: {url}",
            "Your PayPal account has been limited. Restore access at {url}",
            "Apple ID: your account was locked for security reasons. Unlock it at "
            "{url}",
            "HSBC: a payment of ${n}9.99 was attempted on your card. If this "
            "wasn't you, call {phone}",
            "DHL: a customs clearance fee is required for your parcel. {url}",
            "Hi, I sent money to your e-wallet by mistake, could you please send "
            "it back to {phone}?",
            "Tax office: you are eligible for a refund. Submit your bank details "
            "at {url}",
            "Your Microsoft 365 password expires today. Keep your current password "
            "at {url}",
        ),
        "shop_promo": (
            "PAYDAY SALE! Up to 70% off everything, 15th-16th only. Shop at {url}",
            "Buy one get one free on all drinks every Friday!",
            "Reply DATA7 to get 8GB + unlimited social for 7 days, only $3.",
            "Free delivery on orders over $30. Order now at {url}",
            "Grand opening of our new {home} branch! 20% off all day.",
            "Use code {pin} at checkout for $10 off your first order.",
            "Your exclusive voucher expires tonight at 11:59 pm. Don't miss out!",
            "3 pizzas for $19.99, dine-in or delivery. Call {phone}",
        ),
    },
    "ms": {
        "shop_promo": (
            "JUALAN PAYDAY! Diskaun sehingga 70%, 25-26 hari bulan sahaja. Beli di "
            "{url}",
            "Beli 1 percuma 1 minuman setiap Jumaat di semua cawangan!",
            "Pembukaan cawangan baru di {home}! Diskaun 20% sepanjang hari.",
            "Guna kod {pin} untuk potongan RM10 pesanan pertama anda.",
        ),
        "invest": (
            "Labur {amount}, untung 5% sehari. Bukti bayaran dalam group {channel}",
            "Robot forex AI, pendapatan pasif sambil tidur. {url}",
            "Skim pelaburan emas, pulangan 30% sebulan dijamin. WS {phone}",
            "Pre-sale token baru, potensi 100x, tinggal 48 jam! {url}",
        ),
    },
    "zh": {
        "shop_promo": (
            "双十一预售开启！全场低至三折，定金翻倍，{url}",
            "每周五奶茶第二杯半价，全部门店通用！",
            "{home}新店开业，全场八折，进店送小礼品。",
            "新人专享：输入优惠码{pin}立减20元。",
        ),
    },
    "th": {
        "shop_promo": (
            "ลดกระหน่ำวันเงินเดือนออก! ลดสูงสุด 70% ช้อปที่ {url}",
            "ซื้อ 1 แถม 1 ชาไข่มุกทุกวันศุกร์ ทุกสาขา!",
            "เปิดสาขาใหม่ที่{home} ลด 20% ทั้งวัน!",
            "ใช้โค้ด {pin} ลดทันที 100 บาท สำหรับออเดอร์แรก",
        ),
        "phishing": (
            "บัญชีพร้อมเพย์ของคุณถูกระงับชั่วคราว กรุณายืนยันตัวตนที่ {url}",
            "ขนส่ง: พัสดุของคุณค้างชำระค่าธรรมเนียม 29 บาท ชำระที่ {url}",
            "กรมสรรพากร: คุณได้รับเงินคืนภาษี กรอกข้อมูลบัญชีที่ {url}",
            "สวัสดีค่ะ โอนเงินผิดเข้าบัญชีคุณ ช่วยโอนคืนที่เบอร์ {phone} ด้วยนะคะ",
        ),
    },
    "vi": {
        "prize": (
            "Chúc mừng thuê bao của quý khách trúng thưởng {prize} nhân dịp tri "
            "ân. Mã số {pin}. Liên hệ {phone}",
            "Bạn được chọn nhận thẻ quà tặng {prize} từ Shopee. Nhận ngay: {url}",
            "Quay vòng may mắn trúng {prize}! Chỉ cần trả phí vận chuyển 30.000đ. "
            "{url}",
            "Thông báo lần cuối: phần thưởng {prize} của bạn chưa được nhận, hết "
            "hạn lúc 0h. {url}",
            "Trung thuong {prize}, vui long nop phi thu tuc 2 trieu vao tai khoan "
            "de nhan giai",
            "Tặng {prize} cho 100 người đăng ký đầu tiên tại {url}",
            "Bạn là vị khách thứ 1.000.000! Bấm để nhận {prize}.",
            "Trả lời khảo sát 3 câu hỏi, nhận ngay {prize}. {url}",
        ),
        "loan": (
            "Cần tiền gấp? Vay đến {amount}, duyệt 5 phút, không thẩm định. Tải "
            "app: {url}",
            "Vay nhanh chỉ cần CCCD và ảnh chân dung, giải ngân vào ví ngay. Gọi "
            "{phone}",
            "Cầm cà vẹt xe, giải ngân trong ngày, từ {amount}. Inbox ngay.",
            "Kính gửi quý khách, quý khách đã được duyệt trước khoản vay {amount}. "
            "Soạn CO gửi để nhận tiền.",
            "Vay tín chấp theo lương, lãi 0% tháng đầu. {url}",
            "Bốc họ, góp ngày, giải ngân {amount} trong 1 giờ. Zalo {phone}",
            "Nợ xấu vẫn hỗ trợ, vay {amount} nhận tiền ngay hôm nay. {url}",
            "Vay online khong can gap mat, duyet 100% ho so. Lien he {phone}",
        ),
        "judol": (
            "Đá gà trực tiếp 🐓 cược từ 10k tại {site}",
            "Tặng 88k cho thành viên mới {site}, rút tiền về ví ngay",
            "Anh em ơi mình nạp 100k ở {site} mà rút được 7 triệu, link ở bio",
            "Nổ hũ {site}, thưởng 100% nạp đầu, không cần vòng cược",
            "Baccarat trực tuyến 24/7, cược tối thiểu 10k, {site}",
            "Muốn kiếm thêm thu nhập? Chơi ngay {site}, jackpot mỗi ngày 🎰",
            "Kèo nhà cái hôm nay tỉ lệ cực thơm, đăng ký {site}",
            "Lai no hu o {site}! Rut tien 2 phut la ve 💸",
        ),
        "invest": (
            "Đầu tư {amount}, lãi 5% mỗi ngày. Uy tín 100%, có bill trả lãi trong "
            "nhóm {channel}",
            "Nhóm kéo coin, chắc chắn lời, vào ngay khi còn miễn phí. {channel}",
            "Robot AI giao dịch forex, thu nhập thụ động cả khi ngủ. {url}",
            "Cam kết lợi nhuận 30%/tháng, cao hơn gửi ngân hàng. Zalo {phone}",
            "Staking USDT, gấp đôi tài khoản sau 20 ngày. Nhắn {channel}",
            "Mở bán token sắp x100, chỉ còn 48 giờ! {url}",
            "Góp vốn nuôi tôm, chia lãi 40% mỗi vụ, số suất có hạn! {phone}",
            "Vào nhóm của mình, tháng trước mình lãi {amount} nhờ giao dịch vàng. "
            "{channel}",
        ),
        "phishing": (
            "Vietcombank: Tài khoản của quý khách sẽ bị tạm khóa do chưa cập nhật "
            "sinh trắc học. Cập nhật tại {url}",
            "Ví MoMo của bạn có giao dịch bất thường. Xác minh ngay tại {url}",
            "Đơn hàng của bạn bị hoàn do sai địa chỉ, vui lòng cập nhật tại {url} "
            "để giao lại",
            "Cục Thuế thông báo quý khách được hoàn thuế TNCN. Khai báo tại {url}",
            "Điện lực: Quý khách chưa thanh toán tiền điện, sẽ bị cắt điện trong "
            "hôm nay. Liên hệ {phone}",
            "Chào bạn, mình chuyển nhầm tiền vào tài khoản bạn, bạn chuyển lại "
            "giúp mình qua số {phone} nhé",
            "Techcombank: thẻ của quý khách vừa thanh toán {n}.990.000đ. Nếu không "
            "phải quý khách, gọi {phone}",
            "Tai khoan Zalo cua ban se bi khoa, xac nhan tai {url}",
        ),
        "shop_promo": (
            "SALE NGÀY ĐÔI 9.9! Giảm đến 70% toàn bộ sản phẩm. Mua ngay tại {url}",
            "Mua 1 tặng 1 trà sữa mỗi thứ Sáu tại tất cả chi nhánh!",
            "Soạn ST90 gửi 9123 để nhận 6GB/ngày, chỉ 90.000đ/tháng.",
            "Miễn phí giao hàng cho đơn từ 300.000đ. Đặt ngay {url}",
            "Khai trương chi nhánh mới tại {home}, giảm 20% cả ngày!",
            "Nhập mã {pin} để được giảm 50.000đ cho đơn đầu tiên.",
            "Voucher độc quyền của bạn hết hạn lúc 23:59 tối nay, đừng bỏ lỡ!",
            "Combo 3 pizza chỉ 299k, ăn tại chỗ hoặc giao tận nơi. Gọi {phone}",
        ),
    },
    "tl": {
        "prize": (
            "Congratulations! Ang GCash number mo ay nanalo ng {prize} sa "
            "Anniversary Raffle. DTI Permit No. {pin}. Tumawag sa {phone}",
            "Hi ka-Shopee! Napili ka sa 11.11 raffle, panalo ka ng {prize}. "
            "I-claim dito: {url}",
            "Bossing, winner ka sa Spin the Wheel! {prize} ang premyo mo, "
            "magpadala lang ng ₱500 delivery fee sa {phone}",
            "Huling paalala: hindi pa nakukuha ang premyo mong {prize}. I-claim "
            "bago mag-midnight {url}",
            "PCSO: Ang numero mo ay nanalo ng {prize}. Mag-reply ng buong pangalan "
            "at address.",
            "Libreng {prize} para sa unang 100 na mag-sign up! {url}",
            "Ikaw ang aming ika-1,000,000 na visitor! I-click para makuha ang {prize}.",
            "Sagutin ang 3 tanong at makakuha ng {prize}. Survey link: {url}",
        ),
        "loan": (
            "Need cash? Loan up to {amount}, 5 mins approval, no collateral, no "
            "CI. Download app {url}",
            "Utang agad! {amount} pwede na, ID at selfie lang, GCash release. Text "
            "{phone}",
            "Sangla ORCR, same day release, {amount} pataas. PM lang po",
            "Hi Ma'am/Sir, pre-approved ka na sa personal loan na {amount}. Reply "
            "YES para ma-process.",
            "Walang pang-tuition? Student loan na {amount}, 0% interest sa unang "
            "buwan. {url}",
            "Para sa mga OFW at seaman, cash advance hanggang {amount}. Message sa "
            "{channel}",
            "Lending dito sa {home}, 10% interest lang, daily hulog. Text {phone}",
            "Bad credit? No problem! Guaranteed approval hanggang {amount}. Tawag "
            "na {phone}",
        ),
        "judol": (
            "E-sabong live ngayon! Meron o Wala, taya na sa {site} 🐓",
            "Free 888 pesos sa bagong sign up ng {site}, cash out via GCash",
            "Lodi, 50 lang puhunan ko sa {site}, naging 7k! Link sa bio",
            "Jili slots sa {site}, 100% bonus sa first deposit, walang turnover",
            "Sabong online 24/7, minimum bet ₱20 lang, sa {site}",
            "Gusto mo ng extra income? Laro lang sa {site}, araw-araw may jackpot 🎰",
            "Bingo at color game online, ₱10 lang pwede nang maglaro. {site}",
            "Scatter na naman sa {site}! Withdraw agad sa GCash 💸",
        ),
        "invest": (
            "Mag-invest ng {amount}, kumita ng 5% daily. 100% legit, may proof of "
            "payout. PM {channel}",
            "Crypto pump group, sure profit, join na habang libre pa. {channel}",
            "Forex trading na may AI bot, passive income kahit tulog ka. {url}",
            "Ka-negosyo, franchise ng milk tea for only {amount}, ROI in 3 months "
            "guaranteed!",
            "Time deposit na 30% per month, mas mataas pa sa bangko. Text {phone}",
            "USDT staking, doble ang pera mo sa loob ng 20 araw. Message {channel}",
            "Investment sa palayan, 50% tubo pagka-harvest, limited slots lang! "
            "{phone}",
            "Bitcoin doubler: mag-send ng 0.01 BTC, babalik ang 0.02. {url}",
        ),
        "phishing": (
            "GCash: Your account has been temporarily locked due to suspicious "
            "activity. Verify at {url}",
            "Maya: May pending na ₱{n},500 na padala para sa iyo. I-claim sa {url} "
            "bago mag-expire.",
            "BDO Advisory: Mawawalan ng bisa ang online banking mo ngayong araw. "
            "I-update sa {url}",
            "J&T Express: Hindi ma-deliver ang parcel mo, kulang ng ₱{n} ang "
            "shipping fee. Bayaran sa {url}",
            "LBC: Your package is on hold at customs. Pay the clearance fee at {url}",
            "Hello po, ako yung nagpadala ng GCash sa inyo by mistake, pwede po "
            "pakibalik sa {phone}?",
            "BPI: Your card was used for ₱{n},999 at LAZADA. If not you, call {phone}",
            "LandBank: Kumpletuhin ang eKYC mo para hindi ma-block ang ATM card. {url}",
        ),
        "shop_promo": (
            "PAYDAY SALE! Up to 70% off sa lahat ng items, 15-16 lang. Shop na sa "
            "{url}",
            "Buy 1 Take 1 milk tea tuwing Biyernes, sa lahat ng branches namin!",
            "Mag-register sa GIGA99: 8GB + unli TikTok for 7 days. Text GIGA99 to "
            "8080.",
            "Free delivery sa orders na ₱500 pataas! Order na sa {url}",
            "Grand opening ng bagong branch namin sa {home}! 20% off buong araw.",
            "Gamitin ang code {pin} sa checkout para sa ₱100 off sa first order mo.",
            "Ka-Shopee, mag-e-expire na ang ₱{n} off voucher mo mamayang 11:59 PM!",
            "Sulit promo: 3 pizza for ₱999, dine-in o delivery. Tawag na {phone}",
        ),
    },
}

# Third batch: ordinary texts that share an ad's surface (prices, phone
# numbers, "free", "no experience needed", payday): rentals, group buys,
# event invitations, barangay/school notices, lost-and-found, chat.
_OTHER_3: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "lost": (
            "DICARI! Kucing {pet} hilang di {home} sejak kemarin sore, pakai "
            "kalung merah. Imbalan {reward}. {phone}",
            "Ketemu dompet di foodcourt {home}, sudah dititipkan ke satpam ya.",
            "UPDATE: {pet} sudah ketemu! Makasih semua yang sudah share 🙏",
            "Mohon bantu share, kakek kami 78 tahun hilang di sekitar {home}, "
            "pakai kemeja putih. Hubungi {phone}",
        ),
        "greeting": (
            "Selamat ulang tahun adikku tersayang, semoga sehat selalu 🎂",
            "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin 🙏",
            "Selamat pagi semua, semangat hari Senin!",
            "Turut berduka cita sedalam-dalamnya untuk keluarga.",
        ),
        "recipe": (
            "Nasi goreng kampung: tumis bawang merah, bawang putih, cabai, "
            "masukkan nasi, kecap dan telur.",
            "Sayur asem: rebus asam jawa, jagung, kacang panjang, labu siam dan "
            "melinjo, beri gula dan garam.",
            "Bakwan sayur: tepung terigu, kol, wortel, daun bawang, goreng sampai "
            "kering.",
            "Tips: rendam ikan dengan jeruk nipis dan garam biar tidak amis.",
        ),
        "travel": (
            "Open trip {place} 3D2N, {price}/orang, sudah termasuk hotel dan "
            "transport. WA {phone}",
            "Paket umroh 9 hari, {price}, berangkat dari Jakarta. Kuota terbatas.",
            "Promo liburan sekolah: diskon 20% resort di {place}, gratis sarapan "
            "untuk 2 orang.",
            "Itinerary backpacker ke {place} habis Rp 3 juta, all in. DM kalau mau "
            "filenya.",
        ),
        "scholarship": (
            "Beasiswa LPDP tahap 2 sudah dibuka, cek persyaratan di {url}",
            "Pengingat: penerima KIP Kuliah wajib upload KHS sebelum 15 Juni.",
            "Beasiswa MEXT Jepang untuk S2: biaya kuliah, tunjangan bulanan dan "
            "tiket pesawat. {url}",
            "Kak, kapan ya dana beasiswa semester ini cair?",
        ),
        "notice": (
            "Pengumuman: air PDAM mati besok jam 08.00-17.00 di wilayah {home}, "
            "harap menampung air.",
            "Posyandu balita dan imunisasi campak hari Rabu jam 9 di balai RW.",
            "Kerja bakti RT 03 hari Minggu jam 7 pagi, mohon bawa sapu dan cangkul.",
            "Pembagian sembako lansia hari Senin di kantor kelurahan, bawa KTP.",
        ),
    },
    "en": {
        "listing": (
            "FS: {item}, 2 years old, no issues. {price}. Pick up in {home} or I "
            "can post it. Text {phone}",
            "Pre-loved baby stroller, $40, pick up only.",
            "Selling my {item}, papers complete, {price}. Serious buyers only, no "
            "time wasters.",
            "Garage sale Saturday 8am-2pm! Furniture, kids' clothes, kitchen "
            "stuff. Everything must go.",
            "Homemade banana bread, $8 a loaf. Order by Thursday for weekend "
            "pickup. WhatsApp {phone}",
            "Free to a good home: old sofa, you collect.",
            "Moving-out sale: rice cooker, fan, study desk. Cheap! DM me.",
            "Land for sale in {home}, 200 sqm, clean title, {price}. Direct owner, "
            "no agents.",
            "Selling a Samsung A54, 128GB, battery 89%, $300. Cash only, meet at "
            "the mall.",
            "Fresh eggs $4 a dozen, free delivery within the estate. Text {phone}",
            "Take over the payments on my {item}, 12 months left. PM for details.",
            "Used first-year nursing textbooks, $15 each or $60 for the lot.",
        ),
        "rent": (
            "For rent in {home}: 1-bedroom flat, own kitchen and bathroom, "
            "[$450|$600|$750]/month, one month deposit. Text {phone}",
            "Room available for a female tenant near the {home} bus terminal. $300 "
            "incl. water, electricity separate.",
            "Bedspace available! $150/month with WiFi and aircon. Students and "
            "working professionals welcome.",
            "2-bedroom apartment for rent in {home}, with parking, $1,100 monthly. "
            "No pets please.",
            "Commercial space for lease on the main road in {home}, ideal for a "
            "café or small shop. Call {phone}",
            "Studio for rent, available from the 1st of [June|July|August]. "
            "WhatsApp {phone} to view.",
            "Looking for a flatmate, $500 each, bills split. DM if interested.",
            "Karaoke machine for rent, $40 a day, free delivery within {home}!",
            "Van with driver for hire, $120 a day, airport transfers and day "
            "trips. {phone}",
            "Holiday home in {place}, sleeps 8, $200 a night. Book early!",
            "Quiet house for rent near the school and market, $700. {phone}",
            "Small stall for rent at the {home} wet market, $90 a month.",
        ),
        "lost": (
            "LOST DOG! Max, {pet}, went missing yesterday afternoon near {home}. "
            "Red collar. Reward {reward}. {phone}",
            "Left my wallet in a taxi to {home}, brown leather, has my IDs. Just "
            "the IDs back would be great, reward offered.",
            "FOUND: a {pet} wandering outside our house in {home}. Owner please DM.",
            "MISSING: our grandfather, 78, wearing a white shirt. Last seen in "
            "{home}. Please call {phone}",
            "Lost my phone in a Grab this morning, black Samsung. Reward {reward}, "
            "no questions asked.",
            "Please share, my daughter's {pet} is missing and she hasn't stopped "
            "crying.",
            "Did anyone pick up a set of motorbike keys at the {home} car park? "
            "Keychain is a little bear.",
            "Missing cat 🐱 {pet}, last seen in {home}. Reward {reward}.",
            "Dropped my passport near the post office in {home}. If found please "
            "text {phone}.",
            "Found a wallet at the food court in {home}, handed it to security.",
            "Lost: blue school bag with a laptop inside, left on bus 12 to {home}.",
            "UPDATE: {pet} is home safe! Thank you all for sharing 🙏",
        ),
        "greeting": (
            "Happy birthday to the best sister in the world! Love you 🎂",
            "Good morning everyone, have a blessed Sunday 🙏",
            "Happy Lunar New Year to all our friends and neighbours! 🧧",
            "Happy Valentine's Day ❤️",
            "Happy 10th anniversary, love. Here's to many more.",
            "Thank you all for the birthday wishes, you made my day!",
            "Congratulations to all our graduates! So proud of you 🎓",
            "Happy Mother's Day to all the amazing mums out there 💐",
            "Happy New Year everyone, stay safe tonight 🎆",
            "Our deepest condolences to the family. Rest in peace.",
            "Happy Father's Day Dad, thanks for everything.",
            "Welcome home, sis! We missed you 🥰",
        ),
        "chat": (
            "Where are you? I'm already at [the café|7-Eleven|the station]",
            "Can you grab some bread on your way home?",
            "I'm in for Saturday, you paying? 😂",
            "Did you see mum's message in the family group? We're all going home "
            "for Christmas",
            "Sorry for the late reply, my phone died",
            "Anyone got an iPhone charger I can borrow?",
            "What time's the game tomorrow? Bring the ball",
            "Done with the maths homework? Send me your answer for #3 lol",
            "How much is the bus fare to {home} now?",
            "Coffee's on me, just got paid 😄",
            "You working tomorrow? Let's catch a movie",
            "I'm fine, just tired from work. Talk later?",
        ),
        "recipe": (
            "Easy chicken curry: fry onion, garlic and curry paste, add chicken "
            "and coconut milk, simmer 20 minutes.",
            "Banana bread: 3 ripe bananas, 2 eggs, 1/2 cup sugar, 1/3 cup melted "
            "butter, 1.5 cups flour, 1 tsp baking soda. Bake 60 min at 175°C.",
            "Fried rice hack: day-old rice, high heat, a splash of soy sauce and "
            "sesame oil.",
            "Overnight oats: oats, milk, yoghurt, honey and chia seeds. Fridge "
            "overnight, top with fruit.",
            "Tom yum at home: boil lemongrass, galangal and lime leaves, add "
            "prawns, fish sauce, lime juice and chilli.",
            "Pancakes: 1 cup flour, 1 egg, 1 cup milk, 1 tbsp sugar, a pinch of "
            "salt. Cook on medium heat.",
            "Garlic butter prawns: melt butter, add garlic, prawns, parsley and a "
            "squeeze of lemon.",
            "Beef stew: brown the beef, add carrots, potatoes, stock and tomato "
            "paste, simmer for 2 hours.",
            "Tip: rinse the rice until the water runs clear so it doesn't turn sticky.",
            "Spring rolls: mince, carrot, cabbage and glass noodles; roll and "
            "deep-fry until golden.",
            "Mango sticky rice: steam glutinous rice, mix with sweetened coconut "
            "milk, serve with sliced mango.",
            "Three-ingredient cookies: peanut butter, sugar and one egg. 10 "
            "minutes at 180°C.",
        ),
        "travel": (
            "{place} 4D3N package, {price} per person, hotel, island hopping and "
            "breakfast included. Book now {phone}",
            "Joiner tour to {place} this weekend! $45 per person incl. van "
            "transfers and entrance fees. 4 slots left",
            "Tokyo 5D4N with flights and hotel, {price}. Pay in 3 instalments.",
            "Snorkelling day tour with lunch and hotel pickup, $35 per head. "
            "WhatsApp {phone}",
            "Summer deal: 20% off at our resort in {place}, free breakfast for two.",
            "Easter getaway to {place}: return bus and 2 nights hotel, {price}.",
            "Our DIY Bangkok itinerary cost about $500 each, all in. DM me if you "
            "want the spreadsheet.",
            "Ferry plus countryside tour package, {price}. Book via {url}",
            "Family day trip to {place}, kids under 4 go free!",
            "Pilgrimage tour, 10 days, {price}. Limited seats, reserve now.",
            "Backpacking {place} on a budget: hostels from $8 a night, street food "
            "and night buses.",
            "Cheap flights to {place} this month, from {price} return. Check {url}",
        ),
        "scholarship": (
            "Chevening Scholarships are now open: a fully funded master's in the "
            "UK. Deadline in November. {url}",
            "Our town offers $100 per semester to senior high students. Apply at "
            "the town hall with your grades.",
            "MEXT Scholarship (Japan) for graduate study: tuition, monthly stipend "
            "and airfare. {url}",
            "Reminder to scholars: submit your grades by 15 June to keep your stipend.",
            "Fulbright applications are open for 2025. Info session on Thursday, 4 "
            "pm, in the library.",
            "Congratulations to our new scholarship recipients! 🎓",
            "Erasmus Mundus joint master's: full tuition, travel and a monthly "
            "allowance. {url}",
            "The university offers a 50% tuition waiver to first-year students "
            "with top marks.",
            "Does anyone know when the scholarship allowance will be released?",
            "Council bursary for children of farmers and fishermen. Deadline Friday.",
            "Australia Awards scholarships are now accepting applications from "
            "Southeast Asia. {url}",
            "The foundation's scholarship covers tuition and books for four years. "
            "Forms at the school office.",
        ),
        "notice": (
            "NOTICE: no water supply in {home} tomorrow, 8 am to 5 pm, due to pipe "
            "repairs. Please store water.",
            "Reminder from the council: burning rubbish is prohibited. Fine $50.",
            "Free anti-rabies shots for dogs and cats, Saturday 8 am at the "
            "community hall.",
            "Measles vaccination for children under 5 at the health centre, "
            "Wednesday and Thursday.",
            "All schools in {home} are closed tomorrow because of the typhoon warning.",
            "Parents' meeting for Year 5 on Friday at 2 pm. Please bring the "
            "report card.",
            "Seniors' allowance distribution on Monday, 9 am, town hall. Bring "
            "your ID.",
            "Scheduled power outage in {home} on Sunday, 9 am to 3 pm.",
            "Free medical and dental mission at the plaza this Saturday.",
            "The library is closed on public holidays. Renew your books online at "
            "{url}",
            "Association dues must be paid by the 10th, by bank transfer or cash "
            "at the office.",
            "Enrolment for the new school year starts on 3 June. Bring the birth "
            "certificate.",
        ),
        "event": (
            "You're invited! Mia's 7th birthday party, Saturday 3 pm in {home}. "
            "RSVP {phone}",
            "Community basketball league, $30 per team to register. Opening day 1 May!",
            "Free Zumba at the park every Tuesday and Thursday, 6 pm. Bring water "
            "and a towel.",
            "Class of 2004 reunion! 28 Dec in {home}, $25 per head incl. dinner.",
            "Town fiesta on 15 May: parade, games and a dance at night. Everyone "
            "welcome!",
            "Charity fun run 3K/5K/10K, $10 registration incl. shirt. {url}",
            "Free cooking class at the community centre, no experience needed, "
            "beginners welcome!",
            "Our baby's christening is on Sunday, 10 am at St. Joseph's, lunch at "
            "home after.",
            "Weekend bazaar at the covered court! Food, games, free entry.",
            "Join our beach clean-up on Saturday at 7 am, gloves and bags provided.",
            "Open mic night at the café, Friday 8 pm. Sign up at the counter.",
            "Save the date: Anna & Ben, 12 October, {place}. Invitation to follow 💌",
        ),
        "groupbuy": (
            "Group buy from Japan! I fly back on 20 Oct, order cut-off 15 Oct. "
            "KitKats, Uniqlo, skincare. 50% deposit.",
            "Going to the outlet mall tomorrow, $3 fee per item. Comment with what "
            "you want.",
            "Group order for Korean skincare, need 10 people for free shipping. "
            "Cut-off Friday.",
            "Who wants to join a frozen-goods order? Delivered to {home} on "
            "Saturday, pay on delivery.",
            "Costco run this weekend, $5 fee per order. Message me your list.",
            "Anyone in {home}? Let's split a 50kg rice sack between 5 households.",
            "Bulk order of bread from the corner bakery, free delivery if we reach "
            "20 orders.",
            "Group order of roast pig for the reunion, $25 per share. Send it to "
            "my e-wallet.",
            "Heading to Hong Kong, can buy Jenny cookies and Disney merch for "
            "anyone. Back on 2 Dec.",
            "Mums, group buy on nappies, cheaper per box if we order 10.",
            "Buying fresh mangoes in bulk straight from the farm, $10 a box, "
            "pickup Sunday.",
            "Anyone want to share an order from the Asian grocery? Free delivery "
            "over $80.",
        ),
        "sms": (
            "You have received $25.00 from JOHN D. Ref {pin}. Your balance is ${n}.40.",
            "Your payment of ${n}.00 to CITY WATER was successful.",
            "Your clinic appointment is confirmed for Thursday 10:30 am. Reply C "
            "to cancel.",
            "Your order #{pin} has been delivered. Rate your purchase!",
        ),
        "comment": (
            "Crying at this 😭 amazing content",
            "Shout out to everyone from {home}!",
            "First! haha",
            "Wish I had a dad like this 🥹",
        ),
    },
    "ms": {
        "lost": (
            "HILANG! Kucing {pet} di {home} sejak petang semalam, pakai loceng "
            "merah. Ganjaran {reward}. {phone}",
            "Jumpa dompet di medan selera {home}, dah serahkan pada pengawal.",
            "UPDATE: {pet} dah jumpa! Terima kasih semua yang tolong share 🙏",
            "Tolong share, atuk kami 78 tahun hilang sekitar {home}, berbaju "
            "putih. Hubungi {phone}",
        ),
        "greeting": (
            "Selamat Hari Raya Aidilfitri, maaf zahir dan batin 🙏",
            "Selamat hari lahir adikku sayang, semoga dimurahkan rezeki 🎂",
            "Selamat pagi semua, semangat hari Isnin!",
            "Takziah kepada keluarga, semoga roh arwah dicucuri rahmat.",
        ),
        "recipe": (
            "Nasi lemak: masak beras dengan santan, daun pandan dan halia. Hidang "
            "dengan sambal, ikan bilis dan telur.",
            "Sambal tumis: tumis cili kisar sampai pecah minyak, masukkan bawang, "
            "air asam jawa dan gula.",
            "Kuih keria: ubi keledek, tepung, goreng dan salut dengan gula.",
            "Tips: rendam ikan dengan air limau dan garam supaya tak hanyir.",
        ),
        "travel": (
            "Pakej {place} 3H2M, {price} seorang, termasuk hotel dan pengangkutan. "
            "WS {phone}",
            "Trip join ke {place} hujung minggu ni! Tinggal 4 tempat lagi.",
            "Promosi cuti sekolah: diskaun 20% resort di {place}, sarapan percuma "
            "untuk 2 orang.",
            "Itinerari backpack ke {place} habis lebih kurang RM1,500 seorang. PM "
            "kalau nak fail.",
        ),
        "scholarship": (
            "Biasiswa JPA Program Penajaan Nasional dibuka sekarang, semak syarat "
            "di {url}",
            "Peringatan: penerima biasiswa wajib hantar slip keputusan sebelum 15 Jun.",
            "Biasiswa MEXT Jepun untuk sarjana: yuran, elaun bulanan dan tiket "
            "kapal terbang. {url}",
            "Bila elaun biasiswa semester ni masuk ye?",
        ),
        "notice": (
            "Notis: gangguan bekalan air di {home} esok, 8 pagi hingga 5 petang. "
            "Sila simpan air.",
            "Suntikan vaksin campak untuk kanak-kanak bawah 5 tahun di klinik "
            "kesihatan hari Rabu.",
            "Gotong-royong kawasan taman pada Ahad jam 7.30 pagi, sarapan disediakan.",
            "Sekolah di {home} ditutup esok kerana banjir.",
        ),
    },
    "zh": {
        "lost": (
            "寻狗启事：{pet}昨天下午在{home}走失，戴红色项圈，有重谢{reward}。电话{"
            "phone}",
            "在{home}美食广场捡到一个钱包，已交给保安，失主请去认领。",
            "更新：{pet}已经找到了！谢谢大家帮忙转发🙏",
            "寻人：我爷爷78岁，穿白衬衫，在{home}附近走失，看到请联系{phone}",
        ),
        "recipe": (
            "番茄炒蛋：鸡蛋炒至凝固盛出，番茄炒出汁，加糖和盐，再倒入鸡蛋翻炒。",
            "红烧肉：五花肉焯水，炒糖色，加生抽老抽和八角，小火炖一个小时。",
            "小技巧：鱼用盐和料酒腌十分钟就不腥了。",
            "凉拌黄瓜：拍黄瓜，加蒜末、醋、生抽、香油和辣椒油拌匀。",
        ),
        "travel": (
            "{place}自由行五日游，含机票酒店，{price}起，可分期。",
            "周末拼团去{place}，每人380元，含车费和门票，还剩4个名额。",
            "暑期亲子游：{place}度假村八折，含双早。",
            "我们的曼谷穷游攻略，人均三千块，需要的私信我。",
        ),
        "scholarship": (
            "国家助学金申请开始，请家庭经济困难的同学按时提交材料。",
            "提醒：获奖学生请于6月15日前提交成绩单。",
            "日本文部科学省奖学金（硕士）：免学费，每月生活费，含往返机票。{url}",
            "请问这学期的奖学金什么时候发放？",
        ),
        "notice": (
            "停水通知：{home}明天8点至17点停水检修，请提前储水。",
            "社区卫生服务中心周三为5岁以下儿童接种麻疹疫苗。",
            "本周日上午7点小区大扫除，请各位业主积极参加。",
            "因台风影响，{home}所有学校明天停课。",
        ),
    },
    "th": {
        "listing": (
            "ขาย{item} ใช้มา 2 ปี ไม่มีปัญหา ราคา {price} นัดรับที่{home} โทร {phone}",
            "ขายรถเข็นเด็กมือสอง 800 บาท รับเองเท่านั้น",
            "ขนมปังโฮมเมด ชิ้นละ 60 บาท สั่งล่วงหน้าวันพฤหัส ส่งฟรีในหมู่บ้าน",
            "บ้านให้เช่าที่{home} 2 ห้องนอน เดือนละ 8,000 บาท สนใจโทร {phone}",
        ),
        "lost": (
            "ตามหา{pet} หายแถว{home} เมื่อวานเย็น ใส่ปลอกคอสีแดง มีสินน้ำใจ {reward} โทร "
            "{phone}",
            "เก็บกระเป๋าสตางค์ได้ที่ศูนย์อาหาร{home} ฝากไว้กับ รปภ. แล้วค่ะ",
            "อัปเดต: เจอ{pet}แล้ว ขอบคุณทุกคนที่ช่วยแชร์ 🙏",
            "ตามหาคุณตาอายุ 78 ปี ใส่เสื้อเชิ้ตสีขาว หายแถว{home} พบเห็นโทร {phone}",
        ),
        "chat": (
            "อยู่ไหนแล้ว ถึง[เซเว่น|ร้านกาแฟ|สถานี]แล้วนะ",
            "ขากลับซื้อขนมปังมาด้วยนะ",
            "เงินเดือนออกแล้ว เดี๋ยวเลี้ยงกาแฟเอง 😄",
            "ขอโทษที่ตอบช้า แบตหมด",
        ),
        "notice": (
            "ประกาศ: ประปางดจ่ายน้ำพรุ่งนี้ 8.00-17.00 น. ในพื้นที่{home} กรุณาสำรองน้ำ",
            "ฉีดวัคซีนพิษสุนัขบ้าฟรีสำหรับหมาแมว วันเสาร์ 8 โมงเช้า ที่ศาลาหมู่บ้าน",
            "ประชุมผู้ปกครองชั้น ป.5 วันศุกร์ บ่ายสองโมง",
            "โรงเรียนใน{home}หยุดเรียนพรุ่งนี้เนื่องจากพายุ",
        ),
        "recipe": (
            "ไข่เจียวหมูสับ: ตีไข่กับหมูสับ ใส่น้ำปลา ทอดในน้ำมันร้อนจัด",
            "แกงเขียวหวานไก่: ผัดพริกแกงกับกะทิ ใส่ไก่ มะเขือ ใบโหระพา ปรุงด้วยน้ำปลาและน้ำตาล",
            "เคล็ดลับ: แช่ปลาในน้ำเกลือกับมะนาวจะช่วยลดกลิ่นคาว",
            "ข้าวเหนียวมะม่วง: นึ่งข้าวเหนียว ราดกะทิหวาน เสิร์ฟกับมะม่วงสุก",
        ),
        "travel": (
            "ทริปจอยกรุ๊ป{place} เสาร์อาทิตย์นี้ คนละ 1,990 บาท รวมรถและค่าเข้าชม เหลือ 4 ที่",
            "ทัวร์ญี่ปุ่น 5 วัน 4 คืน รวมตั๋วเครื่องบินและโรงแรม {price} ผ่อน 0%",
            "เที่ยว{place}แบบประหยัด ใช้ไปคนละ 5,000 บาท ใครอยากได้แพลนทักมา",
            "ทัวร์ครอบครัว{place} เด็กต่ำกว่า 4 ขวบฟรี!",
        ),
        "scholarship": (
            "ทุนรัฐบาลญี่ปุ่น (MEXT) ระดับปริญญาโท ฟรีค่าเล่าเรียน ค่าครองชีพรายเดือน "
            "และตั๋วเครื่องบิน {url}",
            "แจ้งนักศึกษาทุน ส่งผลการเรียนก่อน 15 มิ.ย. เพื่อรับทุนต่อเนื่อง",
            "เทศบาลมอบทุนการศึกษาให้นักเรียนยากจน ยื่นเอกสารที่สำนักงานเทศบาล",
            "ขอถามหน่อยค่ะ เงินทุนเทอมนี้จะโอนเมื่อไหร่คะ",
        ),
    },
    "vi": {
        "listing": (
            "Pass lại {item}, dùng 2 năm, không lỗi. Giá {price}. Xem hàng tại "
            "{home}, gọi {phone}",
            "Thanh lý xe đẩy em bé, 500k, ai cần ib.",
            "Bán {item} chính chủ, giấy tờ đầy đủ, {price}. Miễn trung gian.",
            "Dọn nhà cần bán: nồi cơm, quạt, bàn học. Giá rẻ, ai lấy hết bớt thêm.",
            "Bánh bông lan trứng muối nhà làm, 120k/hộp. Đặt trước thứ Năm, nhận "
            "cuối tuần. Zalo {phone}",
            "Cho miễn phí tủ gỗ cũ, ai cần tự qua chở về.",
            "Bán đất {home}, 5x20m, sổ hồng riêng, {price}. Chính chủ, miễn cò.",
            "Bán Samsung A54 128GB, pin 89%, 5 triệu. Giao dịch trực tiếp.",
            "Trứng gà ta 45k/chục, free ship trong khu phố. Gọi {phone}",
            "Sang nhượng quán cà phê đang kinh doanh ổn ở {home}, giá {price}.",
            "Ban {item} con moi, gia {price}, lh {phone}",
            "Sách giáo trình năm nhất Y, 50k/cuốn, lấy cả bộ 200k.",
        ),
        "rent": (
            "Cho thuê phòng trọ tại {home}: có gác, WC riêng, [2,5 triệu|3 "
            "triệu|3,5 triệu]/tháng, cọc 1 tháng. Gọi {phone}",
            "Phòng cho nữ thuê gần bến xe {home}, 1,8 triệu bao nước, điện tính riêng.",
            "Còn giường ký túc xá 900k/tháng, có wifi, máy lạnh. Sinh viên, người "
            "đi làm đều được.",
            "Cho thuê căn hộ 2PN tại {home}, có chỗ đậu xe, 8 triệu/tháng. Không "
            "nuôi thú cưng.",
            "Cho thuê mặt bằng mặt tiền đường lớn {home}, phù hợp mở quán ăn. Liên "
            "hệ {phone}",
            "Cho thuê nhà nguyên căn, hẻm xe hơi, trống từ đầu tháng [6|7|8]. Zalo "
            "{phone} xem nhà.",
            "Tìm bạn ở ghép chung cư, mỗi người 3 triệu, chia tiền điện nước. Ib nhé.",
            "Cho thuê dàn karaoke di động 500k/ngày, miễn phí chở trong {home}!",
            "Cho thuê xe 7 chỗ có tài xế, 1,2 triệu/ngày, đưa đón sân bay. {phone}",
            "Homestay ở {place}, nhóm 8 người, 1,5 triệu/đêm. Đặt sớm nhé!",
            "Cho thue phong tro gia re gan cho, 1 trieu 5/thang. Lh {phone}",
            "Cho thuê sạp ở chợ {home}, 1 triệu/tháng.",
        ),
        "lost": (
            "TÌM CHÓ LẠC! Bé {pet} đi lạc chiều qua gần {home}, đeo vòng cổ đỏ. "
            "Hậu tạ {reward}. Gọi {phone}",
            "Em để quên ví trên taxi về {home}, ví da nâu, có giấy tờ. Ai nhặt "
            "được cho em xin lại giấy tờ, xin hậu tạ.",
            "Nhặt được bé {pet} đi lạc trước nhà ở {home}. Chủ nhận inbox nhé.",
            "TÌM NGƯỜI THÂN: ông nội tôi 78 tuổi, mặc áo sơ mi trắng, đi lạc ở "
            "{home}. Ai thấy báo giúp {phone}",
            "Rơi điện thoại Samsung màu đen trên xe Grab sáng nay. Hậu tạ {reward}.",
            "Mọi người share giúp, bé {pet} nhà em bị lạc, con gái em khóc suốt.",
            "Ai nhặt được chùm chìa khóa xe máy ở bãi xe {home} không ạ? Móc khóa "
            "hình gấu.",
            "Tim meo lac, {pet}, lan cuoi thay o {home}. Hau ta {reward}.",
            "Đánh rơi hộ chiếu gần bưu điện {home}, ai nhặt được xin liên hệ {phone}.",
            "Nhặt được ví ở khu ẩm thực {home}, đã gửi bảo vệ.",
            "Mất balo xanh có laptop trên xe buýt số 12 đi {home}.",
            "CẬP NHẬT: đã tìm được bé {pet} rồi! Cảm ơn mọi người đã chia sẻ 🙏",
        ),
        "greeting": (
            "Chúc mừng sinh nhật chị gái yêu quý nhất! Luôn xinh đẹp nha 🎂",
            "Chào buổi sáng cả nhà, chúc mọi người Chủ nhật an lành 🙏",
            "Chúc mừng năm mới, an khang thịnh vượng, vạn sự như ý! 🧧",
            "Chúc mừng ngày Phụ nữ Việt Nam 20/10 đến tất cả chị em 💐",
            "Kỷ niệm 10 năm ngày cưới, cảm ơn anh đã luôn bên em.",
            "Cảm ơn mọi người đã chúc mừng sinh nhật mình, thương cả nhà!",
            "Chúc mừng các bạn tân cử nhân! Tự hào về các bạn 🎓",
            "Chúc mừng ngày Nhà giáo Việt Nam 20/11, kính chúc thầy cô sức khỏe.",
            "Trung thu vui vẻ nhé các bé 🏮",
            "Thành kính chia buồn cùng gia đình.",
            "Chuc ca nha cuoi tuan vui ve, an ngon ngu kheo",
            "Chào mừng chị về nhà! Nhớ chị lắm 🥰",
        ),
        "chat": (
            "Đang ở đâu đó? Tao tới [quán cà phê|Circle K|bến xe] rồi",
            "Về nhớ mua giùm ổ bánh mì nha",
            "Thứ Bảy tao đi, mày bao hả? 😂",
            "Thấy tin mẹ nhắn trong nhóm gia đình chưa? Tết về quê hết nha",
            "Xin lỗi rep trễ, điện thoại hết pin",
            "Ai có sạc iPhone cho mượn xíu",
            "Mai mấy giờ đá bóng? Nhớ mang bóng",
            "Làm bài tập Toán chưa? Gửi tao câu 3 với hehe",
            "Giờ đi xe khách về {home} bao nhiêu tiền vậy?",
            "Nay có lương rồi, tao bao cà phê 😄",
            "Mai đi làm không? Đi xem phim đi",
            "Ok m, toi nay 8h gap nhe",
        ),
        "recipe": (
            "Gà kho gừng: phi thơm hành tỏi, cho gà và gừng vào xào, nêm nước mắm, "
            "đường, kho lửa nhỏ 20 phút.",
            "Bánh flan: 5 lòng đỏ trứng, 1 lon sữa đặc, 400ml sữa tươi. Khuấy đều, "
            "lọc, hấp 30 phút.",
            "Cơm chiên dương châu: dùng cơm nguội, lửa lớn, thêm lạp xưởng, tôm, "
            "đậu Hà Lan và trứng.",
            "Canh bí đỏ nấu tôm: phi hành, xào tôm, cho nước và bí đỏ vào, nêm vừa ăn.",
            "Gỏi cuốn: bánh tráng, bún, tôm, thịt luộc, rau sống. Chấm tương đậu "
            "phộng.",
            "Phở bò tại nhà: hầm xương 6 tiếng với hoa hồi, quế, gừng nướng và "
            "hành nướng.",
            "Mẹo: ngâm cá với nước muối loãng và chanh để bớt tanh.",
            "Chè đậu xanh: nấu đậu thật nhừ, thêm đường và nước cốt dừa.",
            "Thịt kho tàu: thịt ba chỉ, trứng vịt, nước dừa tươi, kho liu riu 2 tiếng.",
            "Cach lam banh mi chao: trung, pate, xuc xich, chien tren chao gang.",
            "Rau muống xào tỏi: chần sơ rau, xào nhanh với tỏi phi và chút dầu hào.",
            "Sữa chua nhà làm: 1 lít sữa, 1 hộp sữa chua làm men, ủ ấm 8 tiếng.",
        ),
        "travel": (
            "Tour {place} 4N3Đ, {price}/khách, bao khách sạn, tham quan đảo và ăn "
            "sáng. Đặt ngay {phone}",
            "Ghép tour đi {place} cuối tuần này! 1,2 triệu/người gồm xe đưa đón và "
            "vé tham quan. Còn 4 chỗ",
            "Tour Nhật Bản 5N4Đ mùa hoa anh đào, bao vé máy bay và khách sạn, "
            "{price}. Trả góp 0%.",
            "Tour lặn ngắm san hô nửa ngày, 450k/người, đón tại khách sạn. Zalo "
            "{phone}",
            "Ưu đãi hè: giảm 20% phòng tại resort ở {place}, miễn phí ăn sáng cho "
            "2 người.",
            "Lễ 30/4 đi {place}: xe giường nằm khứ hồi + 2 đêm khách sạn, {price}.",
            "Lịch trình tự túc Bangkok của tụi mình hết khoảng 8 triệu/người. Ai "
            "cần file thì ib.",
            "Vé tàu cao tốc ra đảo kèm tour khám phá, {price}. Đặt tại {url}",
            "Tour gia đình một ngày ở {place}, trẻ em dưới 4 tuổi miễn phí!",
            "Hành hương Ấn Độ 10 ngày, {price}. Số chỗ có hạn.",
            "Du lich bui {place}: hostel 150k/dem, an vat via he, xe khach dem.",
            "Vé máy bay đi {place} tháng này chỉ từ {price} khứ hồi. Xem tại {url}",
        ),
        "scholarship": (
            "Học bổng Chevening (Anh) đã mở đơn: toàn phần thạc sĩ, hạn nộp tháng "
            "11. {url}",
            "Phường trao học bổng 2 triệu/học kỳ cho học sinh nghèo vượt khó. Nộp "
            "hồ sơ tại UBND phường.",
            "Học bổng MEXT (Nhật Bản) bậc sau đại học: học phí, sinh hoạt phí hằng "
            "tháng và vé máy bay. {url}",
            "Nhắc các bạn nhận học bổng nộp bảng điểm trước 15/6 để tiếp tục được "
            "nhận.",
            "Học bổng Fulbright năm 2025 đã mở, buổi chia sẻ thông tin chiều thứ "
            "Năm tại thư viện.",
            "Chúc mừng các bạn sinh viên nhận học bổng năm nay! 🎓",
            "Học bổng Erasmus Mundus: miễn học phí, hỗ trợ đi lại và sinh hoạt phí "
            "hằng tháng. {url}",
            "Trường miễn 50% học phí cho tân sinh viên có điểm thi cao.",
            "Cho em hỏi bao giờ trường phát tiền học bổng khuyến khích ạ?",
            "Hội Khuyến học xã trao học bổng cho con em nông dân, hạn nộp hồ sơ "
            "thứ Sáu.",
            "Học bổng Australia Awards đang nhận hồ sơ từ ứng viên Việt Nam. {url}",
            "Hoc bong du hoc Han Quoc he tieng, mien phi ky tuc xa nam dau. {url}",
        ),
        "notice": (
            "THÔNG BÁO: {home} tạm ngưng cấp nước ngày mai từ 8h đến 17h để sửa "
            "đường ống. Bà con chủ động trữ nước.",
            "Tổ dân phố nhắc nhở: không đốt rác, vứt rác bừa bãi. Vi phạm sẽ bị xử "
            "phạt.",
            "Tiêm phòng dại miễn phí cho chó mèo, sáng thứ Bảy tại nhà văn hóa khu "
            "phố.",
            "Trạm y tế tiêm sởi - rubella cho trẻ dưới 5 tuổi vào thứ Tư và thứ Năm.",
            "Học sinh toàn {home} nghỉ học ngày mai do bão.",
            "Họp phụ huynh lớp 5A lúc 14h thứ Sáu. Phụ huynh mang theo sổ liên lạc.",
            "Chi trả trợ cấp người cao tuổi thứ Hai lúc 9h tại UBND phường, mang "
            "theo CCCD.",
            "Lịch cúp điện khu vực {home}: Chủ nhật từ 9h đến 15h.",
            "Khám bệnh, phát thuốc miễn phí tại sân nhà văn hóa thứ Bảy này.",
            "Thong bao: thu tien ve sinh thang nay den het ngay 10.",
            "Ban quản lý chung cư thông báo bảo trì thang máy block B từ 8h đến "
            "12h sáng mai.",
            "Tuyển sinh lớp 1 năm học mới bắt đầu từ 1/7, phụ huynh mang theo giấy "
            "khai sinh.",
        ),
        "event": (
            "Mời cả nhà dự sinh nhật 7 tuổi của bé Na, 15h thứ Bảy tại {home}. Xác "
            "nhận giúp qua {phone}",
            "Giải bóng đá phong trào phường, lệ phí 500k/đội. Khai mạc ngày 1/5!",
            "Tập dưỡng sinh miễn phí ở công viên mỗi sáng 5h30, ai cũng tham gia được.",
            "Họp lớp khóa 2004! Ngày 28/12 tại {home}, 500k/người gồm ăn tối.",
            "Lễ hội làng ngày 15 tháng Giêng: rước kiệu, trò chơi dân gian, hát "
            "quan họ. Kính mời mọi người!",
            "Giải chạy từ thiện 3K/5K/10K, phí đăng ký 200k kèm áo. {url}",
            "Lớp nấu ăn miễn phí ở nhà văn hóa, không cần kinh nghiệm, ai mới học "
            "cũng được!",
            "Trân trọng kính mời đến dự lễ thành hôn của chúng tôi, 11h Chủ nhật "
            "tại nhà hàng ở {home} 💌",
            "Hội chợ cuối tuần ở sân nhà văn hóa! Đồ ăn, trò chơi, vào cửa miễn phí.",
            "Chung tay dọn rác bãi biển sáng thứ Bảy lúc 6h, có phát găng tay và bao.",
            "Đêm nhạc acoustic tại quán, 20h thứ Sáu, vào cửa tự do.",
            "Moi ca lop di an cuoi tuan nay, 7h toi quan lau o {home} nhe",
        ),
        "groupbuy": (
            "Order hàng Nhật! Mình về nước 20/10, chốt đơn 15/10. KitKat, mỹ phẩm, "
            "Uniqlo. Cọc 50%.",
            "Mai đi chợ Bến Thành, ai nhờ mua gì không? Phí 20k/món. Comment tên "
            "món nhé.",
            "Gom đơn mỹ phẩm Hàn, đủ 10 người free ship. Chốt thứ Sáu.",
            "Ai muốn ghép đơn đồ đông lạnh không? Giao tận {home} thứ Bảy, nhận "
            "hàng trả tiền.",
            "Chia nhau bao gạo 50kg, 5 nhà mỗi nhà 10kg nha, ai ở {home} không?",
            "Gom bánh mì tiệm đầu hẻm, đủ 20 ổ là giao miễn phí.",
            "Mua chung heo quay cho buổi họp lớp, 250k/suất. Chuyển khoản cho mình "
            "nhé.",
            "Đi Hồng Kông, ai cần mua bánh quy Jenny hay đồ Disney thì nhắn, về "
            "ngày 2/12.",
            "Các mẹ ơi gom đơn bỉm, lấy 10 thùng được giá sỉ.",
            "Ship xoài cát từ vườn Tiền Giang, 250k/thùng 10kg, nhận hàng Chủ nhật.",
            "Ai góp đơn siêu thị Hàn không? Đơn trên 800k miễn phí giao.",
            "Gom don trai cay Da Lat, chot toi nay, giao sang mai",
        ),
        "sms": (
            "TK 0123xxx789 +500,000VND luc 09:15. SD: {n}.250.000VND. ND: tien an trua",
            "Quý khách đã thanh toán thành công hóa đơn nước tháng này. Cảm ơn quý "
            "khách.",
            "Lịch hẹn khám của bạn tại phòng khám đã được xác nhận lúc 10h30 thứ Năm.",
            "Đơn hàng #{pin} đã giao thành công. Đánh giá sản phẩm để nhận xu.",
        ),
        "comment": (
            "Video hay quá, ra tiếp đi anh!",
            "Xin chào từ {home} 👋",
            "Ai xem năm nay điểm danh 😂",
            "Cảm ơn chia sẻ, rất hữu ích",
        ),
    },
    "tl": {
        "listing": (
            "FS: {item}, 2 yrs used, walang issue. {price}, fixed na po. Meet up "
            "sa {home} o LBC. Text {phone}",
            "Pre-loved baby stroller, ₱1,500 na lang. Pick up sa {home}.",
            "Selling my {item}, complete papers, {price} slightly negotiable. "
            "Serious buyers only, no joyride.",
            "Benta ko na po yung {item} ni hubby, {price}. Open for swap din. "
            "Viber {phone}",
            "Lechon manok ₱350 whole, ₱180 half. Order before 10am, deliver within "
            "{home}. Text {phone}",
            "Lipat-bahay sale! Rice cooker, electric fan, study table, mura lang. "
            "Sa {home} po.",
            "For sale lupa sa {home}, 200 sqm, clean title, {price}. Direct owner, "
            "no agents.",
            "Tinda ko na cellphone ko, Samsung A54 128GB, ₱12,000. Cash only, meet "
            "up sa mall.",
            "Home-made ube halaya, ₱250/jar. Pa-order na po pang-Noche Buena! "
            "Message {phone}",
            "Pasalo: {item}, 12 months na lang ang hulog. PM for details.",
            "Fresh eggs ₱240/tray, libreng hatid sa loob ng subdivision. Text {phone}",
            "Ukay bundle: 10 pcs tops for ₱500. Mine na lang sa comments!",
        ),
        "rent": (
            "Paupahan sa {home}: 1BR, may sariling CR at kusina, "
            "[₱5,000|₱6,500|₱8,000]/month, 1 month advance 1 month deposit. Text "
            "{phone}",
            "Room for rent, female only, malapit sa {home} terminal. ₱3,500 kasama "
            "tubig, hiwalay kuryente.",
            "Bedspace available! ₱2,000/month, may WiFi at aircon. Pwede students "
            "at working. PM po",
            "Apartment for rent sa {home}, 2 bedrooms, may parking, ₱12,000 "
            "monthly. No pets please.",
            "For rent: commercial space along the highway sa {home}, pwedeng "
            "sari-sari store o carinderia. {phone}",
            "Paupahan po, studio type, ₱4,500. Available na sa unang linggo ng "
            "[Hunyo|Hulyo|Agosto]. Viber {phone}",
            "Looking for roommate sa condo sa Makati, hati sa renta ₱9k each. PM "
            "if interested.",
            "Pa-rent ng videoke, ₱800 per day, free delivery within {home}!",
            "Van for rent with driver, ₱3,500 per day, {home} to Baguio o La "
            "Union. Text {phone}",
            "Transient house sa {place}, good for 10 pax, ₱4,000/night. Book na!",
            "Bahay paupahan, tahimik na lugar, malapit sa school at palengke. "
            "₱7,000 lang. {phone}",
            "Pinapaupahan ang maliit na pwesto sa palengke ng {home}, ₱1,500 kada "
            "buwan.",
        ),
        "lost": (
            "LOST DOG ‼️ Si Bantay, {pet}, nawala kahapon ng hapon sa {home}. May "
            "pulang collar. Pabuya {reward}. {phone}",
            "Naiwan ko po wallet ko sa jeep papuntang {home}, kulay brown, may mga "
            "ID. Kahit ID lang po ibalik, may pabuya.",
            "FOUND: may nakita kaming {pet} sa tapat ng bahay namin sa {home}. Sa "
            "may-ari po, PM lang.",
            "Nawawala po ang lolo namin, 78 years old, naka-puting polo. Huling "
            "nakita sa {home}. Tumawag sa {phone}",
            "Naiwan ang cellphone ko sa tricycle kanina, itim na Samsung. "
            "Pakibalik po, may pabuya {reward}.",
            "Pa-share naman po, nawawala ang {pet} ng anak ko, iyak nang iyak. "
            "Salamat po!",
            "Sino po nakapulot ng susi ng motor sa parking ng {home}? Keychain na "
            "Doraemon.",
            "Missing cat 🐱 {pet}, may kwintas. Last seen sa {home}. Reward "
            "{reward}, no questions asked.",
            "Nahulog ang passport ko malapit sa munisipyo ng {home}. Kung sino man "
            "ang nakapulot, pakitext {phone}.",
            "Natagpuan: isang wallet sa loob ng Jollibee {home}. Iniwan namin sa "
            "guard.",
            "Nawawala ang kambing namin, puti na may itim na batik. Kung may "
            "nakakita, {phone}.",
            "UPDATE: nakita na po si {pet}! Salamat sa lahat ng nag-share 🙏",
        ),
        "greeting": (
            "Happy birthday sa pinakamabait kong kapatid! Love you, ingat lagi 🎂",
            "Good morning mga ka-barangay! Have a blessed Sunday 🙏",
            "Happy fiesta po sa lahat ng taga-{home}! 🎉",
            "Maligayang Araw ng mga Puso sa inyong lahat ❤️",
            "Happy anniversary mahal, 10 years na tayo! Thank you Lord.",
            "Salamat po sa lahat ng bumati sa birthday ko, God bless you all!",
            "Congratulations sa ating mga graduates! Proud kami sa inyo 🎓",
            "Happy Mother's Day sa lahat ng nanay, lalo na sa mga single moms 💐",
            "Happy New Year mga kapatid! Iwas paputok ha 🎆",
            "Taos-pusong pakikiramay sa pamilya. Nakikiramay po kami.",
            "Happy Father's Day Tay, salamat sa lahat ng sakripisyo mo.",
            "Welcome home, ate! Namiss ka namin 🥰",
        ),
        "chat": (
            "San ka na? Andito na ako sa [Jollibee|7-Eleven|terminal]",
            "Beh, pasuyo naman bili ka ng pandesal pauwi",
            "G ako sa Sabado, libre mo ba? 😂",
            "Nabasa mo ba chat ni mama sa GC? Uwi daw tayo sa probinsya sa Pasko",
            "Sorry late reply, lowbat ako kanina",
            "Sino may charger ng iPhone dito? Hiram lang saglit",
            "Pre, anong oras laro bukas? Dala ka ng bola",
            "Tapos na ba assignment niyo sa Math? Pa-send naman ng sagot sa #3 hehe",
            "Magkano na pamasahe papuntang {home} ngayon?",
            "Libre kita ng kape, sweldo na eh 😄",
            "May pasok ka ba bukas? Nood tayo sine",
            "Ok lang ako, pagod lang galing work. Usap tayo mamaya",
        ),
        "recipe": (
            "Adobo sa gata: igisa ang bawang, ilagay ang manok, toyo at suka, "
            "tapos gata. Pakuluan ng 20 minuto.",
            "Leche flan: 10 pula ng itlog, 1 condensed, 1 evap. Haluin, ilagay sa "
            "llanera na may caramel, i-steam ng 40 mins.",
            "Easy turon: saging na saba at langka, ibalot sa lumpia wrapper, "
            "budburan ng asukal at iprito.",
            "Ginisang monggo: igisa ang bawang, sibuyas, kamatis at baboy, ilagay "
            "ang monggo at dahon ng ampalaya.",
            "Sinigang na hipon: pakuluan ang tubig na may sampalok, labanos, "
            "sitaw, kangkong at hipon.",
            "Kare-kare hack: peanut butter at atsuete ang gamitin, ihain kasama "
            "ang bagoong.",
            "Lumpiang shanghai: giniling, carrots, sibuyas, itlog; ibalot at "
            "iprito. Pang-handaan!",
            "Bibingka sa kawali: galapong, gata, asukal at itlog. Lutuin sa "
            "mahinang apoy na may dahon ng saging.",
            "Palabok na madali: lutuin ang sauce sa shrimp broth at atsuete, "
            "ibuhos sa bihon, lagyan ng chicharon at itlog.",
            "Champorado: malagkit na bigas, tablea at asukal. Ihain na may gatas "
            "at tuyo 😋",
            "Tip: para hindi malansa ang isda, ibabad muna sa kalamansi at asin "
            "bago iprito.",
            "Pork sisig: pakuluan, ihawin at tadtarin ang baboy, igisa sa sibuyas "
            "at sili, lagyan ng mayo at itlog.",
        ),
        "travel": (
            "{place} 4D3N package, {price}/pax, kasama hotel, island hopping at "
            "breakfast. DOT-accredited. Book na {phone}",
            "Joiner tour to {place} this weekend! ₱2,499 per pax, van transfers at "
            "entrance fees. 4 slots na lang",
            "Hong Kong Disneyland package 3D2N, with airfare at hotel, {price}. "
            "Installment via credit card.",
            "El Nido tour A, B, C, D available, ₱1,400 per head kasama lunch. "
            "Message {phone}",
            "Summer promo: 20% off sa resort namin sa {place}, free breakfast for 2.",
            "Byaheng {place} ngayong Holy Week! Round-trip bus + 2 nights hotel, "
            "{price}.",
            "Ilocos tour 3D2N, pickup sa Manila, {price}. Kasama na Paoay, Vigan "
            "at Pagudpud.",
            "Bangkok-Pattaya DIY itinerary namin, gastos ₱25k each, all in. PM "
            "kung gusto ng kopya.",
            "Cebu-Bohol ferry + countryside tour package, {price}. Viber {phone}",
            "Family day tour sa {place}, libre ang kids below 4!",
            "Pilgrimage tour sa Holy Land, 10 araw, {price}. Limited slots, "
            "reserve na.",
            "Seat sale ulit! Manila-{place} round trip from {price}. Check {url}",
        ),
        "scholarship": (
            "SM Foundation College Scholarship, bukas na ang application hanggang "
            "March 31. Requirements: Form 138 at ITR ng magulang.",
            "Barangay scholarship para sa senior high, ₱5,000 kada sem. Mag-apply "
            "sa barangay hall, dalhin ang grades.",
            "DOST-SEI undergraduate scholarship exam ngayong Oktubre. I-check ang "
            "schedule sa {url}",
            "Libre na ang tuition sa state universities dahil sa RA 10931, wala "
            "nang babayaran sa enrollment.",
            "MEXT Scholarship (Japan) para sa graduate studies: full tuition at "
            "monthly stipend. {url}",
            "Congrats sa mga bagong iskolar ng bayan ng {home}! 🎓",
            "Tumatanggap na ng application ang Chevening scholarship sa UK. "
            "Deadline sa Nobyembre.",
            "Tanong lang po, kailan ang release ng allowance ng CHED Tulong Dunong?",
            "Iskolar ng munisipyo: ₱3,000 allowance buwan-buwan para sa college "
            "students.",
            "May scholarship grant ang LGU para sa anak ng mga magsasaka at "
            "mangingisda. Deadline sa Biyernes.",
            "Erasmus Mundus master's sa Europe: libreng tuition, travel at monthly "
            "allowance. {url}",
            "Paalala sa mga scholars: i-submit ang grades bago mag-Hunyo 15 para "
            "tuloy ang stipend.",
        ),
        "notice": (
            "ANUNSYO: Walang tubig sa Brgy. San Roque bukas, 8AM–5PM, dahil sa "
            "pipe repair. Mag-ipon na po.",
            "Paalala mula sa Barangay: bawal magsunog ng basura. Multa ₱1,000.",
            "Libreng anti-rabies vaccine para sa aso at pusa, Sabado 8am sa "
            "covered court.",
            "Bakuna sa health center: Measles-Rubella para sa 0-59 months, "
            "Miyerkules at Huwebes.",
            "Walang pasok sa lahat ng antas sa {home} bukas dahil sa Signal No. 2.",
            "Parents' meeting ng Grade 5 - Sampaguita sa Biyernes, 2 PM. Pakidala "
            "ang report card.",
            "Pamimigay ng ayuda sa senior citizens sa Lunes, 9 AM, sa barangay "
            "hall. Dalhin ang senior ID.",
            "Scheduled power interruption sa {home}, Linggo 9AM-3PM.",
            "Libreng medical at dental mission sa plaza ngayong Sabado, handog ng "
            "munisipyo.",
            "Curfew sa mga menor de edad, 10 PM hanggang 4 AM, ayon sa ordinansa "
            "ng barangay.",
            "Bayaran ng monthly dues ng HOA hanggang ika-10 lamang. GCash o cash "
            "sa admin office.",
            "Enrollment para sa SY 2024-2025 ay magsisimula sa Hunyo 3. Dalhin ang "
            "PSA birth certificate.",
        ),
        "event": (
            "You are invited! 7th birthday ni Princess, Sabado 3PM sa {home}. RSVP "
            "{phone}",
            "Basketball league ng barangay, registration ₱1,500 kada team. Opening "
            "sa Mayo 1!",
            "Zumba sa plaza tuwing Martes at Huwebes, 6 PM. Libre! Dala lang ng "
            "tubig at towel.",
            "Kasalang bayan sa munisipyo sa Pebrero 14, libre para sa 50 couples. "
            "Mag-register na.",
            "Class reunion ng Batch 2004! Dec 28 sa {home}, ₱800 per head kasama "
            "dinner. GCash {phone}",
            "Fiesta ng {home} sa Mayo 15: may parada, palaro at sayawan sa gabi. "
            "Lahat imbitado!",
            "Fun run for a cause, 3K/5K/10K, registration ₱500 kasama singlet. {url}",
            "Free cooking class sa community center, walang experience na "
            "kailangan, beginners welcome!",
            "Binyag ng baby namin sa Linggo, 10 AM sa St. Joseph Parish, kainan sa "
            "bahay after.",
            "Simbang Gabi schedule: 8 PM at 4 AM sa parokya, Disyembre 15-24.",
            "Bazaar sa covered court, Sabado-Linggo! May ukay, pagkain at palaro. "
            "Libre ang entrance.",
            "Inaanyayahan po ang lahat sa Lenten recollection sa Biyernes Santo, 1 PM.",
        ),
        "groupbuy": (
            "PASABUY from Japan! Uuwi ako sa Oct 20, cut-off ng orders Oct 15. "
            "Kitkat, skincare, Uniqlo. 50% DP via GCash {phone}",
            "Pasabuy sa Divisoria bukas! ₱50 service fee per item. Comment 'mine' "
            "+ item.",
            "Group buy: Korean skincare, min 10 pax para libre ang shipping. "
            "Cut-off sa Friday.",
            "Sino gusto sumabay sa order ng frozen goods? Deliver sa {home} sa "
            "Sabado, bayad pagdating.",
            "Pabili ng Costco items! Pickup sa Clark, ₱100 fee per order. Message "
            "lang.",
            "Pasabuy sa Hong Kong: Disneyland merch at Jenny cookies. Arrival Dec "
            "2, full payment upon order.",
            "Taga-{home} ba kayo? Hati tayo sa isang sako ng bigas, 50kg ₱2,300, "
            "hati sa 5 bahay.",
            "Pa-join sa group order ng tinapay sa bakery sa kanto, libre delivery "
            "pag 20 orders up.",
            "PASABUY SM sale, 50% off daw sa shoes. Ano gusto niyo? ₱30 fee lang.",
            "Group order ng lechon para sa reunion, ₱1,200 each share. GCash na "
            "lang sa akin.",
            "Pasabuy ng strawberry at ukay galing Baguio, uwi ako sa Linggo!",
            "Mga mommies, group buy tayo ng diapers, ₱1,150 per box lang pag 10 boxes.",
        ),
        "sms": (
            "GCash: You have received ₱{n}.00 from JUAN D. Your new balance is "
            "₱{n}5.00. Ref No. {pin}",
            "Maya: Cash-in of ₱500.00 successful. Ref {pin}.",
            "Confirmed na ang appointment mo sa clinic sa Huwebes, 10:30 AM. Reply "
            "C para i-cancel.",
            "Lazada: Your order #{pin} has been delivered. Rate your purchase!",
        ),
        "comment": (
            "Nakakaiyak naman to, solid content idol 😭",
            "Pa-shout out po sa mga taga-{home}!",
            "First! hahaha",
            "Sana all may ganitong tatay 🥹",
        ),
    },
}


def _extend(
    pools: dict[str, dict[str, tuple[str, ...]]],
    more: dict[str, dict[str, tuple[str, ...]]],
) -> None:
    """Append ``more``'s templates to ``pools`` (in place; new pools added)."""
    for lang, kinds in more.items():
        target = pools.setdefault(lang, {})
        for name, templates in kinds.items():
            target[name] = target.get(name, ()) + templates


_extend(MORE_WARN, _WARN_3)
_extend(MORE_PROMO_COMMENTS, _PROMO_3)
_extend(MORE_OTHER_COMMENTS, _OTHER_3)
