"""Generate a corpus of fictional interview transcripts for the benchmark (seeded, repeatable).

Each transcript has speaker labels, names, phones, e-mails, dates, units and public facts, in
the shape of the sample in examples/.  Usage: python bench/make_corpus.py OUTDIR [COUNT]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

FIRST = ["Anton", "Marta", "Oleg", "Irina", "Łukasz", "Olena", "Dmitri", "Nguyễn", "José", "Ayşe",
         "Giorgi", "Tunde", "Wei", "Fatima", "Piotr", "Svetlana", "Mykola", "Katarzyna"]
LAST = ["Bykov", "Kowalczyk", "Pankratov", "Sorokina", "Wierzbicki", "Shevchenko", "Volkov", "Van Thanh",
        "García", "Yılmaz", "Beridze", "Adeyemi", "Zhang", "Haddad", "Nowak", "Markova", "Bondar", "Lis"]
PLACES = ["Klintsy", "Mokhovoe", "Zhytkavichy", "Novozybkov", "Tver", "Pochep", "Gdynia", "Bila Tserkva"]
LINES = [
    "{A}: On {date} the commander, Captain {p1}, took our phones.",
    "REPORTER: What happened next?",
    "{A}: We were moved to military unit {unit} near {place}. Nobody told us why.",
    "{A}: My friend {p2} kept a diary. {last2}'s sister still writes to me.",
    "{A}: You can reach me at {email} or on {phone}.",
    "REPORTER: Did you follow the news?",
    "{A}: Vladimir Putin was on television every night. CNN was blocked, of course.",
    "{A}: Two days later the whole {brigade} brigade crossed into Ukraine.",
    "{A}: I am {age}. I did not sign up for this. My lawyer, {p3}, said it could cost me two years.",
    "REPORTER: Where are you now?",
    "{A}: Somewhere safe. Do not write the village, {place2}, or my mother will have visitors.",
]


def transcript(rng: random.Random) -> str:
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4)]
    speaker = people[0].upper()
    values = {
        "A": speaker, "p1": people[1], "p2": people[2], "p3": people[3],
        "last2": people[2].split()[-1],
        "date": f"{rng.choice(['February', 'March', 'April'])} {rng.randint(1, 28)}",
        "unit": rng.randint(10000, 99999), "place": rng.choice(PLACES), "place2": rng.choice(PLACES),
        "email": f"{people[0].split()[0].lower()}.{rng.randint(10, 99)}@proton.me",
        "phone": f"+48 {rng.randint(500, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "brigade": f"{rng.randint(11, 200)}th", "age": rng.randint(19, 45),
    }
    body = [line.format(**values) for line in LINES]
    rest = body[1:]
    rng.shuffle(rest)
    return "\n".join([body[0], *rest] * 3) + "\n"


def main() -> None:
    out = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261124)
    for i in range(count):
        (out / f"interview-{i:04d}.txt").write_text(transcript(rng), encoding="utf-8")
    print(f"wrote {count} transcripts to {out}")


if __name__ == "__main__":
    main()
