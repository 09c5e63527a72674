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


# --- every file listed, signing key, pinned pipeline -------------------------


def _replace_pickle_and_reseal_meta(path: Path) -> None:
    """What an attacker with write access does: swap the pickle, then fix up
    the listed hash and meta's own checksum (no key needed for either)."""
    import joblib

    from model.artifact import _meta_checksum, sha256_file

    joblib.dump({"not": "the model"}, path / PIPELINE_FILE)
    meta = json.loads((path / META_FILE).read_text())
    meta["files"][PIPELINE_FILE] = sha256_file(path / PIPELINE_FILE)
    meta["checksum"] = _meta_checksum(meta)
    (path / META_FILE).write_text(json.dumps(meta))


def _unlist_pipeline(path: Path) -> None:
    from model.artifact import _meta_checksum

    meta = json.loads((path / META_FILE).read_text())
    del meta["files"][PIPELINE_FILE]
    meta["checksum"] = _meta_checksum(meta)
    (path / META_FILE).write_text(json.dumps(meta))


@pytest.fixture
def signed_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("WASPADA_ARTIFACT_KEY", raising=False)
    monkeypatch.delenv("WASPADA_PIPELINE_SHA256", raising=False)
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    save_artifact(
        tmp_path / "signed",
        LogisticRegression().fit(X, [0, 0, 1, 1]),
        {"model_version": "signed-1"},
        extra_files={"model_card.md": "# card\n"},
        key="right key",
    )
    return tmp_path / "signed"


@pytest.mark.parametrize(
    ("tamper", "needle"),
    [
        (lambda p: (p / "extra.joblib").write_bytes(b"x"), "does not list: extra"),
        (
            lambda p: (p / "sub").mkdir() or (p / "sub" / "a.bin").write_bytes(b"x"),
            "sub/a.bin",
        ),
        (lambda p: (p / "model_card.md").unlink(), "missing"),
        (_unlist_pipeline, r"does not list: pipeline\.joblib"),
        (
            lambda p: (p / "link.md").symlink_to(p / "model_card.md"),
            "link or special file",
        ),
    ],
    ids=[
        "extra-file",
        "extra-file-in-subfolder",
        "listed-missing",
        "pipeline-unlisted",
        "symlink",
    ],
)
def test_the_listing_must_match_the_folder(
    artifact_dir: Path, tamper, needle: str
) -> None:
    tamper(artifact_dir)
    with pytest.raises(ArtifactChecksumError, match=needle):
        load_artifact(artifact_dir)


def test_a_resealed_tampered_pickle_loads_without_a_key_but_not_with_one(
    signed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.errors import ArtifactSignatureError

    assert load_artifact(signed_dir, key="right key").meta["signature"]
    _replace_pickle_and_reseal_meta(signed_dir)
    # Without a key or pin nothing can tell a consistent forgery apart.
    assert load_artifact(signed_dir).pipeline == {"not": "the model"}
    with pytest.raises(ArtifactSignatureError, match="does not match"):
        load_artifact(signed_dir, key="right key")
    monkeypatch.setenv("WASPADA_ARTIFACT_KEY", "right key")
    with pytest.raises(ArtifactSignatureError):
        load_artifact(signed_dir)
    with pytest.raises(ArtifactSignatureError):
        load_artifact(signed_dir, verify=False)


@pytest.mark.parametrize(
    ("key", "loads"),
    [("right key", True), ("wrong key", False), (b"right key", True)],
)
def test_the_signature_needs_the_right_key(
    signed_dir: Path, key: str | bytes, loads: bool
) -> None:
    from model.errors import ArtifactSignatureError

    if loads:
        assert load_artifact(signed_dir, key=key).meta["model_version"] == "signed-1"
    else:
        with pytest.raises(ArtifactSignatureError) as caught:
            load_artifact(signed_dir, key=key)
        assert caught.value.code == "ARTIFACT_SIGNATURE_INVALID"


def test_an_unsigned_artifact_is_refused_when_a_key_is_set(
    artifact_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.errors import ArtifactSignatureError

    monkeypatch.setenv("WASPADA_ARTIFACT_KEY", "some key")
    with pytest.raises(ArtifactSignatureError, match="not signed"):
        load_artifact(artifact_dir)


def test_a_pinned_pipeline_hash_is_enforced(
    artifact_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from model.artifact import sha256_file
    from model.errors import ArtifactSignatureError

    pin = sha256_file(artifact_dir / PIPELINE_FILE)
    assert load_artifact(artifact_dir, pipeline_sha256=pin.upper()).pipeline
    monkeypatch.setenv("WASPADA_PIPELINE_SHA256", "0" * 64)
    with pytest.raises(ArtifactSignatureError, match="pinned"):
        load_artifact(artifact_dir)
    with pytest.raises(ArtifactSignatureError, match="pinned"):
        load_artifact(artifact_dir, verify=False)


def test_seal_artifact_lists_and_signs_added_files(
    signed_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import joblib

    from model.artifact import seal_artifact

    # Another model file added after training (as train.py adds doctype.joblib).
    joblib.dump({"another": "model"}, signed_dir / "doctype.joblib")
    with pytest.raises(ArtifactChecksumError, match=r"doctype\.joblib"):
        load_artifact(signed_dir, key="right key")
    monkeypatch.setenv("WASPADA_ARTIFACT_KEY", "right key")
    sealed = seal_artifact(signed_dir)
    assert set(sealed["files"]) == {PIPELINE_FILE, "model_card.md", "doctype.joblib"}
    loaded = load_artifact(signed_dir)
    assert loaded.meta["files"]["doctype.joblib"] == sealed["files"]["doctype.joblib"]
    # Sealing without a key drops the signature; the key then refuses it.
    monkeypatch.delenv("WASPADA_ARTIFACT_KEY")
    assert "signature" not in seal_artifact(signed_dir)
    from model.errors import ArtifactSignatureError

    with pytest.raises(ArtifactSignatureError, match="not signed"):
        load_artifact(signed_dir, key="right key")
