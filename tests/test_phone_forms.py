"""Phone numbers of twenty numbering plans (fifteen countries), typed and said in every form
``tests/phone_forms.py`` generates, found whole through the whole Redactor; and the numbers that
are no phone's (sums, counts, ages, years, times, dates, scores, labelled IDs) left alone.

The generated cases are sampled so that every form meets every sentence and every plan comes
round: the case ``k`` of a (form, sentence) pair takes the ``k``-th plan's number in turn.
"""

from __future__ import annotations

import itertools
import re

import phonenumbers
import pytest

from tests import phone_forms as pf


def phone_spans(redactor, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in redactor.scan(text) if f.entity_type == "PHONE"]


def uncovered(case: pf.Case, found: list[tuple[int, int]]) -> list[str]:
    """What is wrong: digits of the number no PHONE covers, PHONE findings outside it."""
    wrong = [case.text[s:e] for s, e in case.must() if not any(a <= s and e <= b for a, b in found)]
    wrong += [f"outside: {case.text[a:b]!r}" for a, b in found
              if not any(s <= a and b <= e for s, e in case.spans)]
    return wrong


def _sampled(cases: list[pf.Case], per_number: int) -> list[pf.Case]:
    """Every ``per_number``-th case, shifted by one each round, so each form and sentence is
    kept with a number of each plan in turn."""
    rounds = len(cases) // per_number
    return [cases[r * per_number + (r % per_number)] for r in range(rounds)]


NUMBERS = pf.numbers()
TYPED = _sampled(pf.typed_cases(), 7)
SPOKEN = _sampled(pf.spoken_cases(), 3)


def test_the_generated_numbers_are_valid_in_their_plans():
    assert len({n.plan.region for n in NUMBERS}) >= 15
    for n in NUMBERS:
        national = phonenumbers.parse("".join(n.national), n.plan.region)
        assert phonenumbers.is_valid_number(national), n
        assert phonenumbers.region_code_for_number(national) == n.plan.region


def test_the_sample_keeps_every_form_and_plan():
    typed_forms = {c.name.split(" #")[0].split(" ", 2)[2] for c in TYPED}
    spoken_forms = {c.name.split(" #")[0].split(" ", 2)[2] for c in SPOKEN}
    assert typed_forms == {form for n in NUMBERS for form, _ in pf.typed_forms(n)}
    assert spoken_forms == {form for n in NUMBERS for form, _ in pf.spoken_forms(n)} | {"repeat", "country code"}
    assert {c.name.split()[0] for c in TYPED} == {n.plan.region for n in NUMBERS}


@pytest.mark.parametrize("case", TYPED, ids=lambda c: c.name)
def test_typed_numbers_are_found_whole(redactor_default, case):
    assert uncovered(case, phone_spans(redactor_default, case.text)) == []


@pytest.mark.parametrize("case", SPOKEN, ids=lambda c: c.name)
def test_spoken_numbers_are_found_whole(redactor_default, case):
    assert uncovered(case, phone_spans(redactor_default, case.text)) == []


@pytest.mark.parametrize("name, vtt, said", list(itertools.islice(pf.cue_cases(), 0, None, 5)),
                         ids=lambda v: v if isinstance(v, str) and "\n" not in v else None)
def test_numbers_said_over_two_cues_or_lines_are_replaced_whole(redactor_default, tmp_path, name, vtt, said):
    path = tmp_path / "call.vtt"
    path.write_text(vtt, encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    phones = [f.text for f in result.findings if f.entity_type == "PHONE"]
    covered = " ".join(phones).replace(",", " ")
    assert phones and all(word in covered.split() for word in said.replace(",", " ").split()), name
    out = redactor_default.write_redacted(result).decode("utf-8")
    rest = re.sub(r"\[PHONE \d+\]|[\d:.]+ --> [\d:.]+", "", out.split("my number is", 1)[1])
    assert "[PHONE" in out and not pf._DIGITISH.search(rest), out


@pytest.mark.parametrize("text", pf.NEAR_MISSES)
def test_numbers_that_are_no_phones(redactor_default, text):
    assert phone_spans(redactor_default, text) == []


# ------------------------------------------------------------------ each cause, by hand

def phones(redactor, text: str) -> list[str]:
    return [text[a:b] for a, b in phone_spans(redactor, text)]


@pytest.mark.parametrize("text, expected", [
    # groups no day and month can be: a phone, not a date
    ("Sure, my number is 38-39-3352.", ["38-39-3352"]),
    ("Sure, my number is 38.39.3352.", ["38.39.3352"]),
    # "then" between the country code and the number
    ("the number, country code two three seven, then six eight two, nine three seven, three nine oh",
     ["two three seven, then six eight two, nine three seven, three nine oh"]),
    ("area code eight seven six, then five five five, two one nine four",
     ["eight seven six, then five five five, two one nine four"]),
    # the label ends a line, the number is alone on the next
    ("Her mobile:\n24 423 232\nThanks.", ["24 423 232"]),
    ("WhatsApp:\n  86 290 4214", ["86 290 4214"]),
    # more of the ways a number is given
    ("my number's 24 423 232 now", ["24 423 232"]),
    ("You can get me on 67 218 340 after six.", ["67 218 340"]),
    ("Contact him at 38 39 3352, not before.", ["38 39 3352"]),
    ("My direct line is 67 218 340.", ["67 218 340"]),
    # typed groups a transcriber put commas, a filler or "double" between
    ("my number is 07700, 900, 123.", ["07700, 900, 123"]),
    ("call me on 0612, uh, 345 678 tomorrow", ["0612, uh, 345 678"]),
    ("call me on 07 double 7 123 456", ["07 double 7 123 456"]),
    ("call me on 0612 [inaudible] 678 I think", ["0612", "678"]),  # in its parts around the note (round 34)
    # full stops a transcriber put between the groups said
    ("my number is two nine one two. Three four five six. Okay?", ["two nine one two. Three four five six"]),
    ("my whatsapp is seven seven one. Two three four. Five six seven.",
     ["seven seven one. Two three four. Five six seven"]),
    ("triple seven, one two, double oh, four five, that's the hotline",
     ["triple seven, one two, double oh, four five"]),
])
def test_each_form_of_a_phone_is_found_whole(redactor_default, text, expected):
    assert phones(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # a date in figures stays a date
    "call me on 12-03-2024",
    "It happened on 21.03.2022 at the market.",
    # sums with a currency after or before them
    "he paid 350 000 naira for it",
    "he paid KES 350 000 for it",
    "he paid ₦350 000 for it",
    "they asked 1 200 000 shillings",
    # no one's number: a line, a meeting place, a count
    "the line is 24 423 232",
    "they found him at 24 423 232",
    # typed figures apart by commas, no phone asked for
    "we had 120, 340, 560 people",
    "the number of people was 120, 340, 560",
    "the numbers for 2019, 2020, 2021 were bad",
    "my number is 2019, 2020",
    "we met them at 12, 34, 56, 78 times",
    # sentences that happen to end and start with numbers
    "he was fifty six. Forty two people died. Twenty nine were injured.",
    "One. Two. Three. Four. Five. Six. Seven.",
    "my contact in the ministry said twenty, thirty, forty, fifty",
])
def test_near_misses_of_each_form(redactor_default, text):
    assert phones(redactor_default, text) == []


def test_a_number_split_by_full_stops_into_two_whole_numbers_is_two(redactor_default):
    text = "call oh six one two three four five six seven. oh six nine nine eight seven six five four"
    assert phones(redactor_default, text) == ["oh six one two three four five six seven",
                                             "oh six nine nine eight seven six five four"]


@pytest.mark.parametrize("text, expected", [
    ("Amina: my number is oh seven seven one,\nAmina: two three four, five six.",
     ["oh seven seven one", "two three four, five six"]),
    ("SPEAKER_01: call me on eight six, two nine oh\n\nSPEAKER_01: four two one four okay",
     ["eight six, two nine oh", "four two one four"]),
])
def test_a_number_over_two_lines_of_one_speaker_is_found_in_both(redactor_default, text, expected):
    assert phones(redactor_default, text) == expected


def test_a_number_over_two_lines_of_one_speaker_gets_one_pseudonym(redactor_default):
    out = redactor_default.redact("Amina: my number is oh seven seven one,\nAmina: two three four, five six.")
    second = out.split("\n")[1]
    assert out.count("[PHONE 1]") == 2 and "seven" not in out and "five" not in out
    assert 0 < second.index(":") < second.index("[PHONE 1]")  # the speaker's label stays before it


@pytest.mark.parametrize("text", [
    # another speaker's digits are not the number's rest
    "Amina: my number is oh seven seven one\nBen: two three four five six",
    # each line its own short figure
    "Amina: we were five six\nAmina: then two three four",
])
def test_near_misses_of_numbers_over_labelled_lines(redactor_default, text):
    assert phones(redactor_default, text) == []


TABLE = """| Contact | Phone | ID |
| --- | --- | --- |
| office | 24 423 232 | 8001015 |
| home | (67) 218 340 | 4471229 |
| cousin | 12 | 123 |
"""


def test_cells_under_a_phone_header_are_phones(redactor_default):
    assert phones(redactor_default, TABLE) == ["24 423 232", "(67) 218 340"]


@pytest.mark.parametrize("text", [
    "| Case | Number |\n|---|---|\n| a | 24 423 232 |\n",  # a number column, not a phone's
    "| Phone | Notes |\n| a | 24 423 232 |\n",  # no rule row: no table header
    "| Phone |\n|---|\n| 24 423 232 people |\n",  # more than the number in the cell
    "| Phone |\n|---|\n| 123 456 |\n",  # too short
    "| Phone |\n|---|\n\n| 24 423 232 |\n",  # another table
])
def test_near_misses_of_phone_columns(redactor_default, text):
    assert phones(redactor_default, text) == []
