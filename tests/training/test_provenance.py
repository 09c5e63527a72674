"""The training_data block of meta.json (training/provenance.py)."""

# The case table reads better one case per line.
# ruff: noqa: E501

from __future__ import annotations

import pandas as pd
import pytest

from training.provenance import training_data_summary

ALL = {"emscad_partial": "full", "id_jobs_lokerid": "full"}
SHIPPED = {
    "emscad_partial": "redistributable",
    "judol_youtube_gbennnn": "redistributable",
}


@pytest.mark.parametrize(
    ("sources", "card", "excluded", "full", "summary_starts"),
    [
        (["emscad_partial", "synthetic"], {"dataset_origin": ALL}, [], True, "all the real"),
        (["emscad_partial", "synthetic"], {"dataset_origin": SHIPPED,
         "missing_datasets": {"id_jobs_lokerid": "..."}}, [], False, "only the redistributable"),
        (["emscad_partial", "synthetic"], {"dataset_origin": ALL}, ["id_jobs_lokerid"], False, "part of"),
        (["emscad_partial"], {"dataset_origin": {**ALL, "judol_youtube_gbennnn": "redistributable"}},
         [], False, "part of"),
        (["seed", "synthetic"], {"missing_datasets": {"emscad_partial": "..."}}, [], False, "generated and seed ads only"),
        # A card from before dataset_origin existed: hashed inputs were full.
        (["emscad_partial"], {"input_files_sha256": {"emscad_partial/x.csv": "ab", "seed/s.jsonl": "cd"}},
         [], True, "all the real"),
    ],
)  # fmt: skip
def test_training_data_summary(
    sources: list[str],
    card: dict,
    excluded: list[str],
    full: bool,
    summary_starts: str,
) -> None:
    rows = pd.DataFrame({"source": sources})
    result = training_data_summary(rows, card, excluded_sources=excluded)
    assert result["full_real_data"] is full
    assert result["summary"].startswith(summary_starts)
    assert result["sources"] == sorted(sources)
    assert result["synthetic_only"] is (set(sources) <= {"seed", "synthetic"})
