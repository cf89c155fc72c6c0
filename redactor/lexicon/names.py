"""Person names: the packaged gazetteer and the English words that show how a name is used.

The gazetteer (``redactor/data/names.tsv.gz``, built by ``tools/build_names.py`` from faker's
locale data) maps a folded name ("nguyen", "bykov", "olena") to whether it is a first name, a
last name or also a place, in how many locales it occurs, and how common it is as an ordinary
English word (wordfreq figures).  The word lists (speech verbs, relations, determiners, function
words, name particles) are the context vocabulary the name recognizer and case restoration read.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from types import MappingProxyType
from typing import NamedTuple

from redactor.lexicon.folding import fold_marks, fold_name
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.tables import FileTable, ReadOnDemand, kept_table, packaged_digest
from redactor.lexicon.titles import KINSHIP_TITLES, KINSHIP_WORDS, NAME_HONORIFICS, TITLES

DATA_FILE = "names.tsv.gz"
INTERNATIONAL_FILE = "international_words.txt.gz"

# A name is also an ordinary English word (Grace, Will, Summer) when wordfreq finds it very
# common, or common and much more frequent in English than in other languages (the people
# called Grace are everywhere; the word grace is English).  Thresholds in Zipf units.
WORD_ZIPF = 4.2
WORD_EXCESS = 0.6
VERY_COMMON_ZIPF = 5.5
# A word-name is taken as a first name before a known name rarer than this ("Will Smith",
# "Grace Kowalczyk"), not before a very common word that is also a surname ("Hope Street").
SURNAME_MAX_ZIPF = 5.0
# A name is a given name rather than a surname when the first-name lists of at least this many
# locales have it, and at least this many times as many as the surname lists ("hassan" 7:3,
# "omar" 18:4; not "ahmed" 8:6, "ali" 12:11); the same ratio the other way makes a surname rather
# than a given name ("chen" 4:1).
GIVEN_NAME_LOCALES = 3
GIVEN_RATHER_THAN_SURNAME = 2

# Given names that are English words, common in Zimbabwe, Zambia, Malawi and Nigeria, that
# faker's name lists lack ("Gift", "Memory", "Knowledge"): known as given names that are also
# words, so only context makes them a person ("my cousin gift", "memory told me"; not "a gift").
WORD_GIVEN_NAMES = frozenset("gift memory knowledge privilege talent beauty favour wisdom".split())
# What the gazetteer knows of one: a given name of one locale, far more English than foreign.
_WORD_GIVEN_NAME_EXCESS = 2.0

# Vocabulary of English context, not names: which words around a token show how it is used.
SPEECH_VERBS = frozenset(
    "said says say told tells asked asks replied replies explained explains added adds "
    "recalled recalls wrote writes texted texts messaged answered answers insisted insists "
    "warned warns admitted admits mentioned mentions whispered shouted claims claimed "
    "remembers remembered thinks thought believes believed knows knew confirmed confirms "
    "denied denies agreed agrees laughed smiled nodded".split()
)
# Verbs whose object is usually a person: "I met Olena", "we called Ivan".
PERSON_VERBS = frozenset(
    "met meet meeting called named married interviewed phoned texted emailed visited told "
    "asked thanked introduced hugged warned contacted ask tell".split()
)
# Things people do, said right after one as the subject: "Emeka came once", "Chidinma posts
# as ...", "Ramesh complained" (a name the model missed, when it is not an English word).
ACTION_VERBS = frozenset(
    "came comes went goes drove drives left leaves arrived arrives stayed stays walked walks ran "
    "runs posts posted worked works lived lives paid pays phoned texted visited joined quit quits "
    "helped helps complained complains cried smiled laughed shouted died disappeared refused "
    "refuses agreed signed brought gave took saw heard wanted tried decided promised used lent lends owed "
    "owes".split()
)
# Words a name is said after when the speaker addresses someone: "Yes, Ahmed.", "Thanks, Oksana?"
VOCATIVE_CUES = frozenset("yes yeah no thanks thank okay ok hi hello hey sorry right well look listen".split())
# Hesitations of speech, which stand between a name and the verb that shows it is one: "then
# Chidi, uh, said nothing", "I asked um Folake".
FILLERS = frozenset("um umm uh uhh uhm er erm ah eh hmm mm".split())
RELATIONS = KINSHIP_TITLES | frozenset(
    "friend friends brother sister colleague colleagues commander cousin wife husband son "
    "daughter neighbour neighbor boss mother father mum mom dad uncle aunt partner fixer "
    "source driver comrade girlfriend boyfriend fiance fiancee nephew niece grandson "
    "granddaughter grandmother grandfather classmate teacher lawyer translator interpreter "
    "contact roommate flatmate deputy medic mate buddy supervisor manager foreman forewoman "
    "landlord landlady employer recruiter handler cellmate bunkmate coworker workmate "
    "guard".split()
)
# Words for a person that a given name follows ("a woman called Nnenna", "a guy named Dmitro"),
# and that bring someone new into a sentence ("Ivan Petrov met a kid. We called him Zubr").
# The words a firm is said by before its name ("a cleaning firm in the old town, brightway home
# care", "the agency is ..."): what a sentence says of a name that makes it a firm's.
FIRM_KIND_WORDS = frozenset("company firm agency contractor subcontractor business supplier cooperative co-operative "
                            "club shop foundation ngo charity outfit".split())

PERSON_NOUNS = RELATIONS | frozenset(
    "man woman men women guy guys girl boy lady kid child person someone somebody bloke fellow "
    "soldier officer volunteer activist student".split()
)
# Jobs and roles a person is named after, set off by commas ("one of the staff nurses on Ward 9,
# Blessing, came out", "the night supervisor, Patience, wrote it down"): the word between the
# commas is that person's name, even one that is also an English word.  Singular forms; a
# plural "s" is read off.
ROLE_NOUNS = PERSON_NOUNS | frozenset("""
nurse midwife doctor matron orderly porter carer caregiver paramedic surgeon pharmacist
driver guard cleaner cook chef waiter waitress supervisor manager boss foreman forewoman
teacher lecturer tutor headteacher headmaster headmistress principal clerk cashier secretary
receptionist caretaker janitor warden gardener housekeeper maid nanny tenant landlord landlady
colleague coworker co-worker neighbour neighbor worker labourer laborer mechanic technician
engineer operator conductor attendant steward stewardess agent dealer vendor seller trader
translator interpreter lawyer solicitor accountant pastor priest imam nun inmate prisoner
detainee cellmate classmate roommate flatmate housemate intern trainee apprentice officer
sergeant corporal captain soldier lieutenant commander guide fixer smuggler recruiter
""".split())
# Determiners: a capitalised word after one is a title or a thing, not a person ("the Rose
# Garden", "a Frank discussion").
DETERMINERS = frozenset(
    "a an the this that these those some any every each no another such what which your its "
    "our their".split()
)
# A word right before a name-like token that shows it is used as an ordinary word:
# "the grace", "a rose", "to be frank", "I will", "last summer", "very frank".
WORD_MARKERS = DETERMINERS | frozenset(
    "be been being i you we they it very so too quite more most less last next early late "
    "mid".split()
)
# Markers that precede ordinary words often but names rarely only when the token is a very
# common word: "to hope", "in may", "of grace", "by will".  ("I spoke to John" stays a name.)
WORD_MARKERS_FOR_WORDS = frozenset("to in on of by for my his her".split())
# English function words: never a name on their own, whatever some locale's list says
# (Chinese "He", Vietnamese "The" fold to these).
FUNCTION_WORDS = frozenset(
    "a an the he she it i you we they me him her us them my your his its our their is am are "
    "was were be been as by no not so do does did to of in on at or and but if for with from "
    "this that these those all any could would should shall might must yes ok okay oh "
    "there here then than when where who what which how why "
    # adverbs and indefinite pronouns a name never is ("who else knows", "nobody else knew")
    "else ever also too very just only still already someone anyone nobody somebody anybody everybody "
    "everyone something anything nothing everything "
    # contractions, whose folded keys are names elsewhere ("I'm" folds to Korean "Im")
    "i'm i've i'll i'd you're you've you'll you'd he'll he'd she'll she'd we're we've we'll we'd "
    "they're they've they'll they'd it'll that'll there'll who'll".split()
)
FUNCTION_WORDS |= frozenset(w.replace("'", "\u2019") for w in FUNCTION_WORDS if "'" in w)
# What may follow "aka" said after a name as an elder brother's honorific ("I asked Aziz aka
# about it", "Aziz aka said"), where "Aziz aka Shaman" is also known as: a function word, a
# preposition or a verb.
NOT_A_NICKNAME = FUNCTION_WORDS | SPEECH_VERBS | PERSON_VERBS | ACTION_VERBS | frozenset(
    "about after before again also too always never".split())
# Vietnamese middle names that are never a given name alone: a name that starts with one
# ("Van Hung", "Thi Hoa") has its surname right before it ("Do Van Hung", "Le Thi Hoa"), whatever
# English word the surname also is.
VIETNAMESE_MIDDLE_NAMES = frozenset("van văn thi thị".split())
# Turkic patronymic words written after the father's name: "Mehmet Ali oğlu", "Aliyev Rashid
# oglu", "Leyla Hasan qizi", "Asan uulu".
PATRONYMIC_WORDS = frozenset("oğlu oglu ogly ohlu kızı kizi qizi gizi kyzy uulu uly".split())
# Words between a person's given name and the father's name (Wikipedia, "Malaysian names" and
# "Singaporean names": "s/o" and "d/o" son and daughter of, Malay "a/l" and "a/p" anak lelaki
# and anak perempuan, "bin", "binti", "bte"; "Iban people": "anak"; "Arabic name": "ibn",
# "bint"): "Suresh s/o Rajendran", "Jabing anak Ngelai".
PATRONYMIC_CONNECTORS = frozenset("s/o d/o a/l a/p anak bin binti bte ibn bint".split())
# What the second source's given names hold that the name lexicon reads as the words around a
# name: a father's name's connector, a kinship word, an honorific, a title ("Yusuf anak ...",
# "didi", "kaka"): as a name of that source alone they would join the words they stand beside.
_NO_SECOND_SOURCE_NAME = PATRONYMIC_CONNECTORS | KINSHIP_WORDS | NAME_HONORIFICS | TITLES
# Lower-case particles inside names: "Juan de la Cruz", "Ahmed bin Salman", "Maria dela Cruz",
# "Ana do Nascimento", "Kees ter Horst", "Siti binti Rahman", "Ibrahim ould Abdallah", Kenyan
# "Kamau wa Njoroge".
PARTICLES = frozenset(
    "de da del della dela delos di dos das do du la le los las van von der den ter ten te zu vom "
    "dei degli delle bin ibn bint binti bte al el abu ould wa".split()
)
# The words of a kunya, an Arabic name by one's child ("Abu Samir", the father of Samir; "Umm
# Karim", the mother of Karim; the Gulf's "Bu Nasser"): the word after them is the child's
# given name, not the person's.
KUNYA_WORDS = frozenset("abu abou umm oum bu".split())
# Particles that are also everyday English words: a name goes on over them only when a
# capitalised word follows ("Ana do Nascimento", not "ask Ana do you know").
ENGLISH_PARTICLES = frozenset("do ten te".split())
# "and" between two surnames of one person (Spanish "García y López", Portuguese "Silva e
# Souza"): part of the name only before a word known as a surname and not a given name, so "Ana
# e Carlos" stays two people.
SURNAME_JOINS = frozenset("y e".split())
# Capitalised words after "Mr"/"Dr" that are offices, not surnames ("Mr President").
NOT_AFTER_TITLE = FUNCTION_WORDS | TITLES | frozenset(
    "president speaker chairman chairwoman chair secretary ambassador mayor governor prime "
    "deputy minister justice".split()
)
# Labels in transcripts that are not people.
SPEAKER_ROLES = frozenset("q a interviewer interviewee reporter journalist speaker host".split()) | frozenset(
    "callsign username nickname alias login".split())  # field names before a colon ("Callsign: Grom")
# A speaker's label that names a role, not a person ("INTERVIEWER", "Q", "SPEAKER_01").
_GENERIC_SPEAKER = re.compile(
    r"^(?:q|a|me|interviewer|interviewee|reporter|journalist|narrator|moderator|host|unknown|"
    r"int|intv|intvw|intvr|ivr|iv|ive|src|resp|rep|jour|jnl|"  # "Int:", "Src:", "Resp:" in notes
    r"translator|interpreter|source|speaker(?:[\s_-]*[a-z0-9]+)?|voice|unidentified|both|all)$",
    re.IGNORECASE,
)


def is_generic_speaker(name: str) -> bool:
    """Whether a speaker's label is a role ("Reporter", "Q", "Speaker 2"), not a name."""
    return bool(_GENERIC_SPEAKER.match(name.strip()))


# A transcriber's code for a voice: one letter, or a letter or three and a number ("R", "S1",
# "sp_2", "P-3").  Not a name written with a number ("Dara2": four letters or more).
_CODED_SPEAKER = re.compile(r"^(?:[^\W\d_]|[^\W\d_]{1,3}[\s_-]?\d{1,2})$")


def is_coded_speaker(name: str) -> bool:
    """Whether a speaker's field holds a code for the voice ("S2", "N"), not a name."""
    return bool(_CODED_SPEAKER.match(name.strip()))


def names_no_speaker(name: str) -> bool:
    """Whether a speaker's field or voice tag names no one: a role ("Interviewer") or a
    transcriber's code for the voice ("S2")."""
    return is_generic_speaker(name) or is_coded_speaker(name)


# East Slavic patronymics, which no name list holds: "Mykolayovych", "Petrovna", "Ilyich",
# Belarusian "Aliaksandravich", "Mikalaeŭna".  A stem of three letters or more before the ending.
_PATRONYMIC = re.compile(r"[^\W\d_]{3,}(?:ovych|evych|ovich|evich|avich|yevich|ovna|evna|ivna|avna|aŭna|eŭna|ichna|inichna|ilyich)")


def is_patronymic(word: str) -> bool:
    """``word`` ends as an East Slavic patronymic does ("Ivanovych", "Sergeevna")."""
    return _PATRONYMIC.fullmatch(fold_name(word)) is not None


# A short syllable said twice, the way nicknames are made in the Philippines and elsewhere
# ("Bong-Bong", "Jun-Jun", "len-len", "Tintin"): a name where context expects one.  Not the
# reduplicated words of English and of speech everywhere ("bye-bye", "so-so", "no-no"), nor a
# half that is a function word.
_REDUPLICATED = re.compile(r"([^\W\d_]{2,4})-?(\1)", re.IGNORECASE)
REDUPLICATED_WORDS = frozenset("""
bye-bye so-so no-no tut-tut boo-boo choo-choo yo-yo tom-tom pom-pom hush-hush ha-ha he-he hee-hee
ho-ho la-la ta-ta aye-aye chop-chop dum-dum bon-bon go-go cha-cha din-din wee-wee pee-pee poo-poo
mm-mm uh-uh hm-hm tsk-tsk bang-bang boom-boom hip-hip chin-chin bla-bla blah-blah yada-yada
quack-quack woof-woof baa-baa moo-moo beep-beep honk-honk tam-tam mai-mai bora-bora pago-pago
walla-walla baden-baden mahi-mahi kai-kai tutu tsetse bonbon couscous dodo papa mama nana dada
gaga booboo yoyo tomtom pompom chacha dudu juju kiki lulu mimi muumuu pawpaw tartar murmur cancan
bulbul chichi froufrou beriberi dumdum gogo bibi baba
""".split())
# A word said twice and joined this common in English is a word ("murmur"), not a nickname.
_REDUPLICATED_WORD_ZIPF = 3.0


def reduplicated_half(word: str) -> str:
    """The syllable a nickname-shaped ``word`` says twice ("Jun-Jun", "tintin" → "jun", "tin"),
    or "" when it is not one: halves of two to four letters, joined or by a hyphen, no
    reduplicated word of English or speech, no function word twice ("no-no")."""
    match = _REDUPLICATED.fullmatch(word)
    if match is None:
        return ""
    half = match.group(1).casefold()
    if word.casefold() in REDUPLICATED_WORDS or half in FUNCTION_WORDS or half in FILLERS:
        return ""
    if "-" not in word and (len(half) < 3 or zipf_frequency(word.casefold(), "en") >= _REDUPLICATED_WORD_ZIPF):
        return ""  # "mimi", "lala", "coco" joined are names or words of their own
    return half


# One romanised syllable of a Korean or Chinese given name: an onset, a vowel or a glide and a
# vowel, a final ("seo", "yeon", "ji", "hoon", "hye", "xiao", "ming").
_SYLLABLE = re.compile(r"(?:ch|sh|zh|ts|jj|kk|pp|ss|tt|[bcdfghjklmnpqrstwxyz])?(?:[aeiou]|[wy][aeiou]|[aeiou]{2,3}|[wy][aeiou]{2})"
                       r"(?:ng|[nmklpt])?")


def given_syllables(word: str) -> bool:
    """Whether lower-case ``word`` is two romanised syllables joined by a hyphen ("seo-yeon",
    "min-jun"; not "follow-up", "part-time", "t-shirt", "so-so"), no English dictionary word
    ("co-op", "hip-hop")."""
    parts = word.split("-")
    return (len(parts) == 2 and word.islower() and parts[0] != parts[1]
            and all(_SYLLABLE.fullmatch(part) for part in parts) and not _dictionary_word(word))


def _dictionary_word(word: str) -> bool:
    from redactor.lexicon.dictionary import is_dictionary_word  # reads the model's tables when first asked

    return is_dictionary_word(word)


class NameInfo(NamedTuple):
    """What the gazetteer knows about one folded name (a tuple: there are 80,000 of them)."""

    first: bool
    last: bool
    place: bool
    locales: int
    zipf: float  # wordfreq Zipf frequency in English (0 = unknown)
    excess: float  # English Zipf minus the median over other languages
    # For a name both a first and a last name: in how many locales it is each (0 = not told).
    first_locales: int = 0
    last_locales: int = 0
    # Known only from the second source's given names ("G" in the file's flags): seen by the
    # name recognizer alone (:func:`finder_gazetteer`).
    second_source: bool = False

    @property
    def is_word(self) -> bool:
        """Also an ordinary English word, so capitals or context must show it is a name."""
        return self.zipf >= VERY_COMMON_ZIPF or (
            self.zipf >= WORD_ZIPF and self.excess >= WORD_EXCESS
        )

    @property
    def is_name_not_word(self) -> bool:
        """A given name or a surname that is not also an ordinary English word."""
        return bool(self.first or self.last) and not self.is_word

    @property
    def is_given_rather_than_surname(self) -> bool:
        """A given name in the lists of several locales that none of them, or at most half as
        many, give as a surname: "hassan" (7 and 3: a surname only where names are
        patronymic), "arun"; not "ahmed" (8 and 6) or "kamau", and not a name known in only one
        or two locales ("aydin"), whose absence from the surname lists tells little."""
        firsts = self.first_locales if self.last else self.locales
        if not self.first or firsts < GIVEN_NAME_LOCALES:
            return False
        return not self.last or firsts >= GIVEN_RATHER_THAN_SURNAME * self.last_locales

    @property
    def is_surname_rather_than_given(self) -> bool:
        """A surname that no first-name list, or lists in at most half as many locales, give
        as a given name: "nguyen", "wang", "chen" (4 and 1); not "kim" or "lin"."""
        if not self.last:
            return False
        return not self.first or self.last_locales >= GIVEN_RATHER_THAN_SURNAME * self.first_locales > 0


def _info(fields: str) -> NameInfo:
    """A gazetteer line's fields after the name: flags, locales, zipf and excess (tenths), and
    the first- and last-name locales of a name that is both."""
    parts = fields.split("\t")
    parts += ["0"] * (6 - len(parts))
    flags, locales, zipf, excess, first_locales, last_locales = parts[:6]
    return NameInfo(first="F" in flags, last="L" in flags, place="P" in flags, locales=int(locales),
                    zipf=int(zipf) / 10, excess=int(excess) / 10, first_locales=int(first_locales),
                    last_locales=int(last_locales), second_source="G" in flags)


class NameGazetteer:
    """Read-only mapping folded name -> :class:`NameInfo`; build with :meth:`load`.  Names of
    the second source only (:attr:`NameInfo.second_source`) are seen when ``second_source``."""

    def __init__(self, entries: Mapping[str, NameInfo], second_source: bool = False) -> None:
        self._entries: Mapping[str, NameInfo] = (
            entries if isinstance(entries, (ReadOnDemand, FileTable)) else MappingProxyType(dict(entries)))
        self.second_source = second_source

    @classmethod
    def load(cls, lines: Sequence[str] | None = None) -> NameGazetteer:
        """Parse gazetteer lines (tab-separated, ``#`` comments); by default the packaged file."""
        if lines is None:
            lines = _packaged_lines(resources.files("redactor.data").joinpath(DATA_FILE).read_bytes())
        return cls(ReadOnDemand(_rows(lines), _info))  # a line parsed when its name is first looked up

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, folded: object) -> bool:
        return isinstance(folded, str) and self.get(folded) is not None

    def get(self, folded: str) -> NameInfo | None:
        """Entry for an already folded name, or None."""
        info = self._entries.get(folded)
        if info is None or not info.second_source:
            return info
        return info if self.second_source and folded not in _NO_SECOND_SOURCE_NAME else None

    def lookup(self, word: str) -> NameInfo | None:
        """Entry for a word as written ("Nguyễn", "al-Rashid"), or None.

        A hyphenated word not known whole is looked up by its last part, so "al-Rashid" finds
        "rashid"; a possessive "'s" must already be removed.
        """
        folded = fold_name(word)
        info = self.get(folded)
        if info is None and "-" in folded:
            info = self.get(folded.rsplit("-", 1)[1])
        if info is None and folded in WORD_GIVEN_NAMES:
            return _word_given_name(folded)
        return info


@functools.cache
def _word_given_name(folded: str) -> NameInfo:
    """The gazetteer's entry for one of :data:`WORD_GIVEN_NAMES`: a given name and a word."""
    return NameInfo(first=True, last=False, place=False, locales=1, zipf=zipf_frequency(folded, "en"),
                    excess=_WORD_GIVEN_NAME_EXCESS)


def _packaged_lines(data: bytes) -> list[str]:
    return gzip.decompress(data).decode("utf-8").splitlines()


def _rows(lines: Sequence[str]) -> dict[str, str]:
    """Folded name -> the fields after it, of gazetteer lines."""
    entries: dict[str, str] = {}
    for line in lines:
        if line and not line.startswith("#"):
            name, _, fields = line.partition("\t")
            entries[name] = fields
    return entries


def _info_of_row(row: bytes) -> NameInfo:
    return _info(row.decode("utf-8"))


@functools.cache
def default_gazetteer() -> NameGazetteer:
    """The packaged gazetteer without the second source's given names (what filters, case
    restoration and resolution ask: whether a list knows a word), opened once per process."""
    return NameGazetteer(_packaged_table())


@functools.cache
def finder_gazetteer() -> NameGazetteer:
    """The packaged gazetteer with the second source's given names ("Maxamed", "Nevzat",
    "Pravin"): what the name recognizer looks names up in, where context decides."""
    return NameGazetteer(_packaged_table(), second_source=True)


@functools.cache
def _packaged_table() -> Mapping[str, NameInfo]:
    """The packaged file's rows, opened once per process (they are immutable) from the table
    kept in the user's cache folder (``kept_table``: nothing is read until a name is looked
    up), made from the packaged file once per machine."""
    def rows() -> dict[str, bytes]:
        data = resources.files("redactor.data").joinpath(DATA_FILE).read_bytes()
        return {name: fields.encode("utf-8") for name, fields in _rows(_packaged_lines(data)).items()}

    return kept_table("names", __file__, (packaged_digest(DATA_FILE),), rows, _info_of_row,
                      "redactor.lexicon.names:default_gazetteer")


@functools.cache
def international_words() -> frozenset[str]:
    """Lower-case words about as frequent in other languages as in English ("lenin", "picasso",
    "mandela"): in a caption mostly proper nouns, although wordfreq counts them as common
    English.  Built by ``tools/build_international_words.py``; read once per process."""
    raw = resources.files("redactor.data").joinpath(INTERNATIONAL_FILE).read_bytes()
    return frozenset(line for line in gzip.decompress(raw).decode("utf-8").splitlines()
                     if line and not line.startswith("#"))


MOBILE_OPERATORS_FILE = "mobile_operators.txt"


@functools.cache
def mobile_operators() -> frozenset[str]:
    """The world's telephone operators' names, case folded ("korek", "tigo", "lao telecom"), from
    libphonenumber's carrier data (``tools/build_mobile_operators.py``); read once per process."""
    return frozenset(name.casefold() for name in _operator_names())


@functools.cache
def _operator_names() -> tuple[str, ...]:
    """The names of ``MOBILE_OPERATORS_FILE`` as written there."""
    raw = resources.files("redactor.data").joinpath(MOBILE_OPERATORS_FILE).read_text(encoding="utf-8")
    return tuple(line for line in raw.splitlines() if line and not line.startswith("#"))


def operator_key(name: str) -> str:
    """An operator's name as :func:`mobile_operator_forms` holds it: case folded, without
    accents, hyphens or spaces ("Al-Madar" and "almadar", "Síminn" and "siminn" are one)."""
    return re.sub(r"[\s'’.-]+", "", fold_marks(name.casefold()))


# The legal forms after an operator's name in the carrier data ("Twilio Ireland Limited").
_LEGAL_FORMS = frozenset("ltd limited plc sa s.a. inc corp co ag gmbh llc bv nv spa sarl".split())
# A first word rarer than this in English is the operator's own name ("Cooltel" of "COOLTEL APS").
_OPERATOR_WORD_ZIPF = 3.0


@functools.cache
def mobile_operator_forms() -> frozenset[str]:
    """The operators' names (:func:`mobile_operators`) by :func:`operator_key`, with the short
    forms people say them by, made from the carrier data's names alone: the first word of a name
    whose other words are capitals or a legal form, when that word is no everyday English word
    ("Cooltel" of "COOLTEL APS"), and the initials of a name of three capitalised words or more
    ("LTT" of "Libya Telecom & Technology")."""
    forms = set()
    for name in _operator_names():
        forms.add(operator_key(name))
        words = name.split()
        if len(words) < 2:
            continue
        first, rest = words[0], words[1:]
        if all(w.casefold() in _LEGAL_FORMS or w.isupper() for w in rest) and len(first) >= 4 and first.isalpha() \
                and zipf_frequency(first.casefold(), "en") < _OPERATOR_WORD_ZIPF:
            forms.add(operator_key(first))
        capitalised = [w for w in words if w not in {"of", "de", "du", "and", "&"}]
        initials = "".join(w[0] for w in capitalised).casefold()
        if len(capitalised) >= 3 and all(w[:1].isupper() for w in capitalised) and initials.isalpha() \
                and zipf_frequency(initials, "en") < _OPERATOR_WORD_ZIPF:
            forms.add(initials)
    return frozenset(forms)


# Pet forms made from a given name's first letters, as people shorten names in every language
# the lists cannot hold them all: the start alone ("Teo" of Teodora, "Kof" of Kofi, "Dawi" of
# Dawit), the start and a diminutive ending ("Rosie" of Rosalind, "Mesi" of Meskerem, "Kwabs"
# of Kwabena, "Bernie" of Bernadine; Baltic "-as" and Slavic and Central Asian "-ya", "Rimas" of
# Rimantas, "Zulya" of Zulfiya; Amharic "-u", "Mesu" of Mesfin), or its first syllable said
# twice ("Jojo" of Josephina).
_PET_ENDINGS = ("ie", "ey", "i", "y", "o", "s", "as", "ya", "u")
# Letters a pet form keeps of the name's start, at least.
_PET_STEM = 3
# What a woman's name adds to a man's ("Ivana" of Ivan, "Paulina" of Paul, "Daniela" of Dan):
# the man's name is no short form of hers.
_FEMININE_ADDITIONS = ("a", "ia", "ina", "ine", "iela", "ela", "ka", "na", "ette", "elle", "ella", "ita")


# What a family name made from a given name adds to it ("Magomedov" of Magomed, "Petrenko" of
# Petro, "Davitashvili" of Davit, "Petrović" of Petar's "Petr-"): the name is no longer form of
# the given name, and the given name no short form of it.
_FAMILY_SUFFIXES = frozenset(
    "ov ova ev eva ovich evich ovna evna in ina enko ko uk yuk chuk ych ich ovic evic ic yan ian "
    "dze shvili ashvili escu eanu oglu ogullari ski ska sky son sen sson".split())


def family_name_of(given: str, name: str) -> bool:
    """Whether folded ``name`` is folded ``given`` with a family name's suffix ("magomedov" of
    "magomed", "davitashvili" of "davit"): a surname made from the given name, another word."""
    return name.startswith(given) and name[len(given):] in _FAMILY_SUFFIXES


def pet_form_of(short: str, full: str) -> bool:
    """Whether folded word ``short`` is a pet form of the folded given name ``full`` made from
    its first letters (see ``_PET_ENDINGS``): shorter than it, at least three letters of its
    start kept, and not the man's name a woman's name is made from ("ivan" of "ivana")."""
    if not _PET_STEM <= len(short) < len(full) or not short.isalpha():
        return False
    if full.startswith(short):
        return full[len(short):] not in _FEMININE_ADDITIONS and not family_name_of(short, full)
    half = len(short) // 2
    if len(short) in (4, 6) and short[:half] == short[half:]:
        return full.startswith(short[:half]) and short not in REDUPLICATED_WORDS
    return any(short.endswith(ending) and len(short) - len(ending) >= _PET_STEM
               and full.startswith(short[:-len(ending)]) for ending in _PET_ENDINGS)


# A surname cut short as a nickname keeps at least this many letters and leaves out two or
# more ("cris" of Cristea, "pârvu" of Pârvulescu).
_CLIPPED_SURNAME = 4


def clipped_surname_of(short: str, full: str) -> bool:
    """Whether folded word ``short`` is the folded surname ``full`` cut to its start, not the
    given name the surname is made from ("magomed" of Magomedov: ``family_name_of``)."""
    return (len(short) >= _CLIPPED_SURNAME and len(full) - len(short) >= 2 and full.startswith(short)
            and not family_name_of(short, full))


# Surname endings strong enough to show a word no list holds is a family name, wherever it is
# said: Romanian -escu/-eanu, South Slavic -ović/-ević, Ukrainian -enko, Georgian -shvili/-dze,
# Armenian -yan, Turkish -oğlu, Russian and Bulgarian -ov/-ova/-ev/-eva, Polish -ski/-ska/-sky,
# Greek -poulos/-poulou/-akis, Kazakh and Kyrgyz -uly/-kyzy/-uulu, Uzbek -qizi, Tajik -zoda,
# Russian -skiy and the patronymics -ovich/-evich/-ovna/-evna ("ionescu", "petrović",
# "hovhannisyan", "kowalska", "nurlanuly", "tursunzoda").  Matched on the folded word, with a stem
# of three letters or more before the ending ("-fuly" is a misspelt adverb: "hopefuly").
_SURNAME_ENDING = re.compile(
    r"[a-z]{3,}(?:escu|eanu|ovic|evic|enko|shvili|dze|yan|oglu|ogullari|ova|ov|eva|ev|ski|ska|sky"
    r"|opoulos|poulou|akis|idis|(?<![fj])uly|kyzy|kizi|qizi|uulu|zoda|skiy|ovich|evich|ovna|evna)")
# Rarer in English than this (Zipf): no dictionary word ("improv", "geneva" aside, by place).
_SURNAME_SHAPED_ZIPF = 2.5


def surname_shaped(word: str) -> bool:
    """Whether ``word`` ends as a family name of one of the languages above does and is no
    English word (``_SURNAME_SHAPED_ZIPF``); whether it is a place is the caller's to ask."""
    folded = fold_name(word)
    return (folded.isalpha() and _SURNAME_ENDING.fullmatch(folded) is not None
            and folded not in FUNCTION_WORDS and zipf_frequency(folded, "en") < _SURNAME_SHAPED_ZIPF)
