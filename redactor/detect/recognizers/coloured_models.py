"""A vehicle said by its colour and its model, in any case: "a grey lacetti", "my blue swift", "a
white Vitz", "his old red chevrolet aveo".

People name the car they saw by its colour and its model, and the rule packs' regexes know only
some models.  The models come from a shipped data file, ``redactor/data/vehicle_models.tsv``
(models and their makes by region, documented there), with the vehicles pack's own model lists.
:class:`ColouredModelRecognizer` finds, after an article or a possessive, any words of its
state ("old", "battered"), a colour, maybe its make, and a model of those lists:

- a model that is no everyday English word ("lacetti", "vitz", "sonata") is the vehicle;
- one that is also an everyday word ("swift", "polo", "panda", "golf") only with its make said
  ("a blue suzuki swift"), or after a possessive, with no noun after it and a word of driving or
  of a car's upkeep in its sentence ("I took my blue swift to the garage"): not "a red panda",
  "a white polo shirt", "her white polo", "the blue note".
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from importlib import resources

import regex

from redactor.detect.recognizers.places import LowerCasePlaceRecognizer
from redactor.lexicon.frequency import zipf_frequency

RECOGNIZER_NAME = "ColouredModelRecognizer"
SCORE = 0.5
MODELS_FILE = "vehicle_models.tsv"
# A model this common in English is an everyday word too ("swift" 4.2, "polo" 3.8).
_EVERYDAY_ZIPF = 3.5
_SP = r"[^\S\n]"
_POSSESSIVES = frozenset("my his her our their your whose".split())
# After an everyday model, what may follow the vehicle: the clause's end or a word that is no noun.
_AFTER_VEHICLE = regex.compile(
    rf"{_SP}*(?:[.,;:!?)\]]|$)|{_SP}+(?:to|into|in|at|on|with|and|but|so|from|for|back|out|off|away|down|up|"
    rf"that|which|was|is|had|has|got|broke|parked|outside|there|here|again|every|because|when|while)(?![\w'’-])",
    regex.I)
# Words of driving or a car's upkeep that make an everyday model the vehicle in a sentence.
_DRIVING = regex.compile(
    r"(?<![\w'’-])(?:drive|drives|drove|driven|driving|ride|rides|rode|riding|park|parked|parking|garage|mechanic|"
    r"petrol|diesel|fuel|engine|tyres?|tires?|road|crashed|broke[^\S\n]+down|pulled[^\S\n]+up|keys|car|service|"
    r"serviced|insurance|registration|plates?|speeding|overtook|reversed)(?![\w'’-])",
    regex.I)
_SENTENCE_END = regex.compile(r"[.!?\n]")


@functools.cache
def known_models() -> frozenset[str]:
    """The models of the data file and of the vehicles pack, case folded ("land cruiser")."""
    from redactor.detect.packs import builtin_vocabulary

    raw = resources.files("redactor.data").joinpath(MODELS_FILE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in raw.splitlines() if line and not line.startswith("#")]
    listed = {row[0].casefold() for row in rows[1:]}
    listed.update(w.casefold() for w in builtin_vocabulary("vehicles", "model"))
    return frozenset(w for w in listed if not w.isdigit())


@functools.cache
def _phrase() -> regex.Pattern[str]:
    from redactor.detect.packs import builtin_vocabulary, vocabulary_pattern

    state = vocabulary_pattern([*builtin_vocabulary("vehicles", "state"), "dark", "light", "pale", "bright", "metallic"])
    colour = vocabulary_pattern(builtin_vocabulary("vehicles", "colour"))
    make = vocabulary_pattern(builtin_vocabulary("vehicles", "make"))
    return regex.compile(
        rf"(?<![\w'’-])(?P<det>a|an|the|my|his|her|our|their|your|whose|that|this){_SP}+"
        rf"(?P<vehicle>(?:{state}{_SP}+){{0,3}}{colour}{_SP}+(?:(?P<make>{make}){_SP}+)?"
        rf"(?P<model>[\p{{L}}\d][\p{{L}}\d-]*)(?:{_SP}+(?P<second>[\p{{L}}\d][\p{{L}}\d-]*))?)",
        regex.I)


def _model_end(found: regex.Match[str]) -> int | None:
    """Where the model the phrase names ends (its two words or its first), or None."""
    models = known_models()
    second = found.group("second")
    if second is not None and f"{found.group('model')} {second}".casefold() in models:
        return found.end("second")
    return found.end("model") if found.group("model").casefold() in models else None


def _driving_in_sentence(text: str, start: int, end: int) -> bool:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return _DRIVING.search(text, ends[-1] if ends else 0, after.start() if after else len(text)) is not None


def _is_vehicle(text: str, found: regex.Match[str], end: int) -> bool:
    model = text[found.start("model"):end].casefold()
    if zipf_frequency(model, "en") < _EVERYDAY_ZIPF or found.group("make") is not None:
        return True
    return (found.group("det").casefold() in _POSSESSIVES and _AFTER_VEHICLE.match(text, end) is not None
            and _driving_in_sentence(text, found.start(), end))


def find_coloured_models(text: str, flags: Sequence[bool] = ()) -> Iterator[tuple[int, int]]:
    """(start, end) of each vehicle said by its colour and a known model (see the module)."""
    for found in _phrase().finditer(text):
        end = _model_end(found)
        if end is not None and _is_vehicle(text, found, end):
            yield found.start("vehicle"), end


class ColouredModelRecognizer(LowerCasePlaceRecognizer):
    """VEHICLE for a colour and a known model after an article or a possessive (see the module)."""

    default_name = RECOGNIZER_NAME
    score = SCORE
    reason = "a colour and a known model"
    entity = "VEHICLE"
    find = staticmethod(find_coloured_models)
