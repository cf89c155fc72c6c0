"""A capital that only opens a sentence: the model's name that its own text writes as a word.

The model reads a capital as a sign of a name, and a sentence's first word has one whatever it
is: "Kerosene is cheaper", "Junket groups come from abroad", "Hotline ticket 1124-77831",
"Cheetah cubs."  A word no name list knows that opens a sentence there, and that the same text
writes in small letters elsewhere in a line written with capitals ("it was mixed with kerosene",
"the junket agent"), is that word: a line that writes names with capitals would have written
a name's with one.  Once found, such a word would be replaced wherever the run says it again
(propagation, the leak audit's values), so the one sentence's capital cost every "kerosene" of
the run.  A caption's line (:func:`redactor.detect.casing.caseless_lines`) has no capitals to
tell, so a word in small letters there proves nothing.
"""

from __future__ import annotations

import re

from redactor.detect.casing import caseless_lines
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import default_places
from redactor.model import Mention

# What ends a sentence, a line, a label or a quotation right before a word ("A: Junket",
# '"text": " Cheetah', "level 2. Hydrazine").
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;\n\"“”(\[*>-])[^\S\n]*$")
# One word written with a capital and then small letters only.
_CAPITALISED_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a sentence, a line, a turn after its label or a quotation."""
    return start == 0 or _SENTENCE_BREAK.search(text, max(0, start - 8), start) is not None


def _known_name_or_place(word: str) -> bool:
    """A given name, a surname or a place the lists know ("Rose", "Mark", "Reading"): its small
    letters elsewhere may be the word and its capital still the name's."""
    info = default_gazetteer().lookup(word)
    return (info is not None and (info.first or info.last)) or default_places().is_place(word)


def written_small_in_a_cased_line(text: str, word: str, skip: int) -> bool:
    """Whether ``text`` writes ``word`` in small letters, as a word of its own (not a part of an
    e-mail address, a handle or a web address: "kobi.f@..." is no word), in a line that is not
    a caption's (other than at ``skip``)."""
    small = re.compile(rf"(?<![\w'’@./-]){re.escape(word.lower())}(?![\w'’@-]|\.\w)")
    flags = None
    for found in small.finditer(text):
        if found.start() == skip:
            continue
        flags = flags if flags is not None else caseless_lines(text)
        line = text.count("\n", 0, found.start())
        if line < len(flags) and not flags[line]:
            return True
    return False


def word_with_a_sentence_capital(text: str, m: Mention) -> bool:
    """The model's one-word name, place or organisation is a word with only its sentence's
    capital (see the module): it opens a sentence, no name or place list knows it, and its
    text writes it in small letters in a line written with capitals."""
    word = m.text
    if not _CAPITALISED_WORD.fullmatch(word) or not (word[0].isupper() and word[1:].islower()):
        return False
    if not opens_sentence(text, m.start) or _known_name_or_place(word):
        return False
    return written_small_in_a_cased_line(text, word, m.start)
