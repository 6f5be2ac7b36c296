"""Refreshing 1,000 linked shows of which 10 changed: requests made and wall time under the rate limit.

Run on demand: `python tests/benchmarks/bench_refresh.py`. A real loopback server replays TVmaze: the change
feed lists all 1,000 shows, 10 of them with a stamp newer than the one stored. The baseline, measured in the
same run, is the same 11 requests made with a bare httpx client and no database work. The aim is 11 requests
(the feed plus the 10), well inside TVmaze's 20 calls per 10 s, so the limiter never has to wait.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cliffhanger.domain.models import Season, Title
from cliffhanger.providers import TvmazeProvider
from cliffhanger.storage import catalogue_repo
from cliffhanger.storage.catalogue_repo import Link
from cliffhanger.storage.catalogue_store import CatalogueStore
from cliffhanger.storage.watchlist import Watchlist
from cliffhanger.sync.catalogue import Catalogues
from cliffhanger.sync.refresh import Refresher
from support.replay import FIXTURES, ReplayServer, Reply

SHOWS, CHANGED = 1000, 10
BODY = json.loads(
    (
        FIXTURES / "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
    ).read_text()
)


def seed(watchlist: Watchlist, fetched_at: datetime) -> None:
    with watchlist.db.transaction() as session:
        from cliffhanger.storage import repository

        for n in range(1, SHOWS + 1):
            title_id = repository.add_title(session=session, title=Title(f"Show {n}", seasons=(Season(1),)))
            link = Link(
                title_id,
                "tvmaze",
                f"tvmaze:{n}",
                "Running",
                1000,
                fetched_at=fetched_at,
                linked_at=fetched_at,
            )
            catalogue_repo.save_link(session=session, link=link)


def serve(server: ReplayServer, now: datetime) -> None:
    fresh = int(now.timestamp()) - 60
    feed = {str(n): (fresh if n <= CHANGED else 1000) for n in range(1, SHOWS + 1)}
    server.add("/updates/shows", Reply.json(feed))
    for n in range(1, CHANGED + 1):
        server.add(
            f"/shows/{n}",
            Reply.json({**BODY, "id": n, "name": f"Show {n}", "status": "Running", "updated": fresh}),
        )


def baseline(url: str) -> float:
    start = time.perf_counter()
    with httpx.Client(base_url=url) as client:
        client.get("/updates/shows", params={"since": "day"}).json()
        for n in range(1, CHANGED + 1):
            client.get(f"/shows/{n}").json()
    return time.perf_counter() - start


def main() -> None:
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as home, ReplayServer() as server:
        watchlist = Watchlist.open(Path(home) / "c.sqlite3", backups=Path(home) / "b")
        seed(watchlist, now - timedelta(hours=6))
        serve(server, now)
        floor = min(baseline(server.url) for _ in range(3))
        server.requests.clear()
        tvmaze = TvmazeProvider.create(server.url)
        refresher = Refresher(Catalogues(CatalogueStore(watchlist), {"tvmaze": tvmaze}))
        start = time.perf_counter()
        report = refresher.refresh()
        took = time.perf_counter() - start
        requests = len(server.requests)
        tvmaze.close()
        watchlist.close()
    print(
        f"refresh of {SHOWS} linked shows, {CHANGED} changed: {requests} requests (aim {CHANGED + 1}), "
        f"{report.fetched} fetched, {len(report.changed)} changed"
    )
    print(
        f"  wall time {took:.3f} s; baseline (the same {CHANGED + 1} requests, bare httpx) {floor:.3f} s; "
        f"ratio {took / floor:.1f}x"
    )


if __name__ == "__main__":
    main()
