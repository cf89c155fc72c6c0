"""A login or user name given right after the word "login" or "user", whatever its shape.

The contact pack finds an account's name after "login" or "user" when it is shaped like one (a
digit, an underscore or a dot: "login pbasaran3") or said with its numbers.  A system's log names
its users just as often by a bare word that no language uses ("every entry carries the login
HKOWAL", "approved by user jmarek") or by its letters read out one by one ("someone used my
login, t k w", "it's my login: r s zero two").  :class:`LoginNameRecognizer` finds, as a HANDLE,
right after a login or user word used as a noun ("the login", "my login,", "user", "under his
login:"), either

- one word that English does not use (wordfreq knows it hardly or not at all: "HKOWAL",
  "jmarek"), not a name's or a place's capitalised word in running text ("the user Maria" is the
  name detectors'), or
- two to six single letters said one by one, maybe with the numbers said after them ("t k w",
  "r s zero two").

Not found: an everyday word ("the login page", "user account", "my login details"), "log in" the
verb ("we log in at dawn"), a word said after "user" that is one ("the user agreed").
"""

from __future__ import annotations

from collections.abc import Iterator

from redactor.detect.casing import english_zipf
from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.results import FinderRecognizer, Found

RECOGNIZER_NAME = "LoginName"
SCORE = 0.7
# A word English uses at least this often is a word, not a login ("page", "account", "details").
_WORD_ZIPF = 2.0
_S = r"[^\S\n]"
# The digits said as words after a login's letters ("r s zero two"); the nickname step drops them
# again to read the letters (``refine.nicknames``).
DIGIT_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# The login or user word as a noun: after a determiner or a preposition, or as a label with a
# colon; then what is said before the name ("is", "was", a comma, a colon, quotes).
_CUE = own_compiled(
    rf"""(?imx) (?<![\w-])
    (?: (?: the | my | his | her | their | your | our | a | under | with | as | by ) {_S}+ (?: own {_S}+ )?
        (?: login | log-in | username | user {_S}? name | user (?: {_S}? id )? )
      | (?: login | username | user ) (?= {_S}* : )
      | (?<= (?: [,;(] | ^ ) {_S}* ) (?: login | username | user ) )
    (?! [\w-] )
    (?: {_S}+ (?: is | was ) {_S}+ | {_S}* [,:] {_S}* | {_S}+ ) ["'“‘]?""")
# One word of letters (and digits after them), or single letters read out with digits after them.
_WORD = own_compiled(r"(?P<word>\p{L}[\p{L}\d]{2,23})(?![\p{L}\d@_'’-]|[.,]?[\p{L}\d])")
_LETTERS = own_compiled(
    rf"""(?ix) (?P<letters> \p{{L}} (?: {_S}+ \p{{L}} ){{1,5}} (?: {_S}+ {DIGIT_WORDS} )* )
    (?! [\p{{L}}\d'’-] )""")


def find_login_names(text: str) -> Iterator[Found]:
    """(HANDLE, start, end, why) of each login or user name said after its word."""
    for cue in _CUE.finditer(text):
        at = cue.end()
        letters = _LETTERS.match(text, at)
        if letters is not None and " " in letters["letters"]:
            yield "HANDLE", at, letters.end(), "single letters read out after a login word"
            continue
        word = _WORD.match(text, at)
        if word is None or english_zipf(word["word"]) >= _WORD_ZIPF:
            continue
        if word["word"][:1].isupper() and not word["word"].isupper():
            continue  # a capitalised name or place: the name detectors'
        yield "HANDLE", at, word.end(), "a word no language uses after a login word"


class LoginNameRecognizer(FinderRecognizer):
    """A login or user name said after its word (see the module)."""

    entities = ("HANDLE",)
    default_name = RECOGNIZER_NAME

    def find(self, text: str) -> list[Found]:
        return list(find_login_names(text))

    def score(self, entity_type: str) -> float:
        return SCORE

