"""Transcript noise is never part of a name's span nor a form found again (round 11): "ndlovu
(crosstalk", "okonkwo [inaudible] okonkwo", "thandi uh ndlovu"."""

from __future__ import annotations

from redactor.model import Mention
from redactor.refine.boundaries import MODEL_NAMES, cut_at_boundaries
from redactor.refine.propagate import surface_forms


def _span(text: str, part: str, entity_type: str = "PERSON", detector: str = "SpacyRecognizer") -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), entity_type, 0.85, detector, part)


def _known(*names: str):
    return lambda tokens: all(t in names for t in tokens) and bool(tokens)


def _cut(text: str, part: str, is_name=lambda tokens: False, entity_type: str = "PERSON") -> list[tuple[str, int, str]]:
    m = _span(text, part, entity_type)
    return [(x.text, x.start, x.key) for x in cut_at_boundaries(text, [m], (), MODEL_NAMES, is_name)]


def test_noise_the_span_ran_into_is_cut_off():
    text = "you should ask ndlovu (crosstalk) yes"
    assert _cut(text, "ndlovu (crosstalk", _known("ndlovu")) == [("ndlovu", 15, "")]
    # the span starting inside the annotation
    text = "[crosstalk] and (crosstalk) ndlovu said"
    assert _cut(text, "crosstalk) ndlovu", _known("ndlovu")) == [("ndlovu", 28, "")]


def test_a_name_said_again_across_noise_is_two_mentions():
    text = "we called okonkwo (crosstalk) okonkwo said wait"
    assert _cut(text, "okonkwo (crosstalk) okonkwo", _known("okonkwo"), "ORGANIZATION") == [
        ("okonkwo", 10, ""), ("okonkwo", 30, "")]


def test_a_name_said_across_noise_keeps_the_whole_name_as_key():
    text = "it was sipho [inaudible 00:12:03] ndlovu who came"
    assert _cut(text, "sipho [inaudible 00:12:03] ndlovu", _known("sipho", "ndlovu")) == [
        ("sipho", 7, "sipho ndlovu"), ("ndlovu", 34, "sipho ndlovu")]
    text = "so thandi, uh, ndlovu came"
    assert _cut(text, "thandi, uh, ndlovu", _known("thandi", "ndlovu")) == [
        ("thandi", 3, "thandi ndlovu"), ("ndlovu", 15, "thandi ndlovu")]


def test_what_is_not_noise_stays_in_the_span():
    # a handle in brackets is what was said; a name in brackets is an editor's insertion
    text = "ask lyn (lyn.santos on fb) santos"
    assert _cut(text, "lyn (lyn.santos on fb) santos", _known("lyn", "santos")) == [
        ("lyn (lyn.santos on fb) santos", 4, "")]
    text = "ask ndlovu [thandi ndlovu] now"
    assert _cut(text, "ndlovu [thandi ndlovu]", _known("thandi", "ndlovu")) == [("ndlovu [thandi ndlovu]", 4, "")]
    # "Um" with a capital, and a word that only starts like a hesitation
    text = "Um Kalthoum sang, and umar uhuru came"
    assert _cut(text, "Um Kalthoum") == [("Um Kalthoum", 0, "")]
    assert _cut(text, "umar uhuru") == [("umar uhuru", 22, "")]


def test_a_firm_s_acronym_in_brackets_stays_in_its_span():
    text = "we sold to Kasana Growers (KGC) every year"
    assert _cut(text, "Kasana Growers (KGC", entity_type="ORGANIZATION") == [("Kasana Growers (KGC", 11, "")]
    text = "we sold to kasana growers (crosstalk) every year"
    assert _cut(text, "kasana growers (crosstalk", entity_type="ORGANIZATION") == [("kasana growers", 11, "")]


def test_a_voice_tag_keeps_its_name():
    text = "<v Thandi Ndlovu>we left at dawn"
    assert _cut(text, "<v Thandi Ndlovu>", _known("thandi", "ndlovu")) == [("Thandi Ndlovu", 3, "")]


def test_noise_is_never_a_form_found_again():
    for span in ("ndlovu (crosstalk", "ndlovu [inaudible]", "<crosstalk> ndlovu", "thandi uh ndlovu"):
        forms = {form.lower() for form, _ in surface_forms(Mention(0, len(span), "PERSON", 0.9, "x", span))}
        assert "ndlovu" in forms
        assert not forms & {"crosstalk", "inaudible", "uh", "(crosstalk", "ndlovu (crosstalk"}
    forms = {form for form, _ in surface_forms(Mention(0, 17, "PERSON", 0.9, "x", "<v Thandi Ndlovu>"))}
    assert {"Thandi", "Ndlovu"} <= forms

