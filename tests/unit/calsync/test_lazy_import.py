"""The app with no calendar connected never loads `caldav`: it comes in with the first server contacted."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import cliffhanger.calsync.sync, cliffhanger.calsync.push, cliffhanger.wiring.calendar_unit
import cliffhanger.gui.calendar_control, cliffhanger.gui.settings_calendar
print('caldav' in sys.modules)
from cliffhanger.calsync.client import CalDavServer
CalDavServer('http://127.0.0.1:9/dav/', 'user', 'secret').close()
print('caldav' in sys.modules)
"""


def test_caldav_is_imported_only_once_a_server_is_made():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
