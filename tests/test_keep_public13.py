"""Public facts kept by their form (round 13): a regulator's, an inspectorate's, a ministry's
or an ombudsman's acronym beside that word.  Near misses stay found: an agency's or a company's
acronym, a hospital named by a region or a city with no tier word; and a name's particle written
alone in small letters is no person."""

from __future__ import annotations

import pytest


def _found(redactor, text):
    return [(f.entity_type, f.text) for f in redactor.scan(text)]


def test_a_regulators_acronym_is_public_beside_its_word():
    from redactor.detect.public_kinds import union_acronyms

    assert union_acronyms("Did the regulator come, LATRA? LATRA suspended the licence.") == frozenset({"latra"})
    assert union_acronyms("The labour inspectorate, ITM, came once in July.") == frozenset({"itm"})
    assert union_acronyms("The ministry (MINSANTE) sent a letter.") == frozenset({"minsante"})
    # an agency or a company named by its acronym may be anyone's employer
    assert union_acronyms("The recruitment agency, GMS, took our passports.") == frozenset()
    assert union_acronyms("The company, KCM, fired him.") == frozenset()


def test_a_regulators_acronym_is_kept_in_the_whole_file(redactor_default):
    text = "Did the regulator come, LATRA? Yes. LATRA suspended the licence of Kivuko Coaches for a month."
    found = _found(redactor_default, text)
    assert not any("LATRA" in value for _, value in found)


@pytest.mark.parametrize("span", [
    "Phra Nakhon Si Ayutthaya Hospital", "Binh Duong General Hospital", "Nairobi Hospital",
])
def test_a_hospital_named_by_a_region_or_a_city_alone_is_found(span):
    # No tier word: the writers of the quality sets mostly annotate a province's hospital
    # as a quasi-identifier (it points at the province); a city's may be a private one.
    from redactor.detect.filters import SpanFilters
    from redactor.detect.public_kinds import is_public_hospital

    assert not is_public_hospital(SpanFilters(), span)


@pytest.mark.parametrize("text, name", [
    ("The company van took her to the clinic.", None),
    ("everybody knows him, they call him le patron. his real name is unknown", None),
    ("I called Van Minh Tuan on Monday.", "Van Minh Tuan"),
])
def test_a_particle_alone_is_no_person(redactor_default, text, name):
    people = [value for kind, value in _found(redactor_default, text) if kind == "PERSON"]
    assert not any(value.lower() in {"van", "le"} for value in people)
    if name:
        assert name in people


def test_a_public_places_short_form_is_the_place_where_the_text_names_it_in_full(redactor_default):
    text = ("I am a bus driver, long distance, Dar es Salaam to Mbeya and sometimes Tunduma.\n"
            "He left Dar at 5:30 in the morning with forty passengers.")
    found = _found(redactor_default, text)
    assert not any(value.startswith("Dar") for _, value in found)
    assert ("LOCATION", "Tunduma") in found  # a town of the route stays found


@pytest.mark.parametrize("text, word, short", [
    ("We drove from Kuala Lumpur to Ipoh. In Kuala the traffic was bad.", "Kuala", True),
    ("He left Dar at 5:30.", "Dar", False),  # the text never names the place in full
    ("We saw Victoria Falls. Victoria told me to wait.", "Victoria", False),  # a common given name
])
def test_short_form_needs_the_full_name_in_the_text(text, word, short):
    from redactor.detect.filters import SpanFilters
    from redactor.model import Mention

    at = text.rindex(word)
    m = Mention(start=at, end=at + len(word), entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text=word)
    assert SpanFilters().is_short_for_public_place(text, m) is short


@pytest.mark.parametrize("span, public", [
    ("El Quiché", True), ("el quiché", True), ("a Bahia", True),  # a region with its article
    ("Le Havre", False), ("Le Mans", False),  # a city's article is its name's; smaller than public
])
def test_a_region_said_with_its_romance_article_is_the_region(span, public):
    from redactor.detect.filters import SpanFilters

    assert SpanFilters().is_public_place(span) is public
