"""Qt item models over the watchlist."""
