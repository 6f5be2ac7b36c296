"""The Settings page for the online catalogues: those always on, a key section for each one that needs a
key (all from `providers.registry`), and the refresh interval.

A key goes to the system keyring through `SecretStore` and nowhere else. Where no keyring works, the
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

from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.providers import Catalogue, registry
from cliffhanger.secrets import KeyringUnavailableError, SecretStore
from cliffhanger.settings import Settings
from cliffhanger.tasks import TaskRunner

from .catalogue_service import CatalogueService
from .dialogs.form import FieldMessage
from .widgets.labels import plain_label

# The catalogues' own words (their declarations in `providers` keep the English); one that is not here shows
# in English.
CATALOGUE_WORDS = (
    QT_TRANSLATE_NOOP(
        "SettingsCatalogues", "Series worldwide, with seasons, cast and the next episode. Needs no key."
    ),
    QT_TRANSLATE_NOOP(
        "SettingsCatalogues", "Anime series and films, with airing dates and voice casts. Needs no key."
    ),
    QT_TRANSLATE_NOOP("SettingsCatalogues", "Films and series in more languages."),
    QT_TRANSLATE_NOOP("SettingsCatalogues", "API key (v3) or read-access token"),
    QT_TRANSLATE_NOOP(
        "SettingsCatalogues",
        "TMDB needs your own API key (v3) or read-access token (v4), from your account settings at "
        "themoviedb.org.",
    ),
)


def _label(text: str = "", role: str | None = None) -> QLabel:
    return plain_label(text, role, wrap=True)


def _kept(session_only: bool) -> str:
    """Where a key is kept, for "A TMDB key is kept …"."""
    if session_only:
        return translate("SettingsCatalogues", "for this session only")
    return translate("SettingsCatalogues", "in the system keyring")


class CataloguesPage(QWidget):
    """The catalogues always on, a `KeySection` per catalogue that needs a key, and the refresh interval."""

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
        self.settings, self._save_settings = settings, save_settings
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for spec in registry.CATALOGUES:
            if spec.secret is None:
                layout.addWidget(_label(spec.name.upper(), "section"))
                about = translate("SettingsCatalogues", spec.about)
                layout.addWidget(
                    _label(translate("SettingsCatalogues", "Always on. %1").replace("%1", about), "subtle")
                )
        self.sections = {
            spec.key: KeySection(spec, service, secrets, tasks, self) for spec in registry.with_secret()
        }
        for section in self.sections.values():
            layout.addWidget(section)
        layout.addWidget(_label(translate("SettingsCatalogues", "Refresh").upper(), "section"))
        self._build_interval(layout)
        layout.addStretch(1)

    def _interval_changed(self, hours: int) -> None:
        self.settings.refresh_hours = hours
        self._save_settings(self.settings)

    def _build_interval(self, layout: QVBoxLayout) -> None:
        self.interval = QSpinBox()
        self.interval.setRange(1, 168)
        self.interval.setSuffix(translate("SettingsCatalogues", " hours"))
        self.interval.setMaximumWidth(140)
        self.interval.setValue(max(1, self.settings.refresh_hours))
        self.interval.valueChanged.connect(self._interval_changed)
        form = QFormLayout()
        form.addRow(translate("SettingsCatalogues", "Refresh every"), self.interval)
        layout.addLayout(form)
        layout.addWidget(
            _label(
                translate(
                    "SettingsCatalogues", "Only titles the catalogues list as changed are fetched again."
                ),
                "subtle",
            )
        )


class KeySection(QWidget):
    """Enter, test, save and forget one catalogue's key (the catalogue's declaration gives every word)."""

    def __init__(
        self,
        spec: Catalogue,
        service: CatalogueService,
        secrets: SecretStore,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert spec.secret is not None, "only a catalogue that needs a key has a key section"
        self.spec, self.service, self.secrets, self.tasks = spec, service, secrets, tasks
        self.usable, self.has_key = True, False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(_label(spec.name.upper(), "section"))
        about = translate("SettingsCatalogues", spec.about)
        layout.addWidget(_label(f"{about} {translate('SettingsCatalogues', spec.secret.about)}", "subtle"))
        self._build_key(layout)
        self._check_keyring()

    def _build_key(self, layout: QVBoxLayout) -> None:
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        name = self.spec.name
        self.key.setPlaceholderText(translate("SettingsCatalogues", "Paste your %1 key").replace("%1", name))
        label = self.spec.secret.label if self.spec.secret else QT_TRANSLATE_NOOP("SettingsCatalogues", "key")
        self.key.setAccessibleName(f"{name} {translate('SettingsCatalogues', label)}")
        self.key.textChanged.connect(self._key_edited)
        self.stored = _label("", "subtle")
        self.message = FieldMessage()
        self.test_button = QPushButton(translate("SettingsCatalogues", "Test"))
        self.save_button = QPushButton(translate("SettingsCatalogues", "Save"))
        self.save_button.setProperty("primary", True)
        self.forget_button = QPushButton(translate("SettingsCatalogues", "Forget"))
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.save_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.no_keyring = _label("")
        self.no_keyring.hide()
        self.session_button = QPushButton(translate("SettingsCatalogues", "Use for this session only"))
        self.session_button.clicked.connect(self.use_session_only)
        self.session_button.hide()
        for item in (self.key, self.message, buttons, self.stored, self.no_keyring):
            layout.addLayout(item) if isinstance(item, QHBoxLayout) else layout.addWidget(item)
        layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._key_edited()

    # -- state --------------------------------------------------------------------------------------
    def _check_keyring(self) -> None:
        def look() -> tuple[str | None, bool]:
            reason = self.secrets.unusable_reason
            try:
                return reason, self.secrets.get(self.spec.key) is not None
            except KeyringUnavailableError as error:
                return str(error), False

        self.tasks.run(
            look, name="look at the keyring", owner=self, on_success=lambda found: self._show_keyring(*found)
        )

    def _show_keyring(self, reason: str | None, has_key: bool) -> None:
        usable = reason is None or self.secrets.session_only
        self.no_keyring.setText(reason or "")
        self.no_keyring.setVisible(not usable)
        self.session_button.setVisible(not usable)
        name = self.spec.name
        kept = translate("SettingsCatalogues", "A %1 key is kept %2.").replace(
            "%2", _kept(self.secrets.session_only)
        )
        none = translate("SettingsCatalogues", "No %1 key is kept.")
        self.stored.setText((kept if has_key else none).replace("%1", name))
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
        self.message.hint(translate("SettingsCatalogues", "Asking %1…").replace("%1", self.spec.name))
        self.test_button.setEnabled(False)
        self.service.test_key(key, self._tested, catalogue=self.spec.key)

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
        self.tasks.run(lambda: self.secrets.set(self.spec.key, key), name="save catalogue key",
                       on_success=self._saved, on_failure=self._not_saved)  # fmt: skip

    def _saved(self, place: str) -> None:
        self.key.clear()
        said = translate("SettingsCatalogues", "Saved %1. %2 is now searched too.")
        self.message.ok(said.replace("%1", _kept(place == "session")).replace("%2", self.spec.name))
        self.service.reload_key()
        self._check_keyring()

    def _not_saved(self, error: BaseException) -> None:
        self._key_edited()
        if isinstance(error, KeyringUnavailableError):
            self.message.error(str(error))
        else:
            said = translate("SettingsCatalogues", "The key could not be saved (%1)")
            self.message.error(said.replace("%1", type(error).__name__))

    def forget(self) -> None:
        self.tasks.run(lambda: self.secrets.forget(self.spec.key), name="forget catalogue key",
                       on_success=self._forgotten, on_failure=self._not_saved)  # fmt: skip

    def _forgotten(self, _result: object) -> None:
        said = translate("SettingsCatalogues", "The %1 key is forgotten; %1 is not searched now.")
        self.message.ok(said.replace("%1", self.spec.name))
        self.service.reload_key()
        self._check_keyring()

    def use_session_only(self) -> None:
        self.secrets.use_session_only()
        self.usable = True
        self.no_keyring.hide()
        self.session_button.hide()
        self.message.hint(
            translate("SettingsCatalogues", "The key will be kept in memory until Cliffhanger quits.")
        )
        self._key_edited()
        self._check_keyring()
