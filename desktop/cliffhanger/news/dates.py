"""Dates and windows written in news prose, resolved against the article's publication date.

"on February 19" (a finished event) is the last such day on or before publication; "Thursday, Oct. 15" (a
premiere to come) is the next one after it; "in early May" has month precision; "this summer", "later this
year" and "next year" become release windows of the domain's kinds.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from cliffhanger.domain.windows import ReleaseWindow, WindowError, parse_window

_MONTH_NAMES = {n.lower(): i for i, n in enumerate(calendar.month_name) if n}
_MONTH_NAMES |= {n.lower(): i for i, n in enumerate(calendar.month_abbr) if n} | {"sept": 9}
_MONTH = (
    r"(?:"
    + "|".join("(?-i:May|MAY)" if n == "may" else n for n in sorted(_MONTH_NAMES, key=len, reverse=True))
    + r")\.?"
)  # "Season 4 may have a release date" holds no 4 May
_FULL_MONTH = "(?:" + "|".join(n for n in calendar.month_name if n) + ")"
_WEEKDAYS = [n.lower() for n in calendar.day_name]
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
MONTH_WORD = rf"(?i:{_MONTH})"  # a month's name or abbreviation, for rules that must tell a date from a name
CALENDAR_WORD = rf"(?i:{_MONTH}|{_WEEKDAY})"  # a month's or a weekday's name
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_RELATIVE_YEAR = r"(?:this|next|last) year"
_HOLIDAYS = {"memorial day": 5, "labor day": 9, "thanksgiving": 11, "christmas": 12, "halloween": 10}
_HOLIDAYS |= {"valentine's day": 2, "independence day": 7, "new year's day": 1}
_HOLIDAY = "(?:" + "|".join(_HOLIDAYS) + ")"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_NOT_A_SEASON_NUMBER = r"(?<!season )(?<!series )(?<!part )(?<!episode )(?<!chapter )(?<!volume )"
# "mandalorian season 2 october premiere" holds no 2 October

_PHRASES = [
    (
        "weekday_day",
        rf"(?:{_WEEKDAY},? )?(?:{_MONTH} {_DAY}|{_NOT_A_SEASON_NUMBER}{_DAY} {_MONTH})(?:,? {_YEAR})?\b",
    ),
    ("iso", r"\d{4}-\d{2}-\d{2}"),
    (
        "quarter",
        rf"(?:q[1-4](?: of)? {_YEAR}|(?:first|second|third|fourth) quarter of (?:{_YEAR}|{_RELATIVE_YEAR}))",
    ),
    ("half", rf"(?:first|second)[- ]half of (?:{_YEAR}|{_RELATIVE_YEAR}|the year)"),
    (
        "part_rel",
        rf"(?:early|mid|late)[- ](?:{_RELATIVE_YEAR})"
        rf"|(?:the )?(?:end|beginning|start|middle|(?:early|latter|later) part) of (?:{_YEAR}|the year|this "
        rf"year|next year)",
    ),
    ("later", r"later (?:this|in the) year|later in \d{4}"),
    (
        "part_month",
        rf"(?:early|mid|late|(?:the )?(?:(?:end|beginning|start|middle)|(?:first|second|third|last) week) of)"
        rf"[- ]{_MONTH}(?:,? {_YEAR})?",
    ),  # "late September", "near the end of September or the first week of October"
    ("window", rf"(?:early|mid|late)[- ]{_YEAR}|{_MONTH},? (?:of )?{_YEAR}|{_SEASON}(?: of)? {_YEAR}"),
    ("month_of", rf"{_MONTH} of (?:last|this|next) year"),
    ("season_rel", rf"(?:this|next|last) {_SEASON}|(?<!\()(?:in )?the {_SEASON}(?!(?: of)? {_YEAR})(?!\))"),
    (
        "season_word",
        rf"(?:(?<=in )|(?<=by )|(?<=or )|(?<=until )|(?<=around ))(?:(?:early|late|mid)[- ])?{_SEASON}\b"
        rf"|(?:early|late|mid)[- ]{_SEASON}\b"
        rf"|(?-i:{_SEASON})(?= (?:premiere|release|debut|return|launch|bow)\b)",
    ),  # "a likely fall return"
    ("month_before", rf"{_MONTH}(?=\s*(?:/|-|or|and|to)\s*{_MONTH},? {_YEAR}\b)"),  # "April/May 2023"
    ("season_before", rf"{_SEASON}(?=\s*(?:/|-|or|and|to)\s*(?:the\s+)?{_SEASON}(?: of)? {_YEAR}\b)"),
    (
        "month",
        rf"(?:this|next|last) {_MONTH}\b"
        rf"|(?:(?<=in )|(?<=between )|(?<=from )|(?<=until )|(?<=since )|(?<=ed to ))"
        rf"{_MONTH}(?! \d)\b"
        rf"|(?<=back in ){_MONTH}\b"
        rf"|(?-i:{_FULL_MONTH})(?= (?:premiere|release|debut|return|launch)\b)",
    ),  # "a March premiere date"
    ("weekend", r"\b(?:the|this past|this|last|next) weekend\b"),
    (
        "relative",
        r"\b(?:yesterday|today|tonight|last night|(?:last|this|next) (?:week|month)"
        r"|earlier this (?:month|week))\b",
    ),
    ("ago", r"\b(?:an?|one|two|three|four|five|six|\d{1,2}) (?:days?|weeks?|months?) ago\b"),
    ("holiday", rf"{_HOLIDAY}(?: weekend| time| season)?(?:,? (?:in |of )?{_YEAR})?"),
    (
        "weekday",
        rf"(?:on |last |this |next |by |until |(?<=ed )|(?<=statement ))(?:{_WEEKDAY})\b"
        rf"(?!,? (?:{_MONTH} {_DAY}|{_DAY} {_MONTH}))(?! (?:nights|evenings|mornings|afternoons)\b)",
    ),  # "on Thursday, 13 June" is the date; "on Tuesday nights" is a slot
    ("year_rel", r"\b(?:this|next|last) year\b|\bearlier this year\b"),
    ("year", rf"(?<![\w-]){_YEAR}(?![\w-])"),
]
_FINDER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _PHRASES), re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A date or window named in a sentence, where it was, and the window it means."""

    text: str
    start: int
    end: int
    window: ReleaseWindow


def _month_number(text: str) -> int:
    return _MONTH_NAMES[text.lower().rstrip(".")]


def _choose_year(month: int, day: int, published: date, forward: bool) -> int:
    """The year that puts `month`/`day` on the right side of publication."""
    year = published.year
    last = calendar.monthrange(year, month)[1]
    candidate = date(year, month, min(day, last))
    if forward and candidate < published - timedelta(days=2):
        return year + 1
    if not forward and candidate > published:
        return year - 1
    return year


def _relative_year(text: str, published: date) -> int:
    word = text.lower()
    return published.year + (1 if "next" in word else -1 if "last" in word else 0)


def _weekday_day(text: str, published: date, forward: bool) -> ReleaseWindow:
    month_match = re.search(_MONTH, text, re.IGNORECASE)
    day_match = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text)
    year_match = re.search(_YEAR, text)
    assert month_match and day_match
    month, day = _month_number(month_match.group(0)), int(day_match.group(1))
    year = int(year_match.group(0)) if year_match else _choose_year(month, day, published, forward)
    weekday = re.match(_WEEKDAY, text, re.IGNORECASE)
    if weekday and not year_match:
        year = _year_of_weekday(month, day, _WEEKDAYS.index(weekday.group(0).lower()), published, year)
    return ReleaseWindow.on(date(year, month, day))


def _year_of_weekday(month: int, day: int, weekday: int, published: date, chosen: int) -> int:
    """The year near publication in which `month`/`day` falls on the weekday written with it ("Sunday,
    April 12" a week before publication is this year's, passed, not next year's Monday)."""
    near = (chosen, published.year, published.year - 1, published.year + 1)
    for year in near:
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day).weekday() == weekday:
            return (
                year if year >= chosen or date(year, month, day) >= published - timedelta(days=60) else chosen
            )
    return chosen  # a weekday that fits no year near: the day written, not a year long gone


def _month_word(text: str, published: date, forward: bool) -> ReleaseWindow:
    words = text.lower().split()
    month = _month_number(words[-1])
    year = _choose_year(month, 31 if forward else 1, published, forward)
    if words[0] == "next" and year == published.year and month <= published.month:
        year += 1
    if words[0] == "last" and month >= published.month:
        year = published.year - 1
    if words[0] in ("this", "next"):
        year = max(year, published.year)
    return ReleaseWindow.month(year, month)


def _season_word(text: str, published: date, forward: bool) -> ReleaseWindow:
    words = text.lower().split()
    name = words[-1]
    window = ReleaseWindow.season(published.year, name)
    if words[0] == "next" or (forward and window.latest < published):  # "this spring", said in December
        window = ReleaseWindow.season(published.year + 1, name)
    elif words[0] == "last" or (not forward and words[0] != "this" and window.earliest > published):
        window = ReleaseWindow.season(published.year - 1, name)
    return window


def _later(text: str, published: date) -> ReleaseWindow:
    year = int(text[-4:]) if text[-4:].isdigit() else published.year
    if year == published.year and published.month > 6:
        return ReleaseWindow.part(year, "late")
    return ReleaseWindow.half(year, 2)


def _part_relative(text: str, published: date) -> ReleaseWindow:
    lower = text.lower()
    year_match = re.search(_YEAR, text)
    year = int(year_match.group(0)) if year_match else _relative_year(lower, published)
    parts = {"end": "late", "beginning": "early", "start": "early", "middle": "mid", "early": "early"}
    parts |= {"latter": "late", "later": "late"}
    part = parts.get(lower.removeprefix("the ").split()[0]) or lower.replace("-", " ").split()[0]
    return ReleaseWindow.part(year, part)


def _day_relative(text: str, published: date, forward: bool = True) -> ReleaseWindow:
    lower = text.lower()
    if lower == "this week" and not forward:
        return ReleaseWindow.on(published - timedelta(days=published.weekday()))  # done this week: by Monday
    if lower in ("today", "tonight"):
        return ReleaseWindow.on(published)
    if lower in ("yesterday", "last night"):
        return ReleaseWindow.on(published - timedelta(days=1))
    if "month" in lower:
        month = published.month + (1 if "next" in lower else -1 if "last" in lower else 0)
        year = published.year + (month - 1) // 12
        return ReleaseWindow.month(year, (month - 1) % 12 + 1)
    if lower == "earlier this week":
        return ReleaseWindow.on(published - timedelta(days=published.weekday()))  # its Monday
    if lower == "last week" and not forward:
        return ReleaseWindow.on(
            published - timedelta(days=published.weekday() + 7)
        )  # done then: by its Monday
    if lower in ("last week", "next week"):
        return ReleaseWindow.on(published + timedelta(days=7 if lower == "next week" else -7))
    return ReleaseWindow.on(published)  # "this week" to come: the day is not known, the article's day is


def _weekend(text: str, published: date, forward: bool) -> ReleaseWindow:
    """A weekend is its Saturday: "over the weekend" said on a Monday is two days before."""
    saturday = 5
    if forward and "past" not in text and "last" not in text:
        ahead = (saturday - published.weekday()) % 7 + (7 if text.startswith("next") else 0)
        return ReleaseWindow.on(published + timedelta(days=ahead))
    back = (published.weekday() - saturday) % 7
    return ReleaseWindow.on(published - timedelta(days=back))


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _ago(text: str, published: date) -> ReleaseWindow:
    """ "a month ago" is last month; "two weeks ago" and "three days ago" are days."""
    count_word, unit = text.split()[:2]
    count = _COUNTS.get(count_word) or int(count_word)
    if unit.startswith("month"):
        month = published.month - count
        return ReleaseWindow.month(published.year + (month - 1) // 12, (month - 1) % 12 + 1)
    return ReleaseWindow.on(published - timedelta(days=count * (7 if unit.startswith("week") else 1)))


def _weekday(text: str, published: date, forward: bool) -> ReleaseWindow:
    words = text.lower().split()
    wanted = _WEEKDAYS.index(words[-1])
    shift = (wanted - published.weekday()) % 7
    if forward or words[0] == "next":
        return ReleaseWindow.on(published + timedelta(days=shift or 7))
    return ReleaseWindow.on(published - timedelta(days=(published.weekday() - wanted) % 7))  # "said Tuesday"


def _holiday(text: str, published: date, forward: bool) -> ReleaseWindow:
    """A holiday is its day ("on Halloween"); its weekend, time or season is its month."""
    name = next(n for n in _HOLIDAYS if text.startswith(n))
    month = _HOLIDAYS[name]
    year_match = re.search(_YEAR, text)
    year = int(year_match.group(0)) if year_match else _choose_year(month, 28, published, forward)
    if re.search(r"weekend|time|season", text):
        return ReleaseWindow.month(year, month)
    return ReleaseWindow.on(_holiday_day(name, year))


_FIXED_HOLIDAYS = {"halloween": 31, "christmas": 25, "valentine's day": 14, "independence day": 4}
_FIXED_HOLIDAYS |= {"new year's day": 1}
_MOVABLE_HOLIDAYS = {"memorial day": (0, -1), "labor day": (0, 1), "thanksgiving": (3, 4)}  # (weekday, nth)


def _holiday_day(name: str, year: int) -> date:
    month = _HOLIDAYS[name]
    if name in _FIXED_HOLIDAYS:
        return date(year, month, _FIXED_HOLIDAYS[name])
    weekday, nth = _MOVABLE_HOLIDAYS[name]
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month]
    return [d for d in days if d.weekday() == weekday][nth - 1 if nth > 0 else nth]


def _build(kind: str, text: str, published: date, forward: bool) -> ReleaseWindow:
    """The window one matched phrase means."""
    lower = text.lower()
    match kind:
        case "weekday_day":
            return _weekday_day(text, published, forward)
        case "quarter" if lower.startswith("q"):
            return parse_window(lower.replace(" of ", " "))
        case "quarter" | "half" if " of " in lower:
            head, _, tail = lower.replace("-", " ").partition(" of ")
            year = int(tail) if tail.isdigit() else _relative_year(tail, published)
            number = _ORDINALS[head.split()[0]]
            return (
                ReleaseWindow.quarter(year, number) if kind == "quarter" else ReleaseWindow.half(year, number)
            )
        case "part_rel" if forward and lower.endswith("the year"):
            window = _part_relative(
                text, published
            )  # "the early part of the year", said in August: next year's
            return (
                _part_relative(text, date(published.year + 1, 1, 1))
                if window.has_passed(published)
                else window
            )
        case "part_rel":
            return _part_relative(text, published)
        case "later":
            return _later(text, published)
        case "part_month":
            words = (
                re.sub(r"^.*\bof\s+", "x ", lower).replace("-", " ").split()
            )  # "the end of May" as "x may"
            return (
                _month_word(words[1], published, forward)
                if len(words) == 2
                else parse_window(" ".join(words[1:]))
            )
        case "season_word":
            return _season_word(lower.replace("-", " ").split()[-1], published, forward)
        case "season_rel":
            return _season_word(lower.removeprefix("in ").removeprefix("the ").strip(), published, forward)
        case "month":
            return _month_word(text, published, forward)
        case "month_before":
            return ReleaseWindow.month(published.year, _month_number(text))  # the year follows it
        case "season_before":
            return parse_window(f"{lower} {published.year}")  # the year follows it
        case "relative":
            return _day_relative(text, published, forward)
        case "weekday":
            return _weekday(text, published, forward)
        case "weekend":
            return _weekend(lower, published, forward)
        case "holiday":
            return _holiday(lower, published, forward)
        case "month_of":
            year = _relative_year(lower.split(" of ", 1)[1], published)
            return ReleaseWindow.month(year, _month_number(lower.split()[0]))
        case "ago":
            return _ago(lower, published)
        case "year_rel":
            return ReleaseWindow.year(_relative_year(lower.replace("earlier ", ""), published))
        case "window" if re.fullmatch(rf"winter(?: of)? {_YEAR}", lower):
            return parse_window(f"winter {int(lower[-4:]) - 1}")  # "a winter 2019 return": January 2019
        case "window":
            return parse_window(lower.replace(" of ", " "))  # "January of 2021"
    return parse_window(text)


_YEARLESS = ("weekday_day", "month", "part_month")


def _with_year(window: ReleaseWindow, year: int) -> ReleaseWindow:
    if window.is_exact:
        day = window.earliest
        return ReleaseWindow.on(
            day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))
        )
    return ReleaseWindow.month(year, window.earliest.month)


_SPOKEN_ON = re.compile(
    rf"\b(?:told|said|says|explained|revealed|shared|noted|added)\b[^.;\"]{{0,80}}?\b(?P<day>{_WEEKDAY})\b",
    re.IGNORECASE,
)
_FROM_SPEECH = ("ago", "relative")


def _speech_day(sentence: str, published: date) -> date:
    """The day the sentence's speaker spoke ("told the Journal ... Saturday night"), else publication: what
    they call "a week ago" is a week before that day."""
    spoken = _SPOKEN_ON.search(sentence)
    if not spoken:
        return published
    wanted = _WEEKDAYS.index(spoken["day"].lower())
    return published - timedelta(days=(published.weekday() - wanted) % 7)


def mentions(sentence: str, published: date, *, forward: bool, skip: tuple[str, ...] = ()) -> list[Mention]:
    """Every date or window in `sentence`; yearless dates fall after publication when `forward`, or in the
    year the sentence named just before ("Memorial Day 2025 or the following month in June"). Words in
    `skip` (a title called "Wednesday") are never dates."""
    found: list[Mention] = []
    hint: int | None = None
    spoken = published if forward else _speech_day(sentence, published)
    for match in _FINDER.finditer(sentence):
        kind = match.lastgroup
        assert kind is not None
        text = match.group(0).strip()
        if any(re.search(rf"(?<![\w]){re.escape(word)}$", text, re.IGNORECASE) for word in skip if word):
            continue
        try:
            window = _build(kind, text, spoken if kind in _FROM_SPEECH else published, forward)
        except (WindowError, ValueError, KeyError, IndexError):
            continue
        if kind == "month_before":
            window = _year_after(sentence, match.end(), window)
        if kind == "season_before":
            window = _season_year_after(sentence, match.end(), text)
        explicit = re.search(_YEAR, text)
        if explicit:
            hint = int(explicit.group(0))
        elif kind in _YEARLESS and hint is not None and window.precision.value in ("day", "month"):
            window = _with_year(window, hint)
        if (
            kind == "year_rel"
            and found
            and found[-1].window.precision.value in ("day", "month")
            and (sentence[found[-1].end : match.start()].strip(" ,") == "")
        ):
            found[-1] = Mention(  # "on Oct. 9 this year" is one date, in this year
                sentence[found[-1].start : match.end()], found[-1].start, match.end(), found[-1].window
            )
            continue
        if kind == "month" and _YEAR_THEN_MONTH.search(sentence[: match.start()]) and found:
            year = found[-1].window.earliest.year  # "next year in April" is April of next year
            found[-1] = Mention(
                sentence[found[-1].start : match.end()],
                found[-1].start,
                match.end(),
                ReleaseWindow.month(year, window.earliest.month),
            )
            continue
        found.append(Mention(match.group(0), match.start(), match.end(), window))
        if kind == "month":
            found += _alternative_month(sentence, match.end(), window, published, forward)
    return found


_YEAR_THEN_MONTH = re.compile(r"\b(?:this|next|last) year,? in\s+$", re.IGNORECASE)
_OR_MONTH = re.compile(rf"\s+(?:or|and|to)\s+(?P<month>{_MONTH})(?! \d)\b", re.IGNORECASE)


def _alternative_month(
    sentence: str, end: int, window: ReleaseWindow, published: date, forward: bool
) -> list[Mention]:
    """ "in June or July": the second month, in the first one's year."""
    match = _OR_MONTH.match(sentence, end)
    if not match:
        return []
    month = _month_number(match["month"])
    year = window.earliest.year + (1 if month < window.earliest.month else 0)
    return [Mention(match["month"], match.start("month"), match.end(), ReleaseWindow.month(year, month))]


_NEXT_SEASON_YEAR = re.compile(
    rf"\s*(?:/|-|or|and|to)\s*(?:the\s+)?{_SEASON}(?: of)? (?P<year>{_YEAR})", re.IGNORECASE
)  # "in the later Spring or Summer of 2025": spring 2025 too


def _season_year_after(sentence: str, end: int, season: str) -> ReleaseWindow:
    match = _NEXT_SEASON_YEAR.match(sentence, end)
    assert match
    return parse_window(f"{season.lower()} {match['year']}")


_NEXT_MONTH_YEAR = re.compile(
    rf"\s*(?:/|-|or|and|to)\s*(?P<month>{_MONTH}),? (?P<year>{_YEAR})", re.IGNORECASE
)


def _year_after(sentence: str, end: int, window: ReleaseWindow) -> ReleaseWindow:
    """ "April/May 2023": the first month in the year written after the second ("December/January 2024" is
    December 2023)."""
    match = _NEXT_MONTH_YEAR.match(sentence, end)
    assert match
    month, year = window.earliest.month, int(match["year"])
    return ReleaseWindow.month(year - (month > _month_number(match["month"])), month)
