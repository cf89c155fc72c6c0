"""The package type-checks: ``mypy redactor`` (settings in pyproject.toml, no per-module
override) reports no error, in any module.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_finds_no_type_error():
    done = subprocess.run([sys.executable, "-m", "mypy", "redactor"], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert errors == []
    assert "Success" in done.stdout, done.stdout[-500:] + done.stderr[-500:]  # mypy ran


def test_mypy_settings_ignore_no_module():
    settings = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "[[tool.mypy.overrides]]" not in settings
