"""The core must import and run with PySide6 unavailable."""
import subprocess
import sys

from desktop.paths import ROOT

SCRIPT = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
import desktop.core.analysis, desktop.core.ingest, desktop.core.jsonio
from desktop.cli.main import main
code = main(["analyze", "--json", "-"])
assert "PySide6" not in sys.modules
sys.exit(code)
"""


def test_engine_and_analyze_cli_run_with_pyside6_blocked():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert '"links"' in proc.stdout
