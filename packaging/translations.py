"""Keep the GUI's translations in step with the code: extract with pyside6-lupdate, compile with lrelease.

    python packaging/translations.py update     # refresh resources/translations/*.ts from the sources
    python packaging/translations.py compile    # write the .qm files the app loads
    python packaging/translations.py check      # exit 1 if a .ts is stale, unfinished or its .qm out of date
    python packaging/translations.py fill de FILE.json   # take translations from {"Context": {"source": ...}}

In a fill file a translation is a string, or for a text with %n a list of its plural forms (German: one,
many). A text with a disambiguation is keyed "text@@disambiguation" when it needs its own translation.

Every call `translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")` under desktop/cliffhanger
is extracted. The .ts files carry no source locations, so moving code does not touch them; texts no longer in
the code are dropped. The .qm files are committed, so a checkout runs translated without a build step.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "desktop" / "cliffhanger"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de",)


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"cliffhanger_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def _sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py") if "migrations" not in p.parts)


PLURAL_FORMS = {"de": 2}  # how many plural forms each language's .ts holds (Qt's numerus rules)


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        kept = messages(ts) if ts.exists() else {}
        command = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en"]
        command += ["-target-language", language, *_sources(), "-ts", str(ts)]
        subprocess.run(command, check=True, capture_output=True, text=True)
        _mark_plurals(ts, kept, PLURAL_FORMS[language])


def _mark_plurals(ts: Path, kept: dict[tuple[str, str, str], list[str]], forms: int) -> None:
    """lupdate marks a plural only when its count is a number literal; every text with %n is one here, and
    keeps the plural forms it had before lupdate rewrote it."""
    tree = ElementTree.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if "%n" not in source or translation is None or message.get("numerus") == "yes":
                continue
            before = kept.get((name, source, message.findtext("comment") or ""), [])
            message.set("numerus", "yes")
            translation.text = None
            for index in range(forms):
                form = ElementTree.SubElement(translation, "numerusform")
                form.text = before[index] if index < len(before) else None
            if len(before) >= forms:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
    _write(tree, ts)


def _write(tree: ElementTree.ElementTree, ts: Path) -> None:
    ElementTree.indent(tree, space="    ")
    with ts.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="unicode")
        out.write("\n")


def compile_all(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        ts = ts_file(language, folder)
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def fill(language: str, table: dict[str, dict[str, str | list[str]]]) -> int:
    """Write the translations in `table` into the language's .ts; return how many were filled."""
    ts = ts_file(language)
    tree = ElementTree.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source, comment = message.findtext("source") or "", message.findtext("comment") or ""
            given = wanted.get(f"{source}@@{comment}") if comment else None
            given = wanted.get(source) if given is None else given
            translation = message.find("translation")
            if given is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = [given] * 2 if isinstance(given, str) else given
                for form, text in zip(translation.iter("numerusform"), forms, strict=False):
                    form.text = text
            else:
                translation.text = given if isinstance(given, str) else given[0]
            filled += 1
    _write(tree, ts)
    return filled


def messages(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) -> its translated forms ([] when unfinished)."""
    found = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                found[key] = []
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            found[key] = forms if all(forms) else []
    return found


def problems() -> list[str]:
    """What is out of step: texts missing from a .ts, unfinished translations, stale .qm files."""
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for language in LANGUAGES:
            shutil.copy(ts_file(language), ts_file(language, fresh))
        update(fresh)
        compile_all(fresh)
        for language in LANGUAGES:
            found += _compare(language, ts_file(language), ts_file(language, fresh))
    return found


def source_texts() -> set[tuple[str, str]]:
    """(context, text) of each `translate` and `QT_TRANSLATE_NOOP` call with literal arguments in the code."""
    found = set()
    for path in map(Path, _sources()):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((str(context.value), str(text.value)))
    return found


def _compare(language: str, committed_ts: Path, fresh_ts: Path) -> list[str]:
    committed, current = messages(committed_ts), messages(fresh_ts)
    seen = {(context, source) for context, source, _ in current}
    found = [
        f"{language}: lupdate cannot see it (keep the call plain): {c}: {t!r}"
        for c, t in source_texts() - seen
    ]
    found += [f"{language}: not extracted yet: {k[0]}: {k[1]!r}" for k in current.keys() - committed]
    found += [f"{language}: no longer in the code: {k[0]}: {k[1]!r}" for k in committed.keys() - current]
    found += [f"{language}: untranslated: {k[0]}: {k[1]!r}" for k, forms in current.items() if not forms]
    qm, fresh_qm = committed_ts.with_suffix(".qm"), fresh_ts.with_suffix(".qm")
    if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
        found.append(f"{language}: {qm.name} is out of date: run `compile`")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile", "check", "fill"))
    parser.add_argument("language", nargs="?", choices=LANGUAGES)
    parser.add_argument("table", nargs="?", type=Path)
    options = parser.parse_args(argv)
    action = options.action
    if action == "fill":
        if not (options.language and options.table):
            parser.error("fill needs a language and a JSON file")
        print(f"filled {fill(options.language, json.loads(options.table.read_text(encoding='utf-8')))}")
        update()
        compile_all()
    elif action == "update":
        update()
    elif action == "compile":
        compile_all()
    else:
        found = problems()
        print("\n".join(found) or "translations are in step with the code")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
