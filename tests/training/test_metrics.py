from __future__ import annotations

import numpy as np
import pytest

from training.metrics import binary_metrics, choose_thresholds, reliability_table


def test_binary_metrics_on_a_known_case() -> None:
    y = [1, 1, 0, 0]
    p = [0.9, 0.4, 0.6, 0.1]
    m = binary_metrics(y, p, {"high": 0.5})
    assert m["high"]["precision"] == 0.5
    assert m["high"]["recall"] == 0.5
    assert m["roc_auc"] == 0.75


@pytest.mark.parametrize(
    ("labels", "expect_auc"),
    [([0, 0, 0], None), ([1, 1], None), ([0, 1], 1.0)],
)
def test_single_class_groups_have_no_auc_but_a_flag_rate(
    labels: list[int], expect_auc: float | None
) -> None:
    scores = np.linspace(0.1, 0.9, len(labels))
    m = binary_metrics(labels, scores, {"medium": 0.5})
    assert m["roc_auc"] == expect_auc
    assert m["medium"]["flagged_share"] is not None


def test_thresholds_meet_targets_on_the_data_they_were_chosen_on() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 2000)
    p = np.clip(y * 0.35 + rng.random(2000) * 0.65, 0, 1)
    t = choose_thresholds(y, p, high_precision=0.9, medium_recall=0.95)
    high = binary_metrics(y, p, {"high": t["high"]})["high"]
    medium = binary_metrics(y, p, {"medium": t["medium"]})["medium"]
    assert high["precision"] >= 0.9
    assert medium["recall"] >= 0.95
    assert t["medium"] <= t["high"]


def test_reliability_table_counts_every_score() -> None:
    p = np.linspace(0, 1, 101)
    y = (p > 0.5).astype(int)
    table = reliability_table(y, p)
    assert sum(row["n"] for row in table) == 101


def _collapsing_validation() -> tuple[np.ndarray, np.ndarray]:
    """Validation data where 95% recall needs a near-zero cut: 8% of the scams
    score like the legitimate ads (the shape that gave a 0.0042 medium cut)."""
    rng = np.random.default_rng(1)
    legit = rng.beta(1, 30, 3000)  # mostly below 0.1
    caught = rng.beta(8, 2, 460)  # scams the model sees
    missed = rng.beta(1, 300, 40)  # scams it scores like legit ads
    y = np.r_[np.zeros(3000), np.ones(500)].astype(int)
    return y, np.r_[legit, caught, missed]


@pytest.mark.parametrize(
    ("min_precision", "floor"),
    [(0.5, 0.05), (0.7, 0.05), (0.0, 0.05), (0.5, 0.0), (0.0, 0.08)],
)
def test_medium_cannot_collapse(min_precision: float, floor: float) -> None:
    y, p = _collapsing_validation()
    unguarded = choose_thresholds(y, p, medium_min_precision=0.0, medium_floor=0.0)
    assert unguarded["medium"] < 0.01  # the failure being guarded against
    t = choose_thresholds(y, p, medium_min_precision=min_precision, medium_floor=floor)
    medium = binary_metrics(y, p, {"medium": t["medium"]})["medium"]
    assert t["medium"] >= floor
    assert medium["precision"] >= min_precision
    assert t["medium"] <= t["high"]
    assert t["notes"], "a moved medium cut must be reported"
    assert t["targets"]["medium_floor"] == floor


def test_guards_leave_a_healthy_medium_alone() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 2000)
    p = np.clip(y * 0.35 + rng.random(2000) * 0.65, 0, 1)
    guarded = choose_thresholds(y, p)
    plain = choose_thresholds(y, p, medium_min_precision=0.0, medium_floor=0.0)
    assert guarded["medium"] == plain["medium"]
    assert guarded["notes"] == plain["notes"]
