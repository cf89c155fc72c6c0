"""A nickname said with a name's particle before its capitalised word after the calling words
("everybody calls her de Dokter") is one name, not the particle alone (redactor.refine.nicknames); a
particle before a word in small letters is none ("calls me de facto leader")."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file


@pytest.mark.parametrize("text, name", [
    ("Everybody calls her de Dokter because she fixes the trucks.\n", "de Dokter"),
    ("Everyone calls her de Juffrouw because she teaches on Saturday.\n", "de Juffrouw"),
])
def test_a_nickname_with_a_particle_is_one_name(redactor_default, tmp_path, text, name):
    found = found_in_file(redactor_default, tmp_path, text)
    assert any(t == name and start == text.index(name) for _, t, start in found)
    assert not any(t == name.split()[0] for _, t, _ in found)


def test_a_particle_before_a_small_word_is_no_nickname(redactor_default, tmp_path):
    text = "The boss calls me de facto leader of the shift.\n"
    assert not any(kind in ("PERSON", "CALL_SIGN") for kind, _, _ in found_in_file(redactor_default, tmp_path, text))
