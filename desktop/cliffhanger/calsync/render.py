"""`EventSpec`s as RFC 5545 text: one VEVENT per spec, with SEQUENCE and LAST-MODIFIED from the ledger.

DTSTAMP and LAST-MODIFIED are the moment the content last changed, so an unchanged event renders to the
same bytes every time. Alarms use absolute UTC triggers: the desktop's instant, whatever the phone's zone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime

from cliffhanger.domain.calendar import EventSpec, LedgerEntry
from cliffhanger.transfer.icstext import Writer, day, stamp

PRODID = "-//Cliffhanger//Cliffhanger 1.0//EN"
CALENDAR_NAME = "Cliffhanger: coming releases"
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _moment(out: Writer, name: str, value: date | datetime) -> None:
    if isinstance(value, datetime):
        out.add(name, stamp(value))
    else:
        out.add(name, day(value), value="DATE")


def vevent(out: Writer, spec: EventSpec, entry: LedgerEntry | None) -> None:
    """Append one VEVENT (with its VALARMs) to `out`."""
    changed = entry.modified_at if entry is not None else EPOCH
    out.add("BEGIN", "VEVENT")
    out.add("UID", spec.uid)
    out.add("DTSTAMP", stamp(changed))
    out.add("LAST-MODIFIED", stamp(changed))
    out.add("SEQUENCE", str(entry.sequence if entry is not None else 0))
    _moment(out, "DTSTART", spec.start)
    _moment(out, "DTEND", spec.end)
    out.text("SUMMARY", spec.summary)
    if spec.description:
        out.text("DESCRIPTION", spec.description)
    out.add("STATUS", "TENTATIVE" if spec.tentative else "CONFIRMED")
    out.add("TRANSP", "TRANSPARENT")
    out.text("CATEGORIES", "Cliffhanger")
    for alarm in spec.alarms:
        out.add("BEGIN", "VALARM")
        out.add("ACTION", "DISPLAY")
        out.text("DESCRIPTION", alarm.text)
        out.add("TRIGGER", stamp(alarm.at), value="DATE-TIME")
        out.add("END", "VALARM")
    out.add("END", "VEVENT")


def document(
    specs: Iterable[EventSpec], ledger: Mapping[str, LedgerEntry], *, name: str | None = CALENDAR_NAME
) -> str:
    """A VCALENDAR holding `specs`: the whole file export, or a single CalDAV resource (`name` None)."""
    out = Writer()
    for field, value in (("BEGIN", "VCALENDAR"), ("VERSION", "2.0"), ("PRODID", PRODID)):
        out.add(field, value)
    out.add("CALSCALE", "GREGORIAN")
    if name is not None:
        out.add("METHOD", "PUBLISH")
        out.text("X-WR-CALNAME", name)
    for spec in specs:
        vevent(out, spec, ledger.get(spec.uid))
    out.add("END", "VCALENDAR")
    return out.render()
