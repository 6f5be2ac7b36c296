"""episodes of each season, and whether the user chose a title's watch state

Revision ID: 0004_episodes
Revises: 0003
Create Date: 2026-12-01 20:40:00

Alert settings the user saved before gain the premiere and episode-date alerts, which are on by default.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004_episodes"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "episode",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("airdate", sa.Date(), nullable=True),
        sa.Column("airstamp", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("runtime", sa.Integer(), nullable=True),
        sa.Column("watched_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("date_noted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("previous_airdate", sa.Date(), nullable=True),
        sa.Column("tvdb_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["season_id"], ["season.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("season_id", "number", name="uq_episode_season_number"),
    )
    with op.batch_alter_table("episode", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_episode_season_id"), ["season_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_episode_tvdb_id"), ["tvdb_id"], unique=False)
    # A plain-text default keeps this an in-place ALTER TABLE ADD COLUMN: an expression default makes
    # Alembic recreate `title`, and dropping the old table with foreign keys on deletes all that hangs on it.
    with op.batch_alter_table("title", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("watch_pinned", sa.Boolean(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE reminder_alert SET kinds = kinds || ',premiere,episode-date' "
        "WHERE kinds NOT LIKE '%premiere%'"
    )


def downgrade() -> None:
    with op.batch_alter_table("title", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("watch_pinned")
    with op.batch_alter_table("episode", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_episode_tvdb_id"))
        batch_op.drop_index(batch_op.f("ix_episode_season_id"))
    op.drop_table("episode")
