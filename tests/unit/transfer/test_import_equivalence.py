"""An IMDb import writes exactly the rows it wrote before rows went straight from the file to the tables.

`expected.json` beside the hand-made edge cases holds what the importer that built every row as a domain
`Title` first wrote (row for row, ids and stamps included) for the three real IMDb samples, the edge cases
on a fresh and on a filled watchlist, and a generated file of 2,500 rows (by digest). Rewrite it only for
a change meant to alter what an import stores: `python tests/unit/transfer/test_import_equivalence.py`.
Every import here is also made again with some or all rows handed over as `Title`s, the other way
`bulk.insert_titles` writes, and the whole database must come out the same.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cliffhanger.storage.engine import Database
from cliffhanger.transfer import detect, model, report
from cliffhanger.transfer.apply import run_import
from cliffhanger.transfer.model import Candidate, Parsed
from cliffhanger.transfer.plan import Action
from support.transfer import CTX, SAMPLES, open_watchlist, snapshot

EDGE = Path(__file__).resolve().parents[2] / "fixtures" / "imdb_rows" / "edge_cases.handmade.csv"
EXPECTED = EDGE.with_name("expected.json")
STAMP = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
STORED_STAMP = "2026-11-23 09:30:00.000000"
WRITTEN = ("title", "title_ref", "season", "status_change", "release_claim", "person", "credit", "episode")
SAMPLE_NAMES = tuple(f"imdb_watchlist_export_{y}format.sample.csv" for y in (2015, 2021, 2024))
SCENARIOS = (*SAMPLE_NAMES, "edge", "edge-on-filled", "generated")


def generated_csv(rows: int = 2_500) -> bytes:
    """Films and series of every kind of date, some rows repeating an earlier one's id or name."""
    kinds = ("movie", "tvSeries", "tvMiniSeries", "Feature Film", "tvEpisode", "Short")
    dates = ("{y}-0{m}-1{d}", "{y}", "", "2026-11-2{d}", "{y}-0{m}")
    lines = ["Position,Const,Title,Title Type,Year,Release Date,Your Rating,Original Title"]
    for n in range(1, rows + 1):
        const = 1_000_000 + (n if n % 97 else n // 2)
        year = 1990 + n % 45
        when = dates[n % len(dates)].format(y=year, m=1 + n % 9, d=n % 9)
        name = f"Name {n % 1_300}" if n % 7 else f'"Name, {n}"'
        rated = "7" if n % 5 == 0 else ""
        original = f"Original {n}" if n % 11 == 0 else ""
        lines.append(f"{n},tt{const},{name},{kinds[n % len(kinds)]},{year},{when},{rated},{original}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse(scenario: str) -> Parsed:
    if scenario == "generated":
        return detect.read(generated_csv(), CTX)
    return detect.read_path(EDGE if scenario.startswith("edge") else SAMPLES / scenario, CTX)


def as_titles(parsed: Parsed, every: int) -> Parsed:
    """The same rows with every `every`-th candidate (from the first) handed over as a domain `Title`."""
    candidates = [
        Candidate(c.place, c.title) if n % every == 0 else c for n, c in enumerate(parsed.candidates)
    ]
    return Parsed(parsed.format, candidates, list(parsed.notes), parsed.encoding)


def imported(db: Database, scenario: str, handed: int | None = None) -> list[list[str]]:
    """Import the scenario's file into `db` (filled first where the scenario says); the plan's rows."""
    if scenario == "edge-on-filled":
        run_import(parse(SAMPLE_NAMES[1]), db, stamp=STAMP)
    parsed = parse(scenario)
    plan = run_import(parsed if handed is None else as_titles(parsed, handed), db, stamp=STAMP)
    return [[str(item.place), item.action.value, item.reason] for item in plan.items]


def contents(db: Database) -> dict:
    """Every row of every table; a title's `updated_at` only as at the import's stamp or after it, since a
    merge stamps the title it fills in with the clock's time."""
    tables = snapshot(db)
    for row in tables["title"]:
        row["updated_at"] = "at import" if row["updated_at"] == STORED_STAMP else "after import"
    return tables


def record(db: Database, scenario: str) -> dict:
    plan = imported(db, scenario)
    tables = {name: rows for name, rows in contents(db).items() if name in WRITTEN}
    if scenario != "generated":
        return {"plan": plan, "tables": tables}
    text = json.dumps({"plan": plan, "tables": tables}, sort_keys=True)
    return {"rows": {name: len(rows) for name, rows in tables.items()}, "sha256": _digest(text)}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_an_import_writes_what_it_wrote_before(scenario, db):
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))[scenario]
    assert record(db, scenario) == expected


@pytest.mark.parametrize("handed", [1, 2, 3])
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_rows_handed_over_as_titles_are_written_the_same(scenario, handed, tmp_path):
    straight, as_domain = open_watchlist(tmp_path / "straight"), open_watchlist(tmp_path / "titles")
    try:
        assert imported(straight.db, scenario) == imported(as_domain.db, scenario, handed)
        assert contents(straight.db) == contents(as_domain.db)
    finally:
        straight.close()
        as_domain.close()


def test_rows_only_added_are_written_without_a_title_being_built(db, monkeypatch):
    """Reading, previewing and importing new IMDb rows never builds a domain `Title`: the point of
    `NewTitle`. A merge still gets its `Title` (built from the same values)."""
    parsed = parse("generated")
    monkeypatch.setattr(model, "as_title", _no_title)
    plan = run_import(parsed, db, stamp=STAMP)
    assert plan.counts()["add"] > 2_000 and report.preview_rows(plan)[0][2] == "Name 1 (1991)"
    monkeypatch.undo()
    again = run_import(parse(SAMPLE_NAMES[1]), db, stamp=STAMP)  # merged into nothing: adds as well
    assert again.counts()["add"] == 11
    merged = run_import(parse("edge"), db, stamp=STAMP)
    assert [item.title.name for item in merged.of(Action.MERGE)] == ["Tenet"]


def _no_title(new: object) -> None:
    raise AssertionError(f"a Title was built for {new!r}")


def test_the_expected_rows_hold_every_case():
    """The record is not empty or trivial: adds, merges, skips and bad rows, claims and statuses."""
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    actions = {row[1] for row in expected["edge-on-filled"]["plan"]}
    assert actions == {"add", "merge", "skip", "bad"}
    tables = expected["edge"]["tables"]
    assert all(tables[name] for name in ("title", "title_ref", "season", "status_change", "release_claim"))
    assert expected["generated"]["rows"]["title"] > 1_000  # more than one chunk of writes


def _write() -> None:
    found = {}
    for scenario in SCENARIOS:
        with tempfile.TemporaryDirectory() as scratch:
            watchlist = open_watchlist(Path(scratch))
            try:
                found[scenario] = record(watchlist.db, scenario)
            finally:
                watchlist.close()
    EXPECTED.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write()
