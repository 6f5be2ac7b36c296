"""The inbox: every delivered alert, read or unread, one entry per notification as it was shown.

The outbox keeps one row per event; events about one season delivered together were one notification
("official date ...; now scheduled"), so they are one entry here, worded the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cliffhanger.domain.reminders import Delivery

from .delivery import combined_notification, group_by_season, presentation


@dataclass(frozen=True)
class InboxEntry:
    """One notification as delivered: its events' keys, its words, when, and whether it was read."""

    keys: tuple[str, ...]
    title_id: int
    season: int | None
    kind: str
    summary: str
    body: str
    delivered_at: datetime | None
    read: bool
    news: bool


def entries(delivered: Sequence[Delivery]) -> list[InboxEntry]:
    """Deliveries (newest first) as inbox entries, newest first."""
    batches: dict[tuple[object, ...], list[Delivery]] = {}
    for sent in delivered:
        batches.setdefault((sent.delivered_at, sent.digest), []).append(sent)
    made: list[InboxEntry] = []
    for batch in batches.values():
        by_key = {d.key: d for d in batch}
        for group in group_by_season([d.as_event() for d in batch]):
            note = combined_notification(group)
            rows = [by_key[e.key] for e in group]
            made.append(
                InboxEntry(
                    keys=tuple(e.key for e in group),
                    title_id=group[0].title_id,
                    season=group[0].season,
                    kind=group[0].kind.value,
                    summary=note.summary,
                    body=note.body,
                    delivered_at=rows[0].delivered_at,
                    read=all(not r.unread for r in rows),
                    news=bool(presentation([e.kind.value for e in group])["resident"]),
                )
            )
    return made
