#!/usr/bin/env python3
"""AraPlagDet benchmark for desktop.corpus: time, peak memory and PAN scores as the collection
grows (25%, 50%, 100% of sources and suspicious documents), plus an all-pairs baseline.

    python benchmarks/pan_benchmark.py [DATA_DIR] [--jobs 2] [--fractions 0.25,0.5,1]

DATA_DIR defaults to $QARIN_ARAPLAGDET or ../shared/benchmarks/araplagdet beside the
repository. Each fraction runs in a fresh process so its peak memory is its own. At fraction f
the first f of the sources and of the suspicious documents (by name) are used and scored
against the gold cases whose source is among them. Ratios are against the smallest fraction (wall time
and CPU time of the process and its workers, the latter steadier on a busy machine):
all-pairs work grows with the square of the fraction, an index-based run should grow close to
linearly. The baseline aligns every (suspicious, source) pair in full with the same aligner,
on a sample of suspicious documents, and compares with the indexed run on that sample.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.corpus.align import align_pair  # noqa: E402
from desktop.corpus.engine import Detector  # noqa: E402
from desktop.corpus.pan_run import FileText, run_pan, text_files  # noqa: E402
from desktop.corpus.pan_score import score_dirs  # noqa: E402
from desktop.corpus.pan_xml import DETECTION_FEATURE, GOLD_FEATURE, read_pan_dir  # noqa: E402
from desktop.corpus.words import content_words  # noqa: E402


def default_data() -> Path:
    env = os.environ.get("QARIN_ARAPLAGDET")
    return Path(env) if env else REPO.parent / "shared" / "benchmarks" / "araplagdet"


def subset(data: Path, fraction: float):
    sources = text_files(data / "source-documents")
    suspicious = text_files(data / "suspicious-documents")
    return (sources[: math.ceil(fraction * len(sources))], suspicious[: math.ceil(fraction * len(suspicious))])


def scores_row(s) -> dict:
    return {"P": s.precision, "R": s.recall, "gran": s.granularity, "plagdet": s.plagdet,
            "cases": s.cases, "detections": s.detections}


def one_fraction(data: Path, fraction: float, jobs: int) -> dict:
    sources, suspicious = subset(data, fraction)
    chars = sum(len(FileText(p)()) for p in sources + suspicious)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        run = run_pan(sources, suspicious, tmp, jobs=jobs)
        total = time.perf_counter() - t0
        names = {p.name for p in sources}
        gold_all = read_pan_dir(data / "plagiarism-annotation", GOLD_FEATURE)
        gold = {p.name: [a for a in gold_all.get(p.name, []) if a.source_reference in names] for p in suspicious}
        overall, by_type = score_dirs(gold, read_pan_dir(tmp, DETECTION_FEATURE))
    return {
        "fraction": fraction, "sources": len(sources), "suspicious": len(suspicious), "chars": chars,
        "seconds": total, "index_seconds": run.index_seconds, "detect_seconds": run.detect_seconds,
        "cpu_seconds": sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                           for f in ("ru_utime", "ru_stime")),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "overall": scores_row(overall), "by_type": {k: scores_row(v) for k, v in by_type.items()},
    }


def baseline(data: Path, fraction: float, sample: int) -> dict:
    """All pairs against the index, single process, on ``sample`` suspicious documents."""
    sources, suspicious = subset(data, fraction)
    det = Detector()
    for p in sources:
        det.add_source(p.name, FileText(p)())
    docs = [(p.name, content_words(FileText(p)())) for p in suspicious[:sample]]
    idx = det.index
    t0 = time.process_time()
    naive = 0
    for _, words in docs:
        for s in range(len(idx)):
            naive += len(align_pair(words, idx.words[s], idx.positions[s], det.settings.align))
    t_naive = time.process_time() - t0
    t0 = time.process_time()
    indexed = sum(len(det.detect_words(name, words)) for name, words in docs)
    t_indexed = time.process_time() - t0
    return {"docs": len(docs), "sources": len(sources), "all_pairs_seconds": t_naive, "all_pairs_blocks": naive,
            "indexed_seconds": t_indexed, "indexed_detections": indexed}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=default_data())
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--fractions", default="0.25,0.5,1")
    ap.add_argument("--baseline-docs", type=int, default=10, help="suspicious documents in the all-pairs baseline (0: skip)")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not (args.data / "suspicious-documents").is_dir():
        print(f"error: {args.data}: no AraPlagDet folder (set QARIN_ARAPLAGDET)", file=sys.stderr)
        return 2
    if args.one is not None:
        print(json.dumps(one_fraction(args.data, args.one, args.jobs)))
        return 0
    rows = []
    for f in [float(x) for x in args.fractions.split(",")]:
        out = subprocess.run([sys.executable, __file__, str(args.data), "--jobs", str(args.jobs), "--one", str(f)],
                             check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out))
        r = rows[-1]
        print(f"{f:>5.0%}: {r['suspicious']} suspicious x {r['sources']} sources, {r['chars'] / 1e6:.1f} M chars: "
              f"{r['seconds']:.1f} s, peak {r['peak_mb']:.0f} MB (+ workers {r['worker_peak_mb']:.0f} MB each), "
              f"plagdet {r['overall']['plagdet']:.3f}", flush=True)
    base = rows[0]
    print(f"\ngrowth against the {base['fraction']:.0%} run (jobs={args.jobs})")
    print(f"{'fraction':>8} {'chars x':>8} {'pairs x':>8} {'time x':>7} {'cpu x':>6} {'seconds':>8} {'cpu s':>6} "
          f"{'index s':>8} {'detect s':>8} "
          f"{'peak MB':>8} {'worker MB':>9} {'total MB':>8}")
    for r in rows:
        pairs = (r["sources"] * r["suspicious"]) / (base["sources"] * base["suspicious"])
        total_mb = r["peak_mb"] + args.jobs * r["worker_peak_mb"]
        print(f"{r['fraction']:>8.0%} {r['chars'] / base['chars']:>8.2f} {pairs:>8.2f} {r['seconds'] / base['seconds']:>7.2f} "
              f"{r['cpu_seconds'] / base['cpu_seconds']:>6.2f} {r['seconds']:>8.1f} {r['cpu_seconds']:>6.1f} {r['index_seconds']:>8.1f} {r['detect_seconds']:>8.1f} {r['peak_mb']:>8.0f} "
              f"{r['worker_peak_mb']:>9.0f} {total_mb:>8.0f}")
    last = rows[-1]
    print(f"\nPAN scores at {last['fraction']:.0%} ({last['suspicious']} suspicious documents)")
    print(f"{'obfuscation':30s} {'cases':>5} {'dets':>5} {'P':>6} {'R':>6} {'gran':>6} {'plagdet':>7}")
    for name, s in [("all", last["overall"]), *last["by_type"].items()]:
        print(f"{name:30s} {s['cases']:>5} {s['detections']:>5} {s['P']:>6.3f} {s['R']:>6.3f} {s['gran']:>6.3f} {s['plagdet']:>7.3f}")
    if args.baseline_docs:
        b = baseline(args.data, rows[0]["fraction"], args.baseline_docs)
        print(f"\nbaseline, {b['docs']} suspicious x {b['sources']} sources, one process (CPU seconds): "
              f"all pairs {b['all_pairs_seconds']:.2f} s ({b['all_pairs_blocks']} blocks), "
              f"indexed {b['indexed_seconds']:.2f} s ({b['indexed_detections']} detections), "
              f"ratio {b['all_pairs_seconds'] / max(b['indexed_seconds'], 1e-9):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
