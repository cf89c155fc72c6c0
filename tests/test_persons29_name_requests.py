"""A name given as the answer to a request for it, or to "who are you", is a person (round 29).

"**Interviewer:** Your name, please, just for me. **Source:** Shirin Rahimzadeh.", "who are you,
for my notes. speaker 2: ruaridh macleod.": the interviewer asks without a question mark, or asks
who the speaker is; the answer's shape (one to four name words, the whole first clause) proves
it as after "your name?".  Not a statement with "your name" ("I wrote your name on the list.")
followed by no name, not "who are you working for" answered by a word."""

from __future__ import annotations

import pytest

from tests.scan_helpers import found_in_file, people


@pytest.mark.parametrize("text, name", [
    ("**Interviewer:** Your name, please, just for me.\n\n**Source:** Shirin Rahimzadeh. I work in the lab.\n",
     "Shirin Rahimzadeh"),
    ("interviewer: right, that's going. so, um, who are you, for my notes.\n"
     "speaker 2: ruaridh macleod. i'm a cremator operator, nine years there.\n", "ruaridh macleod"),
])
def test_a_name_answering_a_request_for_it_is_a_person(redactor_default, tmp_path, text, name):
    assert people(found_in_file(redactor_default, tmp_path, text)) == [(name, text.index(name))]


def test_no_name_after_a_statement_or_another_question(redactor_default, tmp_path):
    text = ("Interviewer: I wrote your name on the list.\nSource: Okay. Thanks for that.\n"
            "Interviewer: Who are you working for now.\nSource: Nobody, really.\n")
    assert people(found_in_file(redactor_default, tmp_path, text)) == []
