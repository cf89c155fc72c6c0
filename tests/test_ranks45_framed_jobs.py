"""Round 45, a job said in a frame only a job fills, whatever its words
(``redactor/detect/recognizers/framed_jobs.py``), and an own-language job with what it is "de"
(``redactor/detect/role_edges.py``).

- a trade said as what one works with and a word for a person, after "I'm a", "I am the", "he
  was the" ("I am the hose man", "I am a cormorant man": fresh44; "I'm the irrigation man":
  fresh11; "i'm a sieve woman": fresh42); not what one is like or where one belongs ("a lucky
  man", "a family man", "a grown woman", "a bristol man");
- a job no list knows after a person's verb of work and "as", after "my job is" and after "I've
  been a ... since" a span of time ("I work as a sereno", "my job is mukadam"); not what a
  thing works as, nor what the job is like ("it worked as a charm", "my job was hell");
- an own-language job grown over what it is "de" ("delegado de cuadrilla": fresh44; "capitán de
  corbeta": fresh31; "cajera de pagos", "inspetor de linha": fresh20).

The trades, the own-language words and the people here are of no design set: invented near forms.
Each case runs through a whole Redactor and asserts the exact spans of the role types."""

from __future__ import annotations

import pytest

from redactor import Redactor
from tests.scan_helpers import of_type

ROLE = ("OCCUPATION", "RANK")


@pytest.fixture()
def redactor() -> Redactor:
    # a new one per case: a finding said in one case is propagated to the next by a shared one
    return Redactor()


@pytest.mark.parametrize("text, expected", [
    ("REPORTER: What do you do on the lorry?\nKAMAU: I am the rope boy. I tie the load down at every stop.",
     ["rope boy"]),
    ("<v Worker>I'm a bucket man, I carry the slurry up from the pit.", ["bucket man"]),
    ("- eleven years, i'm a sieve\nwoman, i shake the flour through", ["sieve\nwoman"]),
    ("A: She was a kennel girl at the track for two years, then she left.", ["kennel girl"]),
    ("A: I'm the chai wala at the bus depot, since I was twelve.", ["chai wala at the bus depot"]),
    ("A: My job is dabba wala, I carry forty lunches.", ["dabba wala"]),
    ("A: I'm a goat boy on the Ruiz place, mostly the kids.", ["goat boy"]),
])
def test_a_trade_said_as_what_one_works_with_and_a_person(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


@pytest.mark.parametrize("text", [
    "A: I'm a lucky man, I know that.",
    "A: I'm a family man, three kids at home.",
    "A: I am a grown woman, I decide.",
    "A: i'm a bristol man born and bred.",
    "A: I'm a simple man.",
    "A: I was a country girl, we had nothing.",
    "A: The hose men came back at six.",
    "A: I'm a big boy now.",
    # "guy" says what one is fond of as often as one's trade
    "A: I'm a football guy, always have been.",
    "A: He was a numbers guy, he loved the accounts.",
])
def test_what_one_is_like_or_where_one_belongs_is_no_trade(redactor, text):
    assert of_type(redactor, text, *ROLE) == []


@pytest.mark.parametrize("text, expected", [
    ("A: I work as a sereno in the barrio, nights, I open the doors.", ["sereno"]),
    ("A: She got hired as a sereno, nights only.", ["sereno"]),
    ("A: He is employed as night sereno.", ["night sereno"]),
    ("A: My job is mukadam, thirty men under me.", ["mukadam"]),
    ("A: I have been a mukadam since 1998.", ["mukadam"]),
    ("A: She's been a sereno for twenty years.", ["sereno"]),
    ("A: I'm working as a mozo since March.", ["mozo"]),
])
def test_a_job_no_list_knows_after_a_verb_of_work(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


@pytest.mark.parametrize("text", [
    "A: We work as a team, always.",
    "A: I'm working as a team with the night shift.",
    "A: I worked as a child in the fields.",
    "A: It worked as a charm.",
    "A: The room worked as a kitchen for years.",
    "A: My job was hell.",
    "A: We worked as usual.",
    "A: I've been a mess since then.",
])
def test_what_a_thing_works_as_or_what_a_job_is_like_is_no_job(redactor, text):
    assert of_type(redactor, text, *ROLE) == []


@pytest.mark.parametrize("text, expected", [
    ("Tarefero: I am the delegado de cuadrilla for our crew, forty-something men.",
     [("RANK", "delegado de cuadrilla")]),
    ("A: The capitán de corbeta signed it himself.", [("RANK", "capitán de corbeta")]),
    ("A: I'm a capataz de obra at the site.", [("OCCUPATION", "capataz de obra")]),
])
def test_an_own_language_job_grows_over_what_it_is_of(redactor, text, expected):
    assert of_type(redactor, text, *ROLE) == expected


@pytest.mark.parametrize("text, expected", [
    # an English job word before "do" or "de" is left as it is
    ("A: I'm a cook do you know.", [("OCCUPATION", "cook")]),
    ("A: The capataz de Rafael came at six.", [("OCCUPATION", "capataz")]),
])
def test_an_english_job_or_a_name_after_de_is_not_taken(redactor, text, expected):
    assert of_type(redactor, text, *ROLE) == expected
