"""A vehicle said by its colour and its model, in any case: "a grey lacetti", "my blue swift", "a
white Vitz", "his old red chevrolet aveo".

People name the car they saw by its colour and its model, and the rule packs' regexes know only
some models.  The models come from a shipped data file, ``redactor/data/vehicle_models.tsv``
(models and their makes by region, documented there), with the vehicles pack's own model lists.
:class:`ColouredModelRecognizer` finds, after an article or a possessive, any words of its
state ("old", "battered"), a colour, maybe its year, its body or the body that runs it ("a beige
1998 corolla", "a white double-cabin Hilux", "the white UN Land Cruiser"), maybe its make, and a
model of those lists:

- a model that is no everyday English word ("lacetti", "vitz", "sonata") is the vehicle;
- one that is also an everyday word ("swift", "polo", "panda", "golf") only with its make said
  ("a blue suzuki swift"), or after a possessive, with no noun after it and a word of driving or
  of a car's upkeep in its sentence ("I took my blue swift to the garage"): not "a red panda",
  "a white polo shirt", "her white polo", "the blue note";
- a word no English dictionary, name or place list knows is a model no list knows ("he parked a
  red wuling") only in a sentence of driving and as the clause goes on: a robe's or a scarf's
  name is as rare ("a white kanzu", "a black shemagh").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from importlib import resources

import regex

from redactor.detect.prefilter import own_compiled
from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.frequency import zipf_frequency
from redactor.lexicon.names import default_gazetteer
from redactor.lexicon.places import fold_place

RECOGNIZER_NAME = "ColouredModelRecognizer"
SCORE = 0.5
MODELS_FILE = "vehicle_models.tsv"
# A model this common in English is an everyday word too ("swift" 4.2, "polo" 3.8).
_EVERYDAY_ZIPF = 3.5
_SP = r"[^\S\n]"
_POSSESSIVES = frozenset("my his her our their your whose".split())
# After an everyday model, what may follow the vehicle: the clause's end or a word that is no noun.
_AFTER_VEHICLE = own_compiled(
    rf"{_SP}*(?:[.,;:!?)\]]|$)|{_SP}+(?:to|into|in|at|on|with|and|but|so|from|for|back|out|off|away|down|up|"
    rf"that|which|was|is|had|has|got|broke|parked|outside|there|here|again|every|because|when|while)(?![\w'’-])",
    regex.I)
# Words of driving or a car's upkeep that make an everyday model the vehicle in a sentence.
_DRIVING = own_compiled(
    r"(?<![\w'’-])(?:drive|drives|drove|driven|driving|ride|rides|rode|riding|park|parked|parking|garage|mechanic|"
    r"petrol|diesel|fuel|engine|tyres?|tires?|road|crashed|broke[^\S\n]+down|pulled[^\S\n]+up|keys|car|service|"
    r"serviced|insurance|registration|plates?|speeding|overtook|reversed)(?![\w'’-])",
    regex.I)
# Words only a vehicle's driving says, for a model no list knows.
_DRIVEN = own_compiled(
    r"(?<![\w'’-])(?:drive|drives|drove|driven|driving|park|parked|parking|garage|mechanic|engine|tyres?|tires?|"
    r"pulled[^\S\n]+up|overtook|overtaking|honked|hooted|reversed|crashed|broke[^\S\n]+down|number[^\S\n]+plate|"
    r"plates?|registration|windscreen|bonnet|boot|bumper)(?![\w'’-])",
    regex.I)
# What one wears is as rare a word: said in a sentence of clothes, or "in a black ..." after a person.
_WORN = own_compiled(
    r"(?<![\w'’-])(?:wore|wear|wears|wearing|worn|dressed|clothes|robes?|scarf|headscarf|veil|shirt|dress|hat|cap)(?![\w'’-])",
    regex.I)
_WORN_BEFORE = own_compiled(r"(?<![\w'’-])in[^\S\n]+\Z", regex.I)
# After a model no list knows, the clause goes on with what the vehicle did or where it was.
_AFTER_UNKNOWN = own_compiled(
    rf"{_SP}*(?:[.,;:!?)\]]|$)|{_SP}+(?:with|that|which|was|is|had|has|parked|pulled|stopped|came|arrived|left|drove|"
    rf"passed|broke|by|outside|near|behind|at|from)(?![\w'’-])",
    regex.I)
_SENTENCE_END = own_compiled(r"[.!?\n]")
# How far a sentence is read around the vehicle, at most.
_SENTENCE_REACH = 200
# A word this rare in English, and no name or place, may be a model no list knows.
_UNKNOWN_ZIPF = 2.0


@functools.cache
def known_models() -> frozenset[str]:
    """The models of the data file and of the vehicles pack, case folded ("land cruiser")."""
    from redactor.detect.packs import builtin_vocabulary

    raw = resources.files("redactor.data").joinpath(MODELS_FILE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    listed = {row[0].casefold() for row in rows[1:]}
    listed.update(w.casefold() for w in builtin_vocabulary("vehicles", "model"))
    return frozenset(w for w in listed if not w.isdigit())


# Said between the colour and the model: its year, its body, or the body that runs it ("a beige
# 1998 corolla", "a white double-cabin Hilux", "the white UN Land Cruiser").
_BETWEEN = (rf"(?:(?:19|20)\d\d|(?-i:\p{{Lu}}{{2,5}})|(?:double|single|crew|king){_SP}?-?{_SP}?cab(?:in)?|4x4|4wd)")


@functools.cache
def _phrase() -> regex.Pattern[str]:
    from redactor.detect.packs import builtin_vocabulary, vocabulary_pattern

    state = vocabulary_pattern([*builtin_vocabulary("vehicles", "state"), "dark", "light", "pale", "bright", "metallic"])
    colour = vocabulary_pattern(builtin_vocabulary("vehicles", "colour"))
    make = vocabulary_pattern(builtin_vocabulary("vehicles", "make"))
    return own_compiled(
        rf"(?<![\w'’-])(?P<det>a|an|the|my|his|her|our|their|your|whose|that|this){_SP}+"
        rf"(?P<vehicle>(?:{state}{_SP}+){{0,3}}{colour}{_SP}+(?:{_BETWEEN}{_SP}+)?(?:(?P<make>{make}){_SP}+)?"
        rf"(?P<model>[\p{{L}}\d][\p{{L}}\d-]*)(?:{_SP}+(?P<second>[\p{{L}}\d][\p{{L}}\d-]*))?)",
        regex.I)


def _model_end(found: regex.Match[str]) -> int | None:
    """Where the model the phrase names ends (its two words or its first), or None."""
    models = known_models()
    second = found.group("second")
    if second is not None and f"{found.group('model')} {second}".casefold() in models:
        return found.end("second")
    return found.end("model") if found.group("model").casefold() in models else None


def _unknown_model_end(text: str, found: regex.Match[str]) -> int | None:
    """Where a model no list knows ends: a word no English dictionary, name or place list knows
    ("a red wuling", "a grey Sirion"), said as the clause goes on, in a sentence of driving; a
    robe or a headscarf is as rare a word ("a white kanzu"), so the sentence decides."""
    word = found.group("model")
    if (zipf_frequency(word.casefold(), "en") >= _UNKNOWN_ZIPF or any(c.isdigit() for c in word)
            or default_gazetteer().get(fold_place(word)) is not None
            or _AFTER_UNKNOWN.match(text, found.end("model")) is None
            or _WORN_BEFORE.search(text, max(0, found.start() - _SENTENCE_REACH), found.start()) is not None
            or _driving_in_sentence(text, found.start(), found.end("model"), _WORN)):
        return None
    return found.end("model") if _driving_in_sentence(text, found.start(), found.end("model"), _DRIVEN) else None


def _driving_in_sentence(text: str, start: int, end: int, words: regex.Pattern[str] = _DRIVING) -> bool:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _SENTENCE_REACH), start)]
    after = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    begin = ends[-1] if ends else max(0, start - _SENTENCE_REACH)
    return words.search(text, begin, after.start() if after else min(len(text), end + _SENTENCE_REACH)) is not None


def _is_vehicle(text: str, found: regex.Match[str], end: int) -> bool:
    model = text[found.start("model"):end].casefold()
    # a model of two words is no everyday phrase, whatever its words ("land cruiser", "wagon r")
    if " " in model or zipf_frequency(model, "en") < _EVERYDAY_ZIPF or found.group("make") is not None:
        return True
    return (found.group("det").casefold() in _POSSESSIVES and _AFTER_VEHICLE.match(text, end) is not None
            and _driving_in_sentence(text, found.start(), end))


def find_coloured_models(text: str, flags: Sequence[bool] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each vehicle said by its colour and a known model (see the module)."""
    for found in _phrase().finditer(text):
        end = _model_end(found)
        if end is not None and _is_vehicle(text, found, end):
            yield found.start("vehicle"), end
        elif end is None and (unknown := _unknown_model_end(text, found)) is not None:
            yield found.start("vehicle"), unknown


class ColouredModelRecognizer(LowerCasePlaceRecognizer):
    """VEHICLE for a colour and a known model after an article or a possessive (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a colour and a known model"
    entity = "VEHICLE"
    find = staticmethod(find_coloured_models)
