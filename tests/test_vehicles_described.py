"""Vehicles as people describe them (round 16): a model said as a code, a colour and a model in
lower case, a description said after it, a boat or a machine by its kind.  Exact spans through
the whole Redactor, and near misses that name no vehicle."""

from __future__ import annotations

import pytest

from redactor.detect.overlaps import resolve_overlaps
from redactor.detect.recognizers.coloured_models import find_coloured_models, known_models
from redactor.detect.vehicle_models import codes_in_vehicles
from redactor.model import Mention


def vehicles(redactor, text: str) -> list[str]:
    return [f.text for f in redactor.scan(text) if f.entity_type == "VEHICLE"]


@pytest.mark.parametrize("text, expected", [
    # a model's code a name detector reads as a handle stays in its vehicle
    ("Every morning she came in the grey Toyota RAV4 and parked by the gate.", ["grey Toyota RAV4"]),
    ("Osei rode a red honda cb125 to the market in Tamale.", ["red honda cb125"]),
    ("In Bratislava they had a black e46 bmw parked outside the bar.", ["black e46 bmw"]),
    ("He sold his bmw e46 to a man from Graz.", ["bmw e46"]),
    ("At the pit they used a 300-ton Komatsu 930E for the ore.", ["300-ton Komatsu 930E"]),
    ("The foreman drove a silver Isuzu D-Max to the camp.", ["silver Isuzu D-Max"]),
    ("A white Fiat 126 stood in the yard in Kraków.", ["white Fiat 126"]),
    ("They loaded a Volvo FH16 truck in Gdynia.", ["Volvo FH16 truck"]),
    # the kind of machine after its code
    ("They fired from a CM-11 tank near the river.", ["CM-11 tank"]),
    ("The crew flew an Mi-8 helicopter over Khorog.", ["Mi-8 helicopter"]),
])
def test_models_said_as_codes(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "Toyota 2021 results were poor.",
    "Toyota 500 workers went on strike in Durban.",
    "We filled a CO2 tank at the shop.",
    "The water tank leaked all night.",
    "An armoured vehicle passed the checkpoint.",
    "Toyota said in a statement that sales fell.",
])
def test_codes_and_kinds_that_name_no_vehicle(redactor_default, text):
    assert vehicles(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("I took my blue swift to the garage in Leeds.", ["blue swift"]),
    ("My old red corsa broke down on the road to Braga.", ["old red corsa"]),
    ("Tendai came in a white Runx from Chitungwiza.", ["white Runx"]),
    ("we saw her grey wingroad outside the clinic", ["grey wingroad"]),
])
def test_colour_and_a_model_from_the_data_file(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "A red panda sleeps in the zoo at Darjeeling.",
    "The blue note was played twice.",
    "He gave her a white wish for the new year.",
    "It was a white Christmas in Tallinn.",
    "They rolled out the red carpet for the minister.",
    "That is a grey area for the courts.",
    "The blue team won the final.",
    "The small yellow one was mine.",
])
def test_colours_in_other_senses(redactor_default, text):
    assert vehicles(redactor_default, text) == []


def test_everyday_models_need_driving_and_a_possessive():
    # "swift" is an everyday word: a possessive, the clause going on, and a word of driving
    assert list(find_coloured_models("I took my blue swift to the garage.")) == [(10, 20)]
    assert list(find_coloured_models("A blue swift flew over the garage.")) == []
    assert list(find_coloured_models("I saw my blue swift again.")) == []
    assert list(find_coloured_models("He parked my blue swift cage in the garage.")) == []
    # a model no English word needs none of it
    assert list(find_coloured_models("a grey lacetti")) == [(2, 14)]
    assert {"lacetti", "land cruiser", "swift"} <= known_models()


@pytest.mark.parametrize("text, expected", [
    ("It was the white van, the hatchback, with the Polish number plate frame.",
     ["white van, the hatchback, with the Polish number plate frame"]),
    ("A red Fiat Punto with the pizza box on the back and a football scarf in the window stood there.",
     ["red Fiat Punto with the pizza box on the back and a football scarf in the window"]),
    ("The black Mercedes with the union flag on the antenna came at noon.",
     ["black Mercedes with the union flag on the antenna"]),
    ("A white Hilux with the gas bottles in the back was parked in Nakuru.",
     ["white Hilux with the gas bottles in the back"]),
    ("The blue minibus of the association took us to Kisumu.", ["blue minibus of the association"]),
    ("The black Toyota Prado of the mayor was outside.", ["black Toyota Prado of the mayor"]),
    ("It was a white Land Cruiser 76 of the water board.", ["white Land Cruiser 76 of the water board"]),
    ("We took the yellow bus, the sixty-seater, to the border at Namanga.", ["yellow bus, the sixty-seater"]),
    ("The green Land Rover, the double cab, was parked there.", ["green Land Rover, the double cab"]),
])
def test_description_tails(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who rides in it is no mark of it
    ("He brought the white Hilux with the kids in the back.", ["white Hilux"]),
    ("She came in the red Lada Niva with the help of her cousin.", ["red Lada Niva"]),
    # a number followed by "of" that counts
    ("We had the blue Golf 4 of them in the garage.", ["blue Golf"]),
    ("The bus of the future is electric.", []),
    ("He drove the silver Toyota Corolla of the year.", ["silver Toyota Corolla"]),
])
def test_tails_that_do_not_belong_to_the_vehicle(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We crossed in the blue fibreglass boat with two Suzuki engines.",
     ["blue fibreglass boat with two Suzuki engines"]),
    ("They came in a small wooden pirogue with a green stripe on the side.",
     ["small wooden pirogue with a green stripe on the side"]),
    ("Then the old steel trawler left Tema.", ["old steel trawler"]),
])
def test_boats_described(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "We sat in a small boat all night.",
    "The boat left at dawn.",
    "The red team launched a new campaign.",
])
def test_boats_not_described(redactor_default, text):
    assert vehicles(redactor_default, text) == []


def _mention(start: int, end: int, entity_type: str, text: str, score: float = 0.6) -> Mention:
    return Mention(start=start, end=end, entity_type=entity_type, score=score, detector="d", text=text)


def test_a_code_in_a_vehicle_loses_its_handle_priority():
    vehicle = _mention(0, 16, "VEHICLE", "grey Toyota RAV4")
    code = _mention(12, 16, "HANDLE", "RAV4", 0.3)
    account = _mention(12, 16, "HANDLE", "@rav", 0.3)
    assert codes_in_vehicles([vehicle, code, account]) == frozenset({id(code)})
    assert resolve_overlaps([vehicle, code]) == [vehicle]
    # a handle outside any vehicle keeps its priority
    assert codes_in_vehicles([code]) == frozenset()


def test_the_models_file_is_as_documented():
    from importlib import resources

    raw = resources.files("redactor.data").joinpath("vehicle_models.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    assert rows[0] == ["model", "make", "regions"]
    regions = {"africa", "asia", "cis", "europe", "latam", "mideast", "namerica", "oceania", "south-asia", "world"}
    models = [row[0] for row in rows[1:]]
    assert len(models) == len(set(models))
    for row in rows[1:]:
        assert len(row) == 3 and row[0] == row[0].lower() and row[1] == row[1].lower(), row
        assert set(row[2].split(",")) <= regions, row


@pytest.mark.parametrize("text, expected", [
    # the model's firm over a colour and a make gives way to the vehicle
    ("The red Volvo, the old one, left Malmö at six.", ["red Volvo"]),
    ("I saw the white Nissan NP200 bakkie at the shops in Polokwane.", ["white Nissan NP200 bakkie"]),
    # a model no list knows, in a sentence of driving
    ("He parked a red Wuling by the gate.", ["red Wuling"]),
    ("A grey sirion pulled up outside the clinic.", ["grey sirion"]),
])
def test_vehicles_the_model_took_or_no_list_knows(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    # a robe or a scarf is as rare a word as a model
    "She wore a white kanzu and drove to town.",
    "The man in a black shemagh parked the car.",
    "A red wuling was on the table.",
    "He bought a grey dishdasha before he drove home.",
])
def test_rare_words_after_a_colour_that_are_no_vehicle(redactor_default, text):
    assert vehicles(redactor_default, text) == []


def test_a_guess_is_dropped_only_when_it_is_the_vehicle_with_an_article():
    from redactor.detect.vehicle_models import without_guesses_over_vehicles

    vehicle = _mention(4, 13, "VEHICLE", "red Volvo")
    firm = Mention(start=0, end=13, entity_type="ORGANIZATION", score=0.85, detector="model", text="The red Volvo")
    longer = Mention(start=0, end=20, entity_type="ORGANIZATION", score=0.85, detector="model",
                     text="The red Volvo Group")
    before = Mention(start=0, end=13, entity_type="ORGANIZATION", score=0.85, detector="model", text="Abba red Volvo")
    kept = without_guesses_over_vehicles([vehicle, firm, longer, before], frozenset({"model"}), 0.45)
    assert kept == [vehicle, longer, before]
    # a vehicle too unsure to replace drops nothing
    unsure = _mention(4, 13, "VEHICLE", "red Volvo", 0.3)
    assert without_guesses_over_vehicles([unsure, firm], frozenset({"model"}), 0.45) == [unsure, firm]


@pytest.mark.parametrize("text, expected", [
    ("the old green kamaz 4310 of the brigade crossed at dawn", ["old green kamaz 4310 of the brigade"]),
    ("a blue isuzu npr of the cooperative took the maize to Mbale", ["blue isuzu npr of the cooperative"]),
    ("it was a white hiace, the fourteen-seater, with the red stripe",
     ["white hiace, the fourteen-seater, with the red stripe"]),
    # the description stops where the clause goes on
    ("the red Lada with the broken mirror and then he left", ["red Lada with the broken mirror"]),
    ("The old green Kamaz 4310 of them all was the best.", ["old green Kamaz"]),
])
def test_captions_and_where_a_description_stops(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "He wore a white polo shirt to the wedding in Accra.",
    "We walked across the green golf course.",
    "She hit a white golf ball into the lake.",
    "The grey transit lounge in Doha was full.",
])
def test_a_model_word_heading_another_thing(redactor_default, text):
    assert vehicles(redactor_default, text) == []


@pytest.mark.parametrize("text, expected", [
    ("It was the white van belonging to the mission in Gulu.", ["white van belonging to the mission"]),
    ("We rode in the grey Hilux owned by the cooperative.", ["grey Hilux owned by the cooperative"]),
    ("She drove the white Toyota Hiace that belongs to the parish.",
     ["white Toyota Hiace that belongs to the parish"]),
    ("The old blue Mazda pickup with the wooden sides came.", ["old blue Mazda pickup with the wooden sides"]),
    ("They had a black Suzuki Jimny with a roof tent.", ["black Suzuki Jimny with a roof tent"]),
    ("An orange Kubota excavator was digging near Oruro.", ["orange Kubota excavator"]),
    ("The yellow JCB 3CX digger sat idle.", ["yellow JCB 3CX digger"]),
])
def test_owners_said_otherwise_and_machines_of_a_site(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The white van belonging to my cousin was gone.", ["white van"]),
    ("The grey Hilux owned by the time he came was sold.", ["grey Hilux"]),
    ("An excavator was digging near the road.", []),
])
def test_owners_and_machines_near_misses(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We took a blue and white bus to Mwanza.", ["blue and white bus"]),
    ("A red-and-white minibus stopped at Kariakoo.", ["red-and-white minibus"]),
    ("She waited for the green and yellow taxi.", ["green and yellow taxi"]),
    ("They sent a white double-cabin Hilux from Juba.", ["white double-cabin Hilux"]),
    ("The white UN Land Cruiser was parked.", ["white UN Land Cruiser"]),
    ("A beige 1998 Corolla was outside the post office.", ["beige 1998 Corolla"]),
    ("Our matte black Yamaha R1 was stolen.", ["matte black Yamaha R1"]),
    ("The white NGO pickup left Goma early.", ["white NGO pickup"]),
    ("He drove a black SUV to Kigali.", ["black SUV"]),
])
def test_liveries_and_what_is_said_between_colour_and_model(redactor_default, text, expected):
    assert vehicles(redactor_default, text) == expected


@pytest.mark.parametrize("text", [
    "The flag was red and white.",
    "They wore blue and white shirts.",
    "A white UN official spoke.",
    "The beige 1998 report was filed.",
    "The red TV crew left the hotel.",
])
def test_colours_and_codes_without_a_vehicle(redactor_default, text):
    assert vehicles(redactor_default, text) == []
