"""Repository functions for catalogue links: which entry a title follows, and applying what it said."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from cliffhanger.domain.merge import MergePlan
from cliffhanger.domain.models import ExternalIds
from cliffhanger.domain.origins import Origin

from . import episodes_repo
from . import repository as repo
from . import title_refs as refs
from .reminder_tables import AlertSettingRow
from .sync_tables import CatalogueLinkRow, ProviderStateRow
from .tables import TitleRow


@dataclass(frozen=True)
class Link:
    """A title's entry at one catalogue."""

    title_id: int
    provider: str
    ref: str
    status_text: str = ""
    remote_updated: int | None = None
    poster_url: str | None = None
    poster_file: str | None = None
    fetched_at: datetime | None = None
    linked_at: datetime | None = None
    last_error: str = ""


def _link(row: CatalogueLinkRow) -> Link:
    return Link(**{f.name: getattr(row, f.name) for f in dataclasses.fields(Link)})


def links(*, session: Session, provider: str | None = None) -> list[Link]:
    """Every link of live titles (of one provider if given)."""
    query = select(CatalogueLinkRow).join(TitleRow, col(TitleRow.id) == col(CatalogueLinkRow.title_id))
    query = query.where(TitleRow.removed_at == None)  # noqa: E711
    if provider is not None:
        query = query.where(CatalogueLinkRow.provider == provider)
    return [_link(row) for row in session.exec(query)]


def title_links(*, session: Session, title_id: int) -> list[Link]:
    rows = session.exec(select(CatalogueLinkRow).where(CatalogueLinkRow.title_id == title_id))
    return [_link(row) for row in rows]


def linked_title(*, session: Session, provider: str, ref: str) -> int | None:
    """The live title following `ref`, if any."""
    query = (
        select(CatalogueLinkRow.title_id)
        .join(TitleRow, col(TitleRow.id) == col(CatalogueLinkRow.title_id))
        .where(CatalogueLinkRow.provider == provider, CatalogueLinkRow.ref == ref)
        .where(TitleRow.removed_at == None)  # noqa: E711
    )
    return session.exec(query).first()


def title_with_ids(*, session: Session, ids: ExternalIds) -> int | None:
    """The live title carrying one of these references (TheTVDB's left out: imports invent names for it)."""
    return refs.title_with_refs(session=session, ids={k: v for k, v in ids.items() if k != "tvdb"})


def save_link(*, session: Session, link: Link) -> None:
    """Create or update the title's link to `link.provider`."""
    row = session.exec(
        select(CatalogueLinkRow).where(
            CatalogueLinkRow.title_id == link.title_id, CatalogueLinkRow.provider == link.provider
        )
    ).first() or CatalogueLinkRow(title_id=link.title_id, provider=link.provider, ref=link.ref)
    for field in dataclasses.fields(Link):
        setattr(row, field.name, getattr(link, field.name))
    session.add(row)
    session.flush()


def apply_plan(
    *,
    session: Session,
    title_id: int,
    plan: MergePlan,
    now: datetime | None = None,
    origin: Origin = Origin.REFRESH,
) -> None:
    """Write a merge plan's additions to the title, all in the caller's transaction, each fact marked with
    `origin` (a refresh's are news; a first link's are the baseline)."""
    row = session.get(TitleRow, title_id)
    assert row is not None
    for name, value in plan.fields.items():
        if name == "ids":
            assert isinstance(value, Mapping)  # a plan holds the references it adds as a mapping
            refs.add_missing_refs(session=session, title_id=title_id, ids=ExternalIds(value))
        else:
            setattr(row, name, value)
    session.add(row)
    for additions in plan.seasons:
        season_id = repo.ensure_season(session=session, title_id=title_id, number=additions.number)
        for change in additions.statuses:
            change = dataclasses.replace(change, origin=origin)
            repo.add_status(session=session, season_id=season_id, change=change)
        for claim in additions.claims:
            claim = dataclasses.replace(claim, origin=origin)
            repo.add_claim(session=session, season_id=season_id, claim=claim)
        if additions.episodes:
            moment = now or repo.now()
            episodes_repo.merge_episodes(
                session=session, season_id=season_id, episodes=additions.episodes, now=moment
            )
    repo.add_credits(session=session, title_id=title_id, credits=plan.credits)
    repo.touch(session=session, title_id=title_id)


def restart_alerts(*, session: Session, title_id: int, now: datetime) -> None:
    """Status alerts the user set for the title count from `now` (what a new link brought is not news).

    Without such a setting the default alerts already count from the title's newest link.
    """
    row = session.get(AlertSettingRow, title_id)
    if row is not None:
        row.baseline_at = now
        session.add(row)


def latest_link_times(*, session: Session, ids: Sequence[int] | None = None) -> dict[int, datetime]:
    """When each title (or each of `ids`) was last linked to a catalogue."""
    latest: dict[int, datetime] = {}
    query = select(CatalogueLinkRow.title_id, CatalogueLinkRow.linked_at)
    if ids is not None:
        query = query.where(col(CatalogueLinkRow.title_id).in_(ids))
    for title_id, linked in session.exec(query):
        if linked is not None and (title_id not in latest or linked > latest[title_id]):
            latest[title_id] = linked
    return latest


@dataclass(frozen=True)
class ProviderState:
    """When a catalogue's change feed was last read, and how the last refresh went."""

    provider: str
    feed_checked_at: datetime | None = None
    refreshed_at: datetime | None = None
    last_error: str = ""


def provider_state(*, session: Session, provider: str) -> ProviderState:
    row = session.get(ProviderStateRow, provider)
    if row is None:
        return ProviderState(provider)
    return ProviderState(provider, row.feed_checked_at, row.refreshed_at, row.last_error)


def save_provider_state(*, session: Session, state: ProviderState) -> None:
    row = session.get(ProviderStateRow, state.provider) or ProviderStateRow(provider=state.provider)
    row.feed_checked_at, row.refreshed_at, row.last_error = (
        state.feed_checked_at,
        state.refreshed_at,
        state.last_error,
    )
    session.add(row)
