from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression

from model.artifact import (
    META_FILE,
    PIPELINE_FILE,
    load_artifact,
    save_artifact,
)
from model.errors import ArtifactChecksumError, ArtifactError, ArtifactNotFoundError


@pytest.fixture
def artifact_dir(tmp_path: Path) -> Path:
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    estimator = LogisticRegression().fit(X, [0, 0, 1, 1])
    save_artifact(
        tmp_path / "model",
        estimator,
        {"model_version": "test-1", "thresholds": {"high": 0.8, "medium": 0.5}},
        extra_files={"model_card.md": "# card\n"},
    )
    return tmp_path / "model"


def test_round_trip_verifies_and_loads(artifact_dir: Path) -> None:
    loaded = load_artifact(artifact_dir)
    assert loaded.meta["model_version"] == "test-1"
    assert loaded.pipeline.predict([[3.0]])[0] == 1
    assert set(loaded.meta["files"]) == {PIPELINE_FILE, "model_card.md"}
    assert loaded.meta["versions"]["scikit-learn"]


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _edit_meta(path: Path, key: str, value: object) -> None:
    meta = json.loads((path / META_FILE).read_text())
    meta[key] = value
    (path / META_FILE).write_text(json.dumps(meta))


def _pin_other_sklearn(path: Path) -> None:
    meta = json.loads((path / META_FILE).read_text())
    meta["versions"]["scikit-learn"] = "0.0.1"
    from model.artifact import _meta_checksum

    meta["checksum"] = _meta_checksum(meta)
    (path / META_FILE).write_text(json.dumps(meta))


@pytest.mark.parametrize(
    ("tamper", "error", "needle"),
    [
        (lambda p: _flip_byte(p / PIPELINE_FILE), ArtifactChecksumError, "SHA-256"),
        (
            lambda p: (p / "model_card.md").write_text("edited"),
            ArtifactChecksumError,
            "model_card.md",
        ),
        (lambda p: (p / PIPELINE_FILE).unlink(), ArtifactChecksumError, "missing"),
        (
            lambda p: _edit_meta(p, "thresholds", {"high": 0.1}),
            ArtifactChecksumError,
            "modified",
        ),
        (lambda p: (p / META_FILE).write_text("{not json"), ArtifactError, "JSON"),
        (lambda p: (p / META_FILE).unlink(), ArtifactNotFoundError, "make train"),
        (_pin_other_sklearn, ArtifactError, "scikit-learn 0.0.1"),
    ],
    ids=[
        "pickle-flipped",
        "card-edited",
        "pickle-missing",
        "meta-edited",
        "meta-garbage",
        "meta-missing",
        "library-mismatch",
    ],
)
def test_tampered_or_mismatched_artifacts_are_refused(
    artifact_dir: Path, tamper, error: type[Exception], needle: str
) -> None:
    tamper(artifact_dir)
    with pytest.raises(error, match=needle):
        load_artifact(artifact_dir)
