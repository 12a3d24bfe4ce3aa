"""The `inputs` figures of benchmarks/reliability.py: how many bad inputs were tried,
and whether each was stored exactly or refused whole.

Runs the bad-input tests (tests/input/) in a child pytest, which counts every
hypothesis example and every malformed file it pushes through a service and
writes the count to the file named by SAMVERKAN_INPUTS_COUNT
(tests/input/conftest.py). A failing test (a defect not yet known as xfail)
shows as `input_problems`, whose target is 0.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure  # noqa: E402  (beside this script, as reliability.py has it)


@dataclass(frozen=True)
class InputRun:
    tried: int
    passed: bool
    summary: str  # pytest's last line


def run_input_tests(*, timeout: float = 900.0) -> InputRun:
    """Run tests/input in a child pytest and return how many inputs it tried."""
    with tempfile.TemporaryDirectory(prefix="samverkan-inputs-") as folder:
        count_file = Path(folder) / "count"
        env = {**os.environ, "SAMVERKAN_INPUTS_COUNT": str(count_file)}
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/input"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        lines = run.stdout.strip().splitlines()
        tried = int(count_file.read_text(encoding="utf-8")) if count_file.exists() else 0
        return InputRun(tried, run.returncode == 0, lines[-1] if lines else run.stderr[-300:])


def inputs_tried() -> int:
    """How many inputs the bad-input tests tried (RuntimeError when one failed)."""
    run = run_input_tests()
    if not run.passed:
        raise RuntimeError(f"the bad-input tests failed: {run.summary}")
    return run.tried


def input_figures(args: argparse.Namespace | None = None) -> list[Figure]:
    """A FIGURE_SOURCE of benchmarks/reliability.py."""
    run = run_input_tests()
    return [
        Figure(
            "inputs_tried",
            run.tried,
            "",
            None,
            "texts, edge dates, malformed CSV and vCard files through every service "
            f"(tests/input: {run.summary})",
        ),
        # Must be 0: an input neither stored exactly nor refused whole fails a test.
        Figure(
            "input_problems", 0 if run.passed else 1, "", 0.0, "" if run.passed else run.summary
        ),
    ]


if __name__ == "__main__":
    print(inputs_tried())
