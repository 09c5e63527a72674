"""``CaseService``: the case database as the HTTP service uses it.

Built cheaply with the app (no connection); ``open()`` (in the lifespan, on a
worker thread) migrates when asked, enforces text retention and starts the
writer. If the database is down then, scoring goes on without cases and
``open()`` is retried.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

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
    from service.settings import Settings

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
