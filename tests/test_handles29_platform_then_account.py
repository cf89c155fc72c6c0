"""A name the model ran back into the platform said before it with a comma ("or on Facebook,
Sione Fifita Kolonga", "Or on Facebook, Chimgee Boxing") is the account's name alone
(redactor.detect.filters): the platform is a public name and stays in the clear, the name is
found as the account's name (a HANDLE of its own: "Sione Fifita Kolonga" there is a page's name,
not the person named so elsewhere).  A span whose first word is no platform before the comma
is left to the other filters."""

from __future__ import annotations

import pytest


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start:f.end]) for f in redactor.scan(text)]


@pytest.mark.parametrize("text, name", [
    ("**A:** 021 884 3076, or on Facebook, Sione Fifita Kolonga. My bank account here is different.\n",
     "Sione Fifita Kolonga"),
    ("BOXER: 8804 3391. Or on Facebook, Chimgee Boxing.\n", "Chimgee Boxing"),
])
def test_the_platform_before_an_accounts_name_stays_in_the_clear(redactor_default, text, name):
    found = _found(redactor_default, text)
    assert ("HANDLE", name) in found
    assert not any("Facebook" in span for _, span in found)


def test_the_platform_then_name_filter():
    from redactor.detect.filters import _PLATFORM_THEN_NAME, _is_platform

    found = _PLATFORM_THEN_NAME.fullmatch("Facebook, Chimgee Boxing")
    assert found is not None and found["name"] == "Chimgee Boxing" and _is_platform(found["platform"])
    assert _is_platform("kakao") and _is_platform("LINE") and not _is_platform("line")
    assert not _is_platform("Paris") and not _is_platform("Google")


@pytest.mark.parametrize("text, kept", [
    # a list of public firms after a platform is no account's name (VoxPopuli cased)
    ("However, we currently operate under a legal regime that was created before Twitter, Uber and "
     "Amazon were twinkles in any billionaire's eye.", "Uber"),
])
def test_a_kept_name_after_a_platform_and_a_comma_is_no_account(redactor_default, text, kept):
    assert not any(kept in span for _, span in _found(redactor_default, text))
