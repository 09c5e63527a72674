"""The real datasets whose licences allow shipping them inside Waspada.

``data/redistributable/<folder>/`` holds compact copies (gzip CSV) of only
those datasets, laid out like the full dataset folders so the same loaders
read them. The corpus builder falls back to them for any dataset folder that
the full data root lacks (see ``training.corpus.build``), so a fresh clone
without ``../shared/data`` still learns from some real ads.

``waspada data export-redistributable --from ../shared/data`` rebuilds
the copies from the curated dataset folders; it is deterministic (gzip
without a timestamp) and copies each folder's SOURCE.txt (origin repository,
snapshot commit, licence) and licence text beside the data.
"""

from __future__ import annotations

import gzip
import io
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


@dataclass(frozen=True, slots=True)
class Redistributable:
    """One shipped dataset: what is copied, from where, under which licence."""

    folder: str
    source_file: str
    out_file: str
    columns: tuple[str, ...]
    licence: str
    licence_file: str
    why: str
    #: Keep only rows whose ``source`` column equals this (the licensed part).
    only_source: str | None = None


SHIPPED: tuple[Redistributable, ...] = (
    Redistributable(
        folder="judol_youtube_gbennnn",
        source_file="dataset_judol_labelled.csv",
        out_file="dataset_judol_labelled.csv.gz",
        # ``author`` (a person's YouTube display name) is dropped: the model
        # never reads it and it is personal data.
        columns=("comment_id", "comment_text", "label"),
        licence="MIT",
        licence_file="LICENSE",
        why="MIT licence (repository LICENSE, Benony Gabriel 2026) allows "
        "redistribution with the copyright notice, which is kept here",
    ),
    Redistributable(
        folder="id_sms_spam_bopbi",
        source_file="bopbi_sms.csv",
        out_file="bopbi_sms.csv.gz",
        columns=("category", "file", "text"),
        licence="CC0-1.0",
        licence_file="LICENSE.txt",
        why="CC0 1.0 dedication (repository LICENSE.txt and README)",
    ),
    Redistributable(
        folder="emscad_partial",
        source_file="emscad_partial_combined.csv",
        out_file="emscad_partial_combined.csv.gz",
        columns=(
            "job_id",
            "title",
            "location",
            "salary_range",
            "company_profile",
            "description",
            "requirements",
            "benefits",
            "fraudulent",
            "source",
        ),
        licence="BSD-2-Clause",
        licence_file="LICENSE_rdube_BSD2.txt",
        why="only the r-dube/fakejobs fj_small rows (BSD-2-Clause, notice kept "
        "here); the grv7-deve fraud rows have no licence and are NOT shipped",
        only_source="r-dube/fakejobs fj_small",
    ),
)


def _gzip_csv(frame: pd.DataFrame, path: Path) -> None:
    """Write ``frame`` as gzip CSV with a fixed header (byte-reproducible)."""
    text = frame.to_csv(index=False, lineterminator="\n")
    buffer = io.BytesIO()
    with gzip.GzipFile(
        filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0
    ) as handle:
        handle.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def export(source_root: Path, out_root: Path) -> dict[str, int]:
    """Copy each shipped dataset from ``source_root`` into ``out_root``.

    Returns rows written per folder. Also copies the licence and SOURCE files.
    """
    written: dict[str, int] = {}
    for item in SHIPPED:
        src = source_root / item.folder
        frame = pd.read_csv(src / item.source_file, dtype=str, keep_default_na=True)
        if item.only_source is not None:
            frame = frame[frame["source"] == item.only_source]
        frame = frame[list(item.columns)]
        out = out_root / item.folder
        out.mkdir(parents=True, exist_ok=True)
        _gzip_csv(frame, out / item.out_file)
        shutil.copyfile(src / item.licence_file, out / item.licence_file)
        shutil.copyfile(src / "SOURCE.txt", out / "SOURCE.txt")
        written[item.folder] = len(frame)
    return written


def shipped_folders() -> tuple[str, ...]:
    return tuple(item.folder for item in SHIPPED)
