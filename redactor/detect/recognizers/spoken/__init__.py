"""Identifiers said aloud in automatic transcripts.

Speech recognition writes what was said, so a source's details reach the transcript as words:
"jan dot novak at proton dot me", "zero six one two, three four, double five", "that's
K-O-V-A-C", "my handle is at jan underscore novak".  Typed-text detectors miss all of these.
This package owns four Presidio recognizers for them: :class:`SpokenContactRecognizer` (EMAIL,
URL, HANDLE), :class:`SpokenNumberRecognizer` (PHONE, ID_NUMBER, VEHICLE_PLATE),
:class:`SpelledOutRecognizer` (PERSON, ID_NUMBER, VEHICLE_PLATE) and
:class:`UnclassifiedIdRecognizer` (UNKNOWN_ID at a low score, for a second look).  Each compiles
one tokenizer pattern when it is built; the tokenizer turns the text into one class letter per
token, and one grammar pattern over that string of letters is the state machine that finds the
spoken forms, so a word list costs one dictionary lookup per token however long it is.  Every
result carries ``redactor_key``, the value written as it would be typed ("jan.novak@proton.me",
the digits of a phone, "kovac"), so a detail spoken in one interview and typed in another gets
one pseudonym.

One module per kind: ``contact`` (e-mail, web addresses, handles), ``numbers`` (phones, IDs,
plates said as numbers), ``spelled`` (names and codes spelled out), ``identifiers`` (unclassified
codes); ``base`` holds the shared tokenizer machinery.  Scoring on a test set lives in
``bench/spoken_scoring.py``.
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer

from redactor.detect.recognizers.spoken.contact import SpokenContactRecognizer
from redactor.detect.recognizers.spoken.identifiers import UnclassifiedIdRecognizer
from redactor.detect.recognizers.spoken.numbers import SpokenNumberRecognizer
from redactor.detect.recognizers.spoken.spelled import SpelledOutRecognizer

__all__ = ["SpelledOutRecognizer", "SpokenContactRecognizer", "SpokenNumberRecognizer",
           "UnclassifiedIdRecognizer", "spoken_recognizers"]


def spoken_recognizers(supported_language: str = "en") -> list[LocalRecognizer]:
    """One of each recognizer in this package, ready for a Presidio registry."""
    return [
        SpokenContactRecognizer(supported_language=supported_language),
        SpokenNumberRecognizer(supported_language=supported_language),
        SpelledOutRecognizer(supported_language=supported_language),
        UnclassifiedIdRecognizer(supported_language=supported_language),
    ]
