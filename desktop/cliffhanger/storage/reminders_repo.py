"""Repository functions for reminders: rules, alert settings, snoozes and the outbox, each in a given session.

A title's status alerts default to on while it is watched or waited for; their baseline is then the moment it
was added or last linked to a catalogue (plus `ALERT_SETTLE`, so the history it came with is old news).
Turning alerts on or off stores a row with its own baseline.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from sqlmodel import Session, col, select

from cliffhanger.domain.reminders import (
    DEFAULT_ALERT_KINDS,
    DEFAULT_ALERT_STATES,
    AlertKind,
    AlertSetting,
    ReminderRule,
    RuleKind,
    Snooze,
)
from cliffhanger.domain.vocabulary import WatchState

from .catalogue_repo import latest_link_times
from .reminder_tables import AlertSettingRow, ReminderRuleRow, SnoozeRow
from .tables import TitleRow

ALERT_SETTLE = timedelta(seconds=2)


def add_rule(*, session: Session, rule: ReminderRule, now: datetime) -> int:
    row = ReminderRuleRow(
        title_id=rule.title_id,
        season_number=rule.season,
        kind=rule.kind.value,
        zone=rule.zone,
        at_local=rule.at.isoformat(timespec="seconds") if rule.at else None,
        days_before=rule.days_before,
        on_day=rule.on_day,
        at_time=rule.at_time,
        fire_on_window_start=rule.fire_on_window_start,
        note=rule.note,
        created_at=rule.created_at or now,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def delete_rule(*, session: Session, rule_id: int) -> bool:
    row = session.get(ReminderRuleRow, rule_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def _rule(row: ReminderRuleRow) -> ReminderRule:
    return ReminderRule(
        title_id=row.title_id,
        kind=RuleKind(row.kind),
        zone=row.zone,
        season=row.season_number,
        at=datetime.fromisoformat(row.at_local) if row.at_local else None,
        days_before=row.days_before,
        on_day=row.on_day,
        at_time=row.at_time if isinstance(row.at_time, time) else time.fromisoformat(str(row.at_time)),
        fire_on_window_start=row.fire_on_window_start,
        note=row.note,
        created_at=row.created_at,
        id=row.id,
    )


def rules(
    *, session: Session, title_id: int | None = None, title_ids: Sequence[int] | None = None
) -> list[ReminderRule]:
    query = select(ReminderRuleRow).order_by(col(ReminderRuleRow.id))
    if title_id is not None:
        query = query.where(ReminderRuleRow.title_id == title_id)
    if title_ids is not None:
        query = query.where(col(ReminderRuleRow.title_id).in_(title_ids))
    return [_rule(row) for row in session.exec(query)]


def alert_settings(*, session: Session, ids: Sequence[int] | None = None) -> dict[int, AlertSetting]:
    """Every title's alert setting (or those of `ids`): the stored one, or the default from its watch
    state."""
    stored_query = select(AlertSettingRow)
    title_query = select(TitleRow.id, TitleRow.watch, TitleRow.created_at)
    if ids is not None:
        stored_query = stored_query.where(col(AlertSettingRow.title_id).in_(ids))
        title_query = title_query.where(col(TitleRow.id).in_(ids))
    stored = {row.title_id: row for row in session.exec(stored_query)}
    titles = session.exec(title_query.where(col(TitleRow.removed_at).is_(None))).all()
    linked = latest_link_times(session=session, ids=ids)
    settings: dict[int, AlertSetting] = {}
    for title_id, watch, created_at in titles:
        assert title_id is not None  # read from the table, so it has its key
        row = stored.get(title_id)
        if row is not None:
            kinds = frozenset(AlertKind(k) for k in row.kinds.split(",") if k)
            settings[title_id] = AlertSetting(title_id, row.enabled, row.baseline_at, kinds)
        else:
            enabled = WatchState(watch) in DEFAULT_ALERT_STATES
            start = max(created_at, linked.get(title_id, created_at))
            settings[title_id] = AlertSetting(title_id, enabled, start + ALERT_SETTLE)
    return settings


def set_alerts(
    *, session: Session, title_id: int, enabled: bool, now: datetime, kinds: Sequence[AlertKind] | None = None
) -> None:
    """Switch a title's alerts; switching on starts from `now`, so earlier history does not alert."""
    row = session.get(AlertSettingRow, title_id)
    picked = kinds if kinds is not None else [k for k in AlertKind if k in DEFAULT_ALERT_KINDS]
    chosen = ",".join(k.value for k in picked)
    if row is None:
        row = AlertSettingRow(title_id=title_id, enabled=enabled, kinds=chosen, baseline_at=now)
    elif enabled and not row.enabled:
        row.enabled, row.baseline_at = True, now
    else:
        row.enabled = enabled
    if kinds is not None:
        row.kinds = chosen
    session.add(row)
    session.flush()


def add_snooze(*, session: Session, snooze: Snooze, now: datetime) -> None:
    session.add(
        SnoozeRow(
            event_key=snooze.key,
            until=snooze.until,
            title_id=snooze.title_id,
            season_number=snooze.season,
            summary=snooze.summary,
            body=snooze.body,
            created_at=now,
        )
    )
    session.flush()


def snoozes(*, session: Session, ids: Sequence[int] | None = None) -> list[Snooze]:
    query = select(SnoozeRow) if ids is None else select(SnoozeRow).where(col(SnoozeRow.title_id).in_(ids))
    return [
        Snooze(r.event_key, r.until, r.title_id, r.season_number, r.summary, r.body)
        for r in session.exec(query)
    ]
