"""The ``reviewed`` corpus source: cases people reviewed in the service.

Input: the JSON Lines written by ``waspada cases export`` (or
``GET /v1/cases/export``). Labels come from the reviewers' majority:
``scam`` -> 1, ``legitimate`` -> 0; ``not_a_job_ad`` rows are kept without a
scam label (for the document-type work; the scam model skips them). Cases
whose reviewers disagree are left out and counted, as are cases without a
label or without a text (texts erased or never kept). Copies of the same ad
(same text hash) collapse to one row; copies labelled differently are a
conflict too.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from training.corpus.paths import PROJECT_ROOT
from training.corpus.schema import conform

SOURCE = "reviewed"
ENV_VAR = "WASPADA_REVIEWED_CASES"
DEFAULT_FILE = PROJECT_ROOT / "data" / "reviewed" / "cases.jsonl"
LABELS = {"scam": 1, "legitimate": 0, "not_a_job_ad": None}


@dataclass
class ReviewedStats:
    file: str
    cases: int = 0
    kept: int = 0
    scam: int = 0
    legitimate: int = 0
    not_a_job_ad: int = 0
    conflicting: int = 0
    unlabelled: int = 0
    no_text: int = 0
    duplicates: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def resolve_reviewed(explicit: str | Path | None = None) -> Path | None:
    """The export to use: ``explicit``, ``$WASPADA_REVIEWED_CASES``, the default."""
    for candidate in (explicit, os.environ.get(ENV_VAR) or None):
        if candidate:
            path = Path(candidate)
            if not path.is_file():
                raise FileNotFoundError(f"reviewed cases file {path} not found")
            return path
    return DEFAULT_FILE if DEFAULT_FILE.is_file() else None


def load_reviewed(path: Path) -> tuple[pd.DataFrame | None, ReviewedStats]:
    stats = ReviewedStats(file=str(path))
    by_hash: dict[str, dict[str, Any]] = {}
    conflicted: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            case = json.loads(line)
            stats.cases += 1
            label = case.get("label")
            if case.get("conflict"):
                stats.conflicting += 1
                continue
            if label not in LABELS:
                stats.unlabelled += 1
                continue
            text = case.get("text")
            if not isinstance(text, str) or not text.strip():
                stats.no_text += 1
                continue
            key = str(case.get("text_sha256") or text)
            seen = by_hash.get(key)
            if seen is None:
                by_hash[key] = {
                    "id": f"{SOURCE}:{case['case_id']}",
                    "text": text,
                    "label": LABELS[label],
                    "review_label": label,
                    "lang": None,
                }
            elif seen["review_label"] != label:
                conflicted.add(key)
            else:
                stats.duplicates += 1
    for key in conflicted:
        del by_hash[key]
        stats.conflicting += 2  # at least two cases disagreed
    rows = list(by_hash.values())
    for row in rows:
        setattr(stats, row["review_label"], getattr(stats, row["review_label"]) + 1)
    stats.kept = len(rows)
    if not rows:
        return None, stats
    frame = pd.DataFrame(rows).drop(columns=["review_label"])
    frame = conform(
        frame, source=SOURCE, genre="job_ad", label_origin="manual", text_only=True
    )
    return frame, stats
