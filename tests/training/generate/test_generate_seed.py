"""The hand-written seed ads in data/seed/seed_ads.jsonl load and validate."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from model.ad import AD_FIELDS, join_fields
from model.langid import detect_language
from model.preprocess import normalize
from training.generate import SUBTYPES

SEED_PATH = Path(__file__).resolve().parents[3] / "data" / "seed" / "seed_ads.jsonl"
KEYS = {"id", "source", "genre", "lang", *AD_FIELDS, "text", "label",
        "label_origin", "subtype", "note"}  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> list[dict[str, Any]]:
    with SEED_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_about_sixty_rows_with_every_key(seed: list[dict[str, Any]]) -> None:
    assert 55 <= len(seed) <= 70
    for row in seed:
        assert set(row) == KEYS, row["id"]


def test_ids_unique_and_numbered(seed: list[dict[str, Any]]) -> None:
    ids = [row["id"] for row in seed]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"seed-\d{3}", i) for i in ids)


@pytest.mark.parametrize(
    ("column", "allowed"),
    [
        ("source", {"seed"}),
        ("genre", {"job_ad"}),
        ("label_origin", {"manual"}),
        ("label", {0, 1}),
        ("subtype", set(SUBTYPES)),
    ],
)
def test_column_values(seed: list[dict[str, Any]], column: str, allowed: set) -> None:
    assert {row[column] for row in seed} <= allowed


def test_about_half_positive(seed: list[dict[str, Any]]) -> None:
    share = sum(row["label"] for row in seed) / len(seed)
    assert 0.4 <= share <= 0.6


def test_label_matches_subtype(seed: list[dict[str, Any]]) -> None:
    for row in seed:
        assert SUBTYPES[row["subtype"]] == row["label"], row["id"]


@pytest.mark.parametrize(
    ("lang", "minimum"),
    [("id", 15), ("en", 10), ("ms", 6), ("zh", 1), ("th", 1), ("vi", 1),
     ("km", 1), ("tl", 1)],
)  # fmt: skip
def test_languages_covered(seed: list[dict[str, Any]], lang: str, minimum: int) -> None:
    assert sum(row["lang"] == lang for row in seed) >= minimum


@pytest.mark.parametrize("lang", ["id", "en", "ms"])
def test_both_labels_in_main_languages(seed: list[dict[str, Any]], lang: str) -> None:
    assert {row["label"] for row in seed if row["lang"] == lang} == {0, 1}


def test_text_non_empty_and_consistent(seed: list[dict[str, Any]]) -> None:
    for row in seed:
        assert row["text"] and row["text"].strip(), row["id"]
        assert row["note"] and row["note"].strip(), row["id"]
        fields = {k: row[k] for k in AD_FIELDS}
        if row["title"] is None:
            assert row["description"] == row["text"], row["id"]
        else:
            assert join_fields(fields) == row["text"], row["id"]


def test_detected_language_agrees(seed: list[dict[str, Any]]) -> None:
    wrong = [
        row["id"]
        for row in seed
        if detect_language(normalize(row["text"]).text) != row["lang"]
    ]
    assert len(wrong) <= 3, wrong


def test_no_dialable_numbers(seed: list[dict[str, Any]]) -> None:
    for row in seed:
        assert not re.search(r"\d{9,}", row["text"]), row["id"]


def test_fits_the_corpus_schema(seed: list[dict[str, Any]]) -> None:
    from training.corpus import schema

    frame = schema.enforce_dtypes(pd.DataFrame(seed))
    schema.validate(frame)
