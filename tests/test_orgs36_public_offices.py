"""Round 36: a state's office named "public" and its holder's word ("the Public Defender", "the
Office of the Public Auditor", "the public defenders' office", "the Public Protector") is one
office of the state, public as a prosecutor's office is.  The people named beside it stay found,
and a "public" that names no office ("a public toilet", "the public works crew") adds nothing."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("Digger: I went to the Public Defender on 2 October. Bidzina knew the same week.\n", "Public Defender"),
    ("Source: The Office of the Public Auditor in Palikir never answered the letter.\n", "Public Auditor"),
    ("A: We complained to the Public Protector in March, and then to the newspaper.\n", "Public Protector"),
])
def test_a_public_office_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


@pytest.mark.parametrize("text, person", [
    ("A: My lawyer came from the public defenders' office, a young man, Tomas Varga.\n", "Tomas Varga"),
    ("Digger: I went to the Public Defender with Bidzina Kapanadze on 2 October.\n", "Bidzina Kapanadze"),
])
def test_the_person_beside_it_is_still_found(redactor_default, text, person):
    assert ("PERSON", person, text.index(person)) in names_found(redactor_default, text)


def test_a_firm_named_after_a_defender_stays_found(redactor_default):
    text = "A: I drove a van for Defender Security Services in Tema for three years.\n"
    assert names_touching(redactor_default, text, "Defender Security Services") != []
