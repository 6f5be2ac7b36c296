"""Reusable widgets and item delegates."""
