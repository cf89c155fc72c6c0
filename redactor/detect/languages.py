"""Language names the model takes for a person, a place or an organisation: "I speak Fulfulde and
Wolof", "she translated from Dari", "a Tigrinya interpreter".

A language is public knowledge, not a place; the public-place table already keeps the major
languages' names as nationality words ("Swahili", "Wolof": ISO 639-1), but not the many the
people of a transcript speak that ISO 639-1 leaves out or spells otherwise ("Fulfulde" for
"Fulah", "Dari", "Pashto", "Urdu", "Twi", "isiZulu").  :data:`LANGUAGES` lists them;
:func:`names_a_language` says whether a found span is one here.  A listed name that a name list
or the gazetteer also knows ("Moore", "Luo", "Bari") counts only where the words around it speak
of a language: after a verb of speaking, learning or translating, before "language", "speaker",
"interpreter" or "-speaking", or listed with another language ("Hausa and Kanuri").
"""

from __future__ import annotations

import functools
import re

from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import default_places, fold_place, public_places, small_place_names

# Languages spoken by the people of interviews that ISO 639-1 (the public-place table's
# nationality words) does not name so, folded.
LANGUAGES = frozenset("""
acholi adamawa afar akan amazigh ateso azeri badini bahasa balochi baluchi bambara bari bemba berber bisaya
bosnian cebuano chichewa chittagonian dagbani dari darija dhivehi dholuo dinka dioula dyula edo efik ewe fante fanti fon
fula fulfulde ga gagauz gujarati hassaniya hazaragi hiligaynon ibibio igbo ilocano ilokano isixhosa
isizulu kabyle kanuri kikongo kikuyu kinyarwanda kirundi kiswahili kituba konkani krio kurmanji lango
lozi luganda lugbara luhya luo lusoga maay mandingo mandinka masalit mende moore mooré nuer nyanja oromo
pashto pidgin pulaar punjabi romani rukiga runyankole runyoro saraiki sango sepedi seraiki sesotho
setswana shona sidamo siswati somali songhai soninke sorani soussou sukuma susu swahili sylheti tamasheq tamazight
temne tetum tigre tigrinya tiv tonga tshiluba tshivenda tumbuka twi urdu waray wolof xitsonga yoruba zaghawa zarma
zazaki zulu
""".split())
# Words around a name that make it a language: "speaks Dari", "in Pashto and Urdu", "Twi speakers".
_BEFORE = re.compile(
    r"(?i)\b(?:speak|speaks|spoke|spoken|speaking|understand|understands|understood|learn|learns|learned|"
    r"learnt|learning|taught|teach|teaches|teaching|translate|translates|translated|translating|interpret|"
    r"interprets|interpreted|interpreting|fluent|native|tongue|say|says|said|sang|sing|sings|wrote|write|"
    r"writes|knows|know|knew|called)\b(?:[^\S\n]+(?:in|into|from|a|little|bit|of|some|only|also|fluent|"
    r"good|broken|and|or|,))*[^\S\n]+$")
_AFTER = re.compile(
    r"(?i)^(?:[-\s]+(?:speaking|speaker|speakers|language|languages|dialect|dialects|interpreter|interpreters|"
    r"translator|translators|translation|version|subtitles|radio|lessons|class|classes|teacher|words?))\b")
# Another language listed before or after: "Fulfulde and Wolof", "Wolof, and a little Dari".
_FILLERS = r"(?:and|or|a|little|bit|of|some|also|then|too)"
_LISTED_BEFORE = re.compile(rf"(?i)([^\W\d_]+)(?:[^\S\n]*,|[^\S\n]+{_FILLERS}\b)+[^\S\n]*$")
_LISTED_AFTER = re.compile(rf"(?i)(?:[^\S\n]*,|[^\S\n]+{_FILLERS}\b)+[^\S\n]*([^\W\d_]+)")


def names_a_language(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a language here (see the module)."""
    word = fold_place(text[start:end])
    if not _is_language(word):
        return False
    if not _also_a_name(word):
        return True
    return _language_context(text, start, end)


def _language_context(text: str, start: int, end: int) -> bool:
    """A verb of speech or learning before, a language word after, or another language listed
    right before or after ("Hausa and Kanuri")."""
    if _BEFORE.search(text[max(0, start - 60):start]) or _AFTER.match(text[end:end + 20]):
        return True
    before = _LISTED_BEFORE.search(text[max(0, start - 40):start])
    after = _LISTED_AFTER.match(text[end:end + 40])
    return any(m is not None and _is_language(fold_place(m.group(1))) for m in (before, after))


def _is_language(word: str) -> bool:
    return word in LANGUAGES or public_places().get(word, ("",))[0] == "demonym"


@functools.cache
def _also_a_name(word: str) -> bool:
    """A name list knows the word as a person's, or the gazetteer as a town's ("Moore", "Bari")."""
    info = default_gazetteer().get(word)
    return (info is not None and (info.first or info.last)) or default_places().get(word) is not None \
        or word in small_place_names()
