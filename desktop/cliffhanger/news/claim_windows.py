"""Whether a date named in a sentence can be a release window: still ahead, not a dateline, not the day of the
news, of a teaser, of another event or of the shoot, not a run going on, not past or negated.
"""

from __future__ import annotations

import re
from datetime import date

from cliffhanger.domain.windows import Precision

from .dates import Mention
from .patterns import words
from .text import PROMO, clause_span

RELEASE = words(
    r"release\w*",
    r"premier\w*",
    r"debut\w*",
    r"return\w*",
    r"arriv\w*",
    "air(?:s|ing|ed|date)?",
    r"(?:(?<=to )|(?<=will )|(?<=be )|(?<=begin )|(?<=start )|(?<=starts )|(?<=the ))broadcast\w*",
    r"broadcast (?:date|in|on|from)",
    r"(?:season|series|show|it|premiere) (?:\w+ )?kicks? off",
    r"launch\w*",
    r"drop\w*",
    r"stream(?!ers?\b)\w*(?! (?:giant|service|platform|site|app|wars?|era|numbers|charts|rankings))",
    r"bow\w*",
    "come out",
    "comes out",
    "coming out",
    "hits? (?:screens|theaters|cinemas|netflix|streaming|the small screen)",
    # a verb before a streamer's name, not "a hit Korean drama"
    r"(?:(?:will|to|it|should|could|would|finally|can) hit|hits) (?-i:[A-Z])[\w+]*",
    r"land\w*",
    "available",
    "out (?:in|on|by|at)",
    "be out",
    "(?:is|are|will be|comes?|coming) back",
    "hold\\w* [^,.]{0,30}until",
    "looking (?:into|at)",
    "targeting",
    "aiming for",
    "eyeing",
    "back (?:in|on|by)",
    "slated",
    "dated",
    r"(?:delayed|postponed|pushed(?: back)?|moved|rescheduled) (?:to|until|into)",
    "due (?:in|out|on)",
    "due on (?:screens?|air)",
    "on (?:screens|netflix)",
    "expected (?:in|on|by)",
    "rolls? out",
    r"(?:can|could|should|will) (?:\w+ly |only |still |also |now )?expect",
    "turnaround",
    "coming to",
    r"get(?:ting)? (?:season|it\b|them\b|new episodes|the (?:new |next )?season)",
    "coming (?=in |on |this |next )",
    "expect to see",
    r"(?<!of )(?<!on )(?:season|instalment|installment|chapter)(?: \d+)? (?:to|will|would|could|should) "
    r"(?:begin|start)\b",  # "the next instalment to begin around late November", not its production
    "(?:be able to|can) (?:watch|see|catch)",
    r"(?:'ll|will|should|could|might|may|to) (?:\w+ly )?have "
    r"(?:season|it\b|them\b|new episodes|the (?:new |next )?season)",  # "we'll likely have season 3 by"
    "see (?:it|them|(?:the|this) (?:show|series|season|new season)|new episodes)",
    "(?:could|can|should|will|may|might) be expecting",
    "on the (?:docket|schedule) for",
    r"(?:a|an|its|the) (?:\w+ )?showing",
    r"reach\w* (?:\w+ )?screens",
    "(?:have|has|need|needs) to wait (?:until|till)",
)
_RELATIVE_DAY = re.compile(
    r"(?:on |this |next |over the |the )?(?:today|tonight|this week|next week|this month|weekend"
    r"|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
_PRODUCTION_BEFORE = re.compile(
    r"\b(?:filming|production|shooting|shoot|wrap\w*|cameras|photography|post-production)\b(?!.*\b(?:filming|production|shoot))",
    re.IGNORECASE,
)
_RAN_THROUGH = re.compile(
    r"\b(?:air|run|stream|continu|last)\w* (?:through|into)\s+(?:the\s+)?(?:[^,.;]{0,30}\s+(?:and|to)\s+)?$"
    r"|\b(?:is|are) (?:airing|running|streaming) from\s+$"
    r"|\b(?:is|are) (?:airing|running|streaming) from [^,.;]{3,25} (?:through|to|until)\s+$",
    re.IGNORECASE,
)  # "airing through Fall 2022 and Winter 2023": the run goes on then, it does not begin
_PROMO_RELEASED = re.compile(
    r"^[^.;]{0,40}?\b(?:released|dropped|shared|unveiled|debuted|posted)\s+(?:a|an|the|its|their|this|new)\s+"
    rf"(?:[\w-]+\s+){{0,3}}{PROMO.pattern}"
)  # "Today (November 1), Netflix released a date announcement teaser": the teaser's day
_NEGATION = re.compile(r"(?:\b(?:not|never|no longer)|n't)\b[^.;,]{0,30}$", re.IGNORECASE)
_YEAR_CUE_BEFORE = re.compile(
    r"\b(?:in|into|by|for|until|till|of|to|from|sometime|around|before|after|early|late|mid)\s*$",
    re.IGNORECASE,
)
_OTHER_EVENT_BEFORE = re.compile(
    r"(?<!the )\b(?:after|following|ahead of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?![^,.;]*\b(?:release|premiere|debut|launch|return)\b)[^,.;]{3,40}\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
_PAST_EVENT_BEFORE = re.compile(
    r"\b(?:announced|revealed|confirmed|said|shared|posted|tweeted|unveiled|talked|wrote|spoke|discussed"
    r"|mentioned)\b(?![^,.;]*\b(?:release|premiere"
    r"|debut|return|arrive|launch|air|drop|stream|out)\w*)[^,.;]{0,40}\b(?:on|in)\s+$",
    re.IGNORECASE,
)
_SPECIFIC_RELEASE = re.compile(
    r"\b(?:release|premier|debut|return|arriv|launch|air|drop|stream|out\b|bow|land|hit|broadcast|screen|showing)",
    re.IGNORECASE,
)  # "production slated for November" is the shoot's date: "slated" alone names no release
_NEWS = re.compile(r"\b(?:reports?|news|details|updates?|interviews?|statements?)\b", re.IGNORECASE)
_PAST_BEFORE = re.compile(
    r"(?:(?<!be )(?<!is )(?<!are )(?<!comes )(?<!come )\bback in\s+"
    r"|\b(?:previous|former|earlier|usual)\b[^,.;]{0,15}"
    r"|\b(?:following|after|since)\s+(?:its|the|their)\s+)$",
    re.IGNORECASE,
)
_DELAYED = words(r"delayed", r"postponed", r"pushed(?: back)?", r"rescheduled")  # whose delay: the shoot's?
_EVENT_DAY = re.compile(r"^\W*(?:saw|marked|brought|update[sd]?)\b", re.IGNORECASE)
_RELEASE_NOUN = re.compile(
    r"^\s*(?:as (?:a|an|the|its) (?:[\w-]+ ){0,2})?(?:release|premiere|debut|launch|return|bow)\b",
    re.IGNORECASE,
)  # "a 2025 release", "with 2025 as a tentative release date"
_YEAR_CUE_AFTER = re.compile(
    r"^\s*(?:as (?:a|an|the|its) (?:[\w-]+ ){0,2})?(?:release|premiere|debut|return|launch|arrival|date|bow)",
    re.IGNORECASE,
)  # "2025 release", "with 2025 as a tentative release date"


_ANNOUNCEMENT_AFTER = re.compile(
    r"^,?\s+(?!(?:as|which|that|it|this)\b)(?:(?!(?:was|were|is|are|been)\b)[\w+'-]+\s+){0,4}?"
    r"(?:confirmed|announced|revealed|unveiled|shared|said|reported)\b",
    re.IGNORECASE,
)  # "On March 5, tvN confirmed": the news's day, not "on May 12, as it was previously announced"
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:announced|confirmed|revealed|said|reported|made the announcement)\s+(?:on\s+)?(?:\w+day\s+)?\(?$"
    r"|\b(?:picked up|renewed|ordered)\b"
    r"(?![^,.;]*\b(?:release|premiere|debut|return|arrive|launch|air|drop|stream)\w*)"
    r"[^,.;]{0,40}?\s+(?:on|in)\s+$",
    re.IGNORECASE,
)
_NEWS_OF_THE_DAY = re.compile(
    r"^,[^;]{0,80}?\b(?:announced|confirmed|revealed|unveiled|said|reported)\b(?![^.;]{0,12}\bthat\b[^.;]*\bon\b)",
    re.IGNORECASE,
)
_EPISODE_BEFORE = re.compile(
    r"\b(?:penultimate|final|next|latest|last|\d+(?:st|nd|rd|th)|finale)\s+episode\s+(?:on\s+)?$", re.I
)  # "which will air its penultimate episode today": one episode of the season on air
_PAST_NEWS_VERB = re.compile(r"\b(?:revealed|announced|confirmed|unveiled|shared|said|posted)\b", re.I)
_SHOOT_CLAUSE = re.compile(r"\s*(?:production|filming|shooting|principal photography)\b", re.IGNORECASE)


_NEWS_IN = re.compile(r"\b(?:news|update|word|announcement)\s+(?:in|on|by)\s+$", re.IGNORECASE)
_AN_EVENTS_DAY = re.compile(
    r"\b(?:panel|convention|comic-con|livestream|screening|presentation|event|playoffs|olympics|world cup"
    r"|tournament|elections?|festival|awards)\s+(?:on\s+|at\s+|in\s+|during\s+)?$",
    re.IGNORECASE,
)  # "slated to hit San Diego Comic-Con for a panel next Friday"
_SHOOT_AFTER = re.compile(r"^\s*(?:production|filming|shoot(?:ing)?) (?:start|begin|date)", re.IGNORECASE)


def _dates_the_shoot(before: str, in_clause: str, after: str) -> bool:
    """True when the window dates filming ("set to begin filming in early 2024"), also when the clause
    delays it ("production has now been pushed back until a still unknown date in 2024")."""
    leading = in_clause[-90:] if _DELAYED.search(in_clause) else before[-45:]
    if _SHOOT_CLAUSE.match(in_clause):
        leading = in_clause  # "Production on the as-yet-untitled third season will begin in early 2012"
    production = _PRODUCTION_BEFORE.search(leading)
    return bool(
        production
        and not _SPECIFIC_RELEASE.search(leading[production.end() :])
        and not _RELEASE_NOUN.match(after)
    )


def is_claim_window(sentence: str, mention: Mention, published: date) -> bool:
    window = mention.window
    if window.has_passed(published):
        return False
    before, after = sentence[: mention.start], sentence[mention.end :]
    if mention.start < 3 and re.match(r"\s*(?:\(|-)", after):
        return False  # the dateline: "May 24 (UPI) -- ..."
    in_clause = sentence[clause_span(sentence, mention.start)[0] : mention.start]
    if window.precision is Precision.YEAR and mention.text.strip().isdigit():
        cued = _YEAR_CUE_BEFORE.search(before) or _YEAR_CUE_AFTER.match(after)
        return bool(cued) and not _dates_the_shoot(before, in_clause, after)
    if (_PAST_EVENT_BEFORE.search(before[-60:]) or PROMO.search(in_clause[-60:])) and not _RELEASE_NOUN.match(
        after
    ):
        return False  # "announced the decision on November 10"; "a teaser that premiered September 30"
    if _OTHER_EVENT_BEFORE.search(before[-60:]):
        return False  # "shortly after the Emmy eligibility cutoff in May" dates the cutoff
    if _dates_the_shoot(before, in_clause, after) or _SHOOT_AFTER.match(after):
        return False  # "delayed due to the summer production start"
    if _AN_EVENTS_DAY.search(before[-40:]) or _NEWS_IN.search(before[-30:]):
        return False  # "premiere date: any news in September?" is when the news might come
    near = sentence[max(0, mention.start - 40) : mention.end + 40]
    if _RELATIVE_DAY.fullmatch(mention.text.strip()) and (
        not RELEASE.search(near) or PROMO.search(near) or _NEWS.search(near)
    ):
        return False  # "with today being the start of filming, ... a premiere date" is no claim for today
    if _RAN_THROUGH.search(before[-60:]) or _PROMO_RELEASED.match(after):
        return False
    if (
        _RELATIVE_DAY.fullmatch(mention.text.strip())
        and len(before.strip()) < 4
        and _NEWS_OF_THE_DAY.match(after)
    ):
        return False  # "On Wednesday, just over two weeks before the premiere, FOX announced that ..."
    if (len(before.strip()) < 12 and _ANNOUNCEMENT_AFTER.match(after)) or _ANNOUNCED_BEFORE.search(
        before[-80:]
    ):
        return False  # "On March 5, tvN confirmed ..." and "the streamer announced Monday" date the news
    if _EPISODE_BEFORE.search(before):
        return False
    if _RELATIVE_DAY.fullmatch(mention.text.strip()) and _PAST_NEWS_VERB.search(in_clause):
        return False  # "revealed the October 7 debut ... on Thursday": the reveal's day
    if re.match(r"'s\b", after):
        return False  # "following today's big premiere": an event of the day, not a window
    if _EVENT_DAY.match(after):
        return False  # "Monday, March 11 saw the press event confirm...": the event's day; "May 2025 update"
    if _PAST_BEFORE.search(before[-30:]):
        return False  # "Back in March", "its previous place among the fall line-up"
    return not (_NEGATION.search(before) and "until" not in before[-30:])
