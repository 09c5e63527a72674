"""Document type and evidence marks on cases; an index for the review queue.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("document_type", sa.String(32), nullable=True))
        batch.add_column(sa.Column("marks", sa.JSON(), nullable=True))
    op.create_index("ix_cases_risk_created", "cases", ["risk", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_cases_risk_created", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("marks")
        batch.drop_column("document_type")
