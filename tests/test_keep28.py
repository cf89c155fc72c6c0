"""Round 28's public facts, through a whole Redactor: a public body's capitalised name whose last
words the model found alone ("Trabalho" of "Ministério Público do Trabalho"), a paper by its own
masthead word after a name no one has ("the Royal Gazette"), and "America"; with the near misses
that stay found (a person listed beside a body, a person after a body's title, a town's or a
person's paper, a person named America)."""

from __future__ import annotations

import pytest

ORG_TYPES = frozenset({"ORGANIZATION", "PERSON", "LOCATION"})


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, f.text) for f in redactor.scan(text) if f.entity_type in ORG_TYPES]


@pytest.mark.parametrize("text, part", [
    ("SOURCE: The Ministério Público do Trabalho opened an inquiry in Cuiabá. Procedures take months.",
     "Trabalho"),
    ("I sent a message to the Conseil du Café-Cacao hotline and to the CNS, the committee.", "Cacao"),
    ("Q: Does the Department of Environment and Coastal Resources check the permits?", "Coastal Resources"),
])
def test_the_rest_of_a_public_bodys_name_is_kept(redactor_default, text, part):
    assert all(part not in found for _, found in _found(redactor_default, text))


@pytest.mark.parametrize("text, expected", [
    # a person listed beside a body, or named after a body's title
    ("I told the Police and Tsegaye about the crates.", ("ORGANIZATION", "Tsegaye")),
    ("He drove for Kowalski Logistics and Ndlovu Transport.", ("ORGANIZATION", "Ndlovu Transport")),
])
def test_names_beside_a_body_stay_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


@pytest.mark.parametrize("text, surname", [
    # a surname after its particle right after a person's title is a person, not a body's name
    ("Mr President, I also thank Commissioner De Gucht for his very clear answers.", "Gucht"),
    ("The file went to Inspector van Rensburg, who signed it the same night.", "Rensburg"),
])
def test_a_surname_after_a_title_and_its_particle_stays_found(redactor_default, text, surname):
    assert any(kind == "PERSON" and surname in found for kind, found in _found(redactor_default, text))


def test_a_paper_by_its_own_masthead_word(redactor_default):
    text = "And the Royal Gazette had a piece quoting the CEO saying the claims were paid."
    assert _found(redactor_default, text) == []


@pytest.mark.parametrize("name, expected", [
    ("the Royal Gazette", True), ("Royal Gazette", True),
    # a town's paper, a person's, a firm's or a shop's
    ("the Nuneaton Herald", False), ("Anna Gazette", False), ("Kowalski News", False),
    ("Sunrise Post", False), ("Acme Trading Bulletin", False),
])
def test_a_paper_name_before_a_papers_word(name, expected):
    from redactor.detect.filters import SpanFilters

    assert SpanFilters.is_news_outlet(name) is expected


def test_america_is_public(redactor_default):
    assert _found(redactor_default, ">> he said he can't do much because facebook is in america") == []
    assert _found(redactor_default, "We sold the cells to a buyer in America, through a trader.") == []


def test_a_person_named_america_stays_found(redactor_default):
    assert ("PERSON", "America") in _found(redactor_default, "My cousin America said no to the contract.")


@pytest.mark.parametrize("text", [
    ">> nobody told the m c a or the h s e.\n>> and the company?",
    ">> the base manager, colin. he's from the u k, he's been here two years.",
])
def test_a_listed_acronym_said_letter_by_letter_is_kept(redactor_default, text):
    found = _found(redactor_default, text)
    assert not any(span.replace(" ", "").rstrip(".").lower() in {"hse", "uk", "theuk", "thehse"} for _, span in found)


@pytest.mark.parametrize("text, expected", [
    # a name being spelled, a reference's letters
    (">> my email is jordan at gmail dot com, j o r d a n.", ("PERSON", "j o r d a n")),
])
def test_spelled_names_stay_found(redactor_default, text, expected):
    assert expected in _found(redactor_default, text)


def test_spelled_letters_of_an_acronym():
    from redactor.detect.public_kinds import is_spelled_acronym
    from redactor.model import Mention

    class Lists:
        body_acronyms = frozenset({"OSHA", "HSE"})

        @staticmethod
        def is_kept_name(text: str) -> bool:
            return text.lower() in {"uk", "jordan"}

    def spelled(text: str, span: str) -> bool:
        at = text.index(span)
        return is_spelled_acronym(Lists(), text, Mention(at, at + len(span), "PERSON", 0.8, "SpacyRecognizer", span))

    assert spelled("the o s h a lady came", "o s h")  # the letter the model left out is read too
    assert spelled("nobody told the h s e.", "the h s e.")
    assert spelled("he's from the u k, he", "the u k")
    assert not spelled("that's j o r d a n", "j o r d a n")  # a kept name spelled: a name being spelled
    assert not spelled("the k l m four", "k l m")
    assert not spelled("the osha lady", "osha")



def test_letters_the_model_ran_on_from_over_a_cue_end():
    from redactor.detect.public_kinds import is_spelled_acronym
    from redactor.model import Mention

    class Lists:
        body_acronyms = frozenset({"HSE"})

        @staticmethod
        def is_kept_name(text: str) -> bool:
            return False

    def spelled(text: str, span: str) -> bool:
        at = text.index(span)
        return is_spelled_acronym(Lists(), text, Mention(at, at + len(span), "ORGANIZATION", 0.8, "SpacyRecognizer", span))

    # everyday words after the letters' sentence go with them; a name does not
    assert spelled("nobody told the h s e.           can i call you", "the h s e.           can i")
    assert not spelled("nobody told the h s e.           john said", "the h s e.           john")
