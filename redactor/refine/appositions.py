"""Two names of one person said side by side, a comma between: the name by which someone is
known and their full name, in either order ("the cook, Toto, Antonio Russo, said", "Dagny
Brandt, Kiki, was on shift").

Said so, the second name explains the first (an apposition): a reader takes them for one
person, whatever the name lists know of the nickname.  Run per document after the nickname
steps: the name with fewer words is keyed by the other's full name, so resolution
(``redactor.entities.resolve``) makes them one person; it is that person wherever the document
says it, as a linked nickname is (even where the model called it a company or a place), and a
lone form so keyed wherever the run says it (``settle_call_signs``).  A list of people is not an apposition, so
only where the two are the only people named in their sentence, the first name opens a clause
(after a comma, a colon or the line's start: not "for Dagny Brandt, Toto Russo"), the second ends one
(a comma, a full stop or the line's end after it, but no "and" going on with a list) and at
least one is a full name: of two as
long, one sharing a word with the other is keyed by the one that starts with that word (its
given name; the word before it in the other a way of addressing the person); a name said with a
possessive ("Toto, Antonio's brother") or by an authoritative detector is left as it is.

A kunya (``KUNYA_WORDS``: "Abu Samir", "Umm Karim") right after a full name and a comma is that
person's name by their child whatever stands around the two ("the manager is Samir Khalil, Abu
Tariq, he said", "Karim Haddad, Abu Rami we call him"): no list of people goes on with a kunya
said so, and the words after it need not end a clause; but not a kunya followed by a comma and
another name (a list), nor one said with a possessive.

A lone name beside a full name that its word ties to, a form of one of the full name's words
(the same word, one cut short to three letters or more at either end, a pet form of its start
or a part of a hyphenated name: "dario, Dariusz Kowal", "Ottie, Ottokar Brandt", "Ti-Mau,
Maurice Lenz"), is that person wherever the lone name stands: after a word as well ("his
brother Ottie, Ottokar Brandt, took it"), and with a full stop between where the lone name is
a sentence of its own ("Ottokar Brandt. Ottie. I work ...", "maurice. maurice lenz, he ...");
no one else named in the two names' sentences, and no list going on.  Without the tie a name
after a word stays apart ("the lawyer for Dagny Brandt, Solveig Moen"), as two full names do.

So tied, the two are one person even where the model called one of them a place, a company or a
job ("Bosse, Bo Nilsson" with Bosse a place, "i'm tangi, tangimetua marsters." with the full name
a firm, "the physio, gojko, gojko lalić,"): the tie says more than the model's guess, and the
mistyped one is made the person's (nothing else may be named in the two names' sentences, the
places and firms found there counted too).  A pet form the given-name lists hold ties as well
("Turi" of Salvatore, "Bosse" of Bo, "Bob" of Robert).  In the design sets' gold such a pair was
split in 4 sets of 30 (fresh17, 18, 20, 24), each time one person.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Callable, Sequence

import regex

from redactor.detect.overlaps import AUTHORITATIVE
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.profiles import skeleton
from redactor.entities.resolve import person_tokens
from redactor.entities.variants import default_given_names
from redactor.lexicon.names import KUNYA_WORDS, pet_form_of
from redactor.model import Mention
from redactor.refine.nicknames import spread_linked

# Only a comma (and spaces on one line) between the two names.
_COMMA = own_compiled(r"[^\S\n]*,[^\S\n]*")
# What follows the second name where it ends a clause.
_CLAUSE_END = own_compiled(r"[^\S\n]*(?:[,.;:!?)]|$)", regex.M)
# What stands right before the first name where it opens a clause: a comma, a colon, a dash or
# a bracket, or the line's start (Markdown's emphasis and quote marks aside: "**A:** Toto, ...").
_OPENS = own_compiled(r"(?:^|[,:(\u2013\u2014-])[^\S\n*_>]*[*_>]*[^\S\n]*\Z", regex.M)
# ... or the words that say who someone is, right before the first name ("the cook is Toto,
# Antonio Russo."): a name said as what someone is, not a word's ("the agent for Dagny Brandt").
_IS_BEFORE = own_compiled(r"(?<![\p{L}'’])(?i:is|was)[^\S\n]+\Z")
# What someone named by one name is, said between that name and the full name, commas around
# it ("Toto, the cook, Antonio Russo", "Toto, who runs the kitchen, Antonio Russo"): a few
# words that start with an article, a possessive or "who".
_ROLE_BETWEEN = own_compiled(r"""(?x) [^\S\n]* , [^\S\n]* (?i: the | my | our | his | her | their | a | an | who )
    (?: [^\S\n]+ [\p{L}\p{M}'’-]+ ){1,6} [^\S\n]* , [^\S\n]*""")
# A list goes on with a role after each name ("Toto, the cook, Lena Berg, the driver"): two people.
_ROLE_AFTER = own_compiled(r"[^\S\n]*,[^\S\n]*(?i:the|my|our|his|her|their|a|an|who)(?!\p{L})")
# The one person the two names are, taken up right after them ("..., Antonio Russo, he said";
# "... Antonio Russo. She ...").
_ONE_TAKEN_UP = own_compiled(r"[^\S\n]*[,.;][^\S\n]*(?i:he|she)(?:['’]s)?(?!\p{L})")
# A list that goes on after the second name ("Dagny Brandt, Solveig Moen, and the driver"): two people.
_LIST_GOES_ON = own_compiled(r"[^\S\n]*,?[^\S\n]*(?:and|or|&)(?!\p{L})", regex.I)
# What ends a sentence: no one else may be named between the two names' sentence bounds.
_SENTENCE_END = own_compiled(r"[.!?;\n]")
# The same, searched backwards from where a sentence's first name stands: the last end before it
# (one character, so the same end a search from the text's start would find last).
_SENTENCE_END_BEFORE = own_compiled(r"(?r)[.!?;\n]")
# A full stop between two names said as sentences one after the other (on one line).
_FULL_STOP = own_compiled(r"[^\S\n]*\.[^\S\n]+")
# What stands before a name that opens a sentence: a sentence's end, a colon, or the line's start
# (a speaker's label or voice tag, or Markdown's emphasis, before it).
_SENTENCE_OPENS = own_compiled(r"(?:^|[.!?:>])[^\S\n*_]*[*_]*[^\S\n]*\Z", regex.M)
# What ends a sentence after a name said as one.
_SENTENCE_CLOSES = own_compiled(r"[^\S\n]*(?:[.!?]|$)", regex.M)
# Letters a cut-short form keeps of the name it is cut from.
_CUT_LETTERS = 3
# What the model may call a name said beside the person's full name: a place ("Bosse"), a firm
# ("tangimetua marsters") or, after a job's word, the job ("the physio, gojko").
_MISTYPED = frozenset({"LOCATION", "ORGANIZATION", "OCCUPATION"})
# ... and so it may call the name where the document says it again ("gojko" a job once more).
_SPREAD_TYPES = frozenset({"PERSON", "CALL_SIGN"}) | _MISTYPED


def link_appositions(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int] = ()) -> list[Mention]:
    """``mentions`` with the shorter of two names of one person said side by side keyed by
    the longer one's full name (see the module's docstring).  Where a file's pieces are joined
    (captions' cues, a transcript JSON's segments, ``piece_starts``), a piece ends a sentence
    as a full stop does: captions without full stops are no one long sentence."""
    people = sorted((i for i, m in enumerate(mentions) if m.entity_type == "PERSON"), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in people]
    keyed: dict[int, str] = {}
    for n, (i, j) in enumerate(zip(people, people[1:])):
        a, b = mentions[i], mentions[j]
        after = mentions[people[n + 2]] if n + 2 < len(people) else None
        if _kunya_after_name(text, a, b, after):
            pair: tuple[int, int] | None = (j, i)
        elif _others_in_sentence(text, mentions, people, starts, n, piece_starts):
            continue
        elif _side_by_side(text, a, b, piece_starts):
            pair = _shorter_and_longer(i, a, j, b)
        elif _role_between(text, a, b, piece_starts):
            pair = _shorter_and_longer(i, a, j, b) if len(_words(a)) <= len(_words(b)) else None
        else:
            pair = _tied_side_by_side(text, i, a, j, b)
        if pair is not None:
            shorter, longer = pair
            keyed[shorter] = mentions[longer].key or " ".join(person_tokens(mentions[longer].text))
    retyped = _mistyped_pairs(text, mentions, piece_starts, keyed)
    if not keyed:
        return list(mentions)
    out = [replace(m, key=keyed.get(i, m.key), entity_type="PERSON") if i in keyed or i in retyped else m
           for i, m in enumerate(mentions)]
    # the name is the person wherever the document says it, as a linked nickname is
    return spread_linked(text, out, {out[i].text: out[i] for i in keyed}, _SPREAD_TYPES)


def _side_by_side(text: str, a: Mention, b: Mention, piece_starts: Sequence[int] = ()) -> bool:
    """Whether ``b`` follows ``a`` with only a comma between and ends a clause, ``a`` opens one (a
    name after a word is that word's: "the agent for Dagny Brandt, Toto Russo, said"), and
    neither is said with a possessive."""
    return (a.end <= b.start and _COMMA.fullmatch(text, a.end, b.start) is not None and _opens(text, a, piece_starts)
            and _CLAUSE_END.match(text, b.end) is not None and _LIST_GOES_ON.match(text, b.end) is None
            and not _with_possessive(text, a, b))


def _opens(text: str, a: Mention, piece_starts: Sequence[int] = ()) -> bool:
    """Whether name ``a`` opens a clause or a piece (a cue, a segment), or is said as what
    someone is ("the cook is Toto")."""
    k = bisect.bisect_right(piece_starts, a.start)
    return (_OPENS.search(text, 0, a.start) is not None or _IS_BEFORE.search(text, max(0, a.start - 8), a.start) is not None
            or (k > 0 and not text[piece_starts[k - 1]:a.start].strip()))


def _role_between(text: str, a: Mention, b: Mention, piece_starts: Sequence[int] = ()) -> bool:
    """Whether one name is said, what the person is between commas, then the other name, and
    the words after it take the two up as one person ("Toto, the cook, Antonio Russo. He
    ..."): ``a`` opening a clause or a sentence, no list going on after ``b``, neither with a
    possessive."""
    return (a.end <= b.start and _ROLE_BETWEEN.fullmatch(text, a.end, b.start) is not None
            and (_opens(text, a, piece_starts) or _SENTENCE_OPENS.search(text, 0, a.start) is not None)
            and _ONE_TAKEN_UP.match(text, b.end) is not None and _ROLE_AFTER.match(text, b.end) is None
            and _LIST_GOES_ON.match(text, b.end) is None and not _with_possessive(text, a, b))


def _tied_side_by_side(text: str, i: int, a: Mention, j: int, b: Mention,
                       tie: Callable[[str, tuple[str, ...]], bool] | None = None) -> tuple[int, int] | None:
    """(lone name, full name) for a lone name and a full name said one after the other that its
    word ties to (``_tied``; see the module's docstring): a comma between, the second ending a
    clause; or a full stop between, the lone name a sentence of its own.  Neither said with a
    possessive, by an authoritative detector, or (the lone name) keyed by another name.  ``tie``:
    how the lone name's word must be tied to the full name (``_tied`` by default)."""
    if a.end > b.start or _with_possessive(text, a, b) or AUTHORITATIVE & {a.detector, b.detector}:
        return None
    ta, tb = _words(a), _words(b)
    if len(ta) == 1 and len(tb) >= 2:
        short, long_, pair = a, tb, (i, j)
    elif len(tb) == 1 and len(ta) >= 2:
        short, long_, pair = b, ta, (j, i)
    else:
        return None
    if person_tokens(short.key or short.text) != person_tokens(short.text) or not (tie or _tied)(_words(short)[0], long_):
        return None
    if _LIST_GOES_ON.match(text, b.end):
        return None
    if _COMMA.fullmatch(text, a.end, b.start):
        return pair if _CLAUSE_END.match(text, b.end) else None
    if not _FULL_STOP.fullmatch(text, a.end, b.start):
        return None
    if short is a:
        return pair if _SENTENCE_OPENS.search(text, 0, a.start) and _CLAUSE_END.match(text, b.end) else None
    return pair if _SENTENCE_CLOSES.match(text, b.end) else None


def _tied(word: str, name: tuple[str, ...]) -> bool:
    """Whether lone name ``word`` is a form of a word of ``name`` (folded words): the same
    word, either cut short at its start or end keeping ``_CUT_LETTERS`` letters or more, a pet
    form of its start ("ottie" of Ottokar), or a part of a hyphenated name ("ti-mau" of Maurice)."""
    parts = [part for part in word.split("-") if len(part) >= 2]
    for part in parts:
        for other in name:
            shorter, longer = sorted((part, other), key=len)
            if part == other or pet_form_of(part, other) or (
                    len(shorter) >= (_CUT_LETTERS if part == word else 2)
                    and (longer.startswith(shorter) or longer.endswith(shorter))):
                return True
    return _listed_variant(word, name)


def _listed_variant(word: str, name: tuple[str, ...]) -> bool:
    """Whether lone name ``word`` is a form of a word of ``name`` by the given-name lists
    ("bosse" of Bo, "turi" of Salvatore, "laci" of László)."""
    names = default_given_names()
    return any(names.are_variants(skeleton(word), skeleton(other)) for other in name)


def _short_form(word: str, name: tuple[str, ...]) -> bool:
    """Whether lone name ``word`` is a word of ``name`` or a shorter form of one: the same word,
    one cut short at its start or end keeping ``_CUT_LETTERS`` letters or more, a pet form, or a
    form the given-name lists hold.  Not a longer word that starts with one ("Bergen, Anna Berg"
    is a place and a woman)."""
    return any(word == other or pet_form_of(word, other) or (
        _CUT_LETTERS <= len(word) < len(other) and (other.startswith(word) or other.endswith(word)))
        for other in name) or _listed_variant(word, name)


def _mistyped_pairs(text: str, mentions: Sequence[Mention], piece_starts: Sequence[int], keyed: dict[int, str]) -> set[int]:
    """The indexes of the names the model called a place, a company or a job that are one person
    with a person mention beside them by ``_tied_side_by_side`` (see the module's docstring);
    ``keyed`` gets the lone name of each such pair keyed by the full name.  Not what an
    authoritative detector typed (a source's profile, the editor), and only a mention with a
    name's words."""
    names = sorted((i for i, m in enumerate(mentions) if m.entity_type == "PERSON"
                    or (m.entity_type in _MISTYPED and m.detector not in AUTHORITATIVE and person_tokens(m.text))),
                   key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in names]
    retyped: set[int] = set()
    for n, (i, j) in enumerate(zip(names, names[1:])):
        a, b = mentions[i], mentions[j]
        if (a.entity_type == "PERSON") == (b.entity_type == "PERSON") or i in keyed or j in keyed \
                or _others_named(mentions, names, starts, _sentence_of(text, a, b, piece_starts), (a, b)):
            continue
        pair = _tied_side_by_side(text, i, replace(a, entity_type="PERSON"), j, replace(b, entity_type="PERSON"), _short_form)
        if pair is not None:
            shorter, longer = pair
            keyed[shorter] = mentions[longer].key or " ".join(person_tokens(mentions[longer].text))
            retyped.update(k for k in pair if mentions[k].entity_type != "PERSON")
    return retyped


def _with_possessive(text: str, *names: Mention) -> bool:
    """Whether any of ``names`` is said with a possessive ("Antonio's")."""
    return any(text[m.end:m.end + 2] in {"'s", "’s"} for m in names)


def _kunya_after_name(text: str, a: Mention, b: Mention, after: Mention | None) -> bool:
    """Whether ``b`` is a kunya said right after full name ``a`` with a comma between (see the
    module's docstring), neither said with a possessive nor by an authoritative detector, and
    no list going on after it (another name after a comma, or "and")."""
    words, kunya = _words(a), _words(b)
    if (len(words) < 2 or words[0] in KUNYA_WORDS or len(kunya) != 2 or kunya[0] not in KUNYA_WORDS
            or a.end > b.start or _COMMA.fullmatch(text, a.end, b.start) is None
            or AUTHORITATIVE & {a.detector, b.detector} or person_tokens(b.key or b.text) != person_tokens(b.text)
            or _with_possessive(text, a, b) or _LIST_GOES_ON.match(text, b.end)):
        return False
    return after is None or _COMMA.fullmatch(text, b.end, after.start) is None


def _others_in_sentence(text: str, mentions: Sequence[Mention], people: list[int], starts: list[int], n: int,
                        piece_starts: Sequence[int] = ()) -> bool:
    """Whether anyone else is named in the sentence of the pair ``people[n]``, ``people[n + 1]``
    (a sentence ends where a piece does).  ``starts``: where each of ``people`` starts (sorted),
    so the people inside the sentence are counted by bisection, not by a walk over every person
    of the document for each pair (quadratic in a long file's names)."""
    first, second = mentions[people[n]], mentions[people[n + 1]]
    start, end = _sentence_of(text, first, second, piece_starts)
    inside = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
    return inside > sum(start <= s < end for s in (first.start, second.start))


def _sentence_of(text: str, first: Mention, second: Mention, piece_starts: Sequence[int] = ()) -> tuple[int, int]:
    """Where the sentence (or sentences) of two names said one after the other starts and ends
    (a sentence ends where a piece does)."""
    before = _SENTENCE_END_BEFORE.search(text, 0, first.start)
    start = before.end() if before is not None else 0
    after = _SENTENCE_END.search(text, second.end)
    end = after.start() if after else len(text)
    k = bisect.bisect_right(piece_starts, first.start)
    if k:
        start = max(start, piece_starts[k - 1])
    k = bisect.bisect_left(piece_starts, second.end)
    if k < len(piece_starts):
        end = min(end, piece_starts[k])
    return start, end


def _others_named(mentions: Sequence[Mention], names: Sequence[int], starts: Sequence[int], bounds: tuple[int, int],
                  pair: tuple[Mention, Mention]) -> bool:
    """Whether any of ``names`` (``starts``: where each starts, sorted) inside ``bounds`` is
    someone or something other than the two names of ``pair``: the same name said again is none
    ("Turi, Salvatore Cannizzo, everybody calls him Turi")."""
    own = {person_tokens(m.text) for m in pair}
    return any(person_tokens(mentions[k].text) not in own
               for k in names[bisect.bisect_left(starts, bounds[0]):bisect.bisect_left(starts, bounds[1])])


def _shorter_and_longer(i: int, a: Mention, j: int, b: Mention) -> tuple[int, int] | None:
    """The index of the name to key and of the full name to key it by (``_first_is_shorter``),
    when at least one is a full name and neither is authoritative nor the one to key already
    keyed by another name."""
    ta, tb = _words(a), _words(b)
    if not ta or not tb or max(len(ta), len(tb)) < 2:
        return None
    first_shorter = _first_is_shorter(ta, tb)
    if first_shorter is None:
        return None
    short, long_ = (a, b) if first_shorter else (b, a)
    if person_tokens(short.key or short.text) != person_tokens(short.text) or AUTHORITATIVE & {a.detector, b.detector}:
        return None
    return (i, j) if first_shorter else (j, i)


def _first_is_shorter(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool | None:
    """Whether the first of two names is the one to key by the second (False: the other way
    round; None: neither).  The one with fewer words; of two as long that share no word, the
    first (the second explains it); of two as long that share one word, the one that does not
    start with it (a word of address before "Kiki", then "Kiki Lou": the word that starts a name
    is its given name, the word before it in the other a way of addressing her), none if both
    or neither start so."""
    shared = set(ta) & set(tb)
    if len(ta) != len(tb):
        return len(ta) < len(tb)
    if not shared:
        return True
    if len(shared) > 1 or (ta[0] in shared) == (tb[0] in shared):
        return None
    return tb[0] in shared


def _words(m: Mention) -> tuple[str, ...]:
    return person_tokens(m.key if m.key else m.text)
