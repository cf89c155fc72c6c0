"""Honorifics of other languages before or after a name, and a Mongolian patronymic initial,
name the same person as the name alone (round 11)."""

from __future__ import annotations

from redactor.entities.resolve import person_tokens


def test_honorifics_of_other_languages_are_not_name_words():
    assert person_tokens("W/ro Hana Bekele") == ("hana", "bekele")
    assert person_tokens("Weyzero Hana") == ("hana",)
    assert person_tokens("Dra. Pires") == ("pires",)
    assert person_tokens("doamna elena") == ("elena",)
    assert person_tokens("hajj omar") == ("omar",)
    assert person_tokens("saraa bagsh") == ("saraa",)
    assert person_tokens("bold darga") == ("bold",)
    assert person_tokens("saraa egch") == ("saraa",)
    # a capitalised word after a name is a surname ("Wei Dai"), not the honorific
    assert person_tokens("Saraa Darga") == ("saraa", "darga")


def test_one_person_by_name_and_honorific(make_redactor):
    redactor = make_redactor()
    findings = {f.text: f.replacement for f in redactor.scan(
        "Weyzero Hana came late. W/ro Hana Bekele is her name.") if f.entity_type == "PERSON"}
    assert findings["Weyzero Hana"] == findings["W/ro Hana Bekele"]
    findings = {f.text: f.replacement for f in redactor.scan(
        "the money came from hajj omar. omar farouk is the trader") if f.entity_type == "PERSON"}
    assert findings["hajj omar"] == findings["omar farouk"]
    assert findings["hajj omar"] != redactor.scan("Weyzero Hana came late.")[0].replacement



def test_a_mongolian_patronymic_initial_and_honorifics_after(make_redactor):
    redactor = make_redactor()
    text = "Ts. Bold met us at the market. Later Bold darga said no."
    findings = {f.text: f.replacement for f in redactor.scan(text) if f.entity_type == "PERSON"}
    assert findings["Ts. Bold"] == findings["Bold darga"]
    # an initial that is no Mongolian one before an ordinary word, a chapter, a grade
    for text in ("It was plan B. Then we left.", "See Ch. 5 of the report.", "Read Ch. Two first."):
        assert not [f for f in redactor.scan(text) if f.entity_type == "PERSON"], text


def test_a_patronymic_initial_joins_the_name_but_a_one_letter_one_does_not():
    from redactor.detect.filters import _with_title
    from redactor.model import Mention

    def joined(text: str, name: str) -> str:
        start = text.index(name)
        return _with_title(text, Mention(start, start + len(name), "PERSON", 0.85, "SpacyRecognizer", name)).text

    assert joined("Ask Kh. Saraa about it.", "Saraa") == "Kh. Saraa"
    assert joined("Ask Ts.Bold about it.", "Bold") == "Ts.Bold"
    # a booth's or a unit's letter, an abbreviation's last letter
    assert joined("They said booth B. Nikola was closed.", "Nikola") == "Nikola"
    assert joined("He lived in Washington D.C. Nikola did not.", "Nikola") == "Nikola"


def test_the_model_s_place_before_an_honorific_said_after_a_name_is_a_person(make_redactor):
    findings = make_redactor().scan("Ts. Bold met B. Saraa at the market. Later Saraa bagsh came.")
    people = {f.text: f.replacement for f in findings if f.entity_type == "PERSON"}
    assert "Saraa bagsh" in people
    assert not [f for f in findings if f.entity_type == "LOCATION"]


def test_azerbaijani_honorifics_after_a_given_name(make_redactor):
    assert person_tokens("günay xanım") == ("gunay",)
    assert person_tokens("elşən müəllim") == ("elsen",)
    findings = {f.text: f.replacement for f in make_redactor().scan(
        "samir's lawyer is a young woman, gunay mirzayeva. gunay xanim wants the alarm log.")
        if f.entity_type == "PERSON"}
    assert findings["gunay xanim"] == findings["gunay mirzayeva"]
