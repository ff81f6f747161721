"""Helpers shared by several test modules (imported as `support`; pytest puts tests/ on sys.path)."""
from __future__ import annotations

import subprocess
import sys

from desktop.cli.main import main
from desktop.paths import ROOT

# Prepended to a child script: any import of PySide6 or shiboken6 then fails.
BLOCK_QT = """
import sys
class _BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, _BlockQt())
"""


def run_without_qt(script: str, *args: str) -> subprocess.CompletedProcess:
    """Run `script ARGS` in a fresh interpreter at the repository root with PySide6 blocked."""
    return subprocess.run([sys.executable, "-c", BLOCK_QT + script, *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """Run `main.py ARGV` in-process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
