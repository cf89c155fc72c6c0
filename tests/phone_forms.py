"""A generator of phone numbers in the typed and spoken forms people use, from numbering plans.

Each plan is one country's mobile or landline number: its country code, its trunk prefix and
the grouping of its national significant number ("2x xxx xxx").  The digits are drawn from a
seeded generator and checked with ``phonenumbers`` (the numbering plans Presidio uses), so
every generated number is a valid one of its country.  Each number is written in each form
(``typed_forms``, ``spoken_forms``) and put in each sentence (``TYPED_FRAMES``,
``SPOKEN_FRAMES``); a :class:`Case` knows where the number is and which of its characters
carry digits, so a test asks that they are covered by PHONE findings and nothing outside is.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class Plan:
    """One numbering plan: ``groups`` is the national number with "x" for a free digit."""

    region: str
    cc: str
    trunk: str
    groups: str
    kind: str  # "mobile" or "landline"


PLANS = (
    Plan("LV", "371", "", "2x xxx xxx", "mobile"),
    Plan("LV", "371", "", "67 xxx xxx", "landline"),
    Plan("MZ", "258", "", "8x xxx xxxx", "mobile"),
    Plan("LA", "856", "0", "20 xxxx xxxx", "mobile"),
    Plan("FR", "33", "0", "6 xx xx xx xx", "mobile"),
    Plan("FR", "33", "0", "1 xx xx xx xx", "landline"),
    Plan("JP", "81", "0", "90 xxxx xxxx", "mobile"),
    Plan("HT", "509", "", "3x xx xxxx", "mobile"),
    Plan("IQ", "964", "0", "7xx xxx xxxx", "mobile"),
    Plan("CM", "237", "", "6 xx xx xx xx", "mobile"),
    Plan("JM", "1", "", "876 xxx xxxx", "mobile"),
    Plan("KE", "254", "0", "7xx xxx xxx", "mobile"),
    Plan("BR", "55", "", "11 9xxxx xxxx", "mobile"),
    Plan("IN", "91", "", "9xxxx xxxxx", "mobile"),
    Plan("DE", "49", "0", "151 xxxx xxxx", "mobile"),
    Plan("DE", "49", "0", "30 xxxx xxxx", "landline"),
    Plan("GB", "44", "0", "7xxx xxx xxx", "mobile"),
    Plan("PH", "63", "0", "9xx xxx xxxx", "mobile"),
    Plan("NG", "234", "0", "80x xxx xxxx", "mobile"),
    Plan("UA", "380", "0", "67 xxx xx xx", "mobile"),
)


@dataclass(frozen=True)
class Number:
    plan: Plan
    groups: tuple[str, ...]  # the national significant number in its groups

    @property
    def national(self) -> tuple[str, ...]:
        """The groups as dialled at home (the trunk prefix on the first)."""
        return (self.plan.trunk + self.groups[0], *self.groups[1:])


def draw(plan: Plan, rng: random.Random) -> Number:
    """A valid number of ``plan`` (checked with the library's metadata)."""
    for _ in range(1000):
        groups = tuple("".join(rng.choice("0123456789") if c == "x" else c for c in g)
                       for g in plan.groups.split())
        parsed = phonenumbers.parse("+" + plan.cc + "".join(groups))
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == plan.region:
            return Number(plan, groups)
    raise AssertionError(f"no valid number for {plan}")


def numbers(per_plan: int = 1, seed: int = 13) -> list[Number]:
    rng = random.Random(seed)
    return [draw(plan, rng) for plan in PLANS for _ in range(per_plan)]


# ------------------------------------------------------------------------------------- typed

def typed_forms(n: Number) -> Iterator[tuple[str, str]]:
    """(form name, the number typed so)."""
    cc, g, nat = n.plan.cc, n.groups, n.national
    yield "intl spaces", f"+{cc} " + " ".join(g)
    yield "intl dashes", f"+{cc}-" + "-".join(g)
    yield "intl dots", f"+{cc}." + ".".join(g)
    yield "intl 00", f"00{cc} " + " ".join(g)
    yield "intl plain", f"+{cc}" + "".join(g)
    yield "intl bracket", f"+{cc} ({g[0]}) " + " ".join(g[1:])
    yield "national spaces", " ".join(nat)
    yield "national dashes", "-".join(nat)
    yield "national dots", ".".join(nat)
    yield "national bracket", f"({nat[0]}) " + " ".join(nat[1:])
    if n.plan.trunk:
        yield "national plain", "".join(nat)
    # as speech recognition types a number it heard: its groups apart by commas
    yield "national commas", ", ".join(nat)


TYPED_FRAMES = (
    "You can call me on {} if anything changes.",
    "Sure, my number is {}.",
    "WhatsApp: {}",
    "| Contact | Phone |\n| --- | --- |\n| office | {} |\n",
    "If you need me, my whatsapp is {}\nOkay, bye.",
    "Her mobile:\n{}\n",
    "She gave me her mobile, {}, and left.",
    "my number's {} now",
    "You can get me on {} after six.",
    "Contact me on {} or by mail.",
    "My direct line is {}.",
)


# ------------------------------------------------------------------------------------ spoken

UNIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
              "eighteen", "nineteen")
TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
              9: "ninety"}


def digit_words(digits: str, zero: str = "zero") -> str:
    return " ".join(zero if d == "0" else UNIT_WORDS[int(d)] for d in digits)


def with_doubles(digits: str, zero: str = "oh") -> str:
    """ "5577" as "double five double seven", "777" as "triple seven"."""
    words = []
    for m in re.finditer(r"(\d)\1*", digits):
        run, word = m.group(), zero if m.group()[0] == "0" else UNIT_WORDS[int(m.group()[0])]
        while run:
            if len(run) == 3 or len(run) > 4:
                words.append("triple " + word)
                run = run[3:]
            elif len(run) >= 2:
                words.append("double " + word)
                run = run[2:]
            else:
                words.append(word)
                run = run[1:]
    return " ".join(words)


def pair_words(pair: str) -> str:
    """A two-digit group said as a number: "29" twenty nine, "12" twelve, "05" oh five, "40" forty."""
    if pair[0] == "0":
        return "oh " + ("oh" if pair[1] == "0" else UNIT_WORDS[int(pair[1])])
    value = int(pair)
    if value < 20:
        return TEEN_WORDS[value - 10]
    tens, unit = divmod(value, 10)
    return TENS_WORDS[tens] + ("" if unit == 0 else " " + UNIT_WORDS[unit])


def tens_words(digits: str) -> str:
    """A group said in pairs, an odd first digit before them ("29123" two ninety one, twenty three)."""
    head = digit_words(digits[0], "oh") + " " if len(digits) % 2 else ""
    rest = digits[len(digits) % 2:]
    return head + ", ".join(pair_words(rest[i:i + 2]) for i in range(0, len(rest), 2))


def hundreds_words(digits: str) -> str:
    """A group of three said as a number when it can be ("876" eight hundred seventy six, "800"
    eight hundred), else digit by digit."""
    if len(digits) != 3 or digits[0] == "0":
        return digit_words(digits, "oh")
    rest = "" if digits[1:] == "00" else " " + (pair_words(digits[1:]) if digits[1] != "0" else
                                                 "oh " + UNIT_WORDS[int(digits[2])])
    return UNIT_WORDS[int(digits[0])] + " hundred" + rest


def spoken_forms(n: Number) -> Iterator[tuple[str, str]]:
    """(form name, the number said so, lower case as speech recognition writes it)."""
    g, nat, cc = n.groups, n.national, n.plan.cc
    yield "digits zero", ", ".join(digit_words(x) for x in nat)
    yield "digits oh", ", ".join(digit_words(x, "oh") for x in nat)
    yield "doubles", ", ".join(with_doubles(x) for x in nat)
    yield "tens", ", ".join(tens_words(x) for x in nat)
    yield "hundreds", ", ".join(hundreds_words(x) for x in nat)
    yield "plus code", f"plus {digit_words(cc)}, " + ", ".join(digit_words(x, "oh") for x in g)
    yield "mixed", ", ".join(x if i % 2 == 0 else digit_words(x, "oh") for i, x in enumerate(nat))
    yield "filler", ", uh, ".join(digit_words(x, "oh") for x in nat)
    wrong = nat[-1][:-1] + str((int(nat[-1][-1]) + 1) % 10)
    yield "correction", ", ".join(digit_words(x, "oh") for x in nat[:-1]) + \
        f", {digit_words(wrong, 'oh')}, sorry, {digit_words(nat[-1], 'oh')}"
    yield "inaudible", " [inaudible] ".join(digit_words(x, "oh") for x in nat)
    yield "no pauses", " ".join(digit_words(x, "oh") for x in nat)
    # speech recognition ends a "sentence" after each group
    yield "full stops", ". ".join(digit_words(x, "oh").capitalize() if i else digit_words(x, "oh")
                                  for i, x in enumerate(nat))
    yield "hyphenated", ", ".join("-".join(digit_words(x, "oh").split()) for x in nat)


SPOKEN_FRAMES = (
    "yeah so you can call me on {} okay",
    "my number is {}. that's the one",
    "whatsapp me, {}, any time",
    "so my number's {}. got it?",
)


@dataclass(frozen=True)
class Case:
    """A text holding one or more numbers at ``spans``; ``must`` are the characters (digit
    groups and digit words) that PHONE findings must cover."""

    name: str
    text: str
    spans: tuple[tuple[int, int], ...]

    def must(self) -> list[tuple[int, int]]:
        out = []
        for start, end in self.spans:
            for m in _DIGITISH.finditer(self.text, start, end):
                out.append((m.start(), m.end()))
        return out


_DIGITISH = re.compile(r"\d+|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                       r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
                       r"|forty|fifty|sixty|seventy|eighty|ninety)\b")


def framed(name: str, frame: str, number: str) -> Case:
    start = frame.index("{}")
    return Case(name, frame.format(number), ((start, start + len(number)),))


def typed_cases() -> list[Case]:
    return [framed(f"{n.plan.region} {n.plan.kind} {form} #{i}", frame, value)
            for n in numbers() for form, value in typed_forms(n) for i, frame in enumerate(TYPED_FRAMES)]


def spoken_cases() -> list[Case]:
    cases = [framed(f"{n.plan.region} {n.plan.kind} {form} #{i}", frame, value)
             for n in numbers() for form, value in spoken_forms(n) for i, frame in enumerate(SPOKEN_FRAMES)]
    for n in numbers():
        said = ", ".join(digit_words(x, "oh") for x in n.national)
        text = f"it's {said}, i repeat, {said}, got it"
        first = text.index(said)
        second = text.index(said, first + len(said))
        cases.append(Case(f"{n.plan.region} {n.plan.kind} repeat", text,
                          ((first, first + len(said)), (second, second + len(said)))))
        code = f"country code {digit_words(n.plan.cc)}, then " + ", ".join(digit_words(x, "oh") for x in n.groups)
        start = len("the number, ")
        cases.append(Case(f"{n.plan.region} {n.plan.kind} country code",
                          f"the number, {code}, okay", ((start, start + len(code)),)))
    return cases


def cue_cases() -> list[tuple[str, str, str]]:
    """(name, VTT text, the number as said) for a number said over two cues, and over two
    lines of one cue."""
    out = []
    for n in numbers():
        words = [digit_words(x, "oh") for x in n.national]
        half = len(words) // 2 or 1
        head, tail = ", ".join(words[:half]), ", ".join(words[half:])
        two_cues = (f"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nmy number is {head}\n\n"
                    f"00:00:03.000 --> 00:00:05.000\n{tail}. that's it\n")
        two_lines = (f"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nmy number is {head},\n{tail}\n\n"
                     f"00:00:04.000 --> 00:00:06.000\nthank you\n")
        out.append((f"{n.plan.region} {n.plan.kind} two cues", two_cues, f"{head} {tail}"))
        out.append((f"{n.plan.region} {n.plan.kind} two lines", two_lines, f"{head} {tail}"))
    return out


# Numbers that are no phone's: amounts, counts, ages, years, times, dates, scores, labelled IDs,
# short numbers without a phone word.
NEAR_MISSES = (
    "they wanted two hundred fifty thousand shillings for the release",
    "twenty nine people were in the truck",
    "he was fifty six when they took him",
    "that was in twenty twenty-four, in the spring",
    "we met at seven thirty by the market",
    "it happened on the twenty first of march twenty twenty two",
    "It happened on 21.03.2022 at the market.",
    "the final score was three two, then four one",
    "the case number is 2024 7781 3345",
    "my case number is two oh two four, seven seven eight one, three three four five",
    "I was in room 4471 for a week.",
    "there were 1,250,000 people displaced",
    "he paid 350 000 naira for it",
    "we walked twelve kilometres, then another fifteen, then eight",
    "between 1998 and 2004 he lived there",
    "It cost 12 500 euros in 2019.",
    "the invoice 2023-0457-12 was paid",
    "they counted one, two, three, four, five, six, seven",
    "bus 42 and then bus 17 to the camp",
    "on 12/03/2024 at 14:30 they came",
)
