"""Round 36: a body that names itself "International" and ends in a body's word of members or
of states (a society, a federation, an association, a union, a committee, an organisation) is
as public as a country's own ("the International Sheep Dog Society", "the international labour
organization", "the International Rescue Committee"): its thousands of members point at nobody.
The writers of the quality sets keep every such name.  A firm or a shop so named by its trade
("International Cleaning Services", "the International Hotel"), the speaker's own workplace and
the people beside the body stay found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("Shepherd: I registered both dogs with the International Sheep Dog Society in 2015, the fee went up since.\n",
     "International Sheep Dog Society"),
    ("A: the complaint went to the international labour organization, and nobody answered for a year.\n",
     "international labour organization"),
    ("Coach: The International Gymnastics Federation changed the code of points again last spring.\n",
     "International Gymnastics Federation"),
    ("A: A woman from the International Rescue Committee gave us the forms at the gate.\n",
     "International Rescue Committee"),
])
def test_an_international_body_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


def test_the_person_beside_it_is_still_found(redactor_default):
    text = "Shepherd: The International Sheep Dog Society sent a judge, Moira Blackwood, to the trial.\n"
    assert ("PERSON", "Moira Blackwood", text.index("Moira")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, name", [
    # a firm by its trade: no body's word of members
    ("A: I clean offices for International Cleaning Services, nights only, since March.\n",
     "International Cleaning Services"),
    # where the speaker works
    ("A: I work at the International Sheep Dog Society office in the registration room.\n",
     "International Sheep Dog Society"),
])
def test_a_firm_or_a_workplace_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []
