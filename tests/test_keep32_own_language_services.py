"""Round 32: a state's customs, navy and army and its authorities named in their own language are
public bodies, as "customs", "the navy" and "authority" are in English: "the Agenzia delle
Dogane", "the douane", "armada de chile", "the Autoriteit Consument & Markt".  A hotel or a firm
named with one of the words ("the Armada Hotel", "Agenzia di Viaggi Rossi"), and the people said
beside the body, stay found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("S: I sent the invoices to the Autoriteit Consument & Markt. Their reference is on the letter.\n",
     "Autoriteit Consument & Markt"),
    ("- yes, cabo segundo, armada de chile. i'm on the island since march.\n", "armada de chile"),
    ("- the douane came twice to the warehouse in march, they opened nothing.\n", "douane"),
    ("A: We had la aduana at the border post for three hours, then they let the truck go.\n", "aduana"),
])
def test_a_state_service_in_its_own_language_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


def test_the_people_beside_it_are_still_found(redactor_default):
    text = "- yes, cabo segundo, armada de chile. i'm rodrigo alarcón, the keeper on the island.\n"
    assert ("PERSON", "rodrigo alarcón", text.index("rodrigo")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, name", [
    ("A: I booked the rooms at the Armada Hotel in Lecce for the whole crew.\n", "Armada Hotel"),
    ("A: The tickets came through Agenzia di Viaggi Rossi, the shop by the station.\n", "Agenzia di Viaggi Rossi"),
    # a town named like the customs word
    ("A: I sold the car to a dealer in Dogana, by the border with Italy, for cash.\n", "Dogana"),
])
def test_a_firm_named_with_the_word_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []
