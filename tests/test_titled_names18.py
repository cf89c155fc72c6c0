"""A name after an abbreviated title whose words no name list holds ("Mr" then two or three rare
words): the whole name is the person's, not only its first word (round 18)."""

from __future__ import annotations

import pytest

from redactor import Redactor
from redactor.detect.recognizers.names import NameGazetteerRecognizer


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.fixture(scope="module")
def recognizer() -> NameGazetteerRecognizer:
    return NameGazetteerRecognizer()


def person_spans(redactor: Redactor, text: str) -> list[str]:
    return [text[f.start:f.end] for f in redactor.scan(text) if f.entity_type == "PERSON"]


def names(recognizer: NameGazetteerRecognizer, text: str) -> list[str]:
    return [text[r.start:r.end] for r in recognizer.analyze(text, ["PERSON"])]


# Formal prose in which the model misses the name: the name finder alone has to carry it whole.
_FORMAL = ("The petition was lodged with the board under section 12 of the Act on Fair Trading and "
           "Consumer Protection (“the Act”) by a Turkish national, {} (“the petitioner”), on 4 March 2003.")


@pytest.mark.parametrize("name", [
    "Mr Tunç Erdemarslan",    # two words no list holds
    "Mr Ilkay Gümüşsoy",
])
def test_whole_titled_name_is_masked(redactor: Redactor, name: str) -> None:
    text = _FORMAL.format(name)
    assert name in person_spans(redactor, text), "part of the name is left in clear"


@pytest.mark.parametrize("text, name", [
    ("We wrote to Mr Tolgahan Yeşiltepeli about the lease.", "Tolgahan Yeşiltepeli"),
    ("Ms Sevgül Kurtçebe signed it.", "Sevgül Kurtçebe"),
    # a known given name, then three words no list holds
    ("It was filed by Mr Mehmet Ilkay Dörtkardeş Gümüşsoy in July.", "Mehmet Ilkay Dörtkardeş Gümüşsoy"),
])
def test_unknown_words_after_a_title_are_one_name(recognizer: NameGazetteerRecognizer, text: str, name: str) -> None:
    assert names(recognizer, text) == [name]


@pytest.mark.parametrize("text, name", [
    ("I gave Mr Tolgahan Tuesday off.", "Tolgahan"),        # a day after the name is no part of it
    ("We went to the Dr Zandipour Clinic.", "Zandipour"),  # a common English word ends the name
    ("Then Mr Kurtçebe Ankara called.", "Kurtçebe"),       # a place is no surname here
])
def test_titled_name_stops_at_words_and_places(recognizer: NameGazetteerRecognizer, text: str, name: str) -> None:
    assert names(recognizer, text) == [name]


# Initials after a title, as judgments and agencies write a party's or an agent's name: a
# letter pair ("Kw."), initials joined by a hyphen ("J.-P."); the full stops end no sentence.
_AGENTS = ("The claimant was granted leave to be represented by Mr Kw. Zieliński (rule 12 of the "
           "rules of the board). The ministry was represented by its agent, Mr J.-P. Lindqvist, of "
           "the legal department.")


@pytest.mark.parametrize("name", ["Kw. Zieliński", "J.-P. Lindqvist"])
def test_initials_after_a_title_stay_with_the_surname(redactor: Redactor, name: str) -> None:
    start = _AGENTS.index(name)
    end = start + len(name)
    assert any(f.start <= start and end <= f.end for f in redactor.scan(_AGENTS) if f.entity_type == "PERSON"), \
        "the initials and the surname are not one person's span"


@pytest.mark.parametrize("text", [
    "The letter went to Dr J. The results came later.",   # a full stop then a sentence
    "We asked Mr K. whether it was true.",                # no surname after the initial
])
def test_initials_without_a_surname_take_no_word(recognizer: NameGazetteerRecognizer, text: str) -> None:
    assert not any(" " in n for n in names(recognizer, text))
