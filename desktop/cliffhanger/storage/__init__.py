"""Local storage: the SQLite database, its tables and migrations, and the functions that read and write it."""
