"""calendar: stable title keys, the calendar event ledger and the CalDAV account

Revision ID: 0005_calendar
Revises: 0004_episodes
Create Date: 2026-12-01 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005_calendar"
down_revision = "0004_episodes"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "title_key",
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("key", _TEXT(), nullable=False),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("title_id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "calendar_event",
        sa.Column("uid", _TEXT(), nullable=False),
        sa.Column("digest", _TEXT(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("modified_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("wanted", sa.Boolean(), nullable=False),
        sa.Column("href", _TEXT(), nullable=True),
        sa.Column("etag", _TEXT(), nullable=True),
        sa.Column("synced_digest", _TEXT(), nullable=False),
        sa.PrimaryKeyConstraint("uid"),
    )
    op.create_table(
        "calendar_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", _TEXT(), nullable=False),
        sa.Column("username", _TEXT(), nullable=False),
        sa.Column("calendar_url", _TEXT(), nullable=False),
        sa.Column("calendar_name", _TEXT(), nullable=False),
        sa.Column("synced_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("attempted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", _TEXT(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("calendar_account")
    op.drop_table("calendar_event")
    op.drop_table("title_key")
