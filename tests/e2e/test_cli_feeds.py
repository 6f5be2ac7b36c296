"""Following a real feed (a recorded TrailerAddict RSS) served on loopback by the replay server."""

import json

import pytest

from support.cli import run_cli
from support.replay import ReplayServer, Reply

FEED = "feeds/traileraddict.rss"
VALIDATORS = {"ETag": '"ta-2020-09-25"', "Last-Modified": "Fri, 25 Sep 2020 12:41:57 GMT"}


def ok(*args: str) -> str:
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def server():
    with ReplayServer() as replay:
        yield replay


def test_items_naming_a_followed_title_wait_for_review_and_repeat_checks_are_conditional(server):
    server.add("/rss", [Reply.file(FEED, headers=VALIDATORS), Reply(status=304)])
    ok("add", "Another Round", "--film")
    ok("add", "Dead to Me")
    ok("feeds", "add", f"{server.url}/rss")
    assert "1 new item(s) about your titles" in ok("feeds", "check")
    waiting = json.loads(ok("feeds", "inbox", "--json"))
    assert [(i["headline"], i["published"]) for i in waiting] == [("Another Round: Trailer", "2020-09-23")]
    assert "unchanged" in ok("feeds", "check")
    first, second = server.calls("/rss")
    assert "if-none-match" not in first.headers
    assert second.headers["if-none-match"] == '"ta-2020-09-25"'
    assert second.headers["if-modified-since"] == "Fri, 25 Sep 2020 12:41:57 GMT"
    assert len(json.loads(ok("feeds", "inbox", "--json"))) == 1
    listed = json.loads(ok("feeds", "list", "--json"))
    assert listed[0]["name"] == "Movie Trailers at TrailerAddict" and listed[0]["last_error"] == ""


def test_the_limit_reads_only_the_newest_items(server):
    server.add("/rss", Reply.file(FEED))
    ok("add", "Antebellum", "--film")  # named in the second, older item
    ok("feeds", "add", f"{server.url}/rss", "--limit", "1")
    assert "0 new item(s)" in ok("feeds", "check")
    assert json.loads(ok("feeds", "inbox", "--json")) == []


def test_nothing_is_recorded_until_reviewed_and_a_dismissed_item_leaves_the_inbox(server):
    server.add("/rss", Reply.file(FEED))
    ok("add", "Another Round", "--film")
    ok("feeds", "add", f"{server.url}/rss")
    ok("feeds", "check")
    (item,) = json.loads(ok("feeds", "inbox", "--json"))
    before = json.loads(ok("show", "Another Round", "--json"))
    proposed = json.loads(ok("feeds", "review", str(item["id"]), "--json"))
    assert proposed["title"] == "Another Round"
    assert json.loads(ok("show", "Another Round", "--json")) == before
    ok("feeds", "review", str(item["id"]), "--dismiss")
    assert json.loads(ok("feeds", "inbox", "--json")) == []


def test_a_failing_feed_is_noted_and_bad_addresses_are_refused(server):
    server.add("/rss", Reply(status=500, body=b"oops"))
    ok("feeds", "add", f"{server.url}/rss")
    done = run_cli("feeds", "check")
    assert done.returncode == 1 and "HTTPStatusError" in done.stdout
    assert "500" in json.loads(ok("feeds", "list", "--json"))[0]["last_error"]
    bad = run_cli("feeds", "add", "ftp://example.org/feed")
    assert bad.returncode == 2 and "http://" in bad.stderr
    twice = run_cli("feeds", "add", f"{server.url}/rss")
    assert twice.returncode == 2 and "already followed" in twice.stderr
