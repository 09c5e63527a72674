"""The language-identification evaluation (training/eval_langid.py)."""

from __future__ import annotations

import csv

import pytest

from model.langid import LANGUAGES
from training.eval_langid import ADJUDICATED, DROP, SOURCES, load_adjudicated, to_label


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("ID", "id"),
        ("en", "en"),
        ("MS", "ms"),
        ("zh", "zh"),
        ("yue", "zh"),
        ("wuu", "zh"),
        ("th", "th"),
        ("vi", "vi"),
        ("km", "km"),
        ("TL", "tl"),
        ("fil", "tl"),
        ("jv", "other"),
        ("ceb", "other"),
        ("", "other"),
        (None, "other"),
    ],
)
def test_library_codes_map_to_our_labels(code: str | None, label: str) -> None:
    assert to_label(code) == label


def test_sources_name_languages_we_know() -> None:
    assert {source.language for source in SOURCES} <= set(LANGUAGES)
    assert len({source.name for source in SOURCES}) == len(SOURCES)


def test_adjudicated_rows_are_well_formed() -> None:
    with ADJUDICATED.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    keys = [row["key"] for row in rows]
    assert len(keys) == len(set(keys))
    names = {source.name for source in SOURCES}
    assert {key.split(":")[0] for key in keys} <= names
    assert {row["language"] for row in rows} <= {*LANGUAGES, DROP}
    assert load_adjudicated() == {row["key"]: row["language"] for row in rows}
    # Keys and labels only: no text of the datasets is copied here.
    assert set(rows[0]) == {"key", "source_label", "language", "note"}
