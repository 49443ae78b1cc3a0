#!/usr/bin/env python3
"""Builds extractor/data/names/first_names_corpora.txt: first names, taken
from the person names of two openly licensed named-entity corpora.

Sources (see ../shared/ner/README.md for where they come from):
- Wikigold (Balasuriya et al. 2009), English Wikipedia, CC BY 4.0;
- Europeana Newspapers NER corpus, French part (Neudecker 2016), training
  split, CC0 1.0.
A word counts as a first name when it opens person names of two words or
more more often than it opens other names, is written like a name
(capitalised, letters and inner hyphens only), and is not a common word of
the corpora (written in lowercase there more often than capitalised).

Run from the repository root, with the corpora beside the project:

    python3 extractor/data/build/first_names.py ../shared/ner/en-wikigold-test.conll.gz \
        ../shared/ner/fr-europeana-train.conll.gz
"""
import collections
import gzip
import os
import re
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "names", "first_names_corpora.txt")
NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(-[A-ZÀ-Ý][a-zà-ÿ]+)?$")


def sentences(path):
    cur = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    yield cur
                cur = []
                continue
            cols = line.split("\t")
            cur.append((cols[0], cols[-1]))
    if cur:
        yield cur


def spans(sent):
    i = 0
    while i < len(sent):
        tag = sent[i][1]
        if tag == "O":
            i += 1
            continue
        kind, j = tag[2:], i + 1
        while j < len(sent) and sent[j][1] == "I-" + kind:
            j += 1
        yield i, j, kind
        i = j


def main(paths):
    person, other = collections.Counter(), collections.Counter()
    lower, capital = collections.Counter(), collections.Counter()
    for path in paths:
        for sent in sentences(path):
            for k, (tok, _) in enumerate(sent):
                if tok[:1].islower():
                    lower[tok] += 1
                elif k > 0:
                    capital[tok.lower()] += 1
            for a, b, kind in spans(sent):
                if b - a < 2:
                    continue
                (person if kind == "PER" else other)[sent[a][0]] += 1
    names = sorted(
        w.lower()
        for w, n in person.items()
        if NAME.match(w) and n > other[w] and lower[w.lower()] <= capital[w.lower()]
    )
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(
            "# First names opening person names in Wikigold (CC BY 4.0) and the French\n"
            "# Europeana Newspapers NER corpus, training split (CC0 1.0). Rebuild with\n"
            "# extractor/data/build/first_names.py (see extractor/data/README.md).\n"
            "# One lowercase name a line.\n"
        )
        for w in names:
            f.write(w + "\n")
    print(f"{len(names)} first names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
