# ruff: noqa: E501  (template sentences are kept whole)
"""Write the robustness evaluation slices in ``data/slices/`` (test only).

Two kinds of slice, all written for this evaluation and never used for
training or for choosing thresholds:

* **disguise slices**: scam-compound recruitment ads from templates of their
  own (not the training generator's phrases), each disguised one way:
  look-alike letters, leet, spaced-out letters, invisible format characters,
  fullwidth, emoji for words, code words for the country, page chrome around
  the ad; plus the same ads undisguised (``clean``) and scam ads in Tagalog,
  Thai, Vietnamese, Chinese, Malay and Khmer mixed with English;
* **hard legitimate groups**: real-looking legitimate ads that share the
  scams' vocabulary (official G-to-G placement, licensed agencies with their
  licence numbers, apprenticeship schemes, jobs at banks, hotels and NGOs in
  Cambodia, Myanmar and Laos, Mandarin-speaking or well-paid customer service
  at home, Philippine call centres, small businesses hiring through
  Instagram DMs), per language.

Run ``python -m training.generate.robustness_slices`` to rewrite the files;
the seed (``SEED``) and templates are separate from
``training.generate.ads`` and ``training.generate.hard_legit``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

SEED = 20261313
SLICE_DIR = Path(__file__).resolve().parents[2] / "data" / "slices"
PER_LANGUAGE = 40

# --- scam ads (label 1) -----------------------------------------------------

SCAM_ID = {
    "open": [
        "LOKER {role} {dest}",
        "Dibutuhkan segera {role} untuk penempatan {dest}",
        "Info kerja {dest}! Butuh {n} orang {role}",
        "Open rekrutmen {role} di {dest}",
        "Lowongan {role} kantor {dest}, berangkat cepat",
    ],
    "role": [
        "CS online",
        "admin chat",
        "operator input data",
        "marketing online",
        "customer service",
        "telemarketing",
        "admin sosmed",
    ],
    "pay": [
        "Gaji {n} juta/bulan",
        "Gaji $1{n}00 per bulan",
        "Penghasilan 20-30jt",
        "Gaji pokok 12jt + bonus",
        "Salary USD 1.{n}00",
    ],
    "benefit": [
        "Tiket pesawat ditanggung",
        "Mess dan makan gratis",
        "Visa dan paspor diurus kantor",
        "Tiket PP gratis",
        "Tempat tinggal disediakan gratis",
    ],
    "req": [
        "Tanpa pengalaman",
        "Minimal lulusan SMP",
        "Bisa mengetik cepat",
        "Usia 18-35 tahun",
        "Tidak perlu ijazah",
    ],
    "push": [
        "Berangkat minggu ini",
        "Kuota terbatas, cepat daftar",
        "Paspor dipegang perusahaan selama kontrak",
        "Bilang ke imigrasi mau liburan",
        "Kirim foto KTP dan paspor dulu",
    ],
    "contact": [
        "Minat hubungi Telegram @{handle}",
        "WhatsApp 08{digits}",
        "DM Telegram {handle} sekarang",
        "Chat WA 08{digits}",
    ],
}
SCAM_EN = {
    "open": [
        "URGENT HIRING: {role} in {dest}",
        "We need {n} {role} for our office in {dest}",
        "Job opportunity in {dest} - {role}",
        "{role} wanted, based in {dest}",
        "Hiring now! {role} position, {dest}",
    ],
    "role": [
        "customer service agents",
        "online chat operators",
        "data entry staff",
        "typists",
        "online marketing staff",
        "game customer support",
    ],
    "pay": [
        "Salary ${n},500 per month",
        "Earn $2,000-3,000 monthly",
        "Basic pay USD 1,{n}00 + commission",
        "High salary, paid in USDT",
    ],
    "benefit": [
        "Free flight ticket",
        "Free accommodation and meals",
        "Visa processed by the company",
        "Air ticket provided",
        "Free housing, food and transport",
    ],
    "req": [
        "No experience needed",
        "No degree required",
        "Basic typing only",
        "Age 18-35",
        "Just know how to use a phone",
    ],
    "push": [
        "Leave this week",
        "Limited slots, apply fast",
        "Company keeps your passport for safekeeping",
        "Tell immigration you are a tourist",
        "Send your passport photo first",
    ],
    "contact": [
        "Contact Telegram @{handle}",
        "WhatsApp +62 8{digits}",
        "DM me on Telegram: {handle}",
        "Message WA +63 9{digits}",
    ],
}
DESTS = {
    "id": [
        "Kamboja",
        "Phnom Penh",
        "Sihanoukville",
        "Myanmar",
        "Myawaddy",
        "Laos",
        "Bavet",
        "Poipet",
    ],
    "en": [
        "Cambodia",
        "Phnom Penh",
        "Sihanoukville",
        "Myanmar",
        "Myawaddy",
        "Laos",
        "Bavet",
        "Poipet",
    ],
}

# Scam ads in the languages beyond Indonesian and English.
SCAM_OTHER = {
    "tl": [
        "Hiring {role} sa {dest}! Sahod ₱{n}0,000 kada buwan, libre ang pamasahe at "
        "tirahan. Kahit walang karanasan. Message sa Telegram @{handle}",
        "Trabaho sa {dest} bilang {role}, malaking sahod, libreng ticket at pagkain. "
        "Aalis agad ngayong linggo. PM lang po sa WhatsApp 09{digits}",
        "Kailangan ng {role} para sa kumpanya sa {dest}. Walang experience? Okay lang! "
        "Sagot ng kumpanya ang visa at flight. Telegram: {handle}",
    ],
    "th": [
        "รับสมัคร{role} ทำงานที่{dest} เงินเดือน {n}0,000 บาท ไม่ต้องมีประสบการณ์ "
        "ฟรีตั๋วเครื่องบิน ที่พักฟรี ติดต่อ Telegram @{handle}",
        "ด่วน! งาน{role} ที่{dest} รายได้สูง มีที่พักและอาหารฟรี "
        "บินฟรี ออกเดินทางสัปดาห์นี้ แอดไลน์ {handle}",
        "หางาน{role} ประจำ{dest} เงินดี ไม่ต้องใช้วุฒิ บริษัทออกค่าวีซ่าให้ "
        "สนใจทัก Telegram {handle}",
    ],
    "vi": [
        "Tuyển {role} làm việc tại {dest}, lương {n}0 triệu/tháng, bao vé máy bay, "
        "bao ăn ở. Không cần kinh nghiệm. Liên hệ Telegram @{handle}",
        "Việc nhẹ lương cao tại {dest}! Cần gấp {role}, miễn phí vé máy bay và visa. "
        "Zalo 09{digits}",
        "Công ty tại {dest} tuyển {role}, thu nhập 1.{n}00 USD, xuất cảnh ngay tuần này. "
        "Nhắn Telegram {handle}",
    ],
    "zh": [
        "高薪招聘{role}，工作地点{dest}，月薪{n}万，包吃包住，机票报销，无需经验。"
        "飞机联系 @{handle}",
        "{dest}急招{role}，底薪加提成月入过万，包机票，护照公司保管。联系Telegram {handle}",
        "诚聘{role}（{dest}），会打字即可，包吃住，落地即上班。微信 {handle}",
    ],
    "ms": [
        "Jawatan kosong {role} di {dest}! Gaji RM{n},000 sebulan, tiket penerbangan "
        "percuma, tempat tinggal disediakan. Tiada pengalaman diperlukan. "
        "Telegram @{handle}",
        "Kerja {role} di {dest}, gaji lumayan, makan dan penginapan percuma, visa "
        "diuruskan syarikat. Berlepas minggu ini. WhatsApp 01{digits}",
        "Perlukan segera {role} untuk syarikat di {dest}. Hanya perlu tahu menaip. "
        "Hubungi Telegram {handle}",
    ],
    "km": [
        "ជ្រើសរើស {role} នៅ {dest}! Salary ${n},000/month, free room and food, "
        "no experience. ទំនាក់ទំនង Telegram @{handle}",
        "ការងារ {role} នៅ {dest} ប្រាក់ខែខ្ពស់ ស្នាក់នៅឥតគិតថ្លៃ. Free visa and "
        "ticket for foreigners. Telegram {handle}",
        "Urgent hiring {role} នៅ {dest}. ប្រាក់ខែ $1,{n}00 ស្នាក់នៅ និងអាហារឥតគិតថ្លៃ. "
        "Contact Telegram {handle}",
    ],
}
OTHER_ROLES = {
    "tl": ["customer service", "encoder", "chat support", "typist"],
    "th": ["แอดมิน", "พนักงานคีย์ข้อมูล", "คอลเซ็นเตอร์", "พนักงานแชท"],
    "vi": [
        "nhân viên chăm sóc khách hàng",
        "nhân viên nhập liệu",
        "nhân viên chat",
        "trực page",
    ],
    "zh": ["客服", "打字员", "网络推广", "聊天专员"],
    "ms": ["khidmat pelanggan", "admin online", "operator data", "pemasaran online"],
    "km": ["customer service", "admin online", "typist", "chat agent"],
}
OTHER_DESTS = {
    "tl": ["Cambodia", "Myanmar", "Laos", "Phnom Penh"],
    "th": ["กัมพูชา", "เมียวดี", "ปอยเปต", "พม่า"],
    "vi": ["Campuchia", "Myanmar", "Lào", "Sihanoukville"],
    "zh": ["柬埔寨西港", "缅甸妙瓦底", "老挝金三角", "柬埔寨金边"],
    "ms": ["Kemboja", "Myanmar", "Laos", "Phnom Penh"],
    "km": ["ភ្នំពេញ", "ព្រះសីហនុ", "បាវិត", "Poipet"],
}

# --- hard legitimate ads (label 0) --------------------------------------------

LEGIT: dict[str, dict[str, list[str]]] = {
    "g2g_official": {
        "id": [
            "Pengumuman BP2MI: pendaftaran Program G to G Korea Selatan (EPS) {year} "
            "dibuka melalui SISKOP2MI. Peserta wajib lulus ujian EPS-TOPIK. Tidak ada "
            "biaya selain biaya resmi; waspada calo. Info resmi di bp2mi.go.id.",
            "Program Penempatan G to G Jepang untuk perawat dan careworker (IJEPA) "
            "tahun {year}. Syarat D3/S1 Keperawatan, STR aktif, pengalaman 2 tahun. "
            "Seleksi oleh BP2MI dan JICWELS, pendaftaran online di situs resmi.",
            "Kemnaker dan BP2MI membuka seleksi calon PMI skema G to G ke Korea sektor "
            "{sector}. Ujian di UPT BP2MI {city}, hasil diumumkan di laman resmi. "
            "Pendaftaran gratis, kontrak ditandatangani sebelum berangkat.",
        ],
        "en": [
            "Government-to-government hiring: the Employment Permit System (EPS) for "
            "Korea opens registration for {sector} workers in {year}. Apply only "
            "through the official portal; applicants must pass the EPS-TOPIK test.",
            "Official notice: the Department of Migrant Workers announces G2G hiring of "
            "nurses for Germany (Triple Win) in {year}. B1 German course provided, "
            "contract signed before departure, no placement fee.",
            "G2G recruitment for {sector} workers to Japan under the Specified Skilled "
            "Worker programme. Skills and language tests required; apply at the "
            "regional office in {city}. Beware of fixers.",
        ],
    },
    "licensed_agency": {
        "id": [
            "PT {company} (P3MI, SIP3MI No. {licence}/{year}) membuka lowongan "
            "caregiver untuk Taiwan. Pelatihan di BLK-LN, kontrak kerja ditandatangani "
            "di Disnaker {city}. Wawancara di kantor kami, Jl. {street} No. {n}.",
            "Lowongan resmi perawat lansia ke Jepang melalui PT {company}, izin "
            "Kemnaker No. {licence} Tahun {year}. Gaji sesuai kontrak, asuransi BPJS "
            "PMI. Datang langsung ke kantor cabang {city} dengan membawa berkas.",
            "PT {company}, perusahaan penempatan PMI berizin (SIP3MI {licence}), "
            "membutuhkan operator pabrik untuk Malaysia. Biaya penempatan sesuai "
            "aturan BP2MI. Seleksi dan medical check-up di {city}.",
        ],
        "en": [
            "{company} Manpower Services (POEA/DMW licence No. {licence}) is hiring "
            "factory workers for Taiwan. Interview at our office in {city}; contract "
            "verified by the DMW before departure.",
            "Licensed recruitment agency {company} (licence {licence}, valid to "
            "{year}) seeks caregivers for Japan. Training and exams in {city}; no "
            "fees charged to workers beyond those allowed by law.",
            "{company} Overseas Employment, licence no. {licence}, invites nurses for "
            "hospitals in Saudi Arabia. Apply in person at our {city} office with "
            "your PRC licence and certificate of employment.",
        ],
    },
    "apprenticeship": {
        "id": [
            "Program Pemagangan ke Jepang (IM Japan) kerja sama Kemnaker angkatan "
            "{year}. Usia 19-26 tahun, lulusan SMA/SMK, lolos tes fisik. Pelatihan 4 "
            "bulan di {city}, uang saku selama magang. Pendaftaran di Disnaker.",
            "Pemagangan dalam negeri di PT {company} {city}: 6 bulan, uang saku, "
            "sertifikat kompetensi. Syarat SMK jurusan {sector}. Daftar di kantor HRD.",
            "Seleksi program Technical Intern Training (TITP) Jepang melalui LPK "
            "{company} berizin Disnaker No. {licence}. Tes tertulis dan wawancara di "
            "{city}.",
        ],
        "en": [
            "Apprenticeship programme {year}: {company} offers 12-month apprenticeships "
            "in {sector} in {city}. Paid stipend, classroom training, certificate at "
            "the end. Apply through the national apprenticeship portal.",
            "Technical Intern Training Program (Japan) orientation at the {city} "
            "regional office. Applicants 18-30, medical and aptitude tests; the "
            "sending organisation is accredited (accreditation no. {licence}).",
            "Graduate apprenticeship in {sector} with {company}, {city}. 18 months, "
            "mentored, salary from day one. Interviews held at our office.",
        ],
    },
    "mekong_jobs": {
        "id": [
            "{employer} di {mekong} membuka posisi {mekong_role}. Syarat S1, "
            "pengalaman 3 tahun, bahasa Inggris aktif. Kirim lamaran lewat situs "
            "karier resmi; wawancara dua tahap di kantor.",
            "Lowongan {mekong_role} untuk {employer} ({mekong}). Kontrak 2 tahun, "
            "work permit diurus sesuai hukum setempat, gaji sesuai pengalaman. "
            "Informasi di halaman karier kami.",
        ],
        "en": [
            "{employer} is recruiting a {mekong_role} for its {mekong} office. "
            "Bachelor's degree, 3+ years of experience, fluent English. Apply via our "
            "careers page by {day} {month}; shortlisted candidates are interviewed "
            "in person.",
            "Vacancy: {mekong_role} ({mekong}). {employer} offers a competitive local "
            "salary, health insurance and a work permit under national law. Submit "
            "your CV and two references to our HR department.",
            "{employer} seeks an experienced {mekong_role} in {mekong}. Khmer or "
            "local language an advantage. Closing date {day} {month}. Only "
            "shortlisted candidates will be contacted.",
        ],
    },
    "cs_at_home": {
        "id": [
            "Dibutuhkan Customer Service berbahasa Mandarin untuk perusahaan "
            "e-commerce di {home_city}. Gaji Rp{n}.000.000 + tunjangan, BPJS. "
            "Interview di kantor kami, Jl. {street}.",
            "PT {company} mencari CS Mandarin (HSK 4) untuk kantor {home_city}. "
            "Gaji 10-14 juta, kerja Senin-Jumat, kantor di gedung {street}. "
            "Lamaran ke hrd@{domain}.co.id.",
            "Lowongan Customer Service gaji tinggi: {company} {home_city} membutuhkan "
            "CS senior, pengalaman 2 tahun, gaji Rp{n}-{m} juta. Walk-in interview "
            "hari {weekday} di lobi kantor.",
        ],
        "en": [
            "Mandarin-speaking Customer Service Officer, {home_city}. {company} offers "
            "Rp {n} million per month, health insurance and training. Interview at our "
            "office; apply at careers.{domain}.com.",
            "Well-paid customer support role at {company} in {home_city}: IDR {n}-{m} "
            "million, hybrid schedule, Mandarin and English required. Submit your CV "
            "through our careers page.",
            "Customer Service Team Lead (Mandarin) - {home_city}. Competitive salary, "
            "BPJS, annual bonus. Office-based, interviews on site.",
        ],
    },
    "ph_call_centre": {
        "en": [
            "Now hiring Customer Service Representatives in {ph_city}! PHP 1{n},000 "
            "to 2{n},000 + night differential, HMO on day one. Walk-in interviews "
            "Monday to Friday at our {ph_city} site.",
            "{company} BPO is hiring Technical Support Associates for our {ph_city} "
            "office. College level, good English. Apply at our site or careers page; "
            "no placement fee.",
            "Call centre agents wanted, {ph_city}. Inbound voice account, salary up to "
            "PHP 3{n},000, paid training, government-mandated benefits.",
        ],
        "tl": [
            "Hiring po kami ng Call Center Agents sa {ph_city}! Sahod PHP 1{n},000 "
            "pataas, may HMO at night differential. Walk-in interview sa aming "
            "opisina, Lunes hanggang Biyernes.",
            "Kailangan ng Customer Service Representative sa {company} BPO, {ph_city}. "
            "Kahit walang experience basta maayos mag-English. Mag-apply sa aming site.",
            "Trabaho sa BPO sa {ph_city}: chat support, PHP 2{n},000 kada buwan, "
            "kumpletong benepisyo. Interview mismo sa opisina.",
        ],
    },
    "instagram_dm_small_business": {
        "id": [
            "Kami sedang mencari admin online shop untuk toko {shop} kami di "
            "{home_city}. Gaji UMR + bonus penjualan. Kirim CV via DM Instagram "
            "@{ig} ya!",
            "Lowongan barista untuk kedai kopi {shop} di {home_city}. Shift pagi/sore, "
            "gaji Rp3.{n}00.000. Info lengkap DM IG @{ig}.",
            "Dicari staf packing untuk usaha {shop} rumahan di {home_city}. Kerja "
            "Senin-Sabtu, makan siang disediakan. Yang minat DM Instagram kami @{ig}.",
        ],
        "en": [
            "We're hiring! Our little {shop} shop in {home_city} needs a part-time "
            "sales assistant. Send us a DM on Instagram @{ig} with your availability.",
            "Small business hiring: content creator for our {shop} brand, {home_city}. "
            "Paid per project. DM us on IG @{ig} with your portfolio.",
            "Barista wanted at {shop}, {home_city}. Weekends, hourly pay plus tips. "
            "Slide into our DMs @{ig}.",
        ],
    },
}
SLOTS: dict[str, list[str]] = {
    "company": [
        "Sinar Mulia Jaya",
        "Bina Karya Mandiri",
        "Cahaya Timur",
        "Mitra Abadi",
        "Nusantara Prima",
        "Luzon Star",
        "Pacific Bridge",
        "Asia Harmony",
    ],
    "city": ["Semarang", "Surabaya", "Bandung", "Medan", "Manila", "Cebu", "Makassar"],
    "home_city": ["Jakarta", "Surabaya", "Bandung", "Medan", "Batam", "Tangerang"],
    "ph_city": ["Makati", "Cebu IT Park", "Pasig", "Davao", "Quezon City", "Iloilo"],
    "street": ["Sudirman Kav. 25", "Gatot Subroto 12", "Diponegoro 44", "Ahmad Yani 8"],
    "sector": ["manufaktur", "perikanan", "konstruksi", "hospitality", "otomotif"],
    "employer": [
        "ACLEDA Bank",
        "ABA Bank",
        "Sofitel Phnom Penh Phokeethra",
        "Raffles Hotel Le Royal",
        "World Vision Cambodia",
        "Save the Children",
        "UNDP",
        "KBZ Bank",
        "Settha Palace Hotel",
        "Plan International",
    ],
    "mekong": [
        "Phnom Penh",
        "Siem Reap",
        "Yangon",
        "Vientiane",
        "Battambang",
        "Luang Prabang",
    ],
    "mekong_role": [
        "Credit Officer",
        "Front Office Manager",
        "Program Officer",
        "Finance Manager",
        "M&E Specialist",
        "Chef de Partie",
        "IT Support Engineer",
    ],
    "shop": [
        "hijab",
        "kue kering",
        "sepatu",
        "kopi",
        "batik",
        "skincare",
        "bakery",
        "flower",
    ],
    "ig": [
        "tokohijab.ku",
        "kopi.senja",
        "batiknusa",
        "bloomstudio",
        "sepatulokal.id",
        "rotimanis",
    ],
    "domain": ["tokoku", "belanja", "sinarmulia", "mitraabadi"],
    "weekday": ["Senin", "Selasa", "Rabu", "Kamis"],
    "month": ["March", "April", "June", "September"],
}


def _fill(template: str, rng: random.Random, extra: dict[str, str]) -> str:
    values = {key: rng.choice(options) for key, options in SLOTS.items()}
    low = rng.randint(5, 9)
    values.update(
        n=str(low),
        m=str(low + rng.randint(2, 4)),
        year=str(rng.choice([2024, 2025, 2026])),
        day=str(rng.randint(1, 28)),
        licence=f"{rng.randint(100, 999)}/{rng.randint(10, 99)}",
        handle=rng.choice(["hr_asia88", "recruit_kh", "jobcenter_sea", "admin_hrd"]),
        digits="".join(str(rng.randint(0, 9)) for _ in range(9)),
    )
    values.update(extra)
    return template.format(**values)


def scam_base(lang: str, rng: random.Random) -> tuple[str, dict[str, str]]:
    """An undisguised scam ad in Indonesian or English, and its key words."""
    parts = SCAM_ID if lang == "id" else SCAM_EN
    dest = rng.choice(DESTS[lang])
    role = rng.choice(parts["role"])
    lines = [_fill(rng.choice(parts["open"]), rng, {"role": role, "dest": dest})]
    body = [
        _fill(rng.choice(parts["pay"]), rng, {}),
        *rng.sample(parts["benefit"], 2),
        *rng.sample(parts["req"], 2),
        rng.choice(parts["push"]),
    ]
    rng.shuffle(body)
    lines += body
    lines.append(_fill(rng.choice(parts["contact"]), rng, {}))
    sep = rng.choice(["\n", ". ", "\n- "])
    return sep.join(lines), {"dest": dest}


# --- held-out Thai and Tagalog slices (v2) -------------------------------------
#
# ``lang_th`` and ``lang_tl`` above showed which Thai and Tagalog phrases the
# rules lacked, and the rules were extended from that (and from how such ads
# read). Those two slices are now *seen*. The v2 slices below were written
# after that rule change, with templates, wording, roles, places and a seed
# of their own, and were not used to tune rules or training templates; their
# figures are the held-out ones.

SEED_V2 = 20261402
V2_SCAM_PER_LANGUAGE = 44
V2_LEGIT_PER_LANGUAGE = 26

SCAM_V2: dict[str, dict[str, list[str]]] = {
    "th": {
        "open": [
            "📢 {firm} เปิดรับ{role} {k} อัตรา ประจำสาขา{dest}",
            "ใครกำลังหางานอยู่ทางนี้ค่ะ งาน{role}ที่{dest} รับทั้งชายและหญิง อายุ 18-35",
            "งานต่างประเทศ!! ตำแหน่ง{role} สถานที่ทำงาน: {dest}",
            "สนใจงานออฟฟิศที่{dest}ไหมคะ ทีมเรากำลังขยาย ต้องการ{role}เพิ่ม",
            "โอกาสดีสำหรับคนอยากมีรายได้เป็นดอลลาร์ 💵 รับ{role} ไปประจำที่{dest}",
        ],
        "pay": [
            "เงินเดือนเริ่มต้น {usd} ดอลลาร์ + ค่าคอมมิชชั่น",
            "รายได้ต่อเดือน {baht} บาทขึ้นไป จ่ายทุกวันที่ 5",
            "ฐานเงินเดือน {usd} USD ทำยอดได้มีโบนัสเพิ่ม",
            "ได้เงินเดือนละ {baht} บาท ไม่หักภาษี",
        ],
        "perk": [
            "กินอยู่ฟรี มีหอพักแอร์ให้",
            "บริษัทจ่ายค่าเดินทางทั้งหมด ไม่ต้องสำรองจ่าย",
            "ตั๋วเครื่องบินกับค่าวีซ่าบริษัทรับผิดชอบ",
            "มีห้องพักในอาคารบริษัท ข้าวฟรีทุกมื้อ",
            "ค่ารถจากกรุงเทพฯ ถึงหน้างานบริษัทดูแลให้",
            "ยังไม่มีพาสปอร์ตก็ไม่เป็นไร ทีมงานช่วยจัดการให้หมด",
        ],
        "req": [
            "ไม่ต้องมีพื้นฐาน ขอแค่ขยันและอดทน",
            "จบ ม.3 ก็สมัครได้",
            "พิมพ์ไทยได้คล่อง ใช้โทรศัพท์เป็น",
            "ไม่ต้องเก่งภาษา เดี๋ยวสอนให้",
            "ไม่จำเป็นต้องจบปริญญา มีทีมเทรนให้ก่อนเริ่มงาน",
            "อายุไม่เกิน 35 ปี บุคลิกดีพิจารณาเป็นพิเศษ",
        ],
        "push": [
            "ตำแหน่งเหลือไม่เยอะ ใครสนใจรีบทักมา",
            "พร้อมเดินทางภายใน 3 วัน",
            "เดินทางรอบหน้าวันเสาร์นี้",
            "ข้ามด่านทางแม่สอด มีทีมพาไป",
            "ถ้าเจ้าหน้าที่ถาม ให้บอกว่าไปเที่ยวหาเพื่อน",
            "ไม่ต้องเสียค่าใช้จ่ายใดๆ ก่อนเดินทาง",
        ],
        "contact": [
            "สนใจทักมาที่ Telegram: @{handle}",
            "ไลน์ {handle} (ตอบไว)",
            "ส่งชื่อ อายุ รูปถ่าย มาทาง Telegram {handle}",
            "ทักแชทเพจหรือแอดไลน์ {handle}",
        ],
        "role": [
            "พนักงานแอดมินเพจ",
            "พนักงานการตลาดออนไลน์",
            "พนักงานพิมพ์ข้อความ",
            "ฝ่ายดูแลลูกค้าออนไลน์",
            "พนักงานขายทางโทรศัพท์",
            "ทีมงานบริษัทเกม",
        ],
        "dest": [
            "สีหนุวิลล์ กัมพูชา",
            "ชายแดนปอยเปต",
            "เมืองเมียวดี",
            "เขตเศรษฐกิจพิเศษสามเหลี่ยมทองคำ",
            "พนมเปญ",
            "บาเวต",
            "ฝั่งพม่า ตรงข้ามแม่สอด",
        ],
        "firm": ["บริษัทจีน", "บริษัทเกมออนไลน์", "บริษัทต่างชาติ", "บริษัทเทรดดิ้ง"],
    },
    "tl": {
        "open": [
            "Good news sa mga naghahanap ng work abroad! Kailangan ng {role} sa {dest}",
            "DIRECT HIRE 🇰🇭 {role} | {dest}",
            "Sino gusto mag-work abroad? May opening kami na {role} sa {dest}, {k} slots",
            "Hello po! Tumatanggap kami ng {role} para sa isang company sa {dest}",
            "Looking for {role}, location: {dest}. Need na po agad!",
        ],
        "pay": [
            "Sahod: ${usd} monthly + incentives",
            "Starting salary ₱{peso} kada buwan",
            "{usd} USD a month, sweldo every 15th at 30th",
            "Kikita ka ng ₱{peso} kada buwan, tax free",
        ],
        "perk": [
            "Company-paid ang flight at accommodation",
            "Shoulder ng company ang visa processing",
            "Free housing and food, may aircon pa ang dorm",
            "Walang gagastusin, kumpanya bahala sa lahat",
            "Libreng kain 3x a day",
            "Provided ang plane ticket papunta at pauwi",
        ],
        "req": [
            "No need for experience, ituturo namin lahat",
            "Pwede ang fresh grad o kahit HS lang",
            "Basta marunong gumamit ng cellphone at computer",
            "Kahit hindi fluent sa English, ok lang",
            "18 to 35 years old, male or female",
            "Kahit first time mag-abroad pwede",
        ],
        "push": [
            "Flight na sa susunod na Lunes",
            "Process in 3 days lang",
            "Sa Bangkok muna ang lipad, tapos by land na",
            "Tourist visa muna gagamitin, madali lang",
            "Walang placement fee! First come first served",
            "Hindi na kailangan dumaan sa agency",
        ],
        "contact": [
            "Telegram: @{handle}",
            "PM mo ako dito o sa Telegram {handle}",
            "Send ng resume at picture sa Telegram {handle}",
            "Comment 'interested' tapos PM kita",
        ],
        "role": [
            "chat agent",
            "online sales associate",
            "game customer support",
            "data encoder",
            "social media moderator",
            "English teacher online",
        ],
        "dest": [
            "Sihanoukville, Cambodia",
            "Bavet",
            "Myawaddy, Myanmar",
            "Golden Triangle SEZ, Laos",
            "Phnom Penh",
            "Poipet border",
            "Tachileik",
        ],
        "firm": [""],
    },
}

LEGIT_V2: dict[str, list[str]] = {
    "th": [
        "{hotel} {th_city} รับสมัคร{th_hotel_role}หลายอัตรา มีที่พักพนักงานและอาหาร 2 มื้อ "
        "ไม่มีประสบการณ์ยินดีฝึกสอน ค่าจ้างตามโครงสร้างโรงแรม + service charge "
        "สมัครที่ฝ่ายบุคคลของโรงแรม",
        "บริษัท {company} จำกัด รับสมัครพนักงานคอลเซ็นเตอร์ภาษาจีน เงินเดือน {n}0,000 บาท "
        "ทำงานที่สำนักงานสีลม กรุงเทพฯ มีประกันสังคมและประกันกลุ่ม สัมภาษณ์ที่บริษัท",
        "สำนักงานจัดหางานจังหวัด{th_city}แจ้งรับสมัครคนหางานไปทำงานเกาหลีใต้ระบบ EPS "
        "ค่าใช้จ่ายเป็นไปตามประกาศกรมการจัดหางาน ไม่ผ่านนายหน้า สมัครด้วยตนเองที่สำนักงาน",
        "ธนาคาร{th_bank} สาขาพนมเปญ รับสมัครเจ้าหน้าที่สินเชื่อชาวไทย วุฒิปริญญาตรี "
        "ประสบการณ์ 2 ปี ธนาคารดำเนินการวีซ่าทำงานและใบอนุญาตทำงานก่อนเดินทาง "
        "สมัครทางเว็บไซต์ธนาคาร",
        "ร้าน{th_shop}ที่{th_city}หาพนักงานหน้าร้าน 2 คน ทำงาน 8 ชั่วโมง หยุดสัปดาห์ละ 1 วัน "
        "สนใจทักไลน์ร้านหรือแวะมาคุยที่ร้านได้เลย",
        "ด่วน! โรงงาน{company} นิคมอุตสาหกรรมอมตะนคร รับพนักงานฝ่ายผลิต {n}0 อัตรา "
        "ไม่ต้องมีประสบการณ์ วุฒิ ม.3 ขึ้นไป มีรถรับส่ง ค่าแรงขั้นต่ำ + OT สมัครหน้าโรงงาน",
        "โครงการฝึกงานเทคนิคญี่ปุ่น (TITP) ผ่านกรมการจัดหางาน อบรมภาษาญี่ปุ่น 4 เดือน "
        "ไม่มีค่าใช้จ่ายแอบแฝง สมัครที่สำนักงานจัดหางานจังหวัด{th_city}",
        "มูลนิธิ{th_ngo} สำนักงานเวียงจันทน์ รับสมัครเจ้าหน้าที่โครงการ พูดไทยและลาวได้ "
        "ประสบการณ์ 3 ปี สัญญา 1 ปี ส่งใบสมัครทางอีเมลภายในวันที่ {day}",
    ],
    "tl": [
        "Ang {company} Manpower (DMW License No. {licence}) ay nangangailangan ng "
        "caregivers para sa Japan. Ang employer ang magbabayad ng visa at airfare ayon "
        "sa kontrata. Walang placement fee. Personal na interview sa aming opisina sa "
        "{ph_city}.",
        "Hiring: Chat Support Representatives (non-voice) sa {ph_city}. Kahit walang "
        "experience, may 2-week paid training. Sweldo ₱{n}8,000 + HMO. Walk-in "
        "interview Lunes-Biyernes, 9AM-3PM.",
        "Urgent hiring! Production operators sa {company} Electronics, {ph_zone}. HS "
        "graduate pwede, walang experience ok. May libreng shuttle at canteen. "
        "Mag-apply sa gate 2, dala ang resume at valid ID.",
        "Ang {ph_bank} sa Phnom Penh ay naghahanap ng Filipino IT auditor. Kailangan ng "
        "CPA o CISA at 5 taong experience. Ang work permit ay aayusin ng bangko bago ka "
        "magsimula. Mag-apply sa website ng bangko.",
        "Hiring kami ng barista para sa maliit naming coffee shop sa {ph_city}! "
        "Part-time o full-time. I-DM lang kami sa IG @{ig} o pumunta sa shop.",
        "Government-to-Government hiring ng DMW para sa factory workers sa South Korea "
        "(EPS). Kailangan pumasa sa EPS-TOPIK. Mag-register lamang sa opisyal na "
        "website ng DMW; walang bayad ang pag-apply.",
        "Naghahanap ang {ph_hotel} sa {ph_city} ng housekeeping attendants. May staff "
        "housing at libreng pagkain habang naka-duty. Kahit walang experience basta "
        "masipag. Mag-apply sa HR office ng hotel.",
        "Ang {company} Overseas (DMW licensed, {licence}) ay nag-hire ng welders para sa "
        "Qatar. Employer-paid ang visa, airfare at accommodation ayon sa POEA standard "
        "contract. Trade test sa aming training center sa {ph_city}.",
    ],
}
SLOTS_V2: dict[str, list[str]] = {
    "hotel": ["โรงแรมอันดามันเพิร์ล", "โรงแรมริมหาด", "บ้านทะเลรีสอร์ท", "โรงแรมนครพิงค์"],
    "th_city": ["ภูเก็ต", "เชียงใหม่", "ระยอง", "อุดรธานี", "กระบี่"],
    "th_hotel_role": ["พนักงานต้อนรับ", "แม่บ้าน", "พนักงานเสิร์ฟ", "พนักงานครัว"],
    "th_bank": ["กรุงเทพ", "กสิกรไทย", "ไทยพาณิชย์"],
    "th_shop": ["กาแฟ", "ขนมไทย", "เสื้อผ้ามือสอง", "ดอกไม้"],
    "th_ngo": ["รักษ์เด็ก", "พัฒนาชนบท", "เพื่อนแม่โขง"],
    "company": ["Mabuhay", "Silangan", "Golden Rice", "Chao Phraya", "Bagong Araw"],
    "ph_city": ["Pasig", "Iloilo", "Cebu", "Davao", "Makati", "Baguio"],
    "ph_zone": ["Laguna Technopark", "Cavite Export Zone", "Mactan Economic Zone"],
    "ph_bank": ["BDO Unibank", "Metrobank", "Security Bank"],
    "ph_hotel": ["Taal Vista Hotel", "Waterfront Cebu", "Marco Polo Davao"],
    "ig": ["kapebahay.ph", "brewlab.mnl", "tasa.cafe"],
}


def _v2_values(rng: random.Random) -> dict[str, str]:
    values = {key: rng.choice(options) for key, options in SLOTS_V2.items()}
    values.update(
        n=str(rng.randint(2, 4)),
        k=str(rng.randint(3, 15)),
        day=str(rng.randint(1, 28)),
        licence=f"DMW-{rng.randint(100, 999)}-LB-{rng.randint(10, 99)}",
        usd=f"{rng.randint(9, 25) * 100:,}",
        baht=f"{rng.randint(4, 9) * 10_000:,}",
        peso=f"{rng.randint(6, 12) * 10_000:,}",
        handle=rng.choice(["jobs_asia_th", "hr.mekong", "overseas_ph", "cs_team_kh"]),
    )
    return values


def scam_v2(lang: str, rng: random.Random) -> str:
    """A held-out scam ad in Thai or Tagalog (v2 templates)."""
    parts = SCAM_V2[lang]
    values = _v2_values(rng)
    values.update(
        role=rng.choice(parts["role"]),
        dest=rng.choice(parts["dest"]),
        firm=rng.choice(parts["firm"]),
    )
    body = [
        rng.choice(parts["pay"]),
        *rng.sample(parts["perk"], rng.randint(1, 2)),
        *rng.sample(parts["req"], rng.randint(1, 2)),
        *rng.sample(parts["push"], rng.randint(0, 2)),
    ]
    rng.shuffle(body)
    lines = [rng.choice(parts["open"]), *body, rng.choice(parts["contact"])]
    text = rng.choice(["\n", " ", "\n• "]).join(lines)
    return re.sub(r" {2,}", " ", text.format(**values)).strip()


def build_v2(seed: int = SEED_V2) -> dict[str, list[tuple[str, str, int, str]]]:
    """Held-out v2 slices: (kind, lang, label, text) per slice name."""
    rng = random.Random(seed)
    slices: dict[str, list[tuple[str, str, int, str]]] = {}
    for lang in ("th", "tl"):
        slices[f"lang_{lang}_v2"] = [
            ("language", lang, 1, scam_v2(lang, rng))
            for _ in range(V2_SCAM_PER_LANGUAGE)
        ]
    slices["legit_th_tl_v2"] = [
        ("hard_legit", lang, 0, rng.choice(LEGIT_V2[lang]).format(**_v2_values(rng)))
        for lang in ("th", "tl")
        for _ in range(V2_LEGIT_PER_LANGUAGE)
    ]
    return slices


# --- disguises ------------------------------------------------------------------

_CYRILLIC = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "i": "і",
    "j": "ј",
    "s": "ѕ",
    "A": "А",
    "B": "В",
    "E": "Е",
    "K": "К",
    "M": "М",
    "H": "Н",
    "O": "О",
    "P": "Р",
    "C": "С",
    "T": "Т",
    "X": "Х",
}
_GREEK = {
    "o": "ο",
    "a": "α",
    "v": "ν",
    "A": "Α",
    "B": "Β",
    "E": "Ε",
    "K": "Κ",
    "M": "Μ",
    "N": "Ν",
    "O": "Ο",
    "P": "Ρ",
    "T": "Τ",
    "Y": "Υ",
    "X": "Χ",
}
_LEETS = {"o": "0", "e": "3", "a": "4", "i": "1", "s": "5", "t": "7", "l": "1"}
_INVISIBLE = [
    "\u2063",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u200e",
    "\u200f",
    "\u034f",
    "\ufeff",
    "\u2062",
    "\u202a",
    "\u202c",
    "\u2066",
    "\u2069",
    "\u180e",
    "\u00ad",
]
KEY_WORDS = [
    "Telegram",
    "WhatsApp",
    "Kamboja",
    "Cambodia",
    "Phnom",
    "Penh",
    "Myanmar",
    "Myawaddy",
    "Laos",
    "Sihanoukville",
    "Bavet",
    "Poipet",
    "gaji",
    "Gaji",
    "tiket",
    "Tiket",
    "gratis",
    "Salary",
    "free",
    "Free",
    "passport",
    "paspor",
    "experience",
    "pengalaman",
    "visa",
    "Visa",
]


def _on_keywords(
    text: str,
    change: Callable[[str], str],
    rng: random.Random | None = None,
    share: float = 0.0,
) -> str:
    """``change`` every key word and, with ``rng``, ``share`` of the other
    words of four letters or more: a recruiter disguises what filters read."""
    keys = set(KEY_WORDS)
    out = []
    for token in re.split(r"(\s+)", text):
        core = token.strip(".,!?:;()")
        if not core:
            out.append(token)
            continue
        if core in keys or (
            rng is not None
            and core.isalpha()
            and len(core) >= 4
            and rng.random() < share
        ):
            token = token.replace(core, change(core))
        out.append(token)
    return "".join(out)


def _swap(word: str, table: dict[str, str], rng: random.Random, share: float) -> str:
    chars = list(word)
    spots = [i for i, char in enumerate(chars) if char in table]
    if not spots:
        return word
    chosen = [i for i in spots if rng.random() < share] or [rng.choice(spots)]
    for i in chosen:
        chars[i] = table[chars[i]]
    return "".join(chars)


def homoglyph(text: str, rng: random.Random) -> str:
    table = rng.choice([_CYRILLIC, _GREEK])
    return _on_keywords(text, lambda word: _swap(word, table, rng, 0.4), rng, 0.6)


def leet(text: str, rng: random.Random) -> str:
    def change(word: str) -> str:
        # Keep the word mostly letters: at most a third of it changed.
        chars = list(word)
        spots = [i for i in range(1, len(chars) - 1) if chars[i].lower() in _LEETS]
        rng.shuffle(spots)
        for i in spots[: max(1, len(chars) // 3)]:
            chars[i] = _LEETS[chars[i].lower()]
        return "".join(chars)

    return _on_keywords(text, change, rng, 0.6)


def spaced(text: str, rng: random.Random) -> str:
    sep = rng.choice([" ", ".", "-", " . ", "*"])
    return _on_keywords(text, lambda word: sep.join(word), rng, 0.3)


def format_chars(text: str, rng: random.Random) -> str:
    """Invisible characters inside every word, as in the issue's example."""
    out = []
    for token in text.split(" "):
        if len(token) > 2 and rng.random() < 0.9:
            mark = rng.choice(_INVISIBLE)
            token = mark.join(token) if rng.random() < 0.6 else mark + token
        out.append(token)
    return " ".join(out)


def fullwidth(text: str, rng: random.Random) -> str:
    def wide(word: str) -> str:
        return "".join(
            chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c
            for c in word
        )

    if rng.random() < 0.5:
        return wide(text)
    return _on_keywords(text, wide, rng, 0.6)


_EMOJI_SWAPS = [
    ("Tiket pesawat ditanggung", "✈️ gratis"),
    ("Tiket PP gratis", "✈️✅"),
    ("Mess dan makan gratis", "🏠🍚 gratis"),
    ("Free flight ticket", "✈️ FREE"),
    ("Air ticket provided", "✈️✅"),
    ("Free accommodation and meals", "🏠🍱 free"),
    ("Free housing, food and transport", "🏠🍚🚐 free"),
    ("Tempat tinggal disediakan gratis", "🏠 free"),
    ("Visa dan paspor diurus kantor", "🛂✅"),
    ("Visa processed by the company", "🛂✅"),
]


def emoji(text: str, rng: random.Random) -> str:
    for words, picture in _EMOJI_SWAPS:
        text = text.replace(words, picture)
    for word in ("Gaji", "Salary", "Penghasilan", "Earn", "Basic pay"):
        text = text.replace(word, rng.choice(["💵", "💰", "💸"]))
    if rng.random() < 0.5:
        text = "✈️🏠💵 " + text
    return text


CODE_WORDS = {
    "id": [
        "negara K",
        "negeri K",
        "negara C",
        "negeri seberang",
        "kota SHV",
        "negeri seribu pagoda",
        "negara tetangga Thailand",
        "KH",
    ],
    "en": [
        "the K country",
        "country K",
        "the C country",
        "SHV",
        "KH",
        "the land of pagodas",
        "a country next to Thailand",
    ],
}


def code_words(text: str, rng: random.Random, dest: str, lang: str) -> str:
    return text.replace(dest, rng.choice(CODE_WORDS[lang]))


CHROME = {
    "id": (
        [
            "Beranda | Lowongan | Tentang Kami | Kontak | Masuk | Daftar",
            "☰ Menu  🔍 Cari lowongan...",
            "Grup Info Loker Luar Negeri · 12 rb anggota",
            "Iklan · Disponsori",
        ],
        [
            "👍 Suka · 💬 Komentar · ↗ Bagikan",
            "128 komentar · 45 kali dibagikan",
            "Bagikan: Facebook | Twitter | WhatsApp | Salin tautan",
            "Lowongan terkait: Admin Gudang Bekasi · Kasir Minimarket · Sopir",
            "© 2025 InfoLoker. Kebijakan Privasi · Syarat & Ketentuan",
        ],
    ),
    "en": (
        [
            "Home | Jobs | About Us | Contact | Log in | Sign up",
            "☰ Menu  🔍 Search jobs...",
            "Overseas Jobs Group · 12K members",
            "Sponsored",
        ],
        [
            "👍 Like · 💬 Comment · ↗ Share",
            "128 comments · 45 shares",
            "Share: Facebook | Twitter | WhatsApp | Copy link",
            "Related jobs: Warehouse Assistant · Cashier · Driver",
            "© 2025 JobBoard. Privacy Policy · Terms",
        ],
    ),
}


def page_chrome(text: str, rng: random.Random, lang: str) -> str:
    head, foot = CHROME[lang]
    top = rng.sample(head, rng.randint(1, 3))
    bottom = rng.sample(foot, rng.randint(2, 4))
    return "\n".join([*top, text, *bottom])


DISGUISES: dict[str, Callable[[str, random.Random], str]] = {
    "homoglyph": homoglyph,
    "leet": leet,
    "spaced": spaced,
    "format_chars": format_chars,
    "fullwidth": fullwidth,
    "emoji": emoji,
}


def build(seed: int = SEED, per_language: int = PER_LANGUAGE) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    slices: dict[str, list[dict]] = {}

    def add(name: str, kind: str, lang: str, label: int, text: str) -> None:
        rows = slices.setdefault(name, [])
        rows.append(
            {
                "id": f"{name}-{len(rows):04d}",
                "slice": name,
                "kind": kind,
                "lang": lang,
                "label": label,
                "text": text,
            }
        )

    for lang in ("id", "en"):
        for _ in range(per_language):
            base, keys = scam_base(lang, rng)
            add("clean", "disguise", lang, 1, base)
            for name, change in DISGUISES.items():
                add(name, "disguise", lang, 1, change(base, rng))
            add(
                "code_words",
                "disguise",
                lang,
                1,
                code_words(base, rng, keys["dest"], lang),
            )
            add("page_chrome", "disguise", lang, 1, page_chrome(base, rng, lang))
    for lang, templates in SCAM_OTHER.items():
        for _ in range(per_language // 2):
            text = _fill(
                rng.choice(templates),
                rng,
                {
                    "role": rng.choice(OTHER_ROLES[lang]),
                    "dest": rng.choice(OTHER_DESTS[lang]),
                },
            )
            add(f"lang_{lang}", "language", lang, 1, text)
    for group, by_lang in LEGIT.items():
        for lang, templates in by_lang.items():
            for _ in range(per_language):
                add(
                    f"legit_{group}",
                    "hard_legit",
                    lang,
                    0,
                    _fill(rng.choice(templates), rng, {}),
                )
    # After everything above, from a generator of its own: the v1 slices
    # stay exactly as they were.
    for name, rows in build_v2().items():
        for kind, lang, label, text in rows:
            add(name, kind, lang, label, text)
    return slices


def write(directory: Path = SLICE_DIR) -> dict[str, int]:
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in build().items():
        # Deduplicate: templates can repeat an ad exactly.
        seen: set[str] = set()
        unique = []
        for row in rows:
            if row["text"] not in seen:
                seen.add(row["text"])
                unique.append(row)
        path = directory / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in unique:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts[name] = len(unique)
    return counts


if __name__ == "__main__":
    for name, count in write().items():
        print(f"{name}: {count}")
