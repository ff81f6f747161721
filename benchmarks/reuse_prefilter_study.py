#!/usr/bin/env python3
"""Could a test cheaper than the word diff reject passage pairs before diffing them?

reuse.compare_group diffs every aligned passage pair that shares a name's weight; most of the
pairs it then rejects cost the most (long dissimilar passages). A link needs shared runs of
two words or more (reuse._significant), and the diff forgives glued, split and mistyped
words (worddiff._same_words), so a position of passage a can lie in a shared run only if
its word, and its neighbour's, are within one edit of text of passage b. This script counts,
for every rejected pair, whether an upper bound on the evidence, the heaviest run and the
number of long runs, taken without the diff, already fails _significant (and the pair is no
paraphrase), under three link tests between neighbouring words p, p' of a:

- words:  each of p and p' has a half (or both parts around its middle letter) inside the
          concatenated keys J of b (sound; cheap);
- pairs:  p and p' are each within one edit of two adjacent stretches of J (sound; a regular
          expression per word pair);
- exact:  (p, p') is a word bigram of b (NOT sound: it ignores what the diff forgives; it
          shows the most any test could reject).

The bounds use the keys the diff ran on (b's garbled words unified or not), so the counts are
the most such a test could reject; a sound test that rejects a pair that was linked stops the
script. It prints the counts, and the CPU time the tests take on every pair diffed (what a test
before the diff would cost) against that of the diffs of the rejected pairs (what it could save).

    python benchmarks/reuse_prefilter_study.py [--corpus seeds|story30|realnews|mix120]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktop.core import analysis, reuse  # noqa: E402
from desktop.core import worddiff  # noqa: E402
from desktop.core.ingest import load_paths  # noqa: E402
from desktop.paths import SEEDS  # noqa: E402

SHARED = ROOT.parent / "shared"
MARGIN = 1e-6


def articles(corpus: str):
    if corpus == "seeds":
        return load_paths([SEEDS]).articles
    from engine_benchmark import random_mix, single_story
    if corpus == "story30":
        return single_story(30)
    if corpus == "mix120":
        archive = SHARED / "benchmarks" / "saudinewsnet"
        return random_mix(120, archive) if archive.is_dir() else None
    realnews = SHARED / "realnews"
    if not realnews.is_dir():
        return None
    from realnews_score import mixed_folder
    tmp = tempfile.mkdtemp()
    mixed_folder(realnews, Path(tmp))
    return load_paths([tmp]).articles


def _near(word: str) -> str:
    """A regular expression for the stretches within one edit of `word`."""
    e = re.escape
    alts = [e(word)]
    for k in range(len(word)):
        alts += [e(word[:k]) + "." + e(word[k + 1:]), e(word[:k] + word[k + 1:])]
    alts += [e(word[:k]) + "." + e(word[k:]) for k in range(len(word) + 1)]
    alts += [e(word[:k] + word[k + 1] + word[k] + word[k + 2:]) for k in range(len(word) - 1)]
    return "(?:" + "|".join(alts) + ")"


def may_link(link: list[bool], wa: list[float], lighter: float, relaxed: bool) -> bool:
    """Could runs made of linked neighbours pass reuse._significant?"""
    n = len(wa)
    counted = [(i > 0 and link[i - 1]) or (i < n - 1 and link[i]) for i in range(n)]
    evidence = sum(w for w, c in zip(wa, counted) if c) + MARGIN
    core, long_runs, i = 0.0, 0, 0
    while i < n - 1:
        if link[i]:
            j = i
            while j < n - 1 and link[j]:
                j += 1
            if j - i + 1 >= reuse.MIN_CORE_WORDS:
                core = max(core, sum(wa[i:j + 1]))
            long_runs += (j - i + 1) // reuse.MULTI_RUN_WORDS
            i = j
        i += 1
    core += MARGIN
    score = evidence / lighter
    if relaxed and evidence >= reuse.RELAXED_EVIDENCE and score >= reuse.MIN_SCORE:
        return True
    return reuse._significant(evidence, core, score, long_runs, False)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="seeds", choices=("seeds", "story30", "realnews", "mix120"))
    args = ap.parse_args()
    arts = articles(args.corpus)
    if not arts:
        print(f"{args.corpus}: not available")
        return 0
    calls = []
    plain = analysis.compare_group

    def record(*a, **k):
        result = plain(*a, **k)
        calls.append((a, k, result))
        return result

    analysis.compare_group = record
    analysis.analyze(arts)
    analysis.compare_group = plain
    counts = {"diffed": 0, "rejected": 0, "words": 0, "pairs": 0, "exact": 0}
    cost = {"diffs": 0.0, "rejected diffs": 0.0, "words": 0.0, "pairs": 0.0}
    for (g, ids, texts, ua, ub, weights), k, result in calls:
        ta, ka = reuse._tokens_keys(ua)
        tb, kb = reuse._tokens_keys(ub)
        if weights.total(set(ka) & set(kb)) < reuse.EARLY_EXIT:
            continue
        counts["diffed"] += 1
        unified, _ = reuse._diff_unified(ka, kb, set(ka) == set(kb))
        kb = unified or kb
        t0 = time.process_time()
        worddiff._diff_cached.__wrapped__(tuple(ka), tuple(kb))
        spent = time.process_time() - t0
        cost["diffs"] += spent
        if len(ka) < 2:
            continue
        rejected = result is None
        counts["rejected"] += rejected
        cost["rejected diffs"] += spent if rejected else 0.0
        wa = [w for u in ua for w in weights.unit_weights(u)]
        lighter = max(1e-9, min(reuse._wsum(ua, weights), reuse._wsum(ub, weights)))
        relaxed = k.get("relaxed", False)
        joined = "".join(kb)
        n = len(ka)

        t0 = time.process_time()

        def half(p: str) -> bool:
            m = len(p) // 2
            return (p[:m] in joined or p[m:] in joined
                    or (p[:m - 1] in joined and p[m + 1:] in joined))
        ok = [half(p) for p in ka]
        link = [ok[i] and ok[i + 1] for i in range(n - 1)]
        words = may_link(link, wa, lighter, relaxed)
        cost["words"] += time.process_time() - t0

        t0 = time.process_time()
        link = [re.search(_near(ka[i]) + _near(ka[i + 1]), joined) is not None for i in range(n - 1)]
        pairs = may_link(link, wa, lighter, relaxed)
        cost["pairs"] += time.process_time() - t0
        if not rejected:
            assert words and pairs, "a sound test rejected a linked pair"
            continue
        counts["words"] += not words
        counts["pairs"] += not pairs
        bigrams = set(zip(kb, kb[1:]))
        counts["exact"] += not may_link([(ka[i], ka[i + 1]) in bigrams for i in range(n - 1)],
                                        wa, lighter, relaxed)
    print(f"{args.corpus}: {counts['diffed']} passage pairs diffed, {counts['rejected']} rejected; "
          f"rejected without the diff by the test on words {counts['words']}, on word pairs "
          f"{counts['pairs']}, on exact bigrams (not sound) {counts['exact']}")
    print("CPU ms (tests on every pair diffed): " + ", ".join(f"{k} {v * 1000:.1f}" for k, v in cost.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
