"""Dialogs for adding and editing titles and for recording what is known about them."""
