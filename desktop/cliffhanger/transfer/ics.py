"""An iCalendar export of what the watchlist waits for: release days, fuzzy windows and reminders.

The events are the same as those kept in a CalDAV calendar (`cliffhanger.calsync.events`): a day is an
all-day event; a window without a day ("early 2027") is a tentative all-day event over the whole window;
other live claims are tentative events of their own; reminders relative to the release are alarms on its
event, and reminders at a set time are events. UIDs come from each title's stable key (never a row id), so a
calendar that imports the file again, or the file of a restored or merged watchlist, updates its events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from cliffhanger.calsync import events, render
from cliffhanger.calsync.alarms import AlarmSource
from cliffhanger.domain.calendar import LedgerEntry
from cliffhanger.domain.models import Title
from cliffhanger.domain.reminders import ReminderRule

PRODID = render.PRODID
label = events.label


def calendar(
    titles: Iterable[Title],
    rules: Sequence[ReminderRule] = (),
    *,
    today: date,
    keys: Mapping[int, str] | None = None,
    ledger: Mapping[str, LedgerEntry] | None = None,
    alarm_sources: Sequence[AlarmSource] = (),
) -> str:
    """The whole calendar as RFC 5545 text; `ledger` supplies each UID's SEQUENCE and LAST-MODIFIED."""
    specs = events.build(titles, rules, today=today, keys=keys, alarm_sources=alarm_sources)
    return render.document(specs, ledger or {})
