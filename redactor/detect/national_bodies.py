"""A body named after a whole country: national, hence public.

"The Malta Law Society", "the Bank of Botswana", "the Bulgarian Helsinki Committee", "the Nauru
Fisheries Authority", "the Law Society of Kenya", "the Azerbaijan Carpet Museum": a country's
name or its people's word first (after "the") or after "of" last, and the word of a body (a
society, an association, a committee, an authority, a bank, a council, a museum, an
observatory) at the end.  A country has one such body; its
members and staff are one of many, and its name points at nobody.

Still found: a firm named after a country ("Tonga Fishing Ltd", "Malta Freight Services": a
legal form or a trade, :func:`redactor.detect.org_edges.is_firm_name`), a body of a town or a
village ("the Kasungu Farmers Association": no country), a place of work of a national body
("the Kenya Railways depot") and a body the speaker says they work for.
"""

from __future__ import annotations

import re

from redactor.detect.hospitals import named_as_workplace
from redactor.detect.org_edges import is_firm_name
from redactor.lexicon.places import fold_place, public_places
from redactor.model import Mention

_BODY = (r"society|association|committee|authority|commission|council|bank|board|bureau|agency|institute|"
         r"federation|union|chamber|league|foundation|coalition|alliance|forum|trust|network|ombudsman|"
         r"organi[sz]ation|syndicate|confederation|congress|assembly|tribunal|registry|service|"
         # a country's museum, library, archive, observatory or survey ("the Azerbaijan Carpet
         # Museum", "the Montserrat Volcano Observatory", "the British Antarctic Survey"); not a
         # gallery: "the Persian Carpet Gallery" is as often a shop
         r"museum|library|archives?|observatory|survey")
_NAME = r"[A-Z][\w'’.-]*"
# "the Malta Law Society", "The Bulgarian Helsinki Committee": the country first, the body's word last.
_COUNTRY_FIRST = re.compile(
    rf"(?i:the\s+)?(?P<place>{_NAME}(?:\s+{_NAME})?)(?:\s+(?:{_NAME}|of|and|for|&)){{0,5}}\s+(?i:{_BODY})")
# "the Bank of Botswana", "the Law Society of Kenya": the body's word, then "of" and the country last.
_COUNTRY_LAST = re.compile(
    rf"(?i:the\s+)?(?:{_NAME}\s+){{0,4}}(?i:{_BODY})\s+(?:of|for)\s+(?:the\s+)?(?P<place>{_NAME}(?:\s+{_NAME})?)")
# A place of work of the body, or a part of it: it points at the few who work there.
PART_OF_BODY = re.compile(r"\b(?:branch|office|depot|station|unit|department|section|desk|ward|chapter|wing|club|cooperative|"
                   r"co-operative|school|college|clinic|hospital|farm|plant|factory|shop|store)\b", re.IGNORECASE)


def _national(place: str) -> bool:
    """A country's name or a people's word ("Malta", "Bulgarian", "the Czech Republic")."""
    kind = public_places().get(fold_place(place), ("",))[0]
    return kind in {"country", "demonym"}


def is_national_body(text: str, m: Mention) -> bool:
    """The span names a body after a whole country (see the module), not the speaker's employer."""
    if m.entity_type not in {"ORGANIZATION", "PERSON", "LOCATION"}:
        return False
    span = re.sub(r"['’]s?$", "", m.text.strip())
    found = _COUNTRY_FIRST.fullmatch(span) or _COUNTRY_LAST.fullmatch(span)
    if found is None or is_firm_name(span) or PART_OF_BODY.search(span):
        return False
    place = found["place"]
    if not (_national(place) or (" " in place and _national(place.split()[0]))):
        return False
    return not named_as_workplace(text, re.findall(r"[^\W\d_][\w'’.-]*", span))
