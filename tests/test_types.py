"""The package type-checks: ``mypy redactor`` (settings in pyproject.toml) reports no error.

Two areas are being reworked on other branches (issue 12's formats, the review page); their
errors are left to that work and are the only ones tolerated here.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

REWORKED_ELSEWHERE = ("redactor/formats/", "redactor/report/html.py")


def test_mypy_finds_no_type_error():
    done = subprocess.run([sys.executable, "-m", "mypy", "redactor"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    errors = [line for line in done.stdout.splitlines()
              if ": error:" in line and not line.startswith(REWORKED_ELSEWHERE)]
    assert errors == []
    assert "Success" in done.stdout or "Found" in done.stdout, done.stderr[-500:]  # mypy ran
