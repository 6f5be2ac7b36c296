"""news_feeds: the RSS and Atom feeds followed, and their items waiting for review

Revision ID: 0010_news_feeds
Revises: 0009_inbox
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010_news_feeds"
down_revision = "0009_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "news_feed",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("item_limit", sa.Integer(), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("last_modified", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
    )
    op.create_table(
        "news_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("guid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("link", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("headline", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("title_id", sa.Integer(), nullable=True),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["feed_id"], ["news_feed.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("feed_id", "guid", name="uq_news_item_guid"),
    )
    op.create_index("ix_news_item_feed_id", "news_item", ["feed_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_news_item_feed_id", table_name="news_item")
    op.drop_table("news_item")
    op.drop_table("news_feed")
