"""Catalogue commands: search, add from a catalogue, link, refresh, and catalogue keys.

The catalogues, their options and which of them take a key all come from `providers.registry`.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from cliffhanger.domain.vocabulary import Kind
from cliffhanger.providers import registry

from . import text
from .common import Context, UserError, print_json

if TYPE_CHECKING:
    from cliffhanger.providers import ProviderRef, SearchHit


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = subparsers.add_parser("search", help="search the online catalogues")
    search.add_argument("query")
    search.add_argument("--provider", choices=registry.keys(), help="ask only this catalogue")
    search.add_argument("--film", action="store_true", help="films only")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=search_catalogues)
    link = subparsers.add_parser("link", help="follow a catalogue entry with a title you added by hand")
    link.add_argument("title")
    add_ref_options(link)
    link.set_defaults(handler=link_title)
    refresh = subparsers.add_parser("refresh", help="fetch what changed in the catalogues")
    refresh.add_argument("title", nargs="?", help="refresh only this title")
    refresh.set_defaults(handler=refresh_titles)
    keyed = [c.key for c in registry.with_secret()]
    key = subparsers.add_parser("key", help="a catalogue's key, kept in the system keyring")
    key.add_argument("action", choices=["set", "test", "forget", "status"])
    key.add_argument("catalogue", nargs="?", choices=keyed, default=keyed[0], help=f"default: {keyed[0]}")
    key.set_defaults(handler=manage_key)


def add_ref_options(parser: argparse.ArgumentParser) -> None:
    """One `--<key> REF` option per catalogue ("--tvmaze ID", "--tmdb tv:ID|movie:ID", "--anilist ID")."""
    group = parser.add_mutually_exclusive_group()
    for spec in registry.CATALOGUES:
        group.add_argument(f"--{spec.key}", metavar=spec.ref_syntax, help=f"a {spec.name} entry")


def ref_from(args: argparse.Namespace) -> ProviderRef | None:
    """The catalogue reference named by one of the `--<key>` options, if any; an empty one is refused."""
    for spec in registry.CATALOGUES:
        given = getattr(args, spec.key, None)
        if given is None:
            continue
        if not str(given).strip():
            raise UserError(f"--{spec.key} needs an id, e.g. --{spec.key} {spec.ref_syntax}")
        try:
            return spec.parse_ref(str(given))
        except ValueError as error:
            raise UserError(str(error)) from None
    return None


def ref_options_text() -> str:
    return " or ".join(f"--{c.key} {c.ref_syntax}" for c in registry.CATALOGUES)


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
        raise UserError(f"say which entry to follow: {ref_options_text()}")
    title = ctx.watchlist.find(args.title)
    assert title.id is not None
    linked = ctx.catalogues.link(title.id, ref)
    print(f"{linked.name} now follows {ref}.")
    return 0


def refresh_titles(args: argparse.Namespace, ctx: Context) -> int:
    only: list[int] | None = None
    if args.title:
        title = ctx.watchlist.find(args.title)
        assert title.id is not None
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

    store, spec = secrets.default_store(), registry.catalogue(args.catalogue)
    if args.action == "status":
        held = "stored" if store.get(spec.key) else "not set"
        print(store.unusable_reason or f"Keyring: {store.backend_name}; {spec.name} key {held}.")
        return 0
    if args.action == "forget":
        store.forget(spec.key)
        print(f"The {spec.name} key is forgotten.")
        return 0
    if args.action == "set":
        prompt = f"{spec.name} key: "
        key = sys.stdin.readline().strip() if not sys.stdin.isatty() else getpass.getpass(prompt).strip()
        if not key:
            raise UserError("no key given")
        ctx.test_key(spec.key, key)
        store.set(spec.key, key)
        print(f"The {spec.name} key works and is kept in the system keyring.")
        return 0
    stored = store.get(spec.key)
    if not stored:
        raise UserError(f"no {spec.name} key is stored; set one with: cliffhanger key set {spec.key}")
    ctx.test_key(spec.key, stored)
    print(f"The {spec.name} key works.")
    return 0
