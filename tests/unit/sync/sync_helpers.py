"""Shared pieces of the sync tests: the recorded show bodies and serving them."""

from __future__ import annotations

from support.replay import ReplayServer, Reply

AOUAD = "tvmaze/shows_90001_all-of-us-are-dead_embed-seasons-cast-nextepisode.handmade.json"
AOUAD_DATED = "tvmaze/shows_90001_all-of-us-are-dead_s2-dated_embed-seasons-cast-nextepisode.handmade.json"


def serve_show(server: ReplayServer, *bodies: str) -> None:
    server.add("/shows/90001", [Reply.file(body) for body in bodies])
