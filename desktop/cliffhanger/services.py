"""The Qt-free core, built one way for the app, the command line and the headless reminder pass.

Each builder imports what it needs when called, so a front end pays only for the parts it uses. The app adds
its Qt parts (windows, tray, task runners, the D-Bus notifier) around these; nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING

from cliffhanger import paths

if TYPE_CHECKING:
    from cliffhanger.domain.summary_line import SummaryLine
    from cliffhanger.providers import CatalogueProvider
    from cliffhanger.storage.reader import PlainReader, WatchlistReader
    from cliffhanger.storage.watchlist import Watchlist
    from cliffhanger.sync.catalogue import Catalogues
    from cliffhanger.sync.posters import PosterCache

log = logging.getLogger(__name__)
PURGE_AFTER = timedelta(days=1)  # a removed title can be brought back (Undo) until then


def open_watchlist() -> Watchlist:
    """Open (creating or migrating) the database, and delete for good the titles removed over a day ago."""
    from cliffhanger.storage.watchlist import Watchlist

    watchlist = Watchlist.open(
        paths.database_path(), backups=paths.backups_dir(), stamp=paths.change_stamp_path()
    )
    purged = watchlist.purge_removed(PURGE_AFTER)
    if purged:
        log.info("purged %d titles removed more than a day ago", purged)
    return watchlist


def open_reader() -> WatchlistReader:
    """What reads the watchlist for a command that only reads: plain sqlite3 when the file needs nothing
    done first (no ORM to import), else the watchlist opened as `open_watchlist` does."""
    reader = plain_reader()
    return open_watchlist() if reader is None else reader


def plain_reader() -> PlainReader | None:
    """A reader over sqlite3 alone when the file needs nothing done first (no migration, nothing to purge),
    else None (see `storage.reader`)."""
    from datetime import UTC, datetime

    from cliffhanger.storage.reader import open_reader as open_plain

    before = datetime.now(UTC) - PURGE_AFTER
    return open_plain(paths.database_path(), backups=paths.backups_dir(), purge_before=before)


def plain_lines() -> list[SummaryLine] | None:
    """Every title's summary line read with sqlite3 alone, or None when the file needs the full open first."""
    reader = plain_reader()
    if reader is None:
        return None
    try:
        return reader.lines()
    finally:
        reader.close()


def stored_keys() -> dict[str, str | None]:
    """The kept key of each catalogue that needs one; a keyring that can't be read means none."""
    from cliffhanger import secrets
    from cliffhanger.providers import registry

    return secrets.default_store().get_many(spec.key for spec in registry.with_secret())


def providers(keys: Mapping[str, str | None] | None = None) -> dict[str, CatalogueProvider]:
    """The enabled catalogue clients: every keyless one, and each one whose key is given (or kept)."""
    from cliffhanger.providers import build_providers

    return build_providers(secrets=stored_keys() if keys is None else keys)


def poster_cache() -> PosterCache:
    from cliffhanger.sync.posters import PosterCache

    return PosterCache(paths.cache_dir() / "posters")


def catalogues(watchlist: Watchlist, keys: Mapping[str, str | None] | None = None) -> Catalogues:
    """Search, add, link and fetch over `watchlist`, with the enabled catalogues and the poster cache."""
    from cliffhanger.storage.catalogue_store import CatalogueStore
    from cliffhanger.sync.catalogue import Catalogues

    return Catalogues(CatalogueStore(watchlist), providers(keys), posters=poster_cache())
