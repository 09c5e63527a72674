"""The tier comparison's building blocks: subsample, timing and statistics.

The shared stratified subsample every tier is fitted and scored on, the rule
score, wall/CPU timing and single-ad latency, the stacker of the ensemble and
the paired bootstrap of a PR-AUC difference.
"""

from __future__ import annotations

import hashlib
import math
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score

from model.features import PreparedAd, default_registry, prepare
from training.common import PROJECT_WRITTEN_SOURCES

SPLITS: tuple[str, ...] = ("train", "validation", "test")
# Not a candidate for serving on its own: the rules explain verdicts and feed
# the ensemble; their score is reported as a reference row.
RULES_REFERENCE = "rules"
# The equal-weight mean of the ensemble's members, reported beside the
# stacked ensemble (the candidate) to show what the stacking buys.
ENSEMBLE_MEAN = "ensemble_mean"


# ---------------------------------------------------------------------------
# the shared subsample
def stratified_sample(
    part: pd.DataFrame, limit: int | None, *, seed: int, min_per_stratum: int = 3
) -> pd.DataFrame:
    """At most ``limit`` rows of ``part``, stratified by source x label.

    Cells get their proportional share (largest remainders), so the synthetic
    share stays what it is in ``part``. Real cells keep at least
    ``min_per_stratum`` rows when they have them, so a small real source is
    not sampled away; the rows that floor costs come from the largest cells.
    Deterministic for ``seed`` whatever the order of ``part``; rows come
    back shuffled.
    """
    # Index order first, so the draw does not depend on how the caller
    # ordered the rows; the result is shuffled, because the corpus is ordered
    # by source and every tier's calibration folds (plain k-fold over the
    # rows as given) would otherwise hold out whole platforms.
    part = part.sort_index()
    if limit is None or len(part) <= limit:
        return part.sample(frac=1.0, random_state=seed)
    counts = part.groupby(["source", "label"], sort=True).size()
    keys = list(counts.index)
    have = counts.to_numpy()
    exact = have * limit / have.sum()
    quota = np.floor(exact).astype(int)
    real = np.array([str(src) not in PROJECT_WRITTEN_SOURCES for src, _ in keys])
    floor = np.where(real, np.minimum(have, min_per_stratum), 0)
    quota = np.maximum(quota, floor)
    # Hand out what rounding left, largest remainder first.
    for i in np.argsort(-(exact - np.floor(exact)), kind="stable"):
        if quota.sum() >= limit:
            break
        if quota[i] < have[i]:
            quota[i] += 1
    # Floors can overshoot: take back from the largest cells above their floor.
    while quota.sum() > limit:
        spare = np.where(quota > floor, quota, -1)
        quota[int(np.argmax(spare))] -= 1
    parts = []
    for (source, label), size in zip(keys, quota, strict=True):
        if size <= 0:
            continue
        cell = part[(part["source"] == source) & (part["label"] == label)]
        parts.append(cell.sample(n=int(size), random_state=seed))
    return pd.concat(parts).sample(frac=1.0, random_state=seed)


def ids_digest(frame: pd.DataFrame) -> str:
    ids = "\n".join(str(i) for i in frame["id"].tolist())
    return hashlib.sha256(ids.encode("utf-8")).hexdigest()


def split_summary(frame: pd.DataFrame) -> dict[str, Any]:
    synthetic = frame["source"].isin(PROJECT_WRITTEN_SOURCES)
    return {
        "rows": len(frame),
        "positives": int(frame["label"].sum()),
        "real_rows": int((~synthetic).sum()),
        "synthetic_share": round(float(synthetic.mean()), 4) if len(frame) else None,
        "languages": {str(k): int(v) for k, v in frame["lang"].value_counts().items()},
    }


# ---------------------------------------------------------------------------
# scoring helpers
def rule_score(ad: PreparedAd) -> float:
    """``1 - exp(-sum of distinct rule weights)``: 0 with no hit, -> 1 with many.

    Distinct by rule id, as in ``RuleHitFeatures``, so one rule firing ten
    times on a pasted list does not count ten times.
    """
    weights = {hit.rule_id: hit.weight for hit in ad.hits}
    return 1.0 - math.exp(-sum(weights.values()))


def timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Result, wall seconds, CPU seconds (all of this process's threads)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def single_ad_latency(
    score_one: Callable[[PreparedAd], Any], texts: Sequence[str]
) -> dict[str, Any]:
    """Single-ad latency from raw text: normalise + rules + model, per ad.

    One untimed warm-up call first: loading weights is a start-up cost, not a
    per-request one.
    """
    if not texts:
        return {"n": 0, "p50_ms": None, "p95_ms": None}
    registry = default_registry()
    score_one(prepare(texts[0], registry, keep_offsets=False))
    times = []
    for text in texts:
        started = time.perf_counter()
        score_one(prepare(text, registry, keep_offsets=False))
        times.append((time.perf_counter() - started) * 1000)
    return {
        "n": len(times),
        "p50_ms": round(float(np.percentile(times, 50)), 1),
        "p95_ms": round(float(np.percentile(times, 95)), 1),
    }


@contextmanager
def uncached(*estimators: Any) -> Iterator[None]:
    """Switch off the embedding cache of frozen-encoder tiers for a while.

    Latency must measure encoding; a text another tier's latency run already
    embedded would otherwise come back from the process-wide cache for free.
    """
    frozen = [e for e in estimators if is_frozen_encoder(e)]
    before = [e.named_steps["embed"].cache for e in frozen]
    for estimator in frozen:
        estimator.set_params(embed__cache=False)
    try:
        yield
    finally:
        for estimator, cache in zip(frozen, before, strict=True):
            estimator.set_params(embed__cache=cache)


def _logit(p: np.ndarray) -> np.ndarray:
    clipped = np.clip(np.asarray(p, dtype=float), 1e-6, 1 - 1e-6)
    return np.log(clipped / (1 - clipped))


def stack_members(
    val_members: Sequence[np.ndarray],
    y_val: np.ndarray,
    test_members: Sequence[np.ndarray],
    *,
    seed: int,
) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    """Stack the members with a logistic regression fitted on validation.

    Returns out-of-fold validation scores (each row scored by a stacker that
    never saw it, so selecting on them is fair to the single tiers), test
    scores from the stacker refit on all validation rows, and its weights.
    Probabilities enter as logits so a confident member can outvote; the
    rule score enters as is.
    """
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    def features(members: Sequence[np.ndarray]) -> np.ndarray:
        lin, tr, rules = members
        return np.column_stack([_logit(lin), _logit(tr), np.asarray(rules)])

    x_val, x_test = features(val_members), features(test_members)
    folds = int(min(5, np.bincount(y_val, minlength=2).min()))
    stacker = LogisticRegression(C=1.0, max_iter=1000)
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    oof = cross_val_predict(stacker, x_val, y_val, cv=cv, method="predict_proba")
    stacker.fit(x_val, y_val)
    weights = {
        "folds": folds,
        "coef": [round(float(c), 4) for c in stacker.coef_[0]],
        "intercept": round(float(stacker.intercept_[0]), 4),
        "inputs": ["logit linear", "logit transformer", "rule score"],
    }
    return oof[:, 1], stacker.predict_proba(x_test)[:, 1], weights


def _pr_auc(y: np.ndarray, scores: np.ndarray) -> float | None:
    if len(np.unique(y)) < 2:
        return None
    return float(average_precision_score(y, scores))


def paired_bootstrap(
    y: np.ndarray, a: np.ndarray, b: np.ndarray, *, n: int, seed: int
) -> dict[str, Any] | None:
    """PR-AUC(a) - PR-AUC(b) on the same rows, with a paired bootstrap CI.

    Resampling rows jointly for both scorers measures how much of a gap is
    the luck of which ads landed in validation.
    """
    observed_a, observed_b = _pr_auc(y, a), _pr_auc(y, b)
    if observed_a is None or observed_b is None or n <= 0:
        return None
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n):
        idx = rng.integers(0, len(y), len(y))
        if len(np.unique(y[idx])) < 2:
            continue
        diffs.append(
            average_precision_score(y[idx], a[idx])
            - average_precision_score(y[idx], b[idx])
        )
    values = np.asarray(diffs)
    return {
        "difference": round(observed_a - observed_b, 4),
        "ci95": [
            round(float(np.percentile(values, 2.5)), 4),
            round(float(np.percentile(values, 97.5)), 4),
        ],
        "share_positive": round(float((values > 0).mean()), 3),
        "resamples": len(values),
    }


def is_frozen_encoder(estimator: Any) -> bool:
    return hasattr(estimator, "named_steps") and "embed" in estimator.named_steps


def say(progress: bool, message: str) -> None:
    if progress:
        print(f"[tiers {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr)
