"""Board-shaped synthetic ads: shape, both labels, pay, determinism."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter

import pytest

from model.ad import AD_FIELDS, join_fields
from training.generate.board import BOARD_SHARES, board_ad, generate_board_ads

ROWS = generate_board_ads(700, seed=3)


def _of(subtype: str) -> list[dict]:
    return [r for r in ROWS if r["subtype"] == subtype]


def test_deterministic_and_prefix_stable() -> None:
    assert generate_board_ads(50, seed=3) == ROWS[:50]
    assert generate_board_ads(50, seed=4) != ROWS[:50]


def test_every_subtype_with_its_label_and_joined_text() -> None:
    assert {r["subtype"] for r in ROWS} == set(BOARD_SHARES)
    for row in ROWS:
        assert row["label"] == BOARD_SHARES[row["subtype"]][0]
        fields = {k: row[k] for k in AD_FIELDS}
        assert row["text"] == join_fields(fields)
    share = sum(r["label"] for r in ROWS) / len(ROWS)
    assert 0.2 < share < 0.4


@pytest.mark.parametrize(
    ("subtype", "min_median_chars", "marker"),
    [
        ("board_id", 500, r"Kualifikasi|Persyaratan|Requirements|Syarat"),
        ("board_sea", 300, r"Responsibilities|Job Description"),
        ("board_kh", 250, r"Job Requirements|លក្ខខណ្ឌតម្រូវ|លក្ខណៈសម្បត្តិ|តម្រូវការ|任职要求"),
        ("board_zh", 300, r"岗位职责"),
    ],
)
def test_legitimate_board_ads_look_like_board_ads(
    subtype: str, min_median_chars: int, marker: str
) -> None:
    rows = _of(subtype)
    assert statistics.median(len(r["text"]) for r in rows) >= min_median_chars
    assert all(re.search(marker, r["text"]) for r in rows)
    assert all(r["company"] and r["location"] for r in rows)


@pytest.mark.parametrize(
    ("subtype", "pattern", "low", "high"),
    [
        # Legitimate pay stays at local market wages ...
        ("board_zh", r"(\d+)-(\d+)元/月", 3_000, 14_000),
        # Cambodian boards: USD at local rates, also in Chinese-language ads.
        ("board_kh", r"\$(\d+) ?- ?\$(\d+)|(\d+)-(\d+)美金", 200, 1_500),
        ("board_scam_zh", r"(\d+)-(\d+)元/月", 15_000, 40_000),
    ],
)
def test_salary_ranges_per_country(
    subtype: str, pattern: str, low: int, high: int
) -> None:
    for row in _of(subtype):
        found = re.search(pattern, row["salary"] or "")
        if found is None:  # "Negotiable", "薪资面议", "តាមការចរចា"
            continue
        lo, hi = (int(g) for g in found.groups() if g)
        assert low <= lo <= hi <= high, row["salary"]


def test_rupiah_salaries_stay_near_local_wages() -> None:
    for row in _of("board_id"):
        if row["salary"]:
            digits = [int(d.replace(".", "").replace(",", ""))
                      for d in re.findall(r"\d[\d.,]+", row["salary"])]  # fmt: skip
            assert all(2_000_000 <= d <= 10_000_000 for d in digits), row["salary"]


def test_scam_board_ads_carry_a_lure_not_just_a_format() -> None:
    lure = re.compile(
        r"Kamboja|Cambodia|Phnom Penh|Sihanouk|Bavet|Poipet|Myanmar|柬埔寨|缅甸|老挝"
        r"|Thailand|海外|Telegram|tiket|flight|机票|护照|passport|Paspor|visa",
        re.IGNORECASE,
    )
    for subtype in ("board_scam_id", "board_scam_kh", "board_scam_zh"):
        assert all(lure.search(r["text"]) for r in _of(subtype)), subtype


def test_cambodian_boards_are_written_in_english_khmer_and_chinese() -> None:
    """CamHR-style local jobs in Khmer and Chinese, not only English."""
    langs = Counter(r["lang"] for r in _of("board_kh"))
    assert set(langs) == {"en", "km", "zh"}
    assert langs["km"] >= 0.2 * sum(langs.values())
    khmer = [r for r in _of("board_kh") if r["lang"] == "km"]
    assert all(len(re.findall(r"[\u1780-\u17FF]", r["text"])) > 60 for r in khmer)
    chinese = [r for r in _of("board_kh") if r["lang"] == "zh"]
    assert all(len(re.findall(r"[\u4e00-\u9fff]", r["text"])) > 40 for r in chinese)


def test_chinese_board_ads_show_58_com_field_shapes() -> None:
    rows = _of("board_zh")
    assert any(r["salary"] == "薪资面议" for r in rows)
    assert all(re.fullmatch(r"[^_]+(_[^_]+){1,3}", r["location"]) for r in rows)
    assert all(re.fullmatch(r"[^_]+_[^_]+", r["requirements"]) for r in rows)


# --- Philippines, Thailand, Vietnam ------------------------------------------------

# A larger draw so that the smaller shapes have a hundred-odd ads each.
SEA_ROWS = generate_board_ads(3000, seed=7)
NEW_SUBTYPES = ("board_ph", "board_th", "board_vi", "board_scam_sea")


def _sea(subtype: str) -> list[dict]:
    return [r for r in SEA_ROWS if r["subtype"] == subtype]


def _numbers(text: str) -> list[int]:
    """Amounts as written: "28,590", "12.000.000", "38" (separators dropped)."""
    return [int(re.sub(r"[.,]", "", n)) for n in re.findall(r"\d[\d.,]*\d|\d", text)]


def test_new_shapes_keep_the_old_proportions() -> None:
    assert sum(w for _, w in BOARD_SHARES.values()) == pytest.approx(1.0)
    old = {
        "board_id": 0.23,
        "board_sea": 0.08,
        "board_kh": 0.22,
        "board_zh": 0.19,
        "board_scam_id": 0.10,
        "board_scam_kh": 0.10,
        "board_scam_zh": 0.08,
    }
    ratios = {BOARD_SHARES[k][1] / w for k, w in old.items()}
    assert max(ratios) - min(ratios) < 1e-9


@pytest.mark.parametrize(
    ("subtype", "label", "langs", "main_lang"),
    [
        ("board_ph", 0, {"en", "tl"}, "en"),
        ("board_th", 0, {"th", "en"}, "th"),
        ("board_vi", 0, {"vi"}, "vi"),
        ("board_scam_sea", 1, {"en", "tl", "th", "vi"}, None),
    ],
)
def test_new_shapes_label_and_language(
    subtype: str, label: int, langs: set[str], main_lang: str | None
) -> None:
    rows = _sea(subtype)
    assert len(rows) > 80
    assert all(r["label"] == label for r in rows)
    counts = Counter(r["lang"] for r in rows)
    assert set(counts) <= langs
    if main_lang:
        assert counts.most_common(1)[0][0] == main_lang
    else:  # the scam fronts come in every one of the three shapes
        assert {"en", "th", "vi"} <= set(counts)


@pytest.mark.parametrize(
    ("lang", "script", "minimum"),
    [
        ("th", r"[\u0e00-\u0e7f]", 80),
        ("vi", r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", 20),
        (
            "tl",
            r"\b(?:ang|mag|na|sa|lang|kami|namin|may|at|mga|pa|agad|walang|pwede)\b",
            2,
        ),
    ],
)
def test_new_shapes_are_written_in_their_language(
    lang: str, script: str, minimum: int
) -> None:
    rows = [r for s in NEW_SUBTYPES for r in _sea(s) if r["lang"] == lang]
    assert rows
    assert all(
        len(re.findall(script, r["text"], re.IGNORECASE)) >= minimum for r in rows
    )


@pytest.mark.parametrize(
    ("lang", "sections"),
    [
        ("en", (r"Job Description|Responsibilities|What you'll do",
                r"Qualifications|Requirements|What we're looking for",
                r"Benefits|Perks|What we offer|Welfare")),
        ("tl", (r"Job Description|Responsibilities|What you'll do",
                r"Qualifications|Requirements|What we're looking for",
                r"Benefits|Perks|What we offer")),
        ("th", (r"หน้าที่และความรับผิดชอบ|รายละเอียดงาน|ลักษณะงาน", r"คุณสมบัติ",
                r"สวัสดิการ")),
        ("vi", (r"Mô tả công việc", r"Yêu cầu (ứng viên|công việc)",
                r"Quyền lợi|Phúc lợi")),
    ],
)  # fmt: skip
def test_new_shapes_have_board_sections_for_both_labels(
    lang: str, sections: tuple[str, ...]
) -> None:
    """Legitimate and scam ads share the sections: the format decides nothing."""
    for label in (0, 1):
        rows = [r for s in NEW_SUBTYPES for r in _sea(s)
                if r["lang"] == lang and r["label"] == label]  # fmt: skip
        assert rows, (lang, label)
        for row in rows:
            assert row["title"] and row["company"] and row["location"]
            for section in sections:
                assert re.search(section, row["description"]), (section, row["text"])


@pytest.mark.parametrize(
    ("subtype", "currency", "low", "high"),
    [
        # Philippine local jobs: pesos at market pay (entry CSR 18-28k, admin
        # 16-25k, team leads to 50k; provincial hubs a little lower).
        ("board_ph", r"PHP|₱|Php", 12_000, 50_000),
        # DMW-licensed overseas job orders at the destination's lawful pay.
        ("board_ph", r"^SAR", 1_500, 8_000),
        ("board_ph", r"^AED", 2_500, 10_000),
        ("board_ph", r"^QAR", 1_500, 12_000),
        ("board_ph", r"^JPY", 165_000, 220_000),
        ("board_ph", r"^NTD", 28_590, 33_000),
        ("board_ph", r"^CAD .* per hour", 17, 48),
        ("board_ph", r"^USD", 1_000, 4_500),
        # Thai boards: baht at ordinary wages (office and CS 15-35k, Chinese
        # speaking CS in Bangkok to 40k).
        ("board_th", r"บาท|฿|THB", 10_000, 40_000),
        # Vietnamese boards: triệu at ordinary wages, also written in full.
        ("board_vi", r"triệu", 7, 20),
        ("board_vi", r"VNĐ", 7_000_000, 20_000_000),
        # Licensed labour export: the destination's pay.
        ("board_vi", r"yên", 170_000, 220_000),
        ("board_vi", r"won", 2_500_000, 3_000_000),
        ("board_vi", r"Đài tệ", 28_590, 33_000),
    ],
)
def test_new_legitimate_pay_stays_in_ordinary_bands(
    subtype: str, currency: str, low: int, high: int
) -> None:
    matched = [
        r["salary"] for r in _sea(subtype) if re.search(currency, r["salary"] or "")
    ]
    assert matched, currency
    for salary in matched:
        amounts = _numbers(salary)
        assert amounts and all(low <= a <= high for a in amounts), salary
        assert amounts == sorted(amounts), salary


def test_licensed_overseas_ads_name_their_licence_and_process() -> None:
    ph_abroad = [r for r in _sea("board_ph") if "DMW License No." in r["text"]]
    assert 0.2 < len(ph_abroad) / len(_sea("board_ph")) < 0.45
    for row in ph_abroad:
        assert re.search(r"DMW-\d{3}-(LB|SB)-\d{6}-R", row["text"])
        assert re.search(r"placement fee", row["text"], re.IGNORECASE)
    assert any("PDOS" in r["text"] for r in ph_abroad)
    assert any("Manila" in r["text"] for r in ph_abroad)
    xkld = [r for r in _sea("board_vi") if "LĐTBXH-GP" in r["text"]]
    assert xkld
    assert all(re.search(r"\d+/LĐTBXH-GP", r["text"]) for r in xkld)


ABROAD = re.compile(
    r"Cambodia|Campuchia|กัมพูชา|Myanmar|เมียนมา|Dubai|ดูไบ|Malaysia|มาเลเซีย"
)
COMPOUND_LURES = re.compile(
    r"Telegram|WhatsApp|Zalo|tourist|วีซ่าท่องเที่ยว|visa du lịch|Passport will be kept"
    r"|พาสปอร์ต|hộ chiếu|No experience|ไม่ต้องมีประสบการณ์|Không cần kinh nghiệm"
    r"|No need for OEC|several times higher|หลายเท่า|gấp nhiều lần"
    r"|airfare|ตั๋วเครื่องบิน|vé máy bay|within \d+ days|ภายใน \d+ วัน|trong \d+ ngày",
)
# Local entry pay and what one US dollar buys, per shape.
LOCAL_ENTRY = {"en": 20_000, "tl": 20_000, "th": 15_000, "vi": 8}
PER_USD = {"en": 57, "tl": 57, "th": 35, "vi": 0.025}


def test_scam_fronts_carry_the_lure_abroad_at_several_times_local_pay() -> None:
    for row in _sea("board_scam_sea"):
        assert ABROAD.search(row["location"]), row["location"]
        assert len(COMPOUND_LURES.findall(row["text"])) >= 2, row["text"]
        lang, salary = row["lang"], row["salary"]
        lowest = min(_numbers(salary))
        if "USD" in salary:
            lowest *= PER_USD[lang]
        assert lowest >= 3 * LOCAL_ENTRY[lang], salary


@pytest.mark.parametrize("subtype", ["board_ph", "board_th", "board_vi"])
def test_legitimate_new_shapes_carry_no_compound_lure(subtype: str) -> None:
    lure = re.compile(
        r"Cambodia|Campuchia|กัมพูชา|Myanmar|เมียนมา|Telegram|tourist|วีซ่าท่องเที่ยว"
        r"|visa du lịch|Passport will be kept|เก็บพาสปอร์ต|giữ hộ chiếu"
    )
    assert not any(lure.search(r["text"]) for r in _sea(subtype))


@pytest.mark.parametrize("subtype", NEW_SUBTYPES)
def test_new_shapes_are_deterministic_for_a_seed(subtype: str) -> None:
    first = [board_ad(random.Random(f"t:{i}"), subtype) for i in range(20)]
    again = [board_ad(random.Random(f"t:{i}"), subtype) for i in range(20)]
    assert first == again
    assert len({a["text"] for a in first}) == len(first)
