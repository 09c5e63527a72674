"""Model swaps without downtime: POST /v1/admin/reload and SIGHUP, under load."""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import LiveServer

ADMIN = {"X-API-Key": "admin-key"}


def _relabel(source: Path, target: Path, version: str) -> None:
    """A copy of an artifact under another model version (checksum redone)."""
    from model import artifact

    shutil.copytree(source, target)
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["model_version"] = version
    meta["checksum"] = artifact._meta_checksum(meta)
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")


def _point(link: Path, target: Path) -> None:
    """Swap a symlink atomically, as an operator deploying a model would."""
    tmp = link.with_name(link.name + ".new")
    if tmp.is_symlink():
        tmp.unlink()
    tmp.symlink_to(target)
    os.replace(tmp, link)


def _version(server: LiveServer) -> str:
    return str(httpx.get(server.url + "/v1/model", timeout=30).json()["model_version"])


@pytest.fixture(scope="module")
def swap_setup(
    tiny_model_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
    server_factory: Callable[..., LiveServer],
) -> tuple[LiveServer, Path, Path, Path, str]:
    root = tmp_path_factory.mktemp("reload")
    first = root / "v1"
    shutil.copytree(tiny_model_dir, first)
    second = root / "v2"
    version = json.loads((first / "meta.json").read_text())["model_version"]
    _relabel(first, second, version + "-next")
    current = root / "current"
    current.symlink_to(first)
    server = server_factory(
        "reload",
        WASPADA_MODEL_PATH=str(current),
        WASPADA_ADMIN_KEYS="admin-key",
    )
    server.wait("/readyz")
    return server, current, first, second, version


def _hammer(url: str, stop: threading.Event, statuses: Counter[int]) -> None:
    with httpx.Client(base_url=url, timeout=60) as client:
        while not stop.is_set():
            for method, path, body in (
                ("POST", "/v1/score", {"text": "Kerja di Kamboja, gaji besar"}),
                ("GET", "/v1/model", None),
                ("GET", "/v1/rules", None),
            ):
                response = client.request(method, path, json=body)
                statuses[response.status_code] += 1


def test_reload_under_load_fails_no_request(
    swap_setup: tuple[LiveServer, Path, Path, Path, str],
) -> None:
    server, current, first, second, version = swap_setup
    stop = threading.Event()
    statuses: Counter[int] = Counter()
    threads = [
        threading.Thread(target=_hammer, args=(server.url, stop, statuses))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.0)
        _point(current, second)
        reloaded = httpx.post(
            server.url + "/v1/admin/reload", headers=ADMIN, json={}, timeout=120
        )
        assert reloaded.status_code == 200, reloaded.text
        body = reloaded.json()
        assert body["model_version"] == version + "-next"
        assert body["previous_version"] == version
        assert body["changed"] is True
        assert _version(server) == version + "-next"

        # SIGHUP swaps back.
        _point(current, first)
        os.kill(server.process.pid, signal.SIGHUP)
        deadline = time.monotonic() + 120
        while _version(server) != version:
            assert time.monotonic() < deadline, "SIGHUP did not reload"
            time.sleep(0.2)
        time.sleep(1.0)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert server.process.poll() is None, "SIGHUP killed the server"
    assert set(statuses) == {200}, statuses
    # Every client got through rounds that spanned both swaps.
    assert sum(statuses.values()) >= len(threads) * 3


@pytest.mark.parametrize(
    ("headers", "status", "code"),
    [
        ({}, 401, "UNAUTHORIZED"),
        ({"X-API-Key": "wrong"}, 401, "UNAUTHORIZED"),
    ],
)
def test_reload_needs_the_admin_key(
    swap_setup: tuple[LiveServer, Path, Path, Path, str],
    headers: dict[str, str],
    status: int,
    code: str,
) -> None:
    server = swap_setup[0]
    response = httpx.post(server.url + "/v1/admin/reload", headers=headers, json={})
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_broken_new_artifact_keeps_the_old_model(
    swap_setup: tuple[LiveServer, Path, Path, Path, str],
    tmp_path: Path,
) -> None:
    server, current, first, _, _ = swap_setup
    before = _version(server)
    broken = tmp_path / "broken"
    shutil.copytree(first, broken)
    (broken / "pipeline.joblib").write_bytes(b"tampered")
    _point(current, broken)
    try:
        response = httpx.post(
            server.url + "/v1/admin/reload", headers=ADMIN, json={}, timeout=120
        )
        assert response.status_code == 409
        assert response.json()["error"]["code"]
        assert _version(server) == before
        scored = httpx.post(
            server.url + "/v1/score", json={"text": "kerja"}, timeout=60
        )
        assert scored.status_code == 200
    finally:
        _point(current, first)
