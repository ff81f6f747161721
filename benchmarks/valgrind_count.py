"""Machine instructions of one Python child process, counted by valgrind (cachegrind without
cache simulation): shared by the *_instructions.py benchmarks. With a fixed hash seed a count
repeats to the instruction, where milliseconds move with the machine's load."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def have_valgrind() -> bool:
    return shutil.which("valgrind") is not None


def instructions(code: str, args: list[str], cwd: Path, env: dict | None = None) -> int:
    """Instructions of `python -c code *args` run in `cwd`, with PYTHONHASHSEED=0."""
    env = dict(os.environ if env is None else env, PYTHONHASHSEED="0")
    proc = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True, text=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", proc.stderr)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"valgrind run failed in {cwd}:\n{proc.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))
