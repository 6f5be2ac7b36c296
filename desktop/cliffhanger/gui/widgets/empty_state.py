"""What the watchlist shows before it holds anything: a friendly invitation to add the first show."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cliffhanger.i18n import translate


class EmptyState(QWidget):
    """A centred icon, a heading, a line of explanation and an "Add a show" button.

    Signals:
        add_requested: the button was pressed.
    """

    add_requested = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName(translate("EmptyState", "Your watchlist is empty"))
        picture = QLabel()
        picture.setPixmap(icon.pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel(translate("EmptyState", "Your watchlist is empty"))
        self.heading.setProperty("role", "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = QLabel(
            translate(
                "EmptyState",
                "Add a show or a film you are waiting for. Cliffhanger keeps track of where it stands "
                "and when it is expected, and reminds you when it comes out.",
            )
        )
        blurb.setProperty("role", "subtle")
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb.setMaximumWidth(420)
        self.button = QPushButton(translate("EmptyState", "Add your first show…"))
        self.button.setProperty("primary", True)
        self.button.clicked.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(picture)
        layout.addSpacing(8)
        layout.addWidget(self.heading)
        centred = QHBoxLayout()  # not an aligned item: those get their size hint, too short for wrapped text
        centred.addStretch(1)
        centred.addWidget(blurb, 4)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
