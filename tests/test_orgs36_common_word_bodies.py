"""Round 36: a body of members, a cause or a trade named by everyday words alone and a body's
word ("the Canal & River Trust", "the Legal Aid Foundation", "the dental technicians
association") names no place and no one: it is kept as a country's body is.  A name with a
town, a person or a coined word in it ("the Atherton and Tyldesley Darts League", "the Ruifeng
Vendors' Association"), a cause's slogan with "for" in it ("hope for tomorrow foundation"), a
firm by its legal form and the speaker's own workplace stay found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import names_found, names_touching


@pytest.mark.parametrize("text, name", [
    ("Skipper: We hire boats on the canal, and the Canal & River Trust sends us the licence every March.\n",
     "Canal & River Trust"),
    ("A: The Legal Aid Foundation gave me a lawyer for the hearing in Hualien, a young woman.\n",
     "Legal Aid Foundation"),
    ("A: I wrote to the Dental Technicians Association twice and nobody answered.\n",
     "Dental Technicians Association"),
])
def test_a_body_named_by_everyday_words_is_kept(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) == []


def test_the_person_beside_it_is_still_found(redactor_default):
    text = "Skipper: The Canal & River Trust sent a man, Gareth Pryce-Jones, to look at the lock.\n"
    assert ("PERSON", "Gareth Pryce-Jones", text.index("Gareth")) in names_found(redactor_default, text)


@pytest.mark.parametrize("text, name", [
    # towns in the name
    ("Chairman: The Atherton and Tyldesley Darts League put up the prize money for finals night.\n",
     "Tyldesley Darts League"),
    # a cause's slogan with "for": a small group's name
    ("i volunteer with hope for tomorrow foundation in the camp, on saturdays\n", "hope for tomorrow foundation"),
    # a firm by its legal form
    ("A: We paid the Bright Future Trust Ltd for the school fees, every term.\n", "Bright Future Trust Ltd"),
    # where the speaker works
    ("A: I am a cleaner at the Golden Harvest Foundation in Kisumu, nights only.\n", "Golden Harvest Foundation"),
])
def test_a_town_a_firm_or_a_workplace_stays_found(redactor_default, text, name):
    assert names_touching(redactor_default, text, name) != []
