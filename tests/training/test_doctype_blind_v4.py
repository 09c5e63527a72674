"""The blind document-type evaluation set, version 4 (data/doctype/blind_v4.jsonl)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from training.generate.doctype_blind_v4 import (
    DOCTYPES,
    ID_PREFIX,
    LANGUAGES,
    OUT_PATH,
    PER_CLASS,
    blind_rows,
    write_blind,
)

KEYS = ["id", "lang", "doctype", "label", "text"]
THAI = re.compile(r"[\u0e00-\u0e7f]")
KHMER = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
SCRIPTS = {"th": THAI, "km": KHMER, "zh": HAN}
LATIN_LANGUAGES = tuple(lang for lang in LANGUAGES if lang not in SCRIPTS)


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    with OUT_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_regeneration_is_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "blind_v4.jsonl"
    assert write_blind(path) == len(LANGUAGES) * len(DOCTYPES) * PER_CLASS
    assert path.read_bytes() == OUT_PATH.read_bytes()


def test_committed_file_is_json_lines_without_ascii_escapes() -> None:
    raw = OUT_PATH.read_bytes()
    assert raw.endswith(b"\n")
    assert b"\r" not in raw
    for line in raw.decode("utf-8").splitlines():
        assert line == json.dumps(json.loads(line), ensure_ascii=False)


def test_ten_texts_per_language_and_doctype(rows: list[dict[str, object]]) -> None:
    counts = Counter((row["lang"], row["doctype"]) for row in rows)
    expected = {
        (lang, doctype): PER_CLASS for lang in LANGUAGES for doctype in DOCTYPES
    }
    assert counts == expected
    assert len(rows) == len(LANGUAGES) * len(DOCTYPES) * PER_CLASS


def test_five_legitimate_and_five_scam_ads_per_language(
    rows: list[dict[str, object]],
) -> None:
    labels = Counter(
        (row["lang"], row["label"]) for row in rows if row["doctype"] == "job_ad"
    )
    for lang in LANGUAGES:
        assert labels[(lang, 0)] == PER_CLASS // 2
        assert labels[(lang, 1)] == PER_CLASS // 2


def test_fields(rows: list[dict[str, object]]) -> None:
    for number, row in enumerate(rows):
        assert list(row) == KEYS
        assert row["id"] == f"{ID_PREFIX}-{number:04d}"
        assert row["lang"] in LANGUAGES
        assert row["doctype"] in DOCTYPES
        if row["doctype"] == "job_ad":
            assert row["label"] in (0, 1)
            assert type(row["label"]) is int
        else:
            assert row["label"] is None
        text = row["text"]
        assert isinstance(text, str)
        assert text and text == text.strip()


def test_rows_match_the_generator(rows: list[dict[str, object]]) -> None:
    assert rows == blind_rows()


def test_scripts(rows: list[dict[str, object]]) -> None:
    for row in rows:
        text = str(row["text"])
        lang = row["lang"]
        if lang in SCRIPTS:
            assert SCRIPTS[lang].search(text), row["id"]
            others = [pattern for key, pattern in SCRIPTS.items() if key != lang]
            assert not any(pattern.search(text) for pattern in others), row["id"]
        else:
            assert lang in LATIN_LANGUAGES
            assert not THAI.search(text), row["id"]
            assert not KHMER.search(text), row["id"]
            assert not HAN.search(text), row["id"]


def test_no_duplicate_texts(rows: list[dict[str, object]]) -> None:
    texts = [str(row["text"]) for row in rows]
    assert len(set(texts)) == len(texts)
    folded = [" ".join(text.casefold().split()) for text in texts]
    assert len(set(folded)) == len(folded)
