#!/usr/bin/env python3
"""One `analyze --json` run on the seeds per fresh process, stage by stage, in CPU time and
first-touch page faults, against another checkout in the same sitting.

Wall-clock stage timings of a single run move by 2x with the machine's load; this runs the
CLI in a fresh process with the stages' clock reading CPU time (time.process_time), counts
the minor page faults of each stage (new memory: on this machine a first touch of a page
costs ~8 us, about a third of a cold run's engine stages), and alternates the checkouts run
by run, so both meet the same load. Prints medians and minimums per stage and the ratio.

    python benchmarks/cli_stages.py [--code DIR] [--runs 15]

Each checkout uses its own derived cache: $QARIN_CACHE_DIR (or /tmp/qarin-cli-stages) with
"-this" / "-other" appended.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from alternating_runs import alternate

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "lexicon", "segment", "align", "reuse", "stories", "framing", "json", "total")
MINE = ("segment", "align", "stories", "json")  # the stages of normalize/segment/align/stories/jsonio

# run in the child: stage clocks read CPU time; each stage's page faults are counted
DRIVER = r"""
import json, resource, runpy, sys, time
time.perf_counter = time.process_time
faults = {}
def minflt():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
from desktop.core import analysis
from desktop.cli import analyze_cmd
last = [None]
lap = analysis._Clock.lap
def counted(self, stage):
    if last[0] is None:
        last[0] = minflt()
    now = minflt()
    faults[stage] = faults.get(stage, 0) + now - last[0]
    last[0] = now
    lap(self, stage)
analysis._Clock.lap = counted
from desktop.cli import sources
load = sources.load_sources
def load_sources(*a, **k):
    f0 = minflt()
    try:
        return load(*a, **k)
    finally:
        faults["read"] = minflt() - f0
sources.load_sources = load_sources
engine = analysis._analyze
def _analyze(*a, **k):
    last[0] = minflt()
    return engine(*a, **k)
analysis._analyze = _analyze
write = analyze_cmd.write_json
def write_json(a, out, started):
    f0 = minflt()
    write(a, out, started)
    faults["json"] = minflt() - f0
analyze_cmd.write_json = write_json
sys.argv = ["main.py", "analyze", "--json", sys.argv[1]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(faults))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", metavar="DIR", help="another checkout to measure in the same sitting")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    base = os.environ.get("QARIN_CACHE_DIR", str(Path(tempfile.gettempdir()) / "qarin-cli-stages"))
    checkouts = {"this": ROOT}
    if args.code:
        checkouts["other"] = Path(args.code).resolve()
    results = alternate(DRIVER, checkouts, base, args.runs)
    print(f"seeds, one `analyze --json` run per process, {args.runs} processes per checkout, CPU ms "
          f"(median / min) and page faults (median)")
    medians = {}
    for name, runs in results.items():
        print(f"  {name} ({checkouts[name]}):")
        row = []
        for stage in STAGES:
            values = [t.get(stage, 0.0) for t, _ in runs]
            faults = [f.get(stage, 0) for _, f in runs]
            medians[(name, stage)] = statistics.median(values)
            row.append(f"{stage} {statistics.median(values):.1f}/{min(values):.1f}"
                       + (f" ({statistics.median(faults):.0f} pf)" if stage != "total" else ""))
        print("    " + ", ".join(row))
        mine = [sum(t.get(s, 0.0) for s in MINE) for t, _ in runs]
        medians[(name, "mine")] = statistics.median(mine)
        print(f"    segment+align+stories+json: median {statistics.median(mine):.1f}, min {min(mine):.1f}")
    if "other" in results:
        ratios = ", ".join(f"{s} {medians[('this', s)] / max(1e-9, medians[('other', s)]):.2f}"
                           for s in (*MINE, "mine", "total"))
        print(f"  this / other (medians): {ratios}")


if __name__ == "__main__":
    main()
