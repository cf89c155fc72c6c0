"""A name said as the answer to what the reporter should call the source is a person (round 41).

"**Reporter:** What should I call you? / **Peeler:** Sokunthea Lim. Thirty-three.": a full name of
two words no list holds, which the model missed in a Markdown turn; asked so, the first clause of
the answer is the name, as after "And your name?".  Not "How can I call you?", which a phone number
answers, and not an answer that is no name ("Just the peeler.")."""

from __future__ import annotations

from redactor.detect.recognizers.answers import find_answers
from tests.scan_helpers import found_in_named_file


def test_a_name_answering_what_to_call_the_source_is_a_person(redactor_default, tmp_path):
    text = ("**Reporter:** Did the inspectors come?\n\n**Peeler:** They came with a list, but the owner knew.\n\n"
            "**Reporter:** What should I call you?\n\n"
            "**Peeler:** Sokunthea Lim. Thirty-three. I peel on the night shift.\n")
    found = found_in_named_file(redactor_default, tmp_path, "talk.md", text, ("PERSON",))
    assert found == [("PERSON", "Sokunthea Lim")]


def test_the_name_is_read_after_the_question_in_a_caption():
    text = "reporter: what should we call you\nsource: chanda mwale. i drive the night bus.\n"
    assert [(kind, text[start:end]) for kind, start, end, _ in find_answers(text) if kind == "PERSON"] == \
        [("PERSON", "chanda mwale")]


def test_no_person_where_the_call_question_asks_for_a_number_or_a_description():
    text = ("Reporter: How can I call you?\nSource: Kyle Orchard, that is the street. 0694 22 86 31.\n"
            "Reporter: What should I call you in the article?\nSource: Just the peeler. Nothing else.\n"
            "Reporter: What should I call you?\nSource: Nobody. Write a worker.\n")
    assert [f for f in find_answers(text) if f[0] == "PERSON"] == []
