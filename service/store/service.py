"""``CaseService``: the case database as the HTTP service uses it.

Built cheaply with the app (no connection); ``open()`` (in the lifespan, on a
worker thread) migrates when asked, enforces text retention and starts the
writer. If the database is down then, scoring goes on without cases and
``open()`` is retried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import anyio.to_thread
from prometheus_client import CollectorRegistry

from service.store.cases import CaseStore
from service.store.db import (
    StoreUnavailable,
    current_revision,
    head_revision,
    is_sqlite,
    open_engine,
    upgrade,
)
from service.store.recorder import CaseRecorder, StoreMetrics

if TYPE_CHECKING:
    from model.verdict import Verdict
    from service.settings import Settings

T = TypeVar("T")

log = logging.getLogger("waspada.store")


class CaseService:
    def __init__(self, settings: Settings, registry: CollectorRegistry) -> None:
        url = settings.database_url_value()
        self.sqlite = is_sqlite(url)
        self.auto_migrate = (
            settings.db_auto_migrate
            if settings.db_auto_migrate is not None
            else self.sqlite
        )
        self.keep_text = (
            settings.store_text if settings.store_text is not None else self.sqlite
        )
        self.retention_days = settings.text_retention_days
        self.engine = open_engine(url, timeout_s=settings.db_timeout_seconds)
        self.store = CaseStore(self.engine)
        self.metrics = StoreMetrics(registry)
        self.recorder = CaseRecorder(
            self.store, self.metrics, queue_size=settings.store_queue_size
        )
        self._limiter: anyio.CapacityLimiter | None = None

    @property
    def ready(self) -> bool:
        return self.recorder.ready

    def open(self) -> None:
        """Blocking: schema check/migration, retention, writer. Raises when down."""
        try:
            if self.auto_migrate:
                upgrade(self.engine)
            elif current_revision(self.engine) != head_revision():
                log.error(
                    "the case database is not at the current schema; run "
                    "`waspada db upgrade` (cases are not stored until then)"
                )
                raise StoreUnavailable("schema out of date")
            if self.retention_days:
                purged = self.store.purge_texts(self.retention_days)
                if purged.texts_erased:
                    log.info(
                        "case texts erased (retention)",
                        extra={"cases": purged.texts_erased},
                    )
        except StoreUnavailable:
            self.metrics.store_up.set(0)
            self.metrics.store_errors.labels(operation="open").inc()
            raise
        self.recorder.start()
        self.recorder.ready = True
        self.metrics.store_up.set(1)
        log.info(
            "case store open",
            extra={"database": self.engine.dialect.name, "keep_text": self.keep_text},
        )

    def close(self) -> None:
        self.recorder.stop()
        self.recorder.ready = False
        self.engine.dispose()

    # -- used by the routes ----------------------------------------------

    def record(
        self,
        verdict: Verdict,
        *,
        channel: str,
        source_url: str | None = None,
        store_text: bool | None = None,
    ) -> Verdict:
        """``verdict`` with a ``case_id`` when its case was queued for storing."""
        keep = self.keep_text and (store_text is None or store_text)
        case_id = self.recorder.record(
            verdict, channel=channel, keep_text=keep, source_url=source_url
        )
        if case_id is None:
            return verdict
        return replace(verdict, case_id=case_id)

    async def keep_open(self, retry_s: float = 5.0) -> None:
        """Lifespan task: open the store, retrying while the database is down."""
        while not self.ready:
            try:
                await anyio.to_thread.run_sync(self.open, abandon_on_cancel=True)
            except StoreUnavailable as error:
                log.error(
                    "case database unavailable; scoring goes on without cases",
                    extra={"error": str(error), "retry_s": retry_s},
                )
            except Exception:  # a broken database must not kill the server
                log.exception("case store failed to open")
            else:
                return
            await anyio.sleep(retry_s)

    async def call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a blocking store call in a thread of the store's own lane."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(8)
        return await anyio.to_thread.run_sync(
            partial(func, *args, **kwargs), limiter=self._limiter
        )
