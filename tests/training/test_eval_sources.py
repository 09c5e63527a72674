"""False alarms on held-out real sources (training/eval_sources.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from model.detector import Detector
from tests.training.corpus.conftest import WRITERS
from training.eval_sources import (
    heldout_source_report,
    render_markdown,
    source_metrics,
)


@pytest.mark.parametrize(
    ("labels", "scores", "expect"),
    [
        # 4 legit: one above high, two above medium; 2 scams: one above high.
        (
            [0, 0, 0, 0, 1, 1],
            [0.9, 0.4, 0.1, 0.0, 0.95, 0.2],
            {"fp_high": 0.25, "fp_high_or_medium": 0.5, "recall_high": 0.5},
        ),
        ([0, 0], [0.1, 0.2], {"fp_high": 0.0, "recall_high": None, "pr_auc": None}),
        ([1], [0.6], {"fp_high": None, "recall_high_or_medium": 1.0}),
    ],
)
def test_source_metrics(labels: list[int], scores: list[float], expect: dict) -> None:
    result = source_metrics(np.array(labels), np.array(scores), 0.8, 0.3)
    for key, value in expect.items():
        assert result[key] == value, key


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    for name, writer in WRITERS.items():
        writer(root / name)
    return root


def test_report_on_every_unseen_source(tiny_detector, data_root: Path) -> None:  # type: ignore[no-untyped-def]
    # The tiny model learned from generated and seed ads only: every real
    # source is held out, and the Cambodian boards are reported per board.
    report = heldout_source_report(tiny_detector, data_root)
    per = report["per_source"]
    assert "kh_jobs_cambodia_boards/camhr" in per
    assert "id_jobs_lokerid" in per and per["id_jobs_lokerid"]["scam"] == 0
    assert per["id_jobs_lokerid"]["job_board"] is True
    assert "meets_targets" in per["id_jobs_lokerid"]
    assert per["id_sms_spam_wibisono"]["job_board"] is False
    assert report["skipped"] == {}
    for stats in per.values():
        for key in ("fp_high", "fp_high_or_medium"):
            if stats["legit"]:
                assert 0.0 <= stats[key] <= 1.0
        if stats["legit"] and stats["fp_high"] is not None:
            assert stats["fp_high"] <= stats["fp_high_or_medium"]
    md = render_markdown(report)
    assert "| kh_jobs_cambodia_boards/camhr |" in md
    assert "generated and seed ads only" in md


def test_sources_the_model_trained_on_are_skipped(
    tiny_model_dir: Path, data_root: Path
) -> None:
    detector = Detector.load(tiny_model_dir)
    detector.meta = {
        **detector.meta,
        "training_data": {"sources": ["id_jobs_lokerid", "seed", "synthetic"]},
    }
    report = heldout_source_report(detector, data_root)
    assert "id_jobs_lokerid" not in report["per_source"]
    assert report["skipped"]["id_jobs_lokerid"] == "the model trained on it"
