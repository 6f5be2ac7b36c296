"""Alembic migrations of the Cliffhanger database, run at start by `cliffhanger.storage.migrate`."""
