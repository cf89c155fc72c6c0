"""Given-name short forms of Hungarian, Lithuanian, Hebrew, Icelandic, Swedish, Akan and Irish names,
and more Polish, Spanish and German ones (redactor/data/diminutives.csv): "Rysiek" of Ryszard,
"Pityu" of István, "Kobi" of Yaakov, "Gunna" of Guðrún, "Bosse" of Bo, "Kobby" of Kwabena are one
person's name, in the lists and through resolution; a transcript that names someone in full and
then by the short form gives both one pseudonym."""

from __future__ import annotations

import pytest

from redactor.detect.recognizers.profiles import fold, skeleton
from redactor.entities.resolve import resolve_entities
from redactor.entities.variants import default_given_names
from redactor.model import Mention


def person(text: str) -> Mention:
    return Mention(0, len(text), "PERSON", 0.85, "SpacyRecognizer", text)


def keys(mentions: list[Mention]) -> list[str]:
    resolution = resolve_entities(mentions, is_place=lambda form: False)
    return [a.key for a in resolution.assignments]


def variants(a: str, b: str) -> bool:
    names = default_given_names()
    return names.are_variants(skeleton(fold(a)), skeleton(fold(b)))


@pytest.mark.parametrize("short, full", [
    ("Rysiek", "Ryszard"), ("Darek", "Dariusz"), ("Mietek", "Mieczysław"), ("Sławek", "Sławomir"),  # Polish
    ("Chepe", "José"), ("Rosi", "Rosa"),  # Spanish
    ("Vroni", "Veronika"), ("Resi", "Theresia"), ("Schorsch", "Georg"),  # German
    ("Laci", "László"), ("Pityu", "István"), ("Pista", "István"), ("Feri", "Ferenc"), ("Gyuri", "György"),
    ("Zsuzsa", "Zsuzsanna"), ("Kati", "Katalin"),  # Hungarian
    ("Vidas", "Vidmantas"), ("Algis", "Algirdas"), ("Vytas", "Vytautas"),  # Lithuanian
    ("Kobi", "Yaakov"), ("Yossi", "Yosef"), ("Moti", "Mordechai"), ("Itzik", "Yitzhak"),  # Hebrew
    ("Gunna", "Guðrún"), ("Siggi", "Sigurður"), ("Gummi", "Guðmundur"),  # Icelandic
    ("Bosse", "Bo"), ("Lasse", "Lars"), ("Kalle", "Karl"),  # Swedish
    ("Kobby", "Kwabena"), ("Kojo", "Kwadwo"), ("Kwesi", "Kwasi"), ("Kweku", "Kwaku"),  # Akan
    ("Dervla", "Dearbhla"), ("Keeva", "Caoimhe"),  # Irish
])
def test_a_short_form_is_a_variant_of_its_full_name(short, full):
    assert variants(short, full) and variants(full, short)


@pytest.mark.parametrize("a, b", [
    ("Laci", "Lajos"), ("Pityu", "Péter"), ("Feri", "Ferdinánd"),  # Hungarian: other names
    ("Kobi", "Yosef"), ("Yossi", "Yaakov"),  # Hebrew: two names
    ("Gunna", "Sigríður"), ("Siggi", "Sigríður"),  # Siggi is Sigurður's, Sigga is Sigríður's
    ("Bosse", "Lars"), ("Kobby", "Kwame"), ("Kojo", "Kwaku"),  # another day's name
    ("Kati", "Zsuzsa"), ("Vidas", "Vytautas"),  # two short forms of two names
])
def test_near_misses_are_not_variants(a, b):
    assert not variants(a, b)


@pytest.mark.parametrize("full, short", [
    ("Ryszard Nowicki", "Rysiek"), ("István Kovács", "Pityu"), ("Ferenc Tóth", "Feri"), ("Vidmantas Kazlauskas", "Vidas"),
    ("Yaakov Levi", "Kobi"), ("Guðrún Jónsdóttir", "Gunna"), ("Bo Lindqvist", "Bosse"),
    ("Kwabena Owusu", "Kobby"), ("Dearbhla Brennan", "Dervla"),
])
def test_a_short_form_alone_joins_the_full_name(full, short):
    assert keys([person(full), person(short)]) == [fold(full)] * 2


def test_two_namesakes_short_form_joins_neither():
    ms = [person("Ryszard Nowicki"), person("Ryszard Nowak"), person("Rysiek")]
    assert keys(ms)[2].startswith("?")


def test_the_full_name_and_the_short_form_said_later_share_one_pseudonym(redactor_default):
    text = ("speaker 1: who was the foreman that night\n"
            "speaker 2: ryszard nowicki. he said the sensor was fine, rysiek always says that.\n"
            "speaker 1: and the sawmill\n"
            "speaker 2: istván kovács runs it. pityu never listens to anyone.\n")
    found = [(f.text, f.start, f.replacement) for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert [(t, s) for t, s, _ in found] == [("ryszard nowicki", text.index("ryszard")), ("rysiek", text.index("rysiek")),
                                             ("istván kovács", text.index("istván")), ("pityu", text.index("pityu"))]
    assert found[0][2] == found[1][2] and found[2][2] == found[3][2] and found[0][2] != found[2][2]


@pytest.mark.parametrize("given, short", [("István", "pityu"), ("Małgorzata", "gosia"), ("José", "pepe"),
                                          ("Guðrún", "gunna")])
def test_a_given_name_written_with_marks_has_the_short_forms_of_its_folded_spelling(given, short):
    """Propagation looks for the short forms of a full name's given name as written ("István
    Kovács"); the lists are written folded, so the name is folded before it is looked up."""
    assert short in default_given_names().variants_of(given)
    assert "pityu" not in default_given_names().variants_of("Péter")
