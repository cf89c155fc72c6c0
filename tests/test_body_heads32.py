"""A name a detector found, said before what the body it names does and is ("meskheti | heritage
fund", "kashrus | board", "craiova | regional philharmonic", "karaca cilt | atölyesi"): grown over
them as the ORGANIZATION; a name a clause goes on from, or a head that is a name, left as found."""

from __future__ import annotations

import pytest

from tests.mention_helpers import grown_mention


_grown = grown_mention


@pytest.mark.parametrize("text, found, entity_type, expected", [
    (">> batono zurab. he's the field director for the meskheti heritage fund, you know, the money",
     "meskheti", "ORGANIZATION", "meskheti heritage fund"),
    # the model's organisation takes its head whatever follows
    ("um, not so good. the meskheti heritage fund closed the season early", "meskheti", "ORGANIZATION",
     "meskheti heritage fund"),
    ("00:00:13,680 --> 00:00:18,330\nand the kashrus board?\n", "kashrus", "PERSON", "kashrus board"),
    ("rabbi halpern came himself to\nsimcha hall. the gateshead kashrus board\ntook the certificate",
     "simcha", "LOCATION", "simcha hall"),
    # a place no public one inside a small body's name
    ("speaker b: viola. third desk of the violas at the craiova regional philharmonic, in craiova.",
     "craiova", "LOCATION", "craiova regional philharmonic"),
    # a head another language says after the name
    ("i'm a binder, i do the leather and the sewing. at karaca cilt atölyesi, in karatay, in konya.",
     "karaca cilt", "PERSON", "karaca cilt atölyesi"),
    ("I sing in the Mbeya Gospel Choir on Sundays.", "Mbeya", "LOCATION", "Mbeya Gospel Choir"),
    ("the herd belongs to the sallivaara paliskunta, we", "sallivaara", "LOCATION", "sallivaara paliskunta"),
    # a word that closes the body's name after its head
    ("i'm twenty six, i sing alto at living waters chapel international in kasoa, near the toll booth",
     "living waters", "ORGANIZATION", "living waters chapel international"),
])
def test_a_name_takes_what_its_body_does_and_is(text, found, entity_type, expected):
    assert _grown(text, found, entity_type) == ("ORGANIZATION", expected)


@pytest.mark.parametrize("text, found, entity_type", [
    ("i told maria school was out that week", "maria", "PERSON"),        # a verb goes on after the head
    ("I met Anna Hall at the market", "Anna", "PERSON"),                  # the head is a family name
    ("we drove kwame to the hall after", "kwame", "PERSON"),              # a word between
    ("i gave maria school books", "maria", "PERSON"),                     # no head ends it
    ("i told kovra Board members would come", "kovra", "PERSON"),         # another case
    ("he lived in navrongo twelve school years", "navrongo", "LOCATION"),  # a number between
    ("then mensah said club night was off", "mensah", "PERSON"),          # "said" is no body's word
    ("i told anna club international was full", "anna", "PERSON"),       # a verb after the closer too
])
def test_a_name_a_clause_goes_on_from_is_left(text, found, entity_type):
    assert _grown(text, found, entity_type) == (entity_type, found)
