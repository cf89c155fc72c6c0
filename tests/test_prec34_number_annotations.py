"""A number dictated with a transcriber's annotation inside is replaced in its parts (round 34).

"six six one [inaudible] three eight", "b w a (crosstalk) zero six six one": the annotation is no
digit of the number, and the design gold marks the parts on either side of it (the masked
annotation was 1,300 characters outside any gold mention over 17 sets).  The parts stay one
entity, keyed by the whole number's value, as a number said over two cues does.  A hesitation
said inside the number ("oh nine one seven, uh, three three two") and brackets around digits
("(246) 254-7093") are left as they were.
"""

from __future__ import annotations

from redactor.model import Mention
from redactor.refine.boundaries import SAID_NUMBER_NOISE, cut_at_boundaries
from tests.scan_helpers import found_in_named_file

_TEXT = """Reporter: What number can we use?
Source: the office, six six one [inaudible] three eight, after six.
Reporter: And your ID?
Source: b w a (crosstalk) zero six six one, the one on the card.
Reporter: Another way?
Source: oh nine one seven, uh, three three two, five eight zero one. Or the desk, (246) 254-7093.
"""


def test_the_parts_around_an_annotation_are_found_and_stay_one_number(redactor_default, tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text(_TEXT, encoding="utf-8")
    (result,) = redactor_default.run([path]).files
    found = [(f.entity_type, _TEXT[f.start:f.end], f.replacement) for f in result.findings
             if f.entity_type in {"PHONE", "ID_NUMBER"}]
    spans = [s for _, s, _ in found]
    assert "six six one" in spans and "three eight" in spans
    assert "b w a" in spans and "zero six six one" in spans
    assert not any("[inaudible]" in s or "(crosstalk)" in s for s in spans)
    reps = {s: r for _, s, r in found}
    assert reps["six six one"] == reps["three eight"]
    assert reps["b w a"] == reps["zero six six one"]
    # a hesitation inside and an area code in brackets stay inside the number's span
    assert "oh nine one seven, uh, three three two, five eight zero one" in spans
    assert "(246) 254-7093" in spans


def test_the_policy_cuts_only_a_worded_annotation():
    text = "it is zero eight [unclear] one four, or (246) 254-7093"
    whole = Mention(start=6, end=text.index(","), entity_type="PHONE", score=0.8, detector="SpokenNumberRecognizer",
                    text=text[6:text.index(",")])
    code = Mention(start=text.index("("), end=len(text), entity_type="PHONE", score=0.8, detector="PhoneRecognizer",
                   text=text[text.index("("):])
    parts = cut_at_boundaries(text, [whole, code], (), SAID_NUMBER_NOISE)
    assert [p.text for p in parts] == ["zero eight", "one four", "(246) 254-7093"]
    assert parts[0].key == parts[1].key != ""


def test_a_name_is_not_cut_by_the_number_policy(redactor_default, tmp_path):
    found = found_in_named_file(redactor_default, tmp_path, "name.txt",
                                "Source: my neighbour Thandi Ndlovu saw it, she lives at number twelve.\n",
                                ("PERSON",))
    assert ("PERSON", "Thandi Ndlovu") in found


def test_a_code_said_again_around_a_note_is_two_codes():
    text = "the batch numbers, l b z two five zero four one one [inaudible] l b z two five zero four one two\n"
    start = text.index("l b z")
    end = text.rindex("two") + 3
    whole = Mention(start=start, end=end, entity_type="ID_NUMBER", score=0.8, detector="IdJoin", text=text[start:end])
    parts = cut_at_boundaries(text, [whole], (), SAID_NUMBER_NOISE)
    assert [p.text for p in parts] == ["l b z two five zero four one one", "l b z two five zero four one two"]
    assert parts[0].key != parts[1].key
