"""A number said in pieces (groups cut by fillers, transcribers' notes, asides or cue breaks) and
said whole elsewhere in the same document, before or after (redactor.detect.cue_numbers,
``pieces_of_found_numbers``): every piece is found as the number, one pseudonym for all, with a
country code said last and a code's letters said before a note.  Near misses: counts, years and
times that happen to be digits of a found number, a lone short group, pieces a question cuts off.
A phone's piece of three digits said aloud is not swept through the run's other files."""

from __future__ import annotations

import pytest

from redactor.audit import a_numbers_piece
from tests.test_numbers_in_pieces14 import _json, _srt, _txt, _vtt

_SAID = ("PHONE", "ID_NUMBER", "VEHICLE_PLATE")
_FORMATS = {"srt": _srt, "vtt": _vtt, "json": _json, "txt": _txt}


def _findings(redactor, tmp_path, kind: str, *parts: str, name: str = "call"):
    path = tmp_path / f"{name}.{kind}"
    path.write_text(_FORMATS[kind](*parts), encoding="utf-8")
    (result,) = redactor.run([path]).files
    return result.findings


def _found(redactor, tmp_path, kind: str, *parts: str) -> list[tuple[str, str, str]]:
    return [(f.entity_type, f.text, f.replacement) for f in _findings(redactor, tmp_path, kind, *parts)
            if f.entity_type in _SAID]


def _one_number(found: list[tuple[str, str, str]]) -> list[str]:
    assert len({r for _, _, r in found}) == 1, [t for t, _, _ in found]
    return [s for _, s, _ in found]


# Each case: the format, the cues or segments or lines, and what is found (one number, one pseudonym).
_ONE_NUMBER = [
    pytest.param(kind, ("which number is safe now", "it's seven four um",
                        "six one nine [inaudible] sorry the dog", "two zero five",
                        "so seven four six one nine two zero five", "yes that one, the old one is gone"),
                 ["seven four", "six one nine", "two zero five", "seven four six one nine two zero five"],
                 id=f"a phone in three pieces, then read back ({kind})")
    for kind in ("srt", "vtt", "json")
] + [
    pytest.param("json", (" How can I call you?", " The number is 84, 17...",
                          " sorry, the kettle. 90, 36. It is the blue phone.", " So +258 84 17 90 36.", " Yes."),
                 ["84, 17", "90, 36", "+258 84 17 90 36"],
                 id="typed groups cut by an aside: the end of the number read back with its code"),
    pytest.param("vtt", ("and your number", "the white one. six two", "five five seven one",
                         "three eight. with nine seven seven in front",
                         "so plus nine seven seven, six two five five seven one three eight"),
                 ["six two", "five five seven one", "three eight", "nine seven seven",
                  "plus nine seven seven, six two five five seven one three eight"],
                 id="the country code said after the rest"),
    pytest.param("vtt", ("and your number", "it's six two five, five seven one",
                         "three eight. with plus nine seven seven before",
                         "so plus nine seven seven six two five five seven one three eight"),
                 ["six two five, five seven one", "three eight", "plus nine seven seven",
                  "plus nine seven seven six two five five seven one three eight"],
                 id="the country code said after the rest with its plus"),
    pytest.param("txt", ("- and your mobile", "- mine, uh, seven one, four four two, thirty one ... ninety",
                         "- plus three five nine?",
                         "- yes plus three five nine seven one four four two three one nine zero. signal too"),
                 ["seven one, four four two, thirty one ... ninety", "plus three five nine",
                  "plus three five nine seven one four four two three one nine zero"],
                 id="the country code asked with its plus"),
    pytest.param("txt", ("Reporter: Your direct line is 0613 447 925, right?",
                         "Source: Yes. If it drops, it is oh six one three uh, four four seven, then nine two five.",
                         "Reporter: Understood."),
                 ["0613 447 925", "oh six one three uh, four four seven", "nine two five"],
                 id="pieces said after the whole number"),
    pytest.param("srt", ("they gave me a number at the station", "it's k t (crosstalk)",
                         "sorry go on five one two slash", "zero four slash twenty twenty five",
                         "so k t five one two slash zero four slash twenty twenty five", "yes for the assault"),
                 ["k t", "five one two slash", "zero four slash twenty twenty five",
                  "k t five one two slash zero four slash twenty twenty five"],
                 id="a case number's letters before a note, and its figures"),
    pytest.param("txt", ("Reporter: So the file is 62/03/2024?",
                         "Source: Yes. Sixty two slash, uh, oh three, and then the year.", "Reporter: Thanks."),
                 ["62/03/2024", "Sixty two slash", "oh three"],
                 id="a piece said with the slash after it"),
    pytest.param("srt", ("and the file at the court", "it's sixty two slash um", "the line is bad",
                         "zero three slash twenty twenty four",
                         "so sixty two slash zero three slash twenty twenty four at the labour court"),
                 ["sixty two slash", "zero three slash twenty twenty four",
                  "sixty two slash zero three slash twenty twenty four"],
                 id="pieces found apart under two keys take the read-back's"),
    pytest.param("json", (" The licence starts QX-RB,", " then 07315.", " So QX-RB-07315 is on the card."),
                 ["QX-RB", "07315", "QX-RB-07315"],
                 id="a typed code's letters and figures said apart"),
]


@pytest.mark.parametrize(("kind", "parts", "expected"), _ONE_NUMBER)
def test_a_numbers_pieces_said_apart_from_it_are_found_as_it(redactor_default, tmp_path, kind, parts, expected):
    assert _one_number(_found(redactor_default, tmp_path, kind, *parts)) == expected


# ---------------------------------------------------------------- near misses

def test_counts_years_and_times_that_share_a_numbers_digits_stay(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt",
                   "my case is thirty seven slash zero six slash twenty twenty three", "we waited two hours",
                   "it was twenty twenty three, in the spring", "they came at six fifteen",
                   "and 2023 was the worst year")
    assert [s for _, s, _ in found] == ["thirty seven slash zero six slash twenty twenty three"]


def test_a_surprised_oh_is_no_zero_of_a_piece(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "txt", "Source: My badge number is 0712-4836.",
                   "Source: Oh, seven, uh, twelve, I forget how many.")
    assert [s for _, s, _ in found] == ["0712-4836"]


def test_a_lone_short_group_or_pieces_cut_off_by_a_question_stay(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "txt",
                   "Source: Write it down: 0705 318 264.",
                   "Reporter: And the room, 264?",
                   "Source: The office had seven oh five chairs, do you see? Three one eight of them broke.")
    assert [s for _, s, _ in found] == ["0705 318 264"]


def test_a_phones_said_piece_of_three_digits_is_not_swept_through_the_runs_other_files(redactor_default, tmp_path):
    first = tmp_path / "a.srt"
    first.write_text(_srt("the new number", "it's seven four um", "six one nine [inaudible] sorry the dog",
                          "two zero five", "so seven four six one nine two zero five"), encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("The tally read two zero five by noon.\n", encoding="utf-8")
    results = {r.path.name: r for r in redactor_default.run([first, second]).files}
    assert [f.text for f in results["a.srt"].findings if f.entity_type == "PHONE"] == [
        "seven four", "six one nine", "two zero five", "seven four six one nine two zero five"]
    # the phone's piece is not swept into the other file (round 36: three digits said one by one
    # are an ID of their own there, with its own pseudonym, not the phone's)
    assert not [f for f in results["b.txt"].findings if f.entity_type == "PHONE"]
    phone = {f.replacement for f in results["a.srt"].findings if f.entity_type == "PHONE"}
    assert not [f for f in results["b.txt"].findings if f.replacement in phone]


@pytest.mark.parametrize(("entity_type", "value", "piece"), [
    ("PHONE", "six six one", True), ("ID_NUMBER", "forty five", True), ("PHONE", "661", True),
    ("PHONE", "seven four six six", False), ("VEHICLE_PLATE", "b seven", False), ("TIME", "seven thirty", False)])
def test_a_numbers_piece_is_three_digits_or_fewer_of_a_number_said_alone(entity_type, value, piece):
    assert a_numbers_piece(entity_type, value) is piece
