"""Phone and ID numbers by where they are, not by their form: read back over two cues (a run too
long for one number is read as the numbers of its pieces, never as nothing), typed over two
cues or segments with a speaker's label or a "the rest, yes" before the code's rest, letters
spelled before the digits of a code, a phone's part heard before a note that the rest was lost,
and a plate's parts on each side of such a note.  Near misses: sums, times, counts, years,
rooms, and two speakers' numbers in adjacent cues."""

from __future__ import annotations

import json

import pytest

from redactor.detect.joins import joined_between, reading_pieces, runs_apart, turn_between

_SAID = ("PHONE", "ID_NUMBER", "VEHICLE_PLATE")


def _srt(*cues: str) -> str:
    return "".join(f"{n + 1}\n00:00:{n * 2:02d},000 --> 00:00:{n * 2 + 2:02d},000\n{c}\n\n" for n, c in enumerate(cues))


def _vtt(*cues: str) -> str:
    return "WEBVTT\n\n" + "".join(f"00:00:{n * 2:02d}.000 --> 00:00:{n * 2 + 2:02d}.000\n{c}\n\n"
                                  for n, c in enumerate(cues))


def _json(*segments: str) -> str:
    return json.dumps({"segments": [{"start": n * 2.0, "end": n * 2 + 2.0, "text": t} for n, t in enumerate(segments)]})


def _txt(*lines: str) -> str:
    return "\n".join(lines) + "\n"


_FORMATS = {"srt": _srt, "vtt": _vtt, "json": _json, "txt": _txt}


def _found(redactor, tmp_path, kind: str, *parts: str) -> list[tuple[str, str, str]]:
    path = tmp_path / f"call.{kind}"
    path.write_text(_FORMATS[kind](*parts), encoding="utf-8")
    (result,) = redactor.run([path]).files
    return [(f.entity_type, f.text, f.replacement) for f in result.findings if f.entity_type in _SAID]


def _said_in(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in _SAID]


# ---------------------------------------------------------------- 1. a read-back keeps both copies

@pytest.mark.parametrize("kind", ["srt", "vtt", "json", "txt"])
def test_a_number_read_back_in_the_next_cue_keeps_both_copies(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "five five one oh eight thirty four",
                   "ninety three five five one oh eight thirty four\nyes only on signal please")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "five five one oh eight thirty four"),
                                             ("PHONE", "ninety three five five one oh eight thirty four")]
    assert found[0][2] == found[1][2]  # read back with its code: one number, one pseudonym


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_number_read_back_after_a_frame_over_two_cues(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "my number is two oh seven, four four one, nine nine",
                   "two oh seven four four one nine nine, yes, that one")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "two oh seven, four four one, nine nine"),
                                             ("PHONE", "two oh seven four four one nine nine")]
    assert found[0][2] == found[1][2]  # one number, one pseudonym


def test_a_number_read_back_with_its_code_in_one_line(redactor_default):
    text = "My number is six one two four four oh nine, plus three eight six six one two four four oh nine, yes."
    found = _said_in(redactor_default, text)
    assert found == [("PHONE", "six one two four four oh nine"),
                     ("PHONE", "plus three eight six six one two four four oh nine")]
    # said without its code, then with it: one number, one pseudonym
    assert len({f.replacement for f in redactor_default.scan(text) if f.entity_type == "PHONE"}) == 1


def test_a_local_number_and_its_international_form_are_one(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "My brother's number is +371 2914-8830, call him.",
                   "So his number, two nine one four, eight eight three zero, yes.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "+371 2914-8830"),
                                             ("PHONE", "two nine one four, eight eight three zero")]
    assert found[0][2] == found[1][2]
    other = _found(redactor_default, tmp_path, "srt", "My brother's number is +371 2914-8830, call him.",
                   "Mine is two nine one four, eight eight three one, yes.")
    assert other[0][2] != other[1][2]  # another number with the same start


def test_two_numbers_in_a_run_keep_two_keys(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "my number is five five one oh eight thirty four",
                   "and hers, six six two oh nine forty one two")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "five five one oh eight thirty four"),
                                             ("PHONE", "six six two oh nine forty one two")]
    assert found[0][2] != found[1][2]


@pytest.mark.parametrize("kind", ["srt", "json", "txt"])
def test_a_typed_number_read_back_in_the_next_cue_keeps_both_copies(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "my number is 0917 552 8841", "0917 552 8841 yes")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "0917 552 8841"), ("PHONE", "0917 552 8841")]


def test_runs_apart_unit():
    text = "my number is 0917 552 8841 0917 552 8841 yes"
    join = text.index(" 0917", 20)
    assert runs_apart(text, [join]) == text[:join] + "\n" + text[join + 1:]
    short = "my own number is 0917 552 8841, Tele2."  # eleven digits: one number over the join
    assert runs_apart(short, [short.index(" 8841")]) == short
    said = "We had four four one two five five six seven eight of them"
    turn = said.index(" five")
    assert runs_apart(said, [turn], lambda a, b: False) == said[:turn] + "\n" + said[turn + 1:]
    assert runs_apart(said, [turn], lambda a, b: True) == said
    words = "I said hello there"  # no number on either side of another speaker's cue
    assert runs_apart(words, [words.index(" there")], lambda a, b: False) == words


def test_joins_and_turns_are_known_only_while_reading_that_text():
    text = "four four one two five five six"
    join = text.index(" five")
    assert not joined_between(text, 0, len(text))
    with reading_pieces(text, [join], lambda a, b: False):
        assert joined_between(text, join, join + 1) and turn_between(text, join, join + 1)
        assert not joined_between(text, 0, join)
        assert not joined_between(text + " ", 0, len(text))  # another text
    with reading_pieces(text, [join]):
        assert joined_between(text, join, join + 1) and not turn_between(text, join, join + 1)
    assert not joined_between(text, join, join + 1)


# ------------------------------------------------------------ 2. typed numbers split over pieces

@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_code_rest_after_the_speakers_label_in_the_next_cue(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "Source: My brother's phone, Ilze.\n+371 2914",
                   "Source: -8830. LMT. She lives in the town.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "+371 2914"), ("PHONE", "-8830")]
    assert found[0][2] == found[1][2]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_phones_digits_after_its_country_code_and_the_speakers_label(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "Source: My brother's phone, Ilze.\n+371 2914",
                   "Source: 8830. LMT. She lives in the town.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "+371 2914"), ("PHONE", "8830")]
    assert found[0][2] == found[1][2]
    # without the plus sign and its code, figures in two cues stay what they are
    found = _found(redactor_default, tmp_path, kind, "Source: We left in 1994", "Source: 2003 was worse.")
    assert found == []


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_code_rest_after_the_rest_yes(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "The file is 0412-2277", "the rest... yes, -00913.")
    assert [(t, s) for t, s, _ in found] == [("ID_NUMBER", "0412-2277"), ("ID_NUMBER", "-00913")]
    assert found[0][2] == found[1][2]


def test_the_words_before_a_code_rest_stay_in_the_file(redactor_default, tmp_path):
    path = tmp_path / "call.srt"
    path.write_text(_srt("The file is 0412-2277", "the rest... yes, -00913."), encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert "The file is [ID 1]" in out and "the rest... yes, [ID 1]." in out


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_a_phone_typed_over_two_segments(redactor_default, tmp_path, kind):
    found = _found(redactor_default, tmp_path, kind, "My own number is 0917 552", " 8841, Tele2.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "0917 552"), ("PHONE", "8841")]
    assert found[0][2] == found[1][2]


def test_another_speakers_figure_is_no_code_rest(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "srt", "Ana: the case is AB-2277", "Ben: -5 it was, cold")
    assert [(t, s) for t, s, _ in found if "5" in s] == []


def test_a_country_code_and_a_short_group_is_a_phones_part(redactor_default):
    for text, part in [("She gave me +371 2914 and then the line went dead.", "+371 2914"),
                       ("My brother's number, +44 7700, the rest I forgot.", "+44 7700")]:
        assert [(f.entity_type, f.text) for f in redactor_default.scan(text) if f.entity_type == "PHONE"] == [
            ("PHONE", part)]
    for text in ("It was +20 300 metres up the hill.", "The score went +250 400 points.",
                 "Temperatures of +35 100 degrees in the oven."):
        assert [f.text for f in redactor_default.scan(text) if f.entity_type == "PHONE"] == [], text


# ------------------------------------------------------------ 3. letters spelled before digits

@pytest.mark.parametrize("text", ["number a d four four one seven two zero nine",
                                  "my number is a d four four one seven two zero nine, write it down"])
def test_letters_spelled_before_said_digits_are_the_codes(redactor_default, text):
    found = _said_in(redactor_default, text)
    assert found == [("ID_NUMBER", "a d four four one seven two zero nine")]


def test_an_article_before_one_letter_is_no_codes(redactor_default):
    for text in ("it's a b four road near the river", "my number is a b c, easy"):
        assert _said_in(redactor_default, text) == [], text
    assert _said_in(redactor_default, "my phone number is four four one seven two zero nine") == [
        ("PHONE", "four four one seven two zero nine")]


# ------------------------------------------------------------ 4. a phone partly heard

@pytest.mark.parametrize("text, part", [
    ("my number, uh, eight two, seven one four, um, [inaudible], and then she left.", "eight two, seven one four"),
    # replaced in its parts around the note (round 34)
    ("my number is eight two [inaudible] seven one four.", ("eight two", "seven one four")),
    ("you can call me on three three nine oh (inaudible) after six", "three three nine oh"),
])
def test_a_phone_partly_heard_before_a_lost_word_is_the_sources(redactor_default, text, part):
    assert _said_in(redactor_default, text) == [("PHONE", p) for p in (part if isinstance(part, tuple) else (part,))]


@pytest.mark.parametrize("text", [
    "my number, uh, eight two, seven one four, and then she left.",  # nothing lost: too short
    "the number of people, uh, eight two, seven one four, um, [inaudible].",  # a count
    "my number, uh, forty two [inaudible].",  # two numbers said, not a phone's digits
    "my number, uh, eight two, seven one four [laughs] then",  # a laugh loses nothing
    "my number, um, one two three four [inaudible]",  # counting
    "we were twenty two, thirty [inaudible] people",
])
def test_short_numbers_near_a_note_stay(redactor_default, text):
    assert _said_in(redactor_default, text) == []


# ------------------------------------------------------------ 5. a plate cut by a lost word or a cue

@pytest.mark.parametrize("kind", ["srt", "txt"])
def test_a_plates_parts_around_a_lost_word(redactor_default, tmp_path, kind):
    parts = (("the plate was m nine eight four [inaudible] i think", "k a") if kind == "srt"
             else ("the plate was m nine eight four [inaudible] i think k a",))
    found = _found(redactor_default, tmp_path, kind, *parts)
    assert [(t, s) for t, s, _ in found] == [("VEHICLE_PLATE", "m nine eight four"), ("VEHICLE_PLATE", "k a")]
    assert found[0][2] == found[1][2]


def test_a_plate_before_a_laugh_keeps_to_itself(redactor_default):
    assert _said_in(redactor_default, "the plate was m nine eight four [laughs] i think so") == [
        ("VEHICLE_PLATE", "m nine eight four")]


# ------------------------------------------------------------ near misses over cues

@pytest.mark.parametrize("parts", [
    ("They paid fifteen million kip for it", "twenty-two divers went down that day"),
    ("We worked from eight to three,", "then room four one two, the room of twelve people."),
    ("It was nineteen ninety eight", "two thousand and four was worse"),
])
def test_sums_times_counts_years_and_rooms_over_cues_stay(redactor_default, tmp_path, parts):
    assert _found(redactor_default, tmp_path, "srt", *parts) == []


def test_two_speakers_numbers_in_adjacent_cues_stay_apart(redactor_default, tmp_path):
    assert _found(redactor_default, tmp_path, "vtt", "<v Ana>We had four four one two",
                  "<v Ben>five five six seven eight of them") == []
    typed = _found(redactor_default, tmp_path, "vtt", "<v Ana>We counted 4412", "<v Ben>55678 of them")
    assert typed == []


def test_a_number_asked_for_goes_on_over_another_voice(redactor_default, tmp_path):
    # a transcriber that gives the end of a dictated number to another voice: after a phone's
    # word the number is one, whoever the cue's voice is
    found = _found(redactor_default, tmp_path, "vtt", "<v Ana>my mobile is four four one two",
                   "<v Ben>five five six seven eight, yes")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "four four one two"), ("PHONE", "five five six seven eight")]
    assert found[0][2] == found[1][2]


@pytest.mark.parametrize("kind", ["srt", "json"])
def test_typed_groups_after_a_number_word_go_on_in_the_next_segment(redactor_default, tmp_path, kind):
    # a Whisper segment ends inside a typed number: " ... My own number is 0917 552" | " 8841, Tele2."
    found = _found(redactor_default, tmp_path, kind, " Not the work phone. My own number is 0917 552",
                   " 8841, Tele2. WhatsApp too.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "0917 552"), ("PHONE", "8841")]
    assert found[0][2] == found[1][2]
    # near miss: groups with no number's word before them are figures of their own
    found = _found(redactor_default, tmp_path, kind, " We were 25 in 2019", " 30 came back later.")
    assert found == []


def test_every_typed_group_in_the_next_segment_goes_with_the_number(redactor_default, tmp_path):
    found = _found(redactor_default, tmp_path, "json", " How can I reach you? My number is 0754",
                   " 618 392. Use it only on Signal.")
    assert [(t, s) for t, s, _ in found] == [("PHONE", "0754"), ("PHONE", "618 392")]
    assert found[0][2] == found[1][2]


def test_a_spoken_country_code_and_a_group_are_a_phones_start(redactor_default):
    assert _said_in(redactor_default, "the new one is plus nine nine eight, um, ninety three") == [
        ("PHONE", "plus nine nine eight, um, ninety three")]
    # near misses: sums said with "plus"
    assert _said_in(redactor_default, "it cost forty plus fifty five dollars, a hundred plus twenty five") == []
    assert _said_in(redactor_default, "the score was two plus three") == []
