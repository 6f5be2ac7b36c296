"""`cliffhanger` decides between the CLI and the app from its first argument."""


def test_the_entry_point_tells_the_cli_from_the_app():
    from cliffhanger.__main__ import is_cli_call

    assert not is_cli_call([]) and not is_cli_call(["--minimized"]) and not is_cli_call(["-platform", "xcb"])
    assert is_cli_call(["list"]) and is_cli_call(["--help"]) and is_cli_call(["--version"])
    assert is_cli_call(["lsit"])  # a typo goes to the CLI, which says what the commands are


def test_without_a_desktop_session_the_app_says_so_instead_of_crashing():
    from support.cli import run_cli

    done = run_cli(env={"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None})
    assert done.returncode == 1
    assert "no desktop session" in done.stderr and "cliffhanger --help" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
