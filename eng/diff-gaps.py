#!/usr/bin/env python3
"""Measures the word diffs in report.json files (issue 13): how many source content words the diff marks as
without counterpart.

  python3 eng/diff-gaps.py share report.json [--only-id-regex '__ref\\.']
      share of source content words in `delete` pieces over all aligned pairs (1:1, 1:2, 2:1)
  python3 eng/diff-gaps.py auc report.json gold.jsonl
      per article the share above; AUC of ranking bad articles (gold "bad": true) before good ones

Content words: words outside NLTK's English stop-word list, numbers aside.
"""
import json
import re
import sys

# NLTK's English stop-word list (nltk_data corpora/stopwords/english, 179 words): a standard function-word list.
STOP = set("""i me my myself we our ours ourselves you you're you've you'll you'd your yours yourself yourselves he him
his himself she she's her hers herself it it's its itself they them their theirs themselves what which who whom this
that that'll these those am is are was were be been being have has had having do does did doing a an the and but if or
because as until while of at by for with about against between into through during before after above below to from up
down in out on off over under again further then once here there when where why how all any both each few more most
other some such no nor not only own same so than too very s t can will just don don't should should've now d ll m o re
ve y ain aren aren't couldn couldn't didn didn't doesn doesn't hadn hadn't hasn hasn't haven haven't isn isn't ma
mightn mightn't mustn mustn't needn needn't shan shan't shouldn shouldn't wasn wasn't weren weren't won won't wouldn
wouldn't""".split())
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def content(text):
    return [w for w in (m.group(0).lower().replace("’", "'") for m in WORD.finditer(text)) if w not in STOP]


def pair_counts(pair):
    total = len(content(pair["sourceText"]))
    gaps = sum(len(content(p["text"])) for p in pair.get("diff", []) if p["op"] == "delete")
    return total, gaps


def articles(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["articles"]


def article_share(article):
    total = gaps = 0
    for pair in article["pairs"]:
        if pair["kind"] in ("oneToOne", "oneToTwo", "twoToOne"):
            t, g = pair_counts(pair)
            total += t
            gaps += g
    return total, gaps


def share(path, only=None):
    total = gaps = 0
    for a in articles(path):
        if only and not re.search(only, a["id"]):
            continue
        t, g = article_share(a)
        total += t
        gaps += g
    print(f"source content words without counterpart: {gaps} of {total} = {gaps / max(total, 1):.1%}")


def auc(path, gold_path):
    with open(gold_path, encoding="utf-8") as f:
        gold = {g["id"]: g["bad"] for g in map(json.loads, f)}
    bad, good = [], []
    for a in articles(path):
        t, g = article_share(a)
        (bad if gold[a["id"]] else good).append(g / t if t else 0.0)
    # Mann-Whitney: the chance that a random bad article ranks above a random good one (ties count half).
    ranked = sorted([(s, 1) for s in bad] + [(s, 0) for s in good])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mean_rank = (i + j + 1) / 2
        rank_sum += mean_rank * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    n_bad, n_good = len(bad), len(good)
    value = (rank_sum - n_bad * (n_bad + 1) / 2) / (n_bad * n_good)
    print(f"AUC of bad before good by share without counterpart: {value:.3f} ({n_bad} bad, {n_good} good)")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "share":
        share(sys.argv[2], sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--only-id-regex" else None)
    elif len(sys.argv) == 4 and sys.argv[1] == "auc":
        auc(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
