"""Round 32: a country's museum, library, archive, observatory or survey named after the
country is a national body, public like its society or its bank ("the Azerbaijan Carpet
Museum", "the Montserrat Volcano Observatory", "the Kenya National Library").  The speaker's
own workplace of that name, a gallery named by a people's word (as often a shop) and the people
said beside the body stay found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("Günay: Export papers. A woman at the Azerbaijan Carpet Museum signs that they are antique.\n",
     "Azerbaijan Carpet Museum"),
    ("A: We sent the advisory to the Montserrat Volcano Observatory before six, as always.\n",
     "Montserrat Volcano Observatory"),
    ("A: The files went to the Kenya National Library in the end, nobody read them.\n", "Kenya National Library"),
])
def test_a_countrys_museum_or_observatory_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


def test_the_person_beside_it_is_still_found(redactor_default):
    text = "Günay: A woman at the Azerbaijan Carpet Museum signs them. Her name is Sevinc Aliyeva.\n"
    assert ("PERSON", "Sevinc Aliyeva", text.index("Sevinc")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, name", [
    # where the speaker works
    ("A: I work at the Azerbaijan Carpet Museum, in the restoration room, since 2019.\n", "Azerbaijan Carpet Museum"),
    # a gallery by a people's word: a shop
    ("A: I sold it to the Polish Gallery on Mill Street, a small shop.\n", "Polish Gallery"),
])
def test_a_workplace_or_a_shop_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []
