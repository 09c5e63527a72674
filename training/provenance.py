"""What a model learned from, in the words the model card and ``/v1/model`` use.

``training_data_summary`` turns the rows a model was trained on and the data
card of their corpus into the ``training_data`` block of ``meta.json``: the
sources, where each real dataset was read from (the full copy in the data
root, or the project's redistributable subset in ``data/redistributable/``),
which datasets were absent, and one flag, ``full_real_data``, that the web
page uses to warn that the served model is the weaker one.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

PROJECT_WRITTEN = frozenset({"synthetic", "seed"})


def training_data_summary(
    rows: pd.DataFrame,
    data_card: dict[str, Any],
    *,
    excluded_sources: list[str] | tuple[str, ...] = (),
) -> dict[str, Any]:
    """The ``training_data`` block of ``meta.json`` (JSON-serialisable)."""
    sources = sorted(str(s) for s in rows["source"].unique())
    origin: dict[str, str] = dict(data_card.get("dataset_origin") or {})
    if not origin:
        # Cards written before dataset_origin existed: every hashed input
        # came from the data root.
        for key in data_card.get("input_files_sha256") or {}:
            name = key.split("/", 1)[0]
            if name != "seed":
                origin.setdefault(name, "full")
    missing = sorted(data_card.get("missing_datasets") or {})
    redistributable = sorted(k for k, v in origin.items() if v == "redistributable")
    real_sources = [s for s in sources if s not in PROJECT_WRITTEN]
    full = bool(
        origin
        and real_sources
        and not missing
        and not redistributable
        and not excluded_sources
    )
    if full:
        summary = "all the real datasets, plus generated and seed ads"
    elif real_sources and redistributable and len(redistributable) == len(origin):
        summary = (
            "only the redistributable subset of the real data "
            f"({', '.join(redistributable)}) plus generated and seed ads"
        )
    elif real_sources:
        summary = (
            "part of the real data ("
            + ", ".join(sorted(origin))
            + ") plus generated and seed ads"
        )
    else:
        summary = "generated and seed ads only (no real data)"
    return {
        "full_real_data": full,
        "summary": summary,
        "sources": sources,
        "datasets": dict(sorted(origin.items())),
        "redistributable": redistributable,
        "missing_datasets": missing,
        "excluded_sources": sorted(excluded_sources),
        "synthetic_only": not real_sources,
    }
