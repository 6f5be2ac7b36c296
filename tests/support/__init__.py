"""Helpers shared by the test suite: real processes, the CLI and the GUI app as subprocesses."""
