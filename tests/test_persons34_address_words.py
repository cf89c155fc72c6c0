"""Round 34: words of address the honorifics table lacked split one person into two.

A person named in full once and by a word of address and the given name elsewhere ("giorgos
kalogerakis", then "kyr giorgos"; "aigerim seitkali", then "aigerim apay"; "saïd ahmed soilihi",
then "mdjomba saïd") got two pseudonyms when the word was in no table: the word was taken for a
name.  ``redactor/data/honorifics.tsv`` now has the Greek "kyr" and "barba", Caribbean "tanty",
Comorian "mdjomba", Vietnamese "anh" and "chị", Tigrinya and
Amharic "abba", Kazakh "apay" and Malayalam "chettan"/"chechi" after a name, and the Catholic
"Msgr." and "Monsignor" (taken for a place: "Msgr" of "Msgr. Gregorio Rabago")."""

from __future__ import annotations

import pytest


def _people(redactor_default, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]


# the person's full name, as said with a word of address, and a transcript's line with both
ADDRESSED = {
    ("giorgos kalogerakis", "kyr giorgos"):
        "speaker 2: the buyer is giorgos kalogerakis, from the cooperative. everybody says kyr giorgos. "
        "kyr giorgos told me not to talk.\n",
    ("aigerim seitkali", "aigerim apay"):
        "speaker 2: aigerim seitkali. the children say aigerim apay. aigerim apay was there when it happened.\n",
    ("dang quoc khanh", "anh khanh"):
        "speaker 2: the porter was dang quoc khanh, we say anh khanh. anh khanh carried the rope.\n",
    ("saïd ahmed soilihi", "mdjomba saïd"):
        "- saïd. saïd ahmed soilihi. in the village they say mdjomba saïd, it's like uncle\n",
}


@pytest.mark.parametrize("names", sorted(ADDRESSED))
def test_the_name_with_a_word_of_address_is_the_full_names_person(redactor_default, names):
    full, addressed = names
    found = _people(redactor_default, ADDRESSED[names])
    spans = [t for t, _ in found]
    assert full in spans and addressed in spans
    assert len({r for t, r in found if t in (full, addressed)}) == 1


def test_monsignor_is_a_title_in_the_name_not_a_place(redactor_default):
    text = '"text": " Msgr. Gregorio Rabago told me they went for cleaning."\n'
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert ("Msgr. Gregorio Rabago", "PERSON") in found


def test_two_people_said_with_the_same_word_of_address_stay_two(redactor_default):
    text = "source: my aunties, tanty marta and tanty lucía, both work at the packing shed.\n"
    found = _people(redactor_default, text)
    assert [t for t, _ in found] == ["tanty marta", "tanty lucía"]
    assert found[0][1] != found[1][1]
