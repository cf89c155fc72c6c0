"""Direct identifiers of many countries and of speech (issue 13): whole addresses, case and
staff numbers said aloud, call signs and handles.  Exact spans, and near misses that must not
be found, on both sets of regex flags the packs run with."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.detect.packs import load_pack
from tests.test_rule_packs_quasi import FLAG_SETS, check, found

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def packs():
    return {name: load_pack(RULES / f"{name}.yaml").recognizers
            for name in ("addresses", "places", "identifiers", "singling", "contact")}


@pytest.mark.parametrize("text, expected", [
    # street type first, any case, house number in digits or words, flat and neighbourhood after
    ("he lived on rua augusta eighty eight in lisbon", [("ADDRESS", "rua augusta eighty eight")]),
    ("then calle morelos seventeen colonia centro", [("ADDRESS", "calle morelos seventeen colonia centro")]),
    ("my cousin is on prospekt peremohy twenty flat three", [("ADDRESS", "prospekt peremohy twenty flat three")]),
    ("we stayed at ulica dluga twelve in gdansk", [("ADDRESS", "ulica dluga twelve")]),
    ("it is on vulytsia franka twenty two apartment five", [("ADDRESS", "vulytsia franka twenty two apartment five")]),
    ("He is at prospekt Mira 15, kv. 40.", [("ADDRESS", "prospekt Mira 15, kv. 40")]),
    ("He lived at Avenida Brasil 500, apartamento 302.", [("ADDRESS", "Avenida Brasil 500, apartamento 302")]),
    ("My mother lives on Rua das Flores, número 45, bairro Boa Vista.",
     [("ADDRESS", "Rua das Flores, número 45, bairro Boa Vista")]),
    ("Calle de Alcalá 45, 3º B, in Madrid.", [("ADDRESS", "Calle de Alcalá 45, 3º B")]),
    ("rua augusta was closed", [("ADDRESS", "rua augusta")]),
    # name then a Turkish, Dutch, Hungarian or Baltic street type
    ("Go to Bağdat Caddesi 120, then Moda Sokak 4.", [("ADDRESS", "Bağdat Caddesi 120"), ("ADDRESS", "Moda Sokak 4")]),
    ("Atatürk Bulvarı No: 12 Daire 5 is the office.", [("ADDRESS", "Atatürk Bulvarı No: 12 Daire 5")]),
    ("they moved to number nine bagdat caddesi", [("ADDRESS", "number nine bagdat caddesi")]),
    ("We met on Andrássy út 45.", [("ADDRESS", "Andrássy út 45")]),
    # a house number before the lane; a spoken number after "is"
    ("Nguyen lives at 25 Ngõ 32 Phố Huế.", [("ADDRESS", "25 Ngõ 32 Phố Huế")]),
    ("My address is twelve Station Road.", [("ADDRESS", "twelve Station Road")]),
    ("Her shop is on Adeyemi Crescent, near the market.", [("ADDRESS", "Adeyemi Crescent")]),
])
def test_addresses_of_many_countries_whole(packs, text, expected):
    check(packs["addresses"] + packs["places"], text, expected)


@pytest.mark.parametrize("text", [
    "calle is the spanish word for street",
    "the rua was empty and so was the avenida",
    "he said the prospekt is long",
    "we went down the main road and then the old lane",
    "she is twenty two and lives with her mother",
    "it was seven hundred metres down the road",
    "they walked along the canal and the gracht was frozen",
    "the new straat is nice",
    "We have no. 1 priority here.",
    "That was in 2019.",
    "They block the road every day.",
    "They had a Close Call last week.",
    "The Royal Gardens were open.",
])
def test_addresses_near_misses(packs, text):
    check(packs["addresses"] + packs["places"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("See also nos. 41823/05 and 41824/05.", [("ID_NUMBER", "41823/05"), ("ID_NUMBER", "41824/05")]),
    ("nos. 1/99, 22/2001 or 4432/05", [("ID_NUMBER", "1/99"), ("ID_NUMBER", "22/2001"), ("ID_NUMBER", "4432/05")]),
    ("His NI number is AB 12 34 56 C.", [("ID_NUMBER", "AB 12 34 56 C")]),
    ("the file is k r slash two two three one slash nineteen",
     [("ID_NUMBER", "k r slash two two three one slash nineteen")]),
    # a letter code or a single group before the first separator said as a word, letters said
    # one by one after it: the whole number, its letters and separators with it
    ("my case number is KA slash 4471 slash 2021", [("ID_NUMBER", "KA slash 4471 slash 2021")]),
    ("his prisoner number is A dash 7 7 1 4", [("ID_NUMBER", "A dash 7 7 1 4")]),
    ("the file was number 2019 dash 445 dash B", [("ID_NUMBER", "2019 dash 445 dash B")]),
    ("the docket number is twenty twenty one dash c v dash four four two",
     [("ID_NUMBER", "twenty twenty one dash c v dash four four two")]),
    ("the claim number is BX dash 4 4 1 9 dash 2", [("ID_NUMBER", "BX dash 4 4 1 9 dash 2")]),
    ("room two dash one four", [("ID_NUMBER", "two dash one four")]),
    # a court's number with its year after "of"
    ("the complaint number is 0045 of 2022", [("ID_NUMBER", "0045 of 2022")]),
    ("Petition No. 12 of 2019 was heard", [("ID_NUMBER", "12 of 2019")]),
    ("case number 45 of them", [("ID_NUMBER", "45")]),
    # a typed letter code before digits said or typed in groups
    ("his ID card number is AB one two three four five six", [("ID_NUMBER", "AB one two three four five six")]),
    ("my national ID is CM 8901 2345 67", [("ID_NUMBER", "CM 8901 2345 67")]),
    ("the file number 45 12 years old", [("ID_NUMBER", "45")]),
])
def test_identifiers_in_lists_and_groups(packs, text, expected):
    check(packs["identifiers"], text, expected)


@pytest.mark.parametrize("text", [
    "The ratio was 3/4 and the score 24/7.",
    "In 2019/20 we had no. 1 priority.",
    "The NHS is under strain, QA 12 people said.",
    "Tom dash Jerry came",
    "add a dash of salt and two eggs",
    "I had to dash to the shop at five",
    "it was fifty fifty, a slash through the middle",
    "the score was two dash one",
    "the road from Kyiv dash Odesa",
    "the case was one of 2020s worst",
    "UK one two three",
    "I got an A one two three times",
])
def test_identifiers_near_misses(packs, text):
    check(packs["identifiers"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("The farm stands on plots nos. 17, 305, 88/2, 121/2/3 and 612.",
     [("ID_NUMBER", "17"), ("ID_NUMBER", "305"), ("ID_NUMBER", "88/2"), ("ID_NUMBER", "121/2/3"),
      ("ID_NUMBER", "612")]),
    ("the council took the land (plot no. 512/7) in 2004", [("ID_NUMBER", "512/7")]),
    ("She bought lot number 44 and land parcel nr. 9.1 there.",
     [("ID_NUMBER", "44"), ("ID_NUMBER", "9.1")]),
])
def test_plot_and_lot_numbers(packs, text, expected):
    check(packs["identifiers"], text, expected)


@pytest.mark.parametrize("text", [
    "The sale concerned plots in the village, numbers 5 and 6 on the list.",
    "We had a lot. No. 5 was the best of them.",
    "The plot thickens: number 9 is the killer.",
])
def test_plot_and_lot_near_misses(packs, text):
    check(packs["identifiers"], text, [])


@pytest.fixture(scope="module")
def numbers():
    from redactor.detect.recognizers.spoken import SpokenNumberRecognizer

    return SpokenNumberRecognizer()


def spoken(recognizer, text: str) -> list[tuple[str, str]]:
    return sorted((r.entity_type, text[r.start:r.end]) for r in recognizer.analyze(text, None))


@pytest.mark.parametrize("text, expected", [
    ("my case number is nineteen dash four four three two",
     [("ID_NUMBER", "nineteen dash four four three two")]),
    ("his staff number was four four seven one nine", [("ID_NUMBER", "four four seven one nine")]),
    ("the prisoner was given seven seven eight one two", [("ID_NUMBER", "seven seven eight one two")]),
])
def test_numbers_said_after_a_case_or_staff_word(numbers, text, expected):
    assert spoken(numbers, text) == expected


@pytest.mark.parametrize("text", [
    "in that case twenty twenty was a hard year",
    "the staff were twenty or thirty people",
    "in any case nineteen ninety nine was long ago",
])
def test_case_and_staff_alone_make_no_identifier(numbers, text):
    assert spoken(numbers, text) == []


@pytest.fixture(scope="module")
def call_signs():
    return load_pack(RULES / "military.yaml").recognizers + load_pack(RULES / "singling.yaml").recognizers


@pytest.mark.parametrize("text, expected", [
    ("his call sign was kedr and mine was lis", [("CALL_SIGN", "kedr")]),
    ("his nickname was tiger", [("CALL_SIGN", "tiger")]),
    ("callsign viking two was on the net", [("CALL_SIGN", "viking two")]),
    ('We called him "the Professor" at the base.', [("CALL_SIGN", "the Professor")]),
    ('Everyone knew her as "Sasha Grey".', [("CALL_SIGN", "Sasha Grey")]),
    # what everyone says for a person, the name the speaker asks to leave out
    ('In the port everyone says "Reis", nobody knows his name.', [("CALL_SIGN", "Reis")]),
    ('they just say "Big Man" when he comes', [("CALL_SIGN", "Big Man")]),
    ('Please don\'t write "Tiki" in the story.', [("CALL_SIGN", "Tiki")]),
])
def test_call_signs_and_nicknames(call_signs, text, expected):
    assert [(t, s) for t, s in found(call_signs, text, FLAG_SETS[1]) if t == "CALL_SIGN"] == expected


@pytest.mark.parametrize("text", [
    "his call sign was changed twice",
    "the call sign is secret",
    'She said "Yes" and left.',
    'They say "Hello" to everyone.',
    'Everyone says "Sorry" there.',
    'they say "it is fine"',
    "we had to call, sign the form and leave",
])
def test_call_sign_near_misses(call_signs, text):
    assert [(t, s) for t, s in found(call_signs, text, FLAG_SETS[1]) if t == "CALL_SIGN"] == []


def test_a_quoted_word_after_a_call_sign_is_one(redactor_default):
    text = 'His call sign was Kedr, and mine was "Lis".'
    assert [(f.text, f.entity_type) for f in redactor_default.scan(text)] == [
        ("Kedr", "CALL_SIGN"), ("Lis", "CALL_SIGN")]


@pytest.mark.parametrize("text, expected", [
    ("We moved to Rua Augusta 88, Lisbon.", "Rua Augusta 88, Lisbon"),  # a public city said last too
    ("we stayed at ulica dluga twelve in sopot", "ulica dluga twelve in sopot"),
    ("he lived on calle morelos seventeen in chernihiv", "calle morelos seventeen in chernihiv"),
    ("I lived at Rua Augusta 88 in Lisbon for years.", "Rua Augusta 88"),
    ("We met at 7 Elm Tree Crescent, then went home.", "7 Elm Tree Crescent"),
    ("He lived at 22 Mill Lane in summer.", "22 Mill Lane"),
])
def test_a_town_not_public_that_ends_the_clause_joins_the_address(redactor_default, text, expected):
    assert [f.text for f in redactor_default.scan(text) if f.entity_type == "ADDRESS"] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a prisoner's number after "prison number", national IDs by their documented structure
    ("My prison number was A4471CK, and I remember it.", [("ID_NUMBER", "A4471CK")]),
    ("his jail number is B1234XY", [("ID_NUMBER", "B1234XY")]),
    ("HERG790312MOCRSD08 is on my card.", [("ID_NUMBER", "HERG790312MOCRSD08")]),
    ("my curp is herg790312mocrsd08", [("ID_NUMBER", "herg790312mocrsd08")]),
    ("the voter key GMVLMR80070501M100 was hers", [("ID_NUMBER", "GMVLMR80070501M100")]),
    ("CPF 123.456.789-09 on the form.", [("ID_NUMBER", "123.456.789-09")]),
    ("um actually it's u four one seven", [("ID_NUMBER", "u four one seven")]),
    ("sorry, b four four seven two", [("ID_NUMBER", "b four four seven two")]),
])
def test_prison_numbers_and_national_ids(packs, text, expected):
    check(packs["identifiers"], text, expected)


@pytest.mark.parametrize("text", [
    "We need A4 paper and an MP3 player.",
    "COVID19 hit us in 2020.",
    "the part is A1234BC",  # the prison number's shape needs a cue word nearby
    "HERG790312MOCRSD",  # a CURP cut short
    "ABCD991332HOCRSD08",  # no thirteenth month
    "The total was 123.456.789 pesos.",
    "actually it's a one two three kind of thing",
    "sorry, i one two three four",
    "actually we were four or five",
])
def test_prison_number_and_national_id_near_misses(packs, text):
    check(packs["identifiers"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("Phone? 987 654 031", [("PHONE", "987 654 031")]),
    ("Q: Your number?\nA: 612 345 678", [("PHONE", "612 345 678")]),
    ("Mobile? It's 0601 234 567", [("PHONE", "0601 234 567")]),
])
def test_a_phone_number_given_as_the_answer(packs, text, expected):
    check(packs["contact"], text, expected)


@pytest.mark.parametrize("text", [
    "How many? 612 345 678 tonnes.",
    "They asked the number? 2019 was the year.",
    "Phone? Yes, I have one.",
])
def test_no_phone_number_in_an_answer_of_another_kind(packs, text):
    check(packs["contact"], text, [])


@pytest.mark.parametrize("text, expected", [
    # Belarusian and Ukrainian street words, Vietnamese parts, a French avenue with its number
    # said, a village and a house number after "live at"
    ("I live on vulica Tsentralnaya 7 now.", [("ADDRESS", "vulica Tsentralnaya 7")]),
    ("they moved to zavulak Sadovy 3", [("ADDRESS", "zavulak Sadovy 3")]),
    ("Nhà tôi ở số 45, hẻm 12, đường DT743.", [("ADDRESS", "số 45, hẻm 12, đường DT743")]),
    ("He lives on avenue Lumumba number 88.", [("ADDRESS", "avenue Lumumba number 88")]),
    ("we stayed at avenue de la Paix numéro 14 in Bukavu", [("ADDRESS", "avenue de la Paix numéro 14")]),
    ("I live at wierzbica forty two a with my mum", [("ADDRESS", "wierzbica forty two a")]),
    ("I lived at Nowa Wieś 12.", [("ADDRESS", "Nowa Wieś 12")]),
])
def test_more_street_words_and_village_houses(packs, text, expected):
    check(packs["addresses"], text, expected)


@pytest.mark.parametrize("text", [
    "the vulica was empty",
    "avenue of the stars",
    "we walked down the avenue to number 88",
    "I live at home twelve hours a day",
    "we lived at the farm for twenty years",
    "she lives at Kyiv one day, Lviv the next",
    "tổ chức này rất lớn",  # "tổ chức", an organisation: no number
])
def test_more_street_words_near_misses(packs, text):
    check(packs["addresses"], text, [])


@pytest.mark.parametrize("text, expected", [
    ("we only knew him as k dot o", [("HANDLE", "k dot o")]),
    ("his handle was kay dot oh dot two", [("HANDLE", "kay dot oh dot two")]),
])
def test_a_name_spelt_with_dots_said_aloud(packs, text, expected):
    check([r for r in packs["contact"] if r.name == "SocialHandle"], text, expected)


@pytest.mark.parametrize("text", [
    "known as the dot com guy",
    "we knew him as a dot on the map",
    "we went by the river",
])
def test_a_name_spelt_with_dots_near_misses(packs, text):
    check([r for r in packs["contact"] if r.name == "SocialHandle"], text, [])
