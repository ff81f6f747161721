"""Reading the seeds counted in machine instructions (valgrind), not in time.

On a small shared machine, milliseconds move with the load by a factor of two; instructions
do not. Under valgrind's cachegrind (no cache simulation), a child process imports the engine
and reads the five seeds (ingest.load_paths) 0, 1 and 1 + N times; the differences give the
instructions of the first reading in a process (cold: derived-cache loads, first use of every
rule) and of each later one (warm). With PYTHONHASHSEED fixed, a count repeats to the
instruction. `--code DIR` counts another checkout the same way, for before/after in one run.
`--analysis` counts the whole analysis of the seeds (reading, then analysis.analyze) instead
of reading alone: the figure behind the warm and single-run targets, free of the load.

    python benchmarks/read_instructions.py [--code DIR] [--runs 10] [--analysis]

Each checkout reads with its own derived cache (a temporary folder, filled by a plain run
first). Byte-compile both checkouts first (`python -m compileall -q desktop`): with
PYTHONDONTWRITEBYTECODE a module imported during the reading would be compiled, and counted.
Needs valgrind; says so and stops without it.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from valgrind_count import have_valgrind, instructions

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import gc, sys
sys.path.insert(0, {root!r})
gc.freeze(); gc.disable()
from desktop.core.analysis import analyze  # noqa: F401 - what a CLI run has loaded before reading
import desktop.core.jsonio, desktop.core.readers  # noqa: F401,E401
from desktop.core.ingest import load_paths
for _ in range({n}):
    {work}
"""
READ = "load_paths([{seeds!r}])"
ANALYSIS = "analyze(load_paths([{seeds!r}]).articles)"


def child(root: Path, seeds: Path, n: int, work: str) -> str:
    return CHILD.format(root=str(root), n=n, work=work.format(seeds=str(seeds)))


def count(root: Path, seeds: Path, n: int, cache: str, work: str) -> int:
    env = dict(os.environ, QARIN_CACHE_DIR=cache)
    return instructions(child(root, seeds, n, work), [], root, env)


def measure(root: Path, seeds: Path, runs: int, work: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, QARIN_CACHE_DIR=cache)
        subprocess.run([sys.executable, "-c", child(root, seeds, 1, work)],
                       cwd=root, env=env, check=True)  # fills the derived cache
        none, one, many = (count(root, seeds, n, cache, work) for n in (0, 1, 1 + runs))
    return (one - none) / 1e6, (many - one) / runs / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--code", type=Path, help="another checkout to count the same way")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--analysis", action="store_true", help="the whole analysis, not reading alone")
    args = ap.parse_args()
    work, what = (ANALYSIS, "analysing") if args.analysis else (READ, "reading")
    if not have_valgrind():
        print("valgrind is not installed: no instruction counts (apt-get install valgrind)")
        return 1
    seeds = ROOT / "seeds"
    here = measure(ROOT, seeds, args.runs, work)
    print(f"{what} the 5 seeds, this checkout: cold {here[0]:.1f} M instructions, warm {here[1]:.1f} M")
    if args.code:
        other = measure(args.code.resolve(), seeds, args.runs, work)
        print(f"{what} the 5 seeds, {args.code}: cold {other[0]:.1f} M instructions, warm {other[1]:.1f} M")
        print(f"ratio this/other: cold {here[0] / other[0]:.3f}, warm {here[1] / other[1]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
