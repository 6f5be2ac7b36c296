"""What every command shares: the opened watchlist, the clock, and turning errors into exit codes.

Nothing heavy is imported before a command needs it: the ORM when the watchlist opens, the catalogues and
the keyring only for commands that ask a catalogue, so `list` and `show` pay for the database alone.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cliffhanger import paths
from cliffhanger.domain.credits import CreditError
from cliffhanger.domain.dates import DayError
from cliffhanger.domain.matching import TitleLookupError
from cliffhanger.domain.windows import WindowError
from cliffhanger.logsetup import configure_logging
from cliffhanger.storage.guard import DatabaseProblem, explain  # standard library only: cheap to import

if TYPE_CHECKING:
    from cliffhanger.storage.reader import WatchlistReader
    from cliffhanger.storage.watchlist import Watchlist
    from cliffhanger.sync.catalogue import Catalogues
    from cliffhanger.sync.refresh import Refresher

log = logging.getLogger(__name__)
BAD_INPUT = 2
FAILED = 1


class UserError(Exception):
    """Input the command can't act on; its message is shown as is."""


def user_errors() -> tuple[type[Exception], ...]:
    """Errors that mean the input can't be acted on (exit 2); imported only once something went wrong."""
    from cliffhanger.providers.registry import ProviderNotEnabledError
    from cliffhanger.storage.catalogue_store import LinkConflictError
    from cliffhanger.storage.repository import NotFoundError
    from cliffhanger.storage.watchlist import DuplicateTitleError, SeasonError

    return (
        UserError, WindowError, DayError, CreditError, TitleLookupError, DuplicateTitleError, SeasonError,
        NotFoundError, LinkConflictError, ProviderNotEnabledError,
    )  # fmt: skip


def failures() -> tuple[type[Exception], ...]:
    """Errors of the outside world (a catalogue, the keyring) that fail a command with exit 1."""
    from cliffhanger.providers import ProviderError
    from cliffhanger.secrets import KeyringUnavailableError

    return (ProviderError, KeyringUnavailableError)


class Context:
    """Lazily opened resources for one command run."""

    @cached_property
    def watchlist(self) -> Watchlist:
        from cliffhanger import services

        return services.open_watchlist()

    @cached_property
    def reader(self) -> WatchlistReader:
        """For commands that only read: no ORM when the file is current (see `services.open_reader`)."""
        from cliffhanger import services

        return services.open_reader()

    @cached_property
    def catalogues(self) -> Catalogues:
        from cliffhanger import services

        return services.catalogues(self.watchlist)

    @cached_property
    def refresher(self) -> Refresher:
        from cliffhanger.sync.refresh import Refresher

        return Refresher(self.catalogues)

    def test_key(self, catalogue: str, key: str) -> None:
        """Ask the catalogue whether `key` works; raises the provider's own error if not."""
        from cliffhanger.providers import registry

        provider = registry.catalogue(catalogue).build(key.strip())
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
        if "reader" in self.__dict__:
            self.reader.close()


def run_handler(parsed: argparse.Namespace, ctx: Context) -> int:
    """Run the parsed command's handler, mapping errors to messages and exit codes."""
    configure_logging()
    try:
        return int(parsed.handler(parsed, ctx) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        return _failed(parsed, error)
    finally:
        ctx.close()


def _failed(parsed: argparse.Namespace, error: Exception) -> int:
    if isinstance(error, user_errors()):
        print(f"cliffhanger: {_message(error)}", file=sys.stderr)
        return BAD_INPUT
    if isinstance(error, failures()):
        print(f"cliffhanger: {error}", file=sys.stderr)
        return FAILED
    if isinstance(error, DatabaseProblem):
        print(f"cliffhanger: {error}", file=sys.stderr)
        return BAD_INPUT
    plain = explain(error, paths.data_dir(create=False))
    if plain is not None:  # the machine, not the app: a read-only folder, a full disk, a damaged file
        print(f"cliffhanger: {plain}", file=sys.stderr)
        return BAD_INPUT
    # the last guard: log it, say it plainly, never a traceback
    log.error("command %s failed", parsed.command, exc_info=error)
    print(f"cliffhanger: {parsed.command} failed: {error}", file=sys.stderr)
    return FAILED


def _message(error: Exception) -> str:
    text = str(error)
    return text[1:-1] if isinstance(error, KeyError) and text.startswith("'") else text


def print_json(data: Any) -> None:
    """Compact JSON on one line: the C encoder (an indent would fall back to the slow Python one)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    sys.stdout.write("\n")


def parse_enum(kind: Any, text: str | None) -> Any:
    """Parse an enum value from user text, turning its ValueError into a UserError."""
    if text is None:
        return None
    try:
        return kind.parse(text)
    except ValueError as error:
        raise UserError(str(error)) from None


def counting_number(what: str) -> Callable[[str], int]:
    """An argparse type for a number counted from 1, such as a season's or an episode's."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a whole number, not {text!r}") from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"{what} numbers start at 1, not {value}")
        return value

    return parse


season_number = counting_number("season")


def year_number(text: str) -> int:
    """argparse type for --year."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"year must be a number like 2022, not {text!r}") from None
    if not 1870 <= value <= 2200:
        raise argparse.ArgumentTypeError(f"{value} is not a plausible year")
    return value
