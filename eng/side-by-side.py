#!/usr/bin/env python3
"""Times TranslationQA against translate-toolkit's pofilter on the same article pairs and prints the ratio.

It varies the seed articles into N distinct ones as `translationqa bench` does (paragraphs rotated, every number
shifted), writes them as one JSONL file for TranslationQA and as one PO file per article for pofilter (a unit per
paragraph: the source paragraph as msgid, the German paragraph of the same line as msgstr; extra lines of the
longer side go into the last unit), then times both whole runs, start-up included:

    translationqa check <articles.jsonl> --out <folder> -q         (offline engine, every report format)
    pofilter --language=de <po folder> <output folder>                (every default test)

Usage: python3 eng/side-by-side.py [--articles 1200] [--from fixtures/articles]
Skips (exit 0) when pofilter is missing: `bash eng/install-deps.sh --with-pofilter` installs Debian's translate-toolkit.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_seeds(folder):
    seeds = []
    for article in sorted(p for p in Path(folder).iterdir() if (p / "target.de.txt").exists()):
        sources = sorted(article.glob("source.*.txt"))
        if not sources:
            continue
        seeds.append({
            "id": article.name,
            "sourceLang": sources[0].name.split(".")[1],
            "source": sources[0].read_text(encoding="utf-8-sig").replace("\r\n", "\n"),
            "target": (article / "target.de.txt").read_text(encoding="utf-8-sig").replace("\r\n", "\n"),
        })
    return seeds


def vary(text, shift):
    """The bench's variation: paragraphs rotated by `shift`, every number raised by it."""
    paragraphs = text.split("\n")
    k = shift % len(paragraphs) if paragraphs else 0
    rotated = "\n".join(paragraphs[k:] + paragraphs[:k])
    return re.sub(r"\d+", lambda m: str(int(m.group()) + shift), rotated)


def po_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'


def write_po(path, article):
    source = [l for l in article["source"].split("\n") if l.strip()]
    target = [l for l in article["target"].split("\n") if l.strip()]
    n = min(len(source), len(target))
    units = [(source[i], target[i]) for i in range(n)]
    if units and (len(source) > n or len(target) > n):
        last_s, last_t = units[-1]
        units[-1] = (" ".join([last_s, *source[n:]]), " ".join([last_t, *target[n:]]))
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: de\\n"', ""]
    for i, (s, t) in enumerate(units):
        lines += [f"msgctxt {po_string(article['id'] + ':' + str(i + 1))}", f"msgid {po_string(s)}", f"msgstr {po_string(t)}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--from", dest="seeds", default=str(ROOT / "fixtures" / "articles"))
    args = parser.parse_args()
    pofilter = shutil.which("pofilter")
    if pofilter is None:
        print("side-by-side: skipped, pofilter is missing (bash eng/install-deps.sh --with-pofilter installs translate-toolkit)")
        return 0

    seeds = read_seeds(args.seeds)
    if not seeds:
        print(f"side-by-side: no article with a source under {args.seeds}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="tqa-side-by-side-"))
    try:
        articles = []
        for i in range(args.articles):
            seed, shift = seeds[i % len(seeds)], i // len(seeds)
            articles.append({"id": f"{seed['id']}-{i:05d}", "sourceLang": seed["sourceLang"], "targetLang": "de",
                             "source": vary(seed["source"], shift), "target": vary(seed["target"], shift)})
        jsonl = work / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
        po = work / "po"
        po.mkdir()
        for article in articles:
            write_po(po / f"{article['id']}.po", article)

        build = subprocess.run(["dotnet", "build", "-c", "Release", str(ROOT / "src" / "TranslationQA.Cli"), "-o", str(work / "bin"),
                                "-nologo", "-v", "q"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if build.returncode != 0:
            print("side-by-side: the build failed\n" + build.stderr, file=sys.stderr)
            return 2

        ours, our_run = timed(["dotnet", str(work / "bin" / "translationqa.dll"), "check", str(jsonl), "--out", str(work / "reports"), "-q"])
        theirs, their_run = timed([pofilter, "--language=de", str(po), str(work / "pofilter")])
        if our_run.returncode not in (0, 1) or their_run.returncode != 0:
            print(f"side-by-side: a run failed (translationqa exit {our_run.returncode}, pofilter exit {their_run.returncode})\n"
                  + our_run.stderr[-2000:] + their_run.stderr[-2000:], file=sys.stderr)
            return 2
        words = sum(len(a["target"].split()) for a in articles)
        print(f"{len(articles)} articles ({words:,} German words), {len(list(po.iterdir()))} PO files, {os.cpu_count()} cores")
        print(f"translationqa check (all reports): {ours:.1f} s")
        print(f"pofilter (default tests):          {theirs:.1f} s")
        print(f"ratio translationqa / pofilter:    {ours / theirs:.2f}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
