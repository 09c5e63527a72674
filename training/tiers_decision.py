"""What the tier comparison decides: the ranking, what to serve, LOSO.

The winner is the best tier on validation (PR-AUC on real rows, then on all
rows, then the cheaper); it is served online only if it keeps the single-ad
latency target. Leave-one-source-out refits linear and the best frozen-encoder
tier with each source family held out in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from model.features import PreparedAd
from training.corpus.split import leave_one_source_out as source_folds
from training.metrics import binary_metrics
from training.tiers_scoring import SPLITS, say


def selection_key(result: dict[str, Any]) -> tuple[float, float, float]:
    """Validation PR-AUC on real rows, then on all rows, then cheaper first."""
    val = result["validation"]
    real = val["real_only"]["pr_auc"]
    overall = val["overall"]["pr_auc"]
    return (
        real if real is not None else -1.0,
        overall if overall is not None else -1.0,
        -float(result["cost"]["cpu_ms_per_ad"] or 0.0),
    )


def _margin_reasons(ranked: Sequence[str], margins: dict[str, Any]) -> list[str]:
    """The validation margins in words: the runner-up gap and the ensemble's."""
    why = []
    runner = margins.get("winner_vs_runner_up")
    if runner:
        why.append(
            f"ahead of {ranked[1]} by {runner['difference']:+.4f} "
            f"(paired bootstrap 95% CI {runner['ci95'][0]:+.4f} to "
            f"{runner['ci95'][1]:+.4f})"
        )
        if runner["ci95"][0] <= 0:
            why.append(
                "the win is within noise (the interval includes 0); the rule is "
                "still 'the validation winner is served', so read it as a tie"
            )
    ens = margins.get("ensemble_vs_linear")
    if ens:
        verb = "wins over" if ens["difference"] > 0 else "loses to"
        why.append(
            f"the ensemble {verb} linear by {ens['difference']:+.4f} "
            f"(CI {ens['ci95'][0]:+.4f} to {ens['ci95'][1]:+.4f})"
        )
    return why


def _serving_choice(
    winner: str,
    fallback: str | None,
    cost: dict[str, Any],
    target: float,
    batch_target: float,
) -> tuple[str | None, str, bool, bool, str]:
    """Online tier, batch tier, latency ok, throughput ok, and the summary."""
    p95 = cost["single_ad"]["p95_ms"]
    online_ok = p95 is not None and p95 < target
    batch_ok = cost["ads_per_s"] is not None and cost["ads_per_s"] >= batch_target
    online: str | None
    if winner == "linear":
        online, batch = "linear", "linear"
        summary = "serve linear online and in batch mode (it won on validation)"
    elif online_ok:
        online, batch = winner, winner
        summary = (
            f"serve {winner} online and in batch mode: it won and its single-ad "
            f"p95 {p95} ms keeps the {target:g} ms target"
        )
    else:
        online, batch = fallback, winner
        summary = (
            f"{winner} won on validation but its single-ad p95 is {p95} ms "
            f"(target {target:g} ms): serve {fallback} online, {winner} in "
            "batch mode only"
        )
        if not batch_ok:
            summary += (
                f"; at {cost['ads_per_s']} ads/s it also misses the "
                f"{batch_target:g} ads/s batch target, so batch means offline "
                "jobs, not the /v1/score/batch endpoint"
            )
    return online, batch, online_ok, batch_ok, summary


def serving_decision(
    winner: str,
    ranked: Sequence[str],
    results: dict[str, dict[str, Any]],
    margins: dict[str, Any],
    settings: dict[str, Any],
    *,
    real_rows: bool,
) -> dict[str, Any]:
    """What to serve online and in batch mode, and why, in words."""
    target = float(settings["latency_target_p95_ms"])
    batch_target = float(settings["batch_target_ads_per_s"])
    cost = results[winner]["cost"]
    p95 = cost["single_ad"]["p95_ms"]
    basis = "real rows" if real_rows else "all rows (no real rows in validation)"
    val = results[winner]["validation"]
    key = "real_only" if real_rows else "overall"
    why = [f"{winner} has the best validation PR-AUC on {basis}: {val[key]['pr_auc']}"]
    why += _margin_reasons(ranked, margins)
    fallback = "linear" if "linear" in results else None
    online, batch, online_ok, batch_ok, summary = _serving_choice(
        winner, fallback, cost, target, batch_target
    )
    why.append(
        f"{winner} scores {cost['ms_per_ad']} ms/ad in batches "
        f"({cost['ads_per_s']} ads/s), single-ad p95 {p95} ms"
    )
    return {
        "winner": winner,
        "serve_online": online,
        "serve_batch": batch,
        "ensemble_wins": winner == "ensemble",
        "online_latency_ok": online_ok,
        "batch_throughput_ok": batch_ok,
        "latency_target_p95_ms": target,
        "batch_target_ads_per_s": batch_target,
        "summary": summary,
        "why": why,
    }


def leave_one_source_out(
    sample: dict[str, pd.DataFrame],
    prepared: dict[str, list[PreparedAd]],
    frozen_train_rows: pd.Index,
    builders: dict[str, tuple[Callable[[], Any], Callable[[list[PreparedAd]], Any]]],
    thresholds: dict[str, dict[str, Any]],
    progress: bool,
) -> dict[str, Any]:
    """Hold out each source family of the subsample in turn.

    The pool is the rows the frozen-encoder tier has embedded (its train rows
    plus validation and test), so its head refits from the embedding cache
    and linear sees exactly the same rows. Thresholds are the main run's
    (chosen on validation), as no validation set is left inside a fold.
    """
    frames, ads = [], []
    for split in SPLITS:
        part = sample[split]
        keep = part.index.isin(frozen_train_rows) if split == "train" else None
        if keep is None:
            frames.append(part)
            ads.extend(prepared[split])
        else:
            frames.append(part[keep])
            ads.extend(a for a, k in zip(prepared[split], keep, strict=True) if k)
    pool = pd.concat(frames)
    pool_ads = dict(zip(pool.index, ads, strict=True))
    folds: dict[str, Any] = {}
    skipped: list[str] = []
    for held_out, train_idx, test_idx in source_folds(pool):
        train_y = pool.loc[train_idx, "label"].to_numpy().astype(int)
        # The calibrated heads cross-validate (up to 5 folds): a class with
        # fewer rows than that cannot be fitted, only on tiny subsamples.
        if np.bincount(train_y, minlength=2).min() < 5:
            skipped.append(held_out)
            continue
        test_y = pool.loc[test_idx, "label"].to_numpy().astype(int)
        fold: dict[str, Any] = {
            "n_train": len(train_idx),
            "n": len(test_idx),
            "positives": int(test_y.sum()),
        }
        for name, (build, inputs) in builders.items():
            model = build()
            model.fit(inputs([pool_ads[i] for i in train_idx]), train_y)
            test_s = model.predict_proba(inputs([pool_ads[i] for i in test_idx]))[:, 1]
            cuts = {k: thresholds[name][k] for k in ("high", "medium")}
            fold[name] = binary_metrics(test_y, test_s, cuts)
        folds[held_out] = fold
        say(progress, f"LOSO {held_out}: done")
    return {
        "tiers": list(builders),
        "pool_rows": len(pool),
        "folds": folds,
        "skipped": skipped,
    }
