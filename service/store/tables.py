"""The schema at the head revision (SQLAlchemy Core).

The migrations in ``migrations/versions`` build exactly this; the queries in
``cases.py`` use it. Times are naive UTC (``datetime.now(UTC)`` without the
zone), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

CHANNELS: tuple[str, ...] = ("web", "api", "extension", "batch")
LABELS: tuple[str, ...] = ("scam", "legitimate", "not_a_job_ad", "unsure")

cases = Table(
    "cases",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("created_at", DateTime(), nullable=False, index=True),
    Column("channel", String(16), nullable=False),
    Column("model_version", String(120), nullable=False),
    Column("score", Float(), nullable=False),
    Column("risk", String(8), nullable=False),
    Column("flags", JSON(), nullable=False),
    Column("language", String(16), nullable=False),
    Column("source_url", Text(), nullable=True),
    # The ad text only where the deployment keeps texts; always its hash.
    Column("text", Text(), nullable=True),
    Column("text_sha256", String(64), nullable=False, index=True),
    Column("text_erased", Boolean(), nullable=False, default=False),
    # Added in revision 0002: the verdict's document type, and the flags'
    # evidence spans [[start, end, rule_id], ...] (kept and erased with text).
    Column("document_type", String(32), nullable=True),
    Column("marks", JSON(), nullable=True),
    Index("ix_cases_risk_created", "risk", "created_at"),
)

# Append-only: a review is never updated; the current label is derived.
reviews = Table(
    "reviews",
    metadata,
    Column("id", Integer(), primary_key=True, autoincrement=True),
    Column(
        "case_id",
        String(32),
        ForeignKey("cases.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    # "review" (a reviewer's label) or "feedback" (a client's right/wrong).
    Column("kind", String(16), nullable=False),
    Column("reviewer", String(64), nullable=False),
    Column("label", String(16), nullable=True),
    Column("correct", Boolean(), nullable=True),
    Column("note", Text(), nullable=True),
    Column("created_at", DateTime(), nullable=False),
)
