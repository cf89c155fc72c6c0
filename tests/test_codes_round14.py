"""Numbers and codes (round 14): figures the model reads as a date that no date has, or a date's
figures inside a longer code; a national identity number of a birth date, a serial and a check
character; a label's word set off by a comma ("a case, number ..."); a clause between a label and
its code; a plate with its region's name.  Exact spans through the whole Redactor, and near
misses that must not be found."""

from __future__ import annotations

import pytest

from redactor.detect.id_edges import code_around_date, is_code_not_date
from tests.scan_helpers import CODE_TYPES, of_type


@pytest.mark.parametrize("text, expected", [
    # a label's word set off by a comma: the model dates "21/4-0913"
    ("he has a disciplinary case, number 21/4-0913, and they keep it open", "21/4-0913"),
    ("the appeal, no. 33/7-1120 was lost", "33/7-1120"),
    ("It was the file, number 4471 that they lost.", "4471"),
    # a birth date, a serial and a check character: the model dates "140587"
    ("She read out 140587-331X from her card.", "140587-331X"),
    ("his personnummer is 850714-4471 I think", "850714-4471"),
    ("He wrote 030298A112B on the form.", "030298A112B"),
    # a clause between the label and its code (the model dates "1998 4567 2013")
    ("My identity number, the clerk asked for it, 210391-554K and then she stamped it.", "210391-554K"),
    ("my national card number, for the lawyer, 1998 4567 2013 and that was it", "1998 4567 2013"),
    ("my registration, for the record, 88120/4471 at the office", "88120/4471"),
])
def test_a_code_is_found_whole_as_an_id(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES, "DATE") == [("ID_NUMBER", expected)]


@pytest.mark.parametrize("text", [
    "In that case, number 5 was the worst of them.",
    "In any case, number 2019 was a bad year for us.",
])
def test_a_count_or_a_year_after_case_and_number_is_no_code(redactor_default, text):
    assert of_type(redactor_default, text, "ID_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    ("My phone number, the new one, 0712 345 678 and the old one", [("PHONE", "0712 345 678")]),
    ("my card number, as I said, was lost in 2019", []),
])
def test_a_clause_after_a_label_keeps_phones_and_years_out_of_ids(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == expected


@pytest.mark.parametrize("text, expected", [
    ("It happened on 12/03/2024 in the morning.", "12/03/2024"),
    ("we met on 12.03.24 in the evening", "12.03.24"),
    ("They stayed from 2019-2020 in the camp.", "2019-2020"),
])
def test_dates_in_figures_stay_dates(redactor_default, text, expected):
    found = of_type(redactor_default, text, *CODE_TYPES, "DATE")
    assert found == [("DATE", expected)]


@pytest.mark.parametrize("text", [
    "we met at 01:34 and paid 150,000 dinars",
    "article 18/2 of the code says it",  # a law's reference is public
    "They are open 24/7/365 now and 45% voted.",
    "He bought a Sony WH-1000XM4 there.",
])
def test_times_sums_laws_and_models_are_no_code(redactor_default, text):
    assert of_type(redactor_default, text, *CODE_TYPES) == []


@pytest.mark.parametrize("span, code", [
    ("21/4-0913", True),
    ("1998 4567 2013", True),
    ("140587-331X", True),
    ("KX-2231-0098", True),
    ("12/03/2024", False),
    ("2024-03-12", False),
    ("12 03 24", False),
    ("03/2024", False),
    ("2019-2020", False),
    ("2019/20", False),
    ("12/03-15/03", False),  # two days
    ("150.000", False),  # a sum in thousands
    ("1 500 000", False),
    ("24/7/365", False),
    ("12 March 2024", False),
    ("140587", False),  # one group: a date may be written so
    ("20240512", False),
])
def test_figures_no_date_has(span, code):
    assert is_code_not_date(span) is code


def test_a_dates_figures_inside_a_longer_code():
    text = "She read out 140587-331X from her card; in mid-2019 she left."
    start = text.index("140587")
    assert code_around_date(text, start, start + 6) == (start, start + len("140587-331X"))
    year = text.index("2019")
    assert code_around_date(text, year, year + 4) is None


@pytest.mark.parametrize("text, expected", [
    ("Plate Vientiane KB 2231 was on the car.", "Vientiane KB 2231"),
    ("the car is number 33418 Erbil and it was white", "33418 Erbil"),
    ("The registration: Kandahar 4471, I saw it.", "Kandahar 4471"),
    ("the taxi had the plate 55021 Duhok.", "55021 Duhok"),
    ("his car, 33418 Erbil, was parked outside", "33418 Erbil"),
])
def test_a_plate_with_its_regions_name(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == [("VEHICLE_PLATE", expected)]


@pytest.mark.parametrize("text, expected", [
    ("a car from Erbil, plate 4471 KB, came by", "4471 KB"),  # the town said outside the plate
    ("He drove to Erbil in a car with plate KB 2231.", "KB 2231"),
])
def test_a_place_outside_the_plate_stays_out(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == [("VEHICLE_PLATE", expected)]


@pytest.mark.parametrize("text, expected", [
    ("the plate was kb 2231 and it was white", "kb 2231"),
    ("the plate number is 4471 kd on the back", "4471 kd"),
    ("reg kbx 221 c was all she saw", "kbx 221 c"),
])
def test_a_plate_in_small_letters_after_its_word(redactor_default, text, expected):
    assert of_type(redactor_default, text, *CODE_TYPES) == [("VEHICLE_PLATE", expected)]


@pytest.mark.parametrize("text", [
    "the bus number 33 Erbil was late",  # a route
    "the car is number one in Erbil and it was white",
    "the car, 2019 Toyota, was parked",  # a model year and a make
    "the plates were at 2231 and so on",
])
def test_a_route_or_a_rank_before_a_place_is_no_plate(redactor_default, text):
    assert of_type(redactor_default, text, "VEHICLE_PLATE") == []


@pytest.mark.parametrize("text, expected", [
    # a name list's "Karim MK" runs into the badge's code: the name ends where the code starts
    ("His badge said Karim MK-4471 on it.", [("PERSON", "Karim"), ("ID_NUMBER", "MK-4471")]),
])
def test_a_name_that_runs_into_a_code_ends_where_the_code_starts(redactor_default, text, expected):
    assert of_type(redactor_default, text, "PERSON", "ORGANIZATION", "LOCATION", *CODE_TYPES) == expected


def test_a_guess_cut_at_a_code_keeps_its_letters_and_drops_what_has_none():
    from redactor.detect.filters import _names_cut_at_codes
    from redactor.model import Mention

    text = "Karim MK-4471 and 55 KB-2231"
    code = Mention(start=6, end=13, entity_type="ID_NUMBER", score=0.8, detector="CaseNumber", text="MK-4471")
    name = Mention(start=0, end=8, entity_type="PERSON", score=0.85, detector="SpacyRecognizer", text="Karim MK")
    plate = Mention(start=21, end=28, entity_type="VEHICLE_PLATE", score=0.55, detector="MoreVehiclePlates",
                    text="KB-2231")
    digits = Mention(start=18, end=23, entity_type="ORGANIZATION", score=0.85, detector="SpacyRecognizer", text="55 KB")
    rule = Mention(start=0, end=8, entity_type="PERSON", score=0.85, detector="PersonTitle", text="Karim MK")
    assert text[plate.start:plate.end] == plate.text and text[digits.start:digits.end] == digits.text
    out = _names_cut_at_codes([name, code, plate, digits, rule])
    assert [(m.entity_type, m.text, m.start) for m in out] == [
        ("PERSON", "Karim", 0), ("ID_NUMBER", "MK-4471", 6), ("VEHICLE_PLATE", "KB-2231", 21),
        ("PERSON", "Karim MK", 0)]  # "55" has no letter; a rule's name is the overlap policy's to weigh


@pytest.mark.parametrize("span", ["1187/2025", "14001-2015", "4471-2290"])
def test_a_number_and_a_year_alone_may_be_the_models_date(span):
    assert not is_code_not_date(span)
