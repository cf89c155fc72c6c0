"""Every currency sign of Unicode is kept in the user's cache for the next process
(redactor.lexicon.money): the kept string is the one the lookup of every character makes, and a
damaged or foreign file is not used."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from redactor.lexicon import money
from redactor.project.files import keep_cached, read_cached, user_cache_file


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _kept_path() -> Path:
    return user_cache_file("currency-signs", money.__file__, unicodedata.unidata_version)


def test_the_signs_are_kept_and_read_back(fresh_cache: Path) -> None:
    signs = money._currency_signs()
    assert signs == money.CURRENCY_SIGNS == money._unicode_signs()
    assert read_cached(_kept_path()) == signs
    # Signs of many scripts, and no cent sign nor the generic one (they follow cents).
    assert all(sign in signs for sign in "$€£¥₹₺৳₪៛؋₵₦")
    assert not any(sign in signs for sign in "¢¤￠")
    assert money._currency_signs() == signs


@pytest.mark.parametrize("damaged", ["", "abc", "$€x", 12, ["$"]])
def test_a_damaged_kept_file_is_not_used(fresh_cache: Path, damaged: object) -> None:
    keep_cached(_kept_path(), damaged)
    assert money._currency_signs() == money._unicode_signs()
    assert read_cached(_kept_path()) == money._unicode_signs()


def test_a_file_that_is_no_table_is_not_used(fresh_cache: Path) -> None:
    path = _kept_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    assert money._currency_signs() == money._unicode_signs()
