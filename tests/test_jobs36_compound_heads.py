"""Round 36, a job noun that names a job only with a noun before it (``rules/roles.yaml``,
"qualified occupation", vocabulary ``compound_head``): "assistant coach", "fixtures secretary",
"lotto secretary", "counter salesman", "the ferry captain", "a boat skipper",
"the settlement commandant".  Alone each is a rank, a title, a vehicle or a standing ("the
captain", "a coach"); with a small-letter word before it that says of what or where, the design
gold annotates it as the job (4/4 captain, 4/4 coach, 4/5 secretary).  Not a public office ("the
home secretary", "the general secretary", "the business secretary", "assistant secretary
general"), a coach that carries
people ("the night coach"), a comparison ("ranks like captain"), what any of them does ("the
ferry captain should know"), a title before a name ("ask captain Tarip" is the rank rules'), an
address after a verb ("i say captain the hold is on"), nor a Markdown heading, which says what the
interview is about."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("COACH: Ramona Cioflec-Bârsan, assistant coach for the under-15 girls at the club. Eight seasons.",
     ["assistant coach"]),
    ("**Secretary:** Lorraine Hesketh. I've been fixtures secretary of the valley darts league for eleven years.",
     ["fixtures secretary"]),
    ("right so you're the lotto secretary at the club\ni am, since the spring", ["lotto secretary"]),
    ("i'm zeeshan qureshi, counter salesman at a spectacles shop near the mosque.", ["counter salesman"]),
    ("Room 214. He was ninety-one, a retired ferry captain, and he knew everyone.", ["ferry captain"]),
    ("The settlement commandant said the same thing the other way round.", ["settlement commandant"]),
    ("i'm a boat skipper now, three trips a day from the harbour.", ["boat skipper"]),
])
def test_a_job_noun_with_the_noun_before_it(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, "OCCUPATION")] == expected


@pytest.mark.parametrize("text", [
    "We took the night coach to the capital and slept the whole way.",
    "The home secretary said nothing about it, and the general secretary of the party agreed.",
    "My science master's degree helped me get the lab job.",
    "the coach was late again, so we walked.",
    "he is a master of excuses, that one.",
    "the tug captain should know that, any of them would.",
    "it was a post at assistant secretary general level, not mine.",
    "ranks like captain or major mean little here.",
    "this month's meeting called by the uk business secretary sajid javid showed agreement.",
    "i say captain the hold is still on, he sends captain the papers, yes skipper.",
    "**Reporter:** Thanks for coming.\n\n# Darts league secretary - second call\n\nWe spoke again.",
    "# Darts league secretary - interview transcript\n\n**Reporter:** Thanks for your time.",
])
def test_no_job_where_none_is_said(redactor, text):
    assert of_type(redactor, text, "OCCUPATION") == []
