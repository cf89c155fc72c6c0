"""The ``re`` patterns the command line's imports compile are kept from one run for the next
(redactor.project.kept_re): each one rebuilt is the pattern ``re`` compiles, and only what is
compiled while the window is open is ever kept."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]

import pytest

from redactor.lexicon import longest_first
from redactor.project import kept_re
from redactor.project.files import read_cached

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = [
    (r"(?P<street>\d{1,4})[^\S\n]+(?P<name>[A-Z][a-z]+)[^\S\n]+(?:Road|Lane)\b", 0),
    (r"(?<![\w'’-])(?:north|south)[^\S\n]+depot(?![\w'’-])", int(re.IGNORECASE)),
    (r"""
        (?P<area>\(?\d{3}\)?)   # the area code
        [-.\s]?(?P<line>\d{4})
     """, int(re.VERBOSE)),
    (r"^(?:ward|wing)\s+(\d+)$", int(re.IGNORECASE | re.MULTILINE)),
    (r"(a)(b)?(?(2)c|d)(?:e|f)*?", 0),
    (rb"[\x00-\x1f]+(?P<tail>\w*)", 0),
]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _kept_table() -> list:
    table = read_cached(kept_re._cache_file())
    assert isinstance(table, list)
    return table


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_rebuilt_pattern_is_the_one_re_compiles(pattern: str | bytes, flags: int) -> None:
    entry = kept_re.kept_form(pattern, flags)
    assert entry is not None
    rebuilt = kept_re.rebuilt(entry)
    compiled = _compiler.compile(pattern, flags)  # not from re's cache
    assert rebuilt == compiled  # same pattern, flags and engine code
    assert (rebuilt.groups, dict(rebuilt.groupindex), rebuilt.flags) == (
        compiled.groups, dict(compiled.groupindex), compiled.flags)


def test_a_damaged_kept_form_is_not_used() -> None:
    entry = kept_re.kept_form(r"(?P<x>\d+)-(?P=x)", 0)
    assert entry is not None
    damaged = (*entry[:3], b"\xff\xff\xff\xff" * 3, *entry[4:])
    assert kept_re.rebuilt(damaged) is None


def _unique_patterns(tag: str, count: int) -> list[str]:
    return [rf"(?<!\w){tag}{n}-(?P<n>\d+)(?!\w)" for n in range(count)]


def test_what_the_window_compiled_is_rebuilt_next_time(fresh_cache: Path) -> None:
    patterns = _unique_patterns("kestrel", kept_re._CHURN + 5)
    before = re.compile(r"(?<!\w)heron-(?P<n>\d+)(?!\w)")  # compiled before the window: not kept
    window = kept_re.ImportWindow()
    window.open()
    first = [re.compile(p, re.IGNORECASE) for p in patterns]
    window.close()
    after = re.compile(r"(?<!\w)osprey-(?P<n>\d+)(?!\w)")  # compiled after it: not kept
    kept = {(entry[0], entry[1]) for entry in _kept_table()}
    assert {(p, int(re.IGNORECASE)) for p in patterns} <= kept
    assert (before.pattern, 0) not in kept and (after.pattern, 0) not in kept

    again = kept_re.ImportWindow()
    again.open()
    second = [re.compile(p, re.IGNORECASE) for p in patterns]
    again.close()
    assert second == first
    assert len(again._used) == len(patterns) and not again._new  # none parsed again
    assert [m.group("n") for m in (c.search("a KESTREL3-42 b") for c in second) if m] == ["42"]


def test_a_damaged_table_is_ignored(fresh_cache: Path) -> None:
    path = kept_re._cache_file()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a table")
    window = kept_re.ImportWindow()
    window.open()
    compiled = re.compile(r"(?<!\w)plover-(\d+)")
    window.close()
    assert compiled.search("a plover-7").group(1) == "7"


def test_every_pattern_the_commands_import_is_rebuilt_as_re_compiles_it(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", "import redactor.cli"], env=env, cwd=tmp_path, check=True)
    # "re-" and the digest: not "re-spoken-" nor "re-model-" (the priming child's detector makes those)
    files = list((tmp_path / "cache" / "redactor").glob("re-[0-9a-f]*.marshal"))
    assert len(files) == 1
    table = read_cached(files[0])
    assert isinstance(table, list) and len(table) > 300
    for entry in table:
        assert kept_re.rebuilt(entry) == _compiler.compile(entry[0], entry[1])


def test_a_second_process_parses_no_pattern_again(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    count = ("import re\nfrom re import _compiler\nmade = []\noriginal = _compiler.compile\n"
             "def compile(p, flags=0):\n    made.append(p)\n    return original(p, flags)\n"
             "_compiler.compile = compile\nimport redactor.cli\nprint(len(made))\n")
    subprocess.run([sys.executable, "-c", "import redactor.cli"], env=env, cwd=tmp_path, check=True)
    done = subprocess.run([sys.executable, "-c", count], env=env, cwd=tmp_path, check=True,
                          capture_output=True, text=True)
    # A few are made before the window opens (the cache's own imports) or anew in every process.
    assert int(done.stdout) < 20


def test_longest_first_is_the_same_whatever_the_set_order() -> None:
    words = frozenset("ward wing bay unit hall gate zone".split())
    assert longest_first(words) == ["gate", "hall", "unit", "ward", "wing", "zone", "bay"]
    assert longest_first(reversed(longest_first(words))) == longest_first(words)


def test_a_run_that_compiles_part_of_the_table_keeps_the_rest(fresh_cache: Path) -> None:
    patterns = _unique_patterns("curlew", kept_re._CHURN + 5)
    window = kept_re.ImportWindow()
    window.open()
    for p in patterns:
        re.compile(p)
    window.close()
    part = kept_re.ImportWindow()
    part.open()
    re.compile(patterns[0])
    more = [re.compile(p) for p in _unique_patterns("dunlin", kept_re._CHURN + 1)]
    part.close()
    kept = {entry[0] for entry in _kept_table()}
    assert set(patterns) <= kept and {m.pattern for m in more} <= kept


def _in_window(patterns: list[str]) -> tuple[kept_re.ImportWindow, list[re.Pattern[str]]]:
    """The patterns compiled while a window is open, and the window, closed."""
    window = kept_re.ImportWindow()
    window.open()
    compiled = [re.compile(p) for p in patterns]
    window.close()
    return window, compiled


def _long_patterns(tag: str, count: int, width: int) -> list[str]:
    """Alternations of made-up words as a pack's or a vocabulary's are, ``width`` characters or more."""
    words = [f"{tag}{n:04d}" for n in range(width // 10 + 1)]
    return [rf"(?<![\w'’-])(?:{'|'.join(words)})-{n}(?![\w'’-])" for n in range(count)]


def test_a_few_long_patterns_compiled_anew_are_kept(fresh_cache: Path) -> None:
    """A release that changes fewer patterns than ``_CHURN`` with this module unchanged (the
    table's name): its long alternations are kept once, not parsed again in every process."""
    patterns = _long_patterns("godwit", 3, kept_re._CHURN_CHARS // 2)
    _, first = _in_window(patterns)
    again, second = _in_window(patterns)
    assert second == first and not again._new
    assert [m.group() for m in (c.search("at godwit0007-1 and godwit0007-2") for c in second) if m] == [
        "godwit0007-1", "godwit0007-2"]


def test_a_few_short_patterns_compiled_anew_do_not_write_the_table_again(fresh_cache: Path) -> None:
    """One or two short patterns of a developer's edit (or the standard library's tokenizer,
    made anew in every process) are let go: the table is not written in every run."""
    patterns = _unique_patterns("sanderling", kept_re._CHURN + 1)
    _in_window(patterns)
    written = kept_re._cache_file().stat().st_mtime_ns
    _in_window([*patterns, _long_patterns("knot", 1, kept_re._CHURN_CHARS // 4)[0]])
    assert kept_re._cache_file().stat().st_mtime_ns == written
