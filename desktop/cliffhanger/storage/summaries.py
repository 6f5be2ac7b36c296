"""The watchlist's read model: one summary per title, read without building whole titles.

Four plain queries whatever the number of titles (titles, seasons, and the status history and claims of the
focus seasons only), plus the episode counts; each title's line is then made by
`domain.summary.summarise_focus`, the same rule a full `Title` is summarised by. The queries live in
`storage.plain`, which a command that only reads runs without the ORM; here they run inside a session.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from cliffhanger.domain.summary import TitleSummary

from . import plain
from .engine import connection_of


def load_summaries(*, session: Session, ids: Sequence[int] | None = None) -> list[TitleSummary]:
    """The summaries of every title on the watchlist (or of `ids`), sorted by name."""
    return plain.summaries(connection_of(session), ids)
