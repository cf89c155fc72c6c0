"""Public facts by what the sentence says of them or by their form, round 22.

- A hospital a patient was taken to, stayed in or died in stays when its name is no place's
  ("they rushed my aunt to Farnley Hospital"); the speaker's own hospital, a hospital named by a
  town or with a province's tier, and the town said after a kept hospital ("... Hospital in
  <town>") stay found.
- A state's general or national directorate in Spanish, Portuguese, Italian and French (a
  directorate alone may be a town's and stays found), a gendarmerie and a central bank in more
  languages, and a state's auditor or law officer by the office's title are public
  bodies; a firm named after a person stays found.
- A news outlet by what it printed ("X had a short story", "her column appeared in X"); a person who
  "had a story to tell" stays found.
- A job whose holder people consult (the roles pack's ``consulted_job``), said as the one
  consulted ("our notary wants a copy", "her attorney, Mr X,"), is no job of the story's people;
  said of someone ("my uncle works as a notary", "the notary was me", "X, our doctor,") it stays
  found.
"""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


# ---------------------------------------------------------------- hospitals of patients

@pytest.mark.parametrize("text", [
    "I drive a delivery van. Last winter they rushed my aunt to Farnley Hospital with a stroke.",
    "I keep the accounts of a sawmill. My neighbour died on a Sunday at Farnley Hospital.",
    "No one phoned me back. He lies in Farnley Hospital, his leg in plaster.",
    "The boy fell off the scaffold and was admitted to Farnley Hospital.",
])
def test_a_hospital_a_patient_went_to_stays(redactor_default, text):
    assert all("Farnley" not in value for _, value in _names(redactor_default, text))


@pytest.mark.parametrize("text", [
    # the speaker's own hospital
    "I'm a porter at Farnley Hospital, nights. Last winter they rushed my aunt to Farnley Hospital.",
    # a hospital's staff: its hospitals may be theirs
    "I'm a nurse since 2010. They rushed my aunt to Farnley Hospital.",
    # no patient in the sentence
    "The inspectors from Farnley Hospital signed the forms.",
])
def test_a_hospital_of_the_speaker_or_without_a_patient_stays_found(redactor_default, text):
    assert any("Farnley" in value for _, value in _names(redactor_default, text))


def test_a_hospital_named_by_a_small_town_stays_found(redactor_default):
    # Kegalle is a town of some 18,000 people: its hospital names the town
    found = _names(redactor_default, "my mother was rushed to kegalle hospital at dawn")
    assert any("kegalle" in value for _, value in found)


def test_the_town_after_a_kept_hospital_stays_found_alone(redactor_default):
    found = _names(redactor_default, "They flew my cousin to Farnley Hospital in Kasanje, a long night.")
    assert ("LOCATION", "Kasanje") in found
    assert all("Farnley" not in value for _, value in found)


def test_a_town_after_the_speakers_hospital_is_the_workplace_whole(redactor_default):
    found = _names(redactor_default, "I'm a porter at Farnley Hospital in Kasanje, nights.")
    assert ("ORGANIZATION", "Farnley Hospital in Kasanje") in found


# ---------------------------------------------------------------- public bodies by their form

@pytest.mark.parametrize("text, body", [
    ("I sent the papers to the Dirección General de Aduanas in Asunción. Nobody answered.", "Aduanas"),
    ("We waited for the Direction Nationale de la Protection des Végétaux to reply.", "Végétaux"),
    ("I complained to the Gendarmeria about the road block.", "Gendarmeria"),
    ("We filed it with the Centrale Bank van Aruba last year.", "Centrale"),
    ("My letter to the Auditor-General got no answer.", "Auditor"),
    ("A Public Auditor's report came out with the figures.", "Auditor"),
    ("The State Comptroller never replied to us.", "Comptroller"),
])
def test_a_state_body_by_its_form_stays(redactor_default, text, body):
    assert all(body not in value for _, value in _names(redactor_default, text))


def test_a_firm_beside_a_directorate_stays_found(redactor_default):
    found = _names(redactor_default, "My sister works in the Dirección de Compras of Kowalski Foods.")
    assert any("Kowalski" in value for _, value in found)


def test_a_directorate_without_its_tier_stays_found(redactor_default):
    found = _names(redactor_default, "I work for the Dirección de Seguridad Pública in Tacámbaro.")
    assert any("Dirección de Seguridad" in value for _, value in found)


# ---------------------------------------------------------------- outlets by what they printed

@pytest.mark.parametrize("text, outlet", [
    ("The Mombasa Voice had a short story about the fire in March.", "Mombasa Voice"),
    ("Her column appeared in Habari Leo last spring, with photos.", "Habari Leo"),
])
def test_an_outlet_by_what_it_printed_stays(redactor_default, text, outlet):
    assert all(outlet not in value for _, value in _names(redactor_default, text))


def test_a_person_who_had_a_story_stays_found(redactor_default):
    found = _names(redactor_default, "My cousin Anna had a story to tell about the fire.")
    assert ("PERSON", "Anna") in found

