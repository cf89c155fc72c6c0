"""An address said after a frame that announces one ("we live at", "my address for X is", "send it
to", "find me at") is one ADDRESS, whatever its parts look like: a house number the model reads
as a date, a district it calls an organisation, a unit said in words, a cross street, a town at
the end, the address on the line or the subtitle cue after its label.  The chain stops at a
clause that is not an address, and a frame with no number and no named street after it is no
address.  Exact spans through the whole Redactor."""

from __future__ import annotations

import pytest

from redactor.detect.address_frames import anchored_addresses


def addresses(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, expected", [
    # a house number the model reads as a date ("31, 2nd"), a district and a town after it
    ("They stay at 31, 2nd Lane, Wattala East, Gampaha.", ["31, 2nd Lane, Wattala East, Gampaha"]),
    # lower-case captions: a house number in words, a lane and a named estate
    ("we live at house number twelve, soi ari four, phahonyothin road, bangkok",
     ["house number twelve, soi ari four, phahonyothin road, bangkok"]),
    # a block and flat said in words, a named block of flats and its district
    ("we are staying at block eleven flat two oh six, sunrise towers, upper hill",
     ["block eleven flat two oh six, sunrise towers, upper hill"]),
    # cross streets and a house number in Spanish words, the neighbourhood and the town
    ("vivimos en carrera 15 entre 8 y 10, casa treinta, barrio la esperanza, neiva",
     ["carrera 15 entre 8 y 10, casa treinta, barrio la esperanza, neiva"]),
    # a room in a lodge by its name, before a clause that is not the address
    ("He stays in room 4 of the Balozi guest house, Mwanza, until Friday.",
     ["room 4 of the Balozi guest house, Mwanza"]),
    # the address on the line after its label, and after a label with a colon
    ("Her address for the visa:\nUlica Kralja Tomislava 8/3, 21000 Split",
     ["Ulica Kralja Tomislava 8/3, 21000 Split"]),
    ("Send it to: Unit 3, 18 Oak Drive, Randburg, 2194.", ["Unit 3, 18 Oak Drive, Randburg, 2194"]),
    # French and German frames
    ("J'habite au 27 rue des Manguiers, Cocody, Abidjan.", ["27 rue des Manguiers, Cocody, Abidjan"]),
    ("Ich wohne in der Lindenstraße 12, 04109 Leipzig.", ["Lindenstraße 12, 04109 Leipzig"]),
    # the chain stops where a clause that is not the address starts; a public city said last is
    # in it (one address is one finding: the model calls such a town a person or a firm as often)
    ("We stay at House 9, Kololo Hill Drive, Kampala, above the pharmacy my uncle runs.",
     ["House 9, Kololo Hill Drive, Kampala"]),
    ("send it to flat 3, 58 dunmore road, limerick, but send nothing there after june",
     ["flat 3, 58 dunmore road, limerick"]),
    ("I live at flat 3, 12 Garden Close and my wife works at the clinic.", ["flat 3, 12 Garden Close"]),
    ("Our flat is in block 12B, Microrayon 5, Bishkek, and we pay rent.", ["block 12B, Microrayon 5, Bishkek"]),
    # a season ends the address; a public city said after "in" stays out, as after every address
    ("We lived at 14 Baobab Road in winter, then moved.", ["14 Baobab Road"]),
    ("She stays at Carrera 7 # 12-40 in Bogotá.", ["Carrera 7 # 12-40"]),
    ("they live at 40, 2nd Street Extension, Mbare, with the grandmother.", ["40, 2nd Street Extension, Mbare"]),
    # a plot number that could be a year, and a town before the sentence goes on
    ("I've been living at stand number 1987, Unit L, Seke, Chitungwiza since 2019.",
     ["stand number 1987, Unit L, Seke, Chitungwiza"]),
])
def test_an_address_after_its_frame_is_one_finding(redactor_default, text, expected):
    assert addresses(redactor_default, text) == expected


def test_an_address_in_the_cue_after_its_label(redactor_default, tmp_path):
    path = tmp_path / "call.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:03,000\nmy address for the parcels,\n\n"
                    "2\n00:00:03,000 --> 00:00:05,000\nChavchavadze Avenue 37, apartment 12, Tbilisi 0179\n",
                    encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    assert [(f.entity_type, f.text) for f in result.findings if f.entity_type == "ADDRESS"] == [
        ("ADDRESS", "Chavchavadze Avenue 37, apartment 12, Tbilisi 0179")]


def test_the_parts_of_an_anchored_address_are_one_pseudonym(redactor_default):
    out = redactor_default.redact("They stay at 31, 2nd Lane, Wattala East, Gampaha.")
    assert out.count("[") == 1 and "Wattala" not in out and "31" not in out and "Gampaha" not in out


@pytest.mark.parametrize("text", [
    "we stayed at the hotel for two days",
    "I live in fear of them",
    "send it to the ministry",
    "he lives at home with 3 kids",
    # no residence or address frame: where a meeting is, and a date list
    "the meeting is at 14, 7th floor",
    "on 4, 5 and 6 May we stayed in Kisumu",
    "we lived in 3 different towns",
    "They lived in Accra for 12 years.",
    "I lived at the same place, twelve of us in two rooms.",
    "my email address is ana.k23@example.org",
    "we live on the main road",
    "she stays in room 12 at the hotel",
    "we lived in Lilongwe, 2019 to 2021",
    # a floor's number is no house's: a workplace's floor stays what it is
    "they live on the 2nd floor of the union building",
])
def test_a_frame_without_an_address_is_none(redactor_default, text):
    assert addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("find me at stand 4471, chelston east, lusaka", ["stand 4471, chelston east, lusaka"]),
    ("Come to my place at 9 Ridgeway Close, Westlands.", ["9 Ridgeway Close, Westlands"]),
    ("Deliver parcels to Shop 14, Kariakoo Market Street, Dar.", ["Shop 14, Kariakoo Market Street, Dar"]),
    ("Our house is at km 14 of the Gulu road, the second gate.", ["km 14 of the Gulu road"]),
    ("We live at Jl. Kenari No. 7, Menteng, Jakarta.", ["Jl. Kenari No. 7, Menteng, Jakarta"]),
    # a label and "it's"; the place a farm or a stall is at
    ("my address, it's 14 Mopani Drive, Kabulonga", ["14 Mopani Drive, Kabulonga"]),
    ("Her stall is at row 6, Soko Kuu, Kariakoo.", ["row 6, Soko Kuu, Kariakoo"]),
    ("the farm is at km 9 of the kitale road, the third gate", ["km 9 of the kitale road, the third gate"]),
    # a typed part in lower case with no number or street is the sentence's
    ("The farm is at km 9 of the Kitale road, the third gate", ["km 9 of the Kitale road"]),
    # a contraction starts a clause that is not the address
    ("we're staying at house 7 lusaka road, they're at house 9", ["house 7 lusaka road"]),
    # a room's number after the house's is no size ("a two room house" is)
    ("we live at house 4 room 2, kamwokya two", ["house 4 room 2, kamwokya two"]),
    # a frame's words with no address after them
    ("we live in a village near the lake", []),
    ("the address is wrong, send it again", []),
    ("they stay in touch with 2 cousins", []),
    # a size or a distance is no house number
    ("we live in a two room house with my parents", []),
    ("I live in Kisumu, 2 km from the lake.", []),
    ("We stay in a 3 bedroom flat on Ngong Road.", []),
    ("we lived in Mutare, 2008 to 2015", []),
])
def test_the_chain_after_each_frame(text, expected):
    assert [m.text for m in anchored_addresses(text, [])] == expected
