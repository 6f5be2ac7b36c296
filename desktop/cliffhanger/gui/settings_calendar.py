"""The Settings page for the user's own calendar: connect a CalDAV account, pick or create its calendar, see
how the sync stands, sync now or disconnect.

The password goes to the system keyring through `SecretStore` and nowhere else (with no keyring, only for
this session, when the user asks for that). It is cleared from the field once connected and never shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cliffhanger import paths
from cliffhanger.calsync.client import CalendarInfo
from cliffhanger.calsync.sync import DEFAULT_CALENDAR, CalendarSync
from cliffhanger.i18n import QT_TRANSLATE_NOOP, translate
from cliffhanger.secrets import SecretStore
from cliffhanger.tasks import TaskRunner

from .calendar_control import CalendarControl, CalendarView
from .dialogs.form import FieldMessage
from .refresh_control import clock_time
from .widgets.labels import plain_label

EXAMPLE_SERVER = "https://cloud.example.org/remote.php/dav"  # an address, the same in every language
NEW = QT_TRANSLATE_NOOP("SettingsCalendar", "New calendar “%1”")


def _new() -> str:
    """The choice that makes a calendar of the app's own name."""
    return translate("SettingsCalendar", NEW).replace("%1", DEFAULT_CALENDAR)


def _label(text: str = "", role: str | None = None) -> QLabel:
    return plain_label(text, role, wrap=True)


def _kept(session_only: bool) -> str:
    if session_only:
        return translate("SettingsCalendar", "for this session only")
    return translate("SettingsCalendar", "in the system keyring")


class CalendarPage(QWidget):
    """Connect, pick a calendar, sync now, disconnect; the state follows `CalendarControl.changed`."""

    def __init__(
        self, control: CalendarControl, secrets: SecretStore, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.control, self.secrets, self.tasks = control, secrets, tasks
        self.calendar: CalendarSync = control.calendar
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(_label(translate("SettingsCalendar", "CalDAV calendar").upper(), "section"))
        layout.addWidget(_label(translate(
            "SettingsCalendar",
            "Release dates and reminders in your own calendar (Nextcloud, Fastmail, iCloud, mailbox.org, "
            "Radicale…), so every device that syncs with it shows them and rings their alarms. Use an app "
            "password where your provider offers one."), "subtle"))  # fmt: skip
        self._build_account(layout)
        layout.addWidget(_label(translate("SettingsCalendar", "Status").upper(), "section"))
        self._build_status(layout)
        layout.addWidget(_label(translate("SettingsCalendar", "Subscribe instead").upper(), "section"))
        subscribe = translate(
            "SettingsCalendar",
            "Calendar apps can also subscribe to %1, rewritten after every change (read-only).",
        )
        layout.addWidget(_label(subscribe.replace("%1", str(paths.data_dir() / "calendar.ics")), "subtle"))
        layout.addStretch(1)
        control.changed.connect(self.show_view)
        self.show_view(control.view)
        self._check_keyring()

    def _build_account(self, layout: QVBoxLayout) -> None:
        self.server = QLineEdit()
        self.server.setPlaceholderText(EXAMPLE_SERVER)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("SettingsCalendar", "App password"))
        self.choice = QComboBox()
        self.choice.addItem(_new(), "")
        self.find_button = QPushButton(translate("SettingsCalendar", "Find calendars"))
        self.connect_button = QPushButton(translate("SettingsCalendar", "Connect"))
        self.connect_button.setProperty("primary", True)
        self.find_button.clicked.connect(self.find_calendars)
        self.connect_button.clicked.connect(self.connect_account)
        for field in (self.server, self.user, self.password):
            field.textChanged.connect(self._edited)
        form = QFormLayout()
        form.addRow(translate("SettingsCalendar", "Server"), self.server)
        form.addRow(translate("SettingsCalendar", "User name"), self.user)
        form.addRow(translate("SettingsCalendar", "Password"), self.password)
        form.addRow(translate("SettingsCalendar", "Calendar"), self.choice)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.connect_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.no_keyring = _label("")
        self.session_button = QPushButton(translate("SettingsCalendar", "Use for this session only"))
        self.session_button.clicked.connect(self.use_session_only)
        layout.addWidget(self.no_keyring)
        layout.addWidget(self.session_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.no_keyring.hide()
        self.session_button.hide()
        self._edited()

    def _build_status(self, layout: QVBoxLayout) -> None:
        self.state = _label(translate("SettingsCalendar", "No calendar is connected."))
        self.state.setObjectName("calendarState")
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.owned = _label(translate(
            "SettingsCalendar",
            "One way: Cliffhanger owns these events, and edits made to them on the server or a phone are "
            "overwritten at the next change."), "subtle")  # fmt: skip
        self.sync_button = QPushButton(translate("SettingsCalendar", "Sync now"))
        self.disconnect_button = QPushButton(translate("SettingsCalendar", "Disconnect"))
        self.sync_button.clicked.connect(self.control.sync_now)
        self.disconnect_button.clicked.connect(self.disconnect_account)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.disconnect_button)
        row.addStretch(1)
        for item in (self.state, row, self.owned):
            layout.addLayout(item) if isinstance(item, QHBoxLayout) else layout.addWidget(item)

    # -- keyring ------------------------------------------------------------------------------------
    def _check_keyring(self) -> None:
        self.tasks.run(
            lambda: self.secrets.unusable_reason, name="look at the keyring", on_success=self._keyring
        )

    def _keyring(self, reason: str | None) -> None:
        missing = reason is not None and not self.secrets.session_only
        self.no_keyring.setText(translate(
            "SettingsCalendar",
            "No system keyring is available, so the calendar password can't be kept. You can use it for "
            "this session only; the app forgets it when it quits.") if missing else "")  # fmt: skip
        self.no_keyring.setVisible(missing)
        self.session_button.setVisible(missing)
        self.keyring_missing = missing
        self._edited()

    def use_session_only(self) -> None:
        self.secrets.use_session_only()
        self._keyring(None)

    # -- actions ------------------------------------------------------------------------------------
    def _fields(self) -> tuple[str, str, str]:
        return self.server.text().strip(), self.user.text().strip(), self.password.text()

    def _edited(self) -> None:
        url, user, password = self._fields()
        ready = bool(url and user and password)
        self.find_button.setEnabled(ready)
        self.connect_button.setEnabled(ready and not getattr(self, "keyring_missing", False))

    def _busy(self, text: str) -> None:
        self.message.hint(text)
        self.find_button.setEnabled(False)
        self.connect_button.setEnabled(False)

    def _fail(self, error: BaseException) -> None:
        self.message.error(str(error))
        self._edited()

    def find_calendars(self) -> None:
        url, user, password = self._fields()
        self._busy(translate("SettingsCalendar", "Looking for calendars…"))
        work = lambda: self.calendar.discover(url, user, password)  # noqa: E731
        self.tasks.run(work, name="find calendars", on_success=self._found, on_failure=self._fail)

    def _found(self, calendars: list[CalendarInfo]) -> None:
        self.choice.clear()
        for info in calendars:
            self.choice.addItem(info.name, info.url)
        if not any(info.name == DEFAULT_CALENDAR for info in calendars):
            self.choice.addItem(_new(), "")
        named = self.choice.findText(DEFAULT_CALENDAR)
        self.choice.setCurrentIndex(max(0, named))
        count = len(calendars)
        self.message.hint(
            translate("SettingsCalendar", "Found %n calendar(s). Choose one and connect.", None, count)
        )
        self._edited()

    def connect_account(self) -> None:
        url, user, password = self._fields()
        chosen = str(self.choice.currentData() or "")
        self._busy(translate("SettingsCalendar", "Connecting…"))
        work = lambda: self.calendar.connect(url, user, password, calendar=chosen)  # noqa: E731
        self.tasks.run(work, name="connect calendar", on_success=self._connected, on_failure=self._fail)

    def _connected(self, _account: object) -> None:
        self.password.clear()
        said = translate("SettingsCalendar", "Connected. The password is kept %1.")
        self.message.ok(said.replace("%1", _kept(self.secrets.session_only)))
        self.control.reload(then=self.control.sync_now)

    def disconnect_account(self) -> None:
        self.tasks.run(
            self.calendar.disconnect, name="disconnect calendar", on_success=lambda _: self._gone()
        )

    def _gone(self) -> None:
        self.message.hint(
            translate("SettingsCalendar", "Disconnected; the events already on the server stay there.")
        )
        self.control.reload()

    def show_view(self, view: CalendarView) -> None:
        account = view.status.account
        connected = account.connected
        if connected:
            self.state.setText("\n".join(_state_lines(view)))
            if not self.server.text():
                self.server.setText(account.server_url)
                self.user.setText(account.username)
            if self.choice.findData(account.calendar_url) < 0:
                self.choice.insertItem(0, account.calendar_name, account.calendar_url)
            self.choice.setCurrentIndex(self.choice.findData(account.calendar_url))
        else:
            self.state.setText(translate("SettingsCalendar", "No calendar is connected."))
        self.sync_button.setEnabled(connected and not view.running)
        self.disconnect_button.setEnabled(connected)


def _state_lines(view: CalendarView) -> list[str]:
    """How a connected calendar stands, a line each: where, when last synced, what went wrong."""
    account, status = view.status.account, view.status
    where = translate("SettingsCalendar", "Connected to “%1” at %2 as %3.")
    where = where.replace("%1", account.calendar_name).replace("%2", account.server_url)
    synced = translate("SettingsCalendar", "Last synced: %1. Waiting to be sent: %2.")
    synced = synced.replace("%1", clock_time(account.synced_at)).replace("%2", str(status.pending))
    lines = [where.replace("%3", account.username), synced]
    if view.running:
        lines.append(translate("SettingsCalendar", "Syncing now…"))
    elif account.last_error:
        lines.append(translate("SettingsCalendar", "Last attempt: %1").replace("%1", account.last_error))
    if not status.password_stored:
        lines.append(translate("SettingsCalendar", "The password is not in the keyring: connect again."))
    return lines
