"""Turning rows into domain values and back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

from cliffhanger.domain import cleantext
from cliffhanger.domain.episodes import Episode
from cliffhanger.domain.models import Credit, ExternalIds, ReleaseClaim, Season, StatusChange, Title
from cliffhanger.domain.origins import parse_origin
from cliffhanger.domain.standing import parse_standing
from cliffhanger.domain.vocabulary import Confidence, Kind, Status, WatchState
from cliffhanger.domain.windows import Precision, ReleaseWindow

if TYPE_CHECKING:  # the table classes only name what a row holds: reading rows needs no ORM
    from .tables import CreditRow, ReleaseClaimRow, SeasonRow, StatusChangeRow


def status_from_row(row: StatusChangeRow) -> StatusChange:
    return StatusChange(
        status=Status(row.status),
        since=row.since,
        source=row.source,
        confidence=Confidence(row.confidence),
        recorded_at=row.recorded_at,
        id=row.id,
        origin=parse_origin(row.origin),
    )


def claim_from_row(row: ReleaseClaimRow) -> ReleaseClaim:
    return ReleaseClaim(
        window=ReleaseWindow(row.earliest, row.latest, Precision(row.precision)),
        confidence=Confidence(row.confidence),
        source=row.source,
        noted_at=row.noted_at,
        id=row.id,
        origin=parse_origin(row.origin),
        standing=parse_standing(row.standing),
        reason=row.reason,
    )


def episode_from_row(row: Any, season: int) -> Episode:
    return Episode(
        season=season,
        number=row.number,
        title=row.title,
        airdate=row.airdate,
        airstamp=row.airstamp,
        runtime=row.runtime,
        watched_at=row.watched_at,
        source=row.source,
        date_noted_at=row.date_noted_at,
        previous_airdate=row.previous_airdate,
        tvdb_id=row.tvdb_id,
        id=row.id,
    )


def season_from_rows(
    row: SeasonRow,
    history: Iterable[StatusChangeRow],
    claims: Iterable[ReleaseClaimRow],
    episodes: Iterable[Episode] = (),
) -> Season:
    return Season(
        number=row.number,
        history=tuple(status_from_row(h) for h in sorted(history, key=lambda h: (h.since, h.id or 0))),
        claims=tuple(claim_from_row(c) for c in sorted(claims, key=lambda c: (c.noted_at, c.id or 0))),
        id=row.id,
        episodes=tuple(episodes),
    )


class TitleRecord(Protocol):
    """The columns of a title row `title_from_rows` reads: a `TitleRow` or a row of a core select."""

    @property
    def id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def original_name(self) -> str: ...
    @property
    def year(self) -> int | None: ...
    @property
    def network(self) -> str: ...
    @property
    def overview(self) -> str: ...
    @property
    def watch(self) -> str: ...
    @property
    def watch_pinned(self) -> bool: ...
    @property
    def notes(self) -> str: ...


def title_from_rows(
    row: TitleRecord,
    seasons: Sequence[Season],
    credits: Iterable[tuple[CreditRow, str]],
    refs: Mapping[str, str] | None = None,
) -> Title:
    cast = tuple(
        Credit(actor=name, character=c.character, order=c.billing_order, season=c.season_number, id=c.id)
        for c, name in sorted(credits, key=lambda pair: (pair[0].billing_order, pair[0].id or 0))
    )
    return Title(
        name=row.name,
        kind=Kind(row.kind),
        original_name=row.original_name,
        year=row.year,
        network=row.network,
        overview=row.overview,
        ids=ExternalIds(refs),
        watch=WatchState(row.watch),
        watch_pinned=bool(row.watch_pinned),
        notes=row.notes,
        seasons=tuple(sorted(seasons, key=lambda s: -1 if s.number is None else s.number)),
        cast=cast,
        id=row.id,
    )


class TitleFields(TypedDict):
    """The columns of the title table a domain `Title` fills."""

    name: str
    kind: str
    original_name: str
    year: int | None
    network: str
    overview: str
    watch: str
    notes: str


def title_fields(title: Title) -> TitleFields:
    """The columns of the title table that a domain `Title` carries, cleaned and capped (see `cleantext`)."""
    return {
        "name": cleantext.name(title.name),
        "kind": title.kind.value,
        "original_name": cleantext.name(title.original_name),
        "year": title.year,
        "network": cleantext.name(title.network),
        "overview": cleantext.long_text(title.overview),
        "watch": title.watch.value,
        "notes": cleantext.long_text(title.notes),
    }


def ref_rows(title_id: int, ids: Mapping[str, str]) -> list[dict[str, object]]:
    """The rows of the title_ref table for a title's references."""
    return [{"title_id": title_id, "provider": key, "ref": value} for key, value in ids.items()]
