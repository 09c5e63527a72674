"""Slot vocabularies: places, roles, employers, contacts and money.

The per-ad slot dictionary (``build_slots``) is the only place where the
concrete entities of an ad are drawn. Contact formats, company-name parts and
link shapes are shared by both labels on purpose: scam fronts and honest
employers both post WhatsApp numbers, Telegram handles and bit.ly forms, so
none of those can be a label shortcut.

No phone number here is dialable: every number keeps an ``xxxx`` mask, the
way the project's seed data writes them.
"""

from __future__ import annotations

import random
import string

from training.generate import engine

# Scam-compound destinations as reported by UNODC, OHCHR and INTERPOL
# (see data/indicators.md); weights roughly follow how often each place
# appears in Indonesian warnings, Cambodia first.
SCAM_PLACES: tuple[tuple[str, str, float], ...] = (
    ("KH", "Phnom Penh", 5),
    ("KH", "Sihanoukville", 5),
    ("KH", "Bavet", 2),
    ("KH", "Poipet", 2),
    ("MM", "Myawaddy", 2.5),
    ("MM", "KK Park", 1),
    ("MM", "Shwe Kokko", 1),
    ("LA", "Golden Triangle SEZ", 1.5),
    ("LA", "Bokeo", 1),
    ("TH", "Mae Sot", 2),
    ("PH", "Manila", 1),
    ("PH", "Pasay", 0.6),
    ("PH", "Clark", 0.6),
)

# Spelling variants seen in posts (abbreviations, misspellings, old names).
CITY_VARIANTS: dict[str, tuple[str, ...]] = {
    "Phnom Penh": ("Phnom Penh", "Phnom Penh", "Pnom Penh", "PP", "Phnompenh"),
    "Sihanoukville": ("Sihanoukville", "Sihanoukville", "Sihanouk", "SHV"),
    "Bavet": ("Bavet", "Bavet"),
    "Poipet": ("Poipet", "Poipet", "Poi Pet"),
    "Myawaddy": ("Myawaddy", "Myawaddy", "Myawadi"),
    "KK Park": ("KK Park", "KK Park", "KKPark"),
    "Shwe Kokko": ("Shwe Kokko", "Shwe Kokko", "Shwekokko"),
    "Golden Triangle SEZ": ("Golden Triangle SEZ", "Golden Triangle", "GTSEZ"),
    "Bokeo": ("Bokeo", "Bokeo"),
    "Mae Sot": ("Mae Sot", "Mae Sot", "Maesot"),
    "Manila": ("Manila", "Metro Manila"),
    "Pasay": ("Pasay", "Pasay City"),
    "Clark": ("Clark", "Clark Pampanga"),
}

COUNTRY: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "KH": ("Kamboja", "Kamboja", "Cambodia", "KAMBOJA"),
        "MM": ("Myanmar", "Myanmar"),
        "LA": ("Laos", "Laos"),
        "TH": ("Thailand", "Thailand", "Thailand (perbatasan)"),
        "PH": ("Filipina", "Filipina", "Philippines"),
        "KR": ("Korea Selatan", "Korea"),
        "JP": ("Jepang",),
        "TW": ("Taiwan",),
        "HK": ("Hong Kong",),
        "MY": ("Malaysia",),
    },
    "en": {
        "KH": ("Cambodia", "Cambodia", "CAMBODIA"),
        "MM": ("Myanmar", "Myanmar (Burma)"),
        "LA": ("Laos", "Lao PDR"),
        "TH": ("Thailand", "Thailand", "Thailand (border area)"),
        "PH": ("Philippines", "the Philippines"),
        "KR": ("South Korea", "Korea"),
        "JP": ("Japan",),
        "TW": ("Taiwan",),
        "HK": ("Hong Kong",),
        "MY": ("Malaysia",),
    },
    "ms": {
        "KH": ("Kemboja", "Kemboja", "Cambodia", "KEMBOJA"),
        "MM": ("Myanmar",),
        "LA": ("Laos",),
        "TH": ("Thailand", "Thailand (sempadan)", "Siam"),
        "PH": ("Filipina", "Philippines"),
        "KR": ("Korea Selatan",),
        "JP": ("Jepun",),
        "TW": ("Taiwan",),
        "HK": ("Hong Kong",),
        "MY": ("Malaysia",),
        "SG": ("Singapura",),
    },
}

# Honest jobs in Cambodia: the cities overlap with the scam hubs on purpose.
KH_LEGIT_CITIES: tuple[str, ...] = (
    "Phnom Penh", "Phnom Penh", "Siem Reap", "Sihanoukville", "Battambang",
    "Kampot",
)  # fmt: skip
KH_DISTRICTS: tuple[str, ...] = (
    "Daun Penh", "Chamkarmon", "BKK1", "Toul Kork", "Sen Sok", "Russey Keo",
)  # fmt: skip

OFFICE_CITIES: dict[str, tuple[str, ...]] = {
    "id": (
        "Jakarta Selatan", "Jakarta Barat", "Jakarta Pusat", "Surabaya", "Bandung",
        "Medan", "Semarang", "Tangerang", "Bekasi", "Yogyakarta", "Makassar",
        "Batam", "Denpasar", "Malang",
    ),
    "ms": (
        "Kuala Lumpur", "Petaling Jaya", "Shah Alam", "Johor Bahru", "Pulau Pinang",
        "Cyberjaya", "Kota Kinabalu", "Kuching", "Ipoh", "Melaka",
    ),
    "en": (
        "Kuala Lumpur", "Petaling Jaya", "Cyberjaya", "Jakarta", "Surabaya",
        "Makati", "Cebu City", "Quezon City", "Penang", "Johor Bahru",
    ),
}  # fmt: skip

STREETS: dict[str, tuple[str, ...]] = {
    "id": ("Jl. Merdeka", "Jl. Sudirman", "Jl. Gatot Subroto", "Jl. Diponegoro",
           "Jl. Ahmad Yani", "Jl. Raya Darmo", "Jl. Pemuda", "Ruko Sentra Niaga"),
    "ms": ("Jalan Ampang", "Jalan Tun Razak", "Jalan SS2", "Jalan Klang Lama",
           "Persiaran Multimedia", "Jalan Wong Ah Fook"),
    "en": ("Jalan Ampang", "Ayala Avenue", "Jl. Sudirman", "Jalan Tun Razak",
           "Paseo de Roxas", "Jl. Pemuda"),
}  # fmt: skip

# Roles per scenario. The scam and honest lists overlap ("Customer Service",
# "Admin", "Data Entry", "Telemarketing") because the fronts copy real titles.
ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "id": {
        "scam_cs": ("Customer Service", "CS Online", "Admin Online", "Operator",
                    "Telemarketing", "Chat Support", "Relationship Manager", "Admin",
                    "Staff Online", "Customer Service (CS)", "Admin Chat"),
        "typist": ("Typist", "Data Entry", "Admin Input Data", "Operator Komputer",
                   "Admin Ketik", "Staff Input Data"),
        "gambling": ("Operator Game Online", "CS Game Online", "Admin Slot",
                     "Customer Service", "Marketing Online", "Operator",
                     "Admin Deposit", "CS Live Chat"),
        "crypto": ("Marketing Online", "Relationship Manager", "Chat Support",
                   "Admin Sosmed", "Marketing Crypto", "Customer Service",
                   "Digital Marketing"),
        "task": ("Part Time Online", "Kerja Sampingan", "Freelance Like & Subscribe",
                 "Admin Tugas Online", "Reseller Online", "Mitra Online"),
        "local": ("Customer Service", "Admin", "Telemarketing", "Admin Online Shop",
                  "CS Call Center", "Staf Administrasi", "Customer Service Online",
                  "Admin Gudang", "Telesales", "Chat Support"),
        "kh": ("Receptionist", "Front Office", "Chef Masakan Indonesia",
               "Guru Bahasa Inggris", "Program Assistant", "Staf Admin",
               "Customer Service", "Barista", "Supervisor Housekeeping"),
        "remote": ("Data Entry", "Admin Input Data", "Typist", "Transcriber",
                   "Anotator Data", "Staf Entri Data"),
    },
    "en": {
        "scam_cs": ("Customer Service", "Customer Service Representative",
                    "Online Admin", "Operator", "Telemarketer", "Chat Support",
                    "Relationship Manager", "Admin Staff", "Online CSR", "Chat Agent"),
        "typist": ("Typist", "Data Entry Clerk", "Data Encoder", "Online Typist",
                   "Computer Operator", "Data Entry"),
        "gambling": ("Online Game Operator", "Casino CSR", "Gaming Support Agent",
                     "Customer Service", "Online Marketing", "Operator",
                     "Live Chat Agent", "Deposit Admin"),
        "crypto": ("Online Marketing", "Relationship Manager", "Chat Support",
                   "Social Media Admin", "Crypto Marketing Agent",
                   "Customer Service", "Digital Marketer"),
        "task": ("Part-time Online Job", "Online Tasker", "Like & Subscribe Tasker",
                 "Remote Assistant", "App Reviewer", "Online Partner"),
        "local": ("Customer Service", "Admin Assistant", "Telemarketer",
                  "Call Center Agent", "Customer Service Executive",
                  "Office Administrator", "Telesales Executive", "Chat Support"),
        "kh": ("Receptionist", "Front Office Agent", "Sous Chef", "English Teacher",
               "Program Assistant", "Admin Officer", "Customer Service",
               "Barista", "Housekeeping Supervisor"),
        "remote": ("Data Entry Clerk", "Data Encoder", "Typist", "Transcriptionist",
                   "Data Annotator", "Remote Data Entry Assistant"),
    },
    "ms": {
        "scam_cs": ("Khidmat Pelanggan", "Customer Service", "Admin Online",
                    "Operator", "Telemarketing", "Chat Support",
                    "Relationship Manager", "Pembantu Admin", "Staf Online"),
        "typist": ("Jurutaip", "Data Entry", "Kerani Data", "Admin Taip",
                   "Operator Komputer"),
        "gambling": ("Operator Game Online", "CS Game Online", "Admin Deposit",
                     "Khidmat Pelanggan", "Pemasaran Online", "Operator"),
        "crypto": ("Pemasaran Online", "Relationship Manager", "Chat Support",
                   "Admin Media Sosial", "Ejen Pemasaran Kripto", "Customer Service"),
        "task": ("Kerja Sambilan Online", "Part Time Online", "Tugasan Like & Follow",
                 "Rakan Niaga Online", "Kerja dari Rumah"),
        "local": ("Khidmat Pelanggan", "Customer Service", "Kerani Pentadbiran",
                  "Telemarketing", "Ejen Pusat Panggilan", "Admin Kedai Online",
                  "Eksekutif Telesales", "Chat Support"),
        "kh": ("Penyambut Tetamu", "Front Office", "Tukang Masak",
               "Guru Bahasa Inggeris", "Pembantu Program", "Pegawai Admin",
               "Customer Service", "Barista"),
        "remote": ("Data Entry", "Kerani Data", "Jurutaip", "Transkripsi",
                   "Anotasi Data"),
    },
}  # fmt: skip

TASK_PLACES: dict[str, tuple[str, ...]] = {
    "id": ("dari rumah", "dari HP", "online", "WFH", "seluruh Indonesia"),
    "en": ("from home", "remote", "online", "anywhere", "WFH"),
    "ms": ("dari rumah", "online", "seluruh Malaysia", "WFH"),
}

# Company-name parts shared by fronts and honest employers (fronts copy
# respectable-sounding names, so the name alone must not tell them apart).
NAME_WORDS: tuple[str, ...] = (
    "Sinar", "Mitra", "Cahaya", "Global", "Asia", "Prima", "Golden", "Star",
    "Dragon", "Royal", "Sejahtera", "Makmur", "Nusantara", "Jaya", "Abadi",
    "Lucky", "Fortune", "Harmony", "Pacific", "Mekong", "Lotus", "Bintang",
    "Karya", "Sentosa", "Victory", "Elite", "Gemilang", "Utama", "Digital",
    "Solusi", "Kreasi", "Delta", "Orchid", "Sunrise", "Permata", "Cemerlang",
    "Andalan", "Berkah", "Phoenix", "Jade", "Horizon", "Rimba", "Samudra",
)  # fmt: skip
NAME_TAILS: tuple[str, ...] = (
    "Group", "International", "Indonesia", "Teknologi", "Logistik", "Media",
    "Solutions", "Holdings", "Trading", "Services", "Digital", "Network",
)  # fmt: skip

KH_ORG_KINDS: dict[str, tuple[str, ...]] = {
    "id": ("Hotel", "Boutique Hotel", "Riverside Hotel", "Rumah Makan", "Restoran",
           "Education Foundation", "International School", "Klinik", "Cafe",
           "Garment Co., Ltd."),
    "en": ("Hotel", "Boutique Hotel", "Riverside Hotel", "Restaurant",
           "Education Foundation", "International School", "Medical Clinic", "Cafe",
           "Garment Co., Ltd."),
    "ms": ("Hotel", "Boutique Hotel", "Restoran", "Yayasan Pendidikan",
           "Sekolah Antarabangsa", "Klinik", "Kafe", "Garment Co., Ltd."),
}  # fmt: skip


def company_name(rng: random.Random, lang: str) -> str:
    """A plausible but invented employer name in the lang's legal form."""
    a, b = rng.sample(NAME_WORDS, 2)
    tail = rng.choice(NAME_TAILS)
    forms = {
        "id": [f"PT {a} {b} {tail}", f"PT. {a} {b}", f"CV {a} {b}", f"PT {a} {tail}"],
        "ms": [f"{a} {b} Sdn Bhd", f"{a} {tail} Sdn. Bhd.", f"{a} {b} Enterprise"],
        "en": [f"{a} {b} {tail}", f"{a} {tail} Ltd.", f"{a} {b} Co., Ltd.",
               f"PT {a} {b}", f"{a} {b} Sdn Bhd"],
    }  # fmt: skip
    return rng.choice(forms.get(lang, forms["en"]))


def kh_org(rng: random.Random, lang: str) -> str:
    """An invented Cambodian employer: hotel, restaurant, school, NGO."""
    kind = rng.choice(KH_ORG_KINDS.get(lang, KH_ORG_KINDS["en"]))
    word = rng.choice(NAME_WORDS)
    if kind in ("Rumah Makan", "Restoran", "Restaurant", "Klinik", "Kafe", "Cafe"):
        return f"{kind} {word} {rng.choice(['Nusantara', 'Indah', 'Rasa', 'Mekong'])}"
    return f"{word} {kind}"


def slug(name: str) -> str:
    """A domain-like slug of a company name."""
    keep = [w for w in name.lower().replace(".", " ").split() if w.isalpha()]
    keep = [w for w in keep if w not in {"pt", "cv", "sdn", "bhd", "co", "ltd"}]
    return "".join(keep[:2]) or "karir"


_HANDLE_HEADS = ("hr", "cs", "admin", "recruit", "loker", "info", "kerja", "job",
                 "official", "rekrut", "career", "team", "hrd", "agent")  # fmt: skip
_HANDLE_WORDS = ("global", "asia", "star", "gold", "mitra", "sukses", "jaya", "lucky",
                 "happy", "dragon", "royal", "prima", "bintang", "hoki", "karir",
                 "mekong", "lotus", "win", "maju", "sinar")  # fmt: skip


def handle(rng: random.Random) -> str:
    """A Telegram/IG-style handle."""
    head = rng.choice(_HANDLE_HEADS)
    word = rng.choice(_HANDLE_WORDS)
    digits = str(rng.randint(1, 999)) if rng.random() < 0.7 else ""
    sep = rng.choice(["_", "", "."]) if rng.random() < 0.8 else "_"
    if sep == ".":
        sep = "_"
    return f"@{head}{sep}{word}{digits}"


def phone(rng: random.Random, country: str) -> str:
    """A masked, non-dialable phone number in the country's usual layout."""
    d4 = f"{rng.randint(0, 9999):04d}"
    d3 = f"{rng.randint(0, 999):03d}"
    if country == "KH":
        return rng.choice([f"+855 xx xxx {d3}", f"0xx xxx {d3}"])
    if country == "MY":
        return rng.choice(
            [f"01{rng.randint(0, 9)}-xxx {d4}", f"+60 1{rng.randint(0, 9)}-xxx {d4}"]
        )
    if country == "PH":
        return rng.choice([f"09xx xxx {d4}", f"+63 9xx xxx {d4}"])
    if country == "TH":
        return f"0{rng.choice('689')}x-xxx-{d4}"
    if country == "VN":
        return f"09xx xxx {d3}"
    pre = f"08{rng.choice('1235789')}{rng.randint(0, 9)}"
    return rng.choice(
        [f"{pre}-xxxx-{d4}", f"+62 {pre[1:]}-xxxx-{d4}", f"{pre}xxxx{d4}",
         f"{pre} xxxx {d4}"]
    )  # fmt: skip


def short_link(rng: random.Random) -> str:
    """A shortened or messenger link of the kinds used by both labels."""
    code = "".join(
        rng.choices(string.ascii_letters + string.digits, k=rng.randint(5, 7))
    )
    word = rng.choice(_HANDLE_WORDS)
    return rng.choice(
        [
            f"bit.ly/{code}",
            f"https://bit.ly/{code}",
            f"s.id/{word}{rng.randint(1, 99)}",
            f"tinyurl.com/{code.lower()}",
            f"forms.gle/{code}",
            f"linktr.ee/{word}{rng.choice(_HANDLE_HEADS)}",
        ]
    )


def email(rng: random.Random, company: str) -> str:
    """An address at the employer's domain or a free-mail recruiter box."""
    s = slug(company)
    box = rng.choice(["hr", "recruitment", "karir", "career", "hrd", "jobs"])
    return rng.choice(
        [
            f"{box}@{s}.co.id",
            f"{box}@{s}.com",
            f"{box}.{s}@gmail.com",
            f"{s}.{box}@gmail.com",
            f"{box}@{s}.com.my",
            f"{box}@{s}.com.kh",
        ]
    )


def company_site(rng: random.Random, company: str) -> str:
    s = slug(company)
    return rng.choice(
        [f"karir.{s}.co.id", f"www.{s}.com/careers", f"{s}.com/jobs",
         f"https://{s}.co.id/karir", f"www.{s}.com.kh/jobs"]
    )  # fmt: skip


# --- money per scenario -----------------------------------------------------


def scam_salary(rng: random.Random, lang: str) -> str:
    """The lure: $800-2,500, Rp 10-30 jt or RM 4-10k for unskilled work."""
    roll = rng.random()
    if lang == "id" and roll < 0.45:
        lo, hi = engine.salary_range(rng, 10_000_000, 30_000_000, 1_000_000)
        return engine.idr(rng, lo, hi)
    if lang == "ms" and roll < 0.5:
        lo, hi = engine.salary_range(rng, 4_000, 10_000, 500)
        return engine.ringgit(rng, lo, hi)
    lo, hi = engine.salary_range(rng, 800, 2_500, 100)
    return engine.usd(rng, lo, hi)


def local_salary(rng: random.Random, lang: str, city: str) -> str:
    """Market pay for office work: UMR-level Rp 4-6 jt or RM 1,800-3,000."""
    if lang == "id" or city in ("Jakarta", "Surabaya"):
        lo, hi = engine.salary_range(rng, 4_000_000, 6_000_000, 250_000)
        return engine.idr(rng, lo, hi)
    if city in ("Makati", "Cebu City", "Quezon City"):
        lo, hi = engine.salary_range(rng, 18_000, 26_000, 1_000)
        return engine.generic(rng, "₱", lo, hi)
    lo, hi = engine.salary_range(rng, 1_800, 3_000, 100)
    return engine.ringgit(rng, lo, hi)


def kh_salary(rng: random.Random) -> str:
    """Normal pay for hotel, NGO and school jobs in Cambodia."""
    lo, hi = engine.salary_range(rng, 350, 1_200, 50)
    return engine.usd(rng, lo, hi)


def remote_salary(rng: random.Random, lang: str) -> str:
    if lang == "id":
        lo, hi = engine.salary_range(rng, 2_500_000, 5_000_000, 250_000)
        return engine.idr(rng, lo, hi)
    if lang == "ms" or rng.random() < 0.4:
        lo, hi = engine.salary_range(rng, 1_500, 2_600, 100)
        return engine.ringgit(rng, lo, hi)
    lo, hi = engine.salary_range(rng, 250, 600, 25)
    return engine.usd(rng, lo, hi)


def abroad_salary(rng: random.Random, country: str, lang: str) -> str:
    """Pay for regulated placements; Korea's overlaps the scam lure range."""
    if country == "KR":
        if lang == "id" and rng.random() < 0.6:
            lo, hi = engine.salary_range(rng, 20_000_000, 30_000_000, 1_000_000)
            return engine.idr(rng, lo, hi)
        lo, hi = engine.salary_range(rng, 2_000_000, 2_600_000, 100_000)
        return engine.generic(rng, "₩", lo, hi)
    if country == "JP":
        if lang == "id" and rng.random() < 0.5:
            lo, hi = engine.salary_range(rng, 15_000_000, 22_000_000, 1_000_000)
            return engine.idr(rng, lo, hi)
        lo, hi = engine.salary_range(rng, 160_000, 230_000, 10_000)
        return engine.generic(rng, "¥", lo, hi)
    if country == "TW":
        lo, hi = engine.salary_range(rng, 27_000, 31_000, 500)
        return engine.generic(rng, "NT$", lo, hi)
    if country == "HK":
        return engine.generic(rng, "HK$", engine.round_to(rng, 4_900, 5_500, 50))
    if country == "SG":
        lo, hi = engine.salary_range(rng, 1_800, 2_800, 100)
        return engine.generic(rng, "S$", lo, hi)
    lo, hi = engine.salary_range(rng, 1_500, 2_200, 100)
    return engine.ringgit(rng, lo, hi)


def fee(rng: random.Random, lang: str) -> str:
    """Processing fees and deposits demanded by fronts and brokers."""
    if lang == "id":
        return engine.idr(rng, engine.round_to(rng, 2_000_000, 15_000_000, 500_000))
    if lang == "ms":
        return engine.ringgit(rng, engine.round_to(rng, 800, 4_000, 100))
    return engine.usd(rng, engine.round_to(rng, 200, 1_000, 50))


def task_money(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(pay per task, pay per day, deposit to unlock) for task scams."""
    if lang == "id":
        return (
            engine.idr(rng, engine.round_to(rng, 10_000, 60_000, 5_000)),
            engine.idr(rng, engine.round_to(rng, 300_000, 1_500_000, 50_000)),
            engine.idr(rng, engine.round_to(rng, 100_000, 5_000_000, 50_000)),
        )
    if lang == "ms":
        return (
            engine.ringgit(rng, engine.round_to(rng, 10, 60, 5)),
            engine.ringgit(rng, engine.round_to(rng, 150, 900, 50)),
            engine.ringgit(rng, engine.round_to(rng, 100, 3_000, 50)),
        )
    return (
        engine.usd(rng, engine.round_to(rng, 3, 20, 1)),
        engine.usd(rng, engine.round_to(rng, 80, 500, 10)),
        engine.usd(rng, engine.round_to(rng, 50, 1_000, 50)),
    )
