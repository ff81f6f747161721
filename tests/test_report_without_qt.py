"""Reports (HTML, CSV, JSON) and REFI-QDA exchange run with PySide6 unavailable; only the PDF
needs Qt, and asking for one then fails with a one-line error, not a traceback."""
from support import run_without_qt

SCRIPT = """
import sys, tempfile, os
import desktop.report, desktop.interchange, desktop.report.html, desktop.report.qt_html
from desktop.cli.main import main
d = tempfile.mkdtemp()
assert main(["report", "--out", os.path.join(d, "r.html"), "--csv", os.path.join(d, "r.csv"),
             "--json", os.path.join(d, "r.json")]) == 0
from desktop.core.ingest import load_paths
from desktop.paths import SEEDS
from desktop.store import Project
with Project.create(os.path.join(d, "p.qarin")) as p:
    p.add_articles(load_paths([SEEDS]).articles)
assert main(["qdpx", "export", os.path.join(d, "p.qarin"), "--out", os.path.join(d, "p.qdpx")]) == 0
assert main(["qdpx", "import", os.path.join(d, "p.qdpx"), "--out", os.path.join(d, "q.qarin")]) == 0
assert "PySide6" not in sys.modules
sys.exit(main(["report", "--pdf", os.path.join(d, "r.pdf")]))
"""


def test_reports_and_qdpx_without_qt():
    proc = run_without_qt(SCRIPT)
    assert proc.returncode == 1, proc.stderr  # only the PDF failed
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].startswith("error: PDF output needs PySide6")
