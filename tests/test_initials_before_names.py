"""An initial said before a surname is the name's: "t quayle" after "tom quayle", "login l
laninbelik" after "miss lorine laninbelik", and an e-mail's local part "t rennick climbs".
Texts from the design sets (fresh21, fresh22, fresh23, fresh39)."""

from __future__ import annotations

from redactor.detect.recognizers.spoken.contact import SpokenContactRecognizer
from redactor.entities.variants import default_given_names
from redactor.model import Mention
from redactor.refine.initials import initials_before_names
from tests.scan_helpers import srt_cues


def _person(text: str, word: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), "PERSON", 0.85, "SpacyRecognizer", word)


def _grown(text: str, mentions: list[Mention]) -> list[str]:
    return [m.text for m in initials_before_names(text, mentions, default_given_names())]


def test_an_initial_before_a_surname_is_the_name_of_a_person_the_text_names_with_that_letter():
    text = ("that's it. email's tquayle at manx dot net, t quayle, q u a y l e\n"
            "and your name for my notes\ntom quayle. there's fifty of us with that name")
    ms = [_person(text, "quayle", 1), _person(text, "tom quayle")]
    grown = initials_before_names(text, ms, default_given_names())
    assert [(m.start, m.end, m.text) for m in grown] == [(44, 52, "t quayle"), (93, 103, "tom quayle")]
    assert grown[0].key == "quayle"  # keyed by the name it grew from, no person of its own
    # fresh21: the surname found again after "miss lorine laninbelik"
    text = ("my supervisor is miss lorine laninbelik, the finance officer. the list was printed by "
            "someone else, under the login l laninbelik\n")
    assert _grown(text, [_person(text, "miss lorine laninbelik"), _person(text, "laninbelik", 1)]) == \
        ["miss lorine laninbelik", "l laninbelik"]
    # fresh23: the given name said in the next cue
    text = "same. t gallienne, g a l l i e n n e, at c w g s y dot net. thanks, tamsin."
    assert _grown(text, [_person(text, "gallienne"), _person(text, "tamsin")]) == ["t gallienne", "tamsin"]


def test_no_initial_where_no_one_has_that_letter_or_the_letter_is_a_word():
    # no person named with "b"; "a" and "i" are words; the name after "y" is a given name
    text = "it was tom and b garcia who came, a garcia stayed, i garcia too. tom y luis came"
    ms = [_person(text, "tom"), _person(text, "garcia"), _person(text, "garcia", 1),
          _person(text, "garcia", 2), _person(text, "tom", 1), _person(text, "luis")]
    assert _grown(text, ms) == ["tom", "garcia", "garcia", "garcia", "tom", "luis"]
    # a letter after an apostrophe, the last of a spelt word, one inside another mention
    text = "tom said it's quayle, q u a y l e t quayle, and tom t quayle"
    ms = [_person(text, "tom"), _person(text, "quayle"), _person(text, "quayle", 1), _person(text, "tom", 1),
          Mention(text.index("tom t") + 4, text.index("tom t") + 5, "ID_NUMBER", 0.5, "x", "t"),
          _person(text, "quayle", 2)]
    assert _grown(text, ms) == ["tom", "quayle", "quayle", "tom", "t", "quayle"]
    # the letter is the surname's own first letter only
    text = "the login l laninbelik"
    assert _grown(text, [_person(text, "laninbelik")]) == ["laninbelik"]


def _emails(text: str) -> list[tuple[int, int, str]]:
    recognizer = SpokenContactRecognizer()
    recognizer.load()
    return [(r.start, r.end, text[r.start:r.end]) for r in recognizer.analyze(text, ["EMAIL"], None)
            if r.entity_type == "EMAIL"]


def test_an_initial_said_before_a_local_part_is_no_word_of_its_own():
    # fresh39: the local part "trennickclimbs", said over a caption's line break
    text = ">> and if someone wants to write to you\n>> tayla, t rennick\nclimbs at bigpond dot com\n"
    assert _emails(text) == [(50, 85, "t rennick\nclimbs at bigpond dot com")]
    # two words and an initial still end at a word before them
    text = "i told tom w rennick climbs at bigpond dot com"
    assert _emails(text) == [(11, 46, "w rennick climbs at bigpond dot com")]


def test_words_before_a_local_part_stay_out():
    assert _emails("write to jan novak at proton dot me") == [(9, 35, "jan novak at proton dot me")]
    assert _emails("i told tom rennick climbs at bigpond dot com") == [(11, 44, "rennick climbs at bigpond dot com")]
    assert _emails("it's a rennick climbs at bigpond dot com") == [(7, 40, "rennick climbs at bigpond dot com")]


def test_an_initial_inside_a_framed_local_part_keeps_the_words_before_it():
    # after its frame every word said is the local part's; a word before the initial is kept
    assert _emails("my email is jan k novak at gmail dot com") == [(12, 40, "jan k novak at gmail dot com")]
    # a word before an initial that begins the two words kept stays out ("y" is Spanish "and")
    assert _emails("we said hola y adios at gmail dot com") == [(13, 37, "y adios at gmail dot com")]


def test_in_a_caption_file_the_initial_and_the_surname_are_the_person(redactor_default, tmp_path):
    # fresh22's cue: the surname found in "t quayle" takes its initial, one pseudonym with Tom's
    path = tmp_path / "talk.srt"
    path.write_text(srt_cues("that's it. email's tquayle at manx dot net, t quayle, q u a y l e",
                             "and your name for my notes",
                             "tom quayle. there's fifty of us with that name"), encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    people = {f.text: f.replacement for f in result.findings if f.entity_type == "PERSON"}
    assert "t quayle" in people and "quayle" not in people
    assert people["t quayle"] == people["tom quayle"]
