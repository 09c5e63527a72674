"""Build the training corpus: load, add synthetic and seed ads, dedup, split.

``build_corpus`` is what ``waspada data build`` and ``make data`` run. It
never fails because a dataset is absent: missing sets are skipped with a
warning and listed in the data card, and with no real data at all it still
writes a (loudly labelled) synthetic-only corpus so the rest of the pipeline
can be exercised.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm import tqdm

from model.ad import AD_FIELDS
from model.artifact import sha256_file
from model.errors import DatasetMissingError, WaspadaError
from training.corpus import paths
from training.corpus.card import build_card, render_markdown
from training.corpus.dedup import deduplicate
from training.corpus.loaders import LOADERS, input_files, load_dataset
from training.corpus.schema import COLUMNS, conform, language, normalized, validate
from training.corpus.split import assign_splits

log = logging.getLogger(__name__)

CORPUS_FILE = "corpus.parquet"
CARD_JSON = "data_card.json"
CARD_MD = "data_card.md"


@dataclass
class CorpusBuildResult:
    """Where the corpus went and what is in it."""

    out_dir: Path
    corpus_path: Path
    card_json_path: Path
    card_md_path: Path
    data_root: Path | None
    rows: int
    rows_loaded: int
    per_source: dict[str, int]
    per_split: dict[str, int]
    labels: dict[str, int]
    duplicates_removed: int
    label_conflict_groups: int
    synthetic_rows: int
    seed_rows: int
    missing: list[str]
    synthetic_only: bool
    corpus_sha256: str
    seconds: float
    warnings: list[str] = field(default_factory=list)


def load_seed_file(path: Path) -> pd.DataFrame | None:
    """Hand-written seed ads (JSON lines with ad fields and ``label``), or None.

    Each line is an object with any of the ad fields (or ``text``), ``label``
    (1, 0 or null) and optionally ``id``, ``genre``, ``lang``.
    """
    if not path.is_file():
        return None
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise WaspadaError(
                    f"{path}:{number}: not valid JSON ({exc.msg})",
                    code="INVALID_SEED_FILE",
                ) from exc
            records.append(record)
    if not records:
        return None
    frame = pd.DataFrame(records)
    keep = [
        c for c in (*AD_FIELDS, "text", "label", "id", "genre", "lang") if c in frame
    ]
    frame = frame[keep].copy()
    if "id" in frame:
        frame["id"] = ["seed:" + str(v) for v in frame["id"]]
    else:
        frame["id"] = [f"seed:{i}" for i in range(len(frame))]
    if "genre" not in frame:
        frame["genre"] = "job_ad"
    frame["genre"] = frame["genre"].fillna("job_ad")
    return conform(frame, source="seed", label_origin="manual")


def load_synthetic(n: int, seed: int) -> tuple[pd.DataFrame | None, str | None]:
    """Synthetic ads from ``training.generate.generate_ads``, or a reason why not.

    Imported lazily: the generator is optional for building a corpus, and a
    broken or absent generator must not block building from real data.
    """
    if n <= 0:
        return None, None
    try:
        from training.generate import generate_ads
    except ImportError as exc:
        note = f"synthetic ads skipped: training.generate unavailable ({exc})"
        log.warning(note)
        return None, note
    # A tenth are hard legitimate ads (training.generate.hard_legit).
    parts: list[pd.DataFrame] = []
    try:
        from training.generate.hard_legit import generate_hard_legit

        parts.append(pd.DataFrame(generate_hard_legit(n // 10, seed=seed)))
    except ImportError:  # a stand-in generator without the module
        pass
    hard = sum(len(part) for part in parts)
    parts.insert(0, pd.DataFrame(generate_ads(n - hard, seed=seed)))
    frame = pd.concat(parts, ignore_index=True)
    if "id" not in frame:
        frame["id"] = [f"synthetic:{i}" for i in range(len(frame))]
    else:
        frame["id"] = [
            v if str(v).startswith("synthetic") else f"synthetic:{v}"
            for v in frame["id"].astype(str)
        ]
    genre = frame["genre"].fillna("job_ad") if "genre" in frame else "job_ad"
    return conform(
        frame, source="synthetic", genre=genre, label_origin="synthetic"
    ), None


def build_corpus(
    data_root: Path | None,
    out_dir: Path,
    *,
    synthetic_n: int = 4000,
    seed: int = 13,
    progress: bool = True,
) -> CorpusBuildResult:
    """Build ``corpus.parquet`` and the data card in ``out_dir``.

    ``data_root`` is the folder holding the dataset folders (see
    ``paths.resolve_data_root``); ``None`` builds from synthetic and seed ads
    only.
    """
    started = time.perf_counter()
    seconds: dict[str, float] = {}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data_root = Path(data_root) if data_root is not None else None
    warnings: list[str] = []

    frames: list[pd.DataFrame] = []
    missing: dict[str, str] = {}
    hashes: dict[str, str] = {}
    loaded_per_source: dict[str, int] = {}
    names = list(LOADERS)
    for name in tqdm(names, desc="loading datasets", disable=not progress):
        try:
            frame = load_dataset(name, data_root)
        except DatasetMissingError as exc:
            if data_root is not None:
                log.warning(exc.message)
            missing[name] = exc.message
            continue
        assert data_root is not None
        for file in input_files(name, data_root):
            hashes[f"{name}/{file.name}"] = sha256_file(file)
        frames.append(frame)
        for source, n in frame["source"].value_counts().sort_index().items():
            loaded_per_source[str(source)] = int(n)
    if missing and data_root is not None:
        warnings.append(f"missing datasets skipped: {', '.join(missing)}")
    seconds["load"] = time.perf_counter() - started

    seed_frame = load_seed_file(paths.SEED_FILE)
    if seed_frame is not None:
        frames.append(seed_frame)
        loaded_per_source["seed"] = len(seed_frame)
        hashes[f"seed/{paths.SEED_FILE.name}"] = sha256_file(paths.SEED_FILE)
    t0 = time.perf_counter()
    synthetic, synthetic_note = load_synthetic(synthetic_n, seed)
    if synthetic_note:
        warnings.append(synthetic_note)
    if synthetic is not None:
        frames.append(synthetic)
        loaded_per_source["synthetic"] = len(synthetic)
    seconds["synthetic"] = time.perf_counter() - t0

    if frames:
        corpus = pd.concat(frames, ignore_index=True)
    else:
        corpus = conform(pd.DataFrame(columns=list(COLUMNS)))
    validate(corpus)
    rows_loaded = len(corpus)

    t0 = time.perf_counter()
    if progress:
        print(f"deduplicating {rows_loaded} rows ...", file=sys.stderr)
    dedup = deduplicate(corpus)
    corpus = dedup.kept
    seconds["dedup"] = time.perf_counter() - t0

    corpus["split"] = assign_splits(corpus, seed=seed)
    corpus["n_chars"] = corpus["text"].str.len().astype("int32")
    corpus["dup_group"] = corpus["dup_group"].astype("int64")

    corpus_path = out_dir / CORPUS_FILE
    corpus.to_parquet(corpus_path, index=False)
    corpus_sha = sha256_file(corpus_path)
    seconds["total"] = time.perf_counter() - started

    card = build_card(
        corpus=corpus,
        loaded_per_source=loaded_per_source,
        removed_per_source=dedup.removed_per_source,
        dedup_stats={
            "exact_removed": dedup.exact_removed,
            "near_removed": dedup.near_removed,
            "conflict_groups": dedup.conflict_groups,
            "conflict_rows_kept": dedup.conflict_rows_kept,
            "cross_source_groups": dedup.cross_source_groups,
        },
        missing=missing,
        data_root=data_root,
        input_hashes=hashes,
        corpus_sha256=corpus_sha,
        synthetic_note=synthetic_note,
        seconds=seconds,
        seed=seed,
    )
    card_json = out_dir / CARD_JSON
    card_md = out_dir / CARD_MD
    card_json.write_text(
        json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    card_md.write_text(render_markdown(card), encoding="utf-8")
    if card["synthetic_only"]:
        log.warning(card["warnings"][0])
    normalized.cache_clear()
    language.cache_clear()

    labels = corpus["label"].astype("Float64").fillna(-1).astype(int)
    return CorpusBuildResult(
        out_dir=out_dir,
        corpus_path=corpus_path,
        card_json_path=card_json,
        card_md_path=card_md,
        data_root=data_root,
        rows=len(corpus),
        rows_loaded=rows_loaded,
        per_source={
            str(k): int(v)
            for k, v in corpus["source"].value_counts().sort_index().items()
        },
        per_split={str(k): int(v) for k, v in corpus["split"].value_counts().items()},
        labels={
            "scam": int((labels == 1).sum()),
            "legit": int((labels == 0).sum()),
            "unlabelled": int((labels == -1).sum()),
        },
        duplicates_removed=rows_loaded - len(corpus),
        label_conflict_groups=dedup.conflict_groups,
        synthetic_rows=int((corpus["label_origin"] == "synthetic").sum()),
        seed_rows=int((corpus["source"] == "seed").sum()),
        missing=sorted(missing),
        synthetic_only=bool(card["synthetic_only"]),
        corpus_sha256=corpus_sha,
        seconds=round(seconds["total"], 2),
        warnings=[
            *card["warnings"],
            *[w for w in warnings if w not in card["warnings"]],
        ],
    )


def format_summary(result: CorpusBuildResult) -> str:
    """A few lines for the terminal after a build."""
    lines = []
    if result.synthetic_only:
        lines.append(
            "WARNING: synthetic-only corpus (no real data found); see "
            f"{result.card_md_path}"
        )
    lines.append(
        f"corpus: {result.rows} rows ({result.rows_loaded} loaded, "
        f"{result.duplicates_removed} duplicates removed) in {result.seconds:.1f}s"
    )
    lines.append(
        "labels: "
        + ", ".join(f"{k} {v}" for k, v in result.labels.items())
        + f"; synthetic {result.synthetic_rows}, seed {result.seed_rows}"
    )
    lines.append(
        "splits: "
        + ", ".join(
            f"{name} {result.per_split.get(name, 0)}"
            for name in ("train", "validation", "test")
        )
    )
    width = max((len(s) for s in result.per_source), default=0)
    for source, n in result.per_source.items():
        lines.append(f"  {source:<{width}}  {n:>7}")
    if result.missing:
        lines.append(
            f"missing datasets ({len(result.missing)}): " + ", ".join(result.missing)
        )
    lines.append(f"data root: {result.data_root}")
    lines.append(f"wrote {result.corpus_path}, {result.card_md_path}")
    return "\n".join(lines)
