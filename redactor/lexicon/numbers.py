"""English number words and their values, as said in interviews ("forty-eight", "oh six")."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

UNITS = MappingProxyType({
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
})
TEENS = MappingProxyType({
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
})
TENS = MappingProxyType({
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
})
# Transcribers' misspellings, accepted when reading speech but never produced.
TENS_MISSPELT = MappingProxyType({"fourty": 40})
# Ways a zero is said in a dictated number.
ZEROS = MappingProxyType({"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0})
# The kinds of number a source dictates in pieces ("five two um | eight eight four | one zero
# nine") before or after it is said whole.
PIECED_NUMBERS = frozenset({"PHONE", "ID_NUMBER", "VEHICLE_PLATE", "CREDIT_CARD", "IBAN"})

# Every word that says a figure of a dictated number, with its value.
FIGURE_VALUES = MappingProxyType({**UNITS, **TEENS, **TENS, **TENS_MISSPELT, **ZEROS})
_FIGURE_WORD = re.compile(r"\d+|[^\W\d_]+")


def said_digits(said: str) -> str:
    """The digits of figures said or typed ("double five, one" is "551", "forty five" is "45",
    "0612" is "0612"); other words say none."""
    out: list[str] = []
    times, tens = 1, False
    for word in _FIGURE_WORD.findall(said.lower()):
        if word in ("double", "triple"):
            times, tens = (2 if word == "double" else 3), False
            continue
        if tens and word in UNITS:  # "forty five", as the spoken recognizers read it
            out[-1] = out[-1][0] + str(UNITS[word])
            tens = False
            continue
        value = word if word.isdigit() else str(FIGURE_VALUES[word]) if word in FIGURE_VALUES else ""
        out.append(value * times if len(value) == 1 else value)
        times, tens = 1, word in TENS or word in TENS_MISSPELT
    return "".join(out)


def said_figures_only(folded: str) -> bool:
    """Whether a folded text is figures alone, said or typed ("six six one", "forty five", "0612")."""
    words = folded.split()
    return bool(words) and all(w.isdigit() or w in FIGURE_VALUES or w in ("double", "triple") for w in words)


# Ordinal words ("third", "ninety-second" is "ninety" + "second"), as units are named.
ORDINALS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
})


def ordinal_value(word: str) -> int | None:
    """The number a folded ordinal names: "3rd", "third", "ninety-second" → 3, 3, 92; else None."""
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    if word in ORDINALS:
        return ORDINALS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and unit in ORDINALS and ORDINALS[unit] < 10:
        return TENS[tens] + ORDINALS[unit]
    return None


def _ordinal_day_pattern() -> str:
    """Regex alternation of the ordinal words a day of the month is said with ("fourth",
    "twenty-first", "thirty first"): one to thirty-one, longest first."""
    units = [w for w, v in ORDINALS.items() if v < 10]
    compound = rf"(?:twenty|thirty)[-\s](?:{'|'.join(units)})"
    single = sorted((w for w, v in ORDINALS.items() if v <= 31), key=len, reverse=True)
    return rf"(?:{compound}|{'|'.join(single)})"


# "fourth", "twenty-first", "thirty first": the ordinal words of a day of the month.
ORDINAL_DAY_WORDS = _ordinal_day_pattern()
# A number said in words from one to ninety-nine ("seven", "forty-four", "twenty two"), longest first.
NUMBER_WORDS_TO_99 = (rf"(?:(?:{'|'.join(TENS)})(?:[-\s](?:{'|'.join(UNITS)}))?|"
                      rf"{'|'.join(sorted(TEENS, key=len, reverse=True))}|{'|'.join(UNITS)})")


def _words(*groups: Mapping[str, int]) -> str:
    return "|".join(sorted((w for g in groups for w in g), key=len, reverse=True))


# A number said in words, as a house, flat or floor number is: "twelve", "forty-two",
# "twenty two", "three hundred and five", "one oh four" is not (that is a dictated number).
# A pattern fragment (no flags of its own, non-capturing), for rules that take house numbers.
SPOKEN_NUMBER = (
    rf"(?:(?:{_words(UNITS)})[^\S\n]+hundred(?:[^\S\n]+and)?"
    rf"(?:[^\S\n]+(?:(?:{_words(TENS, TENS_MISSPELT)})(?:-|[^\S\n]+)(?:{_words(UNITS)})"
    rf"|{_words(TENS, TENS_MISSPELT)}|{_words(TEENS)}|{_words(UNITS)}))?"
    rf"|(?:{_words(TENS, TENS_MISSPELT)})(?:(?:-|[^\S\n]+)(?:{_words(UNITS)}))?"
    rf"|{_words(TEENS)}|{_words(UNITS)})(?![\w'’-])"
)


# A house or lot number said in words in Spanish, Portuguese, French or Italian: "quince",
# "quarenta e dois", "veintidós", "treinta y uno", "vingt-trois" (a pattern fragment like
# SPOKEN_NUMBER, for the address parts said after "casa", "lote", "número").
_ROMANCE_TENS = ("veinte vinte vingt venti treinta trinta trente trenta cuarenta quarenta quarante"
                 " cincuenta cinquenta cinquante cinquanta sesenta sessenta soixante sessanta setenta"
                 " settanta ochenta oitenta ottanta noventa novanta").split()
_ROMANCE_UNITS = ("uno una um uma un deux due dos dois duas tres três trois tre cuatro quatro quatre quattro"
                  " cinco cinq cinque seis six sei siete sete sept sette ocho oito huit otto nueve nove neuf").split()
_ROMANCE_TEENS = ("diez dez dix dieci once onze undici doce doze douze dodici trece treze treize tredici catorce"
                  " catorze quatorze quattordici quince quinze quindici dieciséis dieciseis dezesseis dezasseis"
                  " seize sedici diecisiete dezessete dezassete diciassette dieciocho dezoito diciotto diecinueve"
                  " dezenove dezanove diciannove veintiuno veintidós veintidos veintitrés veintitres veinticuatro"
                  " veinticinco veintiséis veintiseis veintisiete veintiocho veintinueve cien cem cent cento"
                  " dix-sept dix-huit dix-neuf").split()


def _alternatives(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


ROMANCE_SPOKEN_NUMBER = (
    rf"(?:(?:{_alternatives(_ROMANCE_TENS)})(?:(?:-|[^\S\n]+(?:y|e|et)[^\S\n]+|[^\S\n]+)(?:{_alternatives(_ROMANCE_UNITS)}))?"
    rf"|{_alternatives(_ROMANCE_TEENS)}|{_alternatives(_ROMANCE_UNITS)})(?![\w'’-])"
)
