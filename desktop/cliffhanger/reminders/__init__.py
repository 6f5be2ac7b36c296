"""Reminders: the pure planner (what is due, when to wake next) and the service that delivers them."""
