"""A body known by its acronym, said in one breath with a public body: public as well.

"I wrote to the labour inspectorate and to the KSD Public Health", "calling the ministry or
Otago WSA", "the PRB, the ombudsman and the court": where a speaker names the places a complaint
or a report may go, a name that carries an acronym in capitals beside a public body (a
ministry, an ombudsman, a regulator, a court: ``SpanFilters.is_public_body``, or an acronym the
text spells out as one) is one more of them.  The span must carry an acronym of three capitals
or more, or one of two with a word no name list knows ("KSD Public Health", not "MJ"): a
person's name is not written so.

Still found: a name without capitals ("Ndlovu" may be a surname), a firm ("KTL Logistics
Ltd"), a workplace ("the DHL depot"), a place, and a name beside anything but a public body
("my brother and ABC").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redactor.detect.outlets import list_neighbours

# A list's joining word and the preposition said again after it ("and to", "or", ", and to the").
_JOIN = r"(?:[^\S\n]*,[^\S\n]*(?:and|or)?|[^\S\n]+(?:and|or|nor))[^\S\n]+(?:(?:to|with|from|at)[^\S\n]+)?(?:the[^\S\n]+)?"
# The name before or after the span: one to five words (the body's own "of" and "for" inside).
_NAME = r"[^\W\d_][\w'’&-]*(?:[^\S\n]+(?:(?:of|for|and)[^\S\n]+)?[^\W\d_][\w'’&-]*){0,4}"
_BEFORE = re.compile(rf"(?P<other>{_NAME})\)?{_JOIN}$")
_AFTER = re.compile(rf"{_JOIN}(?P<other>{_NAME})")
_ACRONYM = re.compile(r"(?<![\w'’.-])[A-Z]{2,8}(?![\w'’-])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REACH = 80


def acronym_shaped(span: str, is_name: Callable[[str], bool], is_word: Callable[[str], bool]) -> bool:
    """The span carries an acronym in capitals: three letters or more, or two with a word no
    name list knows (``is_name``) beside them; not a rank's or a title's letters before a
    person's name ("ASP Mwangi", "DCI Otieno": after the acronym only words that are no
    everyday English word, ``is_word``)."""
    acronyms = _ACRONYM.findall(span)
    if not acronyms:
        return False
    words = [w for w in _WORD.findall(span) if w.lower() != "the"]
    first = words.index(acronyms[0])
    if first < len(words) - 1 and not any(is_word(w) for w in words[first + 1:] if w not in acronyms):
        return False
    if any(len(a) >= 3 for a in acronyms):
        return True
    others = [w for w in _WORD.findall(span) if w not in acronyms and w.lower() != "the"]
    return bool(others) and not all(is_name(w) for w in others)


def listed_with_body(text: str, start: int, end: int, is_body: Callable[[str], bool]) -> bool:
    """A public body (``is_body``) stands in a list with the span (see the module)."""
    return any(is_body(re.sub(r"^the[^\S\n]+", "", other, flags=re.IGNORECASE))
               for other in list_neighbours(text, start, end, _BEFORE, _AFTER, _REACH))
