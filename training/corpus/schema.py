"""The one table shape every corpus source is brought into.

Sources differ in platform, format and language; putting them all in the same
columns (and scoring the same joined text, ``model.ad.join_fields``) is what
lets the model see an SMS, a YouTube comment and a job-board ad as comparable
inputs. ``conform`` is the single place that enforces the shape, so a loader
cannot drift from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import pandas as pd

from model.ad import AD_FIELDS, join_fields
from model.langid import detect_language
from model.preprocess import normalize

COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "genre",
    "lang",
    *AD_FIELDS,
    "text",
    "label",
    "label_origin",
)

GENRES: frozenset[str] = frozenset({"job_ad", "sms", "comment"})
LABEL_ORIGINS: frozenset[str] = frozenset(
    {"manual", "source_label", "presumed_legit", "synthetic"}
)
LABEL_DTYPE = "Int8"
STRING_DTYPE = pd.StringDtype()


@lru_cache(maxsize=300_000)
def normalized(text: str) -> str:
    """``normalize(text).text``, cached.

    Language detection (in the loaders) and the dedup key (later) both need
    the normalised text; normalising ~30 M characters twice costs ~15 s.
    ``build_corpus`` clears the cache when it is done.
    """
    return normalize(text).text


@lru_cache(maxsize=300_000)
def language(normalized_text: str) -> str:
    """``detect_language`` cached: comment and SMS sets repeat texts a lot."""
    return detect_language(normalized_text)


def _clean(value: Any) -> str | None:
    """A field value as ``str`` or ``None``; NaN and blank strings are ``None``.

    ``join_fields`` would turn a float NaN into the text "nan".
    """
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    text = value if isinstance(value, str) else str(value)
    return text if text.strip() else None


def conform(
    frame: pd.DataFrame,
    *,
    source: str | pd.Series | None = None,
    genre: str | None = None,
    label_origin: str | pd.Series | None = None,
    text_only: bool = False,
) -> pd.DataFrame:
    """Bring ``frame`` into the corpus schema (``COLUMNS``, fixed dtypes).

    ``frame`` may hold any subset of the columns; ``source``/``genre``/
    ``label_origin`` fill (or override) the like-named columns. Structured
    sources get ``text = join_fields(row)``; ``text_only`` sources carry their
    text in ``text`` and it is copied into ``description``. ``text`` keeps the
    source's characters (the model normalises later); HTML is stripped only
    for language detection. Rows whose normalised text is empty are dropped.
    """
    df = frame.copy()
    for name, value in (
        ("source", source),
        ("genre", genre),
        ("label_origin", label_origin),
    ):
        if value is not None:
            df[name] = value
    for name in (*AD_FIELDS, "text", "id", "lang", "label"):
        if name not in df.columns:
            df[name] = None

    records = df[list(AD_FIELDS)].to_dict("records")
    fields = [{key: _clean(val) for key, val in rec.items()} for rec in records]
    given = [_clean(value) for value in df["text"].tolist()]
    if text_only:
        for rec, text in zip(fields, given, strict=True):
            rec["description"] = text
    texts = [
        text if text is not None else join_fields(rec)
        for rec, text in zip(fields, given, strict=True)
    ]
    out = pd.DataFrame(fields, index=df.index, columns=list(AD_FIELDS))
    out["text"] = texts
    norm = [normalized(text) if text else "" for text in texts]
    keep = [bool(n.strip()) for n in norm]

    langs = df["lang"].tolist()
    out["lang"] = [
        lang if isinstance(lang, str) and lang else language(n)
        for lang, n in zip(langs, norm, strict=True)
    ]
    for name in ("source", "genre", "label_origin"):
        out[name] = df[name].to_numpy()
    out["id"] = [
        str(value) if _clean(value) is not None else f"{src}:{pos}"
        for pos, (value, src) in enumerate(
            zip(df["id"].tolist(), out["source"].tolist(), strict=True)
        )
    ]
    out["label"] = pd.array(
        pd.to_numeric(df["label"], errors="coerce"), dtype="Float64"
    ).astype(LABEL_DTYPE)

    out = out.loc[keep, list(COLUMNS)].reset_index(drop=True)
    return enforce_dtypes(out)


def enforce_dtypes(df: pd.DataFrame) -> pd.DataFrame:
    """Fix the dtypes of the schema columns (strings nullable, label ``Int8``)."""
    df = df.copy()
    for name in COLUMNS:
        if name == "label":
            df[name] = df[name].astype(LABEL_DTYPE)
        else:
            df[name] = df[name].astype(STRING_DTYPE)
    return df


def validate(df: pd.DataFrame) -> None:
    """Raise ``ValueError`` if ``df`` breaks the schema contract."""
    missing = [name for name in COLUMNS if name not in df.columns]
    if missing:
        raise ValueError(f"corpus frame lacks columns {missing}")
    if str(df["label"].dtype) != LABEL_DTYPE:
        raise ValueError(f"label dtype is {df['label'].dtype}, expected Int8")
    _check_values(df["genre"], GENRES, "genre")
    _check_values(df["label_origin"], LABEL_ORIGINS, "label_origin")
    labels = set(df["label"].dropna().astype(int).tolist())
    if not labels <= {0, 1}:
        raise ValueError(f"labels outside {{0, 1}}: {sorted(labels)}")
    if df["text"].isna().any() or (df["text"].str.strip() == "").any():
        raise ValueError("rows with empty text")
    if df["id"].duplicated().any():
        dupes = df.loc[df["id"].duplicated(), "id"].head(5).tolist()
        raise ValueError(f"duplicate ids, e.g. {dupes}")


def _check_values(series: pd.Series, allowed: Iterable[str], name: str) -> None:
    bad = set(series.dropna().unique()) - set(allowed)
    if bad or series.isna().any():
        raise ValueError(f"{name} has values outside {sorted(allowed)}: {bad}")
