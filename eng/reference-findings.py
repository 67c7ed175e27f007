#!/usr/bin/env python3
"""Lists what one rule finds on the human reference translations of one half of a by-document split (issue 14).

  python3 eng/reference-findings.py ../shared/data/wmt21-mqm-ende tune TQA030 [--out /tmp/ref-tune]

Links the reference articles (systems ref.A, ref-B, ...) of the half into a scratch folder, runs `translationqa check`
on them, and prints each finding of the rule with its sentence, then the rate per 1,000 German words. The half is
the one `eval` uses (SplitHalf: lowest bit of the SHA-256 of the document name; even = tune), so a threshold can be
set on the tuning half while the test half stays unseen. The figure of record is `translationqa eval`'s eval.md.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

REFERENCE = re.compile(r"__ref([._-].*)?$", re.IGNORECASE)


def half(document):
    return "tune" if hashlib.sha256(document.encode("utf-8")).digest()[0] & 1 == 0 else "test"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("set")
    parser.add_argument("half", choices=["tune", "test"])
    parser.add_argument("rule")
    parser.add_argument("--out", default="/tmp/translationqa-reference-findings")
    args = parser.parse_args()

    inputs = os.path.join(args.out, "articles")
    os.makedirs(inputs, exist_ok=True)
    for name in os.listdir(inputs):
        os.unlink(os.path.join(inputs, name))
    for name in sorted(os.listdir(args.set)):
        if REFERENCE.search(name) and half(name.split("__", 1)[0]) == args.half:
            os.symlink(os.path.abspath(os.path.join(args.set, name)), os.path.join(inputs, name))

    reports = os.path.join(args.out, "reports")
    cli = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "TranslationQA.Cli")
    subprocess.run(["dotnet", "run", "--no-build", "--project", cli, "--", "check", inputs, "--out", reports, "--format", "json",
                    "--fail-on", "none", "--quiet", "--follow-symlinks"], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(reports, "report.json"), encoding="utf-8") as f:
        report = json.load(f)

    words = found = 0
    for article in report["articles"]:
        words += article.get("wordCount") or 0
        for finding in article["findings"]:
            if finding["rule"] == args.rule:
                found += 1
                print(f"{article['id']}:{finding['line']}\t{finding['targetText']}\t{finding['message']}")
    rate = 1000 * found / words if words else 0
    print(f"{args.rule}: {found} findings in {words} words of {len(report['articles'])} reference articles ({args.half} half): "
          f"{rate:.2f} per 1,000 words", file=sys.stderr)


if __name__ == "__main__":
    main()
