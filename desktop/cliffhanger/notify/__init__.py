"""Desktop notifications: a `Notifier` protocol, its adapters, and an ordered fallback between them."""
