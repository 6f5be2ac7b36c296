"""Cliffhanger: a desktop watchlist that tracks when the shows and films you wait for come out."""

__version__ = "0.1.0"
APP_NAME = "Cliffhanger"
APP_ID = "cliffhanger"
DESKTOP_ID = "io.github.cliffhanger.Cliffhanger"  # the installed .desktop file, icon and metainfo id
