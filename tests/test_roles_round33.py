"""Round 33, posts said where no rule read them.  Each case runs through a whole Redactor and
asserts the exact spans of the role types; the near misses find none.

- The head of a part or a body of people said beside a kept name, whatever the part
  (``redactor/detect/person_roles.py``): "The head of the stable, Ndiaga,", "the head of the
  network, davlat odinaev,"; not a queue or a table, a family, a capitalised body.
- The head of a body of people said as what one person is (``rules/roles.yaml``): "he's the
  chief of the snow groomers", "he's also the president of the exporters here"; not "he's the
  head of the queue", "the director of the IMF", "the head of the department of health", nor
  the head of a public body or a parliament's group in small letters ("the president of the
  commission", "the leader of the liberals": the roles pack's ``public_part``).
- The job said after one's name and age between commas, the line wrapped after the comma or not
  ("I am Dennis Kiprono, twenty-nine,\\na pacemaker").
- A place in a team or an ensemble (``rules/roles.yaml``): "I play left back", "i row stroke",
  "our number eight, nikau,", "yeah, steersman actually", "Second trumpet in the Orkestar ...",
  "third desk of the violas", "the lead female voice"; not a plural section, a prize, an
  audition, a stroke one has, a ball to the left back.
- A master of a trade said of one person (``rules/roles.yaml``): "the laundry master writes our
  hours", "the caddie master, senhor artur, gives the rounds"; not "the old master", "the grand
  master", "the chess master", "the master" alone.
- A register's or accounts' keeper as the one post one holds ("i was the finds registrar at the
  excavation", "I am the bursar at the school"); the group or class a teacher teaches ("i am a
  teacher of the middle group at the kindergarten"); not "teacher of the year"."""

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
    # the head of a part beside a kept name
    ("**Reporter:** Who else knew?  **Coach:** The head of the stable, Ndiaga, and the marabout knew.",
     ["head of the stable"]),
    ("who wrote the new page - the head of the network, davlat odinaev, with the deputy. we called",
     ["head of the network"]),
    # the name said after "is": the part ends before it
    ("the manager of the branch is Ahmed Saleh, he knows.", ["manager of the branch"]),
    # the head of a body of people one is
    ("my brother jaume is still there, he's the chief of the snow groomers - and your partner",
     ["chief of the snow groomers"]),
    ("- abdou mzé hamadi. he's also the president of the exporters here. he said wait.",
     ["president of the exporters"]),
    # the job after one's name and age, the cue's line wrapped after the comma
    ("<v Pacer>In Iten, at Kerio View Runners. I am Dennis Kiprono, twenty-nine,\na pacemaker for six years.",
     ["pacemaker"]),
    ("I'm Réka Szabó, 22, a lifeguard at the lake every summer.", ["lifeguard"]),
    # a place in a team
    ("SØREN: Our left back, Mikkel Thorsen, has a brother, Kasper, who bets.", ["left back"]),
    ("the coach signs the return to play himself. our number eight, nikau, got knocked out.", ["number eight"]),
    ("milica stanković, i'm nineteen, i row stroke in the junior women's four", ["stroke"]),
    ("I play left back for Riverside, since I was nine.", ["left back"]),
    ("speaker 2: yeah, steersman actually, for bayan lepas dragons, um, six years.", ["steersman"]),
    # a desk or a part in an ensemble
    ("Dejan Ajdarević, everyone says Deki. Second trumpet in the Orkestar Ekrema Memedovića, from Vranje.",
     ["Second trumpet"]),
    ("speaker b: i'm ioana, ioni for friends. third desk of the violas at the craiova regional philharmonic.",
     ["third desk of the violas"]),
    ("I'm Ximena, I do the lead female voice on two cartoon series at the studio.", ["lead female voice"]),
    # a master of a trade, a register's keeper, a teacher of a group
    ("so the laundry master writes our hours by hand", ["laundry master"]),
    ("the caddie master, senhor artur, he gives the rounds", ["caddie master"]),
    ("source: the cellar master is man ninotte, ninotte jean-baptiste.", ["cellar master"]),
    ("i'm twenty six. i was the finds registrar at the excavation near vale, a small one", ["finds registrar"]),
    ("I am the bursar at the school, since May.", ["bursar"]),
    ("yes i am a teacher of the middle group at, um, kindergarten number forty seven", ["teacher of the middle group"]),
    # the part's second word is no verb of what the person did
    ("and marta wieczorek the leader of the pickers said we stop at noon", ["leader of the pickers"]),
])
def test_a_post_is_found(redactor, text, expected):
    assert [t for _, t in of_type(redactor, text, *ROLE)] == expected


@pytest.mark.parametrize("text", [
    "at the head of the queue, Ahmed was shouting.",
    "the head of the family, Ahmed Karimov, came to see me.",
    "The director of the IMF, Kristalina Georgieva, said it.",
    "the owner of the car, Ahmed, was not there.",
    "he's the head of the queue, always first.",
    "he is the director of the IMF now.",
    "I am the chairman of the committee on fisheries.",
    "she was the head of the department of health for years.",
    "he's the head of the family now that father died.",
    "I am Dennis Kiprono, twenty-nine, a father of three.",
    "I'm fine,\na little tired.",
    "And the result? First trumpet prize. Then the prize money, three hundred euros.",
    "a name, cristian stoica, second violins, employee number one four four",
    "so, if you say left back, they know",
    "he kicked it to the left back and ran.",
    "the keeper of the records was away.",
    "every goalkeeper knows that.",
    "she had a stroke in 2024.",
    "the old master painted it.",
    "the grand master came in.",
    "the chess master won, then the master said nothing.",
    "she was teacher of the year in 2019.",
    "the bar is open, the registrar's office is not.",
    # the head of a public body or a parliament's group, in small letters (captions)
    "the new president of the commission mr fischer stood up and said it was over.",
    "and jan de vries the leader of the liberals said after the vote that we lost.",
    "he's the chairman of the european council now.",
    "he's the head of the supreme court now.",
])
def test_near_misses_find_no_post(redactor, text):
    assert of_type(redactor, text, *ROLE) == []
