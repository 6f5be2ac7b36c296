"""Keeping the watchlist in step with online catalogues: search, add, link and refresh."""
