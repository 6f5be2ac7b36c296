"""summary lines: each title's stored summary line, and the marks of lines to make again

Revision ID: 0013_summary_lines
Revises: 0012_incremental_plan
Create Date: 2026-12-03 01:00:00

The marking triggers are created when the watchlist is next opened for writing (`storage.summary_store`),
which then marks every title, so every line of an upgraded file is made once.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013_summary_lines"
down_revision = "0012_incremental_plan"
branch_labels = None
depends_on = None


def _text(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "title_summary",
        sa.Column("title_id", sa.Integer(), nullable=False),
        _text("haystack", False),
        _text("key", False),
        sa.Column("has_focus", sa.Boolean(), nullable=False),
        sa.Column("season", sa.Integer(), nullable=True),
        *(_text(name) for name in ("status", "earliest", "latest", "precision", "confidence", "source")),
        *(sa.Column(name, sa.Integer(), nullable=True) for name in ("progress_season", "watched", "total")),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("title_id"),
    )
    op.create_table(
        "title_summary_mark",
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("title_id"),
    )


def downgrade() -> None:
    for name in ("title", "season", "status_change", "release_claim", "episode"):
        for action in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS summary_mark_{name}_{action}")
    op.drop_table("title_summary_mark")
    op.drop_table("title_summary")
