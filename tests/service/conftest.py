"""Real uvicorn servers on free loopback ports, driven over HTTP.

Each server is a subprocess started through ``service.server.serve`` with its
settings in ``WASPADA_*`` environment variables, exactly as ``waspada serve``
runs in production.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from service.app import create_app
from service.settings import Settings

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Neutral settings for tests: no .env from the developer's checkout, no rate
# limit unless a test asks for one.
BASE_ENV = {
    "WASPADA_RATE_LIMIT_PER_SECOND": "0",
    "WASPADA_RATE_LIMIT_ADS_PER_SECOND": "0",
    # Batches need a key by default; most tests use a server without keys.
    "WASPADA_OPEN_BATCH": "true",
    "WASPADA_LOG_LEVEL": "info",
    "WASPADA_MODEL_RETRY_SECONDS": "0.5",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """A ``waspada serve`` subprocess; ``url`` is its base URL."""

    def __init__(self, env: dict[str, str], log_path: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        full_env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("WASPADA_")
        }
        full_env.update(BASE_ENV)
        full_env.update(env)
        full_env["WASPADA_HOST"] = "127.0.0.1"
        full_env["WASPADA_PORT"] = str(self.port)
        self._log = log_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from service.server import serve; serve()"],
            cwd=log_path.parent,  # away from any .env in the checkout
            env={**full_env, "PYTHONPATH": str(PROJECT_ROOT)},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, path: str, status: int = 200, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited:\n{self.logs()}")
            try:
                last = httpx.get(self.url + path, timeout=2.0).status_code
                if last == status:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        raise TimeoutError(f"{path} never gave {status} (last {last}):\n{self.logs()}")

    def logs(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-5000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def start_server(
    tmp_path_factory: pytest.TempPathFactory, name: str, **settings: str
) -> LiveServer:
    """Start a server; retry on a fresh port if the chosen one was taken.

    The free port is found by binding and releasing it, so another process
    on a busy machine can grab it in between.
    """
    for _attempt in range(3):
        folder = tmp_path_factory.mktemp(name)
        server = LiveServer(settings, folder / "server.log")
        try:
            server.wait("/healthz", timeout=120)
        except RuntimeError:
            logs = server.logs()
            server.stop()
            if "address already in use" not in logs.lower():
                raise
            continue
        return server
    raise RuntimeError(f"could not start {name}: ports kept being taken")


@pytest.fixture(scope="session")
def server_factory(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., LiveServer]]:
    """Start extra servers with given ``WASPADA_*`` settings; all stopped at the end."""
    started: list[LiveServer] = []

    def start(name: str, **settings: str) -> LiveServer:
        server = start_server(tmp_path_factory, name, **settings)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def live_server(
    tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The default server: the tiny model, default limits, no rate limit."""
    server = start_server(
        tmp_path_factory,
        "server-main",
        WASPADA_MODEL_PATH=str(tiny_model_dir.resolve()),
    )
    try:
        server.wait("/readyz")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def strict_server(
    tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """API keys, a tight rate limit and small limits, to test each one."""
    server = start_server(
        tmp_path_factory,
        "server-strict",
        WASPADA_MODEL_PATH=str(tiny_model_dir.resolve()),
        WASPADA_API_KEYS="key-one, key-two",
        WASPADA_OPEN_BATCH="false",
        WASPADA_RATE_LIMIT_PER_SECOND="0.5",
        WASPADA_RATE_LIMIT_BURST="3",
        # Each test names its own client, so their buckets stay apart.
        WASPADA_TRUST_FORWARDED_FOR="true",
        WASPADA_MAX_BATCH_SIZE="5",
        WASPADA_MAX_AD_CHARS="300",
        WASPADA_MAX_BODY_BYTES="8192",
        WASPADA_CORS_ORIGINS="https://awareness.example.org",
    )
    try:
        server.wait("/readyz")
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def live_client(live_server: LiveServer) -> Iterator[httpx.Client]:
    """Over HTTP to a real uvicorn server: for what only a server does
    (connections, headers, process-wide limits, signals)."""
    with httpx.Client(base_url=live_server.url, timeout=30.0) as session:
        yield session


@pytest.fixture(scope="session")
def client(tiny_model_dir: Path) -> Iterator[httpx.Client]:
    """The app in process, its lifespan run, driven over httpx: the same
    settings as ``live_server`` without a process and a port per test run."""
    settings = Settings(
        model_path=tiny_model_dir.resolve(),
        rate_limit_per_second=0,
        rate_limit_ads_per_second=0,
        open_batch=True,
        open_metrics=True,
        model_retry_seconds=0.5,
        _env_file=None,  # type: ignore[call-arg]
    )
    with TestClient(create_app(settings)) as session:
        deadline = time.monotonic() + 120
        while session.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, "the model never loaded"
            time.sleep(0.1)
        yield session


# The case database fixtures (SQLite / PostgreSQL), shared with tests/service/store.
from tests.service.store.conftest import database_url, engine_for  # noqa: E402, F401
