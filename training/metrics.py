"""Metrics for a binary scam detector, safe on groups with one class only."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    precision_recall_curve,
    roc_auc_score,
)


def _rate(numerator: float, denominator: float) -> float | None:
    return round(float(numerator) / denominator, 4) if denominator else None


def binary_metrics(
    y_true: Any, scores: Any, thresholds: dict[str, float]
) -> dict[str, Any]:
    """PR-AUC, ROC-AUC, Brier and precision/recall/F1 at each named threshold.

    A group holding only legitimate ads has no recall or AUC; it reports the
    share of ads the model would flag (its false-positive rate) instead.
    """
    y = np.asarray(y_true, dtype=int)
    p = np.asarray(scores, dtype=float)
    positives = int(y.sum())
    negatives = int(len(y) - positives)
    result: dict[str, Any] = {
        "n": len(y),
        "positives": positives,
        "negatives": negatives,
        "pr_auc": None,
        "roc_auc": None,
        "brier": round(float(brier_score_loss(y, p)), 4) if len(y) else None,
    }
    if positives and negatives:
        result["pr_auc"] = round(float(average_precision_score(y, p)), 4)
        result["roc_auc"] = round(float(roc_auc_score(y, p)), 4)
    for name, threshold in thresholds.items():
        flagged = p >= threshold
        tp = int((flagged & (y == 1)).sum())
        fp = int((flagged & (y == 0)).sum())
        fn = int((~flagged & (y == 1)).sum())
        precision = _rate(tp, tp + fp)
        recall = _rate(tp, tp + fn)
        f1 = (
            round(2 * precision * recall / (precision + recall), 4)
            if precision and recall
            else (0.0 if precision is not None and recall is not None else None)
        )
        result[name] = {
            "threshold": round(float(threshold), 4),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "flagged_share": _rate(int(flagged.sum()), len(y)),
            "false_positive_rate": _rate(fp, negatives),
        }
    return result


def choose_thresholds(
    y_true: Any,
    scores: Any,
    *,
    high_precision: float = 0.9,
    medium_recall: float = 0.95,
    medium_min_precision: float = 0.5,
    medium_floor: float = 0.05,
) -> dict[str, Any]:
    """Pick the risk thresholds on validation data.

    ``high`` is the lowest score whose precision reaches ``high_precision``
    (the most scams caught while staying that precise); ``medium`` is the
    highest score that still keeps recall at ``medium_recall``. When a target
    cannot be met the best-F1 threshold stands in, and the report says so.

    The recall target alone can collapse ``medium`` when validation holds a
    few scams the model scores near zero: 95% recall then means flagging
    almost everything (a medium cut of 0.004 was seen). Two guards keep the
    band meaningful, and the notes say when either moved it:

    * ``medium_min_precision``: at the medium cut at least this share of the
      validation ads flagged medium-or-high are scams (0.5: a "medium" ad is
      at least as likely a scam as not, at validation prevalence);
    * ``medium_floor``: the scores are calibrated probabilities, and an ad
      with a 5% chance of being a scam is low risk whatever recall asks.
    """
    y = np.asarray(y_true, dtype=int)
    p = np.asarray(scores, dtype=float)
    precision, recall, cuts = precision_recall_curve(y, p)
    precision, recall = precision[:-1], recall[:-1]
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    best_f1 = float(cuts[int(np.argmax(f1))])
    notes = []
    meets = np.flatnonzero(precision >= high_precision)
    if len(meets):
        high = float(cuts[meets[0]])
    else:
        high = best_f1
        notes.append(f"precision {high_precision} unreachable; high = best-F1 cut")
    keeps = np.flatnonzero(recall >= medium_recall)
    if len(keeps):
        medium = float(cuts[keeps[-1]])
    else:
        medium = float(cuts[0])
        notes.append(f"recall {medium_recall} unreachable; medium = lowest cut")
    precise = np.flatnonzero(precision >= medium_min_precision)
    precise_cut = float(cuts[precise[0]]) if len(precise) else high
    if medium < precise_cut:
        medium = precise_cut
        notes.append(
            f"medium raised to keep precision >= {medium_min_precision} "
            f"(recall there {float(recall[precise[0]]) if len(precise) else 0:.3f})"
        )
    if medium < medium_floor:
        medium = medium_floor
        notes.append(f"medium raised to the floor {medium_floor}")
    if medium >= high:
        # The high cut already keeps the recall target (typical of easy,
        # synthetic validation data). Keep a real medium band below it: the
        # highest cut that still catches every validation scam, or half of high.
        catches_all = np.flatnonzero(recall >= 1.0)
        below = [float(cuts[i]) for i in catches_all if medium_floor <= cuts[i] < high]
        medium = max(below) if below else max(high / 2, min(medium_floor, high))
        notes.append("recall target met at high; medium = lowest-miss cut below it")
    return {
        "high": round(high, 6),
        "medium": round(medium, 6),
        "best_f1_threshold": round(best_f1, 6),
        "targets": {
            "high_precision": high_precision,
            "medium_recall": medium_recall,
            "medium_min_precision": medium_min_precision,
            "medium_floor": medium_floor,
        },
        "notes": notes,
    }


def reliability_table(y_true: Any, scores: Any, bins: int = 10) -> list[dict[str, Any]]:
    """Mean predicted vs observed scam rate per score bin (for the plot)."""
    y = np.asarray(y_true, dtype=int)
    p = np.asarray(scores, dtype=float)
    edges = np.linspace(0, 1, bins + 1)
    table = []
    for low, high in itertools.pairwise(edges):
        mask = (p >= low) & ((p < high) if high < 1 else (p <= high))
        if mask.any():
            table.append(
                {
                    "bin": f"{low:.1f}-{high:.1f}",
                    "n": int(mask.sum()),
                    "mean_score": round(float(p[mask].mean()), 4),
                    "observed_rate": round(float(y[mask].mean()), 4),
                }
            )
    return table
