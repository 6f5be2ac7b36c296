"""Linking imported series to TVmaze before they are written: only series are looked up, a linked series
is written with its TVmaze id beside the films read straight from the file, and a failing catalogue stops
the linking while the import goes on."""

from __future__ import annotations

from cliffhanger.domain.vocabulary import Kind
from cliffhanger.providers import CatalogueTitle, ProviderError, ProviderRef
from cliffhanger.transfer import detect
from cliffhanger.transfer.apply import run_import
from cliffhanger.transfer.link import link_titles
from support.transfer import CTX, SAMPLES

IMDB_2021 = SAMPLES / "imdb_watchlist_export_2021format.sample.csv"
KNOWN = {"tt0944947": 82, "tt0903747": 169}  # Game of Thrones, Breaking Bad
SERIES = {"tt0944947", "tt9561862", "tt0903747", "tt1190634", "tt4574334", "tt0460681"}


class Catalogue:
    """A TVmaze that knows two of the sample's series, and fails from its `fail_at`-th lookup on."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.asked: list[str] = []
        self.fail_at = fail_at

    def lookup(self, *, imdb: str | None = None, tvdb: int | None = None) -> ProviderRef | None:
        assert imdb is not None and tvdb is None
        self.asked.append(imdb)
        if self.fail_at is not None and len(self.asked) >= self.fail_at:
            raise ProviderError("TVmaze", "connection refused")
        return ProviderRef("tvmaze", KNOWN[imdb]) if imdb in KNOWN else None

    def details(self, ref: ProviderRef) -> CatalogueTitle:
        raise AssertionError("every IMDb title has its name")


def test_only_series_are_looked_up_and_the_linked_ones_are_written_with_their_tvmaze_id(db, watchlist):
    parsed = detect.read_path(IMDB_2021, CTX)
    catalogue = Catalogue()
    report = link_titles(parsed, catalogue)
    assert sorted(catalogue.asked) == sorted(SERIES)
    assert (report.linked, report.unknown, report.stopped) == (2, 4, "")
    plan = run_import(parsed, db)
    assert plan.counts()["add"] == 11
    titles = {t.ids["imdb"]: t for t in watchlist.titles()}
    assert {imdb: t.ids.get("tvmaze") for imdb, t in titles.items() if "tvmaze" in t.ids} == {
        imdb: str(number) for imdb, number in KNOWN.items()
    }
    assert sum(t.kind is Kind.FILM for t in titles.values()) == 5


def test_a_failing_catalogue_stops_the_linking_and_the_rest_is_imported(db, watchlist):
    parsed = detect.read_path(IMDB_2021, CTX)
    report = link_titles(parsed, Catalogue(fail_at=2))
    assert report.linked == 1 and "linking to TVmaze stopped" in report.stopped
    assert run_import(parsed, db).counts()["add"] == 11
    assert [t.name for t in watchlist.titles() if "tvmaze" in t.ids] == ["Game of Thrones"]
