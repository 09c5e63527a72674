# ruff: noqa: E501  (template sentences are kept whole)
"""Generated hard legitimate ads for training (label 0).

Legitimate ads that share the scam ads' vocabulary: official G-to-G
placement, licensed agencies quoting their licence, apprenticeship schemes,
jobs at banks, hotels and NGOs in Cambodia, Myanmar and Laos, Mandarin or
well-paid customer service at home, Philippine call centres, and small
businesses hiring through Instagram DMs. Without them the model learned that
"customer service", "Mandarin", "DM" or a Mekong city alone mean a scam.

The templates, wording and seed are this module's own; the evaluation slices
(``training.generate.robustness_slices``, ``data/slices/``) are written from
different templates, so the figures there are not measured on what the model
was trained on. Ad ``i`` of seed ``s`` depends only on ``(s, i)``.
"""

from __future__ import annotations

import random

import pandas as pd

from training.generate.ads import COLUMNS

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "g2g": {
        "id": [
            "Informasi resmi: seleksi calon pekerja migran skema Government to "
            "Government ke {g2g_country} sektor {sector} dibuka {month}. Daftar "
            "mandiri di portal pemerintah, tes bahasa di {city}. Seluruh proses "
            "tanpa pungutan; laporkan calo ke hotline resmi.",
            "Dinas Tenaga Kerja {city} menyampaikan jadwal sosialisasi program G to G "
            "{g2g_country} untuk lulusan SMK. Bawa KTP dan ijazah asli. Kontrak "
            "dijelaskan sebelum penandatanganan di kantor dinas.",
        ],
        "en": [
            "Public announcement: the labour ministry invites applications for the "
            "government-to-government {g2g_country} placement in {sector}. Register "
            "on the official portal only; language and skills tests are held in "
            "{city}. There is no fee.",
            "The {g2g_country} G2G programme for {sector} workers reopens in {month}. "
            "Candidates sign a standard contract at the labour office before "
            "departure and attend pre-departure orientation.",
        ],
        "th": [
            "กรมการจัดหางานประกาศรับสมัครคนหางานไปทำงานเกาหลีใต้ (ระบบ EPS) ภาคการผลิต "
            "สมัครได้ที่สำนักงานจัดหางานจังหวัดเท่านั้น ต้องสอบภาษาเกาหลีก่อน "
            "ไม่มีค่าหัวคิว เดินทางด้วยวีซ่าทำงานหลังลงนามสัญญาจ้าง",
        ],
        "tl": [
            "Anunsyo ng DMW: bukas ang Government-to-Government hiring ng mga nurse "
            "para sa {g2g_country}. Libre ang pag-apply; ang employer ang sasagot sa "
            "visa at airfare ayon sa kontrata. Mag-apply lamang sa opisyal na portal.",
        ],
    },
    "agency": {
        "id": [
            "Dibuka lowongan operator produksi ke {g2g_country} oleh P3MI resmi "
            "{company} (izin Menaker Nomor {licence}). Pelatihan bahasa 3 bulan, "
            "pemeriksaan kesehatan di klinik rujukan, tanda tangan perjanjian "
            "penempatan di Disnaker {city}.",
            "{company}, perusahaan penempatan berizin {licence}, merekrut housekeeping "
            "hotel untuk {g2g_country}. Seleksi tatap muka di kantor {city}. Calon "
            "wajib terdaftar di SISKOP2MI.",
        ],
        "en": [
            "{company} International Recruitment, licensed by the labour ministry "
            "(licence {licence}), is selecting welders for {g2g_country}. Trade test "
            "at our {city} training centre; employment contract reviewed by the "
            "authorities before deployment.",
            "Licensed agency {company} (licence no. {licence}) has openings for "
            "hotel housekeepers in {g2g_country}. Personal interview at our "
            "registered office in {city}; we never ask for payment by chat.",
        ],
        "tl": [
            "Ang {company} Manpower (lisensya ng DMW Blg. {licence}) ay nangangailangan "
            "ng factory workers para sa {g2g_country}. Personal na interview sa aming "
            "opisina sa {city}. Walang placement fee.",
        ],
        "th": [
            "บริษัทจัดหางาน {company} ได้รับอนุญาตจากกรมการจัดหางาน (ใบอนุญาตเลขที่ "
            "{licence}) รับสมัครคนงานโรงงานไปไต้หวัน ตรวจสุขภาพและทำสัญญาที่สำนักงาน "
            "จัดหางาน{th_city} เดินทางด้วยวีซ่าทำงานเท่านั้น",
        ],
    },
    "apprentice": {
        "id": [
            "Lowongan magang industri {sector} di {company}, {city}. Durasi 1 tahun, "
            "uang saku bulanan, pembimbing bersertifikat. Terbuka untuk lulusan SMK, "
            "daftar melalui bursa kerja sekolah.",
            "LPK {company} (terdaftar Disnaker, No. {licence}) membuka kelas persiapan "
            "pemagangan ke {g2g_country}: bahasa, budaya kerja, dan tes fisik di "
            "{city}.",
        ],
        "en": [
            "Registered apprenticeship in {sector} at {company}, {city}: earn while "
            "you learn for two years, with college day release and a recognised "
            "qualification.",
            "Apprentice technician wanted at {company} ({city}). Paid from day one, "
            "structured training plan, interviews at our workshop.",
        ],
    },
    "mekong": {
        "id": [
            "{employer} cabang {mekong} mencari {mekong_role} dengan pengalaman "
            "minimal 4 tahun. Lamaran lewat portal karier resmi; proses seleksi "
            "meliputi tes tertulis dan wawancara panel.",
        ],
        "en": [
            "Position: {mekong_role}. Duty station: {mekong}. {employer} offers a "
            "fixed-term contract, national salary scale and medical cover. "
            "Applications through the official recruitment system; references "
            "checked.",
            "{employer} ({mekong}) announces a vacancy for {mekong_role}. Degree "
            "and 5 years' relevant experience required; work permit handled in line "
            "with labour law. Closing date {day} {month}.",
            "Join {employer} in {mekong} as {mekong_role}. Local and expatriate "
            "candidates welcome; full job description and application form on our "
            "website.",
        ],
        "th": [
            "{employer} ที่{mekong} รับสมัคร {mekong_role} ชาวไทย วุฒิปริญญาตรี "
            "ประสบการณ์ 3 ปีขึ้นไป บริษัทดำเนินการใบอนุญาตทำงานตามกฎหมายก่อนเริ่มงาน "
            "สมัครผ่านเว็บไซต์ของบริษัท",
        ],
        "tl": [
            "Ang {employer} sa {mekong} ay naghahanap ng {mekong_role}. Kailangan ng "
            "degree at 3 taong experience; ang work permit ay inaayos ayon sa batas "
            "bago magsimula. Mag-apply sa aming careers page.",
        ],
    },
    "cs_home": {
        "id": [
            "Customer Care Officer (Bahasa Mandarin) untuk kantor pusat {company} di "
            "{home_city}. Lulusan D3/S1, HSK minimal 4. Gaji Rp{n}-{m} juta, BPJS, "
            "THR. Seleksi di kantor.",
            "{company} {home_city} membuka lowongan Customer Service Supervisor, gaji "
            "menarik Rp{n} jt + insentif, kerja di kantor. Kirim CV melalui portal "
            "karier.",
            "Dicari Customer Service fasih Mandarin dan Inggris untuk perusahaan "
            "logistik di {home_city}. Kontrak PKWT, gaji kompetitif, tes di kantor.",
        ],
        "en": [
            "Customer Care Specialist (Mandarin/English), {home_city} head office. "
            "{company} pays IDR {n}-{m} million with health cover; interviews at "
            "our office.",
            "Senior Customer Service Officer at {company}, {home_city}: competitive "
            "pay, office-based, Mandarin an advantage. Apply on our careers site.",
        ],
        "zh": [
            "{company}（{home_city}办公室）招聘中文客服，月薪{n}-{m}百万印尼盾，"
            "缴纳BPJS社保，公司面试。请通过官网投递简历。",
        ],
        "th": [
            "บริษัท {company} (สาขา{th_city}) รับสมัครพนักงานบริการลูกค้าภาษาจีน "
            "เงินเดือน {n}0,000 บาทขึ้นไป มีประกันสังคม ทำงานที่สำนักงาน "
            "สัมภาษณ์ที่บริษัท ส่งประวัติทางอีเมลฝ่ายบุคคล",
        ],
    },
    "ph_bpo": {
        "en": [
            "{company} Solutions is hiring Customer Support Advocates for its "
            "{ph_city} site. Monthly pay PHP 2{n},000, HMO, 13th-month pay. Apply "
            "online or walk in.",
            "Technical support representatives needed, {ph_city}. Non-voice and voice "
            "accounts, paid training, complete government benefits. On-site hiring "
            "every weekday.",
        ],
        "tl": [
            "Naghahanap ang {company} ng Customer Service Agents sa {ph_city}. "
            "Buwanang sahod PHP 2{n},000, HMO at 13th month pay. Mag-apply online o "
            "pumunta sa aming site.",
            "Wanted: call center agents sa {ph_city}, may paid training at "
            "benepisyo. On-site interview araw-araw.",
        ],
        "th": [
            "คอลเซ็นเตอร์ {company} {th_city} รับสมัครพนักงานรับสายภาษาอังกฤษ "
            "รับผู้ไม่มีประสบการณ์ มีอบรมก่อนเริ่มงานและได้รับค่าจ้างระหว่างอบรม "
            "สัมภาษณ์ที่สำนักงาน ไม่มีค่าสมัคร",
        ],
    },
    "ig_dm": {
        "id": [
            "Halo! Toko {shop} kami di {home_city} butuh 1 admin marketplace. Kerja "
            "di toko, jam 9-17, gaji sesuai UMK. Minat? DM IG @{ig} atau langsung "
            "datang ke toko.",
            "Lowongan kru dapur untuk warung {shop} di {home_city}. Gaji harian + "
            "makan siang. Info & lamaran lewat DM Instagram @{ig}.",
            "Kami UMKM {shop} di {home_city} mencari penjahit berpengalaman. Bisa "
            "lihat hasil karya kami di IG @{ig}, kirim DM untuk janjian interview.",
        ],
        "en": [
            "Our family-run {shop} business in {home_city} is looking for a shop "
            "assistant. DM @{ig} on Instagram or drop by the store.",
            "Hiring a part-time photographer for our {shop} brand in {home_city}. "
            "DM us on Instagram @{ig}.",
        ],
        "ms": [
            "Kedai {shop} kami di {ms_city} mencari pembantu kedai sepenuh masa. Gaji "
            "ikut pengalaman. DM Instagram @{ig} untuk temuduga.",
        ],
        "th": [
            "ร้าน{shop}เล็กๆ ของเราที่{th_city}รับพนักงานขายหน้าร้าน 1 ตำแหน่ง "
            "ทำงานที่ร้าน เงินเดือนตามตกลง ทักไอจี @{ig} หรือแวะมาที่ร้านได้เลย",
        ],
        "tl": [
            "Hiring! Ang maliit naming {shop} shop sa {ph_city} ay naghahanap ng "
            "part-time na sales assistant. I-DM kami sa IG @{ig} o pumunta sa tindahan.",
        ],
    },
}
SLOTS: dict[str, list[str]] = {
    "company": [
        "Karya Bersama",
        "Duta Sejahtera",
        "Mekar Abadi",
        "Tunas Harapan",
        "Bayanihan",
        "Pinoy Global",
        "Mahkota",
        "Lintas Samudra",
    ],
    "city": [
        "Yogyakarta",
        "Malang",
        "Cirebon",
        "Pekanbaru",
        "Bacolod",
        "Baguio",
        "Lampung",
    ],
    "home_city": [
        "Jakarta Barat",
        "Bekasi",
        "Depok",
        "Semarang",
        "Denpasar",
        "Balikpapan",
        "Bogor",
    ],
    "ms_city": ["Johor Bahru", "Ipoh", "Shah Alam", "Kuching"],
    "th_city": ["กรุงเทพฯ", "เชียงใหม่", "ขอนแก่น", "ชลบุรี"],
    "ph_city": ["Ortigas", "Alabang", "Clark", "Bacolod", "Cagayan de Oro", "BGC"],
    "g2g_country": ["Korea Selatan", "Jepang", "Jerman", "Taiwan"],
    "sector": [
        "manufacturing",
        "shipbuilding",
        "agriculture",
        "caregiving",
        "hospitality",
    ],
    "employer": [
        "Prince Bank",
        "Canadia Bank",
        "Hyatt Regency",
        "Rosewood Phnom Penh",
        "CARE International",
        "Oxfam",
        "AYA Bank",
        "BCEL",
        "Crown Plaza",
        "ADB",
        "FAO",
    ],
    "mekong": [
        "Phnom Penh, Cambodia",
        "Siem Reap, Cambodia",
        "Mandalay, Myanmar",
        "Vientiane, Laos",
        "Kampot, Cambodia",
        "Pakse, Laos",
    ],
    "mekong_role": [
        "Relationship Officer",
        "Executive Housekeeper",
        "Field Coordinator",
        "Internal Auditor",
        "Sous Chef",
        "Grants Manager",
        "Teller",
    ],
    "shop": [
        "roti",
        "kain tenun",
        "keramik",
        "coffee",
        "tailor",
        "florist",
        "dimsum",
        "thrift",
    ],
    "ig": [
        "rumahtenun.id",
        "kedaikopi.kita",
        "keramik.lokal",
        "thrift.corner",
        "dimsum.mama",
        "florist.melati",
    ],
    "month": ["January", "February", "July", "October", "November"],
}


# Thai and Tagalog have a template in most groups but a small share of the
# corpus (``ads.LANG_WEIGHTS``); a lower weight per (group, language) keeps
# them from crowding out the Indonesian and English hard legitimate ads.
PAIR_WEIGHT = {"th": 0.4, "tl": 0.6}


def _fill(template: str, rng: random.Random) -> str:
    values = {key: rng.choice(options) for key, options in SLOTS.items()}
    low = rng.randint(6, 11)
    values.update(
        n=str(low),
        m=str(low + rng.randint(2, 5)),
        day=str(rng.randint(1, 28)),
        licence=f"KEP.{rng.randint(10, 99)}/{rng.randint(100, 999)}",
    )
    return template.format(**values)


def generate_hard_legit(n: int, *, seed: int = 0) -> pd.DataFrame:
    """``n`` hard legitimate ads (label 0), in ``ads.COLUMNS``."""
    pairs = [(group, lang) for group, by_lang in TEMPLATES.items() for lang in by_lang]
    weights = [PAIR_WEIGHT.get(lang, 1.0) for _, lang in pairs]
    rows = []
    for i in range(n):
        rng = random.Random(f"waspada-hardlegit:{seed}:{i}")
        group, lang = rng.choices(pairs, weights=weights, k=1)[0]
        text = _fill(rng.choice(TEMPLATES[group][lang]), rng)
        row: dict[str, object] = dict.fromkeys(COLUMNS)
        row.update(
            id=f"hardlegit-{seed}-{i}",
            source="synthetic",
            genre="job_ad",
            lang=lang,
            description=text,
            text=text,
            label=0,
            label_origin="synthetic",
            subtype=f"hard_legit_{group}",
        )
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for name in COLUMNS:
        if name == "label":
            frame[name] = frame[name].astype("Int8")
        else:
            frame[name] = frame[name].astype(pd.StringDtype())
    return frame
