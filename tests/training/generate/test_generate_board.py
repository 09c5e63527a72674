"""Board-shaped synthetic ads: shape, both labels, pay, determinism."""

from __future__ import annotations

import re
import statistics
from collections import Counter

import pytest

from model.ad import AD_FIELDS, join_fields
from training.generate.board import BOARD_SHARES, generate_board_ads

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
