"""E-mail addresses, web addresses and handles as dictated ("jan dot novak at proton dot me")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from redactor.detect.casing import english_zipf
from redactor.detect.joins import joined_between
from redactor.detect.recognizers.spoken.base import (
    COMPOUND_TENS,
    NUMBER_WORDS,
    Found,
    SpokenRecognizer,
    Tok,
    ascii_fold,
    number_value,
)
from redactor.detect.recognizers.spoken.other_numbers import number_tail, tail_digits
from redactor.lexicon import longest_first
from redactor.lexicon.names import FILLERS
from redactor.lexicon.places import country_tlds

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


@functools.cache
def _said_tlds() -> frozenset[str]:
    """The top-level domains read as one wherever "dot" comes before them: the common ones and
    every country's ("tavita at samoa dot com dot ws", "reef dot ki"), but for the everyday words."""
    return _TLDS | (country_tlds() - _STOP)


@functools.cache
def _email_only_tlds() -> frozenset[str]:
    """Countries' domains that are everyday words ("at", "it", "no"): a domain only where they
    end an e-mail address, after its "at" ("dana at web dot at"), and never a filler."""
    return frozenset(country_tlds() & _STOP) - FILLERS


@functools.cache
def _any_tld() -> frozenset[str]:
    """Every top-level domain read as one, where "dot" comes before it or at an address's end."""
    return _said_tlds() | _email_only_tlds()


def _spelt_tlds() -> str:
    """A top-level domain spelt letter by letter after "dot" ("kabel dot d e"), one token."""
    spelt = longest_first(r"\s+".join(tld) for tld in _any_tld() if tld.isalpha() and len(tld) <= 3)
    return r"(?:(?<=\bdot\s)|(?<=\bperiod\s))(?:" + "|".join(spelt) + r")(?![^\W_])"


# Words that say the next thing is a handle on some service.
_HANDLE_CUES = frozenset("""
handle username usernames nickname nick telegram instagram insta twitter tiktok signal skype
threads facebook discord snapchat mastodon bluesky youtube twitch reddit github linkedin
""".split())
# A word this common in English after a plain "at" is what "at" is said of ("at night", "at
# home", "at work"), not a handle ("my telegram is at vasyl").
_EVERYDAY_ZIPF = 4.5


# ------------------------------------------------------------------------------------ contacts

# Class letters of the contact tokenizer:
#   A "at sign", "at symbol", "@"   a "at"            M "all one word", "no spaces"
#   V "w w w"                       P "h t t p s colon slash slash"   / "slash"
#   D "dot"  U "underscore"  H "dash", "hyphen"     W written part "jan.novak"  Q "gmail.com"
#   T top-level domain that can also be a name part  t top-level domain only ("me", "us")
#   N number word or digits         C handle cue ("telegram")  L other word or letters said
#   x stop word                      one by one ("m d")
#   , comma                          . other punctuation
# Letters said one by one ("jessa underscore m d", "at c w g s y dot net"): one word of a handle,
# local part or domain, as one word said is.  A lone "a" or "i" at either end is the article or
# the pronoun after or before them ("k u i think"), not a letter of the word.
_LETTER = r"[^\W\d_](?![\w'’])"
_LETTERS_SAID = (rf"(?<![\w'’])(?![aAiI]\b){_LETTER}(?:[^\S\n]+{_LETTER}){{1,11}}(?<![\s][aAiI])")
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
    ("tens", COMPOUND_TENS),
    ("spelt_tld", r"(?!)"),  # filled in when the recognizer loads (``_spelt_tlds``)
    ("written", r"[^\W_]+(?:[._-][^\W_]+)+"),
    ("letters", _LETTERS_SAID),
    ("word", r"[^\W_]+(?:['’][^\W_]+)?"),
    ("comma", r","),
    ("punct", r"[^\s\w]|_"),
)
_CONTACT_FIXED = {"at_strong": "A", "marker": "M", "www": "V", "proto": "P", "slash": "/",
                  "at": "a", "dot": "D", "underscore": "U", "dash": "H", "tens": "N",
                  "comma": ",", "punct": "."}

# Said inside an e-mail's local part as part of a number ("salma two thousand at ...").
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}

_LW = "[LTNWC]"  # a word that can be part of a local part, a domain label or a handle
# Repetitions are bounded: unbounded ones made "jan dot jan dot …" quadratic (every start
# scanned to the end of the run looking for a top-level domain).
_LABEL = rf"{_LW}(?:H{_LW}){{0,7}}"
_HOST = rf"{_LABEL}(?:D{_LABEL}){{0,7}}D[Tt](?:D[Tt])?"
# An e-mail's domain may end in a country's domain that is an everyday word ("x"; "at": "a"),
# checked by its text when found (``_email``).
_EMAIL_HOST = rf"{_LABEL}(?:D{_LABEL}){{0,7}}D(?:[Tt](?:D[Tt])?(?:D[xa])?|[xa])"
_CONTACT_GRAMMAR = (
    # e-mail: local part, "at", domain ending in a known top-level domain
    rf"(?P<email>(?P<local>{_LW}(?:[UHD]?{_LW}){{0,7}}(?:,?M)?),?[aA],?"
    rf"(?P<domain>{_LW}{{0,2}}{_EMAIL_HOST}|Q))"
    # web address: optional protocol and "w w w dot", host, optional "slash" path
    rf"|(?P<url>P?(?:VD)?(?:{_LW}?{_HOST}|Q)(?:/{_LW}(?:[HUD]?{_LW}){{0,7}}){{0,7}})"
    # handle: after a cue ("my telegram is at …", "a new discord, it's k dot o": a comma and
    # words between), with an underscore (and the number words that end it: "narek underscore
    # art ninety"), or after "at sign"
    # Each handle form is taken whole (the lookaheads stop a shorter match), and an "at" after
    # it makes it the local part of an e-mail address, found from its own start instead.
    rf"|(?P<handle>(?P<cue>C(?:,?[xC]){{0,3}},?)[aA]?,?{_LW}(?:[HDU]?{_LW}){{0,7}}(?:,?M)?(?![HDU]?{_LW}|M|,?[aA])"
    rf"|[aA]?,?{_LW}(?:[HD]{_LW}){{0,7}}U{_LW}(?:[HDU]{_LW}){{0,7}}N{{0,3}}(?![HDU]{_LW}|,?[aA])"
    rf"|A,?{_LW}(?:[HDU]{_LW}){{0,7}}N{{0,3}}(?![HDU]{_LW}|,?[aA]))"
    # e-mail said with its provider alone ("carl dot brown at gmail", "ana forty two at posteo de"):
    # a local part said as an address is (a spoken separator before its last word, or a number
    # ending it), "at", one word and maybe a top-level domain said without its dot, ending
    # there; whether it ends the clause and the talk is of e-mail is checked when found
    rf"|(?P<bare>(?P<bare_local>{_LW}(?:[UHD]?{_LW}){{0,6}}(?:[UHD]{_LW}|N)),?a"
    rf"(?P<bare_domain>[LW][Tt]?)(?![HDU]|,?[aA]))"
)
_CONTENT = frozenset("LTtNWCQ")
_SEPARATORS = {"D": ".", "U": "_", "H": "-", "/": "/", "A": "@", "a": "@"}


# Cue words that name a handle outright: after them two words said at the end of the clause
# are the handle ("my telegram handle is at dark wolf.").
_NAMING_CUES = frozenset({"handle", "username", "usernames", "nickname", "nick"})


def _two_words_named(tokens: Sequence[Tok], m: re.Match[str], body: Sequence[Tok]) -> bool:
    """Whether the handle is two words after "at" and a naming cue, ending the clause."""
    if m.group("cue") is None or len(body) != 2 or not all(t.cls in "LW" for t in body):
        return False
    if not any(tokens[i].text.lower() in _NAMING_CUES for i in range(m.start("cue"), m.end("cue"))):
        return False
    if tokens[m.end("cue"):m.end("handle")][0].cls not in "aA":
        return False
    after = m.end("handle")
    return after >= len(tokens) or tokens[after].cls in ",."


def _initial(tok: Tok) -> bool:
    """A letter said alone before a word: the initial of a local part ("t rennick climbs"), no
    word of its own ("a" and "i" are words, never a local part's letter here)."""
    return len(tok.text) == 1 and tok.text.isalpha() and tok.cls == "L"


def _local_start(local: Sequence[Tok], allowed: int) -> int:
    """Where a local part starts: the words nearest to "at", at most ``allowed`` joins ("write
    to jan novak at …" starts at "jan").  A number that ends the local part is no word of its
    own ("j moreau eighty five at …" is "jmoreau85@…"), so joining it does not count, nor do
    letters said one by one ("k t n eight eight at …" is "ktn88@…"); so is a number said in
    another language ("ana lucía veinte y dos at …").  An initial said right before the words
    kept is the local part's first letter ("t rennick climbs at …" is "trennickclimbs@…"); a
    word before it is not ("hola y adios at …" is "yadios@…")."""
    joins, tail = 0, number_tail(local)
    for i in range(len(local) - 1, 0, -1):
        if _joined(local[i - 1], local[i]) and i < len(local) - tail \
                and not _letters_said(local[i - 1], local[i]):
            joins += 1
            if joins > allowed:
                return i - 1 if _initial(local[i - 1]) else i
    return 0


def _letters_said(a: Tok, b: Tok) -> bool:
    """Two letters said one by one ("k t"): a spelt word, one word of a local part."""
    return len(a.text) == 1 and len(b.text) == 1 and a.text.isalpha() and b.text.isalpha()


# The words that name what is said next as an e-mail address, with what follows them there
# ("email, …", "my e-mail is …", "address: …").
_EMAIL_FRAME = re.compile(r"(?:\be-?mail(?:\s+address)?|\bmail|\baddress)\s*(?:[,:]|\bis\b|\bit'?s\b)\s*$",
                          re.IGNORECASE)
# A turn's start: a line's start, after its speaker's label ("Amina: "), a dash or a caption's
# change-of-speaker mark (">> ").
_TURN_START = re.compile(r"[^\S\n]*(?:[^\W\d_][\w .'’-]{0,40}:[^\S\n]*)?(?:(?:[-–—]|>>)[^\S\n]*)?")


# An e-mail named a little before an address said without its top-level domain ("and the
# email?\n- same, ..."): the speaker's own line or the turn before it.
_EMAIL_NAMED = re.compile(r"\be-?mail", re.IGNORECASE)
_EMAIL_NAMED_REACH = 200


def _after_email_frame(text: str, tokens: Sequence[Tok], first: int) -> bool:
    """Whether the local part starting at ``tokens[first]`` is said right after an e-mail's
    frame or at the start of a turn."""
    start = tokens[first].start
    line_start = text.rfind("\n", 0, start) + 1
    return (_EMAIL_FRAME.search(text, max(line_start, start - 40), start) is not None
            or _TURN_START.fullmatch(text, line_start, start) is not None)


def _joined(a: Tok, b: Tok) -> bool:
    """True when two content tokens stand side by side with nothing said between them."""
    return a.cls in _CONTENT and b.cls in _CONTENT and not (a.cls == "N" and b.cls == "N")



class SpokenContactRecognizer(SpokenRecognizer):
    """E-mail addresses, web addresses and handles as dictated.

    "jan dot novak at proton dot me", "jan.novak at gmail dot com", "j underscore novak",
    "w w w dot example dot org", "example dot com slash tips", "my handle is at jan underscore
    novak".  An e-mail or web address needs a known top-level domain after a spoken or written
    dot, so "at home", "look at that dot" and "at the end" are not found; but an e-mail said
    with its provider's name alone ("carl dot brown at gmail") is one where an e-mail is named
    just before it and it ends its clause (``_bare_email``).  Words said side by
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

    PARTS: Sequence[tuple[str, str]] = _CONTACT_PARTS
    GRAMMAR = _CONTACT_GRAMMAR

    def load(self) -> None:
        self.PARTS = [(name, _spelt_tlds() if name == "spelt_tld" else pattern) for name, pattern in _CONTACT_PARTS]
        super().load()

    @staticmethod
    def _classify(group: str, start: int, end: int, text: str) -> Tok:
        cls = _CONTACT_FIXED.get(group)
        if cls is None:
            low = text.lower()
            if group == "written":
                tail = low.rsplit(".", 1)
                cls = "Q" if len(tail) == 2 and tail[1] in _any_tld() else "W"
            elif group == "spelt_tld":
                cls = "T"
            elif low in _said_tlds():
                cls = "t" if low in _STOP else "T"
            elif low in _HANDLE_CUES:
                cls = "C"
            elif low in _STOP:
                cls = "x"
            elif low.isdigit() or low in NUMBER_WORDS or low in _MULTIPLIERS:
                cls = "N"
            else:
                cls = "L"
        return Tok(start, end, cls, text)

    def _found(self, text: str, tokens: Sequence[Tok], m: re.Match[str]) -> Iterator[Found]:
        if m.group("email") is not None:
            found = self._email(tokens, m, _after_email_frame(text, tokens, m.start("local")))
        elif m.group("bare") is not None:
            found = self._bare_email(text, tokens, m)
        elif m.group("url") is not None:
            found = self._url(tokens, m)
        else:
            found = self._handle(tokens, m)
        if found is not None:
            yield found

    @staticmethod
    def _spoken(tokens: Sequence[Tok]) -> bool:
        # Typed addresses ("a@b.com", "b.com/x") belong to the typed-text detectors.
        return any(t.cls in "aADUH/VPM" and t.text[:1].isalpha() for t in tokens)

    @staticmethod
    def _written(tokens: Sequence[Tok]) -> str:
        out: list[str] = []
        for tok in tokens:
            if tok.cls == "N" and tok.text.lower() in _MULTIPLIERS:
                # "idrissi two thousand" is "idrissi2000": the number said before is multiplied
                said = out.pop() if out and out[-1].isdigit() else "1"
                out.append(str(int(said) * _MULTIPLIERS[tok.text.lower()]))
            elif tok.cls == "N":
                out.append(number_value(tok.text))
            elif tok.cls in _CONTENT:
                out.append("".join(ascii_fold(tok.text).split()))  # "d e" spelt is "de"
            elif tok.cls == "V":
                out.append("www")
            elif tok.cls == "P":
                out.append("https://" if "s" in re.sub(r"[^a-z]", "", tok.text.lower())[4:5] else "http://")
            else:
                out.append(_SEPARATORS.get(tok.cls, ""))
        return "".join(out)

    def _bare_email(self, text: str, tokens: Sequence[Tok], m: re.Match[str]) -> Found | None:
        """An e-mail address said with its provider's name and no top-level domain ("carl dot
        brown at gmail"): only where the provider's word is no everyday one ("at home", "at
        noon"), the address ends its clause (a mark, a line's, a cue's or the text's end) and
        an e-mail is named a little before it ("and the email?", "or email, ...").  Its key
        is the address as said ("carl.brown@gmail")."""
        domain = tokens[m.start("bare_domain"):m.end("bare_domain")]
        name = domain[0].text
        if domain[0].cls == "W" or english_zipf(name) >= _EVERYDAY_ZIPF or name.isdigit():
            return None
        after = m.end("bare_domain")
        if after < len(tokens) and tokens[after].cls not in ",." \
                and "\n" not in text[domain[-1].end:tokens[after].start] \
                and not joined_between(text, domain[-1].end, tokens[after].start + 1):
            return None
        start = tokens[m.start("bare_local")].start
        if not _EMAIL_NAMED.search(text, max(0, start - _EMAIL_NAMED_REACH), start):
            return None
        return self._email(tokens, m, _after_email_frame(text, tokens, m.start("bare_local")), "bare_")

    def _email(self, tokens: Sequence[Tok], m: re.Match[str], framed: bool = False,
               group: str = "") -> Found | None:
        local = list(tokens[m.start(group + "local"):m.end(group + "local")])
        marker = bool(local) and local[-1].cls == "M"
        # After its frame ("email, amina bello kano at …") the local part is every word said
        # from the frame on, as after "all one word".
        allowed = 3 if marker else len(local) if framed else 1
        first = _local_start(local, allowed)
        local = local[first:]
        span = tokens[m.start(group + "local") + first:m.end(group.rstrip("_") or "email")]
        if not self._spoken(span):
            return None
        joined = any(_joined(a, b) for a, b in zip(local, local[1:]))
        domain = tokens[m.start(group + "domain"):m.end(group + "domain")]
        if domain[-1].cls in "xa" and domain[-1].text.lower() not in _email_only_tlds():
            # an everyday word after the domain's last dot is no domain of a country: the
            # address ends before it, or is none
            domain = domain[:-2]
            if not domain or domain[-1].cls not in "Tt":
                return None
            span = span[:len(span) - 2]
        # a provider's name and a top-level domain said without its dot ("at posteo de")
        written = ".".join(self._written([tok]) for tok in domain) if group else self._written(domain)
        key = self._written_local(local) + "@" + written
        score = self.SCORE_EMAIL_JOINED if joined and not marker else self.SCORE_EMAIL
        return "EMAIL", span[0].start, span[-1].end, score, key

    def _written_local(self, local: Sequence[Tok]) -> str:
        """The local part as typed, a number said in another language at its end as digits."""
        tail = number_tail(local)
        head, said = local[:len(local) - tail], local[len(local) - tail:]
        if tail and any(t.cls != "N" for t in said):
            digits = tail_digits([t.text for t in said])
            if digits is not None:
                return self._written(head) + digits
        return self._written(local)

    def _url(self, tokens: Sequence[Tok], m: re.Match[str]) -> Found | None:
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

    @staticmethod
    def _handle_words(tokens: Sequence[Tok], m: re.Match[str]) -> tuple[list[Tok], list[Tok], bool]:
        """The handle's span, its body (without the leading "at") and whether "all one word"
        ends it."""
        begin = m.end("cue") if m.group("cue") is not None else m.start("handle")
        span = list(tokens[begin:m.end("handle")])
        if span and span[0].cls == ",":
            span = span[1:]
        body = span[1:] if span and span[0].cls in "aA" else span
        if body and body[0].cls == ",":
            body = body[1:]
        marker = bool(body) and body[-1].cls == "M"
        if not marker and not _two_words_named(tokens, m, body):
            # Without "all one word" a handle ends at the first pair of words said side by side,
            # but for the number that ends it ("at kat ninety", "at sign grom nineteen ninety").
            for i in range(1, len(body)):
                if _joined(body[i - 1], body[i]) and not all(t.cls == "N" for t in body[i:]):
                    cut = len(span) - len(body) + i
                    span, body = span[:cut], body[:i]
                    break
        return span, body, marker

    def _handle(self, tokens: Sequence[Tok], m: re.Match[str]) -> Found | None:
        span, body, marker = self._handle_words(tokens, m)
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
        if span[0].cls == "a" and len(content) == 1 and content[0].cls == "L" \
                and english_zipf(content[0].text) >= _EVERYDAY_ZIPF:
            return None  # "I wrote to him on telegram at night": "at" a preposition
        key = "@" + self._written(content)
        score = self.SCORE_HANDLE_CUE if m.group("cue") is not None else self.SCORE_HANDLE
        return "HANDLE", span[0].start, span[-1].end, score, key
