"""Train the document-type model (``model.doctype``) for an artifact.

``train_doctype`` builds the data (``training.generate.doctype``), fits the
classifier on the train split and measures it on the held-out split (its
own template families, seeds and real texts). ``training.train`` calls it
and saves the model as ``doctype.joblib`` beside the scam pipeline, with the
figures in ``meta.json`` under ``document_type``.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from model.doctype import DocTypeClassifier

log = logging.getLogger(__name__)

# A non-ad verdict needs at least this calibrated probability to override
# the scam score (stored with the model, read by the detector).
DEFAULT_CONFIDENCE = 0.7


@dataclass
class DocTypeResult:
    model: DocTypeClassifier
    metrics: dict[str, Any]
    data: pd.DataFrame


def classification_figures(
    frame: pd.DataFrame, predicted: np.ndarray, probability: np.ndarray
) -> dict[str, Any]:
    """Accuracy overall, per language, per class and per source."""
    correct = frame["doctype"].to_numpy() == predicted
    out: dict[str, Any] = {
        "n": len(frame),
        "accuracy": round(float(correct.mean()), 4) if len(frame) else None,
    }
    for key in ("lang", "doctype", "source"):
        groups: dict[str, Any] = {}
        for value, index in frame.groupby(key).indices.items():
            groups[str(value)] = {
                "n": len(index),
                "accuracy": round(float(correct[index].mean()), 4),
            }
        out[f"by_{key}"] = groups
    labels = sorted(set(frame["doctype"]) | set(predicted))
    out["confusion"] = {
        truth: {
            guess: int(((frame["doctype"] == truth) & (predicted == guess)).sum())
            for guess in labels
        }
        for truth in labels
    }
    # Calibration in one number: mean confidence vs accuracy.
    out["mean_confidence"] = round(float(probability.mean()), 4) if len(frame) else None
    return out


def train_doctype(
    data_root: Path | None,
    *,
    seed: int = 13,
    n_per_lang: int = 400,
    per_source: int = 1_500,
    params: dict[str, Any] | None = None,
) -> DocTypeResult:
    from training.generate.doctype import build_doctype_data

    started = time.perf_counter()
    data = build_doctype_data(
        data_root, n_per_lang=n_per_lang, seed=seed, per_source=per_source
    )
    train = data[data["split"] == "train"]
    test = data[data["split"] == "test"].reset_index(drop=True)
    log.info("doc-type data: %d train, %d held-out rows", len(train), len(test))
    model = DocTypeClassifier(random_state=seed, **(params or {}))
    model.fit(list(train["text"]), train["doctype"].to_numpy())
    probabilities = model.predict_proba(list(test["text"]))
    predicted = model.classes_[probabilities.argmax(axis=1)]
    metrics = {
        "classes": [str(c) for c in model.classes_],
        "confidence_threshold": DEFAULT_CONFIDENCE,
        "temperature": round(model.temperature_, 4),
        "train_rows": len(train),
        "train_by_class": {
            str(k): int(v) for k, v in train["doctype"].value_counts().items()
        },
        "train_by_source": {
            str(k): int(v) for k, v in train["source"].value_counts().items()
        },
        "heldout": classification_figures(test, predicted, probabilities.max(axis=1)),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return DocTypeResult(model, metrics, data)


def train_for_artifact(
    config: Any, data_root: Path | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The document-type model for ``training.train`` and its meta entry."""
    from model.doctype import DOCTYPE_FILE
    from training.corpus.paths import resolve_data_root

    settings = config.doctype
    root = resolve_data_root(data_root) if config.use_real_data else None
    result = train_doctype(
        root,
        seed=config.seed,
        n_per_lang=settings.n_per_lang,
        per_source=settings.per_source if root is not None else 0,
        params=settings.params,
    )
    metrics = dict(result.metrics)
    metrics["confidence_threshold"] = settings.confidence_threshold
    metrics["file"] = DOCTYPE_FILE
    metrics["real_data"] = root is not None
    return {DOCTYPE_FILE: result.model}, metrics
