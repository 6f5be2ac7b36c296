"""`cliffhanger news` through the real CLI in subprocesses, on a real database file per test."""

import json
from pathlib import Path

from support.cli import run_cli

ARTICLE = Path(__file__).resolve().parents[1] / "fixtures" / "news" / "users_case.txt"
ARGS = ("news", str(ARTICLE), "--date", "2026-03-05", "--source", "Seoul Screen")


def ok(*args: str, input: str | None = None) -> str:
    done = run_cli(*args, input=input)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_json_has_the_issue_shape_and_the_users_case():
    found = json.loads(ok(*ARGS, "--json"))
    assert (found["title"], found["season"], found["network"]) == ("All of Us Are Dead", 2, "Netflix")
    assert [(s["status"], s["since"], s["confidence"]) for s in found["statuses"]] == [
        ("post-production", "2026-02-19", "official")
    ]
    claims = [(c["text"], c["confidence"], c["standing"]) for c in found["claims"]]
    assert claims == [("December 2026", "reported", "doubtful"), ("early 2027", "speculated", None)]
    assert found["claims"][0]["reason"] == "the season is not part of Netflix's 2026 line-up"
    assert found["claims"][0]["evidence"]["source"] == "Seoul Screen, 5 March 2026"
    assert [(c["actor"], c["character"]) for c in found["cast"]] == [
        ("Park Ji-hu", "Nam On-jo"),
        ("Yoon Chan-young", "Lee Cheong-san"),
        ("Cho Yi-hyun", "Choi Nam-ra"),
    ]


def test_apply_adds_the_title_with_every_fact_once():
    assert "added to the watchlist" in ok(*ARGS, "--apply")
    again = ok(
        "news", "-", "--date", "2026-03-05", "--source", "Seoul Screen", "--apply", input=ARTICLE.read_text()
    )
    assert "0 statuses, 0 claims, 0 cast (6 already known)" in again
    shown = json.loads(ok("show", "All of Us Are Dead", "--json"))
    assert shown["network"] == "Netflix"
    season = next(s for s in shown["seasons"] if s["number"] == 2)
    assert (season["status"], [(h["status"], h["since"]) for h in season["status_history"]]) == (
        "post-production",
        [("post-production", "2026-02-19")],
    )
    claims = sorted(
        (c["text"], c["confidence"], c["standing"], c["reason"], c["source"]) for c in season["claims"]
    )
    reason = "the season is not part of Netflix's 2026 line-up"
    assert claims == [
        ("December 2026", "reported", "doubtful", reason, "Seoul Screen, 5 March 2026"),
        ("early 2027", "speculated", "open", "", "Seoul Screen, 5 March 2026"),
    ]
    assert (season["expected"]["text"], season["expected"]["confidence"]) == ("early 2027", "speculated")
    assert [(c["actor"], c["character"]) for c in shown["cast"]][:3] == [
        ("Park Ji-hu", "Nam On-jo"),
        ("Yoon Chan-young", "Lee Cheong-san"),
        ("Cho Yi-hyun", "Choi Nam-ra"),
    ]


def test_apply_finds_the_title_already_on_the_watchlist():
    ok("add", "All of Us Are Dead", "--season", "2")
    assert "added to the watchlist" not in ok(*ARGS, "--apply")
    assert len(json.loads(ok("list", "--json"))) == 1


def test_bad_input_is_a_plain_message_and_changes_nothing(tmp_path):
    missing = run_cli("news", str(tmp_path / "nope.html"))
    assert missing.returncode == 2 and "no file" in missing.stderr
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    assert run_cli("news", str(binary), "--apply").returncode == 2
    nameless = tmp_path / "note.txt"
    nameless.write_text("nothing here at all.\n")
    done = run_cli("news", str(nameless), "--apply")
    assert done.returncode == 2 and "--title" in done.stderr
    bad_date = run_cli(*ARGS[:2], "--date", "someday")
    assert bad_date.returncode == 2 and "Traceback" not in bad_date.stderr
    assert json.loads(ok("list", "--json")) == []


def test_an_html_page_gives_its_own_date_and_site(tmp_path):
    body = ARTICLE.read_text().replace("\n", "</p><p>")
    page = tmp_path / "article.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2026-03-05T09:00:00+09:00">'
        f'<meta property="og:site_name" content="Seoul Screen"></head><body><p>{body}</p></body></html>'
    )
    found = json.loads(ok("news", str(page), "--json"))
    assert found["statuses"][0]["since"] == "2026-02-19"
    assert found["claims"][0]["evidence"]["source"] == "Seoul Screen, 5 March 2026"
