"""What training, evaluation and the tier comparison share.

The project root, which sources the project wrote itself, the corpus that
a config trains on (built or reused), the labelled rows it selects, the
rule pass every ad goes through and the metric groups every report uses.
"""

from __future__ import annotations

import hashlib
import json
import logging
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from model.errors import TrainingError
from model.features import PreparedAd, default_registry, prepare
from training.config import TrainConfig
from training.metrics import binary_metrics

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC_SOURCES = frozenset({"synthetic"})
PROJECT_WRITTEN_SOURCES = frozenset({"synthetic", "seed"})
# Cases reviewed by people (training/corpus/reviewed.py): used by every
# config, including those that leave the public datasets out.
REVIEWED_SOURCE = "reviewed"


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
    reviewed_path: Path | None = None,
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
    from training.corpus.paths import REDISTRIBUTABLE_DIR, resolve_data_root

    root = resolve_data_root(data_root) if config.use_real_data else None
    shipped = (
        REDISTRIBUTABLE_DIR
        if config.use_real_data
        and config.use_redistributable
        and REDISTRIBUTABLE_DIR.is_dir()
        else None
    )
    if config.use_real_data and root is None:
        log.warning(
            "No real datasets found (looked in WASPADA_DATA_DIR, data/raw/ and "
            "../shared/data/). Training on %s: the model will be WEAKER. See "
            "data/README.md to add the real datasets, then run `make train` again.",
            "the project's redistributable subset of the real data plus generated "
            "and seed ads"
            if shipped
            else "the project's generated and seed ads only",
        )
    from training.corpus.reviewed import resolve_reviewed

    reviewed = resolve_reviewed(reviewed_path)
    corpus_file = work_dir / "corpus.parquet"
    recipe_file = work_dir / "recipe.json"
    recipe = corpus_recipe(root, config, shipped)
    if reviewed is not None:
        recipe["reviewed_sha256"] = hashlib.sha256(reviewed.read_bytes()).hexdigest()
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
        reviewed_path=reviewed,
        redistributable_root=shipped,
        board_share=config.board_share,
        synthetic_languages=config.synthetic_languages,
    )
    recipe_file.write_text(json.dumps(recipe, indent=2), encoding="utf-8")
    return corpus_file


def corpus_recipe(
    root: Path | None, config: TrainConfig, shipped: Path | None = None
) -> dict[str, Any]:
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
    if shipped is not None:
        for path in sorted(p for p in shipped.rglob("*") if p.is_file()):
            inputs.append(
                [
                    "redistributable/" + str(path.relative_to(shipped)),
                    path.stat().st_size,
                    path.stat().st_mtime_ns,
                ]
            )
    return {
        "data_root": str(root) if root else None,
        "seed": config.seed,
        "synthetic_n": config.synthetic_n,
        "board_share": config.board_share,
        "synthetic_languages": config.synthetic_languages,
        "code_sha256": code.hexdigest(),
        "inputs": inputs,
    }


def select_rows(corpus: pd.DataFrame, config: TrainConfig) -> pd.DataFrame:
    """Labelled rows of the wanted sources, capped per source, splits intact."""
    frame = corpus[corpus["label"].notna()].copy()
    frame["label"] = frame["label"].astype(int)
    if not config.use_real_data:
        frame = frame[frame["source"].isin(PROJECT_WRITTEN_SOURCES | {REVIEWED_SOURCE})]
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
