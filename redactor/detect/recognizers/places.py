"""Small places after a place word: "we lived near bilohorivka", "a village called mokhovoe",
"she lives in Vouziers".

spaCy's model sees a place by its capital, and the place rules of ``rules/places.yaml`` ask for
one, so a town said in an automatic caption is often missed; and a village it never saw in
training it misses even with its capital.  :class:`LowerCasePlaceRecognizer` finds a place by
the word before it.  On caseless lines (:func:`redactor.detect.casing.caseless_lines`):

- after a place preposition ("in", "near", "from", "to", "outside", "past" ... :data:`PLACE_CUES`;
  also at the end of the line before, where a caption wraps its text: "she moved out to" /
  "bilohorivka", :func:`_wrapped`), one
  to four words GeoNames knows as a town of 1,000 people or more
  (:func:`redactor.lexicon.places.default_places`, :func:`~redactor.lexicon.places.small_place_names`)
  that are no common English word and, alone, no given name ("in march", "to maria" stay);
- after "village/town/... of/called/named", and after "school/hospital/jail/... of" (the place a
  workplace serves: "the public school of tsinandali"), also a word no list knows: one or two
  words rare in English (``RARE_WORD_ZIPF``);
- after looser cues, a town GeoNames knows as above that no name list knows as a surname: "of"
  after a noun that is no word for a person ("the arena of lunel", "north of kuopio", "the mayor
  of kili"; not "the husband of aýna") and "as far as" ("the smoke went as far as pärnu", on
  lines with capitals too);
- a compass word before a first-level region the public-place table does not list so ("in south
  goa"): a district (:func:`redactor.lexicon.places.names_district_of_region`);
- after a verb of living and a preposition ("we moved to cork", "i grew up in galway"), or after
  "in" or "from" alone ("the rep in cork", "the cocker from wembley"; not "from sunrise to
  sunset"), a city of 50,000 people or more whose name is also an English word rarer than
  "reading" or "bath"; and
  after such a verb, a verb of going ("the road to", "we fled to") or "near", a word no English
  word list and no name list knows ("we stayed near sevare", "the road to kouroussa"); after
  "in" alone, one or two such words, the first of six letters or more ("a baby in ghinda", "the
  light in qishloqi navobod"; not an acronym said as a word, "sources in sinac").

On every line, a name set off by a comma after a settlement's word and a determiner ("from my
village, Srae Veal, since 2016", "a small town, sidi yahya el gharb"): one to four words written
alike, closed by a pause, one of them rare in English and not all of them a person's names.
After "to" alone, a verb's base form ("bringing young girls to wail") is an infinitive's verb,
not the village GeoNames has of that name; after "in", a word no list knows before a word for a
stretch of time ("in kimjang season") is a feast's or a season's name.

On lines with capitals, the same towns written with theirs after a place preposition ("lives in
Vouziers", "near Santa Rosa do Sul", "in North Goa", "Konstancin‑Jeziorna" with a non-breaking
hyphen), a capitalised word no list knows after a verb of living or going ("lives in
Miechucino"), and a rare capitalised word after "school/hospital/... of" ("the Hospital of Kalibo"); one word known as a surname only after "in", "near",
"outside" and the like ("a letter from Kowalczyk" is a person).

Whether a place found so is public (a large city) is the filters' rule, as for every place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from presidio_analyzer import LocalRecognizer, RecognizerResult

from redactor.detect.casing import RARE_WORD_ZIPF, caseless_lines, english_zipf
from redactor.detect.languages import LANGUAGES
from redactor.detect.name_context import Token, tokenize
from redactor.detect.outlets import journalist_from, named_as_outlet
from redactor.detect.person_roles import role_words
from redactor.detect.recognizers.results import explained_result
from redactor.lexicon.dates import HOLIDAY_PATTERN, MONTHS_AND_DAYS, OTHER_CALENDAR_MONTHS, OTHER_CALENDAR_MONTHS_CAPITALISED
from redactor.lexicon.dictionary import base_forms, is_base_form
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import FIRM_KIND_WORDS, FUNCTION_WORDS, PERSON_NOUNS, default_gazetteer
from redactor.lexicon.places import (DIRECTIONAL_PREPOSITIONS, LOCATIVE_PREPOSITIONS, default_places, fold_place,
                                     names_district_of_region, public_places, small_place_names)
from redactor.lexicon.titles import KINSHIP_WORDS

RECOGNIZER_NAME = "LowerCasePlaceRecognizer"
SCORE = 0.86  # above the model's guess of a person for the same word ("called mokhovoe")
# Words after which a name is where someone is, comes from or goes.
# "past" and "beyond" say where a place lies on the way ("the block up past sayward", "a
# kiwifruit place past te puke"), as "near" and "outside" do.
_PASSING = frozenset(("past", "beyond"))
PLACE_CUES = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS | _PASSING | frozenset(("at", "between"))
# After a place found, these join another of a list: "in kreminna and rubizhne", "kupiansk or izium".
_LIST_JOINERS = frozenset(("and", "or"))
# Before a settlement word that names the place right after it: "my village sukhyi yar".
_DETERMINERS = frozenset("my our his her their the this that".split())
# "the village of X", "a town called X": what follows names a settlement whatever lists know.
SETTLEMENT_WORDS = frozenset(
    "village villages town city hamlet settlement suburb district raion rayon municipality "
    "commune township neighbourhood neighborhood selo khutor".split())
SETTLEMENT_LINKS = frozenset(("of", "called", "named"))
# "the public school of tsinandali", "the hospital of Kalibo": after one of these and "of" a word
# rare in English names the place the workplace serves.
INSTITUTION_WORDS = frozenset("school hospital clinic jail prison church mosque parish".split())
_MAX_WORDS = 4  # "santa rosa do sul"
# Said before "to", "in", "from" where someone lives or comes from: "we moved to cork".
_RESIDENCE_VERBS = frozenset(
    "move moved moves moving live lived lives living born raised settled relocated come came comes coming "
    "originally stay stayed staying based reside resides resided residing i'm we're he's she's they're "
    "i’m we’re he’s she’s they’re".split()) | frozenset(
    ("grew up", "grow up", "growing up"))
# Said before "to" or "from" where someone goes: "the road to kouroussa"; a looser cue, so only
# for a word no list knows ("we went to cork" may be any cork).
_GOING_VERBS = frozenset(
    "fled flee fleeing went go goes going drove driving walked travelled traveled returned road way route "
    "headed evacuated deported transferred".split())
_RESIDENCE_PREPOSITIONS = frozenset(("to", "in", "from", "near", "outside", "around")) | _PASSING
_HYPHENS = frozenset(("\u2010", "\u2011"))
_NEARBY = frozenset(("near", "outside", "around")) | _PASSING  # a place cue whatever verb comes before
# Alone, these say where someone or something is or comes from ("the union rep in cork", "my nan's
# in brighton", "the cocker from wembley", "new boys from leicester"): a cue for a city of
# ``_RESIDENCE_TOWN_POPULATION`` whose name is no everyday word and no name (:func:`_sizeable_town_named`),
# without a verb of living.  Not "to", after which a firm is as common ("then to toyota"), nor
# "from" before the other end of a range ("from sunrise to sunset": the hours of a day).
_TOWN_CUES = frozenset(("in", "from"))
_RANGE_ENDS = frozenset(("to", "till", "until", "til"))
# A capitalised name no list knows is a place after these ("a woman from Gualaceo", "the road near
# Castlemilk"); not after "to" or "at", before which a firm's or a person's name is as common, nor
# after "in", which cost a kept name in a held-out set (the model has its own say there)
_TITLED_UNKNOWN_CUES = frozenset(("from",)) | _NEARBY
# Verbs and adjectives aimed at someone: after them "at" names a person ("shouted at Dawit", "she
# was angry at Sione"), not where a thing is (:func:`_at_after_a_word`).  Base forms (WordNet's
# rules give "glared", "laughing").
_AIMED_AT = frozenset(
    "look stare glance gaze peer glare gape gawk shout yell scream swear curse bark snap snarl laugh smile grin "
    "wink frown nod wave point aim throw shoot hit jab poke spit sneer scoff hiss growl lash angry mad "
    "upset furious cross annoyed surprised good bad".split())
# After these (base forms) "at" names an employer or a school ("i worked at Fintraffic", "she
# interned at Novartis"), a body the organisation rules and the keep list judge, as after a job's
# word ("the traffic controller at Fintraffic", :func:`_person_or_role_word`).
_EMPLOYED_AT = frozenset("work employ intern volunteer study teach train apprentice lecture".split())
# A word no list knows after "in" is a place from this length; shorter, as often a body's acronym
# said as a word ("sources in sinac").
_PLACE_AFTER_IN_LETTERS = 6
# After a name no list knows, a word for a stretch of time makes it a feast's or a season's name:
# "in kimjang season", "in ashura week", "in tsagaan sar holidays".
_TIME_NOUNS = frozenset("season seasons festival festivals holiday holidays time week weeks month months period days "
                        "eve feast fast".split())
_UNKNOWN_WORD_ZIPF = 1.0  # wordfreq lists most words a caption spells; a place it may not
_RESIDENCE_WORD_ZIPF = 4.0  # "cork" 3.7, "galway" 3.2; "reading", "bath", "mobile" are words
_RESIDENCE_TOWN_POPULATION = 50_000
# A capitalised name after such a cue rarer than this in English is a place whatever GeoNames lists
# ("Drumchapel" 1.6, "Sévaré" 0); "Tagalog" 2.8, "Kirkcaldy" 2.5 the model and lists know.
_TITLED_UNKNOWN_ZIPF = 2.0
_TITLED_UNKNOWN_LETTERS = 4
_TIME_NAME = re.compile(
    rf"(?i:{HOLIDAY_PATTERN})|(?i:{'|'.join(map(re.escape, OTHER_CALENDAR_MONTHS))})"
    rf"|{'|'.join(map(re.escape, OTHER_CALENDAR_MONTHS_CAPITALISED))}")
# Small words inside a capitalised place name: "Santa Rosa do Sul", "Frankfurt am Main".
_PLACE_PARTICLES = frozenset("do da de del dos das am an na nad pod sur le la".split())
# Inside a name set off after a settlement's word, Arabic's article too ("sidi yahya el gharb").
_NAME_PARTICLES = _PLACE_PARTICLES | frozenset(("el",))
# "the main split off ærø": where a boat is, off an island or a coast; a cue for a word spelt as
# no English word is (:func:`_foreign_after_cue`) only ("paid off", "bought it off dave").
_OFF_SHORE = frozenset(("off",))
# A lower-case word in the Latin script, letters only ("søby", "haʻapai": the ʻokina is a letter).
_LATIN_WORD = re.compile(r"[a-zß-öø-ÿĀ-ɏʻḀ-ỿ]+")
_FOREIGN_WORD_ZIPF = 2.0  # "tromsø" 2.1 GeoNames knows; "café" 4.3, "señor" 3.3 are English words


class LowerCasePlaceRecognizer(LocalRecognizer):
    """LOCATION for place names written in lower case after a place cue (see the module); a
    subclass finds other places after a cue by its own ``find`` (its name, score and reason
    in the class attributes)."""

    name: str
    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "place after a place word"
    entity = "LOCATION"

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=[self.entity], name=name or self.default_name,
                         supported_language=supported_language)

    @staticmethod
    def find(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
        """(start, end) of each place in ``text``; ``flags`` marks its caseless lines."""
        return find_lower_case_places(text, flags)

    def load(self) -> None:
        """Nothing to load: the gazetteers are read on first use."""

    def analyze(self, text: str, entities: list[str] | None = None, nlp_artifacts=None) -> list[RecognizerResult]:
        if entities and self.entity not in entities:
            return []
        return [self._result(start, end) for start, end in self.find(text, caseless_lines(text))]

    def _result(self, start: int, end: int) -> RecognizerResult:
        return explained_result(self, self.entity, start, end, self.score, self.reason)


def find_lower_case_places(text: str, flags: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """(start, end) of each small place after a cue: in lower case on the lines ``flags`` marks
    caseless, capitalised on the others (see the module)."""
    tokens = tokenize(text)
    line_starts = [0]
    line_starts.extend(i + 1 for i, c in enumerate(text) if c == "\n")
    line = 0
    i = 1
    last = -1  # the index of the last word of the place found last
    while i < len(tokens):
        while line + 1 < len(line_starts) and line_starts[line + 1] <= tokens[i].start:
            line += 1
        found = 0
        if _joined(text, tokens[i - 1], tokens[i]) or _wrapped(text, tokens[i - 1], tokens[i]):
            listed = tokens[i - 1].lower in _LIST_JOINERS and last == i - 2 and _joined(text, tokens[i - 2], tokens[i - 1])
            found = _place_after_cue(text, tokens, i, flags[line], listed)
        elif _set_off(text, tokens[i - 1], tokens[i]):
            found = _named_after_settlement(text, tokens, i)
        if found:
            yield tokens[i].start, tokens[i + found - 1].end
            i += found
            last = i - 1
        else:
            i += 1


def _set_off(text: str, left: Token, right: Token) -> bool:
    """A comma right after ``left`` and only blanks, one line break at most, before ``right``:
    what follows is set off from it ("my village, srae veal")."""
    gap = text[left.end:right.start]
    return not left.possessive and len(gap) > 1 and gap[0] == "," and gap[1:].isspace() and gap.count("\n") <= 1


def _named_after_settlement(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many words from ``tokens[i]`` name the settlement said right before them and a comma,
    after a determiner and at most one word more ("from my village, Srae Veal, since 2016", "he
    is from a small town, sidi yahya el gharb", "our hamlet, Dorfli."): the name set off after
    the settlement's word is its name, whatever lists know.  One to four words written alike
    (each capitalised, or each in small letters), a place's particles between them, set off in
    turn (a pause or the line's end after them: "in my village, people are poor" goes on as a
    clause); one of them rare in English, not every word a name of a person's ("in my town, Ana
    Lima, the mayor") and one word no given name or surname ("in our village, Mariam, my
    sister")."""
    if tokens[i - 1].lower not in SETTLEMENT_WORDS or not _determined(text, tokens, i - 1) \
            or _person_of_the_settlement(text, tokens, i - 1):
        return 0
    run = _set_off_run(text, tokens, i)
    return len(run) if run and _rare_name(run) else 0


def _person_of_the_settlement(text: str, tokens: Sequence[Token], at: int) -> bool:
    """The settlement's word ``tokens[at]`` and its determiner come after "of" ("the hokim of the
    district, bahodir hamroyev, came") or after a word for a person, a job or a firm and "from" or
    "in" ("a girl from my village, Srey Neang, sixteen", "a cleaning firm in the old town,
    brightway home care"): the name set off after it is that person's or that firm's."""
    back = next((at - n for n in (1, 2, 3) if at - n >= 0 and tokens[at - n].lower in _DETERMINERS | {"a", "an"}), None)
    if back is None or back < 1 or not _joined(text, tokens[back - 1], tokens[back]):
        return False
    preposition = tokens[back - 1].lower
    if preposition == "of":
        return True
    if preposition not in ("from", "in") or back < 2 or not _joined(text, tokens[back - 2], tokens[back - 1]):
        return False
    return _person_or_role_word(tokens[back - 2].lower)


def _set_off_run(text: str, tokens: Sequence[Token], i: int) -> list[Token]:
    """Up to four words from ``tokens[i]``, one space apart and written alike
    (:func:`_written_alike`), that a pause or the line's end closes; none when the words go on."""
    run = [tokens[i]]
    while len(run) < _MAX_WORDS and i + len(run) < len(tokens) and not run[-1].possessive \
            and _joined(text, run[-1], tokens[i + len(run)]) and _written_alike(run[0], tokens[i + len(run)]):
        run.append(tokens[i + len(run)])
    after = i + len(run)
    return [] if after < len(tokens) and _joined(text, run[-1], tokens[after]) else run


def _rare_name(run: Sequence[Token]) -> bool:
    """Words that may be a place's name and no person's: each a name's word
    (:func:`_name_word`), not ending on a particle, one of them rare in English, and not every
    word but the particles a given name or a surname."""
    if run[-1].lower in _NAME_PARTICLES or not all(_name_word(w) for w in run) \
            or all(english_zipf(w.text) >= RARE_WORD_ZIPF for w in run):
        return False
    known = [default_gazetteer().get(w.folded) for w in run if w.lower not in _NAME_PARTICLES]
    return not all(info is not None and (info.first or info.last) for info in known)


def _determined(text: str, tokens: Sequence[Token], at: int) -> bool:
    """``tokens[at]`` comes after a determiner, right before it or one word before ("my village",
    "a small town", "our home village")."""
    for back in (1, 2):
        if at - back < 0 or not _joined(text, tokens[at - back], tokens[at - back + 1]):
            return False
        if tokens[at - back].lower in _DETERMINERS or tokens[at - back].lower in ("a", "an"):
            return True
    return False


def _written_alike(first: Token, word: Token) -> bool:
    """``word`` goes on a name ``first`` starts: a place's particle ("el", "de"), or written as
    ``first`` is (both capitalised, or both in small letters)."""
    return word.lower in _NAME_PARTICLES or (_titled(first) and _titled(word)) \
        or (first.text.islower() and word.text.islower())


def _name_word(token: Token) -> bool:
    """A word a place's name may hold: letters (and hyphens), no function word but a place's
    particle, no month or weekday."""
    return token.text.replace("-", "").isalpha() and token.lower not in MONTHS_AND_DAYS \
        and (token.lower in _NAME_PARTICLES or token.lower not in FUNCTION_WORDS) \
        and (token.text.islower() or _titled(token))


def _place_after_cue(text: str, tokens: Sequence[Token], i: int, caseless: bool, listed: bool) -> int:
    """How many words from ``tokens[i]`` name a place the words before it cue (0: none): a place
    preposition, a place just named and "and" or "or" ("between kreminna and rubizhne"), or a
    settlement word after a determiner ("my village sukhyi yar")."""
    cue = tokens[i - 1].lower
    cued = listed or _after(text, tokens, i, SETTLEMENT_WORDS, _DETERMINERS) or cue in PLACE_CUES \
        or _after(text, tokens, i, frozenset(("of",)), frozenset(("out",))) \
        or _as_far_as(text, tokens, i)  # "a contractor out of portlaoise", "the smoke went as far as Pärnu"
    served = _after(text, tokens, i, frozenset(("of",)), INSTITUTION_WORDS)
    if not caseless:
        return _titled_place_after_cue(text, tokens, i, cued and (cue != "at" or _at_after_a_word(text, tokens, i)),
                                       served, listed)
    if not tokens[i].text.islower() or _infinitive(text, tokens, i):
        return 0
    settlement = served or _after(text, tokens, i, SETTLEMENT_LINKS, SETTLEMENT_WORDS)
    loose = None if settlement else _after_a_looser_cue(text, tokens, i, cued)
    if loose is not None:
        return loose
    if not (settlement or cued):
        return _foreign_after_cue(text, tokens, i, listed)  # "split off ærø"
    return _place_at(text, tokens, i, settlement) or (1 if _resident(text, tokens, i) else 0) \
        or _unknown_after_in(text, tokens, i) or _foreign_after_cue(text, tokens, i, listed)


def _infinitive(text: str, tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is a verb's base form (WordNet's) said right after "to" that no verb of
    living or going and no "near" brings in: the verb of an infinitive ("bringing young girls to
    wail", "paid us to weep", "came to reap"), though GeoNames has a village of that name.  After
    "we moved to" or "the road to" a place is meant ("we moved to wail")."""
    return tokens[i - 1].lower == "to" and is_base_form(tokens[i].lower, "verb") \
        and not _residence_cue(text, tokens, i, _RESIDENCE_VERBS | _GOING_VERBS)


def _titled_place_after_cue(text: str, tokens: Sequence[Token], i: int, cued: bool, served: bool, listed: bool) -> int:
    """How many capitalised words from ``tokens[i]`` name a place on a line with capitals: a rare
    word after "school/hospital/... of" (``served``), else a town or an unknown name after a cue
    (``cued``: not "at", which names a time as often: "at Onam", "at Tet" are festivals and villages)."""
    if served:
        return _unknown_run(text, tokens, i) if _titled(tokens[i]) else 0
    if not (cued and _titled(tokens[i])):
        return 0
    return _titled_place_at(text, tokens, i) or _titled_unknown_after_cue(text, tokens, i, listed)


def _after_a_looser_cue(text: str, tokens: Sequence[Token], i: int, cued: bool) -> int | None:
    """How many words from ``tokens[i]`` name a town (:func:`_owned_place_at`) said after "as far
    as", or after "of" and a noun that is no word for a person where no place preposition cued it
    ("the arena of lunel", "north of kuopio", "the mayor of kili"; not "the husband of aýna");
    None when neither is said."""
    if _as_far_as(text, tokens, i) or (not cued and _in_after_a_noun(text, tokens, i, "of")
                                       and not _person_word(tokens[i - 2].lower)):
        return _owned_place_at(text, tokens, i)
    return None


def _as_far_as(text: str, tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` comes right after "as far as" ("the smoke went as far as pärnu", "we drove as
    far as lunel"): how far something reached, to a place as often as to a person's view ("as far
    as maria knows"), which the name lists and English words keep out (:func:`_owned_place_at`)."""
    return i >= 3 and [t.lower for t in tokens[i - 3:i]] == ["as", "far", "as"] \
        and _joined(text, tokens[i - 3], tokens[i - 2]) and _joined(text, tokens[i - 2], tokens[i - 1])


def _person_word(word: str) -> bool:
    """A word for a person or a relative, one or many ("the husband of aýna", "friends of
    kowalczyk"): what follows its "of" is a person, whatever GeoNames lists."""
    return any(w in PERSON_NOUNS or w in KINSHIP_WORDS for w in (word, word.removesuffix("s")))


def _owned_place_at(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many words from ``tokens[i]`` name a town GeoNames knows (:func:`_place_at`), said after a
    looser cue than a place preposition: "of" after a noun ("the arena of lunel", "the mayor of
    kili", "north of kuopio") or "as far as".  One word a name list knows as a surname is a
    person there ("the widow of kowalczyk", "as far as nowak knows")."""
    size = _place_at(text, tokens, i, False)
    if size == 1:
        info = default_gazetteer().get(tokens[i].folded)
        if info is not None and info.last:
            return 0
    return size


def _foreign_after_cue(text: str, tokens: Sequence[Token], i: int, listed: bool) -> int:
    """1 when ``tokens[i]`` is a lower-case word spelt with a letter English never writes ("søby",
    "ærø", "karsibór") that English hardly uses and no name list knows as a given name or a
    surname, said right after a place preposition or "off" ("the smokehouse in søby", "the main
    split off ærø", "moored at karsibór"): a town or an island too small for any list.  Such a
    word is no acronym said as a word (which the six letters of :func:`_unknown_after_in` keep
    out) and no English word; after "to" or "from" a person's name is as common, which the name
    lists know ("a letter from istván", "to józef").  Not a word another rare word follows."""
    if not (listed or tokens[i - 1].lower in PLACE_CUES or tokens[i - 1].lower in _OFF_SHORE):
        return 0
    # "at veslački klub dunavski", "at tōnō seimitsu": a name that goes on with a rare word is a
    # club's or a firm's, which the name rules take whole; a place's ends here
    return 1 if _foreign_word(tokens[i]) and not _name_goes_on(text, tokens, i + 1) else 0


def _name_goes_on(text: str, tokens: Sequence[Token], after: int) -> bool:
    """A word rare in English follows the words before ``tokens[after]`` in one phrase: they begin a
    longer name ("at veslački klub dunavski", "died at fakultni nemocnice olomouc"), a club's, a
    firm's or a hospital's, which the name rules and the keep list take whole."""
    return after < len(tokens) and _joined(text, tokens[after - 1], tokens[after]) and _unknown_word(tokens[after])


def _foreign_word(token: Token) -> bool:
    """A lower-case word of three letters or more, in the Latin script, with a letter outside
    ASCII, rarer in English than ``_FOREIGN_WORD_ZIPF`` ("café", "señor" are English enough)
    and no given name or surname."""
    word = token.text
    if token.possessive or len(word) < 3 or word.isascii() or not word.islower() or not _LATIN_WORD.fullmatch(word):
        return False
    if english_zipf(word) >= _FOREIGN_WORD_ZIPF:
        return False
    info = default_gazetteer().get(token.folded)
    return info is None or not (info.first or info.last)


def _residence_cue(text: str, tokens: Sequence[Token], i: int, verbs: frozenset[str] = _RESIDENCE_VERBS) -> bool:
    """``tokens[i]`` comes after one of ``verbs`` and a preposition ("moved to", "grew up in",
    "stayed near"), or after "near", "outside" or "around" alone."""
    if i < 1 or tokens[i - 1].lower not in _RESIDENCE_PREPOSITIONS:
        return False
    if tokens[i - 1].lower in _NEARBY:
        return True
    if i < 2 or not _joined(text, tokens[i - 2], tokens[i - 1]):
        return False
    verb = tokens[i - 2].lower
    if verb == "up" and i >= 3:
        verb = tokens[i - 3].lower + " up"
    return verb in verbs


def _resident(text: str, tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` is said where someone lives, moved or comes from (:func:`_residence_cue`)
    and is a city of 50,000 people or more whose name is also a word ("we moved to cork", "i grew
    up in galway": such a verb and a preposition bring in a place, not the thing, "lined with
    cork"; a word as common as "reading", "bath" or "mobile" stays a word), or a word no list
    knows ("we stayed near sevare").  Such a city is a place right after "in" or "from" too
    (:data:`_TOWN_CUES`: "the rep in cork", "the cocker from wembley"): what is in or from it is
    there whatever verb came first."""
    cued = _residence_cue(text, tokens, i) or (tokens[i - 1].lower in _TOWN_CUES and not _range_start(text, tokens, i))
    if cued and _sizeable_town_named(tokens[i].text):
        return True
    return _residence_cue(text, tokens, i, _RESIDENCE_VERBS | _GOING_VERBS) and _unknown_name(tokens[i])


def _range_start(text: str, tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` comes after "from" and before "to", "till" or "until": one end of a range
    ("from sunrise to sunset"), which a verb of living or going must make a way between places."""
    return tokens[i - 1].lower == "from" and i + 1 < len(tokens) and tokens[i + 1].lower in _RANGE_ENDS \
        and _joined(text, tokens[i], tokens[i + 1])


def _unknown_after_in(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many words from ``tokens[i]`` (two at most, one space apart) no English word list and
    no name list knows, said right after "in" ("a baby in ghinda", "the flat in nybyen", "the
    light in qishloqi navobod"), or after "at" that follows a word of the clause ("the camp at
    sukute", :func:`_at_after_a_word`): what a thing is in or at, by a name no list knows, is a place.  The
    first word has six letters or more: a body's acronym said as a word is shorter ("sources in
    sinac", "a masters in ihec").  Not after "to", "from" or "at" alone, which as often come before a
    firm, a person or a mail host ("talked to gojko", "a letter from asylbek", "at seznam dot
    cz")."""
    if not (tokens[i - 1].lower == "in" or _at_after_a_word(text, tokens, i)) \
            or len(tokens[i].text) < _PLACE_AFTER_IN_LETTERS:
        return 0
    size = 0
    while size < 2 and i + size < len(tokens) and _unknown_name(tokens[i + size]) and tokens[i + size].text.islower() \
            and (size == 0 or _joined(text, tokens[i + size - 1], tokens[i + size])):
        size += 1
    if size and tokens[i - 1].lower == "at" and _name_goes_on(text, tokens, i + size):
        return 0  # "died at fakultni nemocnice olomouc": a hospital's name
    return 0 if size and _before_a_time_noun(text, tokens, i + size) else size


def _before_a_time_noun(text: str, tokens: Sequence[Token], after: int) -> bool:
    """A word for a stretch of time follows at ``tokens[after]``, or one word later after a word
    that is no function word ("in kimjang season", "in tsagaan sar holidays"): the words before
    it name a feast or a season, a time."""
    for n in (0, 1):
        at = after + n
        if at >= len(tokens) or not _joined(text, tokens[at - 1], tokens[at]):
            return False
        if tokens[at].lower in _TIME_NOUNS:
            return True
        if tokens[at].lower in FUNCTION_WORDS:
            return False
    return False


def _unknown_name(token: Token) -> bool:
    """A word no English word list and no name list knows ("sevare", "kouroussa"): after "we
    stayed near" or "she grew up in" it is the place, whatever GeoNames lists."""
    return len(token.text) >= 4 and token.text.isalpha() and english_zipf(token.text) < _UNKNOWN_WORD_ZIPF \
        and default_gazetteer().get(token.folded) is None


def _sizeable_town_named(word: str) -> bool:
    """A city of 50,000 people or more (known well enough to be written so in a caption) called
    ``word`` by GeoNames itself, rarer than an everyday word, no given name or surname."""
    if len(word) < 4 or english_zipf(word) >= _RESIDENCE_WORD_ZIPF or word.lower() in FUNCTION_WORDS:
        return False
    info = default_gazetteer().get(fold_place(word))
    if info is not None and (info.first or info.last):
        return False
    place = default_places().get(word)
    return place is not None and place.kind == "city" and fold_place(place.name) == fold_place(word) \
        and place.population >= _RESIDENCE_TOWN_POPULATION


def _after(text: str, tokens: Sequence[Token], i: int, cues: frozenset[str], before: frozenset[str]) -> bool:
    """``tokens[i]`` comes right after one of ``cues`` said right after one of ``before`` ("my
    village", "village of", "school of")."""
    return i >= 2 and tokens[i - 1].lower in cues and tokens[i - 2].lower in before \
        and _joined(text, tokens[i - 2], tokens[i - 1])


def _titled(token: Token) -> bool:
    """A word written with a capital and then small letters ("Hrushivka", "Konstancin-Jeziorna"),
    not an acronym ("USA") nor a letter."""
    return len(token.text) >= 3 and token.text[0].isupper() and not token.text.isupper() \
        and token.text.replace("-", "").replace("\u2011", "").isalpha()


def _titled_place_at(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many capitalised words from ``tokens[i]`` name a town or a village GeoNames knows
    (0: none): "lives in Vouziers", "we fled from Velyka Novosilka", "near Santa Rosa do Sul".
    One word known as a surname after "to", "from" or "at" is a person ("a letter from
    Kowalczyk"); the model has its own say on every capitalised word.  A word no list knows
    after a verb of living and a preposition, or after "near", is a place too ("lives in
    Miechucino")."""
    run = [tokens[i]]
    while len(run) < _MAX_WORDS and i + len(run) < len(tokens) and not run[-1].possessive:
        nxt = tokens[i + len(run)]
        # "Konstancin‑Jeziorna" written with a non-breaking hyphen is two words here
        if not ((_titled(nxt) or nxt.lower in _PLACE_PARTICLES)
                and (_joined(text, run[-1], nxt) or text[run[-1].end:nxt.start] in _HYPHENS)):
            break
        run.append(nxt)
    for size in range(len(run), 0, -1):
        words = run[:size]
        # several capitalised words are one name, whatever English makes of them ("in Oak Hill")
        if words[-1].lower in _PLACE_PARTICLES or not _known_small_place(words, False, named=size > 1):
            continue
        if size == 1 and tokens[i - 1].lower not in LOCATIVE_PREPOSITIONS:
            info = default_gazetteer().get(words[0].folded)
            if info is not None and info.last:
                continue
        return size
    # "lives in Miechucino": a name no list knows where someone lives
    return 1 if not tokens[i].possessive and _residence_cue(text, tokens, i, _RESIDENCE_VERBS | _GOING_VERBS) \
        and _unknown_name(tokens[i]) else 0


def _titled_unknown_after_cue(text: str, tokens: Sequence[Token], i: int, listed: bool) -> int:
    """How many capitalised words from ``tokens[i]`` (two at most) no name list knows and English
    hardly uses, said right after "from", "near", "outside" or "around", or listed after a place
    just found ("the road near Castlemilk", "a woman from Gualaceo", "the markets in Burao and
    Yirowe"): where a thing is or comes from, by a capitalised name, is a place; the model misses
    such names as often as not.  A language ("from Wolof"), a public place and a word written in
    capitals (an acronym) are not taken; after "to" or "at" a capitalised name is as often a
    person or a firm, and after "in" a kept name was (:data:`_TITLED_UNKNOWN_CUES`).  Nor a name
    that goes on with a capitalised word ("near Wyandot County", "from Sonatrach Holdings": the
    model and the other rules have the whole) or that the words around name a news outlet
    (:func:`~redactor.detect.outlets.named_as_outlet`; "the reporter from Vozdar":
    :func:`~redactor.detect.outlets.journalist_from`)."""
    if not (listed or tokens[i - 1].lower in _TITLED_UNKNOWN_CUES or _in_after_a_noun(text, tokens, i)
            or _at_after_a_word(text, tokens, i)):
        return 0
    size = 0
    while size < 2 and i + size < len(tokens) and _unknown_titled(tokens[i + size]) \
            and (size == 0 or _joined(text, tokens[i + size - 1], tokens[i + size])):
        size += 1
    after = i + size
    if size and after < len(tokens) and _titled(tokens[after]) and _joined(text, tokens[after - 1], tokens[after]):
        return 0
    if size and (named_as_outlet(text, tokens[i].start, tokens[after - 1].end, organisation=True)
                 or journalist_from(text, tokens[i].start)):
        return 0
    return size


def _at_after_a_word(text: str, tokens: Sequence[Token], i: int) -> bool:
    """``tokens[i]`` comes after "at" said right after a word of the clause (:func:`_in_after_a_noun`)
    that aims at no one (:data:`_AIMED_AT`): "a caravan at Crofty", "the camp at sukute", "the crash
    at rhencullen", "we played at Guča": where the thing or the doing is.  Alone, or after a pause,
    "at" names a time or a feast as often ("at Onam", "yes, at Tet"); after "shouted" or "angry" a
    person ("shouted at Dawit"); before "dot" a mail host ("ana at seznam dot cz"); after a word for
    a job or a person, or a verb of working or studying (:data:`_EMPLOYED_AT`), an employer or a
    school ("the controller at Fintraffic", "she works at Novartis"), which the organisation rules
    and the keep list judge."""
    if not _in_after_a_noun(text, tokens, i, "at") or tokens[i].lower in MONTHS_AND_DAYS \
            or _TIME_NAME.fullmatch(tokens[i].text):
        return False
    if i + 1 < len(tokens) and tokens[i + 1].lower == "dot":
        return False
    before = tokens[i - 2].lower
    forms = (before, *base_forms(before, "verb"))
    return not (any(form in _AIMED_AT or form in _EMPLOYED_AT for form in forms) or _person_or_role_word(before))


def _person_or_role_word(word: str) -> bool:
    """A word for a person, a relative, a job or a kind of firm, one or many ("a girl", "two
    nurses", "the traffic controller", "a cleaning firm"): what follows its "from", "in" or "at"
    is that person's or that firm's, whatever lists know."""
    return _person_word(word) or word in FIRM_KIND_WORDS or any(w in role_words() for w in (word, word.removesuffix("s")))


def _in_after_a_noun(text: str, tokens: Sequence[Token], i: int, preposition: str = "in") -> bool:
    """``tokens[i]`` comes after "in" said right after a word of small letters that is no function
    word ("the hospital in Šempeter", "the camp in Sévaré", "his own van in Drumchapel"): where a
    thing of the clause is.  Not "in" after a pause or a capital ("Yes, in Gerica, that morning":
    a system), nor after a function word ("it was in Starnieuws").  With ``preposition`` "of":
    what a thing is a part, a feature or an office of ("the arena of lunel", "north of kuopio")."""
    if tokens[i - 1].lower != preposition or i < 2 or not _joined(text, tokens[i - 2], tokens[i - 1]):
        return False
    before = tokens[i - 2]
    return before.text.isalpha() and before.text.islower() and before.lower not in FUNCTION_WORDS


def _unknown_titled(token: Token) -> bool:
    """A capitalised word of four letters or more, rare in English (a proper noun's own use
    counts there too: "Drumchapel" 1.6), no given name or surname, no language, no public place,
    no holiday and no month of another calendar ("in Meskerem", "in Muharram", "in Timkat": a
    time, said after "in" as often as a place)."""
    if len(token.text) < _TITLED_UNKNOWN_LETTERS or not _titled(token) or token.possessive \
            or english_zipf(token.text) >= _TITLED_UNKNOWN_ZIPF:
        return False
    folded = fold_place(token.text)
    return default_gazetteer().get(token.folded) is None and folded not in LANGUAGES \
        and folded not in public_places() and not _TIME_NAME.fullmatch(token.text)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words one space apart, on one line, without punctuation between them."""
    gap = text[left.end:right.start]
    return not left.possessive and gap.isspace() and "\n" not in gap


def _wrapped(text: str, cue: Token, word: Token) -> bool:
    """A place cue that ends a line and a word that starts the next, only blanks and one line
    break between them ("she moved out to" / "bilohorivka last year"): a caption wraps its cue's text where its
    width runs out, and no sentence ends on "in", "from" or "near"; a blank line, a speaker's
    mark or a cue's timing between the two is a new turn."""
    gap = text[cue.end:word.start]
    return not cue.possessive and cue.lower in PLACE_CUES and gap.count("\n") == 1 and gap.isspace()


def _place_at(text: str, tokens: Sequence[Token], i: int, settlement: bool) -> int:
    """How many words from ``tokens[i]`` name a place (0: none)."""
    run = [tokens[i]]
    while len(run) < _MAX_WORDS and i + len(run) < len(tokens) and not run[-1].possessive:
        nxt = tokens[i + len(run)]
        if not (nxt.text.islower() and _joined(text, run[-1], nxt)):
            break
        run.append(nxt)
    for size in range(len(run), 0, -1):
        words = run[:size]
        named = size > 1 and _residence_cue(text, tokens, i) and _ends_clause(text, tokens, i + size)
        if _known_small_place(words, settlement, named):
            return size
    return _unknown_run(text, tokens, i) if settlement else 0


def _ends_clause(text: str, tokens: Sequence[Token], after: int) -> bool:
    """The words before ``tokens[after]`` end a phrase: nothing follows on the line, a pause
    does, or "and" / "or" ("she lives in rose hill, by the school", not "in high level talks")."""
    return after >= len(tokens) or tokens[after].lower in _LIST_JOINERS \
        or not _joined(text, tokens[after - 1], tokens[after])


def _unknown_run(text: str, tokens: Sequence[Token], i: int) -> int:
    """How many words from ``tokens[i]`` (two at most, in one case, one space apart) are rare in
    English: after "a village called" or "the school of" they name the place."""
    size = 0
    while size < 2 and i + size < len(tokens) and _unknown_word(tokens[i + size]) \
            and (size == 0 or (_joined(text, tokens[i + size - 1], tokens[i + size])
                               and tokens[i + size].text.islower() == tokens[i].text.islower())):
        size += 1
    return size


def _known_small_place(words: Sequence[Token], settlement: bool, named: bool = False) -> bool:
    """A town or village GeoNames knows, that is no English phrase and (one word, unless a
    settlement word names it) no given name.  Words of a phrase the text says as a name
    (``named``: capitalised each, or said where one lives and ending the clause: "i live in rose
    hill, by the school") may be English words each ("Oak Hill", "south hill")."""
    if words[0].lower in FUNCTION_WORDS or words[-1].lower in FUNCTION_WORDS:
        return False
    if any(w.lower in MONTHS_AND_DAYS for w in words):
        return False
    gram = " ".join(w.text for w in words)
    if len(words) > 1 and names_district_of_region(gram):
        return True  # "North Goa", "south goa"
    if not named and zipf_frequency(gram, "en") >= RARE_WORD_ZIPF:
        return False  # "reading", "mobile", "bath"
    if len(words) == 1 and not settlement:
        info = default_gazetteer().get(words[0].folded)
        if info is not None and info.first:
            return False  # "to marina", "from douglas"
    # captions drop a name's hyphens: "kamianets podilskyi" is GeoNames' "Kamianets-Podilskyi"
    forms = (gram, "-".join(w.text for w in words)) if len(words) > 1 else (gram,)
    for form in forms:
        place = default_places().get(form)
        if place is not None:
            return place.kind == "city"
    return any(fold_place(form) in small_place_names() for form in forms)


def _unknown_word(token: Token) -> bool:
    """A word rare in English and no function word: after "a village called" it is its name."""
    return len(token.text) >= 3 and token.lower not in FUNCTION_WORDS and token.text.replace("-", "").isalpha() \
        and english_zipf(token.text) < RARE_WORD_ZIPF
