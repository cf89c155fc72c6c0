"""The other end of a range of codes, or a second code said with "and", is part of the code
(redactor.detect.id_edges._range_end): number words after a code said aloud, ending their
clause ("tags m k zero four one to zero six zero."), or the same letters and as many digits after
a typed code.  Exact spans through a whole scan, and near misses: a count or a measure after
"to" or "and", a year after a typed code, a code of its own after it."""

from __future__ import annotations

import pytest


def _ids(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ID_NUMBER"]


@pytest.mark.parametrize("text, code", [
    # replaced in its parts around the note (round 34)
    ("the tags for the uncle's lines are m k [inaudible] zero four one to zero six zero. mk is manihiki.",
     ("m k", "zero four one to zero six zero")),
    ("it's r f t two six dash eight eight one to eight ninety. ten bales, all from rack field seven",
     "r f t two six dash eight eight one to eight ninety"),
    ("the log numbers, it's h l two two four to two four one, from october",
     "h l two two four to two four one"),
    ("i wrote it up twice, work order w o six one three and six four zero.",
     "w o six one three and six four zero"),
    ("The missing ones were invoice 4471 to 4479, all paid in cash.", "4471 to 4479"),
])
def test_a_range_of_codes_is_one_code(make_redactor, text, code):
    ids = _ids(make_redactor(), text)
    assert all(part in ids for part in (code if isinstance(code, tuple) else (code,)))


@pytest.mark.parametrize("text, code", [
    ("the case number is four four one to two hundred people.", "four four one"),
    ("his badge number is four four one and two of them came later.", "four four one"),
    ("the case number is w o six one three and six four.", "w o six one three"),
    ("They opened case 4471 and 2019 was the year it closed.", "4471"),
    ("The certificates were QX-0512 to QX-0519, all signed by him.", "QX-0512"),
])
def test_no_range_where_a_count_a_year_or_a_code_of_its_own_follows(make_redactor, text, code):
    assert code in _ids(make_redactor(), text)
