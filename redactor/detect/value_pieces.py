"""A piece of a dictated number or address said on its own beside it is that value.

A source who dictates a phone number, an ID or an e-mail address says part of it again: a false
start before the whole ("it's five one, um, five one six two eight ..."), the last group read
back when the listener asks for it, the digits of a local part said one by one after the address
("... fifty one at ..., five one"), its letters spelled ("k o f i"), or a group said over the next
cue before the whole is read back.  The whole is found by its patterns; the piece alone has no
context that makes it a number of anyone's, yet it names a part of the same value.

:func:`value_pieces` finds such a piece: a run of figures and spelled letters (each word one
figure word, one letter or typed digits; two characters at least, and two words unless typed
digits of three or more after the mark that joins them) that no mention covers, that ends its
clause or cue (figures before a word count something: "five three chairs"), that stands within
:data:`REACH` characters of a phone, an ID, a plate, an e-mail address or a handle found in the
same text (a piece of two characters within :data:`SHORT_REACH`), and whose characters occur,
in order and together, in that value's (an address's local part only).  It
gets the value's type and key: one value, one replacement.  A run that is no piece of a value
beside it ("two three times", a room number far from any phone) is nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from redactor.detect.joins import ends_its_piece, piece_starts_between
from redactor.entities.group import value_key
from redactor.lexicon.numbers import FIGURE_VALUES, said_digits
from redactor.model import Mention

DETECTOR = "ValuePiece"
# How far from a value (characters, either side) a piece of it may stand; a piece of two
# characters only right beside it (two figures match somewhere in most numbers).
REACH = 200
SHORT_REACH = 60
# The types of value a source dictates in pieces.
_VALUES = frozenset({"PHONE", "ID_NUMBER", "VEHICLE_PLATE", "EMAIL", "HANDLE"})
# Where a spoken address's local part ends: " at " before the domain, or "@".
_AT = re.compile(r"(?:\s+at\s+|\s*@\s*)", re.IGNORECASE)
# Words that say an address's punctuation, not its characters.
_ADDRESS_WORDS = frozenset("dot underscore dash hyphen point slash".split())
_MULTIPLIERS = frozenset({"double", "triple"})
# One word of a piece: a figure word, "double"/"triple", one letter, or typed digits (with the
# stop or dash that joined them to the digits before, ".739" of a number split over two cues;
# in groups joined by dashes or stops, "721-4406", the local form of a number given whole).
_PIECE_WORD = re.compile(r"(?<![\w.'’-])(?:[.\-/](?=\d))?(?:\d+(?:[.-]\d+)*|[^\W\d_]+)(?![\w'’-])")
# What may stand between two words of a piece: spaces or a hyphen, on one line.
_GAP = re.compile(r"[^\S\n]*-?[^\S\n]*")
# A country code's plus before a piece, typed or said ("plus three five nine"): the piece's.
_PLUS_BEFORE = re.compile(r"(?:\+|(?<![\w'’-])plus[^\S\n]+)$", re.IGNORECASE)
_PLUS_REACH = 6
# Typed digits alone count with the mark that joins them to a number said before, from this many
# digits on (".739", "-2865"; not "739" alone, a room's number as often).
_MIN_TYPED = 3
# Typed digits alone count from this many digits on, wherever they stand in the sentence (the
# local "721-4406 on a landline" beside "+685 721 4406"): no count or room is typed so long.
_MIN_LONE_TYPED = 6


def _canonical(chars: str) -> str:
    """Characters compared as said: lower case, a zero and the letter "o" alike (a dictated "oh")."""
    return chars.lower().replace("0", "o")


def _characters(said: str) -> str:
    """The letters and digits a value says, figure words read as digits ("fifty one" is
    "51"), the words for its punctuation left out."""
    out: list[str] = []
    figures: list[str] = []
    for word in re.findall(r"\d+|[^\W\d_]+", said.lower()):
        if word in FIGURE_VALUES or word in _MULTIPLIERS or word.isdigit():
            figures.append(word)
            continue
        if figures:
            out.append(said_digits(" ".join(figures)))
            figures = []
        if word not in _ADDRESS_WORDS:
            out.append(word)
    if figures:
        out.append(said_digits(" ".join(figures)))
    return _canonical("".join(out))


def _value_characters(m: Mention) -> str:
    """What a piece of ``m`` is compared with: an address's local part, any other value whole."""
    if m.entity_type == "EMAIL":
        at = _AT.search(m.text)
        return _characters(m.text[:at.start()]) if at is not None else ""
    return _characters(m.text)


def _digits_only(word: str) -> bool:
    """Typed digits, in groups joined by dashes or stops or not ("4471", "721-4406")."""
    return word.replace("-", "").replace(".", "").isdigit()


def _typed_digits(words: Sequence[tuple[str, str]]) -> int:
    """How many digits a run of typed words holds (0 when a word of it is said)."""
    if any(kind not in ("d", "p") for _, kind in words):
        return 0
    return sum(c.isdigit() for w, _ in words for c in w)


def _word_kind(word: str) -> str:
    """"d" typed digits, "f" a figure word, "l" one letter, "p" a word for a value's
    punctuation ("slash"), "" a word no piece holds."""
    core = word.lstrip(".-/")
    lowered = core.lower()
    if _digits_only(core):
        return "d"
    if lowered in FIGURE_VALUES or lowered in _MULTIPLIERS:
        return "f"
    if lowered in _ADDRESS_WORDS:
        return "p"
    return "l" if len(core) == 1 else ""


def _runs(text: str, joins: Sequence[int] = ()) -> Iterator[tuple[int, int, list[tuple[str, str]]]]:
    """Each run of piece words in ``text``: its span and its words with their kinds; a run ends
    where a cue or segment starts (``joins``, sorted): a group said at a segment's end is said
    apart from the whole read in the next ("it's a nine three nine" | "nine three nine, two ...")."""
    run: list[tuple[str, str]] = []
    start = end = 0
    for match in _PIECE_WORD.finditer(text):
        kind = _word_kind(match.group())
        joined = bool(run) and _GAP.fullmatch(text, end, match.start()) is not None \
            and not piece_starts_between(joins, end, match.start())
        if run and (not kind or not joined):
            yield start, end, run
            run = []
        if kind and not (kind == "p" and not run):  # a piece starts with a character, not "slash"
            if not run:
                start = match.start()
            run.append((match.group(), kind))
            end = match.end()
    if run:
        yield start, end, run


def _figures_after_letters(text: str, start: int, words: Sequence[tuple[str, str]]) -> tuple[int, str] | None:
    """Where the figures of a run that starts with letters start, and their characters (or ""
    when too short), or None when the run starts with no letter or holds no figures after them."""
    letters = next((k for k, (_, kind) in enumerate(words) if kind != "l"), len(words))
    if letters == 0 or letters == len(words):
        return None
    matches = _PIECE_WORD.finditer(text, start)
    for _ in range(letters):
        next(matches)
    return next(matches).start(), _piece_characters(words[letters:])


def _piece_characters(words: Sequence[tuple[str, str]], in_figures: bool = False) -> str:
    """A run's characters, or "" when it is too short to be a piece of anything; one figure word
    is a piece when the speaker says it is written in figures ("ninety in figures")."""
    said = [(w, kind) for w, kind in words if kind != "p"]
    if len(said) == 1 and not (in_figures and said[0][1] == "f") and not (said[0][1] == "d" and said[0][0][:1] in ".-/"
                               and len(said[0][0].lstrip(".-/")) >= _MIN_TYPED) \
            and _typed_digits(said) < _MIN_LONE_TYPED:
        return ""
    if len(said) == 2 and said[0][0].lower() in _MULTIPLIERS:
        return ""  # "double six" alone: a count or a dice roll as often as a piece
    chars = _characters(" ".join(w for w, _ in said))
    return chars if len(chars) >= 2 else ""


# A mention weaker than this is a shape a rule leaves to a cue word to lift ("4471-2290" as a
# case's number only beside "case"): a piece of a value beside it is what lifts it here.
_WEAK = 0.3


def _covered(mentions: Sequence[Mention], start: int, end: int) -> bool:
    """A mention holds all of the span or runs across its edge (a longer number, a name), or a
    value found whole lies in it (the value's own words, "6093 dash"); a weak one does not count."""
    return any(m.score >= _WEAK and (m.start <= start and end <= m.end or m.start < end and start < m.end
               and (not (start <= m.start and m.end <= end) or m.entity_type in _VALUES)) for m in mentions)


# A dictated piece ends its clause: punctuation, a bracket, a note or the line's end follows it;
# a word after figures says what they count ("seven oh five chairs", "three of them"), but a
# filler after it breaks it off as a mark does ("nine eight uh, nine eight three ...").
_ENDS_CLAUSE = re.compile(r"[^\S\n]*(?:[.,;:!?…()\[\]<>\"“”-]|\n|$|(?:uh|um|erm|er)(?![^\W\d_]))", re.IGNORECASE)
# The speaker says the figures before are written as figures ("fifty two in figures"): they
# are a value's, not a count of what a word after them names.
_IN_FIGURES = re.compile(r"[^\S\n]+(?:in|as)[^\S\n]+(?:numbers|figures|digits|numerals)\b", re.IGNORECASE)


def _value_beside(values: Sequence[tuple[Mention, str]], start: int, end: int, chars: str) -> Mention | None:
    """The nearest value within reach whose characters hold ``chars``."""
    best: tuple[int, Mention] | None = None
    for value, characters in values:
        distance = max(value.start - end, start - value.end, 0)
        if distance <= (REACH if len(chars) > 2 else SHORT_REACH) and chars in characters and (best is None or distance < best[0]):
            best = (distance, value)
    return best[1] if best is not None else None


# What joins the groups of one piece said with a comma between ("six one five, two two").
_GOES_ON = re.compile(r"[^\S\n]*[,.-]?[^\S\n]*")


def _ends_clause(text: str, end: int, joins: Sequence[int]) -> bool:
    """Whether a run ending at ``end`` ends its clause: a mark or the line's end follows, or the
    cue or segment it ends (``joins``, where the next one starts)."""
    if _ENDS_CLAUSE.match(text, end) is not None or _IN_FIGURES.match(text, end) is not None:
        return True
    return ends_its_piece(end, joins)


def value_pieces(text: str, mentions: Sequence[Mention], joins: Sequence[int] = ()) -> list[Mention]:
    """Pieces of the dictated values among ``mentions`` said on their own near them (see the
    module docstring), as mentions of the value's type and key; ``joins`` are where the text's
    cues or segments start."""
    values = [(m, chars) for m in mentions
              if m.entity_type in _VALUES and m.score >= _WEAK and len(chars := _value_characters(m)) >= 3]
    if not values:
        return []
    found: list[Mention] = []
    for start, end, words in _runs(text, joins):
        in_figures = _IN_FIGURES.match(text, end) is not None
        chars = _piece_characters(words, in_figures)
        ends = _typed_digits(words) >= _MIN_LONE_TYPED or _ends_clause(text, end, joins)
        # (a group said right before or after a value is a piece of it as well, when the joins of
        # cues and groups left it apart: "five nine one four. zero six nine three, two two, ...")
        if not chars or not ends or _covered(mentions, start, end):
            continue
        value = _value_beside(values, start, end, chars)
        if value is None and (figures := _figures_after_letters(text, start, words)) is not None:
            # a word of one letter before the figures, the article of "it's a nine three nine"
            start, chars = figures
            value = _value_beside(values, start, end, chars) if chars else None
        if value is None:
            continue
        key = value_key(value)
        last = found[-1] if found else None
        if last is not None and last.key == key and _GOES_ON.fullmatch(text, last.end, start) is not None:
            start = last.start  # the groups of one piece said with a comma between ("six one five, two two")
            found.pop()
        plus = _PLUS_BEFORE.search(text, max(0, start - _PLUS_REACH), start)
        start = plus.start() if plus is not None else start
        found.append(Mention(start, end, value.entity_type, value.score, DETECTOR, text[start:end],
                             key=key, label=value.label))
    return found
