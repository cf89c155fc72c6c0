import os
import stat
import time

import pytest

from redactor.errors import ExitCode, RedactorError
from redactor.ci.gate import load_baseline, save_baseline, Baseline, BaselineEntry
from redactor.ci.watchlist import key_check
from redactor.project.files import read_json, read_stamped_json, write_atomic


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_private_files_are_0600_and_replace_atomically(tmp_path):
    target = tmp_path / "deep" / "vault"
    write_atomic(target, b"one", private=True)
    write_atomic(target, b"two", private=True)
    assert target.read_bytes() == b"two" and mode(target) == 0o600
    # No temporary file is left behind.
    assert [p.name for p in target.parent.iterdir()] == ["vault"]


def test_ordinary_files_follow_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "out.txt", b"x")
    finally:
        os.umask(old)
    assert mode(tmp_path / "out.txt") == 0o644


def test_exclusive_never_replaces(tmp_path):
    target = tmp_path / "redactor.yaml"
    write_atomic(target, b"first", exclusive=True)
    with pytest.raises(RedactorError, match="already exists"):
        write_atomic(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"


def test_read_json_errors_name_file_and_line(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text('{\n  "a": 1,\n  oops\n}', encoding="utf-8")
    with pytest.raises(RedactorError) as info:
        read_json(path, "baseline")
    assert info.value.exit_code == ExitCode.USAGE
    assert info.value.message == f"{path}:3: the baseline is not valid JSON"
    with pytest.raises(RedactorError, match="cannot read the baseline"):
        read_json(tmp_path / "missing.json", "baseline")


def test_a_stamped_file_is_built_only_under_its_own_kind_and_version(tmp_path):
    path = tmp_path / "list.json"
    path.write_text('{"kind": "redactor-list", "version": 2, "items": ["a", "b"]}', encoding="utf-8")
    assert read_stamped_json(path, "list", "redactor-list", 2, lambda d: tuple(d["items"]),
                             "make it again") == ("a", "b")
    for kind, version, build in [("redactor-other", 2, dict), ("redactor-list", 1, dict),
                                 ("redactor-list", 2, lambda d: d["missing"])]:
        with pytest.raises(RedactorError) as caught:
            read_stamped_json(path, "list", kind, version, build, "make it again")
        assert caught.value.exit_code == ExitCode.USAGE
        assert caught.value.message == f"{path}: not a redactor list (version {version}); make it again"


def test_a_baseline_round_trips_and_a_damaged_one_says_how_to_recreate_it(tmp_path):
    key = b"k" * 32
    path = tmp_path / "baseline.json"
    baseline = Baseline(key_check(key), frozenset({BaselineEntry("a.txt", "PERSON", "f1")}))
    save_baseline(path, baseline)
    assert load_baseline(path, key) == baseline
    path.write_text(path.read_text(encoding="utf-8").replace('"entries"', '"entry"'), encoding="utf-8")
    with pytest.raises(RedactorError) as caught:
        load_baseline(path, key)
    assert caught.value.exit_code == ExitCode.USAGE
    assert "not a redactor baseline" in caught.value.message
    assert "redactor check --update-baseline" in caught.value.message


def test_a_new_cache_file_removes_its_kinds_files_unused_for_a_month(tmp_path, monkeypatch):
    from redactor.project.files import STALE_CACHE_DAYS, keep_cached, read_cached, user_cache_file

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "redactor"
    folder.mkdir()
    long_ago = time.time() - (STALE_CACHE_DAYS + 1) * 86400
    old = folder / "patterns-0000000000000000.marshal"  # an older version's table
    recent = folder / "patterns-1111111111111111.marshal"  # another install, used last week
    other_kind = folder / "public-places-2222222222222222.marshal"
    for path in (old, recent, other_kind):
        path.write_bytes(b"x")
    for path in (old, other_kind):
        os.utime(path, (long_ago, long_ago))
    last_week = time.time() - 7 * 86400
    os.utime(recent, (last_week, last_week))

    path = user_cache_file("patterns", __file__, "1")
    keep_cached(path, {"a": 1})
    assert read_cached(path) == {"a": 1}
    assert not old.exists()
    assert recent.exists() and other_kind.exists()  # recently used, or another kind's: kept
