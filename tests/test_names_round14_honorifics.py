"""A name with an honorific joined by a hyphen is the same person as the name alone (round 14).

"ishikawa-san", "tanaka-kun", "Yuki-chan", "Nakamura-sensei", "Reza-jan", "Aziz-aka": the
honorific is said to a person only, so the word is a person even where the model called it a
company or the name alone is a prefecture; the name said alone later ("what about ishikawa?")
is the same person, and a name found alone is found again with its honorific joined
("reza-jan" of Reza Tehrani), the honorific in the span.  A firm's double name ("Sumitomo-Sanyo")
ends in no honorific."""

from __future__ import annotations

import pytest

from redactor.detect.filters import _honorific_joined_the_model_placed
from redactor.model import Mention
from redactor.refine.propagate import surface_forms
from tests.scan_helpers import found_in_file, people


def test_the_name_alone_after_its_honorific_is_the_person(redactor_default, tmp_path):
    text = "Source: ishikawa-san said tape it. what about ishikawa? she knows.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("ishikawa-san", text.index("ishikawa-san")), ("ishikawa", text.index("ishikawa?"))]


def test_the_honorific_joined_to_a_name_found_alone_goes_with_it(redactor_default, tmp_path):
    text = "Source: my friend Reza Tehrani came.\nSource: then reza-jan agreed, reza-jan was sure.\n"
    assert people(found_in_file(redactor_default, tmp_path, text)) == [
        ("Reza Tehrani", text.index("Reza")), ("reza-jan", text.index("reza-jan")),
        ("reza-jan", text.rindex("reza-jan"))]


@pytest.mark.parametrize("word, kind", [
    ("Ishikawa-san", "PERSON"),  # a prefecture and a surname
    ("tanaka-kun", "PERSON"),
    ("Sumitomo-Sanyo", "ORGANIZATION"),  # no honorific at its end
    ("Sanyo", "ORGANIZATION"),
    ("Kyoto-san", "ORGANIZATION"),  # a city the name lists do not know as a person's
])
def test_a_model_company_with_a_joined_honorific_is_a_person(word, kind):
    m = Mention(start=0, end=len(word), entity_type="ORGANIZATION", score=0.85, detector="SpacyRecognizer", text=word)
    assert _honorific_joined_the_model_placed(m).entity_type == kind


def test_the_name_of_a_joined_honorific_is_looked_for_again():
    m = Mention(start=0, end=12, entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text="ishikawa-san")
    assert ("ishikawa", "PERSON") in surface_forms(m)
    hyphened = Mention(start=0, end=11, entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text="Mary-Jane Okoro")
    assert ("Mary", "PERSON") not in surface_forms(hyphened)


def test_a_negation_ends_no_name_found_again():
    from redactor.refine.propagate import _form_regex, _wrap

    text = "Don't worry, Don will wait, Don'll call and Don's car is outside."
    found = [m.start() for m in _wrap([_form_regex("Don", True)]).finditer(text)]
    assert found == [text.index("Don will"), text.index("Don'll"), text.index("Don's")]
