"""Cases and reviews on a real database (SQLite by default, PostgreSQL).

``db`` opens engines and runs the Alembic migrations shipped in
``migrations/``; ``tables`` describes the schema at head; ``cases`` is the
data access (``CaseStore``); ``labels`` derives a case's current label from
its append-only reviews; ``recorder`` writes cases behind the scoring path so
that a slow or absent database never fails a verdict.
"""

from service.store.db import StoreUnavailable, open_engine, upgrade

__all__ = ["StoreUnavailable", "open_engine", "upgrade"]
