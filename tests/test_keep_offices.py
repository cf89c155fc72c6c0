"""The holder of a public office named by its title is public (redactor.detect.offices): a name
right after the title of a state office, in any case where the title is no other job's
("president hakainde", "interior minister ivan sokolov"), and a name in apposition to the office
of a public place ("the mayor of Lagos, Tunde Bakare").  Near misses stay found: a firm's, a
club's, a school's or a prison's office, a deputy's, the speaker's own, a small place's mayor, a
village head, "the minister" alone in lower case."""

from __future__ import annotations

import pytest

from redactor.detect.filters import SpanFilters
from redactor.detect.offices import holds_public_office


@pytest.fixture(scope="module")
def is_public_place():
    return SpanFilters().is_public_place


@pytest.mark.parametrize("text, name", [
    ("President Ruto promised a road.", "Ruto"),
    ("Labour Minister Florence Mutua met the workers.", "Florence Mutua"),
    ("Minister of Labour Simon Chelugui spoke.", "Simon Chelugui"),
    ("Chancellor Scholz visited the plant.", "Scholz"),
    ("We wrote to the mayor of Bogotá, Claudia López, but", "Claudia López"),
    ("the mayor of mexico city, ana ruiz, said", "ana ruiz"),
    ("Bogotá's mayor Claudia López said", "Claudia López"),
    ("the Lagos mayor Tunde Bakare said", "Tunde Bakare"),
    ("Claudia López, the mayor of Bogotá, said", "Claudia López"),
    ("William Ruto, Kenya's president, said", "William Ruto"),
    ("Mayor Grace Otieno of Nairobi did.", "Mayor Grace Otieno"),
])
def test_office_holders_are_public(is_public_place, text, name):
    start = text.index(name)
    assert holds_public_office(text, start, start + len(name), is_public_place)


@pytest.mark.parametrize("text, name", [
    ("and then president hakainde came on the radio", "hakainde"),
    ("prime minister petrov said nothing about it", "petrov"),
    ("the interior minister ivan sokolov agreed", "ivan sokolov"),
    ("the minister of labour simon chelugui came", "simon chelugui"),
    ("we call on president bashar al assad to go", "al assad"),        # the given name left out
    ("i am pleased that president van rompuy came", "rompuy"),         # the particle left out
])
def test_office_holders_under_a_lower_case_title_are_public_when_the_setting_says(is_public_place, text, name):
    start = text.index(name)
    assert holds_public_office(text, start, start + len(name), is_public_place, lower_case=True)
    # By default (Settings.keep_office_holders_in_captions is off) a caption's name stays found.
    assert not holds_public_office(text, start, start + len(name), is_public_place)


@pytest.mark.parametrize("text, name", [
    ("the mayor of our village, Pedro Gomez, knew", "Pedro Gomez"),
    ("the mayor of San Isidro, Pedro Gomez.", "Pedro Gomez"),          # a small place's mayor
    ("Pedro Gomez, the mayor of San Isidro, said", "Pedro Gomez"),
    ("Mayor Grace Otieno of Kikuyu did.", "Mayor Grace Otieno"),
    ("Mayor Tomás Ruiz came", "Tomás Ruiz"),                           # a mayor of no named place
    ("our mayor Tomás Ruiz said", "Tomás Ruiz"),
    ("the deputy mayor Lina Park said", "Lina Park"),
    ("the school president Ana Ruiz spoke", "Ana Ruiz"),
    ("the club president Ivan said", "Ivan"),
    ("the prison governor Ivan Petrov", "Ivan Petrov"),
    ("Our director Anna Kowalska told", "Anna Kowalska"),
    ("The village head Ramón Ortiz agreed", "Ramón Ortiz"),
    ("the minister john read the gospel", "john"),                     # a church's, in a caption
    ("Anna, the president of our union, said", "Anna"),
    ("mr president charles dickens once wrote", "charles dickens"),    # the chair addressed
    ("the president visited anna kowalska", "kowalska"),              # a verb, no given name, between
])
def test_other_offices_and_small_places_stay_found(is_public_place, text, name):
    start = text.index(name)
    assert not holds_public_office(text, start, start + len(name), is_public_place)


@pytest.mark.parametrize("text, kept, found", [
    ("We wrote to the mayor of Lagos, Tunde Bakare, and to our neighbour Ngozi Okafor.",
     "Tunde Bakare", ["Ngozi Okafor"]),
    ("the mayor of San Isidro, Pedro Gomez, knew my father.", "the mayor", ["Pedro Gomez"]),
    ("the president said that nobody would lose their job, and a minister came too.", "president", []),
])
def test_office_holders_stay_in_the_scan(redactor_default, text, kept, found):
    findings = redactor_default.scan(text)
    start = text.index(kept)
    assert not any(f.start < start + len(kept) and start < f.end for f in findings)
    people = [f.text for f in findings if f.entity_type == "PERSON"]
    assert [name for name in found if name in people] == found


def test_a_caption_office_holder_is_kept_only_with_the_setting(make_redactor):
    # ("hakainde" until round 10 listed Hakainde Hichilema: a listed figure is kept either way)
    text = "and then president chisanga came on the radio, and my brother tomasz wrona cried"
    kept = make_redactor(keep_office_holders_in_captions=True).scan(text)
    assert [f.text for f in kept if f.entity_type == "PERSON"] == ["tomasz wrona"]
    found = make_redactor().scan(text)
    assert [f.text for f in found if f.entity_type == "PERSON"] == ["chisanga", "tomasz wrona"]



@pytest.mark.parametrize("text, name", [
    ("Prices rose in spring. The President, Amadou Kourouma, signed a decree.", "Amadou Kourouma"),
    ("the floods went down. the president, tafadzwa mhlanga, promised new pumps", "tafadzwa mhlanga"),
    ("and also the prime minister, petra novakova, visited the mine", "petra novakova"),
    ("A writer for l'Unione phoned me. The President, Amadou Kourouma, answered later.", "Amadou Kourouma"),
    ("Our union wrote twice. the prime minister, petra novakova, never answered", "petra novakova"),  # no club has one
])
def test_a_head_of_state_in_apposition_to_the_bare_office_is_public(is_public_place, text, name):
    start = text.index(name)
    assert holds_public_office(text, start, start + len(name), is_public_place)


@pytest.mark.parametrize("text, name", [
    # another body that has a president, named in the clause or the sentence before
    ("Our farmers' cooperative met twice. The President, Amadou Kourouma, kept the minutes.", "Amadou Kourouma"),
    ("our football club lost again. the president, tafadzwa mhlanga, blamed the coach", "tafadzwa mhlanga"),
    ("The union met on Monday and the president, Anna Kowalska, spoke first.", "Anna Kowalska"),
    ("Then the president, Anna Kowalska, thanked all the members.", "Anna Kowalska"),  # said after the name
    ("The president, Mr Kourouma, signed nothing.", "Mr Kourouma"),    # a courtesy title
    ("our president, Amadou Kourouma, phoned", "Amadou Kourouma"),     # the speaker's own
    ("the club president, Amadou Kourouma, phoned", "Amadou Kourouma"),
    ("no, the president, yet another kourouma, a farmer", "kourouma"),
    ("the vice president, Amadou Kourouma, phoned", "Amadou Kourouma"),  # a deputy's
])
def test_a_bare_office_of_another_body_or_with_a_courtesy_title_stays_found(is_public_place, text, name):
    start = text.index(name)
    assert not holds_public_office(text, start, start + len(name), is_public_place)


def test_a_head_of_state_in_apposition_is_kept_in_the_scan_and_a_cooperative_president_found(redactor_default):
    text = ("The President, Amadou Kourouma, opened the bridge in spring. Our village cooperative "
            "is small. The president, Moussa Traoré, kept quiet. My cousin Fatou Diallo saw it.")
    people = [f.text for f in redactor_default.scan(text) if f.entity_type == "PERSON"]
    assert "Amadou Kourouma" not in people
    assert "Moussa Traoré" in people and "Fatou Diallo" in people
