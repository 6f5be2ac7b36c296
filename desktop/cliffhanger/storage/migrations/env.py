"""Alembic environment: runs migrations on the connection handed over by `cliffhanger.storage.migrate`."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import cliffhanger.storage.schema  # noqa: F401  (registers every table on the metadata)

target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Cliffhanger migrations run through cliffhanger.storage.migrate only")
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
