"""A grade said with a job or a rank, joined to the job or rank a rule found.

The rules find "warrant officer", "nurse", "Grade 7" or "GS-13" on their own; the grade said
right before or after the job, and the job said right after a grade, make it one post: "a Class
1 warrant officer", "a nurse grade B", "a senior superintendent grade one", "a P-4 officer", "a
Grade 7 teacher", "a GS-13 analyst".  ``extend_grades`` grows each OCCUPATION and RANK over
them; a grade alone is the rules' to find or leave ("my son is in grade 7" stays as it is), and
a word after a grade joins it only when it names a post ("Grade 7 in 2019", "grade 7 after the
war" stay).

A grade said after a job or a rank between commas is that post's grade too, said as a grade of
its own: "i'm a blade repair tech, level two.", "I am a locally engaged driver, grade LE-4.", "a
propellant handling technician, level 2, on the pad", "a deckhand, first class".  ``extend_grades``
adds it as a RANK of its own (the job keeps its own span).  Not a level said of something else
("the nurse, level with the door"), nor one that more words of a thing follow ("the driver, level
two parking").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from redactor.detect.prefilter import own_compiled
from redactor.model import Mention

_SP = r"[^\S\n]"
_ROLES = frozenset({"OCCUPATION", "RANK"})
_NUMBER = (r"(?:\d{1,2}[a-z]?|(?-i:[IVX]{1,4}|[A-H])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|thirteen|fourteen|fifteen|sixteen)")
_GRADE_WORD = r"(?:grade|class|band|level|scale|step|cadre)"
# "Class 1 ", "grade two ", and a civil service's code ("P-4 ", "GS-13 ", "JG-4 ", "D1 ") right before.
_BEFORE = own_compiled(
    rf"(?<![\w'’-])(?:{_GRADE_WORD}{_SP}+{_NUMBER}|(?-i:(?:[A-Z]{{1,2}}-\d{{1,2}}|[A-Z]{{2}}\d{{1,2}}))){_SP}+\Z",
    regex.I)
# " grade B", " class one", " level II" right after.
_AFTER = own_compiled(rf"{_SP}+{_GRADE_WORD}{_SP}+(?:{_NUMBER}|[a-h])(?![\w'’-])", regex.I)
# A grade found alone: "Grade 7", "GS-13", "band six".
_A_GRADE = own_compiled(rf"(?:{_GRADE_WORD}{_SP}+{_NUMBER}|(?-i:[A-Z]{{1,2}}-\d{{1,2}}))", regex.I)
# The post a grade is said of: a word of a trade ("teacher", "analyst", "clerk", "officer").
_POST = own_compiled(
    rf"{_SP}+(?!(?:after|under|over|never|other|whether|either|neither|later|ever|order|number|center|centre|"
    r"water|winter|summer|paper|letter|matter|dinner|better|border|together|however|ago|for|or|per)(?![\w'’-]))"
    r"(?:\p{L}+(?:er|or|ist|ant|ent|ian|ician|eer)|clerk|nurse|officer|analyst|secretary|staff|guard|"
    r"assistant|attendant|typist|cook|chef|aide|medic|inspector|captain|sergeant|constable|warden|"
    r"student|pupil)(?![\w'’-])",
    regex.I)
_LOOK_BACK = 24
# A grade said after a post between commas, then the clause ends or goes on: ", level two.", ",
# grade LE-4,", ", first class and".
_COMMA_GRADE = own_compiled(
    rf"{_SP}*,{_SP}*(?P<grade>{_GRADE_WORD}{_SP}+(?:{_NUMBER}|(?-i:[A-Z]{{1,3}}-?\d{{1,2}}))"
    rf"|(?:first|second|third|fourth|fifth|sixth){_SP}+(?:class|grade|level))"
    rf"(?={_SP}*(?:[.,;:!?)\]—–]|$)|{_SP}+(?:and|at|in|on|for|with|since|now|so|but|um|uh)(?![\w'’-]))",
    regex.I)


def extend_grades(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Each OCCUPATION and RANK grown over the grade said right before or after it, and a grade
    over the post said right after it, as new mentions; the overlap policy then prefers them to
    the parts they hold."""
    out = []
    for m in mentions:
        if m.entity_type not in _ROLES:
            continue
        start, end = m.start, m.end
        before = _BEFORE.search(text, max(0, start - _LOOK_BACK), start)
        if before is not None:
            start = before.start()
        after = _AFTER.match(text, end)
        if after is None and _A_GRADE.fullmatch(m.text):
            after = _POST.match(text, end)
        if after is not None:
            end = after.end()
        if (start, end) != (m.start, m.end):
            out.append(replace(m, start=start, end=end, text=text[start:end]))
        comma = _COMMA_GRADE.match(text, m.end)
        if comma is not None:
            start, end = comma.span("grade")
            out.append(replace(m, start=start, end=end, entity_type="RANK", key="", text=text[start:end]))
    return out
