"""Reading cast credits written as "ACTOR as CHARACTER" (or, in German, "ACTOR als CHARACTER")."""

from __future__ import annotations

import re

from .models import Credit

_AS = re.compile(r"(?:^|\s+)as\s+|\s+als\s+", re.IGNORECASE)


class CreditError(ValueError):
    """Raised for a cast entry that names no actor."""


def parse_credit(text: str, *, order: int = 0, season: int | None = None) -> Credit:
    """Turn "Park Ji-hu as Nam On-jo" into a credit; a bare name is an actor with no character."""
    parts = _AS.split(text.strip(), maxsplit=1)
    actor = parts[0].strip()
    character = parts[1].strip() if len(parts) > 1 else ""
    if not actor:
        raise CreditError(f'can\'t read {text!r} as a credit; write "ACTOR as CHARACTER"')
    return Credit(actor=actor, character=character, order=order, season=season)
