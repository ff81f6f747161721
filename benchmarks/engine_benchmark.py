#!/usr/bin/env python3
"""Full analysis of the five seeds, against the naive route, in one run.

The naive route is what a developer would write first: difflib.SequenceMatcher over the
characters of each whole pair of articles. Both routes start from the files on disk.

Then framing on 200 real-size articles against the pre-issue-11 matcher (framing_benchmark.py).

    python benchmarks/engine_benchmark.py [--repeats 30] [--naive-repeats 1] [--framing-articles 200]
"""
from __future__ import annotations

import argparse
import difflib
import itertools
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from desktop.core.analysis import analyze  # noqa: E402
from desktop.core.ingest import load_paths  # noqa: E402
from desktop.paths import SEEDS  # noqa: E402


def qarin_once() -> float:
    t0 = time.perf_counter()
    analyze(load_paths([SEEDS]).articles)
    return (time.perf_counter() - t0) * 1000


def naive_once() -> float:
    t0 = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for a, b in itertools.combinations(texts, 2):
        difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--naive-repeats", type=int, default=1)
    ap.add_argument("--framing-articles", type=int, default=200, help="0 to skip")
    args = ap.parse_args()
    cold = qarin_once()
    warm = [qarin_once() for _ in range(args.repeats)]
    naive = [naive_once() for _ in range(args.naive_repeats)]
    q, n = statistics.median(warm), statistics.median(naive)
    print(f"qarin full analysis of 5 seeds: median {q:.1f} ms over {args.repeats} runs "
          f"(min {min(warm):.1f}, max {max(warm):.1f}; first run in process {cold:.1f} ms)")
    print(f"naive difflib over characters, 10 pairs: median {n:.0f} ms over {args.naive_repeats} run(s)")
    print(f"ratio naive / qarin: {n / q:.0f}x   (targets: median <= 50 ms, ratio >= 50x)")
    if args.framing_articles:
        from framing_benchmark import bench  # the framing layer alone, against the old matcher

        bench(args.framing_articles, repeats=3)


if __name__ == "__main__":
    main()
