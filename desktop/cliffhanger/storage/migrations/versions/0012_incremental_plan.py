"""incremental plan: the events planned per title, and the marks of titles to plan again

Revision ID: 0012_incremental_plan
Revises: 0011_claim_standing
Create Date: 2026-12-02 01:20:00

The marking triggers are created by the first delivery pass (`storage.plan_store`), which then marks every
title, so a database upgraded here is planned whole once.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012_incremental_plan"
down_revision = "0011_claim_standing"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_planned",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("season_number", sa.Integer(), nullable=True),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("body", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("why", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index("ix_reminder_planned_title_id", "reminder_planned", ["title_id"], unique=False)
    op.create_index("ix_reminder_planned_due_at", "reminder_planned", ["due_at"], unique=False)
    op.create_table(
        "reminder_plan_mark",
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("title_id"),
    )
    op.create_index("ix_reminder_plan_mark_stamp", "reminder_plan_mark", ["stamp"], unique=False)
    op.create_table(
        "reminder_plan_meta",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    for name in ("title", "season", "status_change", "release_claim", "episode", "catalogue_link",
                 "reminder_rule", "reminder_alert", "reminder_snooze"):  # fmt: skip
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS plan_mark_{name}_{action}")
    op.drop_table("reminder_plan_meta")
    op.drop_index("ix_reminder_plan_mark_stamp", table_name="reminder_plan_mark")
    op.drop_table("reminder_plan_mark")
    op.drop_index("ix_reminder_planned_due_at", table_name="reminder_planned")
    op.drop_index("ix_reminder_planned_title_id", table_name="reminder_planned")
    op.drop_table("reminder_planned")
