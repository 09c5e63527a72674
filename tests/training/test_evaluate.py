"""`waspada evaluate` end to end on the tiny model, including the EMSCAD path."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from training.evaluate import evaluate, load_external


@pytest.fixture(scope="module")
def emscad_like_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small file in EMSCAD's fake_job_postings.csv layout, repeats included."""
    from training.generate import generate_ads

    ads = generate_ads(240, seed=21, languages=("en",))
    frame = pd.DataFrame(
        {
            "job_id": range(len(ads)),
            "title": ads["title"].fillna("Customer service"),
            "location": "US, NY, New York",
            "company_profile": ads["company"],
            "description": ads["description"].fillna(ads["text"]),
            "requirements": ads["requirements"],
            "benefits": ads["benefits"],
            "salary_range": ads["salary"],
            "fraudulent": ads["label"].astype(int),
        }
    )
    # EMSCAD repeats ads verbatim; the grouped split must keep copies together.
    frame = pd.concat([frame, frame.head(30)], ignore_index=True)
    path = tmp_path_factory.mktemp("emscad") / "fake_job_postings.csv"
    frame.to_csv(path, index=False)
    return path


def test_emscad_layout_is_recognised(emscad_like_csv: Path) -> None:
    frame, is_emscad = load_external(emscad_like_csv)
    assert is_emscad
    assert set(frame.columns) == {"text", "label"}
    assert frame["label"].isin([0, 1]).all()


def test_evaluate_writes_json_markdown_and_plot(
    tiny_model_dir: Path, tmp_path: Path, emscad_like_csv: Path
) -> None:
    corpus = tiny_model_dir.parent / "corpus" / "corpus.parquet"
    report = evaluate(
        tiny_model_dir,
        out_dir=tmp_path,
        corpus_path=corpus if corpus.is_file() else None,
        data=emscad_like_csv,
        loso=False,
        progress=False,
    )
    saved = json.loads((tmp_path / "evaluation.json").read_text())
    assert saved["pipeline_sha256"] == report["pipeline_sha256"]
    assert saved["split"].startswith("test split")
    assert (tmp_path / "reliability.png").stat().st_size > 1000
    markdown = (tmp_path / "evaluation.md").read_text()
    for heading in (
        "Held-out test split",
        "By language",
        "Calibration",
        "worst errors",
        "Robustness",
    ):
        assert heading in markdown
    assert report["test"]["real_only"]["n"] == 0  # the tiny model has no real data
    assert len(report["worst_errors"]) <= 20
    emscad = report["external"]["emscad_grouped_split"]
    assert emscad["test"]["n"] > 0
    assert "published_baselines" in emscad
