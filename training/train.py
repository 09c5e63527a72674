"""Build the served model: corpus → candidates → selection → thresholds → artifact.

Candidates are fitted on the train split only, compared on validation, and
the winner's thresholds are chosen on validation. The test split is touched
once, after everything is fixed, so the metrics stored with the model are an
honest estimate; real-data-only figures are reported beside the overall ones.
"""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score
from tqdm.auto import tqdm

from model.artifact import CARD_FILE, save_artifact, sha256_file
from model.errors import TrainingError
from model.features import PreparedAd, default_registry, prepare
from model.pipeline import PIPELINE_BUILDERS
from training.config import TrainConfig
from training.metrics import binary_metrics, choose_thresholds

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_SOURCES = frozenset({"synthetic"})
PROJECT_WRITTEN_SOURCES = frozenset({"synthetic", "seed"})


@dataclass
class TrainResult:
    out_dir: Path
    meta: dict[str, Any]
    selected: str


def git_commit() -> str | None:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return commit or None


def ensure_corpus(
    config: TrainConfig,
    *,
    corpus_path: Path | None,
    data_root: Path | None,
    work_dir: Path,
    progress: bool,
) -> Path:
    """Use the given corpus file or build one for this config into ``work_dir``."""
    if corpus_path is not None:
        if not corpus_path.is_file():
            raise TrainingError(
                f"Corpus {corpus_path} not found; build it with `waspada data build`.",
                code="CORPUS_NOT_FOUND",
            )
        return corpus_path
    from training.corpus.build import build_corpus
    from training.corpus.paths import resolve_data_root

    root = resolve_data_root(data_root) if config.use_real_data else None
    if config.use_real_data and root is None:
        log.warning(
            "No real datasets found (looked in WASPADA_DATA_DIR, data/raw/ and "
            "../shared/data/). Training on the project's generated and seed ads "
            "only: the model will be WEAKER. See data/README.md to add the real "
            "datasets, then run `make train` again."
        )
    corpus_file = work_dir / "corpus.parquet"
    recipe_file = work_dir / "recipe.json"
    recipe = corpus_recipe(root, config)
    if corpus_file.is_file() and recipe_file.is_file():
        try:
            if json.loads(recipe_file.read_text(encoding="utf-8")) == recipe:
                log.info(
                    "reusing corpus %s (same data, code and settings)", corpus_file
                )
                return corpus_file
        except ValueError:
            pass
    build_corpus(
        root,
        work_dir,
        synthetic_n=config.synthetic_n,
        seed=config.seed,
        progress=progress,
    )
    recipe_file.write_text(json.dumps(recipe, indent=2), encoding="utf-8")
    return corpus_file


def corpus_recipe(root: Path | None, config: TrainConfig) -> dict[str, Any]:
    """Everything a built corpus depends on, to decide whether it is stale."""
    code = hashlib.sha256()
    for folder in ("training/corpus", "training/generate"):
        for path in sorted((PROJECT_ROOT / folder).glob("*.py")):
            code.update(path.read_bytes())
    seed_file = PROJECT_ROOT / "data" / "seed" / "seed_ads.jsonl"
    if seed_file.is_file():
        code.update(seed_file.read_bytes())
    inputs = []
    if root is not None:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            stat = path.stat()
            inputs.append([str(path.relative_to(root)), stat.st_size, stat.st_mtime_ns])
    return {
        "data_root": str(root) if root else None,
        "seed": config.seed,
        "synthetic_n": config.synthetic_n,
        "code_sha256": code.hexdigest(),
        "inputs": inputs,
    }


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


def select_rows(corpus: pd.DataFrame, config: TrainConfig) -> pd.DataFrame:
    """Labelled rows of the wanted sources, capped per source, splits intact."""
    frame = corpus[corpus["label"].notna()].copy()
    frame["label"] = frame["label"].astype(int)
    if not config.use_real_data:
        frame = frame[frame["source"].isin(PROJECT_WRITTEN_SOURCES)]
    if config.exclude_sources:
        frame = frame[~frame["source"].isin(config.exclude_sources)]
    default_cap = config.max_per_source.get("default")
    parts = []
    for source, group in frame.groupby("source", sort=True):
        cap = config.max_per_source.get(str(source), default_cap)
        if cap is not None and len(group) > cap:
            # Sampling inside each split × label cell keeps both the split
            # sizes and the label mix of the source.
            fraction = cap / len(group)
            group = group.groupby(["split", "label"], group_keys=False).sample(
                frac=fraction, random_state=config.seed
            )
        parts.append(group)
    if not parts:
        raise TrainingError(
            "The corpus holds no labelled ads to train on.", code="NO_TRAINING_DATA"
        )
    # Shuffled once with the seed: nothing downstream may depend on the
    # order in which sources were loaded.
    return pd.concat(parts).sample(frac=1.0, random_state=config.seed)


def prepare_all(texts: list[str], progress: bool) -> list[PreparedAd]:
    registry = default_registry()
    return [
        prepare(text, registry, keep_offsets=False)
        for text in tqdm(texts, desc="rules + normalise", disable=not progress)
    ]


def evaluate_groups(
    frame: pd.DataFrame, scores: np.ndarray, thresholds: dict[str, float]
) -> dict[str, Any]:
    """Metrics overall, real-data-only, synthetic-only, per language and source."""
    cuts = {"high": thresholds["high"], "medium": thresholds["medium"]}
    frame = frame.assign(score=scores)
    real = ~frame["source"].isin(PROJECT_WRITTEN_SOURCES)
    report: dict[str, Any] = {
        "overall": binary_metrics(frame["label"], frame["score"], cuts),
        "real_only": binary_metrics(
            frame.loc[real, "label"], frame.loc[real, "score"], cuts
        ),
        "synthetic_only": binary_metrics(
            frame.loc[~real, "label"], frame.loc[~real, "score"], cuts
        ),
        "by_language": {},
        "by_source": {},
    }
    for lang, group in frame.groupby("lang", sort=True):
        report["by_language"][str(lang)] = binary_metrics(
            group["label"], group["score"], cuts
        )
    for source, group in frame.groupby("source", sort=True):
        report["by_source"][str(source)] = binary_metrics(
            group["label"], group["score"], cuts
        )
    return report


def train(
    config: TrainConfig,
    out_dir: Path,
    *,
    corpus_path: Path | None = None,
    data_root: Path | None = None,
    work_dir: Path | None = None,
    progress: bool = True,
) -> TrainResult:
    started = time.monotonic()
    work = work_dir or PROJECT_ROOT / "data" / "processed" / config.name
    corpus_file = ensure_corpus(
        config,
        corpus_path=corpus_path,
        data_root=data_root,
        work_dir=work,
        progress=progress,
    )
    corpus = pd.read_parquet(corpus_file)
    rows = select_rows(corpus, config)
    splits = {
        name: rows[rows["split"] == name] for name in ("train", "validation", "test")
    }
    for name, part in splits.items():
        if part["label"].nunique() < 2:
            raise TrainingError(
                f"The {name} split has only one class ({len(part)} rows); the "
                "corpus is too small to train on. Raise synthetic_n or add data.",
                code="ONE_CLASS",
            )
    prepared = {
        name: prepare_all(part["text"].tolist(), progress)
        for name, part in splits.items()
    }
    y = {name: part["label"].to_numpy() for name, part in splits.items()}

    candidates: dict[str, dict[str, Any]] = {}
    fitted: dict[str, Any] = {}
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
        real_y = y["validation"][val_real.to_numpy()]
        candidates[name] = {
            "kind": kind,
            "params": build_params,
            "fit_seconds": round(time.monotonic() - tick, 1),
            "validation_pr_auc": round(
                float(average_precision_score(y["validation"], val_scores)), 4
            ),
            "validation_pr_auc_real_only": (
                round(
                    float(
                        average_precision_score(real_y, val_scores[val_real.to_numpy()])
                    ),
                    4,
                )
                if len(set(real_y.tolist())) == 2
                else None
            ),
        }
        fitted[name] = (pipeline, val_scores)
        log.info("candidate %s: %s", name, candidates[name])

    # Real-data validation decides when it exists: synthetic ads are easy.
    def selection_key(item: tuple[str, dict[str, Any]]) -> tuple[float, float]:
        stats = item[1]
        real = stats["validation_pr_auc_real_only"]
        return (real if real is not None else -1.0, stats["validation_pr_auc"])

    selected = max(candidates.items(), key=selection_key)[0]
    pipeline, val_scores = fitted[selected]
    thresholds = choose_thresholds(
        y["validation"],
        val_scores,
        high_precision=config.thresholds.high_precision,
        medium_recall=config.thresholds.medium_recall,
    )
    test_scores = pipeline.predict_proba(prepared["test"])[:, 1]
    test_report = evaluate_groups(splits["test"], test_scores, thresholds)

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

    created = datetime.now(UTC)
    corpus_sha = sha256_file(corpus_file)
    card_json = corpus_file.parent / "data_card.json"
    data_card = (
        json.loads(card_json.read_text(encoding="utf-8")) if card_json.is_file() else {}
    )
    synthetic_only = bool(rows["source"].isin(PROJECT_WRITTEN_SOURCES).all())
    meta: dict[str, Any] = {
        "model_version": f"{config.name}-{created:%Y%m%d%H%M%S}-{corpus_sha[:8]}",
        "name": config.name,
        "created_at": created.isoformat(),
        "git_commit": git_commit(),
        "selected": selected,
        "candidates": candidates,
        "thresholds": thresholds,
        "config": config.model_dump(),
        "rules_fingerprint": default_registry().fingerprint,
        "data": {
            "corpus_sha256": corpus_sha,
            "corpus_rows": len(corpus),
            "synthetic_only": synthetic_only,
            "input_files_sha256": data_card.get("input_files_sha256", {}),
            "split_counts": {
                name: {
                    "rows": len(part),
                    "positives": int(part["label"].sum()),
                    "real_rows": int(
                        (~part["source"].isin(PROJECT_WRITTEN_SOURCES)).sum()
                    ),
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
        },
        "metrics": {"split": "test (held out, deduplicated)", "test": test_report},
        # NaN (rules that never fired) is not valid JSON: store null instead.
        "rule_statistics": rule_stats.astype(object)
        .where(rule_stats.notna(), None)
        .to_dict(orient="records"),
        "train_seconds": round(time.monotonic() - started, 1),
        "tier_decision": latest_tier_decision(),
    }
    from training.report import render_model_card

    card = render_model_card(meta, format_rule_table(rule_stats), target_table)
    final_meta = save_artifact(out_dir, pipeline, meta, extra_files={CARD_FILE: card})
    return TrainResult(out_dir, final_meta, selected)
