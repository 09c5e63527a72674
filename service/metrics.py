"""Prometheus metrics of one app instance.

Each app gets its own ``CollectorRegistry`` instead of the process-wide
default one, so that several apps in one process (tests) never clash over
metric names.

With several worker processes (``WASPADA_WORKERS > 1``) ``waspada serve``
points ``PROMETHEUS_MULTIPROC_DIR`` at a fresh folder before the workers
start: each worker writes its values there and ``/metrics``, whichever
worker answers it, adds them all up (prometheus_client's multiprocess mode).
Process and platform collectors describe one process only, so they are left
out then.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

CONTENT_TYPE = CONTENT_TYPE_LATEST
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROC_ENV) or None


def prepare_multiprocess_dir() -> Path:
    """Before workers start: an empty folder for their metric files.

    An operator-set ``PROMETHEUS_MULTIPROC_DIR`` is emptied (values of a
    previous run must not be added to this one's); otherwise a new folder.
    """
    existing = multiprocess_dir()
    if existing:
        folder = Path(existing)
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.db"):
            stale.unlink()
    else:
        folder = Path(tempfile.mkdtemp(prefix="waspada-metrics-"))
        os.environ[MULTIPROC_ENV] = str(folder)
    return folder


def remove_multiprocess_dir(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


LATENCY_BUCKETS = (
    0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
)  # fmt: skip
SCORE_BUCKETS = tuple(round(0.1 * step, 1) for step in range(1, 11))


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self.multiprocess = multiprocess_dir() is not None
        if not self.multiprocess:
            ProcessCollector(registry=registry)
            PlatformCollector(registry=registry)
        self.requests = Counter(
            "waspada_http_requests",
            "HTTP requests answered, by route template and status.",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "waspada_http_request_duration_seconds",
            "Time from request start to the end of the response.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.in_progress = Gauge(
            "waspada_http_requests_in_progress",
            "Requests being served now.",
            registry=registry,
            multiprocess_mode="livesum",
        )
        self.scores = Histogram(
            "waspada_score",
            "Distribution of scores given to ads.",
            ["endpoint"],
            buckets=SCORE_BUCKETS,
            registry=registry,
        )
        self.ads = Counter(
            "waspada_ads_scored",
            "Ads scored, by endpoint and risk level.",
            ["endpoint", "risk"],
            registry=registry,
        )
        self.ad_errors = Counter(
            "waspada_ad_errors",
            "Ads that could not be scored, by error code.",
            ["endpoint", "code"],
            registry=registry,
        )
        self.rate_limited = Counter(
            "waspada_rate_limited",
            "Requests refused by the per-client rate limit.",
            registry=registry,
        )
        self.model_info = Gauge(
            "waspada_model_info",
            "The loaded model (value 1, labelled with its version).",
            ["model_version"],
            registry=registry,
            multiprocess_mode="livemax",
        )
        self.model_ready = Gauge(
            "waspada_model_ready",
            "1 once the model is loaded (every worker's, with several).",
            registry=registry,
            multiprocess_mode="livemin",
        )
        self.model_load_seconds = Gauge(
            "waspada_model_load_seconds",
            "How long loading the model took.",
            registry=registry,
            multiprocess_mode="livemax",
        )

        # labels() takes a lock and builds a key on every call; a batch
        # observes 1,000 verdicts, so the labelled children are kept here.
        self._verdict_children: dict[tuple[str, str], tuple[Any, Any]] = {}

    def model_loaded(self, version: str, seconds: float) -> None:
        self.model_info.labels(model_version=version).set(1)
        self.model_ready.set(1)
        self.model_load_seconds.set(seconds)

    def observe_verdict(self, endpoint: str, score: float, risk: str) -> None:
        children = self._verdict_children.get((endpoint, risk))
        if children is None:
            children = (
                self.scores.labels(endpoint=endpoint),
                self.ads.labels(endpoint=endpoint, risk=risk),
            )
            self._verdict_children[(endpoint, risk)] = children
        children[0].observe(score)
        children[1].inc()

    def render(self) -> bytes:
        if self.multiprocess:
            from prometheus_client.multiprocess import MultiProcessCollector

            combined = CollectorRegistry()
            MultiProcessCollector(combined)
            return generate_latest(combined)
        return generate_latest(self.registry)
