"""Undoable watchlist changes for the main window's QUndoStack: every edit made in the window.

Each command does its change in `redo` (QUndoStack.push runs it at once) and takes it back in `undo` with the
watchlist's own operations: an added status, claim or cast entry is deleted by the ids the write gave it; an
edit writes the earlier facts back; corrected (deleted) entries are recorded again; an added title is taken
off the list and a removed one brought back (the database keeps removed titles until they are purged).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtGui import QUndoCommand

from cliffhanger.domain.models import Credit, ReleaseClaim, StatusChange, Title
from cliffhanger.domain.vocabulary import EntryKind
from cliffhanger.i18n import translate

from .controller import WatchlistController
from .locale_text import window_text, word

Done = Callable[[Title], None] | None
CHILDREN = tuple(EntryKind)


def _ids(title: Title, what: EntryKind) -> set[int]:
    if what is EntryKind.CREDIT:
        return {c.id for c in title.cast if c.id is not None}
    rows = (s.history if what is EntryKind.STATUS else s.claims for s in title.seasons)
    return {row.id for group in rows for row in group if row.id is not None}


class RemoveTitleCommand(QUndoCommand):
    """Taking a title off the watchlist; undo brings it back."""

    def __init__(self, controller: WatchlistController, title_id: int, name: str) -> None:
        super().__init__(translate("Undo", "Remove “%1”").replace("%1", name))
        self.controller, self.title_id, self.name = controller, title_id, name

    def redo(self) -> None:
        self.controller.remove(self.title_id)

    def undo(self) -> None:
        self.controller.restore(self.title_id)


class AddTitleCommand(QUndoCommand):
    """Adding a title; undo takes it off again, redo brings the same title back."""

    def __init__(self, controller: WatchlistController, title: Title, added: Callable[[Title], None]) -> None:
        super().__init__(translate("Undo", "Add “%1”").replace("%1", title.name))
        self.controller, self.title, self.added = controller, title, added
        self.title_id: int | None = None

    def _done(self, title: Title) -> None:
        self.title_id = title.id
        self.added(title)

    def redo(self) -> None:
        if self.title_id is None:
            self.controller.add(self.title, self._done)
        else:
            self.controller.restore(self.title_id)

    def undo(self) -> None:
        if self.title_id is not None:
            self.controller.remove(self.title_id)


class EditTitleCommand(QUndoCommand):
    """Changing a title's own facts; undo writes the facts it had before."""

    def __init__(self, controller: WatchlistController, before: Title, after: Title) -> None:
        super().__init__(translate("Undo", "Edit “%1”").replace("%1", before.name))
        assert before.id is not None
        self.controller, self.title_id = controller, before.id
        self.before, self.after = before, after

    def redo(self) -> None:
        self.controller.update(self.title_id, self.after)

    def undo(self) -> None:
        self.controller.update(self.title_id, self.before)


class AddEntriesCommand(QUndoCommand):
    """Recording a status, a release claim or cast; undo deletes exactly the rows the write added."""

    def __init__(self, text: str, controller: WatchlistController, before: Title, what: EntryKind,
                 write: Callable[[Done], None]) -> None:  # fmt: skip
        super().__init__(text)
        assert before.id is not None
        self.controller, self.title_id, self.what, self.write = controller, before.id, what, write
        self.known = _ids(before, what)
        self.added: list[int] = []

    def _done(self, title: Title) -> None:
        self.added = sorted(_ids(title, self.what) - self.known)

    def redo(self) -> None:
        self.write(self._done)

    def undo(self) -> None:
        if self.added:
            self.known -= set(self.added)
            self.controller.delete_entries(self.title_id, self.what, self.added)
            self.added = []


def _stored_id(title: Title) -> int:
    assert title.id is not None, "only a stored title is edited"
    return title.id


def status_command(
    c: WatchlistController, title: Title, season: int | None, change: StatusChange
) -> AddEntriesCommand:
    title_id = _stored_id(title)
    write = lambda done: c.record_status(title_id, season, change, done)  # noqa: E731
    text = translate("Undo", "New status “%1”").replace("%1", word(change.status))
    return AddEntriesCommand(text, c, title, EntryKind.STATUS, write)


def claim_command(
    c: WatchlistController, title: Title, season: int | None, claim: ReleaseClaim
) -> AddEntriesCommand:
    title_id = _stored_id(title)
    write = lambda done: c.add_claim(title_id, season, claim, done)  # noqa: E731
    text = translate("Undo", "Release claim “%1”").replace("%1", window_text(claim.window))
    return AddEntriesCommand(text, c, title, EntryKind.CLAIM, write)


def cast_command(c: WatchlistController, title: Title, credits: Sequence[Credit]) -> AddEntriesCommand:
    title_id = _stored_id(title)
    write = lambda done: c.add_cast(title_id, credits, done)  # noqa: E731
    text = translate("Undo", "Add cast to “%1”").replace("%1", title.name)
    return AddEntriesCommand(text, c, title, EntryKind.CREDIT, write)


class CorrectEntriesCommand(QUndoCommand):
    """Deleting entries recorded by mistake; undo records them again (as new rows), redo deletes those."""

    def __init__(
        self, controller: WatchlistController, title: Title, chosen: Mapping[str, Sequence[int]]
    ) -> None:
        super().__init__(translate("Undo", "Correct “%1”").replace("%1", title.name))
        assert title.id is not None
        self.controller, self.title_id = controller, title.id
        self.chosen = {EntryKind(what): list(ids) for what, ids in chosen.items() if ids}
        self.statuses = [(s.number, replace(h, id=None)) for s in title.seasons for h in s.history
                         if h.id in self.chosen.get(EntryKind.STATUS, ())]  # fmt: skip
        self.claims = [(s.number, replace(c, id=None)) for s in title.seasons for c in s.claims
                       if c.id in self.chosen.get(EntryKind.CLAIM, ())]  # fmt: skip
        self.credits = [
            replace(c, id=None) for c in title.cast if c.id in self.chosen.get(EntryKind.CREDIT, ())
        ]
        # what stays once the chosen rows are gone: anything beyond it after an undo was recorded by the undo
        self.known = {what: _ids(title, what) - set(self.chosen.get(what, ())) for what in CHILDREN}

    def redo(self) -> None:
        for what, ids in self.chosen.items():
            self.controller.delete_entries(self.title_id, what, ids)

    def undo(self) -> None:
        found: dict[EntryKind, list[int]] = {what: [] for what in CHILDREN}

        def collect(what: EntryKind) -> Callable[[Title], None]:
            def note(title: Title) -> None:
                found[what].extend(sorted(_ids(title, what) - self.known[what] - set(found[what])))

            return note

        for number, change in self.statuses:
            self.controller.record_status(self.title_id, number, change, collect(EntryKind.STATUS))
        for number, claim in self.claims:
            self.controller.add_claim(self.title_id, number, claim, collect(EntryKind.CLAIM))
        if self.credits:
            self.controller.add_cast(self.title_id, self.credits, collect(EntryKind.CREDIT))
        self.chosen = found
