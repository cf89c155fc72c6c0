"""English number words and their values, as said in interviews ("forty-eight", "oh six")."""

from __future__ import annotations

from types import MappingProxyType

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
