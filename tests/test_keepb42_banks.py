"""Round 42: a bank by its name ("Bank Hapoalim", "azizi bank", "Banco Agrícola", "Halk Bankası",
"Hakrinbank") stays readable: the bank's word of the transcripts' languages at the name's start
or end, or joined to its end in one word.  A licensed bank keeps the accounts of a whole
country's customers.  A bank of a small town, one in the possessive, a person's name the model
took for one, a kind of bank ("my bank", "a private bank"), a bank of blood or food and a
river's bank stay found or are no name at all."""

from __future__ import annotations

import pytest

from tests.scan_helpers import touching


@pytest.mark.parametrize("text, bank", [
    ("speaker 2: the money came through zemlyak bank, then it stopped in march.\n", "zemlyak bank"),
    ("**A:** My brother pays the rent from his account at Banco Cuscatlán every month.\n", "Banco Cuscatlán"),
    ("Source: The loan was from Banque Zitouna, and Karim signed for the house.\n", "Banque Zitouna"),
    ("A: The pension goes to Banca Transilvania.\n", "Banca Transilvania"),
    ("Source: I have my account at Korvastbank since 2019.\n", "Korvastbank"),  # one word
    ("speaker 1: i paid it through the mukuru bank, cash\n", "mukuru bank"),  # the model cut the bank's word off
    ("- the money is at zemlyak bank. i wrote it in my phone\n", "zemlyak bank"),  # a person to the model, a bank by its word
])
def test_a_bank_by_its_name_is_kept(redactor_default, text, bank):
    assert touching(redactor_default, text, bank) == []


def test_the_rule_alone():
    from redactor.detect.filters import SpanFilters
    from redactor.detect.public_kinds import is_named_bank

    filters = SpanFilters()
    for name in ("Bank Hapoalim", "azizi bank", "Banco de Crédito del Perú", "Banque Misr", "Halk Bankası",
                 "the Equity Bank", "Hakrinbank", "Bank of the Marshall Islands", "Zemlyak Bank"):
        assert is_named_bank(filters, name), name
    for name in ("Bank Hapoalim on Rothschild",  # runs on to a street
                 "Strumica Bank", "Maramag Bank", "Rural Bank of Maramag",  # a town's bank names the town
                 "Okafor's bank", "the blood bank", "food bank", "river bank", "Riverbank", "Westbank",
                 "Bank Holiday", "bank account", "the bank", "my bank", "a private bank", "the local bank"):
        assert not is_named_bank(filters, name), name
    assert not is_named_bank(filters, "Anna Bank", person=True)  # a person's name the model read
    assert is_named_bank(filters, "Halk Bankası", person=True)  # no name list knows "Halk" as a name
    assert not is_named_bank(filters, "Kowalski Bank", person=True)
    assert is_named_bank(filters, "Bank Hapoalim", person=True)  # the bank's word first: no one's name


@pytest.mark.parametrize("text, expected", [
    ("speaker 1: she works at Strumica Bank, on the counter.\n", "Strumica"),
    ("speaker 1: my neighbour Anna Bank told the police.\n", "Anna Bank"),
])
def test_a_towns_bank_and_a_person_stay_found(redactor_default, text, expected):
    assert touching(redactor_default, text, expected) != []

