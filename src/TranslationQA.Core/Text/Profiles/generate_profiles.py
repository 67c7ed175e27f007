#!/usr/bin/env python3
"""Regenerates the character-trigram language profiles (de, en, fr, nl) embedded in TranslationQA.Core.

Input: the Debian hunspell word lists (apt-get install hunspell-de-de hunspell-en-us hunspell-fr hunspell-nl).
Output: <lang>.trigrams.tsv beside this script: a header comment, then "trigram<TAB>count" for the most frequent
trigrams of the lower-cased words, each word padded with one space on both sides (so " th" and "en " capture
word starts and ends). Run:  python3 generate_profiles.py [/usr/share/hunspell]
"""
import collections
import os
import sys

DICTS = {"de": "de_DE.dic", "en": "en_US.dic", "fr": "fr.dic", "nl": "nl.dic"}
TOP = 2500


def words(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f)  # first line is the entry count
        for line in f:
            w = line.split("/")[0].split("\t")[0].split(" ")[0].strip()
            if not w or any(c.isdigit() for c in w) or w[0].isupper() and len(w) > 1 and w[1].isupper():
                continue
            yield w.lower()


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell"
    here = os.path.dirname(os.path.abspath(__file__))
    for lang, name in DICTS.items():
        counts = collections.Counter()
        for w in words(os.path.join(folder, name)):
            padded = " " + w + " "
            for i in range(len(padded) - 2):
                counts[padded[i:i + 3]] += 1
        out = os.path.join(here, lang + ".trigrams.tsv")
        total = sum(counts.values())
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            f.write(f"# {lang} character trigrams from {name} (Debian hunspell); total={total}; top {TOP}\n")
            for tri, n in counts.most_common(TOP):
                f.write(f"{tri}\t{n}\n")
        print(out, len(counts))


if __name__ == "__main__":
    main()
