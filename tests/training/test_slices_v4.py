"""The blind held-out language slices, version 4 (training/generate/slices_v4.py)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from training.generate.slices_v4 import (
    LANGUAGES,
    LEGIT_SLICE,
    README_NAME,
    SCAM_PER_LANGUAGE,
    SLICES_DIR,
    names_a_place,
    scam_slice,
    scam_texts,
    write_slices,
)

SCAM_FILES = [f"{scam_slice(lang)}.jsonl" for lang in LANGUAGES]
LEGIT_FILE = f"{LEGIT_SLICE}.jsonl"
FIELDS = ["id", "slice", "kind", "lang", "label", "text"]
LEGIT_PER_LANGUAGE = 20
MIN_WHOLE = 32

# Scripts: every Thai, Khmer or Chinese text has some of its own script; the
# Latin-script languages have none of these.
SCRIPT = {
    "th": re.compile("[\u0e00-\u0e7f]"),
    "km": re.compile("[\u1780-\u17ff]"),
    "zh": re.compile("[\u4e00-\u9fff]"),
}
OTHER_SCRIPTS = re.compile("[\u0e00-\u0e7f\u1780-\u17ff\u4e00-\u9fff]")
# Latin-script languages: every text has at least one of these words.
MARKERS = {
    "ms": {"gaji", "kerja", "tak", "untuk", "dan", "di", "boleh", "perlu", "syarikat"},
    "tl": {"ng", "sa", "po", "lang", "mga", "ang", "libre", "libreng", "walang"},
    "vi": {"lương", "luong", "tuyển", "tuyen", "làm", "lam", "việc", "viec", "công"},
}
VIETNAMESE_LETTERS = re.compile(
    "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
)
# The hardest legitimate ads: a messaging app, housing or "no experience".
HARD_LEGIT = {
    "tl": re.compile(
        r"whatsapp|telegram|viber|wechat|no experience|walang experience|"
        r"staff hous|stay-in|accommodation|tirahan|tulugan|dorm",
        re.IGNORECASE,
    ),
    "zh": re.compile(
        r"whatsapp|telegram|微信|宿舍|住宿|包住|公寓|无经验|無經驗|无需.{0,2}经验",
        re.IGNORECASE,
    ),
}
MIN_HARD_LEGIT = 8


def _rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("slices_v4")
    counts = write_slices(out)
    assert counts == {
        **dict.fromkeys(SCAM_FILES, SCAM_PER_LANGUAGE),
        LEGIT_FILE: LEGIT_PER_LANGUAGE * len(LANGUAGES),
    }
    return out


@pytest.mark.parametrize("name", [*SCAM_FILES, LEGIT_FILE, README_NAME])
def test_committed_files_equal_a_fresh_write(fresh: Path, name: str) -> None:
    assert (SLICES_DIR / name).read_bytes() == (fresh / name).read_bytes()


def test_a_second_write_is_byte_identical(fresh: Path, tmp_path: Path) -> None:
    write_slices(tmp_path)
    for name in [*SCAM_FILES, LEGIT_FILE, README_NAME]:
        assert (tmp_path / name).read_bytes() == (fresh / name).read_bytes()


@pytest.mark.parametrize("name", [*SCAM_FILES, LEGIT_FILE])
def test_rows_are_well_formed(fresh: Path, name: str) -> None:
    rows = _rows(fresh / name)
    stem = name.removesuffix(".jsonl")
    assert all(list(row) == FIELDS for row in rows)
    assert [row["id"] for row in rows] == [f"{stem}-{n:04d}" for n in range(len(rows))]
    assert {row["slice"] for row in rows} == {stem}
    texts = [row["text"] for row in rows]
    assert all(isinstance(text, str) and text == text.strip() != "" for text in texts)
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_scam_files_hold_forty_ads_of_their_language(fresh: Path, lang: str) -> None:
    rows = _rows(fresh / f"{scam_slice(lang)}.jsonl")
    assert len(rows) == SCAM_PER_LANGUAGE
    assert {(row["kind"], row["label"], row["lang"]) for row in rows} == {
        ("language", 1, lang)
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_scam_files_are_mostly_whole_hand_written_ads(lang: str) -> None:
    texts, whole = scam_texts(lang)
    assert len(texts) == SCAM_PER_LANGUAGE
    assert MIN_WHOLE <= whole <= SCAM_PER_LANGUAGE


@pytest.mark.parametrize("lang", LANGUAGES)
def test_about_half_the_scam_ads_name_no_destination(fresh: Path, lang: str) -> None:
    texts = [row["text"] for row in _rows(fresh / f"{scam_slice(lang)}.jsonl")]
    nowhere = sum(not names_a_place(text) for text in texts)
    assert 16 <= nowhere <= 24


def test_place_names_match_whole_latin_words_only() -> None:
    assert names_a_place("Kerja di Laos, gaji tinggi")
    assert names_a_place("Tuyển người đi Lào")
    assert not names_a_place("xuất khẩu lao động không mất phí")
    assert not names_a_place("Clarkson Street, Makati")


def test_legit_file_holds_twenty_hard_legit_ads_per_language(fresh: Path) -> None:
    rows = _rows(fresh / LEGIT_FILE)
    assert {(row["kind"], row["label"]) for row in rows} == {("hard_legit", 0)}
    assert Counter(row["lang"] for row in rows) == dict.fromkeys(
        LANGUAGES, LEGIT_PER_LANGUAGE
    )


@pytest.mark.parametrize("lang", sorted(HARD_LEGIT))
def test_tagalog_and_chinese_legit_ads_share_the_hardest_features(
    fresh: Path, lang: str
) -> None:
    texts = [row["text"] for row in _rows(fresh / LEGIT_FILE) if row["lang"] == lang]
    assert sum(bool(HARD_LEGIT[lang].search(text)) for text in texts) >= MIN_HARD_LEGIT


def test_ids_and_texts_are_unique_across_files(fresh: Path) -> None:
    rows = [row for name in [*SCAM_FILES, LEGIT_FILE] for row in _rows(fresh / name)]
    ids = [row["id"] for row in rows]
    texts = [row["text"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)


def test_no_text_is_shared_with_an_earlier_slice(fresh: Path) -> None:
    earlier = sorted(
        path
        for path in SLICES_DIR.glob("*.jsonl")
        if not path.name.endswith("_v4.jsonl")
    )
    assert any(path.name.endswith("_v3.jsonl") for path in earlier)
    old = {str(row.get("text", "")).strip() for path in earlier for row in _rows(path)}
    new = {
        row["text"] for name in [*SCAM_FILES, LEGIT_FILE] for row in _rows(fresh / name)
    }
    assert not new & old


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("label", [1, 0])
def test_texts_are_in_the_language_named(fresh: Path, lang: str, label: int) -> None:
    name = f"{scam_slice(lang)}.jsonl" if label else LEGIT_FILE
    texts = [row["text"] for row in _rows(fresh / name) if row["lang"] == lang]
    assert texts
    if lang in SCRIPT:
        assert all(SCRIPT[lang].search(text) for text in texts)
        return
    assert not any(OTHER_SCRIPTS.search(text) for text in texts)
    words = [set(re.findall(r"\w+", text.lower())) for text in texts]
    assert all(found & MARKERS[lang] for found in words)


def test_vietnamese_is_mostly_accented_with_some_typed_without(fresh: Path) -> None:
    texts = [row["text"] for row in _rows(fresh / f"{scam_slice('vi')}.jsonl")]
    accented = sum(bool(VIETNAMESE_LETTERS.search(text.lower())) for text in texts)
    assert len(texts) * 3 // 4 <= accented < len(texts)
