"""Reading dataset files as the loaders need them: text columns, stable ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd


def existing(path: Path) -> Path:
    """``path``, or its gzip copy ``path.gz`` when only that exists.

    The project's redistributable copies (``data/redistributable/``) are the
    same files gzip-compressed, so one loader reads both.
    """
    if not path.is_file():
        packed = path.with_name(path.name + ".gz")
        if packed.is_file():
            return packed
    return path


def read_csv_as_text(path: Path, **kwargs: Any) -> pd.DataFrame:
    """Read a CSV as strings; pandas infers gzip from ``.gz``.

    Reading every column as text keeps 14-digit ids and labels such as "0.5"
    exactly as written.
    """
    return pd.read_csv(existing(path), dtype=str, keep_default_na=True, **kwargs)


def as_number(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce")


def join_fields(*parts: pd.Series, sep: str = "\n\n") -> pd.Series:
    """Join text columns row-wise, skipping empty parts (no stray separators)."""

    def one(values: tuple[object, ...]) -> str | None:
        kept = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
        return sep.join(kept) if kept else None

    return pd.Series(
        [one(values) for values in zip(*parts, strict=True)], index=parts[0].index
    )


def row_ids(prefix: str, values: pd.Series | None, n: int) -> list[str]:
    """Stable row ids: the source's own id where it has one, else the row number.

    A source id that repeats (or is missing) gets the row number appended, so
    ids stay unique, which the corpus contract requires.
    """
    if values is None:
        return [f"{prefix}:{i}" for i in range(n)]
    raw = [v.strip() if isinstance(v, str) and v.strip() else "" for v in values]
    counts = pd.Series(raw).value_counts()
    return [
        f"{prefix}:{v}" if v and counts[v] == 1 else f"{prefix}:{v}#{i}"
        for i, v in enumerate(raw)
    ]
