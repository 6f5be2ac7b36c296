"""inbox: when each delivered alert was read

Revision ID: 0009_inbox
Revises: 0008_fact_origin
Create Date: 2026-12-01 21:05:00

Alerts delivered before this revision count as read: they were shown when they happened.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009_inbox"
down_revision = "0008_fact_origin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminder_outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("read_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
    op.execute("UPDATE reminder_outbox SET read_at = delivered_at WHERE delivered_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("reminder_outbox", schema=None) as batch_op:
        batch_op.drop_column("read_at")
