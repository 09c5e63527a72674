"""What keeps the event loop (and so /healthz) answering while ads score.

The soak benchmark (docs/benchmarks.md) found health probes stalled for up
to a third of a second by full garbage collections walking the model's
objects, and each wake-up of the event loop waiting up to 5 ms for the GIL.
These tests check the two remedies in a real app and lifespan: the model's
objects are frozen out of the collector's sight once loaded (and again after
a reload, when the old model must still be collectable), and the GIL switch
interval is the configured one while the app runs and is restored after.
"""

from __future__ import annotations

import gc
import sys
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.routes.deps import dumps, dumps_batch
from service.settings import Settings

ADMIN_KEY = "admin-key"


def _settings(model: Path, **overrides: object) -> Settings:
    return Settings(
        model_path=model,
        rate_limit_per_second=0,
        store_cases=False,
        admin_keys=[ADMIN_KEY],
        _env_file=None,  # type: ignore[call-arg]
        **overrides,  # type: ignore[arg-type]
    )


def _wait_ready(client: TestClient) -> None:
    deadline = time.monotonic() + 120
    while client.get("/readyz").status_code != 200:
        assert time.monotonic() < deadline, "model never loaded"
        time.sleep(0.05)


def _seen_by_collector(obj: object) -> bool:
    """Whether a collection would walk ``obj`` (frozen objects are not listed)."""
    return any(candidate is obj for candidate in gc.get_objects())


@pytest.fixture
def api(tiny_model_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(_settings(tiny_model_dir))) as client:
        _wait_ready(client)
        yield client


def test_the_loaded_model_is_frozen_out_of_collections(api: TestClient) -> None:
    detector = api.app.state.runtime.detector  # type: ignore[attr-defined]
    assert gc.is_tracked(detector)
    assert not _seen_by_collector(detector)
    assert gc.get_freeze_count() > 0
    assert api.get("/healthz").status_code == 200


def test_a_reload_freezes_the_new_model_and_lets_the_old_one_go(
    api: TestClient,
) -> None:
    runtime = api.app.state.runtime  # type: ignore[attr-defined]
    old = weakref.ref(runtime.detector)
    answer = api.post("/v1/admin/reload", json={}, headers={"X-API-Key": ADMIN_KEY})
    assert answer.status_code == 200, answer.text
    assert runtime.detector is not old()
    assert not _seen_by_collector(runtime.detector)
    gc.collect()  # only what was never frozen: the old model was thawed
    assert old() is None
    assert api.post("/v1/score", json={"text": "Lowongan kerja"}).status_code == 200


@pytest.mark.parametrize(
    ("setting_ms", "interval_s"),
    [
        (None, 0.001),  # the default
        (0.5, 0.0005),
        (5.0, 0.005),  # CPython's own default
    ],
)
def test_the_switch_interval_holds_while_the_app_runs(
    tiny_model_dir: Path, setting_ms: float | None, interval_s: float
) -> None:
    before = sys.getswitchinterval()
    overrides = {} if setting_ms is None else {"gil_switch_interval_ms": setting_ms}
    with TestClient(create_app(_settings(tiny_model_dir, **overrides))) as client:
        assert sys.getswitchinterval() == pytest.approx(interval_s)
        assert client.get("/healthz").status_code == 200
    assert sys.getswitchinterval() == before


@pytest.mark.parametrize("value", ["0", "-1", "101", "fast"])
def test_an_impossible_switch_interval_is_refused(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("WASPADA_GIL_SWITCH_INTERVAL_MS", value)
    with pytest.raises(ValueError):
        Settings(_env_file=None)  # type: ignore[call-arg]


@pytest.mark.parametrize(
    "results",
    [
        [],
        [{"score": 0.5, "text": "Gaji 15 juta — kerja di Kamboja 🇰🇭"}],
        [{"error": {"code": "EMPTY_AD", "message": "x"}}, {"score": 1.0}] * 600,
    ],
)
def test_a_batch_answer_encoded_piecewise_is_the_same_bytes(
    results: list[dict[str, object]],
) -> None:
    whole = dumps({"results": results, "model_version": "tiny-1"})
    assert dumps_batch(results, "tiny-1") == whole
