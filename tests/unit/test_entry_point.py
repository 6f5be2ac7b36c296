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


def test_each_command_is_found_in_the_module_that_registers_it():
    import argparse
    import importlib

    from cliffhanger.cli import COMMAND_MODULES, COMMANDS

    registered = {}
    for name in COMMAND_MODULES:
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"cliffhanger.cli.{name}").register(subparsers)
        registered.update(dict.fromkeys(subparsers.choices, name))
    assert registered == COMMANDS


def test_list_and_show_read_a_current_file_without_the_orm(tmp_path):
    import json
    import subprocess
    import sys

    from support.cli import run_cli

    assert run_cli("add", "Arcane", "--season", "2").returncode == 0  # creates and migrates the file
    assert run_cli("expect", "Arcane", "November 2024").returncode == 0
    probe = (
        "import sys; from cliffhanger.cli import run; code = run(sys.argv[1:]); "
        "sys.stdout.flush(); print('ORM' if 'sqlalchemy' in sys.modules else 'plain', file=sys.stderr); "
        "sys.exit(code)"
    )
    for args in (["list", "--json"], ["show", "arcane", "--json"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
        assert done.stderr.strip() == "plain"
        shown = json.loads(done.stdout)
        first = shown[0] if isinstance(shown, list) else shown
        assert first["title"] == "Arcane"
    listed = json.loads(run_cli("list", "--json").stdout)
    assert listed[0]["expected"]["text"] == "November 2024"
