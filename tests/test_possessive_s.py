"""A possessive without its apostrophe, as automatic captions write it ("aminas number"), is a
mention of the person whose name it is (round 11)."""

from __future__ import annotations

from redactor.model import Mention
from redactor.refine.people import key_possessives


def _span(text: str, part: str, entity_type: str = "PERSON", detector: str = "SpacyRecognizer") -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), entity_type, 0.85, detector, part)


def test_a_possessive_without_its_apostrophe_is_keyed_as_the_name():
    text = "amina jallow said yes. and aminas number is in my phone"
    found = key_possessives([_span(text, "amina jallow"), _span(text, "aminas")])
    assert [(m.text, m.key) for m in found] == [("amina jallow", ""), ("aminas", "amina")]


def test_a_name_of_its_own_or_a_word_is_no_possessive():
    text = "carlo came with carlos. amina said her ideas. aminas"
    found = key_possessives([_span(text, "carlo"), _span(text, "carlos")])
    assert [m.key for m in found] == ["", ""]
    # no person "amina" in the document
    assert [m.key for m in key_possessives([_span(text, "aminas")])] == [""]



def test_a_possessive_gets_the_pseudonym_of_the_name(redactor_default):
    text = "amina jallow came to the office. and aminas number is in my phone."
    findings = {f.text: f.replacement for f in redactor_default.scan(text) if f.entity_type == "PERSON"}
    assert findings["aminas"] == findings["amina jallow"]


def _found_again(first: str, name: str, second: str) -> list[str]:
    from redactor.refine.propagate import propagate

    start = first.index(name)
    m = Mention(start, start + len(name), "PERSON", 0.85, "SpacyRecognizer", name)
    return [x.text for x in propagate([first, second], [[m], []], 0.4)[1]]


def test_a_caption_s_possessive_is_found_again():
    assert _found_again("amina jallow came", "amina jallow", "and aminas number is here") == ["aminas"]
    assert _found_again("we met kwabena okafor", "kwabena okafor", "the okafors farm") == ["okafors"]


def test_a_word_or_another_name_with_an_s_is_not():
    assert _found_again("len okafor came", "len okafor", "my lens broke") == []
    assert _found_again("carlo mensah came", "carlo mensah", "carlos came too") == []
    # written with capitals, a possessive has its apostrophe
    assert _found_again("Amina Jallow came", "Amina Jallow", "and Aminas number") == []
