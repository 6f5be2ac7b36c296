"""Release dates and reminders in the user's own calendar over CalDAV (Qt-free)."""
