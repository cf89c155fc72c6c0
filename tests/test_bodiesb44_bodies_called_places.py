"""A body the model calls a place, a body's name cut after its first word, and a marketplace said
in small letters are public, round 44.

- A name the model called a place whose people came or asked ("the Helal-e Ahmar people
  asked", "the Sanepid officers never came"): a body's staff come; a town GeoNames knows, or a
  place the file says as one ("in Kibera"), is its people and stays found, and so does a place
  that only "came" (a town's police).
- A body's name the model cut after its first words, said on in its own language up to a visit
  ("the Inspektsiyata po truda came"): an English word there ("the Varnaco truck came") is no
  name's.
- An online marketplace or a delivery app said in small letters ("the boxes go out on coupang").
"""

from __future__ import annotations

import pytest

from redactor.detect.recipients import sent_to
from tests.test_bodies44_letters_and_visits import _found
from tests.test_keep26_complaint_recipients import _mention


@pytest.mark.parametrize("text, span", [
    # the form of a design set (fresh43), and forms no design set has: other staff, other verbs
    ("he was sent back over the border. The Helal-e Ahmar people asked, and we said nothing.", "Helal-e Ahmar"),
    ("The Sanepid officers never came to the farm.", "Sanepid"),
    ("after the flood the Zorvastra inspectors came twice", "Zorvastra"),
    ("the Tavrenko staff also checked our papers", "Tavrenko"),
])
def test_a_place_whose_people_came_is_a_body(text, span):
    assert sent_to(text, _mention(text, span, "LOCATION"))


@pytest.mark.parametrize("text, span", [
    # a town GeoNames knows, a place the file says as one, a place that only came
    ("The Kakata people came one time and took the names.", "Kakata"),
    ("my sister lives in Zorvastra. the Zorvastra people came to help us", "Zorvastra"),
    ("the boy from Zorvastra ran. then Zorvastra came to the gate", "Zorvastra"),
    ("the Zorvastra road came down in the rain", "Zorvastra"),
])
def test_a_place_said_as_a_place_stays_a_place(text, span):
    assert not sent_to(text, _mention(text, span, "LOCATION"))


@pytest.mark.parametrize("text, span, kind", [
    # one capitalised word, then its "people" or "men": as often the place's residents, whom the
    # model may call an organisation or a place (a neighbourhood GeoNames does not hold)
    ("When the fighting started the Mathare people came to our church.", "Mathare", "ORGANIZATION"),
    ("The Kawangware men came at night with sticks.", "Kawangware", "ORGANIZATION"),
    ("the Ruaraka people also asked for water", "Ruaraka", "LOCATION"),
])
def test_one_word_and_its_people_may_be_its_residents(text, span, kind):
    assert not sent_to(text, _mention(text, span, kind))


@pytest.mark.parametrize("text, span, kind", [
    ("The Sanepid officers came twice.", "Sanepid", "ORGANIZATION"),   # its officers: a body's
    ("the cnes people came in may", "cnes", "ORGANIZATION"),            # small letters: an acronym said
    ("the Helal-e Ahmar people asked us", "Helal-e Ahmar", "LOCATION"),  # several words
])
def test_a_body_with_its_officers_or_not_one_capitalised_word_came(text, span, kind):
    assert sent_to(text, _mention(text, span, kind))


@pytest.mark.parametrize("text, span", [
    ("The Inspektsiyata po truda came once in the province, to the office.", "Inspektsiyata"),
    ("then the Consejo Regulador del Mezcal came to the palenque", "Consejo Regulador"),
    ("the Urząd pracy never came to us", "Urząd"),
])
def test_a_body_cut_after_its_first_words_came(text, span):
    assert sent_to(text, _mention(text, span, "ORGANIZATION"))


@pytest.mark.parametrize("text, span", [
    ("The Varnaco truck came at six and the men loaded it.", "Varnaco"),
    ("the Varnaco boss and his wife came on sunday", "Varnaco"),
])
def test_an_english_word_after_a_firm_is_no_part_of_its_name(text, span):
    assert not sent_to(text, _mention(text, span, "ORGANIZATION"))


@pytest.mark.parametrize("text, name", [
    ("we pack at night. the boxes go out on coupang under his brand and nobody asks", "coupang"),
    ("the cooperative sells the tea through tokopedia now, mostly to the city", "tokopedia"),
    ("my cousin rides for swiggy in the evenings", "swiggy"),
    ("she lists the scarves on shopee and lazada both", "lazada"),
])
def test_a_marketplace_in_small_letters_is_kept(redactor_default, text, name):
    assert name not in [value for _, value in _found(redactor_default, text)]
