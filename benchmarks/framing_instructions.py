#!/usr/bin/env python3
"""The framing stage on the seeds counted in machine instructions (valgrind), against another
checkout in the same run: a count a busy machine does not move, where CPU milliseconds do.

For each checkout, four child processes run under `valgrind --tool=cachegrind --cache-sim=no`
with a fixed hash seed: one and two analyses of the seeds, each with the framing stage and
with its parts (matcher, quotes, terms, the outlet's own names) replaced by empty stand-ins.
"first use" is what the stage adds to the first analysis of a process (what `analyze --json`
spends on it); "again" what it adds to the second. The checkout's derived cache is filled by
ordinary runs first (entries are keyed by the code that built them, so two checkouts may
share QARIN_CACHE_DIR). Needs valgrind (skipped with a message without it).

    python benchmarks/framing_instructions.py [--code DIR]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from valgrind_count import have_valgrind, instructions as count_instructions

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from desktop.core import analysis
from desktop.core.ingest import load_paths
from desktop.core.lexicon_layers import working_lexicon
from desktop.paths import SEEDS

articles = load_paths([SEEDS]).articles
lexicon = working_lexicon()
if sys.argv[2] == "off":
    analysis.matcher_for = lambda lexicon: None
    analysis.find_quotes = lambda *args, **kwargs: []
    analysis.find_terms = lambda *args, **kwargs: []
    analysis.own_names = lambda outlet: ()
for _ in range(int(sys.argv[3])):
    analysis.analyze(articles, lexicon)
"""


def instructions(code: Path, mode: str, runs: int) -> int:
    return count_instructions(CHILD, [str(code), mode, str(runs)], code)


def measure(code: Path) -> tuple[float, float]:
    """(first use, again) in millions of instructions."""
    for mode in ("on", "off"):  # fill the derived cache (and the digest index) as the runs will
        subprocess.run([sys.executable, "-c", CHILD, str(code), mode, "2"], cwd=code, check=True,
                       env=dict(os.environ, PYTHONHASHSEED="0"))
    on1, off1 = instructions(code, "on", 1), instructions(code, "off", 1)
    on2, off2 = instructions(code, "on", 2), instructions(code, "off", 2)
    first = on1 - off1
    return first / 1e6, ((on2 - off2) - first) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--code", metavar="DIR", help="also measure the Qarin checkout in DIR")
    args = ap.parse_args()
    if not have_valgrind():
        print("valgrind not found: no instruction counts (install valgrind to run this)")
        return
    checkouts = [ROOT] + ([Path(args.code).resolve()] if args.code else [])
    results = {code: measure(code) for code in checkouts}
    print("framing stage on the seeds, millions of instructions (valgrind):")
    for code, (first, again) in results.items():
        print(f"  {code.name:>14}  first use {first:6.1f}   again {again:6.1f}")
    if args.code:
        (a, b) = checkouts
        for n, label in enumerate(("first use", "again")):
            print(f"  {label}: {b.name} / {a.name} = {results[b][n] / results[a][n]:.2f}x")


if __name__ == "__main__":
    main()
