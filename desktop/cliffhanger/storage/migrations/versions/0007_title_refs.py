"""a title's references move to their own table, one row per catalogue or id scheme

Revision ID: 0007_title_refs
Revises: 0006_replaces

The four id columns of `title` become rows of `title_ref` (the values kept, as text), so a catalogue added
later needs no new column. The columns are dropped in place (`recreate="never"`, SQLite 3.35 or newer):
recreating `title` would drop the old table while foreign keys are enforced, and every season, claim,
credit and link hanging on it would go with it.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007_title_refs"
down_revision = "0006_replaces"
branch_labels = None
depends_on = None

_COLUMNS = {"tvmaze": "tvmaze_id", "tmdb": "tmdb_ref", "imdb": "imdb_id", "tvdb": "tvdb_id"}
_INTEGERS = ("tvmaze_id", "tvdb_id")


def upgrade() -> None:
    op.create_table(
        "title_ref",
        sa.Column("title_id", sa.Integer(), nullable=False),
        sa.Column("provider", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ref", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["title_id"], ["title.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("title_id", "provider"),
    )
    op.create_index("ix_title_ref_provider_ref", "title_ref", ["provider", "ref"], unique=False)
    for provider, column in _COLUMNS.items():
        op.execute(
            "INSERT INTO title_ref (title_id, provider, ref) "
            f"SELECT id, '{provider}', CAST({column} AS TEXT) FROM title "
            f"WHERE {column} IS NOT NULL AND trim(CAST({column} AS TEXT)) != ''"
        )
    with op.batch_alter_table("title", recreate="never") as batch_op:
        for column in _COLUMNS.values():
            batch_op.drop_index(f"ix_title_{column}")
            batch_op.drop_column(column)


def downgrade() -> None:
    with op.batch_alter_table("title", recreate="never") as batch_op:
        for column in _COLUMNS.values():
            kind = sa.Integer() if column in _INTEGERS else sqlmodel.sql.sqltypes.AutoString()
            batch_op.add_column(sa.Column(column, kind, nullable=True))
            batch_op.create_index(f"ix_title_{column}", [column], unique=False)
    for provider, column in _COLUMNS.items():
        cast = "INTEGER" if column in _INTEGERS else "TEXT"
        op.execute(
            f"UPDATE title SET {column} = (SELECT CAST(ref AS {cast}) FROM title_ref "
            f"WHERE title_ref.title_id = title.id AND provider = '{provider}')"
        )
    op.drop_index("ix_title_ref_provider_ref", table_name="title_ref")
    op.drop_table("title_ref")
