"""Build ``redactor/data/mobile_operators.txt``: the names of the world's telephone operators.

A source gives a number and says whose network it is on ("0750 418 3362, Korek"; "-4362.
Tigo."): the operator is a public company that serves millions, not a detail of the source.
Its name comes from the carrier data of libphonenumber's Python port (``phonenumbers``, on the
package index and kept up to date by Google's project), the English name of every carrier any
number prefix of any country belongs to: about 1,200 names.  The filters read this file, not
``phonenumbers.carrierdata`` (tens of megabytes of prefixes, seconds to import).

Run: ``python tools/build_mobile_operators.py`` (needs ``phonenumbers``; a dependency of Presidio).
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import phonenumbers
import phonenumbers.carrierdata

OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "mobile_operators.txt"


def operator_names() -> list[str]:
    names: set[str] = set()
    for module in pkgutil.iter_modules(phonenumbers.carrierdata.__path__):
        if not module.name.startswith("data"):
            continue
        data = importlib.import_module(f"phonenumbers.carrierdata.{module.name}").data
        names.update(n.strip() for by_language in data.values() for lang, n in by_language.items() if lang == "en")
    return sorted(n for n in names if n)


def main() -> None:
    names = operator_names()
    header = f"# {len(names)} telephone operators' names, from phonenumbers {phonenumbers.__version__} (tools/build_mobile_operators.py)\n"
    OUT.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
