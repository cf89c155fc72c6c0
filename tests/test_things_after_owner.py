"""A common English word the model takes for a person right after a possessive, or after an
article or a possessive and one describing word ("he stayed in his bunk", "our lorry does the
north side", "the top bunk", "the black lung", "a new sim"), is a thing; a name many countries
give ("our kenny"), a word after a relation, a job or a title ("my friend joy", "the driver
kenny"), a vehicle's make ("the old tata") and a nickname
being told stay (redactor.detect.filters: ``_thing_after_owner_or_describer``)."""

from __future__ import annotations

import pytest


def _found(redactor, tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    result = redactor.run([path]).files[0]
    return [(f.entity_type, f.text) for f in result.findings]


@pytest.mark.parametrize("text, word", [
    (">> after the fall tomas stayed in his bunk for two days and nobody came to see him\n", "bunk"),
    (">> he put the envelope on my bunk, two thousand dollars, and said nothing\n", "bunk"),
    (">> so me or the young fella, one of us drives the skidder\n", "fella"),
])
def test_a_thing_after_an_owner_or_a_describing_word_is_no_name(redactor_default, tmp_path, text, word):
    found = _found(redactor_default, tmp_path, text)
    assert all(word not in value for _, value in found)


def test_the_names_beside_the_thing_stay(redactor_default, tmp_path):
    text = ">> after the fall tomas stayed in his bunk for two days and nobody came to see him\n"
    assert ("PERSON", "tomas") in _found(redactor_default, tmp_path, text)


@pytest.mark.parametrize("text, name", [
    (">> my friend joy told me about the job at the packhouse\n", "joy"),
    (">> the driver kenny took us to the farm every morning at five\n", "kenny"),
    (">> my cousin sherry works in the packing shed on nights\n", "sherry"),
    # a noun before the name is what the person is, not a thing's description
    (">> moreover as the poet emerson taught us there is no shortcut\n", "emerson"),
])
def test_a_name_after_a_relation_or_a_job_stays(redactor_default, tmp_path, text, name):
    assert ("PERSON", name) in _found(redactor_default, tmp_path, text)


def test_a_vehicle_make_after_a_describing_word_stays(redactor_default, tmp_path):
    # "tata" is a maker of lorries and fire engines: a vehicle's word the recognizers build on
    text = "- we have one engine that works, the old tata, but the pump is broken since may.\n"
    assert any("tata" in value for _, value in _found(redactor_default, tmp_path, text))


@pytest.mark.parametrize("text, place", [
    # a place's name after a possessive or a describing word is where one is, no thing's word
    (">> we debated it in our strasbourg session before the vote\n", "strasbourg"),
    (">> i grew up in the old kibera, near the rail line\n", "kibera"),
])
def test_a_place_after_an_owner_or_a_describing_word_stays(redactor_default, tmp_path, text, place):
    assert ("LOCATION", place) in _found(redactor_default, tmp_path, text)
