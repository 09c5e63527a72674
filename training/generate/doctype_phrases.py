"""Phrase tables for the document-type generator (``training.generate.doctype``).

Every pool is a tuple of templates in the ``training.generate.engine`` markup
(``[a|b]`` alternatives, ``{slot}`` names). ``doctype.split_pool`` gives every
fourth template of each pool to the held-out families only, so the held-out
set is built from sentences the model never saw in training.

Warnings and news deliberately repeat the red-flag vocabulary of scam ads
(free flights, no experience, Telegram, Cambodia): the model has to learn the
framing, not the topic. Written by the project for this purpose; a second
batch (``doctype_phrases_more``) is appended to the pools at the end.
"""

from __future__ import annotations

from training.generate import doctype_phrases_km as KM
from training.generate import doctype_phrases_more as MORE

# Khmer ("km") comes last, so adding it left the other languages' draws as
# they were (``generate_texts`` seeds each language by its index).
LANGS: tuple[str, ...] = ("id", "en", "ms", "zh", "th", "vi", "tl", "km")

# Slot values per language -------------------------------------------------

SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "country": ("Kamboja", "Myanmar", "Laos", "Thailand", "Filipina", "Vietnam"),
        "city": ("Phnom Penh", "Sihanoukville", "Myawaddy", "Bavet", "Poipet"),
        "home": ("Bekasi", "Medan", "Surabaya", "Makassar", "Sukabumi", "Cianjur"),
        "role": (
            "admin online",
            "customer service",
            "operator",
            "marketing",
            "staf IT",
            "data entry",
        ),
        "channel": ("Telegram", "WhatsApp", "Facebook", "TikTok", "Instagram"),
        "salary": (
            "Rp 15 juta",
            "Rp 20 juta per bulan",
            "1.000 dolar",
            "Rp 25 juta",
            "Rp 12 juta",
        ),
        "official": (
            "Kapolres",
            "Kasubdit Renakta",
            "Direktur Perlindungan WNI",
            "Kepala BP2MI",
            "Kabid Humas Polda",
            "Kadisnaker",
        ),
        "agency": (
            "KBRI Phnom Penh",
            "Kemlu RI",
            "BP2MI",
            "Polda Jawa Barat",
            "Bareskrim Polri",
            "Disnaker setempat",
        ),
        "outlet": ("KOMPAS.com", "Antara", "detikcom", "Tribunnews", "Tempo.co"),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": (
            "Honda Beat 2019",
            "Yamaha NMAX 2021",
            "iPhone 12 Pro",
            "Toyota Avanza 2017",
            "kulkas 2 pintu",
            "laptop ASUS",
        ),
        "price": (
            "Rp 9,5 juta",
            "Rp 27 jt nego",
            "Rp 4.500.000",
            "Rp 135 juta",
            "Rp 1,8 jt",
            "Rp 6 jt",
        ),
        "pet": ("kucing oren", "kucing persia putih", "anjing pom", "kucing belang"),
        "reward": ("Rp 2 juta", "Rp 500 ribu", "Rp 1 juta", "Rp 5 juta"),
        "prize": ("Rp 100 juta", "1 unit mobil", "Rp 25.000.000", "motor Honda"),
        "amount": ("Rp 5 juta", "Rp 50 juta", "Rp 10 jt", "Rp 2 juta"),
        "place": (
            "Bali",
            "Lombok",
            "Labuan Bajo",
            "Yogyakarta",
            "Bangkok",
            "Singapura",
        ),
    },
    "en": {
        "country": (
            "Cambodia",
            "Myanmar",
            "Laos",
            "Thailand",
            "the Philippines",
            "Dubai",
        ),
        "city": (
            "Phnom Penh",
            "Sihanoukville",
            "Myawaddy",
            "Bavet",
            "Poipet",
            "Golden Triangle",
        ),
        "home": ("Jakarta", "Kuala Lumpur", "Manila", "Cebu", "Penang", "Medan"),
        "role": (
            "customer service",
            "online chat agent",
            "typist",
            "IT support",
            "marketing staff",
            "data entry",
        ),
        "channel": ("Telegram", "WhatsApp", "Facebook", "LinkedIn", "TikTok"),
        "salary": (
            "$1,500 a month",
            "USD 2,000",
            "$1,200 per month",
            "$3,000 monthly",
            "USD 1,000",
        ),
        "official": (
            "police spokesman",
            "the foreign ministry",
            "an embassy official",
            "the labour minister",
            "the district prosecutor",
            "a senior investigator",
        ),
        "agency": (
            "the embassy",
            "the police",
            "the Department of Migrant Workers",
            "the Ministry of Foreign Affairs",
            "Interpol",
            "the IOM",
        ),
        "outlet": (
            "The Star",
            "Khmer Times",
            "Rappler",
            "The Jakarta Post",
            "Bangkok Post",
            "Inquirer.net",
        ),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": (
            "Honda Wave 2020",
            "2016 Toyota Camry",
            "iPhone 13",
            "PS5 with two controllers",
            "Yamaha Aerox",
            "MacBook Air M1",
        ),
        "price": (
            "$4,500",
            "USD 12,000",
            "$350 firm",
            "$1,200 or best offer",
            "$18,500",
            "RM 2,300",
        ),
        "pet": ("ginger cat", "black labrador", "grey tabby", "white poodle"),
        "reward": ("$100", "$500", "RM 300", "PHP 5,000"),
        "prize": ("$10,000", "a brand new iPhone 15", "USD 50,000", "a car"),
        "amount": ("$500", "$5,000", "up to $20,000", "PHP 50,000"),
        "place": ("Bali", "Siem Reap", "Bangkok", "Boracay", "Langkawi", "Hanoi"),
    },
    "ms": {
        "country": ("Kemboja", "Myanmar", "Laos", "Thailand", "Vietnam"),
        "city": ("Phnom Penh", "Sihanoukville", "Myawaddy", "Bavet", "Poipet"),
        "home": ("Kuala Lumpur", "Johor Bahru", "Kota Bharu", "Ipoh", "Kuching"),
        "role": (
            "khidmat pelanggan",
            "admin online",
            "operator",
            "pemasaran",
            "kerani data",
            "juruteknik IT",
        ),
        "channel": ("Telegram", "WhatsApp", "Facebook", "TikTok"),
        "salary": ("RM 8,000 sebulan", "RM 10,000", "RM 6,500", "USD 1,500"),
        "official": (
            "Ketua Polis Daerah",
            "jurucakap Wisma Putra",
            "Pengarah JSJK",
            "Menteri Sumber Manusia",
            "pegawai kedutaan",
        ),
        "agency": (
            "Wisma Putra",
            "PDRM",
            "Kedutaan Malaysia",
            "JTK",
            "Bukit Aman",
            "KPDN",
        ),
        "outlet": (
            "Berita Harian",
            "Harian Metro",
            "Sinar Harian",
            "Bernama",
            "Utusan",
        ),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": (
            "Honda EX5",
            "Perodua Myvi 2018",
            "iPhone 12",
            "Yamaha Y15",
            "peti sejuk",
            "set sofa",
        ),
        "price": ("RM 3,800", "RM 28,500 runding", "RM 1,900", "RM 650", "RM 45,000"),
        "pet": ("kucing oren", "kucing parsi", "anjing", "kucing hitam"),
        "reward": ("RM 200", "RM 500", "RM 1,000", "RM 300"),
        "prize": ("RM 50,000", "sebuah kereta", "RM 100,000", "iPhone 15"),
        "amount": ("RM 5,000", "RM 50,000", "RM 2,000", "RM 10,000"),
        "place": ("Langkawi", "Bangkok", "Bali", "Pulau Redang", "Hat Yai"),
    },
    "zh": {
        "country": ("柬埔寨", "缅甸", "老挝", "泰国", "菲律宾"),
        "city": ("西港", "金边", "妙瓦底", "金三角", "波贝", "木姐"),
        "home": ("福建", "广西", "河南", "云南", "湖南"),
        "role": ("客服", "打字员", "网络推广", "技术员", "翻译", "话务员"),
        "channel": ("Telegram", "飞机", "微信", "QQ", "抖音"),
        "salary": ("月薪2万", "月入3万", "底薪1万5", "月薪8000美金", "日结500"),
        "official": ("警方", "公安局", "外交部发言人", "使馆工作人员", "检察官"),
        "agency": (
            "中国驻柬埔寨大使馆",
            "公安部",
            "国家反诈中心",
            "外交部",
            "当地警方",
        ),
        "outlet": ("新华社", "人民网", "澎湃新闻", "南方都市报", "央视新闻"),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": ("二手电动车", "iPhone 13", "本田雅阁", "冰箱", "笔记本电脑"),
        "price": ("2800元", "5万元", "1500元可小刀", "12万", "650元"),
        "pet": ("橘猫", "白色小狗", "英短蓝猫", "泰迪"),
        "reward": ("1000元", "5000元", "2000元", "3000元"),
        "prize": ("10万元", "一辆汽车", "iPhone 15", "50万元"),
        "amount": ("5万元", "20万", "1万元", "3万"),
        "place": ("三亚", "曼谷", "巴厘岛", "清迈", "大理"),
    },
    "th": {
        "country": ("กัมพูชา", "เมียนมา", "ลาว", "ดูไบ", "มาเลเซีย"),
        "city": ("ปอยเปต", "สีหนุวิลล์", "เมียวดี", "พนมเปญ", "สามเหลี่ยมทองคำ"),
        "home": ("เชียงราย", "ขอนแก่น", "อุดรธานี", "นครราชสีมา", "สระแก้ว"),
        "role": (
            "แอดมิน",
            "พนักงานคอลเซ็นเตอร์",
            "พนักงานพิมพ์งาน",
            "ฝ่ายการตลาดออนไลน์",
            "ล่าม",
        ),
        "channel": ("เทเลแกรม", "ไลน์", "เฟซบุ๊ก", "ติ๊กต็อก"),
        "salary": (
            "เงินเดือน 50,000 บาท",
            "รายได้ 80,000 บาท",
            "เดือนละ 35,000 บาท",
            "เงินเดือนสูง",
        ),
        "official": (
            "ผู้บังคับการ",
            "โฆษกตำรวจ",
            "อธิบดีกรมการจัดหางาน",
            "เจ้าหน้าที่สถานทูต",
            "อัยการ",
        ),
        "agency": (
            "กรมการจัดหางาน",
            "ตำรวจไซเบอร์",
            "สถานทูตไทย",
            "กระทรวงการต่างประเทศ",
            "ดีเอสไอ",
        ),
        "outlet": ("ไทยรัฐ", "ข่าวสด", "มติชน", "ไทยพีบีเอส", "เดลินิวส์"),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": ("ฮอนด้าเวฟ", "ไอโฟน 13", "โตโยต้า วีออส", "ตู้เย็น", "โน้ตบุ๊ก"),
        "price": ("25,000 บาท", "3,500 บาท", "ราคา 189,000 บาท", "8,900 บาท ต่อรองได้"),
        "pet": ("แมวส้ม", "สุนัขพันธุ์ปอม", "แมวสีเทา", "ลูกหมาสีขาว"),
        "reward": ("5,000 บาท", "10,000 บาท", "3,000 บาท", "2,000 บาท"),
        "prize": ("100,000 บาท", "รถยนต์ 1 คัน", "ทองคำ 1 บาท", "ไอโฟน 15"),
        "amount": ("50,000 บาท", "10,000 บาท", "200,000 บาท", "5,000 บาท"),
        "place": ("ภูเก็ต", "เชียงใหม่", "เกาะสมุย", "ญี่ปุ่น", "เวียดนาม"),
    },
    "vi": {
        "country": ("Campuchia", "Myanmar", "Lào", "Thái Lan", "Philippines"),
        "city": ("Phnom Penh", "Sihanoukville", "Bavet", "Poipet", "Myawaddy"),
        "home": ("Nghệ An", "Hà Tĩnh", "Thanh Hóa", "An Giang", "Tây Ninh"),
        "role": (
            "nhân viên chăm sóc khách hàng",
            "nhân viên chat online",
            "nhân viên đánh máy",
            "nhân viên IT",
            "phiên dịch viên",
        ),
        "channel": ("Telegram", "Zalo", "Facebook", "TikTok"),
        "salary": (
            "lương 30 triệu/tháng",
            "thu nhập 1.500 USD",
            "lương 25 triệu",
            "lương cao",
        ),
        "official": (
            "đại diện Công an tỉnh",
            "Thượng tá",
            "người phát ngôn Bộ Ngoại giao",
            "cán bộ Đại sứ quán",
            "Viện kiểm sát",
        ),
        "agency": (
            "Công an tỉnh",
            "Bộ Công an",
            "Đại sứ quán Việt Nam",
            "Bộ Ngoại giao",
            "Cục Quản lý lao động ngoài nước",
        ),
        "outlet": ("VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VTV"),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": (
            "xe Honda Vision",
            "iPhone 13",
            "Toyota Vios 2019",
            "tủ lạnh",
            "laptop Dell",
        ),
        "price": (
            "18 triệu",
            "4,5 triệu",
            "390 triệu",
            "2 triệu có thương lượng",
            "6.800.000đ",
        ),
        "pet": ("mèo vàng", "chó Poodle", "mèo mướp", "chó con màu trắng"),
        "reward": ("2 triệu", "5 triệu", "1 triệu", "10 triệu"),
        "prize": ("100 triệu", "xe SH", "iPhone 15", "500 triệu"),
        "amount": ("50 triệu", "10 triệu", "200 triệu", "5 triệu"),
        "place": ("Đà Nẵng", "Phú Quốc", "Bangkok", "Nha Trang", "Sa Pa"),
    },
    "tl": {
        "country": ("Cambodia", "Myanmar", "Laos", "Thailand", "Dubai"),
        "city": ("Phnom Penh", "Sihanoukville", "Myawaddy", "Bavet", "Golden Triangle"),
        "home": ("Cavite", "Pampanga", "Cebu", "Davao", "Laguna", "Bulacan"),
        "role": (
            "customer service",
            "chat support",
            "typist",
            "encoder",
            "call center agent",
            "marketing",
        ),
        "channel": ("Telegram", "Facebook", "Messenger", "TikTok", "Viber"),
        "salary": (
            "₱80,000 kada buwan",
            "$1,500 buwan-buwan",
            "₱60k",
            "malaking sahod",
        ),
        "official": (
            "tagapagsalita ng PNP",
            "DMW Secretary",
            "opisyal ng embahada",
            "BI spokesperson",
            "piskal",
        ),
        "agency": (
            "DMW",
            "Bureau of Immigration",
            "PNP",
            "DFA",
            "NBI",
            "embahada ng Pilipinas",
        ),
        "outlet": ("ABS-CBN News", "GMA News", "Rappler", "Inquirer", "Philstar"),
        "n": ("12", "27", "45", "8", "63", "150"),
        "item": (
            "Honda Click 125",
            "iPhone 13",
            "Toyota Vios 2018",
            "ref",
            "gaming laptop",
        ),
        "price": ("₱45,000", "₱18,500 nego", "₱380,000", "₱7,000 lang", "₱2,500"),
        "pet": ("orange na pusa", "aspin", "shih tzu", "puting pusa"),
        "reward": ("₱5,000", "₱10,000", "₱3,000", "₱2,000"),
        "prize": ("₱1,000,000", "bagong kotse", "iPhone 15", "₱50,000"),
        "amount": ("₱50,000", "₱10,000", "₱200,000", "₱5,000"),
        "place": ("Boracay", "Palawan", "Siargao", "Baguio", "Hong Kong"),
    },
    "km": KM.KM_SLOTS,
}

# Red flags as a warning names them (not as an ad uses them).
FLAG_LISTS: dict[str, tuple[str, ...]] = {
    "id": (
        "tiket pesawat gratis",
        "tanpa pengalaman",
        "gaji {salary}",
        "dihubungi lewat {channel}",
        "paspor ditahan perusahaan",
        "tidak perlu visa kerja",
        "berangkat cepat",
        "bisa pakai visa turis",
        "kerja di {country}",
        "tanpa interview",
        "tempat tinggal gratis",
    ),
    "en": (
        "a free flight",
        "no experience needed",
        "a salary of {salary}",
        "contact only on {channel}",
        "passport kept by the company",
        "travel on a tourist visa",
        "leave within a week",
        "work in {country}",
        "no interview",
        "free accommodation",
    ),
    "ms": (
        "tiket penerbangan percuma",
        "tiada pengalaman diperlukan",
        "gaji {salary}",
        "hubungi melalui {channel}",
        "pasport disimpan majikan",
        "guna visa pelancong",
        "kerja di {country}",
        "tanpa temuduga",
        "tempat tinggal percuma",
    ),
    "zh": (
        "包机票",
        "无需经验",
        "{salary}",
        "只用{channel}联系",
        "护照被公司扣押",
        "旅游签证出境",
        "到{country}工作",
        "不用面试",
        "包吃包住",
    ),
    "th": (
        "ตั๋วเครื่องบินฟรี",
        "ไม่ต้องมีประสบการณ์",
        "{salary}",
        "ติดต่อทาง{channel}เท่านั้น",
        "ถูกยึดพาสปอร์ต",
        "ใช้วีซ่าท่องเที่ยว",
        "ทำงานที่{country}",
        "ไม่ต้องสัมภาษณ์",
        "มีที่พักฟรี",
    ),
    "vi": (
        "bao vé máy bay",
        "không cần kinh nghiệm",
        "{salary}",
        "chỉ liên hệ qua {channel}",
        "bị giữ hộ chiếu",
        "đi bằng visa du lịch",
        "làm việc tại {country}",
        "không cần phỏng vấn",
        "bao ăn ở",
    ),
    "tl": (
        "libreng pamasahe",
        "walang experience",
        "{salary}",
        "sa {channel} lang kausap",
        "kinukuha ang passport",
        "tourist visa lang",
        "trabaho sa {country}",
        "walang interview",
        "libreng tirahan",
    ),
    "km": KM.KM_FLAGS,
}

# --- warnings and news ---------------------------------------------------

WARN: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "opener": (
            "WASPADA! [Modus|Penipuan] lowongan kerja ke luar negeri",
            "⚠️ HATI-HATI penipuan berkedok lowongan kerja",
            "[AWAS|Waspada] loker palsu [ke {country}|di media sosial]!!",
            "INFO PENTING: jangan tergiur tawaran kerja di {country}",
            "Himbauan untuk masyarakat",
            "[STOP|Jangan] jadi korban TPPO!",
            "Ini modus baru sindikat perdagangan orang",
            "Share biar keluarga kita tidak jadi korban",
        ),
        "intro": (
            "Beredar di {channel} tawaran kerja sebagai {role} di {country} dengan "
            "iming-iming {flags}.",
            "Belakangan ini banyak [postingan|iklan] yang menawarkan {flags}. "
            "Itu modus penipuan.",
            "Sindikat menjanjikan {flags}, tapi korban justru dipaksa menipu orang "
            "lain secara online.",
            "Kalau ada yang menawarkan {flags}, hampir pasti itu penipuan.",
            "Modusnya: korban direkrut lewat {channel}, dijanjikan {flags}.",
            'Tawaran seperti "{flags}" adalah ciri khas perekrutan ke '
            "[scam online|perusahaan judi online] di {country}.",
            "Jangan percaya iklan yang menjanjikan {flags}.",
            "Banyak WNI tertipu iklan lowongan {role} yang menawarkan {flags}.",
        ),
        "story": (
            "Sebanyak {n} WNI korban TPPO berhasil dipulangkan dari {city}, {country}.",
            "Polisi menangkap dua perekrut yang mengirim {n} warga {home} ke "
            "{country}.",
            "Pengadilan Negeri {home} menjatuhkan vonis 5 tahun penjara kepada "
            "terdakwa perekrutan pekerja migran ilegal.",
            "Saudara saya berangkat ke {country} karena dijanjikan kerja {role}, "
            "ternyata paspornya ditahan dan disuruh menipu orang.",
            "Teman saya hampir berangkat, untung keluarganya curiga dan lapor ke "
            "{agency}.",
            "Para korban mengaku disekap, dipukul jika tidak mencapai target, dan "
            "harus membayar tebusan untuk pulang.",
            "{agency} mencatat {n} kasus serupa sepanjang tahun ini.",
            "Korban asal {home} itu kini dalam pendampingan {agency}.",
        ),
        "advice": (
            "Cek dulu izin perusahaan di situs resmi BP2MI sebelum berangkat.",
            "Jangan berangkat dengan visa turis untuk bekerja.",
            "Segera laporkan ke {agency} jika menemukan tawaran serupa.",
            "Ingat, lowongan resmi tidak pernah meminta biaya di awal.",
            "Tolong bagikan informasi ini ke keluarga dan teman.",
            "Kalau ragu, tanyakan ke Disnaker atau hubungi hotline {agency}.",
            "Jangan mudah tergiur gaji besar tanpa syarat yang jelas.",
            "Hubungi Safe Travel Kemlu jika keluarga anda terjebak.",
        ),
        "source": (
            "{home}, {outlet} -",
            "Laporan wartawan {outlet}, {home}:",
            "[{home}|JAKARTA] ({outlet}) -",
            "Dikutip dari {outlet},",
        ),
        "quote": (
            '"Kami mengimbau masyarakat agar tidak mudah percaya," kata {official}.',
            "Menurut {official}, para pelaku merekrut korban lewat {channel}.",
            '"Korban dijanjikan gaji tinggi, ternyata dipekerjakan sebagai '
            'scammer," ujar {official}.',
            "{official} menyebut sebagian korban berangkat lewat jalur ilegal.",
        ),
        "forum": (
            "Gan, ada yang tahu ini loker asli atau bukan? Katanya {flags}.",
            "[Tanya|Mau tanya] dong, saya ditawari kerja di {country} lewat "
            "{channel}, aman nggak ya?",
            "Re: Pengalaman kerja di {country}? Jangan gan, itu penipuan.",
            "Mohon pencerahan, adik saya ditawari {flags}. Kok mencurigakan ya.",
        ),
        "quoted_ad": (
            "Contoh iklannya seperti ini:",
            "Ini tangkapan layar iklan yang beredar:",
            "Berikut isi pesan yang dikirim pelaku:",
            "Iklan yang dipakai pelaku:",
        ),
    },
    "en": {
        "opener": (
            "WARNING: [fake|bogus] job offers abroad",
            "⚠️ SCAM ALERT ⚠️",
            "Beware of [online|overseas] job scams!",
            "PSA: please don't fall for this",
            "Public advisory on illegal recruitment",
            "Do NOT apply to these so-called jobs in {country}",
            "How trafficking gangs lure young jobseekers",
            "Please share so nobody else becomes a victim",
        ),
        "intro": (
            "Posts on {channel} offer {role} jobs in {country} with {flags}.",
            "Scammers are advertising {flags}. These are traps.",
            "Victims were promised {flags} but ended up forced to run online scams.",
            "If someone offers you {flags}, it is almost certainly a scam.",
            "The recruiters contact people through {channel} and promise {flags}.",
            'Offers like "{flags}" are the hallmark of recruitment into scam '
            "compounds in {country}.",
            "Never trust an ad that promises {flags}.",
            "Hundreds of jobseekers fell for {role} ads promising {flags}.",
        ),
        "story": (
            "{n} people rescued from a scam compound in {city}, {country}, have "
            "been repatriated.",
            "Police arrested two recruiters accused of sending {n} people from "
            "{home} to {country}.",
            "A court in {home} sentenced the accused to six years in prison for "
            "human trafficking.",
            "My cousin went to {country} for a {role} job. They took her passport "
            "and made her scam people online.",
            "A friend almost went, but her family got suspicious and called {agency}.",
            "Survivors said they were locked up, beaten for missing targets and "
            "told to pay a ransom to leave.",
            "{agency} has recorded {n} similar cases this year.",
            "The victim from {home} is now being assisted by {agency}.",
        ),
        "advice": (
            "Check that the agency is licensed before you go.",
            "Never travel on a tourist visa to take up a job.",
            "Report such offers to {agency} immediately.",
            "Legitimate employers never ask you to pay upfront.",
            "Please share this with your family and friends.",
            "If in doubt, call the hotline of {agency}.",
            "Be careful with high salaries that ask for no qualifications.",
            "Families of people stuck abroad should contact {agency}.",
        ),
        "source": (
            "{home} ({outlet}) —",
            "By our correspondent in {home}:",
            "[{home}|MANILA|PHNOM PENH] — ",
            "According to a report in {outlet},",
        ),
        "quote": (
            '"We urge the public not to believe these offers," said the {official}.',
            "According to {official}, the suspects recruited victims via {channel}.",
            '"They were promised high pay but forced to work as scammers," '
            "{official} told reporters.",
            "The {official} said some victims crossed the border illegally.",
        ),
        "forum": (
            "Anyone know if this is legit? They say {flags}.",
            "Got a message on {channel} offering a job in {country}. Is it safe?",
            "Re: Working in {country}? Don't, mate, it's a scam.",
            "My brother was offered {flags}. Sounds fishy, right?",
        ),
        "quoted_ad": (
            "This is what the ad looked like:",
            "Screenshot of the post going around:",
            "Here is the message the recruiter sent:",
            "The ad they used:",
        ),
    },
    "ms": {
        "opener": (
            "AMARAN! Tawaran kerja palsu di luar negara",
            "⚠️ BERHATI-HATI dengan sindiket pekerjaan",
            "Awas tawaran kerja ke {country}!!",
            "Makluman kepada orang ramai",
            "Jangan jadi mangsa pemerdagangan orang",
            "Modus baharu sindiket penipuan kerja",
            "Kongsikan supaya keluarga kita tidak jadi mangsa",
        ),
        "intro": (
            "Tular di {channel} tawaran kerja {role} di {country} dengan janji "
            "{flags}.",
            "Sindiket menawarkan {flags}, tetapi mangsa dipaksa menipu orang lain "
            "secara dalam talian.",
            "Jika ada yang menawarkan {flags}, itu hampir pasti penipuan.",
            "Modus operandi: mangsa direkrut melalui {channel} dan dijanjikan {flags}.",
            'Tawaran seperti "{flags}" adalah ciri perekrutan sindiket scam di '
            "{country}.",
            "Jangan percaya iklan yang menjanjikan {flags}.",
            "Ramai rakyat Malaysia terpedaya dengan iklan {role} yang menawarkan "
            "{flags}.",
        ),
        "story": (
            "Seramai {n} rakyat Malaysia yang diselamatkan dari {city}, {country}, "
            "telah dibawa pulang.",
            "Polis menahan dua ejen yang menghantar {n} mangsa dari {home} ke "
            "{country}.",
            "Mahkamah Sesyen {home} menjatuhkan hukuman penjara enam tahun "
            "terhadap tertuduh.",
            "Sepupu saya pergi ke {country} untuk kerja {role}, pasportnya "
            "dirampas dan dia dipaksa menipu.",
            "Mangsa mendakwa dikurung dan dipukul jika tidak capai sasaran.",
            "{agency} merekodkan {n} kes serupa tahun ini.",
            "Mangsa dari {home} kini dibantu oleh {agency}.",
        ),
        "advice": (
            "Semak lesen agensi sebelum berangkat.",
            "Jangan guna visa pelancong untuk bekerja.",
            "Laporkan segera kepada {agency}.",
            "Majikan sah tidak meminta bayaran pendahuluan.",
            "Sila kongsikan maklumat ini.",
            "Jika ragu-ragu, hubungi talian {agency}.",
        ),
        "source": (
            "{home}: ",
            "Laporan {outlet}, {home} -",
            "[{home}|KUALA LUMPUR] ({outlet}) -",
            "Menurut laporan {outlet},",
        ),
        "quote": (
            '"Orang ramai dinasihatkan supaya tidak mudah percaya," kata {official}.',
            "Menurut {official}, suspek merekrut mangsa melalui {channel}.",
            "{official} berkata sebahagian mangsa menyeberang sempadan secara haram.",
        ),
        "forum": (
            "Ada sesiapa tahu ini kerja betul atau tidak? Katanya {flags}.",
            "Saya dapat mesej {channel} tawar kerja di {country}. Selamat ke?",
            "Adik saya ditawarkan {flags}. Macam mencurigakan.",
            "Ada sesiapa pernah kerja di {country}? Ejen kata {flags}, pelik.",
            "Pengalaman saya hampir ditipu ejen kerja ke {city}.",
        ),
        "quoted_ad": (
            "Contoh iklan yang tular:",
            "Ini mesej yang dihantar oleh ejen:",
            "Iklan yang digunakan sindiket:",
        ),
    },
    "zh": {
        "opener": (
            "警惕！[境外|海外]高薪招聘骗局",
            "⚠️ 反诈提醒 ⚠️",
            "注意：这些“高薪工作”都是陷阱",
            "公安机关提醒广大群众",
            "千万别去{country}！",
            "揭秘{country}电诈园区招募套路",
            "转发提醒家人朋友，别上当",
        ),
        "intro": (
            "近期{channel}上出现大量招聘{role}的广告，声称{flags}。",
            "骗子以{flags}为诱饵，把人骗到{country}从事电信诈骗。",
            "凡是声称{flags}的，基本都是骗局。",
            "不法分子通过{channel}联系求职者，承诺{flags}。",
            "“{flags}”是{country}诈骗园区招人的典型话术。",
            "不要相信宣称{flags}的招聘信息。",
            "不少求职者被“{role}，{flags}”的广告骗到境外。",
            "这类“{flags}”的招聘，十有八九是电诈园区在招人。",
            "有人在{channel}群里发“{flags}”，大家千万别信。",
        ),
        "story": (
            "{n}名从{country}{city}电诈园区解救的人员已被遣返回国。",
            "警方抓获两名招募人员，他们将{n}名{home}籍人员偷渡至{country}。",
            "法院以组织他人偷越国境罪判处被告人有期徒刑六年。",
            "我表弟去{country}做{role}，到了护照就被收走，被逼着搞诈骗。",
            "受害人称被关押殴打，完不成业绩还要交赎金才能回国。",
            "{agency}今年已接报{n}起类似案件。",
            "目前该{home}籍受害人已得到{agency}的帮助。",
        ),
        "advice": (
            "出国务工请通过正规渠道，核实中介资质。",
            "不要持旅游签证出境打工。",
            "发现类似信息请立即向{agency}举报。",
            "正规招聘不会先收费。",
            "请转发给身边的家人朋友。",
            "如有疑问，请拨打96110反诈专线。",
        ),
        "source": (
            "{outlet}{home}电 ",
            "据{outlet}报道，",
            "（{outlet}记者 {home}报道）",
            "本报讯 ",
        ),
        "quote": (
            "{official}提醒：“切勿轻信高薪招聘。”",
            "据{official}介绍，嫌疑人通过{channel}招募受害人。",
            "{official}表示，部分受害人是偷渡出境的。",
        ),
        "forum": (
            "求问这个工作靠谱吗？说是{flags}。",
            "有人在{channel}上找我去{country}上班，安全吗？",
            "回复：别去{country}，那是诈骗。",
            "有没有人去过{country}做{role}？朋友说{flags}，感觉不对劲。",
            "楼主亲身经历：去{country}之前一定要看这个帖子。",
        ),
        "quoted_ad": (
            "招聘广告原文如下：",
            "以下是骗子发的信息：",
            "网传招聘截图内容：",
        ),
    },
    "th": {
        "opener": (
            "เตือนภัย! งานต่างประเทศหลอกลวง",
            "⚠️ ระวังมิจฉาชีพหลอกไปทำงาน ⚠️",
            "อย่าหลงเชื่อ ประกาศรับสมัครงานที่{country}",
            "ประกาศเตือนประชาชน",
            "ตีแผ่ขบวนการหลอกคนไปทำงานแก๊งคอลเซ็นเตอร์",
            "ฝากแชร์ต่อ เพื่อไม่ให้ใครตกเป็นเหยื่อ",
        ),
        "intro": (
            "มีการโพสต์ใน{channel}รับสมัคร{role}ที่{country} อ้างว่า{flags}",
            "มิจฉาชีพใช้ข้อเสนอ{flags} หลอกคนไปทำงานแก๊งคอลเซ็นเตอร์",
            "หากมีใครเสนอ{flags} ให้สงสัยไว้ก่อนว่าเป็นการหลอกลวง",
            "ขบวนการนี้ติดต่อเหยื่อทาง{channel} และสัญญาว่า{flags}",
            'ข้อเสนอแบบ "{flags}" เป็นลักษณะของการหลอกไปทำงานใน{country}',
            "อย่าเชื่อประกาศงานที่อ้างว่า{flags}",
            'ประกาศงาน "{flags}" ส่วนใหญ่เป็นการหลอกไปทำงานผิดกฎหมาย',
            "มีการแชร์ข้อความใน{channel}ว่า{flags} อย่าหลงเชื่อ",
        ),
        "story": (
            "เหยื่อคนไทย {n} คนที่ได้รับการช่วยเหลือจาก{city} {country} เดินทางกลับถึงไทยแล้ว",
            "ตำรวจจับกุมนายหน้า 2 คน ที่ส่งคนจาก{home}ไป{country} {n} คน",
            "ศาลพิพากษาจำคุกจำเลยคดีค้ามนุษย์เป็นเวลา 6 ปี",
            "ญาติของฉันไปทำงาน{role}ที่{country} โดนยึดพาสปอร์ตและถูกบังคับให้หลอกคน",
            "ผู้เสียหายเล่าว่าถูกกักขังและทำร้ายร่างกายหากทำยอดไม่ถึง",
            "{agency}ระบุว่าปีนี้มีรายงานกรณีคล้ายกัน {n} ราย",
        ),
        "advice": (
            "ตรวจสอบบริษัทจัดหางานกับกรมการจัดหางานก่อนเดินทาง",
            "อย่าใช้วีซ่าท่องเที่ยวไปทำงาน",
            "หากพบเบาะแส แจ้ง{agency}ทันที",
            "งานจริงไม่เรียกเก็บเงินล่วงหน้า",
            "ฝากแชร์ให้ครอบครัวและเพื่อนๆ",
            "สอบถามสายด่วน 1694 ได้ตลอด 24 ชั่วโมง",
        ),
        "source": (
            "{outlet} รายงานว่า",
            "ผู้สื่อข่าว{outlet} จังหวัด{home} รายงานว่า",
            "({outlet}) {home} -",
        ),
        "quote": (
            '{official}กล่าวว่า "ขอเตือนประชาชนอย่าหลงเชื่อ"',
            "{official}เปิดเผยว่าผู้ต้องหาหาเหยื่อผ่าน{channel}",
            "{official}ระบุว่าผู้เสียหายบางรายลักลอบข้ามแดน",
        ),
        "forum": (
            "งานนี้จริงไหมคะ เขาบอกว่า{flags}",
            "มีคนทัก{channel}ชวนไปทำงานที่{country} ปลอดภัยไหมครับ",
            "ตอบกลับ: อย่าไปเลย นั่นคือแก๊งหลอกลวง",
            "เพื่อนชวนไปทำงานที่{country} บอกว่า{flags} ควรไปไหม",
            "ประสบการณ์ตรง: เกือบถูกหลอกไปทำงานที่{city}",
        ),
        "quoted_ad": (
            "ตัวอย่างโพสต์ที่มิจฉาชีพใช้:",
            "ข้อความที่นายหน้าส่งมา:",
            "ภาพประกาศที่ถูกแชร์:",
        ),
    },
    "vi": {
        "opener": (
            "CẢNH BÁO! Lừa đảo tuyển dụng đi làm việc ở nước ngoài",
            "⚠️ Cảnh giác với chiêu trò việc nhẹ lương cao ⚠️",
            "Đừng tin những lời mời làm việc tại {country}",
            "Công an khuyến cáo người dân",
            "Bóc trần đường dây lừa người sang {country}",
            "Hãy chia sẻ để người thân không trở thành nạn nhân",
        ),
        "intro": (
            "Trên {channel} xuất hiện nhiều bài tuyển {role} tại {country}, hứa hẹn "
            "{flags}.",
            "Các đối tượng dụ dỗ bằng {flags} rồi ép nạn nhân lừa đảo qua mạng.",
            "Nếu ai đó mời bạn {flags}, gần như chắc chắn đó là lừa đảo.",
            "Đường dây liên hệ nạn nhân qua {channel} và hứa {flags}.",
            'Những lời mời kiểu "{flags}" là dấu hiệu của các ổ lừa đảo ở {country}.',
            "Đừng tin quảng cáo tuyển dụng hứa hẹn {flags}.",
        ),
        "story": (
            "{n} công dân được giải cứu tại {city}, {country} đã về nước an toàn.",
            "Công an đã bắt giữ hai đối tượng đưa {n} người ở {home} sang {country}.",
            "Tòa án tuyên phạt bị cáo 6 năm tù về tội mua bán người.",
            "Em họ tôi sang {country} làm {role}, bị thu hộ chiếu và bắt đi lừa "
            "người khác.",
            "Các nạn nhân cho biết bị giam giữ, đánh đập nếu không đạt chỉ tiêu.",
            "{agency} đã ghi nhận {n} vụ tương tự trong năm nay.",
        ),
        "advice": (
            "Hãy kiểm tra giấy phép của công ty trước khi đi.",
            "Không dùng visa du lịch để đi làm việc.",
            "Báo ngay cho {agency} nếu phát hiện lời mời tương tự.",
            "Công việc thật không bắt đóng tiền trước.",
            "Hãy chia sẻ thông tin này tới gia đình và bạn bè.",
            "Nếu nghi ngờ, hãy gọi đường dây nóng của {agency}.",
        ),
        "source": (
            "({outlet}) - ",
            "Theo {outlet},",
            "Phóng viên {outlet} tại {home} cho biết,",
        ),
        "quote": (
            '"Người dân không nên tin vào những lời mời này", {official} cho biết.',
            "Theo {official}, các đối tượng tuyển người qua {channel}.",
            "{official} cho biết một số nạn nhân vượt biên trái phép.",
        ),
        "forum": (
            "Mọi người ơi việc này có thật không? Họ nói {flags}.",
            "Có người nhắn {channel} mời sang {country} làm việc, có an toàn không?",
            "Trả lời: Đừng đi bạn ơi, lừa đảo đấy.",
        ),
        "quoted_ad": (
            "Nội dung bài đăng như sau:",
            "Tin nhắn mà đối tượng gửi:",
            "Ảnh chụp quảng cáo đang lan truyền:",
        ),
    },
    "tl": {
        "opener": (
            "BABALA! Pekeng trabaho sa abroad",
            "⚠️ Mag-ingat sa job scam ⚠️",
            "Huwag maniwala sa alok na trabaho sa {country}",
            "Paalala mula sa {agency}",
            "Paano nire-recruit ng sindikato ang mga biktima",
            "I-share para walang ibang mabiktima",
        ),
        "intro": (
            "Kumakalat sa {channel} ang alok na {role} sa {country} na may {flags}.",
            "Ang mga biktima ay pinangakuan ng {flags} pero pinilit mang-scam online.",
            "Kapag may nag-alok sa iyo ng {flags}, scam yan.",
            "Sa {channel} kinakausap ng mga recruiter ang biktima at nangangako ng "
            "{flags}.",
            'Ang mga alok na "{flags}" ay palatandaan ng recruitment sa scam hub '
            "sa {country}.",
            "Huwag magtiwala sa ad na nangangako ng {flags}.",
        ),
        "story": (
            "{n} Pilipinong nasagip mula sa scam hub sa {city}, {country} ang "
            "nakauwi na.",
            "Inaresto ng pulis ang dalawang recruiter na nagpadala ng {n} tao mula "
            "{home} papuntang {country}.",
            "Hinatulan ng korte ng anim na taong pagkakakulong ang akusado sa "
            "human trafficking.",
            "Yung pinsan ko pumunta sa {country} para sa {role}, kinuha ang "
            "passport niya at pinilit siyang mang-scam.",
            "Ayon sa mga biktima, ikinulong sila at sinaktan kapag hindi naabot ang "
            "quota.",
            "May {n} kaparehong kaso na naitala ang {agency} ngayong taon.",
        ),
        "advice": (
            "Alamin muna kung lisensyado ang agency bago umalis.",
            "Huwag umalis gamit ang tourist visa para magtrabaho.",
            "I-report agad sa {agency} ang ganitong alok.",
            "Ang totoong employer ay hindi naniningil ng bayad.",
            "Paki-share po sa pamilya at mga kaibigan.",
            "Kung may duda, tumawag sa hotline ng {agency}.",
        ),
        "source": (
            "{home} ({outlet}) —",
            "Ayon sa ulat ng {outlet},",
            "[MANILA|{home}], Philippines — ",
        ),
        "quote": (
            '"Huwag po tayong basta maniwala," sabi ng {official}.',
            "Ayon sa {official}, sa {channel} nire-recruit ang mga biktima.",
            "Sinabi ng {official} na ilan sa mga biktima ay dumaan sa backdoor.",
        ),
        "forum": (
            "Legit po ba ito? Sabi nila {flags}.",
            "May nag-message sa {channel} na may trabaho sa {country}. Safe ba?",
            "Re: Trabaho sa {country}? Wag na pre, scam yan.",
            "May nakapunta na ba sa {country}? Inalok ako ng {flags}, parang sketchy.",
            "Kwento ko lang: muntik na akong ma-recruit papuntang {city}.",
        ),
        "quoted_ad": (
            "Ganito ang itsura ng post:",
            "Ito ang message ng recruiter:",
            "Screenshot ng ad na kumakalat:",
        ),
    },
    "km": KM.KM_WARN,
}

# Ways a warning is put together: sequences of WARN pool names; "flagsent" is
# an intro sentence, "ad" a quoted generated scam ad.
WARN_KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "awareness": (
        ("opener", "intro", "advice", "advice"),
        ("opener", "quoted_ad", "ad", "intro", "advice"),
        ("opener", "intro", "story", "advice"),
        ("intro", "advice"),
    ),
    "official": (
        ("opener", "intro", "quote", "advice"),
        ("opener", "story", "advice", "advice"),
        ("quote", "intro", "advice"),
        ("opener", "story", "intro", "advice"),
    ),
    "news": (
        ("source", "story", "quote", "intro"),
        ("source", "story", "intro", "quote", "advice"),
        ("opener", "source", "story", "story", "quote"),
        ("source", "quote", "story"),
    ),
    "court_police": (
        ("story", "story", "quote"),
        ("source", "story", "quote", "story"),
        ("story", "intro", "quote"),
        ("source", "story", "story"),
    ),
    "personal": (
        ("story", "intro", "advice"),
        ("opener", "story", "story", "advice"),
        ("story", "quoted_ad", "ad", "advice"),
        ("story", "advice"),
    ),
    "forum": (
        ("forum", "forum"),
        ("forum", "quoted_ad", "ad"),
        ("forum", "story", "advice"),
        ("forum", "intro"),
    ),
}

# --- other scams and promotions (not recruitment) --------------------------

PROMO: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "prize": (
            "Selamat! Nomor anda terpilih sebagai pemenang undian {prize} dari "
            "[Shopee|Bank BRI|Telkomsel]. Info hubungi {phone}",
            "PEMENANG HADIAH {prize}! Klaim sekarang di {url} sebelum hangus.",
            "Anda mendapatkan cek tunai {prize}. Segera konfirmasi ke admin "
            "{phone}. PIN pemenang: {pin}",
            "Program undian berhadiah {prize}, nomor anda beruntung. Kirim data "
            "diri ke {phone}",
        ),
        "loan": (
            "Butuh dana cepat? Pinjaman {amount} cair 1 jam tanpa agunan, cukup "
            "KTP. WA {phone}",
            "PINJOL resmi, bunga rendah, limit hingga {amount}. Daftar di {url}",
            "Dana tunai {amount} tanpa BI checking, proses mudah. Hub {phone}",
            "Kredit multiguna jaminan BPKB, pencairan {amount}. Info: {phone}",
        ),
        "judol": (
            "SLOT GACOR hari ini 🔥 deposit 10rb WD {amount}!! Daftar di {url}",
            "Main di {site} auto maxwin, bonus new member 100% 🎰",
            "Situs {site} paling gacor, pasti JP, link di bio",
            "Modal receh jadi {amount}, cuma di {site}. Kode referal GACOR88",
        ),
        "invest": (
            "Investasi emas digital profit 30% per bulan, modal mulai {amount}. "
            "Gabung grup {channel}",
            "Trading crypto dibimbing mentor, pasti cuan! Join {channel} {url}",
            "Titip dana {amount} dapat return 10% per minggu, aman dan "
            "terpercaya. WA {phone}",
            "Peluang bisnis robot trading, passive income {amount} per bulan.",
        ),
    },
    "en": {
        "prize": (
            "Congratulations! Your number has won {prize} in the [Coca-Cola|Shell|"
            "Google] promo. Call {phone} to claim.",
            "You are today's lucky winner of {prize}! Claim at {url} within 24 hours.",
            "Dear customer, you have been selected to receive {prize}. Reply with "
            "your full name and bank details.",
            "FINAL NOTICE: your prize of {prize} is waiting. Claim code {pin}.",
        ),
        "loan": (
            "Need cash fast? Loans up to {amount} approved in 5 minutes, no "
            "credit check. Text {phone}",
            "Instant personal loan, low interest, apply at {url}",
            "Get {amount} today with just one valid ID. Message us on {channel}.",
            "Pre-approved credit line of {amount}. Activate now: {url}",
        ),
        "judol": (
            "Best online casino 🎰 deposit $10 get {amount} bonus!! Play at {site}",
            "Spin to win at {site}, daily jackpot {amount}, register now",
            "Sabong and slots online, cash out anytime. Link: {url}",
            "Free 100 credits for new players at {site} 🔥",
        ),
        "invest": (
            "Earn 20% profit every week with our crypto trading bot. Join "
            "{channel} {url}",
            "Invest {amount} and get double in 30 days, guaranteed.",
            "Forex signals with 95% win rate, VIP group on {channel}.",
            "Limited slots: gold investment plan, returns up to 40% monthly.",
        ),
    },
    "ms": {
        "prize": (
            "Tahniah! Nombor anda memenangi cabutan bertuah {prize}. Hubungi "
            "{phone} untuk tuntutan.",
            "Anda pemenang hadiah {prize}! Tuntut di {url} sebelum tamat tempoh.",
            "Peraduan {prize}, nombor anda bertuah. Hantar butiran diri ke {phone}",
            "Anda terpilih menerima baucar {prize}. Sahkan di {url} sekarang.",
            "MENANG {prize}! Bayar kos penghantaran dahulu, hubungi {phone}",
        ),
        "loan": (
            "Perlukan wang segera? Pinjaman peribadi sehingga {amount} lulus "
            "cepat, tanpa penjamin. WS {phone}",
            "Pinjaman tanpa CTOS/CCRIS, bayaran bulanan rendah. Mohon di {url}",
            "Dapatkan {amount} hari ini dengan IC sahaja. Hubungi {channel}.",
            "Pinjaman koperasi penjawat awam, lulus pantas sehingga {amount}.",
            "Blacklist pun boleh mohon, {amount} masuk akaun hari ini. WS {phone}",
        ),
        "judol": (
            "Kasino online terbaik 🎰 deposit RM10 dapat bonus {amount}! Main di "
            "{site}",
            "Slot paling gacor di {site}, cuci cepat, daftar sekarang",
            "Free kredit RM50 untuk ahli baru di {site} 🔥",
        ),
        "invest": (
            "Pelaburan emas pulangan 25% sebulan, modal dari {amount}. Sertai "
            "{channel}",
            "Robot trading forex, pendapatan pasif {amount} sebulan.",
            "Labur {amount}, untung berganda dalam 30 hari. WS {phone}",
        ),
    },
    "zh": {
        "prize": (
            "恭喜您被抽中{prize}大奖！请联系{phone}领取。",
            "尊敬的客户，您获得{prize}，请点击{url}领取，24小时内有效。",
            "您的手机号中奖{prize}，领奖码{pin}。",
            "【幸运抽奖】您已获得{prize}，点击{url}填写收货信息。",
            "恭喜中奖！奖品{prize}，需先支付手续费才能领取，联系{phone}",
        ),
        "loan": (
            "急用钱？无抵押贷款{amount}，当天到账，不看征信。加{channel}咨询",
            "低息网贷，额度最高{amount}，秒批秒到。{url}",
            "凭身份证即可借{amount}，联系{phone}",
            "学生贷、工薪贷，最高可借{amount}，利息低，{url}",
            "信用卡逾期也能借，{amount}两小时放款，微信{phone}",
        ),
        "judol": (
            "🎰 线上娱乐城，首充送{amount}，天天返水！{url}",
            "{site}百家乐、老虎机，提款秒到账，注册送彩金",
            "新会员注册即送100元体验金，{site}",
            "体育投注、真人视讯，充值送{amount}，网址{url}",
            "每日签到送彩金，{site}老虎机爆分不停",
        ),
        "invest": (
            "数字货币量化交易，每周收益20%，老师带单，进群{channel}",
            "投资{amount}，30天翻倍，稳赚不赔。",
            "黄金理财项目，月收益30%，名额有限。",
            "跟着导师炒币，一个月赚{amount}，名额有限快加{channel}",
            "原始股内部认购，稳赚高收益，详情私聊",
        ),
    },
    "th": {
        "prize": (
            "ยินดีด้วย! หมายเลขของคุณได้รับรางวัล {prize} ติดต่อรับรางวัลที่ {phone}",
            "คุณคือผู้โชคดีได้รับ {prize} กดรับที่ {url} ภายใน 24 ชั่วโมง",
            "แจ้งผู้ได้รับรางวัล {prize} รหัสรับรางวัล {pin}",
            "ขอแสดงความยินดี คุณได้รับ{prize} กรุณายืนยันตัวตนที่ {url}",
            "ลุ้นรับ{prize} แค่โอนค่าธรรมเนียมก่อน ติดต่อ {phone}",
        ),
        "loan": (
            "เงินด่วน อนุมัติไว {amount} ไม่เช็คบูโร แอดไลน์ {channel}",
            "สินเชื่อออนไลน์ ดอกเบี้ยต่ำ วงเงินสูงสุด {amount} สมัครที่ {url}",
            "กู้เงินใช้บัตรประชาชนใบเดียว รับ {amount} โทร {phone}",
            "อนุมัติง่าย ไม่ต้องมีคนค้ำ กู้ได้ {amount} ทักไลน์ {channel}",
            "ต้องการเงินด่วน รับ {amount} ภายในวันนี้ โทร {phone}",
        ),
        "judol": (
            "🎰 สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ โบนัส {amount} สมัครเลย {url}",
            "{site} บาคาร่าออนไลน์ แตกง่าย จ่ายจริง",
            "สมาชิกใหม่รับเครดิตฟรี 100 ที่ {site}",
            "เว็บพนันออนไลน์ แทงบอล คาสิโน ฝากครั้งแรกรับโบนัส {amount}",
            "หวยออนไลน์ จ่ายสูงสุดบาทละ 900 สมัครที่ {site}",
        ),
        "invest": (
            "ลงทุนคริปโต กำไร 20% ต่อสัปดาห์ เข้ากลุ่ม {channel}",
            "ลงทุน {amount} ได้คืนสองเท่าใน 30 วัน การันตี",
            "ออมทองออนไลน์ ผลตอบแทนสูงถึง 30% ต่อเดือน",
            "ชวนลงทุนหุ้นออนไลน์ ปันผลทุกวัน กำไรแน่นอน",
            "เทรดทองกับโค้ช รายได้ {amount} ต่อเดือน ทักไลน์ {channel}",
        ),
    },
    "vi": {
        "prize": (
            "Chúc mừng! Số điện thoại của bạn đã trúng thưởng {prize}. Liên hệ "
            "{phone} để nhận.",
            "Bạn là khách hàng may mắn nhận {prize}, nhận quà tại {url} trong 24h.",
            "Mã nhận thưởng {prize} của bạn là {pin}.",
            "Quý khách đã trúng {prize}, vui lòng xác nhận tại {url}",
            "Tri ân khách hàng: tặng {prize}, nộp phí nhận quà qua {phone}",
        ),
        "loan": (
            "Vay tiền nhanh {amount}, giải ngân trong ngày, không cần thế chấp. "
            "Zalo {phone}",
            "Vay online lãi suất thấp, hạn mức đến {amount}. Đăng ký {url}",
            "Chỉ cần CCCD vay ngay {amount}. Nhắn {channel}",
            "Hỗ trợ vay tiêu dùng {amount}, nợ xấu vẫn duyệt. Zalo {phone}",
            "Vay qua app, nhận {amount} trong 15 phút: {url}",
        ),
        "judol": (
            "🎰 Nhà cái uy tín, nạp 100k tặng {amount}! Chơi tại {site}",
            "{site} tài xỉu, nổ hũ, rút tiền siêu tốc",
            "Tặng 100k cho thành viên mới tại {site}",
        ),
        "invest": (
            "Đầu tư tiền ảo lợi nhuận 20% mỗi tuần, tham gia nhóm {channel}",
            "Góp vốn {amount}, nhân đôi sau 30 ngày, cam kết không lỗ.",
            "Đầu tư vàng online, lãi đến 30% mỗi tháng.",
        ),
    },
    "tl": {
        "prize": (
            "Congrats! Nanalo ang number mo ng {prize} sa raffle. Tumawag sa "
            "{phone} para i-claim.",
            "Ikaw ang lucky winner ng {prize}! I-claim sa {url} ngayon.",
            "Claim code mo para sa {prize}: {pin}",
            "Binabati ka! Ikaw ay napili para sa {prize}. I-verify sa {url}",
            "Nanalo ka ng {prize}, magbayad muna ng processing fee sa GCash {phone}",
        ),
        "loan": (
            "Kailangan ng pera? Loan hanggang {amount}, approved agad, walang "
            "collateral. Text {phone}",
            "Online pautang, mababang interes. Apply sa {url}",
            "Isang valid ID lang, makaka-loan ka ng {amount}. Message sa {channel}",
            "Salary loan na walang collateral, hanggang {amount}. Apply na sa {url}",
            "Pautang 5-6 online, mabilis ang release. Text {phone}",
        ),
        "judol": (
            "🎰 Online casino, deposit ₱100 bonus {amount}! Laro na sa {site}",
            "E-sabong at slots sa {site}, mabilis ang cash out",
            "Libreng 100 credits sa bagong player ng {site}",
        ),
        "invest": (
            "Kumita ng 20% kada linggo sa crypto trading. Join {channel}",
            "Mag-invest ng {amount}, doble sa loob ng 30 araw, sure ball.",
            "Paluwagan investment, 30% tubo kada buwan.",
            "Double your money sa loob ng 15 araw, legit payout! Join {channel}",
            "Crypto mining investment, kita {amount} kada linggo",
        ),
    },
    "km": KM.KM_PROMO,
}

# --- other texts ------------------------------------------------------------

OTHER: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "listing": (
            "DIJUAL {item}, kondisi mulus, surat lengkap. Harga {price}. "
            "Minat WA {phone}",
            "Jual cepat {item} [BU|butuh uang], {price} nego tipis. COD {home}. "
            "Hub {phone}",
            "For sale {item} second, pemakaian pribadi. {price}. Lokasi {home}",
            "Disewakan rumah 2 kamar di {home}, {price} per tahun. Hubungi {phone}",
        ),
        "lost": (
            "DICARI! {pet} hilang di sekitar {home} sejak kemarin. Imbalan "
            "{reward} bagi yang menemukan. Hub {phone}",
            "Tolong bantu share, {pet} kami hilang. Ada imbalan {reward}. WA {phone}",
            "Kehilangan dompet coklat berisi KTP di {home}. Imbalan {reward}.",
        ),
        "greeting": (
            "Selamat pagi semua, semoga hari ini lancar ya 🙏",
            "Selamat Hari Raya Idul Fitri, mohon maaf lahir dan batin",
            "Selamat ulang tahun bu, sehat selalu!",
            "Terima kasih sudah mampir, semoga berkah 😊",
        ),
        "chat": (
            "Nanti sore jadi ketemu di {home}? Aku otw jam 5",
            "wkwk iya bener, besok aja ya",
            "Bu, anaknya sudah dijemput belum?",
            "Ada yang tahu tukang servis AC di {home} yang bagus?",
        ),
        "recipe": (
            "Resep nasi goreng kampung: bawang merah, bawang putih, cabai, kecap. "
            "Tumis bumbu lalu masukkan nasi.",
            "Cara membuat bolu kukus: kocok telur dan gula, masukkan tepung, kukus "
            "20 menit.",
            "Sambal matah ala Bali: iris bawang merah, serai, cabai, beri minyak "
            "panas dan jeruk limau.",
        ),
        "travel": (
            "Paket tour {place} 4H3M mulai {price}/orang, sudah termasuk tiket "
            "pesawat PP, hotel dan makan. Info {phone}",
            "Open trip {place}! Free tiket pesawat untuk 2 orang pertama. DM kami.",
            "Promo liburan ke {place}, hotel + tiket pesawat {price}. Booking via WA "
            "{phone}",
        ),
        "scholarship": (
            "Beasiswa S2 ke {place}, bebas biaya kuliah dan tunjangan hidup. "
            "Pendaftaran sampai 30 Juni di {url}",
            "Info beasiswa LPDP 2025: syarat IPK minimal 3.0, TOEFL 550.",
            "Pendaftaran beasiswa pertukaran pelajar ke Jepang dibuka, gratis tiket "
            "pesawat dan asrama.",
        ),
        "notice": (
            "Pengumuman: kerja bakti warga RT 05 hari Minggu jam 7 pagi.",
            "Info pemadaman listrik di {home} besok pukul 09.00-15.00.",
            "Arisan ibu-ibu bulan ini di rumah Bu Sri ya.",
        ),
    },
    "en": {
        "listing": (
            "FOR SALE: {item}, excellent condition, one owner. {price}. WhatsApp "
            "{phone}",
            "Selling my {item}, {price}, pickup in {home}. DM or text {phone}",
            "{item} for sale, {price}, papers complete. Serious buyers only.",
            "Room for rent in {home}, {price} a month, utilities included. Call "
            "{phone}",
        ),
        "lost": (
            "LOST: {pet} missing near {home} since Sunday. Reward {reward} for "
            "any information. Call {phone}",
            "Please share! Our {pet} ran away. {reward} reward. WhatsApp {phone}",
            "Lost wallet with ID cards in {home}. Reward {reward} if found.",
        ),
        "greeting": (
            "Good morning everyone, have a blessed day 🙏",
            "Happy birthday! Wishing you all the best.",
            "Merry Christmas and a happy new year to all of you!",
            "Thanks for having us, see you soon 😊",
        ),
        "chat": (
            "Are we still meeting at {home} later? I'll be there by 5",
            "lol yes exactly, let's do it tomorrow",
            "Did you pick up the kids already?",
            "Anyone know a good aircon repair guy in {home}?",
        ),
        "recipe": (
            "Chicken adobo: chicken, soy sauce, vinegar, garlic, bay leaves. "
            "Simmer for 40 minutes.",
            "Easy banana bread: mash 3 bananas, mix with flour, sugar and eggs, "
            "bake at 180C for 50 minutes.",
            "Pad thai at home: soak rice noodles, fry with egg, tofu and tamarind "
            "sauce.",
        ),
        "travel": (
            "{place} tour package 4D3N from {price} per person, including return "
            "flights, hotel and breakfast. Book at {phone}",
            "Holiday deal: {place} with free flights for 2, limited seats! DM us.",
            "Weekend getaway to {place}, hotel + flight {price}. Enquire on "
            "WhatsApp {phone}",
        ),
        "scholarship": (
            "Fully funded master's scholarship in {place}: tuition, flights and a "
            "monthly stipend. Apply by 30 June at {url}",
            "Scholarship alert: undergraduates with GPA 3.0+ can apply for the "
            "exchange programme.",
            "Study in Taiwan! Free tuition and dormitory for ASEAN students.",
        ),
        "notice": (
            "Notice: the community clean-up is on Sunday at 7 am.",
            "Power interruption in {home} tomorrow from 9 am to 3 pm.",
            "Choir practice moved to Thursday this week.",
        ),
    },
    "ms": {
        "listing": (
            "DIJUAL {item}, keadaan baik, pemilik pertama. {price}. WS {phone}",
            "Nak jual {item}, {price}, boleh runding. Lokasi {home}.",
            "Rumah untuk disewa di {home}, {price} sebulan. Hubungi {phone}",
            "Jual {item} murah, {price}. Boleh COD sekitar {home}.",
            "Bilik untuk disewa, {price} sebulan, dekat stesen LRT.",
        ),
        "lost": (
            "HILANG: {pet} hilang di kawasan {home}. Ganjaran {reward} kepada yang "
            "menjumpai. Hubungi {phone}",
            "Tolong kongsi, {pet} kami hilang. Ada ganjaran {reward}.",
        ),
        "greeting": (
            "Selamat pagi semua, semoga dipermudahkan urusan 🙏",
            "Selamat Hari Raya Aidilfitri, maaf zahir dan batin",
            "Selamat hari jadi, semoga sihat selalu!",
        ),
        "chat": (
            "Petang nanti jumpa kat {home}? Aku sampai pukul 5",
            "haha betul tu, esok je lah",
            "Ada sesiapa tahu kedai repair aircond yang bagus kat {home}?",
        ),
        "recipe": (
            "Resipi nasi lemak: santan, daun pandan, halia. Masak nasi dengan "
            "santan, hidang dengan sambal.",
            "Cara buat kuih seri muka: pulut, santan, telur dan daun pandan.",
        ),
        "travel": (
            "Pakej percutian ke {place} 4H3M dari {price} seorang, termasuk tiket "
            "penerbangan dan hotel. WS {phone}",
            "Promosi cuti sekolah: {place} dengan tiket kapal terbang percuma!",
        ),
        "scholarship": (
            "Biasiswa penuh ijazah sarjana di {place}: yuran, tiket penerbangan dan "
            "elaun bulanan. Mohon di {url}",
            "Permohonan biasiswa JPA kini dibuka untuk lepasan SPM.",
        ),
        "notice": (
            "Makluman: gotong-royong kampung pada hari Ahad jam 8 pagi.",
            "Gangguan bekalan air di {home} esok dari 9 pagi hingga 5 petang.",
        ),
    },
    "zh": {
        "listing": (
            "出售{item}，九成新，{price}，有意者加微信或电话{phone}",
            "转让{item}，价格{price}，{home}自提。",
            "{home}两室一厅出租，月租{price}，拎包入住。",
            "闲置{item}便宜出，{price}，{home}同城面交。",
            "急售{item}，价格{price}，联系{phone}",
        ),
        "lost": (
            "寻猫启事：{home}走失一只{pet}，有知情者重谢{reward}！电话{phone}",
            "我家{pet}走丢了，请大家帮忙转发，酬谢{reward}。",
        ),
        "greeting": (
            "大家早上好，祝大家今天顺顺利利🙏",
            "新年快乐，万事如意！",
            "生日快乐，身体健康！",
            "中秋节快乐，阖家团圆！",
            "早安，今天也要加油哦☀️",
        ),
        "chat": (
            "下午在{home}见面吗？我五点到",
            "哈哈是的，那明天再说吧",
            "有人知道{home}哪里修空调比较好吗？",
            "今晚吃什么？我请客",
            "明天几点的车？我去接你",
        ),
        "recipe": (
            "红烧肉做法：五花肉焯水，加冰糖炒糖色，加生抽老抽炖一小时。",
            "番茄炒蛋：鸡蛋打散炒熟盛出，番茄炒软后放入鸡蛋。",
        ),
        "travel": (
            "{place}5天4晚跟团游，{price}起，含往返机票和酒店。咨询{phone}",
            "暑期特惠：{place}自由行，机票+酒店套餐，名额有限！",
        ),
        "scholarship": (
            "{place}全额奖学金硕士项目：免学费、含机票和生活补贴。{url}",
            "台湾奖学金开始申请，东盟学生免学费住宿。",
        ),
        "notice": (
            "通知：本小区周日上午停水，请提前储水。",
            "物业提醒：{home}片区明天停电检修。",
        ),
    },
    "th": {
        "listing": (
            "ขาย{item} สภาพดี ราคา {price} สนใจโทร {phone}",
            "ขายด่วน {item} {price} นัดรับที่{home}ได้",
            "ให้เช่าบ้าน 2 ห้องนอน ย่าน{home} เดือนละ {price}",
            "ขายบ้านพร้อมที่ดิน {home} ราคา {price}",
            "ปล่อย{item} มือสอง {price} ส่งฟรี",
        ),
        "lost": (
            "ตามหา{pet} หายแถว{home} ใครพบเห็นมีรางวัล {reward} โทร {phone}",
            "ช่วยแชร์ด้วยค่ะ {pet}หายออกจากบ้าน มีสินน้ำใจ {reward}",
        ),
        "greeting": (
            "สวัสดีตอนเช้าค่ะ ขอให้ทุกคนมีความสุขนะคะ 🙏",
            "สุขสันต์วันเกิดนะ ขอให้สุขภาพแข็งแรง",
            "สวัสดีปีใหม่ค่ะ",
        ),
        "chat": (
            "เย็นนี้เจอกันที่{home}ไหม เดี๋ยวไปถึงห้าโมง",
            "555 ใช่เลย งั้นพรุ่งนี้นะ",
            "ใครรู้จักร้านซ่อมแอร์แถว{home}บ้างคะ",
            "กินข้าวยังจ๊ะ",
            "พรุ่งนี้ว่างไหม ไปเที่ยวกัน",
        ),
        "recipe": (
            "วิธีทำต้มยำกุ้ง: ต้มน้ำใส่ตะไคร้ ข่า ใบมะกรูด ใส่กุ้ง ปรุงด้วยน้ำปลาและมะนาว",
            "ผัดกะเพราหมูสับ: ผัดกระเทียมพริก ใส่หมู ปรุงรส ใส่ใบกะเพรา",
        ),
        "travel": (
            "ทัวร์{place} 4 วัน 3 คืน ราคา {price} รวมตั๋วเครื่องบินไปกลับและโรงแรม โทร {phone}",
            "โปรเที่ยว{place} บินฟรีสำหรับ 2 ท่านแรก จองด่วน!",
        ),
        "scholarship": (
            "ทุนการศึกษาปริญญาโทที่{place} ฟรีค่าเล่าเรียน ตั๋วเครื่องบิน และค่าครองชีพ {url}",
            "เปิดรับสมัครทุนแลกเปลี่ยนนักเรียนไปญี่ปุ่น",
        ),
        "notice": (
            "ประกาศ: หมู่บ้านจะมีการพัฒนาทำความสะอาดวันอาทิตย์ 7 โมงเช้า",
            "แจ้งดับไฟในพื้นที่{home} พรุ่งนี้ 9.00-15.00 น.",
            "ขอเชิญร่วมทำบุญที่วัดวันเสาร์นี้",
            "ประกาศ: ตลาดนัดปิดปรับปรุง 3 วัน",
        ),
    },
    "vi": {
        "listing": (
            "Cần bán {item}, còn mới, giá {price}. Liên hệ Zalo {phone}",
            "Bán gấp {item} giá {price}, xem xe tại {home}.",
            "Cho thuê phòng trọ tại {home}, {price}/tháng, điện nước riêng.",
            "Thanh lý {item} giá {price}, ai cần ib.",
            "Bán đất {home}, giá {price}, sổ đỏ chính chủ.",
        ),
        "lost": (
            "TÌM {pet} bị lạc ở khu vực {home}. Hậu tạ {reward} cho ai tìm thấy. "
            "ĐT {phone}",
            "Nhờ mọi người chia sẻ giúp, {pet} nhà mình bị lạc, hậu tạ {reward}.",
        ),
        "greeting": (
            "Chào buổi sáng cả nhà, chúc mọi người một ngày vui vẻ 🙏",
            "Chúc mừng năm mới, an khang thịnh vượng!",
            "Chúc mừng sinh nhật, luôn mạnh khỏe nhé!",
        ),
        "chat": (
            "Chiều nay gặp ở {home} nhé, 5h mình tới",
            "haha đúng rồi, để mai nha",
            "Có ai biết chỗ sửa điều hòa uy tín ở {home} không?",
        ),
        "recipe": (
            "Cách nấu phở bò: ninh xương bò 6 tiếng với quế, hồi, gừng nướng.",
            "Gỏi cuốn: bánh tráng, bún, tôm, thịt, rau sống, chấm nước mắm.",
        ),
        "travel": (
            "Tour {place} 4 ngày 3 đêm chỉ từ {price}, bao vé máy bay khứ hồi và "
            "khách sạn. Gọi {phone}",
            "Khuyến mãi du lịch {place}: miễn phí vé máy bay cho 2 khách đầu tiên!",
        ),
        "scholarship": (
            "Học bổng thạc sĩ toàn phần tại {place}: miễn học phí, vé máy bay và "
            "sinh hoạt phí. {url}",
            "Thông báo tuyển sinh học bổng trao đổi sinh viên đi Nhật Bản.",
        ),
        "notice": (
            "Thông báo: tổ dân phố tổng vệ sinh vào sáng Chủ nhật.",
            "Lịch cúp điện khu vực {home} ngày mai từ 9h đến 15h.",
        ),
    },
    "tl": {
        "listing": (
            "FOR SALE: {item}, good condition, {price}. Text {phone}",
            "Benta ko na {item}, {price} lang, meet up sa {home}.",
            "Room for rent sa {home}, {price} kada buwan. Message {phone}",
            "Pre-loved {item}, {price}, meet up {home}. PM lang",
            "House and lot for sale sa {home}, {price}",
        ),
        "lost": (
            "NAWAWALA: {pet} sa may {home}. May pabuya na {reward} sa makakakita. "
            "Tumawag sa {phone}",
            "Pa-share po, nawala ang {pet} namin. Pabuya {reward}.",
        ),
        "greeting": (
            "Magandang umaga po sa lahat, God bless 🙏",
            "Maligayang kaarawan! Ingat palagi.",
            "Maligayang Pasko at Manigong Bagong Taon!",
        ),
        "chat": (
            "Tuloy ba tayo mamaya sa {home}? Andun ako ng 5",
            "haha oo nga, bukas na lang",
            "May kilala ba kayong magaling mag-repair ng aircon sa {home}?",
        ),
        "recipe": (
            "Sinigang na baboy: pakuluan ang baboy, lagyan ng sampalok, kamatis at "
            "gulay.",
            "Pancit canton: igisa ang bawang at sibuyas, ilagay ang gulay at noodles.",
        ),
        "travel": (
            "{place} tour package 3D2N, {price} per head, kasama na ang round-trip "
            "flights at hotel. Text {phone}",
            "Promo: libreng pamasahe papuntang {place} para sa unang 2 bookings!",
        ),
        "scholarship": (
            "Full scholarship para sa master's sa {place}: libreng tuition, plane "
            "ticket at allowance. {url}",
            "Bukas na ang aplikasyon para sa DOST scholarship.",
        ),
        "notice": (
            "Paalala: may clean-up drive sa barangay sa Linggo, 7 am.",
            "Walang kuryente sa {home} bukas mula 9 am hanggang 3 pm.",
            "Anunsyo: libreng bakuna sa barangay hall sa Sabado.",
            "Walang tubig bukas sa {home} mula 8 am.",
        ),
    },
    "km": KM.KM_OTHER,
}

# Texts with no language at all: a number, a link, a handful of emoji.
BARE: dict[str, tuple[str, ...]] = {
    "number": ("{n}", "{big}", "+{phone}", "{phone}", "Rp {big}", "${n}", "{n}.{n}"),
    "url": (
        "https://{domain}/{path}",
        "{domain}",
        "www.{domain}",
        "http://{domain}/{path}?id={n}",
        "bit.ly/{path}",
        "https://t.me/{path}",
    ),
    "emoji": ("👍", "🙏🙏", "😂😂😂", "ok", "👍 thanks", "❤️", "ok sip"),
}
DOMAINS: tuple[str, ...] = (
    "example.com",
    "kompas.com",
    "shopee.co.id",
    "lazada.com.my",
    "google.com",
    "facebook.com",
    "youtube.com",
    "tokopedia.com",
    "mydomain.net",
    "news.site",
)


# --- second batch (``doctype_phrases_more``), appended to every pool --------


def _appended(
    base: dict[str, dict[str, tuple[str, ...]]],
    more: dict[str, dict[str, tuple[str, ...]]],
) -> dict[str, dict[str, tuple[str, ...]]]:
    """``base`` with ``more``'s templates after its own (new pools added).

    Appending keeps every first-batch template at its index, so the
    every-fourth-template held-out split applies to both batches alike.
    """
    out = {lang: dict(pools) for lang, pools in base.items()}
    for lang, pools in more.items():
        for name, templates in pools.items():
            out[lang][name] = out[lang].get(name, ()) + templates
    return out


WARN = _appended(WARN, MORE.MORE_WARN)
PROMO = _appended(_appended(PROMO, MORE.MORE_PROMO), MORE.MORE_PROMO_COMMENTS)
OTHER = _appended(_appended(OTHER, MORE.MORE_OTHER), MORE.MORE_OTHER_COMMENTS)
WARN_KINDS = {
    kind: layouts + MORE.MORE_WARN_KINDS.get(kind, ())
    for kind, layouts in WARN_KINDS.items()
}
