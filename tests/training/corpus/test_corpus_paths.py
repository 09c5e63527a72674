"""Data root resolution order and its error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.errors import DatasetMissingError
from training.corpus import paths


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No env var, and project/shared locations pointing into tmp_path."""
    monkeypatch.delenv(paths.DATA_ENV_VAR, raising=False)
    monkeypatch.setattr(paths, "DEFAULT_RAW_DIR", tmp_path / "project" / "raw")
    monkeypatch.setattr(paths, "SHARED_DATA_DIR", tmp_path / "shared" / "data")
    return tmp_path


def test_nothing_found_is_none(isolated: Path) -> None:
    assert paths.resolve_data_root() is None


def test_explicit_wins(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = isolated / "mine"
    explicit.mkdir()
    env = isolated / "env"
    env.mkdir()
    monkeypatch.setenv(paths.DATA_ENV_VAR, str(env))
    assert paths.resolve_data_root(explicit) == explicit.resolve()
    assert paths.resolve_data_root(str(explicit)) == explicit.resolve()


def test_env_then_raw_then_shared(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = isolated / "shared" / "data" / "id_sms_spam_bopbi"
    shared.mkdir(parents=True)
    assert paths.resolve_data_root() == shared.parent.resolve()

    raw = isolated / "project" / "raw"
    raw.mkdir(parents=True)
    # data/raw without any dataset folder does not count
    assert paths.resolve_data_root() == shared.parent.resolve()
    (raw / "emscad_partial").mkdir()
    assert paths.resolve_data_root() == raw

    env = isolated / "env"
    env.mkdir()
    monkeypatch.setenv(paths.DATA_ENV_VAR, str(env))
    assert paths.resolve_data_root() == env.resolve()


def test_named_directory_that_does_not_exist(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(DatasetMissingError, match="does not exist"):
        paths.resolve_data_root(isolated / "typo")
    monkeypatch.setenv(paths.DATA_ENV_VAR, str(isolated / "typo"))
    with pytest.raises(DatasetMissingError, match="WASPADA_DATA_DIR"):
        paths.resolve_data_root()
