"""Imports every table module so that the metadata knows the whole schema (for migrations and checks)."""

from cliffhanger.storage import (
    calendar_tables,  # noqa: F401
    episode_tables,  # noqa: F401
    news_tables,  # noqa: F401
    plan_tables,  # noqa: F401
    reminder_tables,  # noqa: F401
    summary_tables,  # noqa: F401
    sync_tables,  # noqa: F401
    tables,  # noqa: F401
)
