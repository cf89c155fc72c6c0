"""A value replaced once is replaced wherever the leak audit would find it said again
(redactor.refine.values_again, redactor.audit.fold_mapped).

The audit reads every written copy back and refuses a file that still says a value the run
replaced.  Before this, a value found in one place and said again where no earlier step found
it (a date said in words in another file, a hyphened nickname a later step found) made the
audit refuse the file; and an ordinal written with digits was never searched at all.
"""

from __future__ import annotations

import pytest

from redactor.audit import fold, fold_mapped
from redactor.model import Mention
from redactor.refine.values_again import DETECTOR, ValuesAgain

THRESHOLD = 0.4


@pytest.mark.parametrize("text", [
    "plain words, and some-hyphened ones; o'clock",
    "Ċensu's café — Мирошниченко\u200bОльга",
    "tabs\tand\nnew lines__under_scores 12th",
    "",
])
def test_fold_mapped_reads_as_fold_and_maps_each_word_back(text):
    folded, spans = fold_mapped(text)

    assert folded == fold(text)
    assert [fold(text[a:b]).strip() for a, b in spans] == folded.split()


def _mention(text: str, value: str, entity_type: str = "PERSON", score: float = 0.6, key: str = "") -> Mention:
    start = text.index(value)
    return Mention(start, start + len(value), entity_type, score, "test", value, key=key)


def _values(*mentions: Mention, kept: tuple[str, ...] = (), starts: tuple[int, ...] = ()) -> ValuesAgain:
    values = ValuesAgain(lambda m: True, lambda: kept)
    values.learn(mentions, THRESHOLD, starts)
    return values


def test_a_hyphened_value_is_found_again_however_its_words_are_joined():
    first = "in the yard they call him big-rock, everyone does"
    values = _values(_mention(first, "big-rock", key="big-rock"))
    later = "then Big Rock came in, and big–rock left with big_rock"

    found = [m for m in values.find_in(later, [], THRESHOLD)]

    assert [(later[m.start:m.end], m.entity_type, m.key, m.detector) for m in found] == [
        ("Big Rock", "PERSON", "big-rock", DETECTOR), ("big–rock", "PERSON", "big-rock", DETECTOR),
        ("big_rock", "PERSON", "big-rock", DETECTOR)]


def test_what_a_confident_mention_covers_stays_and_a_guess_gives_way():
    values = _values(_mention("on the seventeenth", "the seventeenth", "DATE"))
    text = "a photo of the seventeenth and a note of the seventeenth"
    second = text.rindex("the seventeenth")
    confident = Mention(second, len(text), "DATE", 0.9, "other", "the seventeenth")
    guess = Mention(11, 26, "MILITARY_UNIT", 0.3, "guess", "the seventeenth")

    found = values.find_in(text, [guess, confident], THRESHOLD)

    assert [(m.start, m.end, m.entity_type, m.detector) for m in found] == [
        (11, 26, "DATE", DETECTOR), (second, len(text), "DATE", "other")]


def test_words_inside_longer_words_a_kept_value_and_a_low_score_are_not_values_found_again():
    values = _values(_mention("ask Ardenwick", "Ardenwick"), _mention("ask Pellowby", "Pellowby", score=0.2),
                     _mention("ask Tarrowmere", "Tarrowmere"), kept=("Tarrowmere",))
    text = "Ardenwicks, Pellowby and Tarrowmere, then Ardenwick"

    found = values.find_in(text, [], THRESHOLD)

    assert [text[m.start:m.end] for m in found] == ["Ardenwick"] and found[0].start == text.rindex("Ardenwick")


def test_a_value_inside_what_an_editor_let_stand_is_not_found_again_there():
    """The audit blanks a kept value before it searches: an e-mail kept on purpose that holds a
    name replaced elsewhere is left whole; the name alone elsewhere is still found.  The kept
    values are asked when searching (the decisions are applied after the values are learnt)."""
    kept: list[str] = []
    values = ValuesAgain(lambda m: True, lambda: kept)
    values.learn([_mention("ask Ardenwick", "Ardenwick")], THRESHOLD)
    kept.append("ardenwick.pellowby@example.org")
    text = "write to ardenwick.pellowby@example.org or ask Ardenwick"

    found = values.find_in(text, [], THRESHOLD)

    assert [(m.start, text[m.start:m.end]) for m in found] == [(text.rindex("Ardenwick"), "Ardenwick")]


def test_a_value_over_two_pieces_is_learnt_piece_by_piece_as_the_writer_places_it():
    first = "it was Bramwell\nOsterhagen who signed"
    start = first.index("Bramwell")
    values = _values(Mention(start, start + 19, "PERSON", 0.8, "test", first[start:start + 19]),
                     starts=(0, first.index("Osterhagen")))
    text = "Osterhagen again, Bramwell too"

    assert [text[m.start:m.end] for m in values.find_in(text, [], THRESHOLD)] == ["Osterhagen", "Bramwell"]


def _write(folder, files: dict[str, str]) -> None:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_a_date_said_in_words_in_two_files_is_written_not_refused(make_redactor, tmp_path):
    # The date rule fires where the first file says when it happened; the second file says the
    # same day with no such context.  Before, the audit found it there and refused the file.
    _write(tmp_path / "src", {
        "01.txt": "speaker 1: when did it happen\nspeaker 2: on the seventeenth, in the evening. the gate was open.\n",
        "02.txt": "speaker 1: do you have anything\nspeaker 2: yes. my cousin kept a picture of the seventeenth "
                  "and a copy of the log.\n"})

    run = make_redactor().redact_files([tmp_path / "src"], tmp_path / "out")

    assert run.exit_code == 0
    second = (tmp_path / "out" / "02.txt").read_text(encoding="utf-8")
    assert "seventeenth" not in second and "a copy of the log" in second
    replaced = {f.path.name: {x.replacement for x in f.findings if x.entity_type == "DATE"} for f in run.files}
    # each file's date is a value of its own file (``redactor.pipeline._in_own_file``)
    assert len(replaced["01.txt"]) == len(replaced["02.txt"]) == 1 and replaced["01.txt"] != replaced["02.txt"]


def test_a_hyphened_nickname_found_late_is_replaced_wherever_it_is_said(make_redactor, tmp_path):
    # The nickname is found where someone is said to be called it and spread where it is said as
    # a name; said after "spoke to" it was left, and the audit (which reads the hyphen as a
    # space, two words always searched) refused the file.
    nick = "el-doctor"
    _write(tmp_path / "src", {"01.txt": (
        f"speaker 2: the manager. he does the money for the owners. at the depot they call him {nick}, because "
        f"of how he shouts at people. {nick} said the repairs cost too much and we should wait.\n"
        f"speaker 1: and then\n"
        f"speaker 2: the inspectors came after the fire, they spoke to {nick} for five minutes and went away.\n")})

    run = make_redactor().redact_files([tmp_path / "src"], tmp_path / "out")

    assert run.exit_code == 0
    written = (tmp_path / "out" / "01.txt").read_text(encoding="utf-8")
    assert "doctor" not in written and "the inspectors came after the fire" in written
    assert len({x.replacement for x in run.files[0].findings if x.entity_type == "PERSON"}) == 1


def test_a_day_written_with_digits_is_searched_and_so_replaced_where_it_is_said_again(make_redactor, tmp_path):
    # An ordinal with digits was taken for a phrase of everyday words and never searched by the
    # audit, so the day replaced once stood in the clear a sentence later.
    _write(tmp_path / "src", {"01.txt": "Q: When were the samples taken?\nA: We took the samples on the 4th in the "
                                        "morning. The results from the 4th are not in the system anymore.\n"})

    run = make_redactor().redact_files([tmp_path / "src"], tmp_path / "out")

    assert run.exit_code == 0
    written = (tmp_path / "out" / "01.txt").read_text(encoding="utf-8")
    assert "4th" not in written and "are not in the system anymore" in written


def test_a_value_public_as_written_where_it_is_said_again_is_left_to_the_keep_rules():
    values = _values(_mention("the Vessberg Lower Court ruled", "the Vessberg Lower Court", "LOCATION"))
    text = "later the Vessberg-Lower Court and the Vessberg Lower Court met"

    def public(text: str, m: Mention) -> bool:
        return "-" in m.text

    found = values.find_in(text, [], THRESHOLD, public)

    assert [text[m.start:m.end] for m in found] == ["the Vessberg Lower Court"]


def test_a_value_found_again_takes_the_type_the_run_gave_it_most_often():
    text = "Orlavsky came, Orlavsky left, and in Orlavsky it rained"
    at = [i for i in range(len(text)) if text.startswith("Orlavsky", i)]
    mentions = [Mention(at[0], at[0] + 8, "LOCATION", 0.85, "model", "Orlavsky"),
                Mention(at[1], at[1] + 8, "PERSON", 0.85, "model", "Orlavsky"),
                Mention(at[2], at[2] + 8, "PERSON", 0.85, "model", "Orlavsky")]
    values = _values(*mentions)
    later = "then Orlavsky again"

    assert [(m.text, m.entity_type) for m in values.find_in(later, [], THRESHOLD)] == [("Orlavsky", "PERSON")]


def test_values_worked_out_in_a_files_own_process_are_learnt_as_the_whole_mentions_are():
    """A file's values (``needles``) worked out where the file was refined and learnt in the
    driver with the mentions' forms, offsets left out (``take``), find what ``learn`` finds:
    the same places, types, keys and scores, a low score and a cut at a piece start kept."""
    first = "ANA: Roza Bajramović from Gornji Vakuf, she said.\nBig-Rock said Tuesday the ninth"
    cue = first.index("Big-Rock")
    mentions = [_mention(first, "Roza Bajramović", key="roza bajramovic"),
                _mention(first, "Gornji Vakuf", "LOCATION", score=0.3),
                Mention(cue - 6, cue + 8, "PERSON", 0.8, "test", first[cue - 6:cue + 8], key="big rock"),
                _mention(first, "Tuesday the ninth", "DATE", score=0.9)]
    whole = ValuesAgain(lambda m: True)
    whole.learn(mentions, THRESHOLD, (0, cue))
    apart = ValuesAgain(lambda m: True)
    needles = apart.needles(mentions, THRESHOLD, (0, cue))
    forms = [Mention(0, 0, m.entity_type, m.score, m.detector, m.text, m.key, m.label) for m in mentions]
    apart.take((needle, forms[i]) for needle, i in needles)
    later = "Bajramović called from Gornji Vakuf on Tuesday the ninth; Big Rock and roza bajramović too"

    assert [(n.strip(), i) for n, i in needles] == [("roza bajramovic", 0), ("big rock", 2), ("tuesday the ninth", 3)]
    found = whole.find_in(later, [], THRESHOLD)
    assert [(later[m.start:m.end], m.entity_type, m.key) for m in found] == [
        ("Tuesday the ninth", "DATE", ""), ("Big Rock", "PERSON", "big rock"),
        ("roza bajramović", "PERSON", "roza bajramovic")]
    assert apart.find_in(later, [], THRESHOLD) == found
