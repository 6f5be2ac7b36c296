"""catalogue links and provider state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 23:37:09.635295
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "provider_state",
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("feed_checked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("refreshed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("provider"),
    )
    op.create_table(
        "catalogue_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ref", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("status_text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("remote_updated", sa.Integer(), nullable=True),
        sa.Column("poster_url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("poster_file", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("fetched_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("linked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("provider", "ref", name="uq_link_ref"),
        sa.UniqueConstraint("title_id", "provider", name="uq_link_title_provider"),
    )
    with op.batch_alter_table("catalogue_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_catalogue_link_title_id"), ["title_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("catalogue_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_catalogue_link_title_id"))

    op.drop_table("catalogue_link")
    op.drop_table("provider_state")
