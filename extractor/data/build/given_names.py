#!/usr/bin/env python3
"""Builds extractor/data/names/given_names.txt: given names of many
countries, from the person-name lists of the Faker package.

Source: Faker 40.63.0 (https://pypi.org/project/Faker/), MIT licence,
`faker/providers/person/<locale>/__init__.py`: the first names of each
locale written in Latin letters. Names that are also common English words
("Rose", "Will", "Grant", "Sterling") are left out, so that a capitalised
common word opening a company's name is not read as a person's first name;
the common words are the lowercase entries of SCOWL's American English word
list (Debian package wamerican 2020.12.07-2, permissive licence quoted in
extractor/data/README.md).

Run from the repository root (it installs Faker into a temporary folder and
downloads the Debian package):

    python3 extractor/data/build/given_names.py
"""
import importlib
import os
import re
import subprocess
import sys
import tempfile

FAKER = "faker==40.63.0"
OUT = os.path.join(os.path.dirname(__file__), "..", "names", "given_names.txt")
# Latin letters, inner hyphens and apostrophes only ("Jean-Paul", "D'Arcy").
NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-žȘșȚț]+([-'][A-Za-zÀ-ÖØ-öø-žȘșȚț]+)*$")


def faker_names(where):
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", where, FAKER],
        check=True,
    )
    sys.path.insert(0, where)
    folder = os.path.join(where, "faker", "providers", "person")
    names = set()
    for locale in sorted(os.listdir(folder)):
        if locale.startswith("__"):
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = provider.__dict__.get(attr)
            # Some locales make a list from others through a property.
            if not isinstance(value, (list, tuple, dict, set)):
                continue
            for name in value:
                if isinstance(name, str) and NAME.match(name):
                    names.add(name.lower())
    return names


def common_words(where):
    subprocess.run(["apt-get", "download", "wamerican=2020.12.07-2"], cwd=where, check=True)
    deb = next(f for f in os.listdir(where) if f.endswith(".deb"))
    subprocess.run(["dpkg-deb", "-x", deb, "x"], cwd=where, check=True)
    path = os.path.join(where, "x", "usr", "share", "dict", "american-english")
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and w.strip()[0].islower()}


def main():
    with tempfile.TemporaryDirectory() as tmp:
        names = faker_names(os.path.join(tmp, "faker"))
        os.makedirs(os.path.join(tmp, "deb"))
        common = common_words(os.path.join(tmp, "deb"))
    kept = sorted(n for n in names if len(n) >= 3 and n not in common)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            "# Given names of many countries, in Latin letters, from the person-name\n"
            "# lists of Faker 40.63.0 (MIT licence), less common English words (SCOWL,\n"
            "# Debian wamerican). Rebuild with extractor/data/build/given_names.py\n"
            "# (see extractor/data/README.md). One lowercase name a line.\n"
        )
        for n in kept:
            f.write(n + "\n")
    print(f"{len(kept)} names ({len(names) - len(kept)} left out) -> {OUT}")


if __name__ == "__main__":
    main()
