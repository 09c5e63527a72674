"""What `waspada db …` and `waspada cases …` do (service/cli/ parses)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from service.store.cases import CaseStore
from service.store.db import current_revision, open_engine, upgrade


def _engine(url: str | None) -> Any:
    from service.settings import Settings

    settings = Settings()
    return open_engine(url or settings.database_url_value())


def db_upgrade(url: str | None = None, revision: str = "head") -> str:
    engine = _engine(url)
    try:
        before = current_revision(engine)
        after = upgrade(engine, revision)
    finally:
        engine.dispose()
    return f"database schema: {before or 'empty'} -> {after}"


def cases_purge(url: str | None = None, days: int | None = None) -> str:
    from service.settings import Settings

    retention = Settings().text_retention_days if days is None else days
    engine = _engine(url)
    try:
        result = CaseStore(engine).purge_texts(retention)
    finally:
        engine.dispose()
    if retention <= 0:
        return "retention is 0 (keep texts): nothing erased"
    return (
        f"erased the texts of {result.texts_erased:,} cases older than {retention} days"
    )


def export_rows(store: CaseStore, *, reviewed_only: bool = True) -> Iterator[str]:
    for record in store.iter_cases(reviewed_only=reviewed_only):
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def cases_export(
    out: str, url: str | None = None, *, include_unreviewed: bool = False
) -> int:
    engine = _engine(url)
    store = CaseStore(engine)
    count = 0
    try:
        handle: TextIO
        if out == "-":
            handle = sys.stdout
            for line in export_rows(store, reviewed_only=not include_unreviewed):
                handle.write(line)
                count += 1
        else:
            path = Path(out)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(path.name + ".partial")
            with partial.open("w", encoding="utf-8") as handle:
                for line in export_rows(store, reviewed_only=not include_unreviewed):
                    handle.write(line)
                    count += 1
            partial.replace(path)
    finally:
        engine.dispose()
    return count
