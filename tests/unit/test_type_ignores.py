"""Few `# type: ignore` comments in the package, and each names its error code and says why."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "cliffhanger"
MOST = 15
IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def ignores(root: Path) -> list[tuple[str, str, str]]:
    """(where, codes, reason) of every `# type: ignore` under `root`, Alembic revisions left out."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.relative_to(root).parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if (match := IGNORE.search(line)) is not None:
                reason = match["rest"].strip().removeprefix("#").strip()
                found.append((f"{path.relative_to(root)}:{number}", match["codes"] or "", reason))
    return found


def test_the_package_has_at_most_fifteen_type_ignores():
    found = ignores(PACKAGE)
    assert len(found) <= MOST, "\n".join(where for where, _codes, _reason in found)


def test_each_type_ignore_names_its_error_code_and_its_reason():
    vague = [where for where, codes, reason in ignores(PACKAGE) if not codes or not reason]
    assert vague == []


def test_a_bare_or_unexplained_ignore_is_caught(tmp_path):
    (tmp_path / "m.py").write_text(
        "a = f()  # type: ignore\n"
        "b = g()  # type: ignore[arg-type]\n"
        "c = h()  # type: ignore[arg-type]  # the library's stubs are wrong here\n",
        encoding="utf-8",
    )
    found = ignores(tmp_path)
    assert [(codes, bool(reason)) for _where, codes, reason in found] == [
        ("", False),
        ("[arg-type]", False),
        ("[arg-type]", True),
    ]
