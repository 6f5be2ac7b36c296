"""replaces: the notification server's id for each delivery, so a re-send replaces the first

Revision ID: 0006_replaces
Revises: 0005_calendar
Create Date: 2026-12-01 21:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_replaces"
down_revision = "0005_calendar"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reminder_outbox") as batch:
        batch.add_column(sa.Column("notification_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reminder_outbox") as batch:
        batch.drop_column("notification_id")
