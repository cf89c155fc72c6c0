"""A given name said alone just before the full name it starts, on the same line, is that
person (redactor.refine.people.given_name_before_full_name).

In captions a speaker often says a first name and then completes it; when the first name is
also a common English word, the run-wide steps did not find it alone (no capital to tell it),
and the person was named in the clear right before the replaced full name.
"""

from __future__ import annotations

from redactor.model import Mention
from redactor.refine.people import GIVEN_BEFORE_FULL, given_name_before_full_name

THRESHOLD = 0.4


def _person(text: str, value: str, score: float = 0.85, at: int = 0) -> Mention:
    start = text.index(value, at)
    return Mention(start, start + len(value), "PERSON", score, "test", value)


def test_the_given_name_said_before_its_full_name_is_found_with_a_title_before_it():
    text = "and sir victor, er, victor mwangi signed the sheet"
    full = _person(text, "victor mwangi")
    guess = Mention(text.index("victor"), text.index("victor") + 6, "LOCATION", 0.3, "guess", "victor")

    found = given_name_before_full_name(text, [guess, full], THRESHOLD)

    assert [(text[m.start:m.end], m.entity_type, m.detector) for m in found] == [
        ("sir victor", "PERSON", GIVEN_BEFORE_FULL), ("victor mwangi", "PERSON", "test")]


def test_the_word_where_it_is_a_word_another_line_or_far_before_is_left():
    text = ("i will ask will tanaka tomorrow\n"
            "moses\nmoses kariuki came later, and moses said it was a very long walk up the hill to go and see moses kariuki")
    mentions = [_person(text, "will tanaka"), _person(text, "moses kariuki"),
                _person(text, "moses kariuki", at=text.index("walk"))]

    found = given_name_before_full_name(text, mentions, THRESHOLD)

    assert found == sorted(mentions, key=lambda m: m.start)


def test_a_caption_names_the_person_before_completing_the_name(make_redactor):
    text = ("speaker 1: who else was there that night\n"
            "speaker 2: moses i think, moses kariuki, he works the same line.\n"
            "speaker 1: anyone else\nspeaker 2: i will ask will tanaka tomorrow.\n")

    findings = make_redactor().scan(text)

    first = text.index("moses")
    by_start = {f.start: f for f in findings}
    assert first in by_start and by_start[first].entity_type == "PERSON"
    assert by_start[first].replacement == by_start[text.index("moses kariuki")].replacement
    assert text.index("will tanaka") - 5 not in by_start  # "ask will": the word
