"""Two names of one person said side by side, a comma between (``redactor.refine.appositions``)."""

from __future__ import annotations

from redactor.refine.appositions import link_appositions
from tests.mention_helpers import in_order


def _keys(text: str, *names: str) -> list[str]:
    return [m.key for m in link_appositions(text, in_order(text, *names))]


def test_a_nickname_beside_a_full_name_is_keyed_by_it_in_either_order():
    assert _keys("The night nurse, Kiki, Dagny Brandt, was on shift.", "Kiki", "Dagny Brandt") == ["dagny brandt", ""]
    assert _keys("Dagny Brandt, Kiki, was on shift.", "Dagny Brandt", "Kiki") == ["", "dagny brandt"]
    # two names of two words: the second explains the first
    assert _keys("A: Kiki Lou, Solveig Brandt, said so.", "Kiki Lou", "Solveig Brandt") == ["solveig brandt", ""]
    # two names of two words sharing one: the one that starts with it is the given name's holder
    assert _keys("Her cousin, Zuma Kiki, Kiki Lou, came.", "Zuma Kiki", "Kiki Lou") == ["kiki lou", ""]
    assert _keys("Kiki Lou, Zuma Kiki, came.", "Kiki Lou", "Zuma Kiki") == ["", "kiki lou"]
    assert _keys("Her cousin, Zuma Lou, Kiki Lou, came.", "Zuma Lou", "Kiki Lou") == ["", ""]


def test_a_list_a_name_after_a_word_and_two_lone_names_are_left_alone():
    # someone else named in the sentence: a list of people
    assert _keys("I met Dagny Brandt, Kiki, and Solveig at the gate.", "Dagny Brandt", "Kiki", "Solveig") == [""] * 3
    # the first name is the object of a word before it, the second a person of its own
    assert _keys("The lawyer for Dagny Brandt, Solveig Moen, said nothing.", "Dagny Brandt", "Solveig Moen") == [""] * 2
    # a list of two that goes on with "and"
    assert _keys("Dagny Brandt, Solveig Moen, and the driver came.", "Dagny Brandt", "Solveig Moen") == [""] * 2
    # the second name does not end a clause ("Dagny Brandt, Kiki told me")
    assert _keys("Dagny Brandt, Kiki told me so.", "Dagny Brandt", "Kiki") == [""] * 2
    # two lone names, or a possessive
    assert _keys("Thanks, Kiki, Solveig.", "Kiki", "Solveig") == [""] * 2
    assert _keys("Kiki, Dagny Brandt's sister, came.", "Kiki", "Dagny Brandt") == [""] * 2


def test_a_nickname_said_in_apposition_keeps_the_full_names_pseudonym_through_the_pipeline(make_redactor):
    text = "The night nurse, Kiki, Dagny Brandt, was on shift. Kiki saw everything."
    assert make_redactor().redact(text) == (
        "The [OCCUPATION 1], [PERSON 1], [PERSON 1], was on shift. [PERSON 1] saw everything.")


def test_a_lone_name_tied_to_the_full_name_beside_it_is_keyed_by_it_wherever_it_opens():
    # cut short at its start, after a sentence's end or a word (not a comma)
    assert _keys("then the boat came back. dario, dariusz kowal, he was on deck.", "dario", "dariusz kowal") == [
        "dariusz kowal", ""]
    assert _keys("His brother Ottie, Ottokar Brandt, took the keys.", "Ottie", "Ottokar Brandt") == [
        "ottokar brandt", ""]
    # a part of a hyphenated name
    assert _keys("We asked Ti-Mau, Maurice Lenz, about it.", "Ti-Mau", "Maurice Lenz") == ["maurice lenz", ""]
    # the same word, a full stop between, the lone name a sentence of its own
    assert _keys("A: Ottokar Brandt. Ottie. I work at the port.", "Ottokar Brandt", "Ottie") == ["", "ottokar brandt"]
    assert _keys("he left first. maurice. maurice lenz, he drives.", "maurice", "maurice lenz") == ["maurice lenz", ""]


def test_a_lone_name_beside_a_full_name_without_a_tie_or_a_sentence_of_its_own_is_left_alone():
    # no tie: a name after a word is that word's
    assert _keys("His brother Ottie, Solveig Moen, took the keys.", "Ottie", "Solveig Moen") == [""] * 2
    # two letters kept of a whole name are no tie
    assert _keys("His brother Ot, Ottokar Brandt, took the keys.", "Ot", "Ottokar Brandt") == [""] * 2
    # the lone name after the full stop goes on with a sentence; the one before it ends another
    assert _keys("A: Ottokar Brandt. Ottie said no.", "Ottokar Brandt", "Ottie") == [""] * 2
    assert _keys("I told ottie. ottokar brandt came.", "ottie", "ottokar brandt") == [""] * 2
    # two full names, or someone else named in the sentences
    assert _keys("A: Ottokar Brandt. Otto Brandt.", "Ottokar Brandt", "Otto Brandt") == [""] * 2
    assert _keys("Solveig and Ottie, Ottokar Brandt, came.", "Solveig", "Ottie", "Ottokar Brandt") == [""] * 3


def test_a_cut_short_name_beside_the_full_name_keeps_its_pseudonym_through_the_pipeline(make_redactor):
    text = "His brother Ottie, Ottokar Brandt, took the keys. Ottie never came back."
    assert make_redactor().redact(text) == (
        "His brother [PERSON 1], [PERSON 1], took the keys. [PERSON 1] never came back.")


def test_the_sentence_before_a_pair_starts_where_a_search_from_the_text_s_start_says():
    """The end of the sentence before a pair's first name is searched backwards from the name:
    at every place of a text, the same end a search from the text's start finds last."""
    from redactor.refine.appositions import _SENTENCE_END, _SENTENCE_END_BEFORE

    text = "Q: Who came? A: Mira; then Tobias Lind.\nHe left! Did Ana stay?\n\nYes. Ana Vrba stayed"
    for at in range(len(text) + 1):
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, at)]
        found = _SENTENCE_END_BEFORE.search(text, 0, at)
        assert (found.end() if found is not None else 0) == (ends[-1] if ends else 0)
    assert _SENTENCE_END_BEFORE.search(text, 0, 11) is None  # "Q: Who came" holds no end
