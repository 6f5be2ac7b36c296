"""How reminder rules and alerts read on the command line, where no translation is installed: English."""

from __future__ import annotations

from datetime import datetime, time

from cliffhanger.domain.reminders import ReminderRule, RuleKind
from cliffhanger.i18n import fill
from cliffhanger.reminders.wording import days_words, rule_words


def test_a_release_rule_in_words_with_its_plural():
    three = ReminderRule(1, RuleKind.RELEASE, "Europe/Berlin", days_before=3, on_day=True, at_time=time(9))
    assert rule_words(three) == "3 days before release and on release day at 09:00 (Europe/Berlin)"
    one = ReminderRule(
        1, RuleKind.RELEASE, "UTC", days_before=1, at_time=time(18, 30), fire_on_window_start=True
    )
    assert rule_words(one) == "1 day before release at 18:30 (UTC), also at a window's start"


def test_a_rule_at_a_set_time_keeps_its_note():
    at = ReminderRule(1, RuleKind.AT, "Asia/Seoul", at=datetime(2027, 1, 29, 17), note="Watch with Min-ji")
    assert rule_words(at) == "at 2027-01-29 17:00 (Asia/Seoul): Watch with Min-ji"


def test_days_and_placeholders():
    assert [days_words(n) for n in (0, 1, 2)] == ["today", "tomorrow", "in 2 days"]
    assert fill("%1 and %2", "%2", "x") == "%2 and x"  # a value holding a placeholder stays as it is
    assert fill("%1 %3", "a") == "a %3"
