"""Shared fixtures: one small, real model trained once per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# Apps built in tests keep their case database in a temporary folder, never in
# the checkout (servers started as subprocesses run in their own tmp folder).
os.environ.setdefault(
    "WASPADA_STATE_DIR", tempfile.mkdtemp(prefix="waspada-test-state-")
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real artifact trained on generated + seed ads with ``tiny.yaml`` (~30 s).

    Set WASPADA_TEST_MODEL to reuse an artifact folder between runs.
    """
    reuse = os.environ.get("WASPADA_TEST_MODEL")
    if reuse and (Path(reuse) / "meta.json").is_file():
        return Path(reuse)
    from training.config import CONFIG_DIR, load_config
    from training.train import train

    root = tmp_path_factory.mktemp("tiny-model")
    out = root / "model"
    train(
        load_config(CONFIG_DIR / "tiny.yaml"),
        out,
        work_dir=root / "corpus",
        progress=False,
    )
    return out


@pytest.fixture(scope="session")
def tiny_detector(tiny_model_dir: Path):  # type: ignore[no-untyped-def]
    from model.detector import Detector

    return Detector.load(tiny_model_dir)
