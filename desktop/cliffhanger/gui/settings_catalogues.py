"""The Settings page for the online catalogues: TVmaze (always on), the TMDB key, and the refresh interval.

The key goes to the system keyring through `SecretStore` and nowhere else. Where no keyring works, the
page says so in plain words and offers to keep the key for this session only. The key is never shown
again once saved, and never written to a message, a log line or the settings file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cliffhanger.secrets import TMDB, KeyringUnavailableError, SecretStore
from cliffhanger.settings import Settings
from cliffhanger.tasks import TaskRunner

from .catalogue_service import CatalogueService
from .dialogs.form import FieldMessage
from .widgets.labels import plain_label


def _label(text: str = "", role: str | None = None) -> QLabel:
    return plain_label(text, role, wrap=True)


class CataloguesPage(QWidget):
    """Enter, test, save and forget the TMDB key; choose how often to refresh."""

    def __init__(
        self,
        service: CatalogueService,
        secrets: SecretStore,
        tasks: TaskRunner,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.secrets, self.tasks = service, secrets, tasks
        self.settings, self._save_settings = settings, save_settings
        self.usable, self.has_key = True, False
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(_label("TVMAZE", "section"))
        layout.addWidget(_label("Always on. Series only; no key needed.", "subtle"))
        layout.addWidget(_label("TMDB", "section"))
        layout.addWidget(_label(
            "Films and series in more languages. TMDB needs your own API key (v3) or read-access "
            "token (v4), from your account settings at themoviedb.org.", "subtle"))  # fmt: skip
        self._build_key(layout)
        layout.addWidget(_label("REFRESH", "section"))
        self._build_interval(layout)
        layout.addStretch(1)
        self._check_keyring()

    def _build_key(self, layout: QVBoxLayout) -> None:
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("Paste your TMDB key")
        self.key.textChanged.connect(self._key_edited)
        self.stored = _label("", "subtle")
        self.message = FieldMessage()
        self.test_button = QPushButton("Test")
        self.save_button = QPushButton("Save")
        self.save_button.setProperty("primary", True)
        self.forget_button = QPushButton("Forget")
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.no_keyring = _label("")
        self.no_keyring.hide()
        self.session_button = QPushButton("Use for this session only")
        self.session_button.clicked.connect(self.use_session_only)
        self.session_button.hide()
        for item in (self.key, self.message, buttons, self.stored, self.no_keyring):
            layout.addLayout(item) if isinstance(item, QHBoxLayout) else layout.addWidget(item)
        layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._key_edited()

    def _build_interval(self, layout: QVBoxLayout) -> None:
        self.interval = QSpinBox()
        self.interval.setRange(1, 168)
        self.interval.setSuffix(" hours")
        self.interval.setMaximumWidth(140)
        self.interval.setValue(max(1, self.settings.refresh_hours))
        self.interval.valueChanged.connect(self._interval_changed)
        form = QFormLayout()
        form.addRow("Refresh every", self.interval)
        layout.addLayout(form)
        layout.addWidget(_label("Only titles the catalogues list as changed are fetched again.", "subtle"))

    # -- state --------------------------------------------------------------------------------------
    def _check_keyring(self) -> None:
        def look() -> tuple[str | None, bool]:
            reason = self.secrets.unusable_reason
            try:
                return reason, self.secrets.get(TMDB) is not None
            except KeyringUnavailableError as error:
                return str(error), False

        self.tasks.run(look, name="look at the keyring", on_success=lambda found: self._show_keyring(*found))

    def _show_keyring(self, reason: str | None, has_key: bool) -> None:
        usable = reason is None or self.secrets.session_only
        self.no_keyring.setText(reason or "")
        self.no_keyring.setVisible(not usable)
        self.session_button.setVisible(not usable)
        where = "for this session only" if self.secrets.session_only else "in the system keyring"
        self.stored.setText(f"A TMDB key is kept {where}." if has_key else "No TMDB key is kept.")
        self.forget_button.setEnabled(has_key)
        self.usable, self.has_key = usable, has_key
        self._key_edited()

    def _key_edited(self) -> None:
        typed = bool(self.key.text().strip())
        self.test_button.setEnabled(typed)
        self.save_button.setEnabled(typed and (self.usable or self.secrets.session_only))

    # -- actions ------------------------------------------------------------------------------------
    def test(self) -> None:
        key = self.key.text().strip()
        if not key:
            return
        self.message.hint("Asking TMDB…")
        self.test_button.setEnabled(False)
        self.service.test_key(key, self._tested)

    def _tested(self, ok: bool, text: str) -> None:
        self.test_button.setEnabled(bool(self.key.text().strip()))
        if ok:
            self.message.ok(text)
        else:
            self.message.error(text)

    def save(self) -> None:
        key = self.key.text().strip()
        if not key:
            return
        self.save_button.setEnabled(False)
        self.tasks.run(lambda: self.secrets.set(TMDB, key), name="save catalogue key",
                       on_success=self._saved, on_failure=self._not_saved)  # fmt: skip

    def _saved(self, place: str) -> None:
        self.key.clear()
        where = "for this session only" if place == "session" else "in the system keyring"
        self.message.ok(f"Saved {where}. TMDB is now searched too.")
        self.service.reload_key()
        self._check_keyring()

    def _not_saved(self, error: BaseException) -> None:
        self._key_edited()
        if isinstance(error, KeyringUnavailableError):
            self.message.error(str(error))
        else:
            self.message.error(f"The key could not be saved ({type(error).__name__})")

    def forget(self) -> None:
        self.tasks.run(lambda: self.secrets.forget(TMDB), name="forget catalogue key",
                       on_success=self._forgotten, on_failure=self._not_saved)  # fmt: skip

    def _forgotten(self, _result: object) -> None:
        self.message.ok("The TMDB key is forgotten. Only TVmaze is searched now.")
        self.service.reload_key()
        self._check_keyring()

    def use_session_only(self) -> None:
        self.secrets.use_session_only()
        self.usable = True
        self.no_keyring.hide()
        self.session_button.hide()
        self.message.hint("The key will be kept in memory until Cliffhanger quits.")
        self._key_edited()
        self._check_keyring()

    def _interval_changed(self, hours: int) -> None:
        self.settings.refresh_hours = hours
        self._save_settings(self.settings)
