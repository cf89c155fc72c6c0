"""Identifiers said aloud in automatic transcripts, and how well they are found.

Speech recognition writes what was said, so a source's details reach the transcript as words:
"jan dot novak at proton dot me", "zero six one two, three four, double five", "that's
K-O-V-A-C", "my handle is at jan underscore novak".  Typed-text detectors miss all of these.
This module owns four Presidio recognizers for them: :class:`SpokenContactRecognizer` (EMAIL,
URL, HANDLE), :class:`SpokenNumberRecognizer` (PHONE, ID_NUMBER, VEHICLE_PLATE),
:class:`SpelledOutRecognizer` (PERSON, ID_NUMBER, VEHICLE_PLATE) and
:class:`UnclassifiedIdRecognizer` (UNKNOWN_ID at a low score, for a second look).  Each compiles
one tokenizer pattern when it is built; the tokenizer turns the text into one class letter per
token, and one grammar pattern over that string of letters is the state machine that finds the
spoken forms, so a word list costs one dictionary lookup per token however long it is.  Every
result carries ``redactor_key``, the value written as it would be typed ("jan.novak@proton.me",
the digits of a phone, "kovac"), so a detail spoken in one interview and typed in another gets
one pseudonym.  :func:`score_spoken_set` measures recall and precision per entity type on a set
of transcripts with expected findings; the tests and the benchmark share it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from anyascii import anyascii
from presidio_analyzer import LocalRecognizer, RecognizerResult

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts


# ----------------------------------------------------------------------------- shared vocabulary

_UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
_TEEN_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
               "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
               "seventy": 70, "eighty": 80, "ninety": 90}
_ZERO_WORDS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0}

_NATO = {
    "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
    "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
    "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
    "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
    "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x", "yankee": "y", "zulu": "z",
}

# Top-level and common second-level domains as they are said.  Words that are everyday English
# ("it", "in", "to", "no", "be", "at", "is", "so") are left out: "a red dot in the corner" must
# not become a web address.
_TLDS = frozenset("""
com org net edu gov mil int info biz io me us eu uk co ru ua pl de fr cz sk by kz lt lv ee ge
md am az ca au nz tv app dev news media online site xyz ch nl se dk fi es pt ro hu bg hr rs si
gr tr il jp cn ir su ai ly fm gg ac gov mobi pro name blog tech live store world
""".split())

# Words that are never part of a dictated address or handle: function words, discourse words
# and the verbs and nouns that introduce an address ("send it to …", "my email is …").
_STOP = frozenset("""
a an the and or but if then so because as of to in on at by for with from into onto about over
under up down out off than i me my mine we us our ours you your yours he him his she her hers
it its they them their theirs this that these those there here is am are was were be been
being do does did done have has had having will would can could should shall may might must
not no yes yeah yep nope ok okay oh uh um uhm er erm ah hmm mhm like just well right really very
also too what who whom which where when why how all any some each every both either neither
it's that's there's he's she's i'm you're we're they're i'll you'll we'll don't didn't can't
won't isn't wasn't let's here's what's who's i've you've we've
email e-mail emails address write wrote written send sent sending reach contact message
messages text texted call called drop find found try tried use used type typed say said
spell spelled spelt got get give gave take took put tell told know knew think thought mean
see saw look looked go went come came want wanted need needed please thanks thank sure
write message account page site website link channel profile old new own real main
work works worked working live lives lived living stay stays stayed staying study studies
studied studying teach teaches taught met meet meets meeting arrive arrived arrives left
based employed hired intern interned volunteer volunteers volunteered job jobs shop shopped
buy bought sell sells sold order ordered register registered signed logged posted published
read reads look looks looked looking stare stared point pointed aim aimed shot fired laugh
laughed smile smiled sat sit sits stood stand stands waited wait waits slept sleep born died
anyone someone everyone nobody people guys folks him
uses prefers says likes wants needs gives sends gets writes tells asks tries goes comes
""".split())

# Words that say the next thing is a handle on some service.
_HANDLE_CUES = frozenset("""
handle username usernames nickname nick telegram instagram insta twitter tiktok signal skype
threads facebook discord snapchat mastodon bluesky youtube twitch reddit github linkedin
""".split())

# Context words that say what a spoken number is.  Specific cues decide the type; the generic
# "number" only says it is some number worth keeping (a phone, unless a specific cue is nearer).
_ID_CUES = frozenset("""
account passport id identification card badge serial licence license registration reference
membership pin code tax insurance social personnel policy customer contract iban sort
""".split())
_PLATE_CUES = frozenset("plate plates numberplate reg".split())
_PHONE_CUES = frozenset("""
phone telephone mobile cell cellphone whatsapp viber signal telegram ring dial call calling
text texting reach landline hotline
""".split())
_GENERIC_NUMBER_CUES = frozenset({"number", "numbers", "digits"})
_VEHICLES = frozenset({"vehicle", "car", "truck", "van", "lorry", "tank", "jeep", "minibus"})
# Numbers said after these are amounts, scores or measures ("prices were nine ninety-nine, …").
_AMOUNT_CUES = frozenset("""
price prices cost costs paid pay pays dollars dollar euros euro pounds hryvnias hryvnia rubles
roubles zloty bucks cents percent score scores temperature degrees kilometres kilometers miles
metres meters kilos kilograms tons tonnes
""".split())
_DIALLING = frozenset({"area", "country", "dialling", "dialing", "dial", "city"})

# Letters-only sequences that are organisations or common abbreviations, not spelled names.
_ACRONYMS = frozenset("""
abc bbc cnn fbi cia kgb fsb gru sbu gur nsa usa uk eu un nato ussr ngo ceo cfo atm dna pdf
gps usb tv vip diy faq asap rip omg lol ok nhs osce unhcr unicef who imf wto nasa esa idf
ira isis ied rpg apc mp bmp btr bbq ufo dj mc pr hr it ai vpn sim id
lgbt lgbtq lgbtqi lgbtqia himars icrc ohchr fifa uefa ussr dprk nkvd kgb omon zsu
www http https
""".split())


class _Tok(NamedTuple):
    """One token: its span, its class letter for the grammar, its text."""

    start: int
    end: int
    cls: str
    text: str


def _words(*words: str) -> str:
    """An alternation of whole words, longest first so "fourteen" is not read as "four"."""
    ordered = sorted(set(words), key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + r")\b"


def _compile_tokenizer(parts: Sequence[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in parts), re.IGNORECASE)


def _tokenize(pattern: re.Pattern[str], text: str, classify) -> tuple[list[_Tok], str]:
    """Tokens of ``text`` and the string of their class letters (same index)."""
    tokens = [classify(m.lastgroup, m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    return tokens, "".join(t.cls for t in tokens)


_COMPOUND_TENS = (
    r"\b(?:" + "|".join(_TENS_WORDS) + r")(?:[\s-]+(?:" + "|".join(_UNIT_WORDS) + r"))?\b"
)
_SPLIT = re.compile(r"[\s-]+")


def _number_value(text: str) -> str:
    """Digits of one number token: "forty-eight" → "48", "seven" → "7", "0612" → "0612"."""
    lowered = text.lower()
    if lowered.isdigit():
        return lowered
    words = _SPLIT.split(lowered)
    if len(words) == 2 and words[0] in _TENS_WORDS and words[1] in _UNIT_WORDS:
        return str(_TENS_WORDS[words[0]] + _UNIT_WORDS[words[1]])
    word = words[0]
    for table in (_UNIT_WORDS, _TEEN_WORDS, _TENS_WORDS, _ZERO_WORDS):
        if word in table:
            return str(table[word])
    return ""


def _fold(text: str) -> str:
    return anyascii(text).lower()


def _digits_key(digits: str) -> str:
    # The grouping stage keys a typed phone or ID number on its last nine digits, so that
    # "+48 601 …" and "0048 601 …" are one number; a spoken one must get the same key.
    return digits[-9:] if len(digits) >= 5 else digits


def _context_words(tokens: Sequence[_Tok], index: int, window: int, word_cls: str) -> list[str]:
    """Lower-cased word tokens just before ``tokens[index]``, nearest first."""
    found: list[str] = []
    i = index - 1
    # Bounded, so a long run of non-words costs no more than a short one.
    stop = max(-1, index - 4 * window - 1)
    while i > stop and len(found) < window:
        if tokens[i].cls in word_cls:
            found.append(tokens[i].text.lower())
        i -= 1
    return found


def _number_kind(context: Sequence[str]) -> str:
    """"plate", "id", "phone", "amount" or "" from the nearest specific cue; the generic
    "number" counts as phone."""
    for i, word in enumerate(context):
        if word == "code" and i + 1 < len(context) and context[i + 1] in _DIALLING:
            return "phone"  # "area code", "country code"
        if word == "number" and i + 1 < len(context) and context[i + 1] in _VEHICLES:
            return "plate"  # "the vehicle number", "the car number"
        if word in _PLATE_CUES:
            return "plate"
        if word in _ID_CUES:
            return "id"
        if word in _PHONE_CUES:
            return "phone"
        if word in _AMOUNT_CUES:
            return "amount"
    return "phone" if any(w in _GENERIC_NUMBER_CUES for w in context) else ""


class _ResultMaker:
    """Builds results with the metadata every redactor detector carries.

    The identifier must be the recognizer's Presidio ``id``: the analyzer hands each result back
    to the recognizer with that id for context enhancement and drops results it cannot match.
    """

    def __init__(self, name: str, identifier: str) -> None:
        self.name = name
        self.identifier = identifier

    def __call__(self, entity: str, start: int, end: int, score: float, key: str) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity, start=start, end=end, score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.identifier,
                # Scores here already weigh the context words; Presidio must not add to them.
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                "redactor_key": key,
            },
        )


def _wanted(entities: Sequence[str] | None, supported: Sequence[str]) -> frozenset[str]:
    if not entities:
        return frozenset(supported)
    return frozenset(entities) & frozenset(supported)


# ------------------------------------------------------------------------------------ contacts

# Class letters of the contact tokenizer:
#   A "at sign", "at symbol", "@"   a "at"            M "all one word", "no spaces"
#   V "w w w"                       P "h t t p s colon slash slash"   / "slash"
#   D "dot"  U "underscore"  H "dash", "hyphen"     W written part "jan.novak"  Q "gmail.com"
#   T top-level domain that can also be a name part  t top-level domain only ("me", "us")
#   N number word or digits         C handle cue ("telegram")  L other word  x stop word
#   , comma                          . other punctuation
_CONTACT_PARTS = (
    ("at_strong", r"\bat[\s-]+(?:sign|symbol)\b|\bat\s+the\s+rate(?:\s+of)?\b|\bat\s+character\b|@"),
    ("marker", r"\ball\s+(?:in\s+)?one\s+word\b|\b(?:with\s+)?no\s+spaces?\b|\bone\s+word\b"
               r"|\ball\s+(?:lower\s*case|small\s+letters)\b"),
    ("www", r"\bw\s+w\s+w\b|\bwww\b|\btriple\s+w\b|\bdouble\s*u\s+double\s*u\s+double\s*u\b"),
    ("proto", r"\bh\s*t\s*t\s*p\s*s?\s*(?:colon\s+)?(?:(?:forward\s+)?slash\s*){2}"
              r"|\bhttps?\s+colon\s+(?:(?:forward\s+)?slash\s*){2}"),
    ("slash", r"\b(?:forward\s+)?slash\b|/"),
    ("at", r"\bat\b"),
    ("dot", r"\b(?:dot|period)\b"),
    ("underscore", r"\bunder\s*score\b|\blow\s+dash\b"),
    ("dash", r"\b(?:dash|hyphen)\b"),
    ("tens", _COMPOUND_TENS),
    ("written", r"[^\W_]+(?:[._-][^\W_]+)+"),
    ("word", r"[^\W_]+(?:['’][^\W_]+)?"),
    ("comma", r","),
    ("punct", r"[^\s\w]|_"),
)
_CONTACT_FIXED = {"at_strong": "A", "marker": "M", "www": "V", "proto": "P", "slash": "/",
                  "at": "a", "dot": "D", "underscore": "U", "dash": "H", "tens": "N",
                  "comma": ",", "punct": "."}
_NUMBER_WORDS = frozenset(_UNIT_WORDS) | frozenset(_TEEN_WORDS) | frozenset(_TENS_WORDS) | {"zero"}

_LW = "[LTNWC]"  # a word that can be part of a local part, a domain label or a handle
# Repetitions are bounded: unbounded ones made "jan dot jan dot …" quadratic (every start
# scanned to the end of the run looking for a top-level domain).
_LABEL = rf"{_LW}(?:H{_LW}){{0,7}}"
_HOST = rf"{_LABEL}(?:D{_LABEL}){{0,7}}D[Tt](?:D[Tt])?"
_CONTACT_GRAMMAR = (
    # e-mail: local part, "at", domain ending in a known top-level domain
    rf"(?P<email>(?P<local>{_LW}(?:[UHD]?{_LW}){{0,7}}(?:,?M)?),?[aA],?"
    rf"(?P<domain>{_LW}{{0,2}}{_HOST}|Q))"
    # web address: optional protocol and "w w w dot", host, optional "slash" path
    rf"|(?P<url>P?(?:VD)?(?:{_LW}?{_HOST}|Q)(?:/{_LW}(?:[HUD]?{_LW}){{0,7}}){{0,7}})"
    # handle: after a cue ("my telegram is at …"), with an underscore, or after "at sign"
    # Each handle form is taken whole (the lookaheads stop a shorter match), and an "at" after
    # it makes it the local part of an e-mail address, found from its own start instead.
    rf"|(?P<handle>(?P<cue>C[xC]{{0,3}},?)[aA]?,?{_LW}(?:[HDU]?{_LW}){{0,7}}(?:,?M)?(?![HDU]?{_LW}|M|,?[aA])"
    rf"|[aA]?,?{_LW}(?:[HD]{_LW}){{0,7}}U{_LW}(?:[HDU]{_LW}){{0,7}}(?![HDU]{_LW}|,?[aA])"
    rf"|A,?{_LW}(?:[HDU]{_LW}){{0,7}}(?![HDU]{_LW}|,?[aA]))"
)
_CONTENT = frozenset("LTtNWCQ")
_SEPARATORS = {"D": ".", "U": "_", "H": "-", "/": "/", "A": "@", "a": "@"}


def _joined(a: _Tok, b: _Tok) -> bool:
    """True when two content tokens stand side by side with nothing said between them."""
    return a.cls in _CONTENT and b.cls in _CONTENT and not (a.cls == "N" and b.cls == "N")


class _SpokenRecognizer(LocalRecognizer):
    """What the spoken-form recognizers share: their entities, and a token grammar (``PARTS``,
    a tokenizer's named alternatives; ``GRAMMAR``, a pattern over the token classes) compiled
    once, when Presidio loads the recognizer."""

    ENTITIES: tuple[str, ...] = ()
    PARTS: Sequence[tuple[str, str]] = ()
    GRAMMAR = ""

    def __init__(self, supported_language: str = "en", name: str | None = None) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), name=name,
                         supported_language=supported_language)

    def load(self) -> None:
        if self.PARTS:
            self._tokenizer = _compile_tokenizer(self.PARTS)
            self._grammar = re.compile(self.GRAMMAR)
        self._make = _ResultMaker(self.name, self.id)


class SpokenContactRecognizer(_SpokenRecognizer):
    """E-mail addresses, web addresses and handles as dictated.

    "jan dot novak at proton dot me", "jan.novak at gmail dot com", "j underscore novak",
    "w w w dot example dot org", "example dot com slash tips", "my handle is at jan underscore
    novak".  An e-mail or web address needs a known top-level domain after a spoken or written
    dot, so "at home", "look at that dot" and "at the end" are not found.  Words said side by
    side are joined without a separator ("jan novak at …" is "jannovak@…"): in a local part at
    most two (more when the speaker says "all one word"), and the words nearest "at" are kept,
    since a verb or a function word before them ends the address; in a domain up to three
    before the first dot ("at free press lab dot org"); in a web address two; a handle without
    "all one word" ends at the first pair.  The whole spoken span is one result
    and ``redactor_key`` is the address as typed ("jan.novak@proton.me", "@jan_novak",
    "www.example.org/tips").  Fully written addresses are left to the typed-text detectors.
    """

    ENTITIES = ("EMAIL", "URL", "HANDLE")
    SCORE_EMAIL = 0.8
    SCORE_EMAIL_JOINED = 0.65
    SCORE_URL = 0.7
    SCORE_URL_BARE = 0.6
    SCORE_URL_JOINED = 0.55
    SCORE_HANDLE = 0.75
    SCORE_HANDLE_CUE = 0.8

    PARTS = _CONTACT_PARTS
    GRAMMAR = _CONTACT_GRAMMAR

    @staticmethod
    def _classify(group: str, start: int, end: int, text: str) -> _Tok:
        cls = _CONTACT_FIXED.get(group)
        if cls is None:
            low = text.lower()
            if group == "written":
                tail = low.rsplit(".", 1)
                cls = "Q" if len(tail) == 2 and tail[1] in _TLDS else "W"
            elif low in _TLDS:
                cls = "t" if low in _STOP else "T"
            elif low in _HANDLE_CUES:
                cls = "C"
            elif low in _STOP:
                cls = "x"
            elif low.isdigit() or low in _NUMBER_WORDS:
                cls = "N"
            else:
                cls = "L"
        return _Tok(start, end, cls, text)

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        wanted = _wanted(entities, self.ENTITIES)
        if not wanted:
            return []
        tokens, classes = _tokenize(self._tokenizer, text, self._classify)
        results = []
        for m in self._grammar.finditer(classes):
            if m.group("email") is not None:
                found = self._email(tokens, m)
            elif m.group("url") is not None:
                found = self._url(tokens, m)
            else:
                found = self._handle(tokens, m)
            if found is not None and found[0] in wanted:
                results.append(self._make(*found))
        return results

    @staticmethod
    def _spoken(tokens: Sequence[_Tok]) -> bool:
        # Typed addresses ("a@b.com", "b.com/x") belong to the typed-text detectors.
        return any(t.cls in "aADUH/VPM" and t.text[:1].isalpha() for t in tokens)

    @staticmethod
    def _written(tokens: Sequence[_Tok]) -> str:
        out = []
        for tok in tokens:
            if tok.cls == "N":
                out.append(_number_value(tok.text))
            elif tok.cls in _CONTENT:
                out.append(_fold(tok.text))
            elif tok.cls == "V":
                out.append("www")
            elif tok.cls == "P":
                out.append("https://" if "s" in re.sub(r"[^a-z]", "", tok.text.lower())[4:5] else "http://")
            else:
                out.append(_SEPARATORS.get(tok.cls, ""))
        return "".join(out)

    def _email(self, tokens: Sequence[_Tok], m: re.Match[str]):
        local = list(tokens[m.start("local"):m.end("local")])
        marker = bool(local) and local[-1].cls == "M"
        allowed = 3 if marker else 1
        # Keep the words nearest to "at": "write to jan novak at …" starts at "jan".
        joins, first = 0, 0
        for i in range(len(local) - 1, 0, -1):
            if _joined(local[i - 1], local[i]):
                joins += 1
                if joins > allowed:
                    first = i
                    break
        local = local[first:]
        span = tokens[m.start("local") + first:m.end("email")]
        if not self._spoken(span):
            return None
        joined = any(_joined(a, b) for a, b in zip(local, local[1:]))
        domain = tokens[m.start("domain"):m.end("domain")]
        key = self._written(local) + "@" + self._written(domain)
        score = self.SCORE_EMAIL_JOINED if joined and not marker else self.SCORE_EMAIL
        return "EMAIL", span[0].start, span[-1].end, score, key

    def _url(self, tokens: Sequence[_Tok], m: re.Match[str]):
        span = list(tokens[m.start("url"):m.end("url")])
        # A path ends where two words stand side by side: "slash tips and tricks" is "/tips".
        for i in range(1, len(span)):
            if _joined(span[i - 1], span[i]) and "/" in "".join(t.cls for t in span[:i]):
                span = span[:i]
                break
        if not self._spoken(span):
            return None
        prefixed = span[0].cls in "VP"
        score = self.SCORE_URL if prefixed or "/" in "".join(t.cls for t in span) else self.SCORE_URL_BARE
        if any(_joined(a, b) for a, b in zip(span, span[1:])):
            score = self.SCORE_URL_JOINED
        return "URL", span[0].start, span[-1].end, score, self._written(span)

    def _handle(self, tokens: Sequence[_Tok], m: re.Match[str]):
        begin = m.end("cue") if m.group("cue") is not None else m.start("handle")
        span = list(tokens[begin:m.end("handle")])
        if span and span[0].cls == ",":
            span = span[1:]
        body = span[1:] if span and span[0].cls in "aA" else span
        if body and body[0].cls == ",":
            body = body[1:]
        marker = bool(body) and body[-1].cls == "M"
        if not marker:
            # Without "all one word" a handle ends at the first pair of words said side by side.
            for i in range(1, len(body)):
                if _joined(body[i - 1], body[i]):
                    cut = len(span) - len(body) + i
                    span, body = span[:cut], body[:i]
                    break
        classes = "".join(t.cls for t in span)
        has_at = span[0].cls in "aA"
        if m.group("cue") is not None:
            if not (has_at or marker or any(c in classes for c in "UHD")):
                return None  # "my telegram is broken"
        elif "U" not in classes and not (span[0].cls == "A"):
            return None
        content = [t for t in body if t.cls not in "M,"]
        if not content or not self._spoken(span) or content[-1].cls not in _CONTENT - {"t"}:
            return None
        key = "@" + self._written(content)
        score = self.SCORE_HANDLE_CUE if m.group("cue") is not None else self.SCORE_HANDLE
        return "HANDLE", span[0].start, span[-1].end, score, key


# ------------------------------------------------------------------------------------- numbers

# Class letters of the number tokenizer:
#   d digit word  o "oh"  T teen or tens ("forty-eight")  g written digits  h "hundred"
#   M "double"/"triple"  + "plus"  p pause (comma, "dash")  f filler  c self-correction
#   n "and"  K amount word or written amount ("thousand", "10,000")  l single letter
#   w other word  . other punctuation
_NUMBER_PARTS = (
    ("amount", r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+(?:st|nd|rd|th|s|am|pm|k|m|km|kg|%)\b"),
    ("digits", r"\d+"),
    ("plus", r"\+|\bplus\b"),
    ("tens", _COMPOUND_TENS),
    # "two-letter", "three-year-old": a number in a compound word counts nothing said aloud
    ("compound", r"\b[^\W\d_]+(?:-[^\W\d_]+)+"),
    ("teen", _words(*_TEEN_WORDS)),
    ("digit", _words(*_UNIT_WORDS, "zero", "nought")),
    ("oh", r"\b(?:oh|o)\b(?!['’])"),
    ("hundred", r"\bhundred\b"),
    ("thousand", _words("thousand", "thousands", "million", "millions", "billion", "grand",
                        "percent", "per cent", "hundreds", "dozen", "point")),
    ("mult", _words("double", "triple")),
    ("filler", r"\b(?:u+h+|u+m+|uhm|e+r+m*|a+h+|hmm+|mhm)\b|\byou\s+know\b"),
    ("correct", _words("sorry", "no wait", "wait", "no", "i mean", "correction", "scratch that",
                       "let me start again", "let me repeat", "actually")),
    ("pause", r"[,;]|\.\.\.|…|\b(?:dash|hyphen)\b|-"),
    ("and", r"\band\b"),
    ("letter", r"(?<![\w'’-])[^\W\d_](?![\w'’-])"),
    ("word", r"[^\W_]+(?:['’][^\W_]+)*"),
    ("punct", r"[^\s\w]|_"),
)
_NUMBER_FIXED = {"compound": "w", "amount": "K", "digits": "g", "plus": "+", "tens": "T", "teen": "T",
                 "digit": "d", "oh": "o", "hundred": "h", "thousand": "K", "mult": "M",
                 "filler": "f", "correct": "c", "pause": "p", "and": "n", "letter": "l",
                 "word": "w", "punct": "."}
_NUMBER_UNIT = r"(?:M[dog]|dhn?[Td]|dh|[dogT])"
_NUMBER_GRAMMAR = rf"\+?p?{_NUMBER_UNIT}(?:[pfc]*{_NUMBER_UNIT})*"
# After these words "one" is a pronoun ("the old one", "which one"), not the digit.
_PRONOUN_ONE_AFTER = frozenset("""
the that this old new other another which each every no first last second next only same
right wrong big small little good bad work office home private personal main real fake any
some favourite favorite mobile landline
""".split())
_TIME_WORDS = frozenset("at around about by until till before after from since past".split())
_TIME_AFTER = frozenset("am pm o'clock o’clock oclock in".split())


@dataclass(frozen=True)
class _Unit:
    """One said number inside a run: its tokens, digits and kind ("d", "T", "g", "o", "h")."""

    first: int
    last: int
    digits: str
    kind: str
    group: int  # index of the pause-separated group it belongs to


class SpokenNumberRecognizer(_SpokenRecognizer):
    """Phone numbers and ID numbers said in words and digit groups.

    "zero six one two, three four, five six seven eight", "oh", "double five", "triple two",
    "plus forty-eight", "twenty-two thirty-one", "0612 three four".  Fillers and
    self-corrections inside a number stay inside the one result ("six one, uh, sorry, six two"):
    the digits said after a correction replace as many digits said just before it.  A phone
    needs 7 to 15 digits; context words before the number make it an ID_NUMBER (account,
    passport, ID, card, badge … at 4 digits or more) or a VEHICLE_PLATE ("plate", 3 or more).
    Counts, years, amounts and times are not identifiers: "twenty people", "two thousand and
    fifteen", "three or four times", "ten thousand hryvnias", "at six thirty", "prices were nine
    ninety-nine, …".  A run too long for one number is cut at line breaks or where it repeats
    itself (a number said twice is two findings).  Numbers said
    next to spelled letters are left to :class:`SpelledOutRecognizer`; numbers typed entirely
    in digits to the typed-text phone detector.  ``redactor_key`` is the digit string (its last
    nine digits, as the grouping stage keys typed numbers).
    """

    ENTITIES = ("PHONE", "ID_NUMBER", "VEHICLE_PLATE")
    MIN_PHONE_DIGITS = 7
    MAX_PHONE_DIGITS = 15
    MAX_ID_DIGITS = 34  # the longest IBAN
    MAX_REPEAT_UNITS = 40  # a number said twice is short; longer runs are not searched for it
    MIN_ID_DIGITS = 4
    MIN_PLATE_DIGITS = 3
    SCORE_PHONE = 0.55
    SCORE_PHONE_LONG = 0.65
    SCORE_CONTEXT_BONUS = 0.2
    SCORE_ID = 0.7
    SCORE_PLATE = 0.7
    CONTEXT_WINDOW = 8

    PARTS = _NUMBER_PARTS
    GRAMMAR = _NUMBER_GRAMMAR

    @staticmethod
    def _classify(group: str, start: int, end: int, text: str) -> _Tok:
        return _Tok(start, end, _NUMBER_FIXED[group], text)

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        wanted = _wanted(entities, self.ENTITIES)
        if not wanted:
            return []
        tokens, classes = _tokenize(self._tokenizer, text, self._classify)
        results = []
        for m in self._grammar.finditer(classes):
            units = self._units(tokens, m.start(), m.end())
            for found in self._judge(text, tokens, units, m.start()):
                if found[0] in wanted:
                    results.append(self._make(*found))
        return results

    @staticmethod
    def _units(tokens: Sequence[_Tok], begin: int, end: int) -> list[_Unit]:
        units: list[_Unit] = []
        group, mult, mult_at = 0, 1, -1
        for i in range(begin, end):
            tok = tokens[i]
            cls = tok.cls
            if cls == "M":
                mult, mult_at = (3 if tok.text.lower() == "triple" else 2), i
            elif cls in "doTg":
                value = _number_value(tok.text)
                prev = units[-1] if units else None
                if prev is not None and prev.kind == "h" and prev.group == group and cls in "dT":
                    # "eight hundred (and) fifty" is 850, "eight hundred five" 805
                    merged = str(int(prev.digits) + int(value))
                    units[-1] = _Unit(prev.first, i, merged, "h", group)
                    continue
                first = mult_at if mult > 1 else i
                units.append(_Unit(first, i, value * mult, cls, group))
                mult, mult_at = 1, -1
            elif cls == "h" and units:
                prev = units[-1]
                units[-1] = _Unit(prev.first, i, str(int(prev.digits) * 100), "h", prev.group)
            elif cls in "pc":
                group += 1
                if cls == "c":
                    units.append(_Unit(i, i, "", "c", group))
        return units

    def _judge(self, text: str, tokens: Sequence[_Tok], units: list[_Unit], begin: int):
        """Zero or more findings from the units of one run (a time at its head is cut off, a
        run too long for one number is split where a new line or a repetition starts)."""
        units = self._drop_stray_oh(tokens, units)
        said = [u for u in units if u.kind != "c"]
        if not said:
            return
        if (len(said) > 1 and tokens[said[0].first].text.lower() == "one" and said[0].first > 0
                and tokens[said[0].first - 1].text.lower() in _PRONOUN_ONE_AFTER):
            # "the old one, oh seven seven …": that "one" is a pronoun, not a digit.
            rest = units[units.index(said[0]) + 1:]
            yield from self._judge(text, tokens, rest, rest[0].first)
            return
        start_index = said[0].first
        plus = start_index > begin and tokens[begin].cls == "+"
        context = _context_words(tokens, begin, self.CONTEXT_WINDOW, "w")
        before = tokens[begin - 1].text.lower() if begin > 0 else ""
        if before in _TIME_WORDS and self._is_time(said):
            # "at six thirty, …": the time is not part of a number; judge what follows it.
            rest = [u for u in units if u.first > said[1].last]
            rest = rest[1:] if rest and rest[0].kind == "c" else rest
            if rest:
                yield from self._judge(text, tokens, rest, rest[0].first)
            return
        after = tokens[said[-1].last + 1] if said[-1].last + 1 < len(tokens) else None
        if after is not None and after.text.lower() in _TIME_AFTER - {"in"} and len(said) <= 2:
            return
        # Next to a spelled letter the digits are part of a code ("k a seven seven …").
        for neighbour in (tokens[start_index - 1] if start_index > 0 else None, after):
            if neighbour is not None and neighbour.cls == "l" and neighbour.text.lower() not in {"a", "i"}:
                return
        if all(u.kind == "g" for u in said):
            return
        digits = self._corrected_digits(units)
        kind = _number_kind(context)
        if kind == "amount" or (after is not None and after.text.lower() in _AMOUNT_CUES):
            return
        start = tokens[begin].start if plus else tokens[start_index].start
        end = tokens[said[-1].last].end
        n = len(digits)
        if n > (self.MAX_ID_DIGITS if kind in {"id", "plate"} else self.MAX_PHONE_DIGITS):
            parts = self._split(text, tokens, units)
            if len(parts) > 1:
                for part in parts:
                    yield from self._judge(text, tokens, part, begin if part is parts[0] else part[0].first)
            return
        if kind == "plate" and n >= self.MIN_PLATE_DIGITS:
            yield "VEHICLE_PLATE", start, end, self.SCORE_PLATE, digits
        elif kind == "id" and n >= self.MIN_ID_DIGITS:
            yield "ID_NUMBER", start, end, self.SCORE_ID, _digits_key(digits)
        elif self.MIN_PHONE_DIGITS <= n <= self.MAX_PHONE_DIGITS:
            if not kind and not plus and self._looks_like_counting(said):
                return
            score = self.SCORE_PHONE_LONG if n >= 9 else self.SCORE_PHONE
            if kind == "phone" or plus:
                score += self.SCORE_CONTEXT_BONUS
            yield "PHONE", start, end, round(score, 2), _digits_key(digits)

    def _split(self, text: str, tokens: Sequence[_Tok], units: Sequence[_Unit]) -> list[list[_Unit]]:
        """A run too long for one number, cut where another number starts: at each line break
        (a caption line each), else where the rest repeats what came before ("… twelve, zero
        nine three … twelve").  One part when neither."""
        parts: list[list[_Unit]] = [[units[0]]]
        for prev, unit in zip(units, units[1:]):
            gap = text[tokens[prev.last].end:tokens[unit.first].start]
            if "\n" in gap and unit.kind != "c":
                parts.append([])
            parts[-1].append(unit)
        if len(parts) > 1 or len(units) > self.MAX_REPEAT_UNITS:
            return parts
        for k in range(1, len(units)):
            if units[k].kind != "c" and self._corrected_digits(units[:k]) == self._corrected_digits(units[k:]):
                return [list(units[:k]), list(units[k:])]
        return parts

    @staticmethod
    def _drop_stray_oh(tokens: Sequence[_Tok], units: list[_Unit]) -> list[_Unit]:
        # "oh, six one two …": an "oh" cut off from the number by a pause is an interjection.
        units = list(units)
        while len(units) > 1 and units[0].kind == "o" and units[1].group != units[0].group:
            units.pop(0)
        while len(units) > 1 and units[-1].kind == "o" and units[-2].group != units[-1].group:
            units.pop()
        return units

    @staticmethod
    def _is_time(said: Sequence[_Unit]) -> bool:
        if len(said) < 2:
            return False
        hour, minutes = said[0], said[1]
        return (hour.kind in "dT" and 1 <= int(hour.digits) <= 12 and hour.group == minutes.group
                and ((minutes.kind == "T" and 10 <= int(minutes.digits) <= 59)
                     or (minutes.kind == "o" and len(said) > 2)))

    @staticmethod
    def _corrected_digits(units: Sequence[_Unit]) -> str:
        """The digits meant: a repair after "sorry" replaces as many digits said before it."""
        digits = ""
        cut = -1
        repair_group = -1
        for u in units:
            if u.kind == "c":
                cut, repair_group = len(digits), -1
                continue
            if cut >= 0 and repair_group < 0:
                repair_group = u.group
            if cut >= 0 and u.group != repair_group:
                digits = _apply_repair(digits, cut)
                cut = -1
            digits += u.digits
        if cut >= 0:
            digits = _apply_repair(digits, cut)
        return digits

    @staticmethod
    def _looks_like_counting(said: Sequence[_Unit]) -> bool:
        """Counting ("one, two, three …", "twenty, thirty, forty …") and runs of years."""
        values = [int(u.digits) for u in said if u.kind != "g"]
        if len(values) == len(said) and len(values) >= 3:
            steps = {b - a for a, b in zip(values, values[1:])}
            if len(steps) == 1 and steps != {0}:
                return True
        if all(u.kind == "T" for u in said):
            if all(int(u.digits) % 10 == 0 or int(u.digits) < 20 for u in said):
                return True
            pairs = list(zip(said[::2], said[1::2]))
            if len(said) % 2 == 0 and all(int(a.digits) in {19, 20} for a, _ in pairs):
                return True  # "twenty twenty-two, twenty twenty-three"
        return False


def _apply_repair(digits: str, cut: int) -> str:
    repair = len(digits) - cut
    keep = max(0, cut - repair)
    return digits[:keep] + digits[cut:]


# -------------------------------------------------------------------------- spelled-out words

# Class letters of the spelling tokenizer:
#   E "b as in bravo", "k for kilo"  H "K-O-V-A-C" (one token, several characters)
#   n NATO word  l single letter  a ambiguous letter ("a", "i")  d digit word  g digits
#   M "double"/"triple"  c spelling cue ("spelled", "that's")  p comma or stop  f filler
#   w other word  x other punctuation
_SPELLED_PARTS = (
    # "\s*,\s*|\s+", not "\s*,?\s+": that splits a run of spaces every way (quadratic).
    ("asin", r"\b(?P<al>[^\W\d_])(?:\s*,\s*|\s+)(?:as\s+in|for)\s+(?P=al)[^\W\d_]+(?:-[^\W\d_]+)?"),
    ("hyph", r"(?<![\w‐–-])[^\W_](?:[‐–-][^\W_])+(?![\w‐–-])"),
    ("nato", _words(*_NATO)),
    ("mult", _words("double", "triple")),
    ("tens", _COMPOUND_TENS),
    ("teen", _words(*_TEEN_WORDS)),
    ("digitword", _words(*_UNIT_WORDS, "zero", "oh")),
    ("cue", _words("spelled", "spelt", "spell", "spells", "spelling", "letters", "that's",
                   "thats", "that is", "it's spelled", "capital")),
    ("letter", r"(?<![\w'’‐–-])[^\W\d_](?![\w'’‐–-])"),
    ("digits", r"\d+"),
    ("filler", r"\b(?:u+h+|u+m+|uhm|e+r+m*|a+h+)\b"),
    ("sep", r"[,.;:]"),
    ("word", r"[^\W_]+(?:['’‐–-][^\W_]+)*"),
    ("punct", r"[^\s\w]|_"),
)
_SPELLED_FIXED = {"tens": "d", "teen": "d", "asin": "E", "hyph": "H", "nato": "n", "mult": "M", "digitword": "d",
                  "cue": "c", "digits": "g", "filler": "f", "sep": "p", "word": "w",
                  "punct": "x"}
_SPELLED_ELEMENT = r"(?:M?[laEnHdg])"
_SPELLED_GRAMMAR = rf"{_SPELLED_ELEMENT}(?:[pf]*{_SPELLED_ELEMENT})*"


class SpelledOutRecognizer(_SpokenRecognizer):
    """Names and codes spelled letter by letter.

    "that's K-O-V-A-C, Kovac", "K O V A C", "k, o, v, a, c", "B as in Bravo, O as in Oscar",
    "bravo oscar kilo".  Letters only → PERSON; letters mixed with digits ("a x seven seven
    three four k q") → ID_NUMBER, or VEHICLE_PLATE after "plate".  The result covers the spelled
    span only: a name said right after it ("…, Kovac") is the name detectors' to find, but raises
    the score.  A lone "a" or "i" at the start of letters-only spelling is read as the English
    word ("it's a k o v a c"), and three letters without a spelling cue are not enough (so "the
    f b i" stays).  ``redactor_key`` is the spelled word folded to lower-case ASCII ("kovac"),
    the same key the grouping stage gives the name typed.
    """

    ENTITIES = ("PERSON", "ID_NUMBER", "VEHICLE_PLATE")
    SCORE_LETTERS = 0.6
    SCORE_LETTERS_STRONG = 0.75
    SCORE_LETTERS_CONFIRMED = 0.85
    SCORE_CODE = 0.6
    SCORE_CODE_CONTEXT = 0.75
    CONTEXT_WINDOW = 8
    MIN_CODE_CHARS = 5

    PARTS = _SPELLED_PARTS
    GRAMMAR = _SPELLED_GRAMMAR

    @staticmethod
    def _classify(group: str, start: int, end: int, text: str) -> _Tok:
        cls = _SPELLED_FIXED.get(group)
        if cls is None:  # a single letter
            cls = "a" if text.lower() in {"a", "i"} else "l"
        return _Tok(start, end, cls, text)

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        wanted = _wanted(entities, self.ENTITIES)
        if not wanted:
            return []
        tokens, classes = _tokenize(self._tokenizer, text, self._classify)
        results = []
        for m in self._grammar.finditer(classes):
            found = self._judge(tokens, m.start(), m.end())
            if found is not None and found[0] in wanted:
                results.append(self._make(*found))
        return results

    @staticmethod
    def _chars(tok: _Tok) -> list[tuple[str, bool]]:
        """(character, is_letter) for each character one token spells."""
        low = tok.text.lower()
        if tok.cls == "H":
            return [(c, not c.isdigit()) for c in _fold(re.sub(r"[‐–-]", "", low))]
        if tok.cls == "E":
            return [(_fold(low[0]), True)]
        if tok.cls == "n":
            return [(_NATO.get(_SPLIT.sub("-", low), low[0]), True)]
        if tok.cls == "d":
            return [(c, False) for c in _number_value(low)]
        if tok.cls == "g":
            return [(c, False) for c in low]
        return [(_fold(low), True)]

    def _judge(self, tokens: Sequence[_Tok], begin: int, end: int):
        elements = [i for i in range(begin, end) if tokens[i].cls in "laEnHdgM"]
        context = _context_words(tokens, begin, self.CONTEXT_WINDOW, "wc")
        kind = _number_kind(context)
        cue = any(tokens[j].cls == "c" for j in range(max(0, begin - 3), begin))
        chars: list[tuple[str, bool]] = []
        owner: list[int] = []  # token index of each character, to trim the span with them
        repeat = 1
        for i in elements:
            tok = tokens[i]
            if tok.cls == "M":
                repeat = 3 if tok.text.lower() == "triple" else 2
                continue
            for ch in self._chars(tok) * repeat:
                chars.append(ch)
                owner.append(i)
            repeat = 1
        letters = sum(1 for _, is_letter in chars if is_letter)
        digits = len(chars) - letters
        # "oh" is the letter o among letters and zero among digits.
        if letters > digits:
            ohs = {i for i in elements if tokens[i].cls == "d" and tokens[i].text.lower() == "oh"}
            chars = [("o", True) if owner[k] in ohs else ch for k, ch in enumerate(chars)]
        letters = sum(1 for _, is_letter in chars if is_letter)
        digits = len(chars) - letters
        if letters < 2 and digits >= len(chars) - 1:
            return None  # numbers are SpokenNumberRecognizer's
        # Trim an ambiguous "a"/"i" at the edges: the article or the pronoun, not a letter,
        # unless a comma after it shows it is spelled, or an ID context says a code follows.
        head = owner[0]
        spelled_head = head + 1 < end and tokens[head + 1].cls == "p"
        if tokens[head].cls == "a" and not spelled_head and not (digits and kind in {"id", "plate"}):
            k = owner.count(head)
            chars, owner = chars[k:], owner[k:]
        if not owner:
            return None
        tail = owner[-1]
        pauses = sum(1 for j in range(owner[0], tail) if tokens[j].cls == "p")
        if tokens[tail].cls == "a" and (
                (digits and kind not in {"id", "plate"})
                # "… x b, a white van": the only comma sets the article apart
                or (pauses == 1 and tokens[tail - 1].cls == "p")):
            k = owner.count(tail)
            chars, owner = chars[:-k], owner[:-k]
        if len(chars) < 3:
            return None
        letters = sum(1 for _, is_letter in chars if is_letter)
        digits = len(chars) - letters
        key = "".join(c for c, _ in chars)
        start, stop = tokens[owner[0]].start, tokens[owner[-1]].end
        strong = any(tokens[i].cls in "EnH" for i in set(owner))
        if digits:
            if kind not in {"id", "plate"} and (letters < 2 or len(chars) < self.MIN_CODE_CHARS):
                return None  # "m i six", "s u twenty-five": names of things, not codes
            if kind == "plate":
                return "VEHICLE_PLATE", start, stop, self.SCORE_CODE_CONTEXT, key
            score = self.SCORE_CODE_CONTEXT if kind or cue else self.SCORE_CODE
            return "ID_NUMBER", start, stop, score, key
        confirmed = self._name_follows(tokens, owner[-1] + 1, key)
        if (key in _ACRONYMS and not (cue or confirmed)) or len(set(key)) == 1:
            return None  # "the f b i"; "echo, echo, echo" and "m m m" spell nothing
        if len(chars) < 4 and not (cue or confirmed or strong):
            return None
        if all(tokens[i].cls == "n" for i in set(owner)) and len(set(owner)) < 3:
            return None
        if confirmed:
            score = self.SCORE_LETTERS_CONFIRMED
        elif cue or strong:
            score = self.SCORE_LETTERS_STRONG
        else:
            score = self.SCORE_LETTERS
        entity = "ID_NUMBER" if kind in {"id", "plate"} and not confirmed else "PERSON"
        return entity, start, stop, score, key

    @staticmethod
    def _name_follows(tokens: Sequence[_Tok], index: int, key: str) -> bool:
        while index < len(tokens) and tokens[index].cls in "pf":
            index += 1
        if index >= len(tokens):
            return False
        word = re.sub(r"['’]s$", "", tokens[index].text.lower())
        return _fold(word) == key


# --------------------------------------------------------------------------- unclassified ids

_UNCLASSIFIED_PATTERN = (
    r"(?P<at>(?<!\S)\S*@\S*(?!\S))"
    r"|(?P<digits>(?<![\w.,@/+\\-])\d{6,}(?![\w@/]|[.,]\d))"
    r"|(?P<code>(?<![\w@.\\-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*(?![\w@]|-\w))"
)
_VALID_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
_UNIT_SUFFIX = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|k|m|km|kg|mm|cm|gb|mb|tb|mhz|ghz|hz|x|p|h|"
                          r"min|mins|sec|kw|mw|v|w|l|ml)", re.IGNORECASE)
# A name with a model or version number ("SHA-256", "RFC5646", "MiG-29"), not an identifier.
_NAMED_NUMBER = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-?\d{1,4}")
_EDGE_PUNCT = ".,;:!?)]}\"'’”"


class UnclassifiedIdRecognizer(_SpokenRecognizer):
    """Tokens that look like an identifier that no other rule classified, at a low score.

    Long digit runs (6 or more digits, as no year has), words with "@" that are not valid
    e-mail addresses ("novak@gmail", "@@jan"), and long codes mixing letters and digits
    ("AX7734KQ", "FX-123456": 6 or more characters with at least 2 letters and 3 digits, so
    "covid-19", "su-25", "4k" and "2nd" stay).  The score stays under the usual threshold, so
    the core lists these as worth a second look; any detector that does classify the same
    span wins the overlap.
    """

    ENTITIES = ("UNKNOWN_ID",)
    SCORE_DIGITS = 0.25
    SCORE_CODE = 0.3
    SCORE_AT = 0.2
    MIN_CODE_CHARS = 6

    def load(self) -> None:
        super().load()
        self._pattern = re.compile(_UNCLASSIFIED_PATTERN)

    def analyze(self, text: str, entities: list[str] | None = None,
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if not _wanted(entities, self.ENTITIES):
            return []
        results = []
        for m in self._pattern.finditer(text):
            start, end = m.start(), m.end()
            if m.lastgroup == "at":
                while end > start and text[end - 1] in _EDGE_PUNCT:
                    end -= 1
                while start < end and text[start] in "([{\"'‘“":
                    start += 1
                word = text[start:end]
                if _VALID_EMAIL.fullmatch(word) or sum(c.isalnum() for c in word) < 2:
                    continue
                score = self.SCORE_AT
            elif m.lastgroup == "digits":
                score = self.SCORE_DIGITS
            else:
                word = m.group()
                plain = word.replace("-", "")
                letters = sum(c.isalpha() for c in plain)
                if (len(plain) < self.MIN_CODE_CHARS or letters < 2 or len(plain) - letters < 3
                        or _UNIT_SUFFIX.fullmatch(plain) or _NAMED_NUMBER.fullmatch(word)):
                    continue
                score = self.SCORE_CODE
            results.append(self._make("UNKNOWN_ID", start, end, score, text[start:end].lower()))
        return results


def spoken_recognizers(supported_language: str = "en") -> list[LocalRecognizer]:
    """One of each recognizer in this module, ready for a Presidio registry."""
    return [
        SpokenContactRecognizer(supported_language=supported_language),
        SpokenNumberRecognizer(supported_language=supported_language),
        SpelledOutRecognizer(supported_language=supported_language),
        UnclassifiedIdRecognizer(supported_language=supported_language),
    ]


# -------------------------------------------------------------------------------------- scoring

@dataclass(frozen=True)
class KindScore:
    """Recall and precision of one entity type (or ``ALL``) on a set of transcripts."""

    kind: str
    expected: int
    found: int
    expected_matched: int
    found_matched: int

    @property
    def recall(self) -> float:
        return self.expected_matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found_matched / self.found if self.found else 1.0


Span = tuple[str, int, int, str]


def _as_span(item: Mapping | Sequence) -> Span:
    if isinstance(item, Mapping):
        return (str(item["file"]), int(item["start"]), int(item["end"]), str(item["entity_type"]))
    file, start, end, entity_type = item[:4]
    return (str(file), int(start), int(end), str(entity_type))


def score_spoken_set(results: Iterable[Span], expected: Mapping | Iterable,
                     *, match: str = "exact") -> list[KindScore]:
    """Per-kind recall and precision of ``results`` against ``expected``.

    ``results`` are ``(file, start, end, entity_type)`` found; ``expected`` is either the parsed
    expected-findings YAML (a mapping with a ``findings`` list) or the list itself, each item a
    mapping with ``file``, ``start``, ``end``, ``entity_type`` (or such a tuple).  With
    ``match="exact"`` a finding counts only with the exact span and type; with ``"overlap"`` any
    overlapping span of the same type in the same file counts (for detectors that cut spans
    differently).  Only files named in ``expected`` are scored.  Returns one row per kind,
    sorted, then an ``ALL`` row.
    """
    if match not in {"exact", "overlap"}:
        raise ValueError("match must be 'exact' or 'overlap'")
    items = expected.get("findings", []) if isinstance(expected, Mapping) else expected
    gold = [_as_span(e) for e in items]
    files = {g[0] for g in gold}
    found = [_as_span(r) for r in results if _as_span(r)[0] in files]

    def same(a: Span, b: Span) -> bool:
        if a[0] != b[0] or a[3] != b[3]:
            return False
        if match == "exact":
            return a[1] == b[1] and a[2] == b[2]
        return a[1] < b[2] and b[1] < a[2]

    gold_hit = [any(same(g, f) for f in found) for g in gold]
    found_hit = [any(same(f, g) for g in gold) for f in found]
    rows = []
    for kind in sorted({g[3] for g in gold} | {f[3] for f in found}):
        rows.append(KindScore(
            kind=kind,
            expected=sum(1 for g in gold if g[3] == kind),
            found=sum(1 for f in found if f[3] == kind),
            expected_matched=sum(1 for g, hit in zip(gold, gold_hit) if hit and g[3] == kind),
            found_matched=sum(1 for f, hit in zip(found, found_hit) if hit and f[3] == kind),
        ))
    rows.append(KindScore("ALL", len(gold), len(found), sum(gold_hit), sum(found_hit)))
    return rows


def format_score_table(rows: Sequence[KindScore]) -> str:
    """The rows of :func:`score_spoken_set` as a plain-text table."""
    lines = [f"{'kind':<15}{'expected':>9}{'found':>7}{'recall':>8}{'precision':>11}"]
    for r in rows:
        lines.append(f"{r.kind:<15}{r.expected:>9}{r.found:>7}{r.recall:>8.2f}{r.precision:>11.2f}")
    return "\n".join(lines)
