"""The `reviewed` corpus source: labels from reviews, conflicts left out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from training.corpus.reviewed import load_reviewed


def _case(case_id: str, text: str | None, label: str | None, **extra: Any) -> str:
    row = {
        "case_id": case_id,
        "text": text,
        "text_sha256": extra.pop("sha", case_id),
        "label": label,
        "conflict": extra.pop("conflict", False),
    }
    return json.dumps(row)


def test_labels_conflicts_duplicates_and_missing_texts(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    lines = [
        _case("a", "Kerja di Kamboja gaji 20 juta, tiket gratis", "scam"),
        _case("b", "Dicari barista di Bandung, gaji UMR", "legitimate"),
        _case("c", "Promo pulsa murah hari ini", "not_a_job_ad"),
        _case("d", "Admin online di Myawaddy", None, conflict=True),
        _case("e", "Lowongan kasir", "unsure"),
        _case("f", None, "scam"),
        _case("g", "Kerja di Kamboja gaji 20 juta, tiket gratis", "scam", sha="a"),
        _case("h", "Operator di Laos", "scam", sha="h"),
        _case("i", "Operator di Laos", "legitimate", sha="h"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame, stats = load_reviewed(path)
    assert frame is not None
    assert stats.cases == 9 and stats.kept == 3
    assert (stats.scam, stats.legitimate, stats.not_a_job_ad) == (1, 1, 1)
    assert stats.conflicting == 3  # d, and h/i disagreeing on the same ad
    assert (stats.unlabelled, stats.no_text, stats.duplicates) == (1, 1, 1)
    labels = dict(zip(frame["id"], frame["label"], strict=True))
    assert labels["reviewed:a"] == 1 and labels["reviewed:b"] == 0
    assert labels["reviewed:c"] is None or str(labels["reviewed:c"]) == "<NA>"
    assert set(frame["source"]) == {"reviewed"}
