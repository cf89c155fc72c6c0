"""Slavic case endings of surnames: stems, the inflected forms of a name, the name of a form.

Russian, Ukrainian and Polish decline surnames ("Bykov" → "Bykova", "Bykovym"; "Bondarenko" →
"Bondarenka"), and a Russian text may give a Ukrainian "-ko" surname a feminine "-ov-" form
("Kvitchenkovoy").  Resolution compares stems, propagation searches a name's inflected forms,
and the source profile and watchlist read an inflected word back to the name it declines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Longest first ("Bykovym" → "bykov", "Bondarenka" → "bondarenk").
CASE_ENDINGS = ("ymi", "ami", "ogo", "omu", "oho", "ovi", "ym", "im", "om", "em", "oy", "oi",
                "yu", "iu", "ya", "a", "u", "e", "y", "i", "o")
# A stem shorter than this is too short to tell two names apart.
MIN_STEM = 5
# Surnames that decline this way (Bykov, Bondarenko, Shevchuk, Kowalczyk...); an English surname
# plus an ending is an English word too often ("Baker" → "Bakery").
_SLAVIC_SURNAME = re.compile(r"(?:ov|ev|in|yn|enko|ko|uk|yuk|chuk|ak|yk|ik|ich|ych|vich|sky|ski|kin|ets)$")
# A given name's stem may be short ("Mart-oy" for Marta), unlike a surname's.
MIN_GIVEN_STEM = 3
# The "-ov-" a feminine form puts after a "-ko" surname ("Kvitchenkova", "Kvitchenkovoy").
_FEMININE_INFIX = "ov"


def stem(token: str, min_length: int = MIN_STEM) -> str:
    """Folded ``token`` without a case ending, when what is left is long enough to be a name."""
    for ending in CASE_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= min_length:
            return token[: -len(ending)]
    return token


def is_declinable(surname: str) -> bool:
    """True for a surname (Latin letters) of a shape that declines."""
    return surname.isascii() and surname.isalpha() and bool(_SLAVIC_SURNAME.search(surname.casefold()))


def inflected_pattern(surname: str) -> str | None:
    """A regex for ``surname`` (as written, Latin letters) in the other grammatical cases
    ("Bondarenko" → Bondarenka, Bondarenku, Bondarenkovoy...), or None when its stem is too
    short to be sure."""
    if not is_declinable(surname):
        return None
    stem_length = len(stem(surname.casefold()))
    if stem_length < MIN_STEM:
        return None
    infix = f"(?:{_FEMININE_INFIX})?" if surname.casefold().endswith("ko") else ""
    return re.escape(surname[:stem_length]) + infix + "(?:" + "|".join(CASE_ENDINGS) + ")"


# Masculine surname endings whose feminine adds "-a" (Sokolov/Sokolova, Fomin/Fomina) or turns
# "-ski"/"-sky" into "-ska"/"-skaya" (Kowalski/Kowalska, Vysotsky/Vysotskaya).
_MASCULINE_A = ("ov", "ev", "yov", "in", "yn")
_MASCULINE_SKI = re.compile(r"(sk|ck|tsk|dzk)(?:i|y|iy|ii|yi|yy)$")


def is_feminine_of(form: str, surname: str) -> bool:
    """True when folded ``form`` is the feminine of the masculine folded ``surname`` ("sokolova"
    of "sokolov", "kowalska" of "kowalski"): in an English text that is a woman of the family,
    though in Russian "Sokolova" is also his genitive, so it must not be taken for him."""
    if surname.endswith(_MASCULINE_A) and form in (surname + "a", surname + "oy", surname + "oi"):
        return True
    ski = _MASCULINE_SKI.search(surname)
    if ski is None:
        return False
    base = surname[: ski.start(1)] + ski.group(1)
    return form in (base + "a", base + "aya", base + "aia", base + "ei", base + "oy")


def masculine_forms(form: str) -> list[str]:
    """The masculine surnames folded ``form`` may be the feminine of (``is_feminine_of`` holds
    for each one that is a surname): "sokolova" → "sokolov", "kowalska" → "kowalski"..."""
    found = [form[:-1], form[:-2]]
    for ending in ("aya", "aia", "ei", "oy", "a"):
        if form.endswith(ending) and form[: -len(ending)].endswith(("sk", "ck")):
            found += [form[: -len(ending)] + tail for tail in ("i", "y", "iy", "ii", "yi", "yy")]
    return [f for f in found if f and is_feminine_of(form, f)]


def declined_names(token: str) -> Iterator[str]:
    """The names folded ``token`` may be a case of, if it is one ("bykovym" → "bykov";
    "kvitchenkovoy" → "kvitchenko"); only those that decline, so a profile or watchlist looks
    each one up as it would the name."""
    for ending in CASE_ENDINGS:
        base = token[: -len(ending)]
        if not token.endswith(ending) or len(base) < MIN_STEM:
            continue
        # "bykov|ym", "bondarenk|a" + o, "kvitchenk|ov|oy"
        feminine = base[:-1] if base.endswith(_FEMININE_INFIX) and base[:-1].endswith("ko") else ""
        for name in (base, base + "o", feminine):
            if name and is_declinable(name):
                yield name


def given_name_forms(token: str) -> tuple[str, ...]:
    """Folded ``token`` and the given names it may be a case of ("antonom" → "anton",
    "martoy" → "marta"); the caller looks each up in its own list of names."""
    root = stem(token, MIN_GIVEN_STEM)
    return (token,) if root == token else (token, root, root + "a")
