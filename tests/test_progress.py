"""The progress bar on stderr (redactor.cli.common.progress_bar): when it shows, what it says."""

from __future__ import annotations

import io
import re
import time

from rich.console import Console

from redactor.cli import common


def _terminal(monkeypatch) -> io.StringIO:
    screen = io.StringIO()
    monkeypatch.setattr(common, "err", Console(file=screen, force_terminal=True, width=100))
    return screen


def test_quiet_or_not_a_terminal_means_no_bar(monkeypatch):
    with common.progress_bar("scanning") as update:  # pytest's stderr is not a terminal
        assert update is None
    _terminal(monkeypatch)
    with common.progress_bar("scanning", quiet=True) as update:
        assert update is None


def test_a_short_run_stays_silent(monkeypatch):
    screen = _terminal(monkeypatch)
    with common.progress_bar("scanning") as update:
        update(1, 1, 2000)
    assert screen.getvalue() == ""


def test_a_long_run_shows_files_words_per_second_and_time_left(monkeypatch):
    screen = _terminal(monkeypatch)
    monkeypatch.setattr(common, "PROGRESS_AFTER_SECONDS", 0.0)
    with common.progress_bar("scanning") as update:
        update(16, 200, 8000)
        time.sleep(0.2)  # Rich estimates the time left from the rate between two updates
        update(32, 200, 16000)
    shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue())
    assert re.search(r"32/200 files [\d,]+ words/s \d+:\d\d:\d\d", shown), shown[-200:]
