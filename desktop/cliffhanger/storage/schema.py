"""Imports every table module so that the metadata knows the whole schema (for migrations and checks)."""

from cliffhanger.storage import tables  # noqa: F401
