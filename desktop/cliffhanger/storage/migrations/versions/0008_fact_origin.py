"""fact origin: where each status change and release claim came from

Revision ID: 0008_fact_origin
Revises: 0007_title_refs
Create Date: 2026-12-01 20:45:00

Rows recorded before this revision are marked "legacy": the alert baseline alone decides whether they were
news, as it did when they were written.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008_fact_origin"
down_revision = "0007_title_refs"
branch_labels = None
depends_on = None

TABLES = ("status_change", "release_claim")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column(
                    "origin",
                    sqlmodel.sql.sqltypes.AutoString(),
                    nullable=False,
                    server_default="legacy",
                )
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("origin")
