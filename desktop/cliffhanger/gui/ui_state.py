"""What the window remembers between runs (size, splitter, columns), in an INI file.

The file lives in the data directory, so tests and portable installs keep it with everything else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiState:
    """Window geometry, splitter and header layout in `window.ini` (preferences live in settings.json)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    @property
    def header(self) -> QByteArray | None:
        return self._bytes("table/header")

    @header.setter
    def header(self, value: QByteArray) -> None:
        self._settings.setValue("table/header", value)

    @property
    def sized_columns(self) -> list[int]:
        """Columns the user resized by hand (the others share the table's width by themselves)."""
        value = self._settings.value("table/sized_columns", "")
        return [int(part) for part in str(value or "").split(",") if part.strip().isdigit()]

    @sized_columns.setter
    def sized_columns(self, value: list[int]) -> None:
        self._settings.setValue("table/sized_columns", ",".join(str(n) for n in sorted(value)))

    @property
    def show_posters(self) -> bool:
        return str(self._settings.value("table/show_posters", "true")).lower() != "false"

    @show_posters.setter
    def show_posters(self, value: bool) -> None:
        self._settings.setValue("table/show_posters", "true" if value else "false")

    def sync(self) -> None:
        self._settings.sync()
