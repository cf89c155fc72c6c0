"""Round 38 (numbers38): a code's group said after its separator goes on over a caption's line
break inside its cue ("slash six\\ntwenty twenty-six": redactor.detect.said_separators), and pay
counted in the time it was earned in is one sum with the sum said after it ("three months of
height allowance, €2,160": redactor.detect.pay_for_time).  Exact spans; near misses that must
not be found."""

from __future__ import annotations

from redactor.detect.pay_for_time import pay_for_time
from redactor.detect.said_separators import said_separators
from redactor.model import Mention


def _mention(text: str, value: str, kind: str) -> Mention:
    start = text.index(value)
    return Mention(start=start, end=start + len(value), entity_type=kind, score=0.6, detector="test", text=value)


# -- a group over a caption's line break ----------------------------------------------------

_CUE = ("00:00:30.945 --> 00:00:43.155\n>> yes, he opened a case at the station,\n"
        "it's cas three one seven [inaudible] slash six\ntwenty twenty-six\n\n"
        "00:00:43.455 --> 00:00:46.935\n>> and where are you now\n")


def test_a_group_goes_on_over_a_line_break_inside_its_cue():
    code = _mention(_CUE, "cas three one seven", "ID_NUMBER")
    year = _mention(_CUE, "twenty twenty-six", "DATE")
    out = said_separators(_CUE, [code, year], [0, _CUE.index("00:00:43.455")])
    group = "slash six\ntwenty twenty-six"
    assert [(m.start, m.end, m.entity_type, m.key) for m in out if m is not code] == [
        (_CUE.index(group), _CUE.index(group) + len(group), "ID_NUMBER", code.text)]


def test_a_group_goes_on_after_the_speaker_s_comma_at_the_line_s_end():
    text = "my file is cas three one one, slash eleven,\ntwenty twenty six. that is all\n"
    code = _mention(text, "cas three one one", "ID_NUMBER")
    out = said_separators(text, [code])
    assert [m.text for m in out if m is not code] == ["slash eleven,\ntwenty twenty six"]


def test_a_group_stops_where_the_next_cue_starts():
    text = "the ref is q x four four one slash six\ntwo two. they came later"
    code = _mention(text, "q x four four one", "ID_NUMBER")
    # the line break is a cue's start: the group does not run into it, and one word is no group
    assert said_separators(text, [code], [text.index("two two.")]) == [code]
    assert [m.text for m in said_separators(text, [code])] == [code.text, "slash six\ntwo two"]


def test_a_line_opened_by_a_blanked_label_is_no_going_on():
    text = "the ref is q x four four one slash six\n       two two. they came later"
    code = _mention(text, "q x four four one", "ID_NUMBER")
    assert said_separators(text, [code]) == [code]


# -- pay counted in time ----------------------------------------------------------------------

def _pay(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.entity_type) for m in pay_for_time(text, mentions) if m.detector == "PayForTime"]


def test_pay_for_time_takes_the_sum_said_after_it():
    text = "Kofi: Three months of height allowance, €2,160. Nobody else had it."
    found = [_mention(text, "Three months", "DURATION"), _mention(text, "€2,160", "MONEY")]
    assert _pay(text, found) == [("Three months of height allowance, €2,160", "MONEY")]
    assert [m.detector for m in pay_for_time(text, found)] == ["PayForTime"]


def test_pay_for_time_over_a_word_of_about():
    text = "i got four months' commission, around 900 dollars, in one go"
    found = [_mention(text, "900 dollars", "MONEY")]
    assert _pay(text, found) == [("four months' commission, around 900 dollars", "MONEY")]


def test_pay_for_time_said_alone():
    text = "they still owe me three weeks of wages, and oom koos knows it"
    found = [_mention(text, "three weeks", "DURATION")]
    assert _pay(text, found) == [("three weeks of wages", "MONEY")]


def test_a_time_before_other_words_is_no_pay():
    text = ("she is two years to her pension. we spent two days at the commission office. "
            "the pay came two weeks late.")
    found = [_mention(text, "two years", "DURATION"), _mention(text, "two days", "DURATION")]
    assert _pay(text, found) == []
    assert pay_for_time(text, found) == found


def test_pay_over_another_kind_of_finding_is_left():
    text = "he took two months of Ahmed pay from the box"
    name = _mention(text, "Ahmed", "PERSON")
    assert pay_for_time(text, [name]) == [name]


def test_a_time_of_the_commission_is_no_pay():
    """An article before the pay's noun makes it a thing of its own: parliament speech's "within
    five days of the Commission making proposals" names a body (dev VoxPopuli, round 38)."""
    text = "reaching results within five days of the Commission making proposals, but we have"
    found = [_mention(text, "five days", "DURATION")]
    assert _pay(text, found) == []
    assert _pay("i got two months of my salary back", [_mention(
        "i got two months of my salary back", "two months", "DURATION")]) == [("two months of my salary", "MONEY")]
