"""The case database on SQLite and on the machine's PostgreSQL.

Each PostgreSQL test gets a schema of its own (other sessions share the
server), dropped afterwards. When PostgreSQL cannot be reached the tests skip,
unless ``WASPADA_REQUIRE_POSTGRES=1`` (as in ``.ci/run``): then they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, text

from service.store.db import open_engine

POSTGRES_URL = os.environ.get(
    "WASPADA_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKENDS = ("sqlite", "postgresql")


def _postgres_admin() -> Engine:
    engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        engine.dispose()
        message = f"PostgreSQL at {POSTGRES_URL} is not reachable: {error}"
        if os.environ.get("WASPADA_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " (WASPADA_REQUIRE_POSTGRES=1)")
        pytest.skip(message)
    return engine


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for the backend in ``request.param``."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        yield f"sqlite:///{(tmp_path / 'cases.db').as_posix()}"
        return
    admin = _postgres_admin()
    schema = f"wsp_test_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_URL}?options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def engine_for(database_url: str) -> Iterator[Callable[[], Engine]]:
    engines: list[Engine] = []

    def make() -> Engine:
        engine = open_engine(database_url)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()
