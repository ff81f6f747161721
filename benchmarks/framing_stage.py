#!/usr/bin/env python3
"""The framing stage on the seeds, as a CLI run meets it and as a second analysis does, in CPU
milliseconds (steadier than the wall clock on a shared machine), against another checkout in
the same run.

"first use" is the stage in a fresh process after reading the articles and loading the lexicon
(what `analyze --json` spends on it: the matcher's tables read from the derived cache, every
word of the articles read for the first time); "again" is the same analysis repeated in that
process. Each figure is the median and minimum over --runs processes; the parts are the
matcher, quotes and terms (find_quotes, find_terms).

    python benchmarks/framing_stage.py [--runs 9] [--code DIR]
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from desktop.core import analysis
from desktop.core.ingest import load_paths
from desktop.core.lexicon_layers import working_lexicon
from desktop.paths import SEEDS

articles = load_paths([SEEDS]).articles
lexicon = working_lexicon()
spent = {}

def timed(name):
    inner = getattr(analysis, name)
    def run(*args, **kwargs):
        t0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + (time.process_time() - t0) * 1000
    setattr(analysis, name, run)

for name in ("matcher_for", "find_quotes", "find_terms", "own_names", "headline_span"):
    timed(name)
out = {}
for label in ("first use", "again"):
    spent.clear()
    analysis.analyze(articles, lexicon)
    out[label] = dict(spent)
print(json.dumps(out))
"""


def runs(code: Path, n: int) -> dict[str, list[dict[str, float]]]:
    got: dict[str, list[dict[str, float]]] = {"first use": [], "again": []}
    for _ in range(n):
        proc = subprocess.run([sys.executable, "-c", CHILD, str(code)], capture_output=True,
                              text=True, cwd=code)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        for label, parts in json.loads(proc.stdout.strip().splitlines()[-1]).items():
            got[label].append(parts)
    return got


def summary(rows: list[dict[str, float]]) -> tuple[float, float, str]:
    totals = [sum(r.values()) for r in rows]
    parts = {"matcher": "matcher_for", "quotes": "find_quotes", "terms": "find_terms"}
    text = ", ".join(f"{label} {statistics.median(r.get(name, 0.0) for r in rows):.1f}"
                     for label, name in parts.items())
    return statistics.median(totals), min(totals), text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--code", metavar="DIR", help="also measure the Qarin checkout in DIR")
    args = ap.parse_args()
    checkouts = [ROOT] + ([Path(args.code).resolve()] if args.code else [])
    results = {code: runs(code, args.runs) for code in checkouts}
    print(f"framing stage on the seeds, CPU ms, median (min) of {args.runs} processes:")
    for code, got in results.items():
        for label in ("first use", "again"):
            med, low, parts = summary(got[label])
            print(f"  {code.name:>14}  {label:>9}: {med:6.2f} ({low:5.2f})   {parts}")
    if args.code:
        (a, b) = checkouts
        for label in ("first use", "again"):
            ratio = summary(results[b][label])[0] / summary(results[a][label])[0]
            print(f"  {label}: {b.name} / {a.name} = {ratio:.1f}x")


if __name__ == "__main__":
    main()
