"""Triggers that mark a title in a table of marks whenever a row of it is inserted, updated or deleted.

The reminder plan (`plan_store`) and the summary lines (`summary_store`) are each kept in step this way:
their triggers differ only in their name, the tables they watch and the statement that writes the mark.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

ACTIONS = {"insert": ("NEW",), "update": ("OLD", "NEW"), "delete": ("OLD",)}


@dataclass(frozen=True)
class Marking:
    """`prefix`: the triggers' names begin with it; `watched`: table -> the column naming its title, or None
    when the row names a season; `insert`: the statement's head, `extra`: more values after the title's id,
    `tail`: what follows the values (an upsert)."""

    prefix: str
    watched: Mapping[str, str | None]
    insert: str
    extra: str = ""
    tail: str = ""

    def _mark(self, row: str, column: str | None) -> str:
        if column is None:
            source = f"SELECT s.title_id{self.extra} FROM season s WHERE s.id = {row}.season_id"
        else:
            source = f"SELECT {row}.{column}{self.extra} WHERE {row}.{column} IS NOT NULL"
        return f"{self.insert} {source}{' ' + self.tail if self.tail else ''};"

    def trigger_ddl(self) -> list[str]:
        """CREATE TRIGGER statements: every insert, update and delete on a watched table marks its title."""
        made = []
        for table, column in self.watched.items():
            for action, rows in ACTIONS.items():
                body = " ".join(self._mark(row, column) for row in rows)
                made.append(
                    f"CREATE TRIGGER IF NOT EXISTS {self.prefix}{table}_{action} AFTER {action.upper()} "
                    f"ON {table} FOR EACH ROW BEGIN {body} END"
                )
        return made

    @property
    def count(self) -> int:
        return len(self.watched) * len(ACTIONS)
