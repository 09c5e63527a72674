"""Migrations from empty and from the previous revision, on both databases."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine, inspect, select

from service.store.cases import CaseStore, NewCase, utcnow
from service.store.db import (
    current_revision,
    downgrade,
    head_revision,
    table_names,
    upgrade,
)
from service.store.tables import cases
from tests.service.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("database_url", BACKENDS, indirect=True)


def test_upgrade_from_empty_reaches_head(engine_for: Callable[[], Engine]) -> None:
    engine = engine_for()
    assert {"cases", "reviews"}.isdisjoint(table_names(engine))
    assert upgrade(engine) == head_revision() == "0002"
    assert {"cases", "reviews", "alembic_version"} <= table_names(engine)
    columns = {column["name"] for column in inspect(engine).get_columns("cases")}
    assert "document_type" in columns
    # Running it again changes nothing.
    assert upgrade(engine) == "0002"


def test_upgrade_from_previous_revision_keeps_rows(
    engine_for: Callable[[], Engine],
) -> None:
    engine = engine_for()
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO cases (id, created_at, channel, model_version, score, risk, "
            "flags, language, text_sha256, text_erased) VALUES "
            "('old1', '2026-01-05 10:00:00', 'api', 'm1', 0.5, 'medium', '[]', 'id', "
            "'abc', false)"
        )
    assert upgrade(engine) == "0002"
    store = CaseStore(engine)
    record = store.get_case("old1")
    assert record is not None
    assert record["risk"] == "medium" and record["document_type"] is None
    store.add_cases(
        [
            NewCase(
                id="new1",
                created_at=utcnow(),
                channel="web",
                model_version="m2",
                score=0.9,
                risk="high",
                flags=["a.v1"],
                language="en",
                text_sha256="def",
                document_type="job_ad",
            )
        ]
    )
    with engine.connect() as connection:
        found = connection.execute(select(cases.c.document_type).order_by(cases.c.id))
        assert [row[0] for row in found] == ["job_ad", None]


def test_downgrade_then_upgrade_round_trips(engine_for: Callable[[], Engine]) -> None:
    engine = engine_for()
    upgrade(engine)
    downgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    columns = {column["name"] for column in inspect(engine).get_columns("cases")}
    assert "document_type" not in columns
    assert upgrade(engine) == "0002"
