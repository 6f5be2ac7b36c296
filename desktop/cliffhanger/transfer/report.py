"""An import plan as text: a preview table, the counts, and the bad rows with their places."""

from __future__ import annotations

from .plan import Action, ImportPlan, PlanItem

_VERB = {Action.ADD: "add", Action.MERGE: "merge", Action.SKIP: "skip", Action.BAD: "bad"}


def _name(item: PlanItem) -> str:
    if item.candidate is None:
        return ""
    year = f" ({item.candidate.year})" if item.candidate.year else ""
    return f"{item.candidate.name}{year}"


def preview_rows(plan: ImportPlan) -> list[tuple[str, str, str, str]]:
    """(action, place, title, details) per row, bad rows included."""
    return [(_VERB[i.action], str(i.place), _name(i), i.reason) for i in plan.items]


def table(plan: ImportPlan) -> str:
    rows = [("ACTION", "WHERE", "TITLE", "DETAILS"), *(r for r in preview_rows(plan) if r[0] != "bad")]
    widths = [min(48, max(len(r[i]) for r in rows)) for i in range(3)]
    lines = []
    for row in rows:
        cells = [cell[:48].ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        lines.append("  ".join([*cells, row[3]]).rstrip())
    return "\n".join(lines)


def summary(plan: ImportPlan, *, dry_run: bool) -> str:
    counts = plan.counts()
    verb = "would add" if dry_run else "added"
    read_as = f" (read as {plan.encoding})" if plan.encoding else ""
    return (
        f"{plan.format}{read_as}: {verb} {counts['add']}, merged {counts['merge']}, "
        f"skipped {counts['skip']}, "
        f"bad {counts['bad']} ({len(plan.items)} rows)" + (" — dry run, nothing written" if dry_run else "")
    )


def bad_lines(plan: ImportPlan) -> list[str]:
    return [f"{item.place}: {item.reason}" for item in plan.bad]
