"""Write how many inputs the bad-input tests tried, for benchmarks/reliability.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.input.strategies import inputs_tried

COUNT_FILE = "SAMVERKAN_INPUTS_COUNT"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get(COUNT_FILE)
    if target:
        Path(target).write_text(f"{inputs_tried()}\n", encoding="utf-8")
