"""Numbers and codes (round 12): a staff or worker code of capitals, dash and digits a few words
after the number's word; a national number of capitals and digits in one run after its name; an
office's file number of many groups; short national phone numbers after a phone word; a number
said over two cues with a full stop between; a typed code cut where two segments meet.  Exact
spans through the whole Redactor, and near misses that must not be found."""

from __future__ import annotations

import json

import pytest

from redactor.detect.joins import Glue, glued, glues, unglue
from redactor.model import Mention


def of_type(redactor, text: str, *types: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in types]


def findings(redactor, path):
    (result,) = redactor.run([path]).files
    return result, [(f.entity_type, f.text) for f in result.findings]


@pytest.mark.parametrize("text, expected", [
    ("my worker number is on it, KT-0452", "KT-0452"),
    ("the worker number on the card was KT-0452", "KT-0452"),
    ("they gave me a number, KT-0452, on the first day", "KT-0452"),
    ("my staff number, it's LW-118", "LW-118"),
    ("my pass said KT-0452 on it", "KT-0452"),
    ("staff number is FJ-KT-09127", "FJ-KT-09127"),
    ("my worker number is on it, KT0452", "KT0452"),
    ("the staff number was on it, KT 0452", "KT 0452"),
])
def test_a_letter_code_a_few_words_after_a_number_word_is_an_id(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER", "ORGANIZATION") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "a number of KC-135 tankers flew over",
    "the number one truck was an F-150",
    "fill in Form 27-B and sign it",
    "the CAT 797 truck was parked there",
    "my number is up. We flew the MD-500 back",
    "my number is on the list of CAT 797 trucks",
])
def test_counts_models_and_forms_after_a_number_word_are_no_id(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("my NIN is CM91027731PKQA", "CM91027731PKQA"),
    ("my NIN is CM91027731PKQA.", "CM91027731PKQA"),
    ("National ID: CM91027731PKQA", "CM91027731PKQA"),
    ("the ID was XK4471920BQ", "XK4471920BQ"),
    ("ID number AB12CD34EF56", "AB12CD34EF56"),
    ("my ID card says CM91027731PKQA", "CM91027731PKQA"),
    ("NIC 19840233917V", "19840233917V"),
])
def test_a_run_of_capitals_and_digits_after_an_id_word_is_an_id(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER", "LOCATION", "ORGANIZATION") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "my NIN is ABCDEFGHIJKLM",  # no digit
    "the ID was XK44BQ",  # too short for a run without separators
    "my ID is CM91027731PKQAZZZZZZZZZ1",  # longer than any national number
    "my ID card says nothing about it",
])
def test_runs_that_are_no_national_number(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("my number is KU-2-07/3-11-402/24", "KU-2-07/3-11-402/24"),
    ("the number KU-2-07/3-11-402/24 was on the letter", "KU-2-07/3-11-402/24"),
    ("note number 08-17/2024", "08-17/2024"),
    ("the letter number 2231/4 came back", "2231/4"),
    ("reference 04-1/2023-117", "04-1/2023-117"),
    ("reference number 2024HC00417", "2024HC00417"),
    ("my file number is KR2231B19", "KR2231B19"),
])
def test_an_offices_file_number_of_many_groups_is_one_id(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER", "ORGANIZATION") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "in 04/2023 we left",
    "on 12/04/2023 we left",
    "the score was 3-2-1 in the end",
    "a note on 2024",
    "when Protocol No. 11 to the Convention came into force",  # public law, not a file's number
    "under Resolution No. 1325 of the Security Council",
    "the file number COVID19 was a joke",
])
def test_dates_and_scores_are_no_file_number(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("my case number is four one one eight slash 2024 I think", "four one one eight slash 2024"),
    ("my case number is KA slash 4471 slash 2021 a lot of them", "KA slash 4471 slash 2021"),
    ("the number was KA slash 4471 slash I four two and that was it", "KA slash 4471 slash I four two"),
])
def test_the_pronoun_or_article_after_a_said_number_is_no_letter_of_it(redactor_default, text, expected):
    assert of_type(redactor_default, text, "ID_NUMBER") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text, expected", [
    ("you can call me on 836 2190", "836 2190"),
    ("my viber is 927-4418", "927-4418"),
    ("whatsapp me 836 2190", "836 2190"),
    ("mobile 836-2190 any time", "836-2190"),
    ("he gave me his whatsapp, it's 927 4418", "927 4418"),
    ("my mobile, it is 836 2190", "836 2190"),
    ("his mobile number was 836-21-90", "836-21-90"),
    ("text me on signal 927 4418", "927 4418"),
])
def test_seven_digit_phone_numbers_after_a_phone_word(redactor_default, text, expected):
    assert of_type(redactor_default, text, "PHONE") == [("PHONE", expected)]


@pytest.mark.parametrize("text", [
    "it was 7 ppm",
    "see page 836 2190",
    "the year 2190",
    "line 9 stopped",
    "room 12 was empty",
    "the phone, it's 2024 now",
    "my phone, it was 2019",
    "the signal 927 4418 was weak",
    "my phone number changed on 03.03.2022",
    "call me on 03-03-2022 if you can",
    "call me after 2022-03-03",
])
def test_numbers_without_a_phone_word_are_no_phone(redactor_default, text):
    assert of_type(redactor_default, text, "PHONE") == []


def _srt(first: str, second: str) -> str:
    return f"1\n00:00:01,000 --> 00:00:03,000\n{first}\n\n2\n00:00:03,000 --> 00:00:05,000\n{second}\n"


def test_a_number_said_on_after_a_cues_full_stop_is_one_id(redactor_default, tmp_path):
    path = tmp_path / "call.srt"
    path.write_text(_srt("My case number is four one one eight.", "Slash twenty twenty four."), encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert found == [("ID_NUMBER", "four one one eight"), ("ID_NUMBER", "Slash twenty twenty four")]
    out = redactor_default.write_redacted(result).decode("utf-8")
    # one entity; each cue keeps its full stop
    assert "My case number is [ID 1].\n" in out and "\n[ID 1].\n" in out and "[ID 2]" not in out


def test_a_number_said_on_after_a_full_stop_in_two_voiced_cues(redactor_default, tmp_path):
    path = tmp_path / "call.vtt"
    path.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Silva>My file is four one one eight.\n\n"
                    "00:00:03.000 --> 00:00:05.000\n<v Ana Silva>Slash twenty twenty four.\n", encoding="utf-8")
    result, found = findings(redactor_default, path)
    assert [text for t, text in found if t == "ID_NUMBER"] == ["four one one eight", "Slash twenty twenty four"]
    out = redactor_default.write_redacted(result).decode("utf-8")
    assert "<v [PERSON 1]>My file is [ID 1].\n" in out and "<v [PERSON 1]>[ID 1].\n" in out


def test_a_cue_that_starts_with_a_word_after_slash_is_no_part_of_a_number(redactor_default, tmp_path):
    path = tmp_path / "band.srt"
    path.write_text(_srt("There were four one one eight.", "Slash was the guitarist."), encoding="utf-8")
    _, found = findings(redactor_default, path)
    assert not any(t == "ID_NUMBER" for t, _ in found)


def _segments_json(path, *texts: str, speaker: str | None = None) -> None:
    segments = []
    for i, text in enumerate(texts):
        segment: dict = {"start": 2.0 * i, "end": 2.0 * i + 2, "text": text}
        if speaker:
            segment["speaker"] = speaker
        segments.append(segment)
    path.write_text(json.dumps({"text": "".join(texts), "segments": segments}), encoding="utf-8")


@pytest.mark.parametrize("texts, parts", [
    ((" Mine is FJ-KT", " -09127. Okay."), ["FJ-KT", "-09127"]),
    (("my badge number is LW-", "118 and that was it"), ["LW-", "118"]),
])
def test_a_code_cut_where_two_segments_meet_is_one_id(redactor_default, tmp_path, texts, parts):
    path = tmp_path / "talk.json"
    _segments_json(path, *texts)
    result, found = findings(redactor_default, path)
    assert [text for t, text in found if t == "ID_NUMBER"] == parts
    out = json.loads(redactor_default.write_redacted(result))
    assert [s["text"].count("[ID 1]") for s in out["segments"]] == [1, 1]
    assert "[ID 2]" not in json.dumps(out) and "09127" not in json.dumps(out) and "118" not in json.dumps(out)


def test_a_code_cut_between_two_segments_of_a_named_speaker(redactor_default, tmp_path):
    path = tmp_path / "talk.json"
    _segments_json(path, "my badge number is KT", "-0452 yes", speaker="Ana Silva")
    result, found = findings(redactor_default, path)
    assert ("ID_NUMBER", "KT") in found and ("ID_NUMBER", "-0452") in found
    out = json.loads(redactor_default.write_redacted(result))
    assert [s["text"] for s in out["segments"]] == ["my badge number is [ID 1]", "[ID 1] yes"]


def test_a_phone_number_over_two_segments_is_one_phone(redactor_default, tmp_path):
    path = tmp_path / "talk.json"
    _segments_json(path, " Call me on Viber on 927", " 4418. Okay.")
    result, found = findings(redactor_default, path)
    assert found == [("PHONE", "927"), ("PHONE", "4418")]
    out = json.loads(redactor_default.write_redacted(result))
    assert [s["text"] for s in out["segments"]] == [" Call me on Viber on [PHONE 1]", " [PHONE 1]. Okay."]


@pytest.mark.parametrize("texts", [
    ("the score was 3", "-2 at half time"),
    ("we said yes", "- no, we said no"),
    ("it cost us 20", "/ month"),
])
def test_scores_and_dialogue_dashes_at_a_join_are_no_code(redactor_default, tmp_path, texts):
    path = tmp_path / "talk.json"
    _segments_json(path, *texts)
    _, found = findings(redactor_default, path)
    assert not any(t == "ID_NUMBER" for t, _ in found)


def test_glue_moves_the_space_behind_the_codes_rest_and_back():
    text = "Mine is FJ-KT  -09127. Okay."
    join = text.index("  ")  # the joiner after the first segment's text
    found = glues(text, [join + 1])
    assert found == [Glue(gap=13, right=15, end=21)]
    seen = glued(text, found)
    assert seen == "Mine is FJ-KT-09127  . Okay." and len(seen) == len(text)
    whole = Mention(start=8, end=19, entity_type="ID_NUMBER", score=0.5, detector="x", text=seen[8:19])
    rest = Mention(start=13, end=19, entity_type="ID_NUMBER", score=0.5, detector="x", text=seen[13:19])
    okay = Mention(start=23, end=27, entity_type="PERSON", score=0.5, detector="x", text="Okay")
    back = unglue(text, [whole, rest, okay], found)
    assert [(m.start, m.end, m.text) for m in back] == [
        (8, 21, "FJ-KT  -09127"), (15, 21, "-09127"), (23, 27, "Okay")]


@pytest.mark.parametrize("text, join", [
    ("we said yes - no", 11),  # a dash set off by spaces on both sides
    ("words and more words", 9),  # no separator at the join
    ("Mine is FJ-KT -Okay", 13),  # no digit in the code
    ("it was -5 outside", 6),  # a word before a figure, no code's first part
    ("Mine is FJ-KT\n-0452", 13),  # pieces joined by a line break are not glued
])
def test_joins_that_cut_no_code(text, join):
    assert glues(text, [join]) == []
