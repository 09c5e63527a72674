"""Build the served model: corpus → candidates → selection → thresholds → artifact.

Candidates are fitted on the train split only, compared on validation, and
the winner's thresholds are chosen on validation. The test split is touched
once, after everything is fixed, so the metrics stored with the model are an
honest estimate; real-data-only figures are reported beside the overall ones.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score

from model.artifact import CARD_FILE, save_artifact, sha256_file
from model.errors import TrainingError
from model.features import PreparedAd, default_registry
from model.pipeline import PIPELINE_BUILDERS
from training.common import (
    PROJECT_ROOT,
    PROJECT_WRITTEN_SOURCES,
    ensure_corpus,
    evaluate_groups,
    git_commit,
    prepare_all,
    select_rows,
)
from training.config import TrainConfig
from training.metrics import choose_thresholds

log = logging.getLogger(__name__)

SPLIT_NAMES = ("train", "validation", "test")


@dataclass
class TrainResult:
    out_dir: Path
    meta: dict[str, Any]
    selected: str


@dataclass
class FittedCandidates:
    """Every candidate's validation figures, and its fitted pipeline + scores."""

    stats: dict[str, dict[str, Any]]
    fitted: dict[str, tuple[Any, np.ndarray]]


def latest_tier_decision() -> dict[str, Any] | None:
    """The serving decision of the last `waspada tiers` run, if there is one.

    Training serves the winner of its own candidates (linear or boosted); the
    transformer tiers are compared by `waspada tiers` on a shared subsample
    because they are too slow to fit on the whole corpus in CI's budget.
    """
    report = PROJECT_ROOT / "reports" / "tiers.json"
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
        decision = dict(data["decision"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    decision["report_created_at"] = data.get("created_at")
    decision["report_git_commit"] = data.get("git_commit")
    return decision


def split_rows(rows: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The train, validation and test rows; each must hold both classes."""
    splits = {name: rows[rows["split"] == name] for name in SPLIT_NAMES}
    for name, part in splits.items():
        if part["label"].nunique() < 2:
            raise TrainingError(
                f"The {name} split has only one class ({len(part)} rows); the "
                "corpus is too small to train on. Raise synthetic_n or add data.",
                code="ONE_CLASS",
            )
    return splits


def _real_only_pr_auc(
    y: np.ndarray, scores: np.ndarray, real: np.ndarray
) -> float | None:
    real_y = y[real]
    if len(set(real_y.tolist())) != 2:
        return None
    return round(float(average_precision_score(real_y, scores[real])), 4)


def fit_candidates(
    config: TrainConfig,
    splits: dict[str, pd.DataFrame],
    prepared: dict[str, list[PreparedAd]],
    y: dict[str, np.ndarray],
) -> FittedCandidates:
    """Fit each configured candidate on train and score it on validation."""
    stats: dict[str, dict[str, Any]] = {}
    fitted: dict[str, tuple[Any, np.ndarray]] = {}
    for name, params in config.candidates.items():
        kind = params.get("kind", name)
        builder = PIPELINE_BUILDERS.get(kind)
        if builder is None:
            raise TrainingError(
                f"Unknown candidate kind {kind!r}; "
                f"choose from {sorted(PIPELINE_BUILDERS)}",
                code="CONFIG_INVALID",
            )
        build_params = {k: v for k, v in params.items() if k != "kind"}
        pipeline = builder(**build_params, **config.features)
        tick = time.monotonic()
        log.info("fitting candidate %s on %d ads", name, len(prepared["train"]))
        pipeline.fit(prepared["train"], y["train"])
        val_scores = pipeline.predict_proba(prepared["validation"])[:, 1]
        val_real = ~splits["validation"]["source"].isin(PROJECT_WRITTEN_SOURCES)
        stats[name] = {
            "kind": kind,
            "params": build_params,
            "fit_seconds": round(time.monotonic() - tick, 1),
            "validation_pr_auc": round(
                float(average_precision_score(y["validation"], val_scores)), 4
            ),
            "validation_pr_auc_real_only": _real_only_pr_auc(
                y["validation"], val_scores, val_real.to_numpy()
            ),
        }
        fitted[name] = (pipeline, val_scores)
        log.info("candidate %s: %s", name, stats[name])
    return FittedCandidates(stats, fitted)


def _contest(config: TrainConfig, *, full_real_data: bool) -> tuple[TrainConfig, str]:
    """The config whose candidates compete, and how the winner is chosen."""
    name = config.fresh_machine_candidate
    if full_real_data or name is None:
        return config, (
            "best validation PR-AUC on real data, synthetic-inclusive PR-AUC "
            "breaking ties"
        )
    if name not in config.candidates:
        raise TrainingError(
            f"fresh_machine_candidate {name!r} is not one of the candidates "
            f"{sorted(config.candidates)}",
            code="CONFIG_INVALID",
        )
    only = config.model_copy(update={"candidates": {name: config.candidates[name]}})
    return only, (
        f"{name} only (fresh_machine_candidate): without the full real data the "
        "real validation rows are mostly gambling comments, which say nothing "
        "about job boards (docs/fresh-machine.md)"
    )


def select_candidate(stats: dict[str, dict[str, Any]]) -> str:
    """Real-data validation decides when it exists: synthetic ads are easy."""

    def selection_key(item: tuple[str, dict[str, Any]]) -> tuple[float, float]:
        candidate = item[1]
        real = candidate["validation_pr_auc_real_only"]
        return (real if real is not None else -1.0, candidate["validation_pr_auc"])

    return max(stats.items(), key=selection_key)[0]


def rule_tables(rows: pd.DataFrame, config: TrainConfig) -> tuple[pd.DataFrame, str]:
    """Per-rule statistics (real rows when they hold both classes) and the
    Markdown table of the rules judged on the project's own target-domain ads."""
    from training.rule_stats import format_rule_table, rule_statistics

    real_rows = rows[~rows["source"].isin(PROJECT_WRITTEN_SOURCES)]
    stats_rows = real_rows if real_rows["label"].nunique() == 2 else rows
    rule_stats = rule_statistics(
        stats_rows["text"].tolist(),
        stats_rows["label"].tolist(),
        default_registry(),
        precision_floor=config.rule_precision_floor,
    )
    # The real sets hold no scam-compound ads, so a rule like "free flight to
    # Cambodia" can only be judged on the project's own target-domain ads.
    written = rows[rows["source"].isin(PROJECT_WRITTEN_SOURCES)]
    target_table = ""
    if written["label"].nunique() == 2 and len(real_rows):
        target_stats = rule_statistics(
            written["text"].tolist(),
            written["label"].tolist(),
            default_registry(),
            precision_floor=config.rule_precision_floor,
        )
        target_table = format_rule_table(target_stats)
    return rule_stats, target_table


def data_section(
    corpus_sha: str,
    corpus_rows: int,
    rows: pd.DataFrame,
    splits: dict[str, pd.DataFrame],
    data_card: dict[str, Any],
) -> dict[str, Any]:
    """The ``data`` entry of meta.json: corpus, split and source counts."""
    return {
        "corpus_sha256": corpus_sha,
        "corpus_rows": corpus_rows,
        "synthetic_only": bool(rows["source"].isin(PROJECT_WRITTEN_SOURCES).all()),
        "input_files_sha256": data_card.get("input_files_sha256", {}),
        # Reviewed cases used, left out as conflicting, etc. (or None).
        "reviewed": data_card.get("reviewed"),
        "split_counts": {
            name: {
                "rows": len(part),
                "positives": int(part["label"].sum()),
                "real_rows": int((~part["source"].isin(PROJECT_WRITTEN_SOURCES)).sum()),
            }
            for name, part in splits.items()
        },
        "sources": {
            str(source): {
                "rows": len(group),
                "positives": int(group["label"].sum()),
            }
            for source, group in rows.groupby("source", sort=True)
        },
    }


def _read_data_card(corpus_file: Path) -> dict[str, Any]:
    card_json = corpus_file.parent / "data_card.json"
    if not card_json.is_file():
        return {}
    card: dict[str, Any] = json.loads(card_json.read_text(encoding="utf-8"))
    return card


def train(
    config: TrainConfig,
    out_dir: Path,
    *,
    corpus_path: Path | None = None,
    data_root: Path | None = None,
    work_dir: Path | None = None,
    progress: bool = True,
    reviewed_path: Path | None = None,
) -> TrainResult:
    started = time.monotonic()
    work = work_dir or PROJECT_ROOT / "data" / "processed" / config.name
    corpus_file = ensure_corpus(
        config,
        corpus_path=corpus_path,
        data_root=data_root,
        work_dir=work,
        progress=progress,
        reviewed_path=reviewed_path,
    )
    corpus = pd.read_parquet(corpus_file)
    rows = select_rows(corpus, config)
    splits = split_rows(rows)
    prepared = {
        name: prepare_all(part["text"].tolist(), progress)
        for name, part in splits.items()
    }
    y = {name: part["label"].to_numpy() for name, part in splits.items()}

    corpus_sha = sha256_file(corpus_file)
    data_card = _read_data_card(corpus_file)
    from training.provenance import training_data_summary

    training_data = training_data_summary(
        rows, data_card, excluded_sources=config.exclude_sources
    )
    full = bool(training_data["full_real_data"])
    contest, selection = _contest(config, full_real_data=full)
    candidates = fit_candidates(contest, splits, prepared, y)
    selected = select_candidate(candidates.stats)
    pipeline, val_scores = candidates.fitted[selected]
    thresholds = choose_thresholds(
        y["validation"],
        val_scores,
        high_precision=config.thresholds.high_precision,
        medium_recall=config.thresholds.medium_recall,
        medium_min_precision=config.thresholds.medium_min_precision,
        medium_floor=config.thresholds.medium_floor,
    )
    test_scores = pipeline.predict_proba(prepared["test"])[:, 1]
    test_report = evaluate_groups(splits["test"], test_scores, thresholds)
    rule_stats, target_table = rule_tables(rows, config)

    created = datetime.now(UTC)
    meta: dict[str, Any] = {
        "model_version": f"{config.name}-{created:%Y%m%d%H%M%S}-{corpus_sha[:8]}",
        "name": config.name,
        "created_at": created.isoformat(),
        "git_commit": git_commit(),
        "selected": selected,
        "selection": selection,
        "candidates": candidates.stats,
        "thresholds": thresholds,
        "config": config.model_dump(),
        "rules_fingerprint": default_registry().fingerprint,
        "data": data_section(corpus_sha, len(corpus), rows, splits, data_card),
        "training_data": training_data,
        "metrics": {"split": "test (held out, deduplicated)", "test": test_report},
        # NaN (rules that never fired) is not valid JSON: store null instead.
        "rule_statistics": rule_stats.astype(object)
        .where(rule_stats.notna(), None)
        .to_dict(orient="records"),
        "train_seconds": round(time.monotonic() - started, 1),
        "tier_decision": latest_tier_decision(),
    }
    return _save(config, data_root, out_dir, pipeline, meta, rule_stats, target_table)


def _save(
    config: TrainConfig,
    data_root: Path | None,
    out_dir: Path,
    pipeline: Any,
    meta: dict[str, Any],
    rule_stats: pd.DataFrame,
    target_table: str,
) -> TrainResult:
    """Train the document-type model if configured; write the artifact folder."""
    from training.report import render_model_card
    from training.rule_stats import format_rule_table

    extra_models: dict[str, Any] = {}
    if config.doctype is not None:
        from training.doctype import train_for_artifact

        extra_models, meta["document_type"] = train_for_artifact(config, data_root)
    card = render_model_card(meta, format_rule_table(rule_stats), target_table)
    final_meta = save_artifact(
        out_dir,
        pipeline,
        meta,
        extra_files={CARD_FILE: card},
        extra_models=extra_models,
    )
    return TrainResult(out_dir, final_meta, meta["selected"])
