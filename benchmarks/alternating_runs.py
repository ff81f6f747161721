"""One `analyze --json` run on the seeds per fresh process, alternating checkouts run by run so
both meet the same machine load: shared by cli_stages.py and load_costs.py, which differ only
in the driver the child runs (what it wraps and prints as its last line, a JSON object)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run_child(driver: str, code: Path, cache: str, out: str) -> tuple[dict, dict]:
    """The run's `timings` and what the driver printed last (JSON)."""
    env = dict(os.environ, PYTHONPATH=str(code), QARIN_CACHE_DIR=cache)
    proc = subprocess.run([sys.executable, "-c", driver, out], cwd=code, env=env,
                          capture_output=True, text=True, check=True)
    printed = json.loads(proc.stdout.strip().splitlines()[-1])
    return json.loads(Path(out).read_text(encoding="utf-8"))["timings"], printed


def alternate(driver: str, checkouts: dict[str, Path], base: str, runs: int,
              warmups: int = 1) -> dict[str, list[tuple[dict, dict]]]:
    """`runs` runs per checkout, alternating, after `warmups` unrecorded runs of each (derived
    caches built, files in the page cache). Each checkout has its own derived cache,
    `base`-NAME."""
    results: dict[str, list[tuple[dict, dict]]] = {k: [] for k in checkouts}
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.json")
        for name, code in checkouts.items():
            for _ in range(warmups):
                run_child(driver, code, f"{base}-{name}", out)
        for _ in range(runs):
            for name, code in checkouts.items():
                results[name].append(run_child(driver, code, f"{base}-{name}", out))
    return results
