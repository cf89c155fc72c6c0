"""Round 27: a description rule reads a transcript's cues as lines (``redactor/detect/packs.py``,
``PackRecognizer``), and a term said by its length (``rules/ages.yaml``, ServiceDuration).

The cues of a subtitle file or the segments of a JSON transcript are joined by a space for
detection; a rule whose phrase must end its clause ("we are in our fifth month") did not end it at
a cue's end, and a rule whose phrase must open one did not open it at a cue's start.  Codes,
contacts and names still read on over a cue's end (a number said over two cues is one number).

Each case runs through a whole Redactor and asserts the exact spans of the types concerned; the
near misses assert that no such span is found."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import found_in_named_file, of_type, srt_cues

TYPES = frozenset({"DURATION"})


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _in_file(redactor: Redactor, tmp_path, name: str, text: str, types=TYPES) -> list[tuple[str, str]]:
    return found_in_named_file(redactor, tmp_path, name, text, types)


def _found(redactor: Redactor, text: str, types=TYPES) -> list[tuple[str, str]]:
    return of_type(redactor, text, *types)


def test_an_ordinal_year_that_ends_its_cue(redactor: Redactor, tmp_path) -> None:
    text = srt_cues("i came over from the coast, i am in the fourth year", "and what went wrong there?")
    assert ("DURATION", "fourth year") in _in_file(redactor, tmp_path, "a.srt", text)


def test_a_time_in_a_job_that_opens_its_cue(redactor: Redactor, tmp_path) -> None:
    text = srt_cues("we fish out past the reef", "twelve years on the nets, my father before me")
    assert ("DURATION", "twelve years") in _in_file(redactor, tmp_path, "b.srt", text)


def test_the_same_words_running_on_in_one_line_are_no_duration(redactor: Redactor) -> None:
    assert _found(redactor, "i am in the fourth year and what went wrong there?") == []


def test_a_number_said_over_two_cues_is_still_one_phone(redactor: Redactor, tmp_path) -> None:
    text = srt_cues("you can call me on zero seven seven zero", "nine one two four four five six")
    found = _in_file(redactor, tmp_path, "c.srt", text, frozenset({"PHONE"}))
    assert ("PHONE", "zero seven seven zero") in found and ("PHONE", "nine one two four four five six") in found


@pytest.mark.parametrize("text, expected", [
    ("I'm a lab technician, on a five-year contract with the institute.", [("DURATION", "five-year contract")]),
    ("she came on a two year visa and stayed.", [("DURATION", "two year visa")]),
    ("He got an eighteen-month posting to the north.", [("DURATION", "eighteen-month posting")]),
    ("They gave me a 6-month internship at the lab.", [("DURATION", "6-month internship")]),
])
def test_a_term_said_by_its_length(redactor: Redactor, text, expected) -> None:
    assert _found(redactor, text) == expected


@pytest.mark.parametrize("text", [
    "The ministry announced a five-year plan for the roads.",
    "It is a two-hour drive to the coast.",
    "The contract was signed in the second year of the war.",
])
def test_a_length_of_no_term_one_holds(redactor: Redactor, text) -> None:
    assert not any(t.endswith(("plan", "drive", "contract")) for _, t in _found(redactor, text))
