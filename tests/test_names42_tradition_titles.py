"""Titles of naming traditions said before a name in lower case (round 42): Javanese "ki" (a
respected elder man, a puppeteer's or a teacher's title), Gilbertese "nei" (a woman's title in
Kiribati), Portuguese "mamã" of Angola and São Tomé (mother, an elder woman): rows of the
honorifics table, so the title goes into the person's span ("ki joko", not "joko").  Not the
title alone or said as a word ("the mamã of the boy", "called nei at night")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_named_file


def _people(redactor, tmp_path, text: str) -> list[tuple[str, str]]:
    return found_in_named_file(redactor, tmp_path, "talk.txt", text, {"PERSON"})


@pytest.mark.parametrize(("line", "name"), [
    ("what happened, um, ki slamet took me off the gamelan.", "ki slamet"),
    ("at the school they call her nei teraoi, she teaches there.", "nei teraoi"),
    ("her mother sells fish there, mamã rosa. everybody knows her.", "mamã rosa"),
])
def test_a_title_of_a_naming_tradition_goes_with_the_name(redactor_default, tmp_path, line, name):
    assert _people(redactor_default, tmp_path, f"reporter: who was it?\nsource: {line}\n") == [("PERSON", name)]


@pytest.mark.parametrize("line", [
    "the mamã of the boy, she came to the office.",
    "the neighbours called nei at night, no one came.",
])
def test_the_title_said_as_a_word_is_nobody(redactor_default, tmp_path, line):
    assert _people(redactor_default, tmp_path, f"reporter: who was it?\nsource: {line}\n") == []
