"""`cliffhanger` decides between the CLI and the app from its first argument."""


def test_the_entry_point_tells_the_cli_from_the_app():
    from cliffhanger.__main__ import is_cli_call

    assert not is_cli_call([]) and not is_cli_call(["--minimized"]) and not is_cli_call(["-platform", "xcb"])
    assert is_cli_call(["list"]) and is_cli_call(["--help"]) and is_cli_call(["--version"])
    assert is_cli_call(["lsit"])  # a typo goes to the CLI, which says what the commands are
