"""Public facts kept by form (round 19): a public hospital's name with its town stays whole (but a
town the run replaces elsewhere is replaced inside it too: left there it would be read), and the rest of a
public body's name is the body's when the model found an adjective that follows the body's word
in its language ("tribunal constitucional", "Kementerian Kultural") or one half of a hyphened body's
word ("croix" of "croix-rouge"); a national body in the word order of languages that put
"national" after the noun, a social security fund and the Dutch state agency by their words; and
a name with an acronym said in a list with a public body.  Near misses stay found: the town said
alone, the speaker's own hospital, a person's name after a body's word, a firm or a person in
such a list."""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


@pytest.mark.parametrize("text, town", [
    ("My father was taken to UKC Zenica by ambulance.", "Zenica"),
    ("She had the operation at Ystad lasarett last spring.", "Ystad"),
    ("The CHR of Ouahigouya sent him home after two days.", "Ouahigouya"),
])
def test_a_public_hospitals_name_stays_whole(redactor_default, text, town):
    assert all(town not in f.text for f in redactor_default.scan(text))


@pytest.mark.parametrize("text, town", [
    ("I grew up in Zenica. Later they drove my father to UKC Zenica by ambulance.", "Zenica"),
    ("My aunt lives in Ystad now. She had the operation at Ystad lasarett last spring.", "Ystad"),
])
def test_a_town_found_elsewhere_is_replaced_inside_the_hospitals_name_too(tmp_path, text, town):
    """The town replaced where it is said alone and left in the hospital's name would be read there
    (the read-back audit refuses such a file): it goes everywhere."""
    from typer.testing import CliRunner

    from redactor.cli import app

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "t.txt").write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["redact", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0
    assert town not in (tmp_path / "out" / "t.txt").read_text(encoding="utf-8")


def test_the_speakers_own_hospital_is_still_found_with_its_town(redactor_default):
    text = "I grew up in Zenica. Now I work as a nurse at UKC Zenica, nights mostly."
    found = [f.start for f in redactor_default.scan(text) if f.text == "Zenica"]
    assert found == [text.index("Zenica"), text.rindex("Zenica")]


@pytest.mark.parametrize("text", [
    "first the tribunal constitucional, then the fiscalía constitucional, both said no.",
    "the lady from the croix-rouge came with blankets.",
])
def test_the_rest_of_a_public_bodys_name_is_the_bodys(redactor_default, text):
    assert _names(redactor_default, text) == []


def test_the_adjective_is_not_found_again_as_a_workplaces_word(redactor_default):
    text = ("For ten years I typed letters for Dinas Kultural Kabupaten Tegalwangi. "
            "Every form we sent went up to the Kementerian Kultural afterwards.")
    found = _names(redactor_default, text)
    assert any("Tegalwangi" in value for _, value in found)
    assert all(value != "Kultural" for _, value in found)


@pytest.mark.parametrize("text, name", [
    ("I told the tribunal Petrenko was there.", "Petrenko"),
    ("my friend jean-croix came too.", "jean-croix"),
])
def test_a_person_after_a_bodys_word_or_in_a_hyphened_name_stays_found(redactor_default, text, name):
    assert ("PERSON", name) in _names(redactor_default, text)


@pytest.mark.parametrize("text", [
    # "national" after the noun, and a social security fund, in the languages that say them so
    "The Fonds National de Garantie paid half of it.",
    "He had no card from the Seguridad Social, so they sent him away.",
    # the Dutch state agency by its word
    "Then the Agentschap Binnenlands Bestuur sent a letter to every school.",
])
def test_a_national_body_in_another_languages_word_order_is_public(redactor_default, text):
    assert _names(redactor_default, text) == []


def test_a_name_with_an_acronym_listed_with_a_public_body_is_public(redactor_default):
    assert _names(redactor_default, "I wrote to the Regional Ombudsman and to the KSD Public Health. Nobody answered.") == []


@pytest.mark.parametrize("text, kind, name", [
    # a firm in the same list, and a person without capitals of an acronym
    ("I complained to the ministry and to KTL Logistics Ltd.", "ORGANIZATION", "KTL Logistics Ltd."),
    ("I wrote to the ombudsman and to Anna Kowalczyk in August.", "PERSON", "Anna Kowalczyk"),
    # a rank's letters before a person's name, after a police body and a comma
    ("We reported it to the Kanyemba police. Their commander, ASP Mwangi, sent us away.", "PERSON", "ASP Mwangi"),
])
def test_a_firm_or_a_person_listed_with_a_public_body_stays_found(redactor_default, text, kind, name):
    assert (kind, name) in _names(redactor_default, text)
