"""The training harness on a real (small) run: what it stores and promises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from model.artifact import CARD_FILE, META_FILE, PIPELINE_FILE, sha256_file
from model.detector import Detector
from training.config import TrainConfig, load_config
from training.train import TrainingError, _contest


@pytest.fixture(scope="module")
def meta(tiny_model_dir: Path) -> dict:
    return json.loads((tiny_model_dir / META_FILE).read_text())


def test_artifact_folder_holds_pipeline_meta_and_card(tiny_model_dir: Path) -> None:
    names = {path.name for path in tiny_model_dir.iterdir()}
    assert {PIPELINE_FILE, META_FILE, CARD_FILE} <= names


@pytest.mark.parametrize(
    "key",
    [
        "model_version",
        "created_at",
        "git_commit",
        "selected",
        "candidates",
        "thresholds",
        "versions",
        "files",
        "checksum",
        "data",
        "metrics",
        "rules_fingerprint",
        "rule_statistics",
        "config",
    ],
)
def test_meta_records_provenance(meta: dict, key: str) -> None:
    assert key in meta


def test_meta_file_hashes_match_the_files(tiny_model_dir: Path, meta: dict) -> None:
    for name, digest in meta["files"].items():
        assert sha256_file(tiny_model_dir / name) == digest


def test_thresholds_are_ordered_probabilities(meta: dict) -> None:
    thresholds = meta["thresholds"]
    assert 0.0 < thresholds["medium"] <= thresholds["high"] < 1.0


def test_metrics_come_from_the_held_out_test_split(meta: dict) -> None:
    assert meta["metrics"]["split"].startswith("test")
    counts = meta["data"]["split_counts"]
    assert meta["metrics"]["test"]["overall"]["n"] == counts["test"]["rows"]
    assert counts["train"]["rows"] > counts["test"]["rows"] > 0


def test_synthetic_only_training_is_declared(tiny_model_dir: Path, meta: dict) -> None:
    assert meta["data"]["synthetic_only"] is True
    card = (tiny_model_dir / CARD_FILE).read_text()
    assert "WEAKER" in card.upper()
    assert "Red-flag rules" in card


def test_the_tiny_model_separates_its_own_test_split(meta: dict) -> None:
    overall = meta["metrics"]["test"]["overall"]
    assert overall["pr_auc"] is not None and overall["pr_auc"] > 0.8


def test_served_detector_is_the_trained_pipeline(
    tiny_model_dir: Path, meta: dict
) -> None:
    detector = Detector.load(tiny_model_dir)
    assert detector.version == meta["model_version"]
    assert detector.artifact.pipeline_sha256 == meta["files"][PIPELINE_FILE]


@pytest.mark.parametrize(
    ("full_real_data", "fresh", "fitted", "says"),
    [
        (True, "linear", ["boosted", "linear"], "best validation PR-AUC"),
        (False, "linear", ["linear"], "fresh_machine_candidate"),
        (False, None, ["boosted", "linear"], "best validation PR-AUC"),
    ],
)
def test_without_the_full_real_data_only_the_fresh_machine_candidate_is_fitted(
    full_real_data: bool, fresh: str | None, fitted: list[str], says: str
) -> None:
    config = TrainConfig.model_validate(
        {
            "candidates": {"linear": {"C": 4.0}, "boosted": {}},
            "fresh_machine_candidate": fresh,
        }
    )
    contest, selection = _contest(config, full_real_data=full_real_data)
    assert sorted(contest.candidates) == fitted
    assert says in selection


def test_a_fresh_machine_candidate_must_be_a_candidate() -> None:
    config = TrainConfig.model_validate(
        {"candidates": {"linear": {}}, "fresh_machine_candidate": "boosted"}
    )
    with pytest.raises(TrainingError) as raised:
        _contest(config, full_real_data=False)
    assert raised.value.code == "CONFIG_INVALID"


def test_the_default_recipe_serves_linear_on_a_fresh_machine() -> None:
    assert load_config().fresh_machine_candidate == "linear"


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (None, ["id", "en", "ms", "zh", "th", "vi", "km", "tl"]),
        (["th", "vi", "th"], ["th", "vi"]),
        (["id"], ["id"]),
    ],
)
def test_generated_posts_cover_every_served_language_by_default(
    languages: list[str] | None, expected: list[str]
) -> None:
    raw = {} if languages is None else {"synthetic_languages": languages}
    assert TrainConfig.model_validate(raw).synthetic_languages == expected


@pytest.mark.parametrize("languages", [["xx"], [], ["id", "klingon"]])
def test_a_language_the_generator_cannot_write_is_refused(
    languages: list[str],
) -> None:
    with pytest.raises(ValidationError):
        TrainConfig.model_validate({"synthetic_languages": languages})


def test_the_default_recipe_generates_every_language_and_reads_words() -> None:
    config = load_config()
    assert set(config.synthetic_languages) == {
        "id",
        "en",
        "ms",
        "zh",
        "th",
        "vi",
        "km",
        "tl",
    }
    assert config.doctype is not None
    assert config.doctype.params.get("word_features") is True
