"""the watchlist: titles, seasons, status history, release claims, cast

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 23:28:44.312406
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_name", ["name"], unique=False)

    op.create_table(
        "title",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("original_name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("network", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("overview", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("watch", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("tvmaze_id", sa.Integer(), nullable=True),
        sa.Column("tmdb_ref", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("imdb_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("tvdb_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("removed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("title", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_title_imdb_id"), ["imdb_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_title_removed_at"), ["removed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_title_tmdb_ref"), ["tmdb_ref"], unique=False)
        batch_op.create_index(batch_op.f("ix_title_tvdb_id"), ["tvdb_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_title_tvmaze_id"), ["tvmaze_id"], unique=False)

    op.create_table(
        "credit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("character", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("billing_order", sa.Integer(), nullable=False),
        sa.Column("season_number", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("credit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_credit_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_credit_title_id"), ["title_id"], unique=False)

    op.create_table(
        "season",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("title_id", "number", name="uq_season_title_number"),
    )
    with op.batch_alter_table("season", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_season_title_id"), ["title_id"], unique=False)

    op.create_table(
        "release_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.Integer(), nullable=False),
        sa.Column("earliest", sa.Date(), nullable=False),
        sa.Column("latest", sa.Date(), nullable=False),
        sa.Column("precision", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("confidence", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("noted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["season_id"], ["season.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("release_claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_release_claim_season_id"), ["season_id"], unique=False)

    op.create_table(
        "status_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("season_id", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("confidence", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("recorded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["season_id"], ["season.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_status_change_season_id"), ["season_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_change_season_id"))

    op.drop_table("status_change")
    with op.batch_alter_table("release_claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_claim_season_id"))

    op.drop_table("release_claim")
    with op.batch_alter_table("season", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_season_title_id"))

    op.drop_table("season")
    with op.batch_alter_table("credit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_credit_title_id"))
        batch_op.drop_index(batch_op.f("ix_credit_person_id"))

    op.drop_table("credit")
    with op.batch_alter_table("title", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_title_tvmaze_id"))
        batch_op.drop_index(batch_op.f("ix_title_tvdb_id"))
        batch_op.drop_index(batch_op.f("ix_title_tmdb_ref"))
        batch_op.drop_index(batch_op.f("ix_title_removed_at"))
        batch_op.drop_index(batch_op.f("ix_title_imdb_id"))

    op.drop_table("title")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_name")

    op.drop_table("person")
