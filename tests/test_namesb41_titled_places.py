"""A title and the names after it, the whole span the model called a place or a company, is a
person (round 41): "Tio Braima", "ustaza nabila", "Mam Saeed", a caption's "daw aye aye khaing".
Wrong type is another pseudonym family and a split from the person's other mentions.  Places
named after a saint or a title, words a name never is, and relations' words stay as found."""

from __future__ import annotations

import pytest

from redactor.detect.filters import _title_and_names_the_model_placed
from redactor.model import MODEL_DETECTOR, Mention


def _found(text: str, span: str, entity_type: str) -> Mention:
    start = text.index(span)
    return Mention(start, start + len(span), entity_type, 0.85, MODEL_DETECTOR, span)


@pytest.mark.parametrize("text, span, entity_type", [
    # Portuguese "tio" (uncle) before a Guinean given name no list holds
    ("The one who got me the job is my brother-in-law, Tio Braima, he drives the tanker.", "Tio Braima", "LOCATION"),
    # Arabic "ustaza" (teacher, Mrs) in a caption
    ("she said her name is ustaza nabila, she teaches at the school", "ustaza nabila", "LOCATION"),
    # Wolof and Kurdish "Mam" (elder) written with its capital, before a name English also writes
    ("The NGO car, a white Hilux with our logo, the driver is Mam Saeed. He is sixty.", "Mam Saeed", "ORGANIZATION"),
    # Burmese "daw" in a caption: every word after it is the name, "aye" too
    ("her mother daw aye aye khaing sold rice at the gate", "daw aye aye khaing", "ORGANIZATION"),
])
def test_title_and_names_the_model_placed_is_a_person(text: str, span: str, entity_type: str) -> None:
    found = _title_and_names_the_model_placed(text, _found(text, span, entity_type))
    assert (found.entity_type, text[found.start:found.end]) == ("PERSON", span)


@pytest.mark.parametrize("text, span, entity_type", [
    ("We drove to Sidi Bouzid in the morning.", "Sidi Bouzid", "LOCATION"),        # a town
    ("We went to St Helena last year.", "St Helena", "LOCATION"),                  # a saint's place
    ("The shop is on U Thant Street.", "U Thant Street", "LOCATION"),              # "Street" is no given name
    ("I love Mama Africa, the band.", "Mama Africa", "ORGANIZATION"),              # a continent
    ("She works at Mister Donut now.", "Mister Donut", "ORGANIZATION"),            # an English word
    ("He lives in Moulay Idriss now.", "Moulay Idriss", "LOCATION"),               # a town
    ("The money went to Daw Khin Kyi Foundation.", "Daw Khin Kyi Foundation", "ORGANIZATION"),  # four names at most
    ("It is the Tio Braima road.", "Braima road", "LOCATION"),                     # no title first in the span
])
def test_places_and_firms_after_titles_stay(text: str, span: str, entity_type: str) -> None:
    found = _title_and_names_the_model_placed(text, _found(text, span, entity_type))
    assert found.entity_type == entity_type


def test_only_the_models_guess_is_retyped() -> None:
    text = "The one who got me the job is Tio Braima."
    profiled = Mention(text.index("Tio"), len(text) - 1, "LOCATION", 1.0, "SourceProfileRecognizer", "Tio Braima")
    assert _title_and_names_the_model_placed(text, profiled).entity_type == "LOCATION"


# -- a name given after "my name is" ------------------------------------------------------------

@pytest.mark.parametrize("text, span, entity_type, expected", [
    ("ok we are recording. my name is codjo hounsou, i distil sodabi here.", "codjo hounsou", "ORGANIZATION", "PERSON"),
    ("Yes. My name is Yunior Encarnación. I am seventeen.", "Yunior Encarnación", "ORGANIZATION", "PERSON"),
    ("The man who died? His name was Md. Shahidul Islam. He was from Sylhet.", "Md. Shahidul Islam", "LOCATION", "PERSON"),
    ("my surname is Kambonde, with a K", "Kambonde", "LOCATION", "PERSON"),
    # a firm's name, a name not right after the words, a user name, a figure: as found
    ("Their name is Apex Logistics, a small firm.", "Apex Logistics", "ORGANIZATION", "ORGANIZATION"),
    ("The company name is Apex Logistics.", "Apex Logistics", "ORGANIZATION", "ORGANIZATION"),
    ("my name is on the list at Apex Logistics", "Apex Logistics", "ORGANIZATION", "ORGANIZATION"),
    ("his username is Apex Logistics", "Apex Logistics", "ORGANIZATION", "ORGANIZATION"),
    ("my name is in block 4B of Kasbi", "4B of Kasbi", "LOCATION", "LOCATION"),
])
def test_a_name_given_after_name_is_is_a_person(text: str, span: str, entity_type: str, expected: str) -> None:
    from redactor.detect.filters import _named_the_model_placed

    found = _named_the_model_placed(text, _found(text, span, entity_type))
    assert (found.entity_type, text[found.start:found.end]) == (expected, span)
