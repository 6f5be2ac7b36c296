"""Edits one after another in their own process, each confirmed on stdout only once committed; for the
kill tests. Usage: python -m support.edit_burst DATABASE COUNT"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from cliffhanger.domain.models import ReleaseClaim, Season, Title
from cliffhanger.domain.vocabulary import Confidence, Kind
from cliffhanger.domain.windows import ReleaseWindow
from cliffhanger.storage.watchlist import Watchlist


def main(argv: list[str]) -> int:
    database, count = Path(argv[0]), int(argv[1])
    watchlist = Watchlist.open(database, backups=database.parent / "backups")
    for number in range(count):
        added = watchlist.add(Title(name=f"Edit {number}", kind=Kind.SERIES, seasons=(Season(1),)))
        claim = ReleaseClaim(ReleaseWindow.on(date(2027, 1, 1 + number % 28)), Confidence.REPORTED, "burst")
        watchlist.add_claim(added.id, 1, claim)
        print(number, flush=True)  # both writes are committed: this edit is confirmed
    watchlist.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
