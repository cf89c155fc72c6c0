"""An acronym defined beside its expansion shares the expansion's public status, both ways.

A transcript or a court text defines a body's acronym once ("the Financial Intelligence Unit
(FIU)", "NSSF, the National Social Security Fund", "FLA (Fair Labor Association)", "the Kenya
Revenue Authority, or KRA") and then says either form.  When one of the two is public - the
expansion by the form of a public body or a keep list, the acronym by a keep list or a pack's
``keep_acronyms`` - the other names the same body, so both stay in the whole file.  A private
firm defined so ("Kowalski Transport Services (KTS)") has no public form: both stay found.

A definition counts only when the acronym's capitals are the initials of the expansion's
capitalised words (with or without its joining words: "Instituto Mexicano del Seguro Social
(IMSS)"), so a bracket after a name ("Anna Petrova (AP)" is found as before: no public side)
or a list ("Kenya (KE)") defines nothing public by accident.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

_JOIN = r"(?:of|and|for|the|on|in|de|des|du|la|le|los|las|del|da|do|dos|das|y|et|e|&|für|der|van|voor)"
_JOIN_WORDS = frozenset(_JOIN.strip("(?:)").split("|"))
_PHRASE = rf"[A-Z][\w'’-]*(?:[^\S\n]+(?:{_JOIN}[^\S\n]+)*[A-Z][\w'’-]*)*"
_ACR = r"[A-Z][A-Za-z&]{1,9}"
_DEFINITIONS = (
    # "the Financial Intelligence Unit (FIU)"
    re.compile(rf"(?P<exp>{_PHRASE})[^\S\n]*\([^\S\n]*(?P<acr>{_ACR})[^\S\n]*\)"),
    # "FLA (Fair Labor Association)", "NSSF (the National Social Security Fund)"
    re.compile(rf"(?<![\w-])(?P<acr>{_ACR})[^\S\n]*\([^\S\n]*(?:the[^\S\n]+)?(?P<exp>{_PHRASE})[^\S\n]*\)"),
    # "NSSF, the National Social Security Fund", "KRA - the Kenya Revenue Authority"
    re.compile(rf"(?<![\w-])(?P<acr>{_ACR})[^\S\n]*(?:,|[-–—])[^\S\n]*(?:that\s+is[^\S\n]+)?the[^\S\n]+(?P<exp>{_PHRASE})"),
    # "the Kenya Revenue Authority, or KRA", "the National Health Insurance Fund, known as NHIF"
    re.compile(rf"(?P<exp>{_PHRASE})[^\S\n]*,?[^\S\n]+(?:or|known[^\S\n]+as|also[^\S\n]+known[^\S\n]+as|called)"
               rf"[^\S\n]+(?:the[^\S\n]+)?(?P<acr>{_ACR})(?![\w-])"),
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MIN_CAPITALS = 2


def _capitals(acronym: str) -> str:
    return "".join(c for c in acronym if c.isupper())


def _expansion(phrase: str, acronym: str) -> str | None:
    """The end of ``phrase`` whose words' initials spell ``acronym`` ("Yesterday the Ministry of
    Health" for "MoH" is "Ministry of Health"), or None."""
    letters = _capitals(acronym)
    if len(letters) < _MIN_CAPITALS:
        return None
    words = list(_WORD.finditer(phrase))
    for i, first in enumerate(words):
        if first.group().lower() in _JOIN_WORDS:
            continue
        rest = [w.group() for w in words[i:]]
        significant = "".join(w[0] for w in rest if w.lower() not in _JOIN_WORDS).upper()
        every = "".join(w[0] for w in rest).upper()
        if letters in (significant, every):
            return phrase[first.start():]
    return None


def acronym_definitions(text: str) -> Iterator[tuple[str, str]]:
    """(expansion, acronym) for each acronym the text defines beside its expansion."""
    for pattern in _DEFINITIONS:
        for match in pattern.finditer(text):
            acronym = match.group("acr")
            expansion = _expansion(match.group("exp"), acronym)
            if expansion is not None:
                yield expansion, acronym


def fold_term(term: str) -> str:
    """A name as compared here: without "the", brackets, a possessive and case."""
    term = re.sub(r"['’]s?$", "", term.strip(" \t\n()[],.;:"))
    term = re.sub(r"^the\s+", "", term, flags=re.IGNORECASE)
    return " ".join(term.split()).casefold()


def public_by_definition(text: str, is_public: Callable[[str], bool],
                         is_person_name: Callable[[list[str]], bool] = lambda words: True) -> frozenset[str]:
    """The folded acronyms and expansions (:func:`fold_term`) public in ``text`` because the
    other form of a definition is (``is_public`` says which terms are).  A public acronym makes
    public only an expansion that may be no person's name (``is_person_name`` of its words):
    "AP" is a news agency's, but "Anna Kowalczykowska (AP)" is a person's initials."""
    if "(" not in text and "," not in text and " or " not in text and "-" not in text:
        return frozenset()
    found: set[str] = set()
    for expansion, acronym in acronym_definitions(text):
        words = [w for w in _WORD.findall(expansion) if w.lower() not in _JOIN_WORDS]
        if is_public(expansion) or (is_public(acronym) and not is_person_name(words)):
            found.update((fold_term(expansion), fold_term(acronym)))
    return frozenset(found)


def is_defined_public(span: str, public: frozenset[str]) -> bool:
    """A span whose every part (split at brackets and commas: the model's "the Financial
    Intelligence Unit (FIU") is a publicly defined term."""
    if not public:
        return False
    parts = [fold_term(p) for p in re.split(r"[()\[\],]", span)]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in public for p in parts)
