"""A number replaced once is replaced wherever the run says it again (redactor.refine.numbers_again).

The leak audit refuses a file that still says a value the run replaced elsewhere; before this,
a number found by its context in one place ("My staff number is 4471 0932") and said again where
no context rule fires was left in the clear (or half of it was taken for a year), and the file
was refused or leaked its tail.
"""

from __future__ import annotations

import json

from redactor.model import Mention
from redactor.refine.numbers_again import DETECTOR, NumberForms

THRESHOLD = 0.4


def _mention(text: str, value: str, entity_type: str = "ID_NUMBER", score: float = 0.6,
             key: str = "") -> Mention:
    start = text.index(value)
    return Mention(start, start + len(value), entity_type, score, "test", value, key=key)


def _found(forms: NumberForms, text: str, existing: list[Mention] | None = None) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity_type) for m in forms.find_in(text, existing or [])]


FIRST = "Source: My staff number is 4471 0932. They keep it on file."


def test_a_number_said_again_elsewhere_is_found_with_its_first_type_and_key():
    forms = NumberForms.learn([_mention(FIRST, "4471 0932", key="id:44710932")], THRESHOLD)
    later = "Source: I wrote 4471 0932 on the form and the guard laughed."

    found = forms.find_in(later, [])

    assert [(later[m.start:m.end], m.entity_type, m.key, m.detector) for m in found] == \
        [("4471 0932", "ID_NUMBER", "id:44710932", DETECTOR)]


def test_the_audits_reading_of_punctuation_and_case_is_the_sweeps():
    forms = NumberForms.learn([_mention(FIRST, "4471 0932"), _mention("plate KX 552 AB here", "KX 552 AB", "ID_NUMBER")],
                              THRESHOLD)
    text = "It was 4471-0932 then, and the car kx-552-ab outside."

    assert _found(forms, text) == [("4471-0932", "ID_NUMBER"), ("kx-552-ab", "ID_NUMBER")]


def test_not_inside_a_longer_number_or_code():
    forms = NumberForms.learn([_mention(FIRST, "4471 0932")], THRESHOLD)

    assert _found(forms, "The box 14471 0932 and 4471 09321 and A4471 0932 are others.") == []


def test_three_digits_alone_are_not_swept_as_the_audit_does_not_search_them():
    # the piece of a number split over two cues ("my Lonestar is 088" / "552 301"): another
    # file may say it as a room number
    text = "Source: Room 622 is mine."
    forms = NumberForms.learn([_mention("Call 622 now", "622", "PHONE")], THRESHOLD)

    assert not forms
    assert _found(forms, text) == []


def test_values_without_a_digit_weak_findings_and_kept_values_are_not_swept():
    name = "Source: Tavita Leiataua said so."
    weak = "Reporter: on 2207 1954 maybe."
    kept = "The hotline 1985 1985 is public."
    forms = NumberForms.learn([_mention(name, "Tavita Leiataua", "PERSON"),
                               _mention(weak, "2207 1954", "DATE", score=0.2),
                               _mention(kept, "1985 1985", "PHONE")], THRESHOLD, kept=["1985 1985"])

    assert not forms
    assert _found(forms, "Tavita Leiataua, 2207 1954, 1985 1985.") == []


def test_a_number_said_in_words_and_letters_is_found_again_but_not_words_that_only_hold_a_number():
    said = "speaker 2: the plate is k d seven four two one m r."
    forms = NumberForms.learn([_mention(said, "k d seven four two one m r", "VEHICLE_PLATE"),
                               _mention("on the fourth of june", "the fourth of june", "DATE"),
                               _mention("twenty years in the job", "twenty years", "DURATION"),
                               _mention("at seven thirty", "seven thirty", "TIME")], THRESHOLD)
    text = "speaker 1: so K.D. seven four two one M R? and the fourth of june, twenty years."

    # "seven thirty" is a number said in words: found again where it is said whole, as the audit
    # would search it, but not here, where it is not said
    assert _found(forms, text) == [("K.D. seven four two one M R", "VEHICLE_PLATE")]
    assert _found(forms, "we left at seven thirty sharp") == [("seven thirty", "TIME")]


def test_a_number_said_through_the_transcribers_noise_is_found_when_read_back_without_it():
    said = "it's zero nine one [inaudible] four four (crosstalk) eight two"
    forms = NumberForms.learn([_mention(said, "zero nine one [inaudible] four four (crosstalk) eight two", "PHONE")],
                              THRESHOLD)

    assert _found(forms, "so zero nine one four four eight two, yes") == [("zero nine one four four eight two", "PHONE")]
    assert _found(forms, "zero nine one four four seven two") == []


def test_a_weaker_reading_inside_it_gives_way_but_a_mention_over_it_or_across_its_edge_stays():
    forms = NumberForms.learn([_mention(FIRST, "4471 0932")], THRESHOLD)
    text = "Source: I wrote 4471 0932 on the form."
    year = _mention(text, "4471", "DATE", 0.45)
    whole = _mention(text, "4471 0932", "PHONE", 0.7)
    across = Mention(text.index("wrote"), text.index("0932"), "DETAIL", 0.5, "test", "wrote 4471 ")

    assert _found(forms, text, [year]) == [("4471 0932", "ID_NUMBER")]
    assert _found(forms, text, [whole]) == []
    assert _found(forms, text, [across]) == []


def test_the_strongest_reading_of_a_value_is_the_one_it_is_found_again_as():
    other = "Reporter: the number 4471 0932?"
    forms = NumberForms.learn([_mention(other, "4471 0932", "DATE", 0.45), _mention(FIRST, "4471 0932", "ID_NUMBER", 0.6)],
                              THRESHOLD)

    assert _found(forms, "Yes, 4471 0932.") == [("4471 0932", "ID_NUMBER")]


def test_a_run_replaces_a_number_in_every_file_that_says_it_with_one_replacement(make_redactor, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "01.txt").write_text("Reporter: What is the number of your staff card?\n" + FIRST + "\n", encoding="utf-8")
    (src / "02.txt").write_text("Source: I wrote 4471 0932 on the form and the guard laughed.\n", encoding="utf-8")

    run = make_redactor().redact_files([src], tmp_path / "out")

    assert run.exit_code == 0
    outputs = {p: (tmp_path / "out" / p).read_text(encoding="utf-8") for p in ("01.txt", "02.txt")}
    assert not any("4471" in t or "0932" in t for t in outputs.values())
    replaced = {f.path.name: {x.replacement for x in f.findings if x.entity_type == "ID_NUMBER"} for f in run.files}
    assert replaced["01.txt"] == replaced["02.txt"] and len(replaced["01.txt"]) == 1


def test_a_plate_said_in_pieces_over_cues_and_read_back_whole_is_written_not_refused(make_redactor, tmp_path):
    # The pieces are one finding across the cues, cut at the cue boundary when written; the read-back
    # in the next cue says the first piece again.  Before, the audit found "k d seven" there and
    # refused the file.
    cues = ["what car did they use outside\nthe house", "a grey land cruiser i took the plate it's\nk d seven",
            "four two one [inaudible] m r", "k d seven four two one m r and my brother\nsaw the same car at the market"]
    src = tmp_path / "src"
    src.mkdir()
    (src / "call.srt").write_text("".join(f"{n}\n00:00:{2 * n:02d},000 --> 00:00:{2 * n + 1:02d},500\n{c}\n\n"
                                          for n, c in enumerate(cues, 1)), encoding="utf-8")

    run = make_redactor().redact_files([src], tmp_path / "out")

    assert run.exit_code == 0
    written = (tmp_path / "out" / "call.srt").read_text(encoding="utf-8")
    assert "seven" not in written and "four two one" not in written
    assert "saw the same car at the market" in written


def test_a_whisper_json_whose_top_text_is_not_its_segments_is_written_not_refused(make_redactor, tmp_path):
    # The top-level text is scanned on its own when it is not the segments joined; a number it
    # replaces is replaced in the segments too, so the audit has nothing to refuse.
    segments = [
        {"id": 0, "start": 0.0, "end": 3.0, "text": " Reporter: What is your staff card number?"},
        {"id": 1, "start": 3.0, "end": 6.0, "text": " Yes. I wrote 4471 0932 on the form."},
    ]
    top = "Reporter: What is your staff card number? My staff number is 4471 0932. Yes."
    src = tmp_path / "src"
    src.mkdir()
    (src / "call.json").write_text(json.dumps({"text": top, "segments": segments, "language": "en"}, indent=2),
                                   encoding="utf-8")

    run = make_redactor().redact_files([src], tmp_path / "out")

    assert run.exit_code == 0
    written = json.loads((tmp_path / "out" / "call.json").read_text(encoding="utf-8"))
    assert "4471" not in written["text"] and "4471" not in written["segments"][1]["text"]
    assert "0932" not in json.dumps(written)
