"""Cases written behind the scoring path.

``CaseRecorder.record`` costs a UUID and a queue put on the request's thread;
a writer thread hashes the texts and inserts them in batches. When the queue
is full, or the database has failed recently, the case is skipped (counted in
``/metrics``) and the verdict goes out without a ``case_id``: scoring never
waits for, or fails because of, the database.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from prometheus_client import CollectorRegistry, Counter, Gauge

from service.store.cases import CaseStore, NewCase, text_hash, utcnow
from service.store.db import StoreUnavailable

if TYPE_CHECKING:
    from model.verdict import Verdict

log = logging.getLogger("waspada.store")

_STOP = object()


class StoreMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.cases_stored = Counter(
            "waspada_cases_stored",
            "Cases written to the database.",
            registry=registry,
        )
        self.cases_skipped = Counter(
            "waspada_cases_skipped",
            "Verdicts given without storing their case, by reason "
            "(queue_full, database_down, not_ready, write_failed).",
            ["reason"],
            registry=registry,
        )
        self.store_errors = Counter(
            "waspada_store_errors",
            "Database operations that failed, by operation.",
            ["operation"],
            registry=registry,
        )
        self.reviews = Counter(
            "waspada_reviews",
            "Reviews and feedback written, by kind.",
            ["kind"],
            registry=registry,
        )
        self.store_up = Gauge(
            "waspada_store_up",
            "1 while the case database answers, 0 after a failure.",
            registry=registry,
        )


@dataclass(frozen=True, slots=True)
class _Pending:
    case_id: str
    created_at: Any
    channel: str
    verdict: Verdict
    keep_text: bool
    source_url: str | None


class CaseRecorder:
    def __init__(
        self,
        store: CaseStore,
        metrics: StoreMetrics,
        *,
        queue_size: int = 10_000,
        batch_size: int = 200,
        retry_s: float = 5.0,
    ) -> None:
        self.store = store
        self.metrics = metrics
        self.batch_size = batch_size
        self.retry_s = retry_s
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=queue_size)
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.ready = False  # set once the schema is in place
        self._down_until = 0.0

    # -- the request side ------------------------------------------------

    def record(
        self,
        verdict: Verdict,
        *,
        channel: str,
        keep_text: bool,
        source_url: str | None = None,
    ) -> str | None:
        """Queue a case for ``verdict``; its id, or None when skipped."""
        if not self.ready:
            self.metrics.cases_skipped.labels(reason="not_ready").inc()
            return None
        if self._down_until and time.monotonic() < self._down_until:
            self.metrics.cases_skipped.labels(reason="database_down").inc()
            return None
        case_id = uuid.uuid4().hex
        pending = _Pending(case_id, utcnow(), channel, verdict, keep_text, source_url)
        try:
            self._queue.put_nowait(pending)
        except queue.Full:
            self.metrics.cases_skipped.labels(reason="queue_full").inc()
            return None
        return case_id

    # -- the writer thread -----------------------------------------------

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="waspada-case-writer", daemon=True
                )
                self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        thread = self._thread
        if thread is None:
            return
        self._queue.put(_STOP)
        thread.join(timeout)
        self._thread = None

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued case has been written (or dropped)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.005)
        return not self._queue.unfinished_tasks

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                self._queue.task_done()
                return
            items = [item]
            stop = False
            while len(items) < self.batch_size:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    stop = True
                    self._queue.task_done()
                    break
                items.append(more)
            try:
                self._write(items)
            finally:
                for _ in items:
                    self._queue.task_done()
            if stop:
                return

    def _write(self, items: list[_Pending]) -> None:
        try:
            rows = [_new_case(item) for item in items]
            written = self.store.add_cases(rows)
        except StoreUnavailable as error:
            self._down_until = time.monotonic() + self.retry_s
            self.metrics.store_up.set(0)
            self.metrics.store_errors.labels(operation="add_cases").inc()
            self.metrics.cases_skipped.labels(reason="write_failed").inc(len(items))
            # The reason only: never the ads.
            log.error(
                "cases not stored",
                extra={"cases": len(items), "error": str(error)},
            )
            return
        except Exception:  # a bug here must not kill the writer
            self.metrics.cases_skipped.labels(reason="write_failed").inc(len(items))
            log.exception("cases not stored (unexpected error)")
            return
        self._down_until = 0.0
        self.metrics.store_up.set(1)
        self.metrics.cases_stored.inc(written)


def _new_case(item: _Pending) -> NewCase:
    verdict = item.verdict
    return NewCase(
        id=item.case_id,
        created_at=item.created_at,
        channel=item.channel,
        model_version=verdict.model_version,
        score=float(verdict.score),
        risk=verdict.risk,
        flags=sorted({flag.rule_id for flag in verdict.flags}),
        language=verdict.language,
        text_sha256=text_hash(verdict.text),
        text=verdict.text if item.keep_text else None,
        source_url=item.source_url if item.keep_text else None,
        document_type=verdict.document_type,
        marks=_marks(verdict) if item.keep_text else None,
    )


def _marks(verdict: Verdict) -> list[list[Any]]:
    """The flags' evidence spans, for the reviewers' page to mark."""
    return [
        [evidence.start, evidence.end, flag.rule_id]
        for flag in verdict.flags
        for evidence in flag.evidence
    ]
