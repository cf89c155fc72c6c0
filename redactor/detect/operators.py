"""A telephone number said right before a name: the name is the number's operator.

"My number is 061 22 418 30, Orange.", "seven one two, four four nine eight, vodacom", a cue
"oh nine four one" then a cue "that's airtel" (a subtitle's cues are joined with a space): the
network a number is on is said straight after it, and what is said there is a company of
millions of customers, even when its name is an everyday English word ("Orange", "Three").
"""

from __future__ import annotations

import re

from redactor.lexicon.numbers import UNITS

# Digits or digit words, at least a number's worth of them, then only a comma, a stop or a dash,
# "that's"/"it's" or "on"/"with", right before the name.
_DIGIT = rf"(?:\d|\b(?:{'|'.join(UNITS)}|oh|zero|nought|double|triple)\b)"
_NUMBER_BEFORE = re.compile(
    rf"{_DIGIT}(?:[^\S\n]*[-.,/()]?[^\S\n]*{_DIGIT}){{5,}}"
    r"[^\S\n]*[-–—.,;:]?[^\S\n]*(?:(?:(?:that|it)['’]?s|on|with|network)[^\S\n]+)?(?:the[^\S\n]+)?$",
    re.IGNORECASE)
_REACH = 80


def said_after_a_number(text: str, start: int) -> bool:
    """Whether a telephone number (six digits or digit words or more) ends right before
    ``text[start:]``, with at most a comma, "that's" or "on" between."""
    return _NUMBER_BEFORE.search(text, max(0, start - _REACH), start) is not None
