"""The CSV export: one line per title, with a column for every catalogue the registry knows."""

from __future__ import annotations

import csv
import io
from datetime import date

from cliffhanger.domain.models import ExternalIds, Title
from cliffhanger.providers.registry import CATALOGUES
from cliffhanger.transfer.csv_export import export_csv


def test_the_csv_export_has_a_column_for_every_catalogue_in_the_registry():
    text = export_csv(
        [Title("Frieren", ids=ExternalIds(anilist=154587, imdb="tt22248376"))], date(2026, 12, 1)
    )
    header, row = list(csv.reader(io.StringIO(text)))
    assert {c.key for c in CATALOGUES} | {"imdb", "tvdb"} <= set(header)
    values = dict(zip(header, row, strict=True))
    assert (values["anilist"], values["imdb"], values["tvmaze"]) == ("154587", "tt22248376", "")
