"""Build ``redactor/data/currency_codes.txt``: the ISO 4217 codes people type before or after a
figure ("BWP 4,500", "12 000 MDL", "TOP 3,000"), from pycountry, so that no country's code is
missing from a hand list.

Left out: what is no country's money (metals, funds, units of account, the test and "no
currency" codes: the names :data:`build_public_places._NOT_MONEY` leaves out of the place
table's currency names too).  A code that is a common English word ("ALL", "TOP", "TRY", "CUP":
wordfreq's Zipf frequency of :data:`WORD_ZIPF` or more) is marked ``word``: the money recognizer
takes it before a figure only when the figure has its thousands or its decimals ("TOP 3,000", not
"TOP 10", "ALL 500 WORKERS").

Run it from the repository root after upgrading pycountry, and commit the result:

    python tools/build_currency_codes.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_public_places import _NOT_MONEY  # noqa: E402  (the same currencies as the place table)

OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "currency_codes.txt"
WORD_ZIPF = 5.0
HEADER = """\
# ISO 4217 codes of countries' money, from pycountry (tools/build_currency_codes.py; do not edit).
# "word" marks a code that is a common English word: before a figure it needs the figure's
# thousands or decimals ("TOP 3,000"; not "TOP 10").
"""


def code_lines() -> list[str]:
    """One line per code: the code, and " word" when it is a common English word."""
    lines = []
    for currency in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        if _NOT_MONEY.search(currency.name):
            continue
        word = zipf_frequency(currency.alpha_3.lower(), "en") >= WORD_ZIPF
        lines.append(currency.alpha_3 + (" word" if word else ""))
    return lines


def main() -> None:
    OUT.write_text(HEADER + "\n".join(code_lines()) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
