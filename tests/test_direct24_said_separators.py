"""A code's separator said aloud before a group of it: the group after a break ("... [inaudible]
dash two six") is the code's, from the separator word on, even where a name's rule took the
separator for a given name ("Dash"); a separator after a word ("a dash of milk") or far from any
code starts nothing (redactor.detect.said_separators)."""

from __future__ import annotations

import pytest

from redactor.detect.said_separators import said_separators
from redactor.model import Mention
from tests.scan_helpers import CODE_TYPES


def _mention(text: str, value: str, kind: str = "ID_NUMBER", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Mention(start=start, end=start + len(value), entity_type=kind, score=0.6, detector="test", text=value)


def test_a_group_found_after_its_separator_starts_at_the_separator():
    text = "my docket reads r k two zero one nine [inaudible] dash three three. thanks"
    out = said_separators(text, [_mention(text, "r k two zero one nine"), _mention(text, "three three")])
    assert ("dash three three", text.index("dash three three")) in {(m.text, m.start) for m in out}


def test_a_group_after_a_separator_near_a_code_is_that_code():
    text = "the tickets run h q one two one two dash zero two to dash zero six\nand the rest"
    code = _mention(text, "h q one two one two dash zero two")
    guessed = _mention(text, "dash zero", "PERSON", nth=1)
    out = said_separators(text, [code, guessed])
    group = [m for m in out if m.text == "dash zero six"]
    # the next code of a range: found as a code, with a key of its own (no merge with the first)
    assert [(m.start, m.entity_type, m.key) for m in group] == [(text.index("dash zero six"), "ID_NUMBER", "")]
    assert guessed not in out


@pytest.mark.parametrize("text", [
    "add a dash of milk, then slash and burn, two two.",
    "we ran the dash two times.",
])
def test_no_group_without_a_code(text):
    assert said_separators(text, []) == []


def test_a_group_far_from_any_code_is_nothing():
    text = "the ref is q x four four one. " + "we talked about the weather for a long time " * 5 + "dash one one."
    out = said_separators(text, [_mention(text, "q x four four one")])
    assert [m.text for m in out] == ["q x four four one"]


def test_a_reference_said_over_two_lines_is_found_whole(redactor_default):
    text = ("The clerk wrote down a docket, m q r four four one [inaudible]\n"
            "slash two six. Nothing more on it.\n")
    codes = {f.text: f for f in redactor_default.scan(text) if f.entity_type in CODE_TYPES}
    group = codes["slash two six"]
    assert group.start == text.index("slash two six")
    assert group.replacement == codes["m q r four four one"].replacement


def test_a_group_after_a_break_takes_the_code_s_key():
    text = "my badge says w t four four one (crosstalk) dash two two. okay"
    code = _mention(text, "w t four four one")
    out = said_separators(text, [code])
    assert [(m.text, m.key) for m in out if m is not code] == [("dash two two", code.text)]
