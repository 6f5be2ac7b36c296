"""Moving a watchlist in and out: imports from other services' exports, Cliffhanger's own backups,
CSV and iCalendar exports, and the daily automatic backup. No Qt here; the GUI and CLI both call in."""
