"""Posters are fetched once over HTTP, kept on disk, and a bad answer just means no poster."""

from __future__ import annotations

import base64

from cliffhanger.sync.posters import PosterCache
from support.replay import Reply

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_a_poster_is_fetched_once_and_kept(server, tmp_path):
    server.add("/poster.png", Reply(body=PNG, headers={"Content-Type": "image/png"}))
    cache = PosterCache(tmp_path / "posters")
    url = f"{server.url}/poster.png"
    first = cache.fetch(url)
    assert first is not None and first.read_bytes() == PNG and first.suffix == ".png"
    assert cache.fetch(url) == first
    assert len(server.calls("/poster.png")) == 1


def test_anything_but_an_image_is_refused_quietly(server, tmp_path):
    server.add("/page", Reply(body=b"<html>nope</html>", headers={"Content-Type": "text/html"}))
    server.add("/gone", Reply(status=404))
    server.add("/huge", Reply(stream_bytes=5_000_000, headers={"Content-Type": "image/jpeg"}))
    cache = PosterCache(tmp_path / "posters")
    assert cache.fetch(f"{server.url}/page") is None
    assert cache.fetch(f"{server.url}/gone") is None
    assert cache.fetch(f"{server.url}/huge") is None
    assert cache.fetch("file:///etc/passwd") is None and cache.fetch(None) is None
    folder = tmp_path / "posters"
    assert not folder.exists() or not list(folder.iterdir())
