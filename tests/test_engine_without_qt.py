"""The core must import and run with PySide6 unavailable."""
from support import run_without_qt

SCRIPT = """
import sys
import desktop.core.analysis, desktop.core.ingest, desktop.core.jsonio
from desktop.cli.main import main
code = main(["analyze", "--json", "-"])
assert "PySide6" not in sys.modules
sys.exit(code)
"""


def test_engine_and_analyze_cli_run_with_pyside6_blocked():
    proc = run_without_qt(SCRIPT)
    assert proc.returncode == 0, proc.stderr
    assert '"links"' in proc.stdout
