"""How long entity resolution takes over a large run (synthetic names, no spaCy).

    python bench/resolve_speed.py [PEOPLE] [MENTIONS]

Builds PEOPLE distinct full names with Faker (seeded) and MENTIONS person mentions drawn from
them in the forms a transcript uses (full name, first name, surname, "Mr" + surname, initial +
surname), then times ``resolve_entities`` once.  Prints seconds, entities and ambiguous mentions.
"""

from __future__ import annotations

import random
import sys
import time

from faker import Faker

from redactor.entities.resolve import resolve_entities
from redactor.model import Mention


def main(people_count: int = 800, mention_count: int = 20000) -> None:
    fake = Faker()
    Faker.seed(1)
    rng = random.Random(1)
    people = [(fake.first_name(), fake.last_name()) for _ in range(people_count)]
    mentions = []
    for _ in range(mention_count):
        first, last = rng.choice(people)
        text = rng.choice([f"{first} {last}", first, last, f"Mr {last}", f"{first[0]}. {last}"])
        mentions.append(Mention(0, len(text), "PERSON", 0.85, "SpacyRecognizer", text))
    start = time.perf_counter()
    resolution = resolve_entities(mentions, is_place=lambda form: False)
    seconds = time.perf_counter() - start
    entities = len({a.key for a in resolution.assignments})
    print(f"{mention_count} mentions of {people_count} people: {seconds:.2f} s, "
          f"{entities} entities, {len(resolution.ambiguous)} ambiguous mentions")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
