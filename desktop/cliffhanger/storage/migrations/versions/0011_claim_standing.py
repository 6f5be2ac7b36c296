"""claim standing: the user's judgement of a release claim (open, doubtful, debunked) and why

Revision ID: 0011_claim_standing
Revises: 0010_news_feeds
Create Date: 2026-12-01 22:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011_claim_standing"
down_revision = "0010_news_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("release_claim", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("standing", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="open")
        )
        batch_op.add_column(
            sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("release_claim", schema=None) as batch_op:
        batch_op.drop_column("reason")
        batch_op.drop_column("standing")
