"""A national body or company named in its country's own language: national, hence public.

"Danske Spil", "dansk metal", "svensk travsport", "Norges Bank", "Eesti Energia", "Suomen
Pankki": the country's national word or its name first; "Infrastruktura železnice Srbije",
"Pošta Slovenije", "Latvijas Banka": the country's name inflected inside the name; "Banca di San
Marino", "Refineria di Aruba": the country's name last after a joining word of another
language; "lotería nacional", "Ispettorato Nazionale del Lavoro", "Ospedale di Stato": the
state's or the nation's word of another language inside the name.  A region's government by
its word in another language is a public body too: with a public place's name after a joining
word ("Junta de Andalucía", "Xunta de Galicia", "Comunidad de Madrid"); the word alone ("the
Département") is the one the speaker is in, and stays found.  As "the Bank of Finland" or "the Malta Law Society" in English
(:mod:`redactor.detect.national_bodies`), such a body is the whole country's: its thousands of
staff and members point at nobody.

The names come from the Unicode CLDR data (``redactor/data/own_language_nations.txt``, built by
``tools/build_own_language_nations.py``): each country's name in its official languages, and
each language's own name, which is the national word in most of them ("dansk", "svenska",
"polski").  The forms a name takes inside a body's name are made here by the endings of the
European languages: a genitive "-s" ("Danmarks", "Sveriges"), "-n" after "-i" ("Suomen"), and for
a name in "-a" the Slavic and Baltic cases ("Srbije", "Polski", "Latvijas", "Lietuvos",
"României"); an adjective's endings after its stem ("danske", "svensk", "deutsche").  A name or
form that the name lists know as a person's name ("Malte", "Maurice") or that is an everyday
English word ("island", Iceland's own name) is left out; a name already in the public-places table in English ("English", "Malta") is the
English rule's, which asks for a body's word.

The model often finds only the first word of such a name ("Gorska" of "Gorska reševalna zveza
Slovenije", "dansk" of "dansk metal"): the words right after the span that are no everyday
English word count with it.

Still found: a firm by its legal form or trade ("Dansk Rengøring ApS", "Italia Pizza
Restaurant": :func:`redactor.detect.org_edges.is_firm_name`), a part of a body (its branch, its
office, its depot), and a name with a person's given name in it ("Eesti Marta").
"""

from __future__ import annotations

import functools
import re
import sys
from importlib import resources

from redactor.detect.national_bodies import PART_OF_BODY
from redactor.detect.org_edges import is_firm_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.folding import fold_name
from redactor.lexicon.names import DATA_FILE as NAMES_FILE, default_gazetteer
from redactor.lexicon.places import PUBLIC_PLACES_FILE, fold_place, public_places
from redactor.lexicon.tables import packaged_digest
from redactor.model import Mention
from redactor.project.files import keep_cached, read_cached, user_cache_file

NATIONS_FILE = "own_language_nations.txt"  # built by tools/build_own_language_nations.py
# A made form this frequent in English is an everyday word, not a nation's ("Italian" is the
# English rule's; "Danske" is no English word).
_ENGLISH_WORD_ZIPF = 3.0
# Joining words of other languages before a country's name at the end ("Banca di San Marino").
_JOINERS = frozenset("di del della dello dei degli delle de da do dos das du des van von der den na".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# The words right after the span, on its line, before any punctuation: at most this many.
_REACH = 5
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w'’-]*)")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
# The state's or the nation's word of other languages inside a body's name ("lotería nacional",
# "Ispettorato Nazionale del Lavoro", "Ospedale di Stato", "Dirección Nacional de Farmacia"): a
# body of the whole state, as a country's name makes one.  English "national" is the English
# rules' (a "National" hospital or park is listed or found by its kind).
_STATE_WORD = re.compile(
    r"nacional(?:es)?|nazional[ei]|nationale[ns]?|n[aá]rodn[iíyý]\w*|narodow\w*|pa[nń]stwow\w*|"
    r"statal[ei]|estatal(?:es)?|st[aá]tn[iíy]\w*", re.IGNORECASE)
# A nation's bank ("Norges Bank", "Danmarks Nationalbank"): "bank" ends a firm's name as a trade
# too, but a nation's word before it makes it the central or the national bank.
_BANK_END = re.compile(r"\bbank\Z", re.IGNORECASE)
# A region's or a province's government by its word in another language, with the region's name
# after a joining word ("Junta de Andalucía", "Xunta de Galicia", "Diputación de Valencia",
# "Comunidad de Madrid", "Conseil départemental de la Réunion").  Not the word alone ("the
# Département", "the Collectivité"): it means the one département the speaker is in, a place
# (TAB's court texts mark "the union in the Département" as one; the transcripts' sets as a body).
_REGION_GOVERNMENT = (r"junta|xunta|generalitat|diputaci[oó]n(?:\s+(?:provincial|foral))?|cabildo(?:\s+insular)?|"
                      r"comunidad(?:\s+aut[oó]noma)?|gobierno(?:\s+(?:regional|provincial|aut[oó]nomo))?|"
                      r"governo(?:\s+regional)?|conseil\s+(?:r[ée]gional|d[ée]partemental|g[ée]n[ée]ral)|"
                      r"consell\s+(?:general|insular)|r[ée]gion|regione|provincia|d[ée]partement|"
                      r"collectivit[ée](?:\s+territoriale)?|landkreis|landesregierung|gouvernorat")
_REGION_GOVERNMENT_OF = re.compile(
    rf"(?:{_REGION_GOVERNMENT})\s+(?:de\s+la|de\s+los|de\s+las|de\s+l['’]|del|de|di|della|do|da|du|des|of)\s*(?P<place>.+)",
    re.IGNORECASE)
# A road named by the state ("Route Nationale 1", "Carretera Nacional", "Strada Statale 36"): a
# place, not a body.
_ROAD = re.compile(r"route|road|ruta|rota|carretera|estrada|rodovia|autopista|autoroute|autostrada|strada|"
                   r"via|rue|calle|avenida|avenue|boulevard|highway|cesta|droga|ulica|stra(?:ss|ß)e", re.IGNORECASE)
_STATE_NOUN = re.compile(r"stato|estado|[eé]tat|staat(?:es)?", re.IGNORECASE)


def _inflected(name: str, adjective: bool) -> set[str]:
    """The folded forms of one folded name or national word (see the module)."""
    forms = {name, name + "s"}
    if name.endswith("i"):
        forms.add(name + "n")  # "suomi" -> "suomen"
    if name.endswith(("a", "o", "e", "i")) and len(name) > 4:
        stem = name[:-1]
        forms |= {stem + ending for ending in ("a", "e", "i", "y", "as", "os", "ei", "ie")}
        if adjective:
            forms |= {stem, stem + "en", stem + "er"}
    elif adjective:
        forms |= {name + ending for ending in ("a", "e", "i", "en", "er", "es", "ie")}
    return forms


def _everyday_or_person(form: str) -> bool:
    info = default_gazetteer().get(fold_name(form))
    return zipf_frequency(form, "en") >= _ENGLISH_WORD_ZIPF or (info is not None and bool(info.first or info.last))


@functools.cache
def _nation_forms() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Folded forms of the national words, of the countries' names made from the file's, and
    the file's countries' names as they are (for the name last after a joining word).  Kept in
    the user's cache folder, named after the data they are made from (the name lists and the
    place table decide which forms stay): making them looks up a thousand forms (0.2 s)."""
    versions = [packaged_digest(name) for name in (NATIONS_FILE, NAMES_FILE, PUBLIC_PLACES_FILE)]
    path = user_cache_file("own-language-nations", __file__, *versions, sys.version)
    kept = read_cached(path)
    if isinstance(kept, tuple) and len(kept) == 3 and all(isinstance(part, frozenset) for part in kept):
        return kept
    lines = resources.files("redactor.data").joinpath(NATIONS_FILE).read_text(encoding="utf-8").splitlines()
    made = _made_forms(lines)
    keep_cached(path, made)
    return made


def _made_forms(lines: list[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """:func:`_nation_forms` made from the data file's lines."""
    national: set[str] = set()
    countries: set[str] = set()
    plain: set[str] = set()
    for line in lines:
        if line.startswith("#") or "\t" not in line:
            continue
        mark, name = line.split("\t", 1)
        folded = fold_place(name)
        if mark == "country":
            plain.add(folded)
        if folded in public_places() or " " in folded and mark == "national":
            continue  # an English name is the English rule's; "norsk bokmål" is a language's
        forms = _inflected(folded, mark == "national") if " " not in folded else {folded}
        for form in forms:
            if not _everyday_or_person(form):
                (national if mark == "national" else countries).add(form)
    return frozenset(national), frozenset(countries), frozenset(plain)


def _country_last(words: list[str], plain: frozenset[str]) -> int | None:
    """Where a joining word of another language stands before a country's name that runs to the
    end ("di San Marino"), or None."""
    for at in range(1, len(words) - 1):
        if words[at].lower() in _JOINERS:
            rest = fold_place(" ".join(words[at + 1:]))
            if rest in plain or public_places().get(rest, ("",))[0] == "country":
                return at
    return None


def _nation_words(words: list[str]) -> set[int]:
    """The places of the words that name the nation (none: the words name no nation)."""
    national, countries, plain = _nation_forms()
    folded = [fold_place(w) for w in words]
    if folded[0] in national or folded[0] in countries:
        return {0}
    # inside the name only a country's name inflected ("Pošta Slovenije"): "Hotel España" or
    # "Café Suisse" is a place of work named after the country, not its body
    inside = {at for at, w in enumerate(folded)
              if at > 0 and w in countries and w not in plain or _STATE_WORD.fullmatch(words[at])}
    if len(words) > 2 and words[-2].lower() in _JOINERS and _STATE_NOUN.fullmatch(words[-1]):
        inside.add(len(words) - 1)  # "Ospedale di Stato", "Banco del Estado"
    if inside:
        return inside
    joiner = _country_last(words, plain)
    return set(range(joiner, len(words))) if joiner is not None else set()


def _followed_by(text: str, end: int) -> list[str]:
    """The words right after ``end`` on its line, up to punctuation, at most :data:`_REACH`: a
    joining word, a capitalised word, or one that is no everyday English word."""
    words: list[str] = []
    while len(words) < _REACH:
        found = _NEXT_WORD.match(text, end)
        if found is None:
            break
        word = found.group("word")
        if word.lower() not in _JOINERS and not word[0].isupper() and \
                zipf_frequency(word.lower(), "en") >= _ENGLISH_WORD_ZIPF:
            break
        words.append(word)
        end = found.end()
    while words and words[-1].lower() in _JOINERS:
        words.pop()
    return words


def is_own_language_body(text: str, m: Mention) -> bool:
    """The span, with the rest of its name after it, names a national body in its country's
    own language (see the module)."""
    if m.entity_type not in {"ORGANIZATION", "PERSON", "LOCATION"}:
        return False
    span = _LEADING_THE.sub("", re.sub(r"['’]s?$", "", m.text.strip()))
    if _is_region_government(span):
        return True
    words = _WORD.findall(span) + _followed_by(text, m.end)
    if len(words) == 1 and fold_place(words[0]) in _nation_forms()[0]:
        found = _NEXT_WORD.match(text, m.end)  # "dansk" of "dansk metal": its next word, whatever it is
        words += [found.group("word")] if found is not None else []
    name = " ".join(words)
    if len(words) < 2 or is_firm_name(name) and not _BANK_END.search(name) or PART_OF_BODY.search(name) or \
            any(_ROAD.fullmatch(w) for w in words) or is_firm_name(words[0]) and not _BANK_END.search(words[0]):
        return False  # a firm by its legal form or trade, last or first ("Hotel de France", "Café Danmark")
    nation = _nation_words(words)
    return bool(nation) and not any(_given_name(w) for at, w in enumerate(words) if at and at not in nation)


def _is_region_government(span: str) -> bool:
    """A region's government by its word in another language, with a public place's name after
    it (see :data:`_REGION_GOVERNMENT`); "Junta de Vecinos Las Rosas" (a street's committee)
    names no public place."""
    found = _REGION_GOVERNMENT_OF.fullmatch(span)
    return found is not None and fold_place(found["place"]) in public_places()


def _given_name(word: str) -> bool:
    """A word the name lists know as a given name and not mainly as an everyday word."""
    info = default_gazetteer().get(fold_name(word))
    return info is not None and bool(info.first) and not info.is_word
