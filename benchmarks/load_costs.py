#!/usr/bin/env python3
"""What one `analyze --json` run on the seeds spends loading from the derived cache and
building from it, load by load, in CPU time and first-touch page faults, against another
checkout in the same sitting.

Each run is a fresh process (the CLI as a user starts it, the derived cache already built) in
which the loads are wrapped: the regular-expression programs (`rx.compile` and the readings
kept with them), the outlet registry (`registry._registry`: reading its tables and making the
registry), the framing matcher (`framing.matcher_for`: its tables and the matcher), the
background word table (`significance._lookup`), and every other `derived.cached` entry by
name (the lexicon, boilerplate rules, TOML files, outlet signatures, formulas), and the making
of dataclasses at import (`dataclasses._process_class`). Each load's figures exclude the loads it calls (a registry's key hashing is `keys`) and the measuring's
own cost per call (timed on an empty function in the same process). The checkouts
alternate run by run, so both meet the same machine load; medians and minimums are printed.

    python benchmarks/load_costs.py [--code DIR] [--runs 15] [--instructions]

`--instructions` also counts the machine instructions (valgrind, as read_instructions.py) of
one whole `analyze --json` process per checkout, start-up and imports included: a figure the
machine's load does not move.

Each checkout uses its own derived cache: $QARIN_CACHE_DIR (or /tmp/qarin-load-costs) with
"-this" / "-other" appended.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from alternating_runs import alternate

ROOT = Path(__file__).resolve().parent.parent

# run in the child: wrap the loads before the engine's modules import (rx.compile runs at import)
DRIVER = r"""
import json, resource, runpy, sys, time
from collections import defaultdict
cpu, faults, calls = defaultdict(float), defaultdict(int), defaultdict(int)
stack = []  # [category, cpu of the loads it called, faults of those]
clock = time.process_time
def minflt():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
def wrap(owner, attr, category):
    inner = getattr(owner, attr, None)
    if inner is None:
        return
    def wrapper(*a, **k):
        cat = category(*a, **k) if callable(category) else category
        frame = [cat, 0.0, 0]
        stack.append(frame)
        f0, t0 = minflt(), clock()
        try:
            return inner(*a, **k)
        finally:
            dt, df = clock() - t0, minflt() - f0
            stack.pop()
            cpu[cat] += dt - frame[1]
            faults[cat] += df - frame[2]
            calls[cat] += 1
            if stack:
                stack[-1][1] += dt
                stack[-1][2] += df
    wrapper.__wrapped__ = inner
    setattr(owner, attr, wrapper)
class _Probe:  # the wrapper's own cost per call, taken off each load's figure
    @staticmethod
    def nothing():
        return None
wrap(_Probe, "nothing", "probe")
for _ in range(2000):
    _Probe.nothing()
per_call = cpu.pop("probe") / calls.pop("probe")
faults.pop("probe")
def by_name(name, *a, **k):
    for prefix in ("registry", "matcher-tables", "lexicon", "toml", "outlets"):
        if name.startswith(prefix):
            return prefix
    return name
import dataclasses
from desktop.core import derived, rx
wrap(dataclasses, "_process_class", "making dataclasses")
wrap(rx, "compile", "regex-programs")
wrap(rx, "_remembered", "regex-programs")
wrap(derived, "cached", by_name)
wrap(derived, "key_for", "keys")
from desktop.core import registry, significance, framing, lexicon
wrap(registry, "_registry", "registry")
wrap(significance, "_lookup", "background-table")
wrap(framing, "matcher_for", "matcher-tables")
wrap(lexicon, "load_lexicon", "lexicon")
t_start, f_start = clock(), minflt()
sys.argv = ["main.py", "analyze", "--json", sys.argv[1]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
cpu = {c: max(0.0, t - per_call * calls[c]) for c, t in cpu.items()}
print(json.dumps({"cpu": cpu, "faults": faults, "calls": calls, "per_call": per_call,
                  "process_cpu": clock(), "process_faults": minflt()}))
"""


CLI = """
import runpy, sys
sys.argv = ["main.py", "analyze", "--json", sys.argv[1]]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
"""


def process_instructions(code: Path, cache: str, out: str) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from valgrind_count import instructions

    env = dict(os.environ, PYTHONPATH=str(code), QARIN_CACHE_DIR=cache)
    return instructions(CLI, [out], code, env)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", metavar="DIR", help="another checkout to measure in the same sitting")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--instructions", action="store_true",
                    help="also count one whole process's instructions per checkout (valgrind)")
    args = ap.parse_args()
    base = os.environ.get("QARIN_CACHE_DIR", str(Path(tempfile.gettempdir()) / "qarin-load-costs"))
    checkouts = {"this": ROOT}
    if args.code:
        checkouts["other"] = Path(args.code).resolve()
    # this checkout byte-compiled first: with PYTHONDONTWRITEBYTECODE, a module edited since
    # would be compiled from source in every run (tens of millions of instructions); the other
    # checkout is left as it is (compile it yourself if it is yours)
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop"], cwd=ROOT, check=True)
    results = alternate(DRIVER, checkouts, base, args.runs, warmups=2)
    counts = {}
    if args.instructions:
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "out.json")
            counts = {name: process_instructions(code, f"{base}-{name}", out)
                      for name, code in checkouts.items()}
    print(f"seeds, one `analyze --json` run per process, {args.runs} processes per checkout: "
          f"each load's CPU ms (median / min) and first-touch page faults (median)")
    medians: dict[tuple[str, str], tuple[float, float]] = {}
    for name, runs in results.items():
        cats = sorted({c for _, loads in runs for c in loads["cpu"]},
                      key=lambda c: -statistics.median(r["cpu"].get(c, 0.0) for _, r in runs))
        print(f"  {name} ({checkouts[name]}):")
        for cat in cats:
            ms = [r["cpu"].get(cat, 0.0) * 1000 for _, r in runs]
            pf = [r["faults"].get(cat, 0) for _, r in runs]
            medians[(name, cat)] = (statistics.median(ms), statistics.median(pf))
            print(f"    {cat:22} {statistics.median(ms):6.2f} / {min(ms):5.2f} ms  "
                  f"{statistics.median(pf):5.0f} pf  ({runs[0][1]['calls'].get(cat, 0)} calls)")
        ms = [sum(r["cpu"].values()) * 1000 for _, r in runs]
        pf = [sum(r["faults"].values()) for _, r in runs]
        medians[(name, "all loads")] = (statistics.median(ms), statistics.median(pf))
        print(f"    {'all loads':22} {statistics.median(ms):6.2f} / {min(ms):5.2f} ms  "
              f"{statistics.median(pf):5.0f} pf")
        ms = [r["process_cpu"] * 1000 for _, r in runs]
        medians[(name, "process")] = (statistics.median(ms),
                                      statistics.median(r["process_faults"] for _, r in runs))
        print(f"    {'whole process':22} {statistics.median(ms):6.2f} / {min(ms):5.2f} ms  "
              f"{medians[(name, 'process')][1]:5.0f} pf")
        tot = [t["total"] for t, _ in runs]
        print(f"    timings.total (wall)   {statistics.median(tot):6.2f} / {min(tot):5.2f} ms")
    for name, n in counts.items():
        print(f"  {name}: one whole `analyze --json` process, {n / 1e6:.1f} M instructions")
    if "other" in counts:
        print(f"  instructions this / other: {counts['this'] / counts['other']:.3f}")
    if "other" in results:
        print("  this / other (medians, CPU and page faults):")
        for cat in ("all loads", "process"):
            (a, pa), (b, pb) = medians[("this", cat)], medians[("other", cat)]
            print(f"    {cat:22} {a / max(b, 1e-9):.2f}  {pa / max(pb, 1):.2f}")


if __name__ == "__main__":
    main()
