"""Catalogue commands: search, add from a catalogue, link, refresh, and the TMDB key."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from cliffhanger.domain.vocabulary import Kind

from . import text
from .common import Context, UserError, print_json

if TYPE_CHECKING:
    from cliffhanger.providers import ProviderRef, SearchHit


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    search = subparsers.add_parser("search", help="search the online catalogues")
    search.add_argument("query")
    search.add_argument("--provider", choices=["tvmaze", "tmdb"], help="ask only this catalogue")
    search.add_argument("--film", action="store_true", help="films only (TMDB)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=search_catalogues)
    link = subparsers.add_parser("link", help="follow a catalogue entry with a title you added by hand")
    link.add_argument("title")
    add_ref_options(link)
    link.set_defaults(handler=link_title)
    refresh = subparsers.add_parser("refresh", help="fetch what changed in the catalogues")
    refresh.add_argument("title", nargs="?", help="refresh only this title")
    refresh.set_defaults(handler=refresh_titles)
    key = subparsers.add_parser("key", help="the TMDB key, kept in the system keyring")
    key.add_argument("action", choices=["set", "test", "forget", "status"])
    key.set_defaults(handler=manage_key)


def add_ref_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--tvmaze", metavar="ID", help="a TVmaze show id")
    group.add_argument("--tmdb", metavar="tv:ID|movie:ID", help="a TMDB series or film")


def ref_from(args: argparse.Namespace) -> ProviderRef | None:
    """The catalogue reference named by --tvmaze or --tmdb, if any."""
    for provider, example in (("tvmaze", "--tvmaze 1234"), ("tmdb", "--tmdb tv:1399")):
        given = getattr(args, provider, None)
        if given is None:
            continue
        if not str(given).strip():
            raise UserError(f"--{provider} needs an id, e.g. {example}")
        try:
            from cliffhanger.providers import ProviderRef

            return ProviderRef.parse(f"{provider}:{given.strip()}")
        except ValueError as error:
            raise UserError(str(error)) from None
    return None


def _hit_line(hit: SearchHit) -> str:
    facts = [str(hit.year or ""), hit.network, hit.status_text]
    return f"{hit.ref!s:<18} {hit.name}  ({', '.join(f for f in facts if f)})"


def search_catalogues(args: argparse.Namespace, ctx: Context) -> int:
    found = ctx.catalogues.search(args.query, provider=args.provider, kind=Kind.FILM if args.film else None)
    for name, error in found.errors.items():
        print(f"cliffhanger: {name}: {error}", file=sys.stderr)
    if args.json:
        print_json([_hit_view(h) for h in found.hits])
    elif found.hits:
        print("\n".join(_hit_line(h) for h in found.hits))
    elif not found.errors:
        print(f"Nothing found for {args.query!r}.")
    return 1 if found.errors and not found.hits else 0


def _hit_view(hit: SearchHit) -> dict[str, object]:
    return {
        "ref": str(hit.ref),
        "name": hit.name,
        "kind": hit.kind.value,
        "year": hit.year,
        "network": hit.network,
        "status": hit.status.value if hit.status else None,
        "status_text": hit.status_text,
        "poster": hit.poster_url,
    }


def add_from_catalogue(ref: ProviderRef, ctx: Context) -> int:
    title = ctx.catalogues.add(ref)
    print(f"Added {text.heading(title)} from {ref}.")
    return 0


def link_title(args: argparse.Namespace, ctx: Context) -> int:
    ref = ref_from(args)
    if ref is None:
        raise UserError("say which entry to follow: --tvmaze ID or --tmdb tv:ID|movie:ID")
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    linked = ctx.catalogues.link(title.id, ref)
    print(f"{linked.name} now follows {ref}.")
    return 0


def refresh_titles(args: argparse.Namespace, ctx: Context) -> int:
    only = None
    if args.title:
        title = ctx.watchlist.find(args.title)
        only = [title.id]
    report = ctx.refresher.refresh(only)
    for ref, problem in report.problems.items():
        print(f"cliffhanger: skipped {ref}: {problem}", file=sys.stderr)
    print(f"Refreshed: {report.summary()}.")
    for name in report.changed:
        print(f"  changed: {name}")
    return 1 if report.offline else 0


def manage_key(args: argparse.Namespace, ctx: Context) -> int:
    from cliffhanger import secrets

    store = secrets.default_store()
    if args.action == "status":
        reason = store.unusable_reason
        print(reason or f"Keyring: {store.backend_name}; TMDB key {'stored' if store.get() else 'not set'}.")
        return 0
    if args.action == "forget":
        store.forget()
        print("The TMDB key is forgotten.")
        return 0
    if args.action == "set":
        key = (
            sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass("TMDB key: ").strip()
        )
        if not key:
            raise UserError("no key given")
        ctx.test_tmdb_key(key)
        store.set(secrets.TMDB, key)
        print("The TMDB key works and is kept in the system keyring.")
        return 0
    if not store.get():
        raise UserError("no TMDB key is stored; set one with: cliffhanger key set")
    ctx.test_tmdb_key(store.get() or "")
    print("The TMDB key works.")
    return 0
