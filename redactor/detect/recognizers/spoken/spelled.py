"""Names and codes spelled letter by letter ("K-O-V-A-C", "B as in Bravo", "a x seven seven …")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from redactor.detect.caption_acronyms import letters_expanded_after, letters_said_as_a_body
from redactor.detect.recognizers.spoken.base import (
    COMPOUND_TENS,
    LOST_SPEECH,
    SPACE_OR_HYPHEN,
    TEENS,
    UNITS,
    Found,
    SpokenRecognizer,
    Tok,
    ascii_fold,
    context_words,
    names_a_phone,
    number_kind,
    number_value,
    word_pattern,
)
from redactor.lexicon.folding import strip_possessive

_NATO = {
    "alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
    "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
    "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
    "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
    "whiskey": "w", "whisky": "w", "x-ray": "x", "xray": "x", "yankee": "y", "zulu": "z",
    # letter names that are no English word: "zed four four", "aitch two"
    "zed": "z", "zee": "z", "aitch": "h",
}

# Letter names said in place of a letter of a code, English and Cyrillic ("bee kay four four one",
# "ye three four seven": the Cyrillic Е): most are English words too ("be", "ex", "ye"), so one
# counts only in a code after an ID word, at its edge next to its digits.
_LETTER_NAMES = {
    "bee": "b", "cee": "c", "dee": "d", "eff": "f", "ef": "f", "gee": "g", "jay": "j", "kay": "k",
    "el": "l", "ell": "l", "em": "m", "en": "n", "pee": "p", "cue": "q", "ar": "r", "ess": "s",
    "es": "s", "tee": "t", "te": "t", "vee": "v", "ve": "v", "ex": "x", "wye": "y", "ze": "z",
    "be": "b", "ge": "g", "de": "d", "ye": "e", "yo": "e", "zhe": "zh", "ka": "k", "pe": "p",
    "kha": "kh", "tse": "ts", "che": "ch", "sha": "sh", "shcha": "shch", "yu": "yu",
    "ya": "ya",
    # the rest of the English alphabet's names, and the common spellings of other alphabets read
    # out in Latin letters (German, Dutch, Indonesian, Malay: "ha", "ku", "iks", "zet", "jot")
    "ay": "a", "aye": "a", "see": "c", "ce": "c", "ha": "h", "haitch": "h", "eye": "i", "jot": "j",
    "queue": "q", "ku": "q", "are": "r", "you": "u", "why": "y", "iks": "x", "zet": "z",
    "double u": "w", "double you": "w", "dubya": "w",
}
# Letter names that are everyday words ("are you sure", "see you", "why not", "ha"): one counts at
# a code's edge only beside another letter of it ("kay are", "a bee see", "ef ha"), never beside
# its digits alone ("four four seven, are you sure").
_EVERYDAY_LETTER_NAMES = frozenset({
    "ay", "aye", "see", "ha", "eye", "are", "you", "why", "double you", "ce", "ku", "jot",
})
# Of those, the verbs and the words that open a clause: right after a word that says no code
# follows ("the permit numbers are z a p", "you see k"), the word itself, not a letter.
_CLAUSE_LETTER_NAMES = frozenset({"are", "see", "why", "you"})
# The words after which a code is said: a letter name there is the code's ("it is are two dee").
_CODE_FOLLOWS = frozenset("is was it's its that's thats reads read says said".split())
# Words after which a letter name is the verb or the word, not a letter ("will be two", "the ex").
_NOT_BEFORE_LETTER_NAME = frozenset("""
will would can could should must might may to not never 'll ll shall the an and or
""".split())

# Letters-only sequences that are organisations or common abbreviations, not spelled names.
_ACRONYMS = frozenset("""
abc bbc cnn fbi cia kgb fsb gru sbu gur nsa usa uk eu un nato ussr ngo ceo cfo atm dna pdf
gps usb tv vip diy faq asap rip omg lol ok nhs osce unhcr unicef who imf wto nasa esa idf
ira isis ied rpg apc mp bmp btr bbq ufo dj mc pr hr it ai vpn sim id
lgbt lgbtq lgbtqi lgbtqia himars icrc ohchr fifa uefa ussr dprk nkvd kgb omon zsu
www http https
""".split())



# -------------------------------------------------------------------------- spelled-out words

# Class letters of the spelling tokenizer:
#   E "b as in bravo", "k for kilo"  H "K-O-V-A-C" (one token, several characters)
#   n NATO word  l single letter  a ambiguous letter ("a", "i")  d digit word  g digits
#   M "double"/"triple"  c spelling cue ("spelled", "that's")  p comma or stop  f filler
#   w other word  x other punctuation  q note that speech was lost  h "i think" (after such a note)
_SPELLED_PARTS = (
    # a transcriber's note that speech was lost inside a code ("m nine eight four [inaudible] i
    # think k a"), and the hedge said after it: the code goes on past them
    ("lost", rf"\[\s*(?:{LOST_SPEECH})[^\[\]\n]{{0,30}}\]|\((?:{LOST_SPEECH})\)"),
    ("hedge", r"\bi\s+(?:think|guess|believe)\b"),
    # "\s*,\s*|\s+", not "\s*,?\s+": that splits a run of spaces every way (quadratic).
    ("asin", r"\b(?P<al>[^\W\d_])(?:\s*,\s*|\s+)(?:as\s+in|for)\s+(?P=al)[^\W\d_]+(?:-[^\W\d_]+)?"),
    ("hyph", r"(?<![\w‐–-])[^\W_](?:[‐–-][^\W_])+(?![\w‐–-])"),
    ("nato", word_pattern(*_NATO)),
    # "double-u" (w) before "double" said of the letter or figure after it ("double five")
    ("wname", r"\bdouble(?:[\s‐–-]*u|\s+you)\b|\bdubya\b"),
    ("mult", word_pattern("double", "triple")),
    ("tens", COMPOUND_TENS),
    ("teen", word_pattern(*TEENS)),
    ("digitword", word_pattern(*UNITS, "zero", "oh", "nought", "naught")),
    ("cue", word_pattern("spelled", "spelt", "spell", "spells", "spelling", "letters", "that's",
                   "thats", "that is", "it's spelled", "capital")),
    ("lettername", word_pattern(*_LETTER_NAMES)),
    ("letter", r"(?<![\w'’‐–-])[^\W\d_](?![\w'’‐–-])"),
    ("digits", r"\d+"),
    ("filler", r"\b(?:u+h+|u+m+|uhm|e+r+m*|a+h+)\b"),
    ("sep", r"[,.;:]"),
    ("word", r"[^\W_]+(?:['’‐–-][^\W_]+)*"),
    ("punct", r"[^\s\w]|_"),
)
_SPELLED_FIXED = {"tens": "d", "teen": "d", "asin": "E", "hyph": "H", "nato": "n", "mult": "M", "digitword": "d",
                  "cue": "c", "digits": "g", "filler": "f", "lost": "q", "hedge": "h", "sep": "p", "word": "w",
                  "lettername": "N", "wname": "N", "punct": "x"}
_SPELLED_ELEMENT = r"(?:M?[laEnHdgN])"
_SPELLED_GRAMMAR = rf"{_SPELLED_ELEMENT}(?:[pf]*(?:q[pfqh]*)?{_SPELLED_ELEMENT})*"


def _letter_names_kept(tokens: Sequence[Tok], elements: list[int], code_context: bool) -> list[int]:
    """The elements with the letter names that are no letters of a code left out: every one
    outside an ID's context, one not next to a digit, and one after a word that makes it a
    verb or a word ("will be two", "the ex"); [] when a letter name stays inside the run then."""
    def is_name(i: int) -> bool:
        return tokens[i].cls == "N"

    kept = list(elements)
    while kept and is_name(kept[0]) and (not code_context or all(is_name(i) for i in kept) or (
            kept[0] > 0 and tokens[kept[0] - 1].text.lower() in _NOT_BEFORE_LETTER_NAME)):
        kept.pop(0)
    while kept and is_name(kept[-1]) and not code_context:
        kept.pop()
    if not code_context and any(is_name(i) for i in kept):
        return []
    return _everyday_names_trimmed(tokens, kept)


def _everyday_names_trimmed(tokens: Sequence[Tok], kept: list[int]) -> list[int]:
    """``kept`` without the letter names at its edges that are everyday words and stand beside
    no other letter of the code but such a word ("four four seven, are you sure", "one two, why
    you": :data:`_EVERYDAY_LETTER_NAMES`), nor a verb or a clause's word said first, right after
    a word that opens no code ("the permit numbers are z a p …": :data:`_CLAUSE_LETTER_NAMES`)."""
    def everyday(i: int) -> bool:
        return tokens[i].cls == "a" or re.sub(r"[\s‐–-]+", " ", tokens[i].text.lower()) in _EVERYDAY_LETTER_NAMES

    def lone_everyday(edge: int, inner: int) -> bool:
        return tokens[edge].cls == "N" and everyday(edge) and (tokens[inner].cls not in "lEnHN" or everyday(inner))

    def said_as_word(first: int) -> bool:
        before = tokens[first - 1] if first > 0 else None
        return (tokens[first].text.lower() in _CLAUSE_LETTER_NAMES and before is not None and before.cls == "w"
                and before.text.lower() not in _CODE_FOLLOWS)

    while len(kept) > 1 and (lone_everyday(kept[0], kept[1]) or said_as_word(kept[0])):
        kept.pop(0)
    while len(kept) > 1 and lone_everyday(kept[-1], kept[-2]):
        kept.pop()
    return kept


def _letter_then_digits(chars: Sequence[tuple[str, bool]], first_cls: str) -> bool:
    """One letter, then two digits or more: "bravo seven two one", "k nine nine" (not the
    article "a"), a code when an ID word comes before it."""
    letters = sum(1 for _, is_letter in chars if is_letter)
    return letters == 1 and chars[0][1] and len(chars) >= 3 and first_cls != "a"


def _long_letter_code(kind: str, chars: Sequence[tuple[str, bool]], first: Tok) -> bool:
    """One letter, then five digits or more said one by one: "k four four one nine nine" is a
    code read out without any ID word before it (not "o", which is a zero, nor "a" or "i"; a
    phone or an amount named before it is no code: "call my mobile number k nine nine …")."""
    return (not kind and _letter_then_digits(chars, first.cls) and len(chars) >= 6
            and first.cls == "l" and first.text.lower() != "o")


def _left_to_numbers(tokens: Sequence[Tok], chars: Sequence[tuple[str, bool]], owner: Sequence[int],
                     code_context: bool) -> bool:
    """Digits with one letter at most that are no code read out: SpokenNumberRecognizer's."""
    letters = sum(1 for _, is_letter in chars if is_letter)
    return letters < 2 and not (code_context and _a_letter_with_digits(tokens, chars, owner))


def _one_letter_among_digits(chars: Sequence[tuple[str, bool]], letter_cls: Sequence[str]) -> bool:
    """One letter among four digits or more, after or between them: "nine one two four four zero
    seven eight one x", "four four one two seven, um, r zero two" (an ID's letter read out; not
    the pronoun: "my badge was 4471 I think")."""
    letters = [k for k, (_, is_letter) in enumerate(chars) if is_letter]
    return len(letters) == 1 and letters[0] > 0 and len(chars) >= 5 and letter_cls[letters[0]] != "a"


def _a_letter_with_digits(tokens: Sequence[Tok], chars: Sequence[tuple[str, bool]], owner: Sequence[int]) -> bool:
    """A code of one letter and digits read out: the letter first, or after or among them."""
    return (_letter_then_digits(chars, tokens[owner[0]].cls)
            or _one_letter_among_digits(chars, [tokens[i].cls for i in owner]))


def _around_lost(tokens: Sequence[Tok], begin: int, end: int, found: Found) -> Iterator[Found]:
    """``found`` as its parts on each side of a note that speech was lost inside it (and the
    hedge said after it), each with the whole code's key."""
    entity, start, stop, score, key = found
    parts: list[list[int]] = [[]]
    for i in range(begin, end):
        tok = tokens[i]
        if tok.cls == "q" and start < tok.start < stop and parts[-1]:
            parts.append([])
        elif start <= tok.start and tok.end <= stop and tok.cls not in "pfqh":
            parts[-1].append(i)
    for part in parts:
        if part:
            yield entity, tokens[part[0]].start, tokens[part[-1]].end, score, key


def _two_letters_first(tokens: Sequence[Tok], elements: Sequence[int]) -> bool:
    """Whether the run starts with "a" or "i" and another letter said before its digits ("a d
    four four one …"): the "a" is then the code's first letter, not the article."""
    return (len(elements) > 2 and tokens[elements[0]].cls == "a" and tokens[elements[1]].cls in "lEn"
            and tokens[elements[2]].cls in "dgM")


# Where someone works, said before the article: "work at", "employed by", "a job with".
_WORKPLACE_BEFORE = re.compile(
    r"\b(?:work(?:s|ed|ing)?|employed|job|hired|joined)(?:[^\S\n]+(?:at|for|with|in|by))?[^\S\n]+$", re.IGNORECASE)
# Pauses and fillers between the article and the letters: ", uh," is three.
_PAUSE_TOKENS = 3
# The word of a place of work or of a unit said after the letters: they name that place.
_UNIT_AFTER = re.compile(
    r"[^\S\n]+(?:market|wing|unit|team|squad|crew|company|plant|factory|mine|camp|base|site|depot|yard|ward|"
    r"warehouse|shop|store|farm|ship|vessel|boat|line|shift|section|block|cell)s?\b", re.IGNORECASE)


def _acronym_after_article(tokens: Sequence[Tok], owner: Sequence[int]) -> bool:
    """Plain letters said right after the definite article ("the j w x b radio", "a letter
    to the q z w v"), a pause and a filler perhaps between ("the report to the, uh, j k k p":
    the speaker looked for the letters): an organisation's or a place's initials read out, as
    "the f b i" is; a name spelled out is not said with "the" before it ("z y l b e r g", "that's
    z y l b e r g").  Not where someone works ("I work at the k t b c": :data:`_WORKPLACE_BEFORE`),
    nor before a place of work or a unit they name ("the w j x q team": :data:`_UNIT_AFTER`)."""
    first, last = owner[0], owner[-1]
    article = first - 1
    while article > 0 and tokens[article].cls in "pf" and first - article <= _PAUSE_TOKENS:
        article -= 1
    before = " ".join(tok.text for tok in tokens[max(0, article - 3):article]) + " "
    after = " " + " ".join(tok.text for tok in tokens[last + 1:last + 2])
    return article >= 0 and tokens[article].text.lower() == "the" and \
        all(tokens[i].cls in "la" for i in set(owner)) and _WORKPLACE_BEFORE.search(before) is None and \
        _UNIT_AFTER.match(after) is None


def _spells_no_name(tokens: Sequence[Tok], owner: Sequence[int], key: str, kind: str, cued: bool) -> bool:
    """Letters that spell no one's name: a known acronym without a spelling cue ("the f b i"),
    one letter said again ("echo, echo, echo", "m m m"), or initials after "the" outside a
    code's context ("the w x j p wrote back": :func:`_acronym_after_article`)."""
    if len(set(key)) == 1:
        return True
    if cued:
        return False
    return key in _ACRONYMS or (kind not in {"id", "plate"} and _acronym_after_article(tokens, owner))


def _speakers_labels(tokens: Sequence[Tok], owner: Sequence[int], end: int) -> tuple[int, int]:
    """How many of the run's first and last characters label a turn, not the code: a letter
    right before a colon ("a: 3401 8827\nq: and the truck" is the code "3401 8827"); (0, 0)
    when none does, or when the labels would leave nothing."""
    first, last = owner[0], owner[-1]
    head = owner.count(first) if first + 1 < len(tokens) and tokens[first + 1].text == ":" \
        and tokens[first].cls in "la" else 0
    tail = owner.count(last) if last == end - 1 and end < len(tokens) and tokens[end].text == ":" \
        and tokens[last].cls in "la" else 0
    return (head, tail) if head + tail < len(owner) else (0, 0)


def _letters_after_digits(chars: Sequence[tuple[str, bool]]) -> bool:
    """Whether a code reads letter, three digits or more, then two letters or more: "a four four
    seven one b c" (a prisoner number), where the leading "a" is the code's, not an article."""
    shape = "".join("l" if is_letter else "d" for _, is_letter in chars)
    return re.fullmatch(r"ld{3,}l{2,}", shape) is not None


class SpelledOutRecognizer(SpokenRecognizer):
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
    def _classify(group: str, start: int, end: int, text: str) -> Tok:
        cls = _SPELLED_FIXED.get(group)
        if cls is None:  # a single letter
            cls = "a" if text.lower() in {"a", "i"} else "l"
        return Tok(start, end, cls, text)

    def _found(self, text: str, tokens: Sequence[Tok], m: re.Match[str]) -> Iterator[Found]:
        found = self._judge(tokens, m.start(), m.end())
        if found is not None and found[0] == "PERSON" and letters_expanded_after(text, found[2], found[4]):
            return  # a body's initials before the words they stand for ("c h c c, the commonwealth health center")
        if found is not None and found[4].isalpha() and letters_said_as_a_body(text, *found[1:3], found[4]):
            return  # letters alone where the words around say a body ("i took it to z a e c a", "and the h r c s l?
            # yes i also wrote to them": a code's context near does not make them its letters)
        if found is not None:
            yield from _around_lost(tokens, m.start(), m.end(), found)

    @staticmethod
    def _chars(tok: Tok) -> list[tuple[str, bool]]:
        """(character, is_letter) for each character one token spells."""
        low = tok.text.lower()
        if tok.cls == "H":
            return [(c, not c.isdigit()) for c in ascii_fold(re.sub(r"[‐–-]", "", low))]
        if tok.cls == "E":
            return [(ascii_fold(low[0]), True)]
        if tok.cls == "n":
            return [(_NATO.get(SPACE_OR_HYPHEN.sub("-", low), low[0]), True)]
        if tok.cls == "d":
            return [(c, False) for c in number_value(low)]
        if tok.cls == "g":
            return [(c, False) for c in low]
        if tok.cls == "N":
            return [(_LETTER_NAMES[re.sub(r"[\s‐–-]+", " ", low)], True)]
        return [(ascii_fold(low), True)]

    def _judge(self, tokens: Sequence[Tok], begin: int, end: int) -> Found | None:
        elements = [i for i in range(begin, end) if tokens[i].cls in "laEnHdgMN"]
        kind, cue = self._kind_and_cue(tokens, begin, elements)
        elements = _letter_names_kept(tokens, elements, kind in {"id", "plate"})
        if not elements:
            return None
        chars, owner = self._spelled(tokens, elements)
        letters = sum(1 for _, is_letter in chars if is_letter)
        digits = len(chars) - letters
        code_context = bool(digits) and (kind in {"id", "plate"} or cue)
        long_code = _long_letter_code(kind, chars, tokens[owner[0]])
        if not long_code and _left_to_numbers(tokens, chars, owner, code_context):
            return None  # numbers are SpokenNumberRecognizer's
        chars, owner = self._trim_articles(tokens, chars, owner, end, bool(digits) and not code_context,
                                           code_context=code_context or _letters_after_digits(chars))
        if len(chars) < 3:
            return None
        key = "".join(c for c, _ in chars)
        start, stop = tokens[owner[0]].start, tokens[owner[-1]].end
        if any(not is_letter for _, is_letter in chars):
            found = self._code(chars, kind, cue, long_code)
        else:
            found = self._name(tokens, owner, key, kind, cue, len(chars))
        if found is None:
            return None
        entity, score = found
        head, tail = _speakers_labels(tokens, owner, end)
        if head or tail:  # the code as it was judged, without the letters that label a turn
            start, stop, key = tokens[owner[head]].start, tokens[owner[-tail - 1]].end, key[head:len(key) - tail]
        return entity, start, stop, score, key

    def _kind_and_cue(self, tokens: Sequence[Tok], begin: int, elements: Sequence[int]) -> tuple[str, bool]:
        """What the words before the run say it is (``number_kind``), and whether a cue word
        stands within three tokens before it."""
        context = context_words(tokens, begin, self.CONTEXT_WINDOW, "wc")
        kind = number_kind(context)
        if kind == "phone" and not names_a_phone(context) and elements and (
                tokens[elements[0]].cls in "lEnH" or tokens[elements[-1]].cls in "lEn"
                or _two_letters_first(tokens, elements)):
            # "my number was b four four seven", "... seven eight one x", "number a d four four
            # one …": a number that starts or ends with a letter is no phone's; after a bare
            # "number" it is the person's own (a prisoner's, a soldier's)
            kind = "id"
        return kind, any(tokens[j].cls == "c" for j in range(max(0, begin - 3), begin))

    def _spelled(self, tokens: Sequence[Tok], elements: Sequence[int]) -> tuple[list[tuple[str, bool]], list[int]]:
        """(character, is_letter) for each character spelled, and the token each comes from."""
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
        # "oh" is the letter o among letters and zero among digits.
        if letters > len(chars) - letters:
            ohs = {i for i in elements if tokens[i].cls == "d" and tokens[i].text.lower() == "oh"}
            chars = [("o", True) if owner[k] in ohs else ch for k, ch in enumerate(chars)]
        return chars, owner

    @staticmethod
    def _trim_articles(tokens: Sequence[Tok], chars: list[tuple[str, bool]], owner: list[int], end: int,
                       plain_digits: bool, code_context: bool) -> tuple[list[tuple[str, bool]], list[int]]:
        """Trim an ambiguous "a"/"i" at the edges: the article or the pronoun, not a letter,
        unless a comma after it shows it is spelled, or an ID context says a code follows."""
        head = owner[0]
        spelled_head = head + 1 < end and tokens[head + 1].cls == "p"
        if tokens[head].cls == "a" and not spelled_head and not code_context:
            k = owner.count(head)
            chars, owner = chars[k:], owner[k:]
        if not owner:
            return chars, owner
        tail = owner[-1]
        pauses = sum(1 for j in range(owner[0], tail) if tokens[j].cls == "p")
        if tokens[tail].cls == "a" and (
                plain_digits
                # "… x b, a white van": the only comma sets the article apart
                or (pauses == 1 and tokens[tail - 1].cls == "p")):
            k = owner.count(tail)
            chars, owner = chars[:-k], owner[:-k]
        return chars, owner

    def _code(self, chars: Sequence[tuple[str, bool]], kind: str, cue: bool,
              long_code: bool = False) -> tuple[str, float] | None:
        """Entity type and score of spelled letters mixed with digits."""
        letters = sum(1 for _, is_letter in chars if is_letter)
        if kind not in {"id", "plate"} and not long_code and (letters < 2 or len(chars) < self.MIN_CODE_CHARS):
            return None  # "m i six", "s u twenty-five": names of things, not codes
        if kind == "plate":
            return "VEHICLE_PLATE", self.SCORE_CODE_CONTEXT
        return "ID_NUMBER", self.SCORE_CODE_CONTEXT if kind or cue else self.SCORE_CODE

    def _name(self, tokens: Sequence[Tok], owner: Sequence[int], key: str, kind: str,
              cue: bool, length: int) -> tuple[str, float] | None:
        """Entity type and score of spelled letters only: a name, or a code after an ID cue."""
        strong = any(tokens[i].cls in "EnH" for i in set(owner))
        confirmed = self._name_follows(tokens, owner[-1] + 1, key)
        if _spells_no_name(tokens, owner, key, kind, cue or confirmed):
            return None
        if length < 4 and not (cue or confirmed or strong):
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
        return entity, score

    @staticmethod
    def _name_follows(tokens: Sequence[Tok], index: int, key: str) -> bool:
        while index < len(tokens) and tokens[index].cls in "pf":
            index += 1
        if index >= len(tokens):
            return False
        word = strip_possessive(tokens[index].text.lower())
        return ascii_fold(word) == key
