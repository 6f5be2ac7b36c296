"""Reminders as text and JSON for the terminal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cliffhanger.domain.reminders import Delivery, ReminderRule
from cliffhanger.reminders.wording import rule_words


def _rule_line(rule: ReminderRule, names: Mapping[int | None, str]) -> str:
    season = f", season {rule.season}" if rule.season is not None else ""
    return f"  {rule.id:>4}  {names.get(rule.title_id, '?')}{season}: {rule_words(rule)}"


def _sent_line(sent: Delivery) -> str:
    when = f"{sent.delivered_at:%Y-%m-%d %H:%M}" if sent.delivered_at else "not yet"
    how = f" via {sent.channel}" if sent.channel else ""
    away = " (while you were away)" if sent.digest else ""
    return f"  {when} {sent.state.value}{how}{away}: {sent.message}\n        key {sent.key}"


def listing(rules: Sequence[ReminderRule], sent: Sequence[Delivery], names: Mapping[int | None, str]) -> str:
    lines = ["Reminders:"] + [_rule_line(r, names) for r in rules] if rules else ["No reminders set."]
    if sent:
        lines += ["", "Delivered:"] + [_sent_line(d) for d in sent]
    return "\n".join(lines)


def as_json(
    rules: Sequence[ReminderRule], sent: Sequence[Delivery], names: Mapping[int | None, str]
) -> dict[str, Any]:
    return {
        "reminders": [
            {
                "id": r.id,
                "title_id": r.title_id,
                "title": names.get(r.title_id, ""),
                "season": r.season,
                "kind": r.kind.value,
                "zone": r.zone,
                "at": r.at.isoformat() if r.at else None,
                "days_before": r.days_before,
                "on_release_day": r.on_day,
                "at_time": r.at_time.strftime("%H:%M"),
                "window_start": r.fire_on_window_start,
                "note": r.note,
                "text": rule_words(r),
            }
            for r in rules
        ],
        "delivered": [
            {
                "key": d.key,
                "title_id": d.title_id,
                "season": d.season,
                "kind": d.kind.value,
                "message": d.message,
                "state": d.state.value,
                "due": d.due.isoformat(),
                "delivered_at": d.delivered_at.isoformat() if d.delivered_at else None,
                "channel": d.channel,
                "while_away": bool(d.digest),
            }
            for d in sent
        ],
    }
