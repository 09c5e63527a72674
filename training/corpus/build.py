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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm import tqdm

from model.ad import AD_FIELDS
from model.artifact import sha256_file
from model.errors import DatasetMissingError, WaspadaError
from training.corpus import paths
from training.corpus.card import CardInputs, build_card, render_markdown
from training.corpus.dedup import DedupResult, deduplicate
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
    #: Dataset folder -> "full" (the data root) or "redistributable" (the
    #: project's shipped copy, used when the data root lacks the folder).
    dataset_origin: dict[str, str] = field(default_factory=dict)


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


def load_synthetic(
    n: int,
    seed: int,
    board_share: float = 0.0,
    languages: Sequence[str] | None = None,
) -> tuple[pd.DataFrame | None, str | None]:
    """Synthetic ads from ``training.generate.generate_ads``, or a reason why not.

    ``board_share`` of the ``n`` ads are job-board-shaped ads from
    ``training.generate.board`` (legitimate and scam; see that module). The
    posts are written in ``languages`` (``generate_ads``' default when None).

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
    # A tenth are hard legitimate ads (training.generate.hard_legit) and
    # ``board_share`` job-board-shaped ads (training.generate.board).
    n_board = round(n * board_share)
    parts: list[pd.DataFrame] = []
    try:
        from training.generate.hard_legit import generate_hard_legit

        parts.append(pd.DataFrame(generate_hard_legit(n // 10, seed=seed)))
    except ImportError:  # a stand-in generator without the module
        pass
    if n_board:
        from training.generate.board import generate_board_ads

        parts.append(pd.DataFrame(generate_board_ads(n_board, seed=seed)))
    extra = sum(len(part) for part in parts)
    n_posts = max(0, n - extra)
    posts = (
        generate_ads(n_posts, seed=seed)
        if languages is None
        else generate_ads(n_posts, seed=seed, languages=tuple(languages))
    )
    parts.insert(0, pd.DataFrame(posts))
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


def _redistributable(
    name: str, root: Path | None
) -> tuple[Path | None, pd.DataFrame | None]:
    """The project's shipped copy of dataset ``name``, if there is one."""
    if root is None or not (root / name).is_dir():
        return None, None
    try:
        return root, load_dataset(name, root)
    except DatasetMissingError:
        return None, None


@dataclass
class _Inputs(CardInputs):
    """What the build has read so far; ``frames`` in corpus order."""

    frames: list[pd.DataFrame] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reviewed_stats: dict[str, Any] | None = None


def _load_datasets(
    inputs: _Inputs,
    data_root: Path | None,
    redistributable_root: Path | None,
    progress: bool,
) -> None:
    """Every known dataset, from the data root or else the shipped copy."""
    for name in tqdm(list(LOADERS), desc="loading datasets", disable=not progress):
        try:
            frame = load_dataset(name, data_root)
            root: Path | None = data_root
            inputs.dataset_origin[name] = "full"
        except DatasetMissingError as exc:
            root, frame = _redistributable(name, redistributable_root)
            if frame is None:
                if data_root is not None:
                    log.warning(exc.message)
                inputs.missing[name] = exc.message
                continue
            inputs.dataset_origin[name] = "redistributable"
        assert root is not None
        for file in input_files(name, root):
            inputs.input_hashes[f"{name}/{file.name}"] = sha256_file(file)
        inputs.frames.append(frame)
        for source, n in frame["source"].value_counts().sort_index().items():
            inputs.loaded_per_source[str(source)] = int(n)
    if inputs.missing and data_root is not None:
        inputs.warnings.append(f"missing datasets skipped: {', '.join(inputs.missing)}")


def _add_reviewed(inputs: _Inputs, reviewed_path: Path) -> None:
    # First, so that deduplication keeps the reviewed copy of an ad.
    from training.corpus.reviewed import load_reviewed

    reviewed_frame, stats = load_reviewed(Path(reviewed_path))
    inputs.reviewed_stats = stats.as_dict()
    inputs.input_hashes[f"reviewed/{Path(reviewed_path).name}"] = sha256_file(
        Path(reviewed_path)
    )
    if reviewed_frame is not None:
        inputs.frames.insert(0, reviewed_frame)
        inputs.loaded_per_source["reviewed"] = len(reviewed_frame)
    if stats.conflicting:
        inputs.warnings.append(
            f"reviewed cases: {stats.conflicting} left out because reviewers disagreed"
        )


def _add_project_ads(
    inputs: _Inputs,
    synthetic_n: int,
    seed: int,
    board_share: float,
    languages: Sequence[str] | None,
) -> None:
    """The hand-written seed ads and the generated (synthetic) ones."""
    seed_frame = load_seed_file(paths.SEED_FILE)
    if seed_frame is not None:
        inputs.frames.append(seed_frame)
        inputs.loaded_per_source["seed"] = len(seed_frame)
        inputs.input_hashes[f"seed/{paths.SEED_FILE.name}"] = sha256_file(
            paths.SEED_FILE
        )
    synthetic, inputs.synthetic_note = load_synthetic(
        synthetic_n, seed, board_share, languages
    )
    if inputs.synthetic_note:
        inputs.warnings.append(inputs.synthetic_note)
    if synthetic is not None:
        inputs.frames.append(synthetic)
        inputs.loaded_per_source["synthetic"] = len(synthetic)


def _write_card(out_dir: Path, card: dict[str, Any]) -> tuple[Path, Path]:
    card_json = out_dir / CARD_JSON
    card_md = out_dir / CARD_MD
    card_json.write_text(
        json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    card_md.write_text(render_markdown(card), encoding="utf-8")
    return card_json, card_md


def _summarise(corpus: pd.DataFrame) -> dict[str, Any]:
    """Per-source, per-split and per-label counts of the built corpus."""
    labels = corpus["label"].astype("Float64").fillna(-1).astype(int)
    return {
        "rows": len(corpus),
        "per_source": {
            str(k): int(v)
            for k, v in corpus["source"].value_counts().sort_index().items()
        },
        "per_split": {
            str(k): int(v) for k, v in corpus["split"].value_counts().items()
        },
        "labels": {
            "scam": int((labels == 1).sum()),
            "legit": int((labels == 0).sum()),
            "unlabelled": int((labels == -1).sum()),
        },
        "synthetic_rows": int((corpus["label_origin"] == "synthetic").sum()),
        "seed_rows": int((corpus["source"] == "seed").sum()),
    }


def _deduplicate(corpus: pd.DataFrame, progress: bool) -> DedupResult:
    if progress:
        print(f"deduplicating {len(corpus)} rows ...", file=sys.stderr)
    return deduplicate(corpus)


def _split(corpus: pd.DataFrame, seed: int) -> pd.DataFrame:
    """Assign train/validation/test and the derived columns, in place."""
    corpus["split"] = assign_splits(corpus, seed=seed)
    corpus["n_chars"] = corpus["text"].str.len().astype("int32")
    corpus["dup_group"] = corpus["dup_group"].astype("int64")
    return corpus


def _dedup_stats(dedup: DedupResult) -> dict[str, int]:
    return {
        "exact_removed": dedup.exact_removed,
        "near_removed": dedup.near_removed,
        "conflict_groups": dedup.conflict_groups,
        "conflict_rows_kept": dedup.conflict_rows_kept,
        "cross_source_groups": dedup.cross_source_groups,
    }


def build_corpus(
    data_root: Path | None,
    out_dir: Path,
    *,
    synthetic_n: int = 4000,
    seed: int = 13,
    progress: bool = True,
    reviewed_path: Path | None = None,
    redistributable_root: Path | None = None,
    board_share: float = 0.0,
    synthetic_languages: Sequence[str] | None = None,
) -> CorpusBuildResult:
    """Build ``corpus.parquet`` and the data card in ``out_dir``.

    ``data_root`` is the folder holding the dataset folders (see
    ``paths.resolve_data_root``). A dataset folder it lacks (or all of them,
    when it is ``None``) is read from ``redistributable_root`` when given
    (``paths.REDISTRIBUTABLE_DIR``: the project's shipped copies of the
    datasets whose licences allow it). With neither, the corpus holds
    synthetic and seed ads only.
    """
    started = time.perf_counter()
    seconds: dict[str, float] = {}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data_root = Path(data_root) if data_root is not None else None

    inputs = _Inputs(data_root=data_root)
    _load_datasets(inputs, data_root, redistributable_root, progress)
    seconds["load"] = time.perf_counter() - started
    if reviewed_path is not None:
        _add_reviewed(inputs, reviewed_path)
    t0 = time.perf_counter()
    _add_project_ads(inputs, synthetic_n, seed, board_share, synthetic_languages)
    seconds["synthetic"] = time.perf_counter() - t0

    if inputs.frames:
        corpus = pd.concat(inputs.frames, ignore_index=True)
    else:
        corpus = conform(pd.DataFrame(columns=list(COLUMNS)))
    validate(corpus)
    rows_loaded = len(corpus)
    t0 = time.perf_counter()
    dedup = _deduplicate(corpus, progress)
    seconds["dedup"] = time.perf_counter() - t0
    corpus = _split(dedup.kept, seed)

    corpus_path = out_dir / CORPUS_FILE
    corpus.to_parquet(corpus_path, index=False)
    corpus_sha = sha256_file(corpus_path)
    seconds["total"] = time.perf_counter() - started

    card = build_card(
        corpus=corpus,
        inputs=inputs,
        removed_per_source=dedup.removed_per_source,
        dedup_stats=_dedup_stats(dedup),
        corpus_sha256=corpus_sha,
        seconds=seconds,
        seed=seed,
    )
    if inputs.reviewed_stats is not None:
        card["reviewed"] = inputs.reviewed_stats
    card_json, card_md = _write_card(out_dir, card)
    if card["synthetic_only"]:
        log.warning(card["warnings"][0])
    normalized.cache_clear()
    language.cache_clear()

    return CorpusBuildResult(
        out_dir=out_dir,
        corpus_path=corpus_path,
        card_json_path=card_json,
        card_md_path=card_md,
        data_root=data_root,
        rows_loaded=rows_loaded,
        duplicates_removed=rows_loaded - len(corpus),
        label_conflict_groups=dedup.conflict_groups,
        missing=sorted(inputs.missing),
        synthetic_only=bool(card["synthetic_only"]),
        corpus_sha256=corpus_sha,
        seconds=round(seconds["total"], 2),
        warnings=[
            *card["warnings"],
            *[w for w in inputs.warnings if w not in card["warnings"]],
        ],
        dataset_origin=dict(inputs.dataset_origin),
        **_summarise(corpus),
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
    shipped = [k for k, v in result.dataset_origin.items() if v == "redistributable"]
    if shipped:
        lines.append(
            "from the project's redistributable copies (data/redistributable/): "
            + ", ".join(shipped)
        )
    if result.missing:
        lines.append(
            f"missing datasets ({len(result.missing)}): " + ", ".join(result.missing)
        )
    lines.append(f"data root: {result.data_root}")
    lines.append(f"wrote {result.corpus_path}, {result.card_md_path}")
    return "\n".join(lines)
