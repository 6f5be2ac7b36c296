"""What the tray says is next: the three soonest awaited dates, each as one line a person reads at a glance.

"All of Us Are Dead S2 · 29 Jan 2027 · in 59 days" for an exact day; a fuzzy window says when it opens
("Severance S3 · 2027 · opens in 31 days") or, once open, until when ("… · December 2026 · due by 31 Dec
2026"). Windows that have passed (overdue) are left to the watchlist's overdue flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from cliffhanger.domain.models import Title
from cliffhanger.domain.summary import TitleSummary
from cliffhanger.i18n import translate

from .locale_text import short_day_text
from .upcoming_view import Entry, entries

SHOWN = 3


@dataclass(frozen=True)
class NextDate:
    """One line of the tray's "Coming up"."""

    title_id: int
    text: str


def unread_text(count: int) -> str:
    return translate("WhatsNext", "%n unread alert(s)", None, count)


def format_day(day: date) -> str:
    """ "29 Jan 2027", in the user's language."""
    return short_day_text(day)


def _in_days(days: int) -> str:
    if days == 0:
        return translate("WhatsNext", "today")
    if days == 1:
        return translate("WhatsNext", "tomorrow")
    return translate("WhatsNext", "in %n day(s)", None, days)


def _when(entry: Entry, today: date) -> str:
    if entry.exact:
        return f"{format_day(entry.start)} · {_in_days((entry.start - today).days)}"
    window = entry.window_text[:1].upper() + entry.window_text[1:]
    if entry.start > today:
        days = (entry.start - today).days
        opens = (
            translate("WhatsNext", "opens tomorrow")
            if days == 1
            else translate("WhatsNext", "opens in %n day(s)", None, days)
        )
        return f"{window} · {opens}"
    return f"{window} · " + translate("WhatsNext", "due by %1").replace("%1", format_day(entry.end))


def next_dates(titles: Iterable[Title | TitleSummary], today: date, limit: int = SHOWN) -> list[NextDate]:
    """The soonest `limit` awaited dates or windows that have not passed."""
    ahead = [e for e in entries(titles, today) if e.end >= today and not e.overdue]
    return [NextDate(e.title_id, f"{e.label} · {_when(e, today)}") for e in ahead[:limit]]


def tooltip(count: int, coming: list[NextDate], unread: int = 0) -> str:
    """The tray's tooltip: how many titles, unread alerts, and the next dates, one per line."""
    lines = ["Cliffhanger — " + translate("WhatsNext", "%n title(s)", None, count)]
    if unread:
        lines.append(unread_text(unread))
    lines.extend(item.text for item in coming)
    return "\n".join(lines)
