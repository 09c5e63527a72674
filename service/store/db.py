"""Engines and migrations.

SQLite (the default, a file under the service's state folder) is opened in
WAL mode with a busy timeout so that readers never block the writer and
concurrent writers wait instead of failing. PostgreSQL comes through
``postgresql+psycopg://`` URLs with a connect timeout, so a missing server is
an error in seconds, not a hang.

Migrations are Alembic revisions shipped in ``migrations/`` and run
programmatically (``upgrade``), with an advisory lock on PostgreSQL so that
several workers starting together do not race.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_SQLITE_FILE = "waspada.db"
_MIGRATION_LOCK = 0x57A5_BADA  # pg_advisory_lock key for migrations


class StoreUnavailable(Exception):
    """The database cannot be reached or answered with an error."""

    code = "DATABASE_UNAVAILABLE"


def default_url(state_dir: Path) -> str:
    return f"sqlite:///{(state_dir / DEFAULT_SQLITE_FILE).as_posix()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def open_engine(url: str, *, timeout_s: float = 3.0) -> Engine:
    """An engine for ``url``; creates the SQLite file's folder if needed."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    kwargs: dict[str, Any] = {"pool_pre_ping": True, "future": True}
    if backend == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": timeout_s, "check_same_thread": False}
        engine = create_engine(url, **kwargs)
        busy_ms = int(timeout_s * 1000)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    if backend == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": max(1, int(timeout_s))}
        kwargs["pool_timeout"] = timeout_s
        kwargs["pool_size"] = 8
        kwargs["max_overflow"] = 8
    return create_engine(url, **kwargs)


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Apply migrations up to ``revision``; return the revision now in place."""
    from alembic import command

    try:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"),
                    {"key": _MIGRATION_LOCK},
                )
            command.upgrade(_alembic_config(connection), revision)
        return current_revision(engine)
    except (DBAPIError, OSError) as error:
        raise StoreUnavailable(str(type(error).__name__)) from error


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except SQLAlchemyError as error:
        raise StoreUnavailable(type(error).__name__) from error


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    config = _alembic_config(None)
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
