"""A landmark of a small place, found as one LOCATION with its place.

"the bus terminal in Horqueta", "the fish market at Kagadi": a terminal, a market, a wharf or a
junction said with the small place it is in (a place the filters kept: not public) names where
someone waits, sells or lives as closely as an address, so the landmark and its place are one
quasi LOCATION.  A market or terminal said by its local name with no place ("the mercado
campesino", "la feria municipal") and a junction, a gate or a stage named after the landmark at
it ("the church junction", "the north wharf gate", "the mosque stage") are one too.  Institutions
(a school, a pharmacy, a hotel) are not landmarks here; a landmark word alone ("the market",
"the bus terminal was busy") or before a public city (dropped by the filters) is nothing.
"""

from __future__ import annotations

from typing import Sequence

import regex

from redactor.detect.prefilter import LazyRegex
from redactor.model import Mention

_SP = r"[^\S\n]"
# A landmark that names where it is by its place: a transport stop, a market, a landing.
_FACILITY = (r"(?:(?:bus|taxi|lorry|truck|minibus|matatu|boda)" + _SP + r"+(?:terminal|terminus|station|stand|stop|park|rank|stage)"
             r"|motor" + _SP + r"+park|taxi" + _SP + r"+rank|(?:fish|cattle|livestock|night|central|main|old|new|big)" + _SP
             + r"+market|market(?:place)?|terminal|terminus|wharf|jetty|pier|landing|landing" + _SP + r"+site|ferry"
             + _SP + r"+(?:point|terminal|landing)|(?:petrol|filling|gas)" + _SP + r"+station|roundabout|junction"
             r"|crossroads|checkpoint)")
_BEFORE_PLACE = LazyRegex(rf"(?<![\p{{L}}'’-])(?:the{_SP}+)?(?P<landmark>{_FACILITY}){_SP}+(?:in|at|of|near){_SP}+\Z",
                          regex.IGNORECASE)
# A market or terminal by its local name, in Spanish, Portuguese or French: "the mercado campesino",
# "la feria municipal", "o mercado do peixe", "le marché de Tilène"; a junction, gate or stage
# named after the landmark at it: "the church junction", "the north wharf gate".
_LANDMARK_AT = r"(?:church|mosque|temple|market|wharf|jetty|pier|railway|rail|bridge|borehole|water" + _SP + r"+tank|well|mill|ferry)"
_NAMED = LazyRegex(
    rf"(?<![\p{{L}}'’-])(?:the|la|el|o|a|le|au|al|do|da|del|du){_SP}+"
    rf"(?P<landmark>(?:mercado|feria|marché|marche|feira|tianguis|paradero)"
    rf"{_SP}+(?:(?:de|do|da|del|des|du){_SP}+(?:(?:la|los|las|l['’]){_SP}*)?)?(?!(?:is|was|and|or|but|on|in|at|for|to|every|today)(?![\p{{L}}]))\p{{L}}[\p{{L}}'’-]{{2,}}"
    rf"|(?:(?:north|south|east|west|old|new|main|back|front|upper|lower){_SP}+)?{_LANDMARK_AT}{_SP}+(?:junction|gate|stage|corner|crossing|roundabout))"
    r"(?![\p{L}'’-])",
    regex.IGNORECASE)
_SCORE = 0.6
_LOOK_BACK = 60


def facility_places(text: str, kept: Sequence[Mention]) -> list[Mention]:
    """One LOCATION for each landmark said before a kept (not public) place ("bus terminal in
    Horqueta": the landmark over the place) and for each landmark said by its local or its
    landmark's name ("mercado campesino", "church junction")."""
    out = []
    for m in kept:
        if m.entity_type != "LOCATION":
            continue
        before = _BEFORE_PLACE.search(text, max(0, m.start - _LOOK_BACK), m.start)
        if before is not None:
            start = before.start("landmark")
            out.append(Mention(start=start, end=m.end, entity_type="LOCATION", score=max(_SCORE, m.score),
                               detector="FacilityPlace", text=text[start:m.end]))
    for f in _NAMED.finditer(text):
        out.append(Mention(start=f.start("landmark"), end=f.end("landmark"), entity_type="LOCATION", score=_SCORE,
                           detector="FacilityPlace", text=f.group("landmark")))
    return out
