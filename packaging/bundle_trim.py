"""What the frozen bundle leaves out: unused Qt plugins and translations, libraries nothing loads, ICU data.

`cliffhanger.spec` filters PyInstaller's tables of contents (entries `(dest, source, typecode)`) with these.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

import icu_data

Entry = tuple[str, str, str]

# Plugin folder -> the file names kept (None keeps the whole folder); every other folder is left out. The
# windows are raster-painted widgets, so no OpenGL integration (xcbglintegrations, the Wayland EGL client
# buffers, and QtOpenGL with them), and Qt opens no TLS connection (only QLocalSocket), so no tls backends.
# Qt's own texts (standard buttons, file dialogs) in the languages the app is translated into.
QT_TRANSLATIONS_KEPT = {"qtbase_de.qm"}
QT_PLUGINS_KEPT: dict[str, set[str] | None] = {
    "platforms": {
        "libqxcb.so",
        "libqoffscreen.so",
        "libqwayland.so",
        "qwindows.dll",
        "qoffscreen.dll",
        "libqcocoa.dylib",
        "libqoffscreen.dylib",
    },
    "platformthemes": {"libqxdgdesktopportal.so"},
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    },
    "wayland-shell-integration": {"libxdg-shell.so"},
    "wayland-decoration-client": {"libbradient.so"},
    "iconengines": None,
    "imageformats": {
        "libqsvg.so",
        "libqjpeg.so",
        "libqico.so",
        "qsvg.dll",
        "qjpeg.dll",
        "qico.dll",
        "libqsvg.dylib",
        "libqjpeg.dylib",
        "libqico.dylib",
    },
    "styles": None,
}
# dateutil's own copy of the time-zone database, which it reads only for a zone the system's lacks; the app's
# zoneinfo reads the system's too.
DATEUTIL_ZONES = "dateutil-zoneinfo.tar.gz"
QT_LIBS_DROPPED = ("qt6quick", "qt6qml", "qt6pdf", "qt6webengine", "qt6virtualkeyboard", "qt6eglfs")


def wanted(dest: str) -> bool:
    """False for a part left out of the bundle; `dest` is the file's path inside the bundle."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if any(dropped in parts[-1].lower() for dropped in QT_LIBS_DROPPED):
        return False
    if len(parts) > 1 and parts[-2].endswith(".dist-info") and parts[-1] == "RECORD":
        return False  # the list of installed files is for pip; importlib.metadata reads the rest
    if parts[-1] == DATEUTIL_ZONES:
        return False
    if "PySide6" not in parts:
        return True
    inner = parts[parts.index("PySide6") + 1 :]
    if "translations" in inner:
        return parts[-1] in QT_TRANSLATIONS_KEPT
    if "plugins" in inner[:-1]:
        folder = inner[inner.index("plugins") + 1]
        if folder not in QT_PLUGINS_KEPT:
            return False
        kept = QT_PLUGINS_KEPT[folder]
        return kept is None or parts[-1] in kept
    return True


def is_root(entry: Entry) -> bool:
    """Extension modules and Qt plugins are loaded by name; every other library only as a dependency."""
    dest, _source, typecode = entry
    return typecode == "EXTENSION" or "plugins" in PurePosixPath(dest).parts[:-1]


def reachable(
    binaries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]], extra_roots: Iterable[str] = ()
) -> list[Entry]:
    """The entries that a root (or a library named in `extra_roots`) needs, directly or not.

    `imports_of(source)` names the libraries a binary links against. A symbolic link is kept with its target.
    """
    entries = list(binaries)
    by_name: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_name[PurePosixPath(entry[0]).name].append(entry)
    queue = [entry for entry in entries if is_root(entry)]
    queue += [entry for name in extra_roots for entry in by_name.get(name, [])]
    kept: set[str] = set()
    while queue:
        entry = queue.pop()
        if entry[0] in kept:
            continue
        kept.add(entry[0])
        if entry[2] == "SYMLINK":
            continue
        for name in imports_of(entry[1]):
            queue.extend(by_name.get(PurePosixPath(name).name, []))
    return [entry for entry in entries if entry[0] in kept]


def smaller_icu_data(binaries: Iterable[Entry], folder: Path) -> list[Entry]:
    """The entries with ICU's data library swapped for a trimmed rebuild (see icu_data) written to `folder`.

    Without binutils (nm, as, ld) the full library stays, and the build says so.
    """
    entries = list(binaries)
    for index, (dest, source, typecode) in enumerate(entries):
        if typecode != "BINARY" or not PurePosixPath(dest).name.startswith("libicudata.so"):
            continue
        if not icu_data.tools_present():
            print("binutils (nm, as, ld) not found: the bundle keeps ICU's full data library")
            return entries
        rebuilt = icu_data.rebuild(Path(source), folder / PurePosixPath(dest).name)
        entries[index] = (dest, str(rebuilt), typecode)
    return entries


def shorter_metadata(datas: Iterable[Entry], folder: Path) -> list[Entry]:
    """The entries with each package's METADATA cut to its headers, copies written under `folder`.

    importlib.metadata reads the name, version and requirements from the headers; the long description
    after them (pydantic's is 140 KB) is for package indexes.
    """
    entries = []
    for dest, source, typecode in datas:
        path = PurePosixPath(dest.replace("\\", "/"))
        if path.name == "METADATA" and path.parent.name.endswith(".dist-info"):
            headers = Path(source).read_bytes().replace(b"\r\n", b"\n").split(b"\n\n", 1)[0] + b"\n"
            copy = folder / path.parent.name / "METADATA"
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(headers)
            source = str(copy)
        entries.append((dest, source, typecode))
    return entries
