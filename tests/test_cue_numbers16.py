"""A phone, an ID or a case number said in pieces over subtitle cues or transcript segments
(redactor.detect.cue_numbers): the piece at the start of the next cue, after an aside cue ("[inaudible]
sorry", "you lost me there"), the start of a case number before a crosstalk note, the code's start said
after it ("and seven seven two before it"), a phone typed over two cues after an operator's name.
Near misses: counts, times and years in the next cue, figures after a new question, another speaker's
figures, a sum over two cues."""

from __future__ import annotations

import pytest

from redactor.detect.cue_numbers import continued_numbers
from redactor.model import Mention
from tests.test_numbers_in_pieces14 import _json, _srt, _vtt

_SAID = ("PHONE", "ID_NUMBER")


_FORMATS = {"srt": _srt, "vtt": _vtt, "json": _json}


def _found(redactor, tmp_path, kind: str, *parts: str) -> list[tuple[str, str, str]]:
    path = tmp_path / f"call.{kind}"
    path.write_text(_FORMATS[kind](*parts), encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, f.text, f.replacement) for f in result.findings if f.entity_type in _SAID]


def _one_entity(found: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    assert len({r for _, _, r in found}) == 1, found
    return [(t, s) for t, s, _ in found]


# ---------------------------------------------------------------- a typed phone after its network's name

@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_phone_typed_over_two_cues_after_an_operators_name(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "Which one do you answer?", "my Tigo is 655",
                   "2871. The second SIM I keep switched off.", "655-2871. Noted.")
    assert _one_entity(found) == [("PHONE", "655"), ("PHONE", "2871"), ("PHONE", "655-2871")]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_phone_in_groups_over_two_segments_after_it_is_a_network(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, " How do we reach you?", " Yes, it is Vodacom. 82 41",
                   " 77 30. If it is off, call my aunt in Beira.")
    assert _one_entity(found) == [("PHONE", "82 41"), ("PHONE", "77 30")]


def test_a_phone_started_by_the_second_speaker_of_a_cue_goes_on_in_their_next_cue(redactor_default, tmp_path):
    # One cue holds the question and the start of the answer; the answer's speaker (the cue's
    # last label) is the one whose next cue ends the number.
    found = _found(redactor_default, tmp_path, "srt", "Reporter: Which line is yours?\nDriver: My Tigo is 655",
                   "Driver: 2871. The second SIM I keep switched off.", "Reporter: 655-2871. Noted.")
    assert _one_entity(found) == [("PHONE", "655"), ("PHONE", "2871"), ("PHONE", "655-2871")]


def test_figures_of_the_cues_first_speaker_do_not_go_on_in_another_speakers_cue(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "Driver: My Tigo is 655\nReporter: Which one?",
                   "Driver: 2871 trucks passed that week.")
    assert ("PHONE", "2871") not in [(t, s) for t, s, _ in found]


def test_an_everyday_word_naming_a_network_is_no_phones_word(redactor_default, tmp_path):
    # "Orange" and "Three" are networks too, but here a fruit and a count
    assert _found(redactor_default, tmp_path, "srt", "the orange crates were 120", "340 kilos in all.") == []


# ---------------------------------------------------------------- the rest in the next cue

@pytest.mark.parametrize("kind", ["srt", "vtt", "json"])
def test_a_spoken_phones_rest_after_an_aside_and_a_dropout(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "my number is oh six one five, two two",
                   "sorry, you lost me there", "four eight. so it's oh six one five two two four eight...")
    assert _one_entity(found) == [("PHONE", "oh six one five, two two"), ("PHONE", "four eight"),
                                  ("PHONE", "oh six one five two two four eight")]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_the_codes_start_said_after_it(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "my number is four four eight two one nine five",
                   "and six six one before it")
    assert _one_entity(found) == [("PHONE", "four four eight two one nine five"), ("PHONE", "six six one")]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_case_numbers_end_after_the_end_yes(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "the case number is RT-11", "and the end... yes, -48203.")
    assert _one_entity(found) == [("ID_NUMBER", "RT-11"), ("ID_NUMBER", "-48203")]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_case_numbers_slash_piece_after_a_lost_word(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "the case number is forty one slash zero three",
                   "[inaudible]", "slash two six")
    assert _one_entity(found) == [("ID_NUMBER", "forty one slash zero three"), ("ID_NUMBER", "slash two six")]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_case_numbers_start_before_crosstalk(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "and the file, what number", "forty one slash (crosstalk)",
                   "oh three slash twenty twenty three")
    assert _one_entity(found) == [("ID_NUMBER", "forty one slash"), ("ID_NUMBER", "oh three slash twenty twenty three")]


# ---------------------------------------------------------------- near misses

@pytest.mark.parametrize("second", ["Two hours later we left.", "Six thirty.", "2019.", "Twenty nineteen.",
                                    "eleven of us were there.", "and then 17 of them came"])
def test_a_count_a_time_or_a_year_in_the_next_cue_is_no_part(redactor_default, tmp_path, second):
    found = _found(redactor_default, tmp_path, "srt", "my phone number is 0771 234 567.", second)
    assert [(t, s) for t, s, _ in found] == [("PHONE", "0771 234 567")]


def test_a_count_after_a_spoken_phone_is_no_part(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "my number is oh seven seven one two three four five six",
                   "eleven of us were there.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "oh seven seven one two three four five six")]


def test_figures_after_a_new_question_are_no_part(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "my passport is AB1234567.", "And which year?", "2016.")
    assert [(t, s) for t, s, _ in found] == [("ID_NUMBER", "AB1234567")]


def test_a_sum_over_two_cues_is_no_phone(redactor_default, tmp_path):
    assert _found(redactor_default, tmp_path, "srt", "we paid the smuggler 1500", "2000 more later.") == []


def test_another_speakers_figures_are_no_part(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "vtt", "<v Dara>my Tigo is 655", "<v Reporter>2871 was the year?")
    assert found == []


# ---------------------------------------------------------------- the function itself

def _mention(text: str, part: str, kind: str = "PHONE") -> Mention:
    start = text.index(part)
    return Mention(start=start, end=start + len(part), entity_type=kind, score=0.7, detector="test", text=part,
                   key="5512")


def test_continued_numbers_keys_the_rest_as_the_number():
    text = "it's oh five five one two [inaudible] sorry three three. And then?"
    joins = [text.index(" [inaudible]"), text.index(" three")]
    found = continued_numbers(text, [_mention(text, "oh five five one two")], joins)
    assert [(m.text, m.key, m.entity_type) for m in found] == [("oh five five one two", "5512", "PHONE"),
                                                               ("three three", "5512", "PHONE")]


def test_continued_numbers_leaves_text_without_joins_alone():
    text = "it's oh five five one two three three."
    mentions = [_mention(text, "oh five five one two")]
    assert continued_numbers(text, mentions, []) == mentions


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_codes_letters_at_a_cues_end_before_its_figures(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "and the file they opened, what number", "it's kp",
                   "forty one slash (crosstalk)", "oh three slash twenty twenty three")
    assert _one_entity(found) == [("ID_NUMBER", "kp"), ("ID_NUMBER", "forty one slash"),
                                  ("ID_NUMBER", "oh three slash twenty twenty three")]


def test_an_everyday_word_after_its_is_no_codes_letters(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "and the file they opened, what number", "it's ok",
                   "forty one slash (crosstalk)", "oh three slash twenty twenty three")
    assert _one_entity(found) == [("ID_NUMBER", "forty one slash"), ("ID_NUMBER", "oh three slash twenty twenty three")]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_speaker_labels_and_dialogue_dashes_open_the_pieces(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "WANJIRU: my number is oh six one five, two two",
                   "- sorry?", "WANJIRU: four eight. so it's oh six one five two two four eight...")
    assert _one_entity(found) == [("PHONE", "oh six one five, two two"), ("PHONE", "four eight"),
                                  ("PHONE", "oh six one five two two four eight")]


def test_another_labelled_speakers_figures_are_no_part(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "WANJIRU: my number is oh six one five, two two",
                   "REPORTER: four eight.")
    assert found == []


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_phone_over_two_caseless_cues_without_marks(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "which one do you answer", "my glo is 0805",
                   "337 2190 the mtn one i dont use")
    assert _one_entity(found) == [("PHONE", "0805"), ("PHONE", "337 2190")]


@pytest.mark.parametrize("second", ["40 trucks came that night", "300 to the border, they said"])
def test_figures_and_words_after_a_whole_phone_are_no_part(redactor_default, tmp_path, second):
    found = _found(redactor_default, tmp_path, "srt", "call me on 0771 234 567", second)
    assert [(t, s) for t, s, _ in found] == [("PHONE", "0771 234 567")]
