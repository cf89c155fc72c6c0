"""An address is found whole, not in part (round 14): a compound street's staircase, flat, floor,
postcode and town ("Karjalankatu 8 C 14, 53100 Lappeenranta"); a division said after a part
("..., termez district", "..., Qalat quarter"); a landmark between parts ("..., near the mosque,
Kano", "frente a la iglesia"); a house number in Romance words ("casa quarenta e dois"); a post
office box and its town ("BP 1123 Bafoussam") and a post office ("green hill p o"); a Japanese
address in romaji; the address said as the sentence after its frame; the town said last, a public
one too.  Near misses: a clause, a person or a sentence after the address stays out."""

from __future__ import annotations

import pytest


def _addresses(redactor, text):
    return [f.text for f in redactor.scan(text) if f.entity_type == "ADDRESS"]


@pytest.mark.parametrize("text, address", [
    # a compound street word, the house, the staircase and the flat, the postcode and the town
    ("The parcel came from Karjalankatu 8 C 14, 53100 Lappeenranta on Monday.",
     "Karjalankatu 8 C 14, 53100 Lappeenranta"),
    ("He stayed at Mannerheimintie 5 B 7, 00100 Helsinki for a week.", "Mannerheimintie 5 B 7, 00100 Helsinki"),
    ("The raid was at Hämeenkatu 5 B 12, Tampere.", "Hämeenkatu 5 B 12, Tampere"),
    # the Swedish staircase letter and floor, the Danish floor and side and the town's district letter
    ("The police came to Storgatan 12 B, 4 tr, 411 38 Göteborg last week.", "Storgatan 12 B, 4 tr, 411 38 Göteborg"),
    ("The meeting was at Nørrebrogade 22, 3. th., 2200 København N on Friday.",
     "Nørrebrogade 22, 3. th., 2200 København N"),
    # Finnish and Dutch street words; a Polish street type, flat and postcode
    ("She lived at Mannerheimintie 5, 00100 Helsinki until May.", "Mannerheimintie 5, 00100 Helsinki"),
    ("The flat on Prinsenkade 12, 4811 VB Breda was sold.", "Prinsenkade 12, 4811 VB Breda"),
    ("The raid was at ul. Długa 14 m. 5, 80-831 Gdańsk yesterday.", "ul. Długa 14 m. 5, 80-831 Gdańsk"),
    ("They met at Aleja Róż 7, 00-556 Warszawa on Monday.", "Aleja Róż 7, 00-556 Warszawa"),
])
def test_a_compound_street_is_found_with_its_flat_postcode_and_town(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, address", [
    ("He parked on Hämeenkatu 5 A man waited.", "Hämeenkatu 5"),  # "A" is the next sentence's article
    ("He parked on Storgatan 12 I think.", "Storgatan 12"),
])
def test_a_word_after_the_house_number_is_no_staircase(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


def test_a_name_like_a_street_type_is_no_street(redactor_default):
    assert _addresses(redactor_default, "Al Pacino was 5 times nominated.") == []


@pytest.mark.parametrize("text, address", [
    ("The raid was at house nine, lenin street, sovet mahalla, termez district.",
     "house nine, lenin street, sovet mahalla, termez district"),
    ("the office was at plot 22, kireka road, kira municipality, wakiso district.",
     "plot 22, kireka road, kira municipality, wakiso district"),
    ("The market is near house 12, Qalat quarter, Koya.", "house 12, Qalat quarter, Koya"),
    ("It happened at 14 rue Ndokoti, quartier Bonabéri, Douala.", "14 rue Ndokoti, quartier Bonabéri, Douala"),
    ("We lived at Quartier Mvog-Ada, behind the Shell station, Yaoundé.",
     "Quartier Mvog-Ada, behind the Shell station, Yaoundé"),
])
def test_a_division_after_a_part_is_the_address(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, expected", [
    ("The shop was at 5 Oak Road, in the old district, for years.", ["5 Oak Road"]),
    ("I went to the district, it was far.", []),
])
def test_a_district_said_in_a_clause_is_no_part(redactor_default, text, expected):
    assert _addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, address", [
    ("The shooting was at 12 Rue Foch, behind the Shell station, the green gate.",
     "12 Rue Foch, behind the Shell station, the green gate"),
    ("It was at 12 Mango Road, near the mosque, Kano.", "12 Mango Road, near the mosque, Kano"),
    ("She lives in barrio San Pedro, frente a la iglesia, Tegucigalpa.",
     "barrio San Pedro, frente a la iglesia, Tegucigalpa"),
])
def test_a_landmark_between_parts_is_the_address(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, expected", [
    ("The protest was at 12 Mill Lane, near the school.", ["12 Mill Lane"]),  # near places nothing alone
    ("They live on 22 Kings Road, the house was empty.", ["22 Kings Road"]),
])
def test_a_landmark_or_a_house_that_goes_on_the_sentence_is_no_part(redactor_default, text, expected):
    assert _addresses(redactor_default, text) == expected


@pytest.mark.parametrize("text, address", [
    ("It happened on rua das flores, casa quarenta e dois, nampula.", "rua das flores, casa quarenta e dois, nampula"),
    ("It happened at calle las palmas, lote quince, managua.", "calle las palmas, lote quince, managua"),
    ("It happened at avenida bolivar, casa número doze, maputo.", "avenida bolivar, casa número doze, maputo"),
])
def test_a_house_number_in_romance_words(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


def test_a_unit_word_without_its_number_is_no_part(redactor_default):
    assert _addresses(redactor_default, "He lived on calle las palmas, lote was empty.") == ["calle las palmas"]


@pytest.mark.parametrize("text, address", [
    ("Letters went to BP 1123 Bafoussam then.", "BP 1123 Bafoussam"),
    ("Write to B.P. 45 Kribi if you need me.", "B.P. 45 Kribi"),
    ("Her box is P.O. Box 55 Mbale now.", "P.O. Box 55 Mbale"),
    ("The address is BP 240, Douala, Cameroon.", "BP 240, Douala, Cameroon"),
    ("send it to my aunt. lot fourteen, palm road, green hill p o, clarendon.",
     "lot fourteen, palm road, green hill p o, clarendon"),
])
def test_a_post_office_box_or_a_post_office_is_the_address(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text", [
    "BP 2023 results were poor.",  # the firm and a year
    "send it to my aunt. We left at five.",  # the next sentence is no address
    "send it to my aunt. Flat 4 was empty.",  # nor is a flat alone ("Flat 4" is the rules')
])
def test_no_address_grown_over_a_firm_or_a_next_sentence(redactor_default, text):
    assert not any("," in a or "." in a for a in _addresses(redactor_default, text))
    assert not any(a.startswith("BP") for a in _addresses(redactor_default, text))


@pytest.mark.parametrize("text, address", [
    ("it came from shizuoka ken, hamamatsu shi, naka ku, two chōme, five no three.",
     "shizuoka ken, hamamatsu shi, naka ku, two chōme, five no three"),
    ("the house at osaka fu, sakai shi, kita ku, nagasone chō, three banchi was empty.",
     "osaka fu, sakai shi, kita ku, nagasone chō, three banchi"),
    ("They moved to Osaka-fu, Sakai-shi, Kita-ku, Nagasone-chō 3 banchi last year.",
     "Osaka-fu, Sakai-shi, Kita-ku, Nagasone-chō 3 banchi"),
    ("The office is in Naka-ku, 2-5-3 near the station.", "Naka-ku, 2-5-3"),
])
def test_a_japanese_address_in_romaji(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text", ["I met ken, he is nice.", "We went to kyoto, then to osaka."])
def test_a_name_or_a_town_alone_is_no_japanese_address(redactor_default, text):
    assert _addresses(redactor_default, text) == []


@pytest.mark.parametrize("text, address", [
    ("The protest started at 14 Mill Lane, Manchester.", "14 Mill Lane, Manchester"),
    ("The house was at 9 Jacaranda Close, Borrowdale, Harare, Zimbabwe.",
     "9 Jacaranda Close, Borrowdale, Harare, Zimbabwe"),
    ("It happened at plot 9, sector 3, Kigali.", "plot 9, sector 3, Kigali"),
])
def test_the_town_said_last_is_the_address_a_public_one_too(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, address, other", [
    ("We lived at 14 Mill Lane, Manchester, she is a teacher.", "14 Mill Lane, Manchester", None),
    ("The raid was at 22 Kings Road, Harare, ask for Mr Banda.", "22 Kings Road, Harare", "Mr Banda"),
    ("The raid was at 7 Baker Street. Ask for Mr Banda there.", "7 Baker Street", "Mr Banda"),
])
def test_a_clause_a_person_or_a_sentence_after_the_address_stays_out(redactor_default, text, address, other):
    found = [(f.text, f.entity_type) for f in redactor_default.scan(text)]
    assert [t for t, kind in found if kind == "ADDRESS"] == [address]
    if other is not None:
        assert (other, "PERSON") in found


def test_a_public_town_said_elsewhere_stays_kept(redactor_default):
    text = "We moved to 14 Mill Lane, Manchester. Manchester is a big city."
    found = [f for f in redactor_default.scan(text)]
    assert [(f.text, f.entity_type) for f in found] == [("14 Mill Lane, Manchester", "ADDRESS")]


def test_the_parts_after_a_house_number():
    from redactor.detect.addresses import _PARTS_AFTER

    def after(text, part_end):
        m = _PARTS_AFTER.match(text, text.index(part_end) + len(part_end))
        return "" if m is None else m.group()

    assert after("Karjalankatu 8 C 14, 53100 Lappeenranta", "8") == " C 14, 53100 Lappeenranta"
    assert after("Storgatan 12 B, 4 tr, 411 38 Göteborg", "12") == " B, 4 tr, 411 38 Göteborg"
    assert after("ul. Długa 14 m. 5, 80-831 Gdańsk", "14") == " m. 5, 80-831 Gdańsk"
    assert after("Storgatan 12 B is red", "12") == ""  # a letter alone ends the clause
    assert after("green road, 12 Mill Lane, near the school.", "Lane") == ""
    assert after("12 Mill Lane, near the school, Mbale", "Lane") == ", near the school"


@pytest.mark.parametrize("text, address", [
    ("They took us to house 23, street 7, sector G-9/1, Islamabad.", "house 23, street 7, sector G-9/1, Islamabad"),
    ("it was at 12 rue des lilas, 75011 paris", "12 rue des lilas, 75011 paris"),  # a caption's town after its postcode
    ("The house in Calle 8 #23-45, barrio El Prado, Barranquilla, Atlántico was raided.",
     "Calle 8 #23-45, barrio El Prado, Barranquilla, Atlántico"),  # the town and its region
])
def test_a_lettered_sector_a_caption_town_and_a_region_end_the_address(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, address", [
    ("The raid was at 22 Kings Road, Harare, Monday.", "22 Kings Road, Harare"),  # a weekday is no region
    ("it was at 12 rue des lilas, 75011 paris was far", "12 rue des lilas, 75011"),  # the town must end the clause
])
def test_a_word_after_the_town_that_is_no_region_ends_it_before(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, address", [
    # a caption writes no comma: the house, the street, the quarter and the district are one address
    ("we lived at house nine lenin street sovet mahalla termez district",
     "house nine lenin street sovet mahalla termez district"),
    ("he was taken from plot 4 kireka road wakiso district", "plot 4 kireka road wakiso district"),
])
def test_a_caption_address_without_commas_is_whole(redactor_default, text, address):
    assert _addresses(redactor_default, text) == [address]


@pytest.mark.parametrize("text, expected", [
    ("we sold house 4 and street food was cheap.", []),
    ("he was taken from plot 4 kireka road the district was calm", ["plot 4 kireka road"]),
    # a comma and "off" before the street still join it
    ("The letter came from Unit 4, off Allen Avenue, yesterday.", ["Unit 4, off Allen Avenue"]),
])
def test_a_caption_clause_after_a_house_number_is_no_street(redactor_default, text, expected):
    assert _addresses(redactor_default, text) == expected
