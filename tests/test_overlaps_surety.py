"""The overlap policy: a winning span is as sure as a span of its type it holds whole."""

from __future__ import annotations

from redactor.detect.overlaps import resolve_overlaps
from redactor.model import Mention


def _m(text: str, part: str, entity_type: str, score: float, detector: str) -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), entity_type, score, detector, part)


TEXT = "I had said it only to Dra. Pinheiro. Word for word."


def test_a_guess_around_a_sure_name_of_its_type_is_sure():
    guess = _m(TEXT, "Dra. Pinheiro", "PERSON", 0.3, "NameGazetteerRecognizer")
    sure = _m(TEXT, "Pinheiro", "PERSON", 0.85, "propagation")
    [kept] = resolve_overlaps([guess, sure])
    assert (TEXT[kept.start:kept.end], kept.score) == ("Dra. Pinheiro", 0.85)


def test_not_of_another_type_nor_a_span_it_does_not_hold():
    guess = _m(TEXT, "Dra. Pinheiro", "ORGANIZATION", 0.3, "SpacyRecognizer")
    sure = _m(TEXT, "Pinheiro", "PERSON", 0.85, "propagation")
    [kept] = resolve_overlaps([guess, sure])
    assert (kept.entity_type, kept.score) == ("ORGANIZATION", 0.3)
    crossing = _m(TEXT, "Pinheiro. Word", "PERSON", 0.9, "SpacyRecognizer")
    kept = resolve_overlaps([_m(TEXT, "Dra. Pinheiro", "PERSON", 0.3, "NameGazetteerRecognizer"), crossing])
    assert [(TEXT[k.start:k.end], k.score) for k in kept] == [("Pinheiro. Word", 0.9)]


def test_a_titled_surname_after_the_full_name_is_the_person(make_redactor, tmp_path):
    text = ("We have sessions with a psychologist the company pays, Dra. Marta Pinheiro.\n"
            "My manager read a sentence I had said only to Dra. Pinheiro. Word for word.\n")
    (tmp_path / "notes.txt").write_text(text, encoding="utf-8")
    result = make_redactor().run([tmp_path / "notes.txt"]).files[0]
    people = {text[f.start:f.end]: f.replacement for f in result.findings if f.entity_type == "PERSON"}
    assert people["Dra. Pinheiro"] == people["Dra. Marta Pinheiro"]
