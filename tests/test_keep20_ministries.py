"""A ministry's portfolio is no place of work, round 20: a ministry named with a school, a
prison or a mine in what it is for stays public ("the Ministry of Primary and Secondary School
Education"), while a ministry's own hospital or prison named with it is still a workplace and
found."""

from __future__ import annotations

import pytest

from tests.scan_helpers import NAME_TYPES, of_type


def _names(redactor, text):
    return of_type(redactor, text, *NAME_TYPES)


def test_a_ministry_with_a_workplace_word_in_its_portfolio_stays(redactor_default):
    text = "Q: Who else?\nA: Our letters went to the Ministry of Primary and Secondary School Education in March.\n"
    assert _names(redactor_default, text) == []


def test_a_ministrys_own_hospital_stays_found(redactor_default):
    text = "speaker 2: my cousin is a cleaner at the ministry of health hospital in tabora"
    assert any("hospital" in value for _, value in _names(redactor_default, text))
