"""reminders: rules, alert settings, snoozes and the delivery outbox

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 23:33:21.839750
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("season_number", sa.Integer(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("claimed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("delivered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("digest", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("reminder_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_outbox_state"), ["state"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_outbox_title_id"), ["title_id"], unique=False)

    op.create_table(
        "reminder_alert",
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("kinds", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("baseline_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("title_id"),
    )
    op.create_table(
        "reminder_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("season_number", sa.Integer(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("zone", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("at_local", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("days_before", sa.Integer(), nullable=True),
        sa.Column("on_day", sa.Boolean(), nullable=False),
        sa.Column("at_time", sa.Time(), nullable=False),
        sa.Column("fire_on_window_start", sa.Boolean(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reminder_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_rule_title_id"), ["title_id"], unique=False)

    op.create_table(
        "reminder_snooze",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("until", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("season_number", sa.Integer(), nullable=True),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_key", "until", name="uq_snooze_key_until"),
    )
    with op.batch_alter_table("reminder_snooze", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_snooze_title_id"), ["title_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reminder_snooze", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_snooze_title_id"))

    op.drop_table("reminder_snooze")
    with op.batch_alter_table("reminder_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_rule_title_id"))

    op.drop_table("reminder_rule")
    op.drop_table("reminder_alert")
    with op.batch_alter_table("reminder_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_outbox_title_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_outbox_state"))

    op.drop_table("reminder_outbox")
