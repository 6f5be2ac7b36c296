"""Which Qt parts the frozen bundle leaves out, and which libraries stay because something links them."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging_helpers import load_script

trim = load_script("bundle_trim.py")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtwebengine_de.qm", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/QtWidgets.abi3.so", True),
        ("libssl.so.3", True),
        ("cliffhanger/resources/icons/cliffhanger.svg", True),
        ("pydantic-2.1.dist-info/RECORD", False),
        ("pydantic-2.1.dist-info/METADATA", True),
        ("pydantic-2.1.dist-info/licenses/LICENSE", True),
        ("dateutil/zoneinfo/dateutil-zoneinfo.tar.gz", False),
    ],
)
def test_wanted(dest, kept):
    assert trim.wanted(dest) is kept


def test_only_libraries_something_links_stay():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/s/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/s/libqxcb.so": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/s/libQt6Gui.so.6": ["libc.so.6"],
    }
    kept = trim.reachable(binaries, lambda source: links.get(source, []), ["libpython3.11.so.1.0"])
    assert [entry[0] for entry in kept] == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
    ]


def test_metadata_keeps_its_headers_only(tmp_path):
    source = tmp_path / "METADATA"
    headers = "Metadata-Version: 2.4\nName: pydantic\nVersion: 2.1\nRequires-Dist: typing-extensions\n"
    source.write_text(headers + "\n# pydantic\nlong\n\nread me\n")
    other = tmp_path / "LICENSE"
    other.write_text("text\n\nmore\n")
    entries = [
        ("pydantic-2.1.dist-info/METADATA", str(source), "DATA"),
        ("pydantic-2.1.dist-info/LICENSE", str(other), "DATA"),
    ]
    (metadata, license_) = trim.shorter_metadata(entries, tmp_path / "short")
    assert metadata[0] == "pydantic-2.1.dist-info/METADATA" and metadata[1] != str(source)
    assert (
        Path(metadata[1]).read_text()
        == "Metadata-Version: 2.4\nName: pydantic\nVersion: 2.1\nRequires-Dist: typing-extensions\n"
    )
    assert license_ == entries[1]
