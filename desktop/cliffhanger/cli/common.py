"""What every command shares: the opened watchlist, the clock, and turning errors into exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from functools import cached_property
from typing import Any

from cliffhanger import paths, secrets
from cliffhanger.domain.credits import CreditError
from cliffhanger.domain.dates import DayError
from cliffhanger.domain.matching import TitleLookupError
from cliffhanger.domain.windows import WindowError
from cliffhanger.logsetup import configure_logging
from cliffhanger.providers import ProviderError, build_providers
from cliffhanger.providers.registry import ProviderNotEnabledError as ProviderLookupError
from cliffhanger.secrets import KeyringUnavailableError
from cliffhanger.storage.catalogue_store import CatalogueStore, LinkConflictError
from cliffhanger.storage.repository import NotFoundError
from cliffhanger.storage.watchlist import DuplicateTitleError, SeasonError, Watchlist
from cliffhanger.sync.catalogue import Catalogues
from cliffhanger.sync.posters import PosterCache
from cliffhanger.sync.refresh import Refresher

log = logging.getLogger(__name__)
BAD_INPUT = 2
FAILED = 1


class UserError(Exception):
    """Input the command can't act on; its message is shown as is."""


USER_ERRORS: tuple[type[Exception], ...] = (
    UserError,
    WindowError,
    DayError,
    CreditError,
    TitleLookupError,
    DuplicateTitleError,
    SeasonError,
    NotFoundError,
    LinkConflictError,
    ProviderLookupError,
)


def _stored_tmdb_key() -> str | None:
    """The TMDB key if one is kept; a keyring that can't be read just means no TMDB."""
    try:
        return secrets.get_tmdb_key()
    except KeyringUnavailableError as error:
        log.info("TMDB disabled: %s", error)
        return None


class Context:
    """Lazily opened resources for one command run."""

    @cached_property
    def watchlist(self) -> Watchlist:
        return Watchlist.open(
            paths.database_path(), backups=paths.backups_dir(), stamp=paths.change_stamp_path()
        )

    @cached_property
    def catalogues(self) -> Catalogues:
        providers = build_providers(tmdb_key=_stored_tmdb_key())
        store = CatalogueStore(self.watchlist)
        return Catalogues(store, providers, posters=PosterCache(paths.cache_dir() / "posters"))

    @cached_property
    def refresher(self) -> Refresher:
        return Refresher(self.catalogues)

    def test_tmdb_key(self, key: str) -> None:
        """Ask TMDB whether `key` works; raises the provider's own error if not."""
        provider = build_providers(tmdb_key=key)["tmdb"]
        try:
            provider.test_credentials()
        finally:
            provider.close()

    @property
    def today(self) -> date:
        return date.today()

    def close(self) -> None:
        if "catalogues" in self.__dict__:
            for provider in self.catalogues.providers.values():
                provider.close()
        if "watchlist" in self.__dict__:
            self.watchlist.close()


def run_handler(parsed: argparse.Namespace, ctx: Context) -> int:
    """Run the parsed command's handler, mapping errors to messages and exit codes."""
    configure_logging()
    try:
        return int(parsed.handler(parsed, ctx) or 0)
    except USER_ERRORS as error:
        print(f"cliffhanger: {_message(error)}", file=sys.stderr)
        return BAD_INPUT
    except (ProviderError, KeyringUnavailableError) as error:
        print(f"cliffhanger: {error}", file=sys.stderr)
        return FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last guard: log it, say it plainly, never a traceback
        log.exception("command %s failed", parsed.command)
        print(f"cliffhanger: {parsed.command} failed: {error}", file=sys.stderr)
        return FAILED
    finally:
        ctx.close()


def _message(error: Exception) -> str:
    text = str(error)
    return text[1:-1] if isinstance(error, KeyError) and text.startswith("'") else text


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def parse_enum(kind: Any, text: str | None) -> Any:
    """Parse an enum value from user text, turning its ValueError into a UserError."""
    if text is None:
        return None
    try:
        return kind.parse(text)
    except ValueError as error:
        raise UserError(str(error)) from None


def season_number(text: str) -> int:
    """argparse type for --season."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"season must be a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"season numbers start at 1, not {value}")
    return value


def year_number(text: str) -> int:
    """argparse type for --year."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"year must be a number like 2022, not {text!r}") from None
    if not 1870 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"{value} is not a plausible year")
    return value
