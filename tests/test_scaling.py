"""The window at 125 % and 150 % scaling (Windows' usual settings for laptops).

Qt reads the scale factor once, at start-up, so each factor gets a process of
its own: the self-test (app/selftest.py) paints every page and dialog of the
main window offscreen and exits 0 only when all of them worked. That the main
window's smallest size fits a laptop's screen at 150 % is tested among the UI
tests (tests/ui/test_keyboard.py), which keep the window's settings away from
the user's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("factor", ["1.25", "1.5"])
def test_the_self_test_passes_scaled(tmp_path: Path, factor: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR=factor,
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        LOCALAPPDATA=str(tmp_path / "data"),
        SAMVERKAN_DATABASE=str(tmp_path / "data" / "samverkan.db"),
    )
    done = subprocess.run(
        [sys.executable, "main.py", "self-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )
    out = done.stdout.decode()
    assert done.returncode == 0, out + done.stderr.decode()
    assert "ok   pages: " in out and "ok   dialogs: " in out
