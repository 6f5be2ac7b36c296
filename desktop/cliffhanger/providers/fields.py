"""Careful reads from decoded JSON: required fields raise `BadResponseError`, optional ones of the wrong type
read as missing, so a strange answer never crashes a parser and never yields half-typed values."""

from __future__ import annotations

from datetime import date
from typing import Any

from .errors import BadResponseError


def expect_list(data: Any, provider: str, what: str) -> list[Any]:
    """`data` if it is a JSON array, else a `BadResponseError` naming `what` was expected."""
    if not isinstance(data, list):
        raise BadResponseError(provider, f"{provider} sent something other than a list of {what}.")
    return data


class Fields:
    """A JSON object read field by field; `what` names it in error messages ("show", "search result")."""

    def __init__(self, data: Any, provider: str, what: str) -> None:
        if not isinstance(data, dict):
            raise BadResponseError(provider, f"{provider} sent a {what} in an unexpected shape.")
        self.data, self.provider, self.what = data, provider, what

    def required_int(self, key: str) -> int:
        value = self.integer(key)
        if value is None:
            raise self._missing(key)
        return value

    def required_text(self, key: str) -> str:
        value = self.text(key)
        if not value:
            raise self._missing(key)
        return value

    def integer(self, key: str) -> int | None:
        value = self.data.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def number(self, key: str) -> float | None:
        value = self.data.get(key)
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None

    def text(self, key: str) -> str:
        value = self.data.get(key)
        return value.strip() if isinstance(value, str) else ""

    def day(self, key: str) -> date | None:
        """A "YYYY-MM-DD" field; empty, null or malformed reads as None."""
        return parse_day(self.data.get(key))

    def child(self, key: str) -> Fields | None:
        value = self.data.get(key)
        return Fields(value, self.provider, key) if isinstance(value, dict) else None

    def children(self, key: str) -> list[Fields]:
        value = self.data.get(key)
        items = value if isinstance(value, list) else []
        return [Fields(item, self.provider, key) for item in items if isinstance(item, dict)]

    def _missing(self, key: str) -> BadResponseError:
        return BadResponseError(
            self.provider, f"{self.provider} sent a {self.what} without a usable {key!r}."
        )


def parse_day(value: Any) -> date | None:
    """A date from "YYYY-MM-DD" (or a longer ISO stamp); anything else is None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
