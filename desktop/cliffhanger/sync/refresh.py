"""Refreshing linked titles: ask each catalogue's change feed first, then fetch only what changed.

Every fact a refresh adds goes into the watchlist like any other edit, so the reminder planner turns a
newly listed date into one alert. Being offline is a calm state: the refresh stops and says so.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from cliffhanger.domain.merge import plan_merge
from cliffhanger.providers import (
    CatalogueProvider,
    NotFoundError,
    OfflineError,
    ProviderError,
    ProviderRef,
    RateLimitedError,
    TimedOutError,
)
from cliffhanger.storage.catalogue_repo import Link

from .catalogue import Catalogues

log = logging.getLogger(__name__)
FEED_REACH = timedelta(days=13)  # both catalogues' feeds reach back two weeks at least

Progress = Callable[[int, int, str], None]


@dataclass
class RefreshReport:
    """What a refresh did: titles fetched and changed, problems per title, and whether it was offline."""

    checked: int = 0
    fetched: int = 0
    changed: list[str] = field(default_factory=list)
    problems: dict[str, str] = field(default_factory=dict)
    offline: bool = False
    cancelled: bool = False

    def summary(self) -> str:
        if self.offline:
            return "offline; nothing refreshed"
        words = f"checked {self.checked}, fetched {self.fetched}, {len(self.changed)} changed"
        if self.problems:
            words += f", {len(self.problems)} could not be refreshed"
        return words + (" (cancelled)" if self.cancelled else "")


def _oldest_fetch(links: list[Link]) -> datetime | None:
    """Before the feed was ever read, the titles' own fetch times tell how far back to ask."""
    times = [x.fetched_at for x in links]
    known = [t for t in times if t is not None]
    return min(known) if known and len(known) == len(times) else None


class Refresher:
    """Runs refreshes over the linked titles; `cancelled` is polled between titles."""

    def __init__(self, catalogues: Catalogues) -> None:
        self.catalogues = catalogues
        self.store = catalogues.store

    def refresh(
        self,
        title_ids: Sequence[int] | None = None,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> RefreshReport:
        report = RefreshReport()
        # A snapshot: the GUI may swap in new providers (a key saved) while this runs on a worker thread;
        # this refresh goes on with the ones it started with, which stay open until shutdown.
        providers = dict(self.catalogues.providers)
        for key, provider in providers.items():
            links = [x for x in self.store.links(key) if title_ids is None or x.title_id in title_ids]
            report.checked += len(links)
            due = links if title_ids is not None else self._changed(provider, links, report)
            finished = not report.offline and self._fetch_all(due, report, progress, cancelled, providers)
            if title_ids is None:
                self._note_outcome(key, report, finished)
            if not finished:
                break
        return report

    def _note_outcome(self, key: str, report: RefreshReport, finished: bool) -> None:
        state = self.store.provider_state(key)
        if finished:
            state = dataclasses.replace(state, refreshed_at=self.catalogues.now(), last_error="")
        else:
            state = dataclasses.replace(state, last_error=report.summary())
        self.store.save_provider_state(state)

    def last_refreshed(self) -> datetime | None:
        """When every catalogue was last refreshed in full (the oldest of them), if ever."""
        times = [self.store.provider_state(key).refreshed_at for key in self.catalogues.providers]
        return None if not times or None in times else min(t for t in times if t is not None)

    def next_due(self, every: timedelta) -> datetime:
        """When the next scheduled refresh is due: now if one is overdue or none ever ran."""
        last = self.last_refreshed()
        now = self.catalogues.now()
        return now if last is None else max(now, last + every)

    def _changed(self, provider: CatalogueProvider, links: list[Link], report: RefreshReport) -> list[Link]:
        """The links the catalogue's change feed says changed (all of them if the feed can't tell)."""
        key = provider.key
        state = self.store.provider_state(key)
        asked_at = self.catalogues.now()
        since = state.feed_checked_at or _oldest_fetch(links)
        if since is None or asked_at - since > FEED_REACH or not links:
            due = links
        else:
            try:
                changes = provider.changed_since(since)
            except OfflineError:
                report.offline = True
                return []
            except ProviderError as error:
                log.warning("change feed of %s failed: %s; fetching every title", key, error)
                changes = None
            due = [
                x
                for x in links
                if changes is None
                or x.fetched_at is None
                or changes.needs_refresh(ProviderRef.parse(x.ref), x.remote_updated)
            ]
        self.store.save_provider_state(dataclasses.replace(state, feed_checked_at=asked_at))
        return due

    def _fetch_all(
        self,
        due: list[Link],
        report: RefreshReport,
        progress: Progress | None,
        cancelled: Callable[[], bool],
        providers: Mapping[str, CatalogueProvider],
    ) -> bool:
        for done, link in enumerate(due):
            if cancelled():
                report.cancelled = True
                return False
            if progress:
                progress(done, len(due), link.ref)
            if not self._fetch_one(link, report, providers):
                return False
        return True

    def _skip(self, link: Link, report: RefreshReport, problem: str) -> bool:
        """Note why one title was skipped, on the report and on its link, and go on with the next."""
        report.problems[link.ref] = problem
        self.store.record_error(link, problem)
        return True

    def _fetch_one(
        self, link: Link, report: RefreshReport, providers: Mapping[str, CatalogueProvider]
    ) -> bool:
        """Fetch and merge one title; False stops the refresh (offline, or the catalogue says slow down)."""
        try:
            fetched = self.catalogues.fetch(link.ref, providers)
        except TimedOutError as error:  # one slow answer: skip this title, not the whole refresh
            return self._skip(link, report, str(error))
        except (OfflineError, RateLimitedError) as error:
            report.offline = isinstance(error, OfflineError)
            report.problems[link.ref] = str(error)
            return False
        except (NotFoundError, ProviderError) as error:
            return self._skip(link, report, str(error))
        report.fetched += 1
        stored = self.store.watchlist.title(link.title_id)
        moved = bool(link.status_text) and link.status_text != fetched.status_text
        try:
            plan = plan_merge(stored, fetched.to_title(), fetched.source, source_moved=moved)
        except (ValueError, TypeError, RecursionError) as error:
            log.warning("refresh of %s: the catalogue's answer could not be merged: %r", link.ref, error)
            return self._skip(link, report, "the catalogue's answer could not be used")
        fresh = dataclasses.replace(
            link,
            status_text=fetched.status_text,
            remote_updated=fetched.updated,
            poster_url=fetched.poster_url or link.poster_url,
            fetched_at=fetched.fetched_at,
            last_error="",
        )
        self.store.merge(fresh, plan, first=False, now=self.catalogues.now())
        if not plan.is_empty:
            report.changed.append(stored.name)
        return True
