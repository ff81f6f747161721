"""File → Export report / annotations / REFI-QDA and Import REFI-QDA, through the real window."""
import csv
import json
import threading
import zipfile

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.store import Project
from desktop.ui.actions import export_actions as ex
from desktop.ui.main_window import MainWindow

MEMO = "مصدر بلا اسم في النسخة المنقولة"


def _annotate(w):
    aid = w.columns.columns[0]
    assert w.actions_.annotate(aid, 0, 12, "تسمية المصدر", memo=MEMO)
    return aid


def _finish(qtbot, w, start, signal="finished"):
    """Run ``start()`` and wait for the export job it starts to report ``signal``."""
    jobs = ex.jobs_for(w)
    with qtbot.waitSignal(getattr(jobs, signal), timeout=120_000) as blocker:
        assert start()
    return blocker.args[0]


def test_the_file_menu_offers_every_export_before_quit(seeds_window):
    labels = [a.text() for a in seeds_window.file_menu.menu.actions()]
    for label in (ex.REPORT, ex.ANNOTATIONS, ex.QDPX_EXPORT, ex.QDPX_IMPORT):
        assert label in labels and labels.index(label) < labels.index("&Quit")
        assert f"export:{label}" in seeds_window.file_menu.actions


def test_export_report_from_the_menu_writes_html_and_pdf_off_the_gui_thread(
        seeds_window, qtbot, tmp_path, monkeypatch):
    w = seeds_window
    _annotate(w)
    target = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    import desktop.report
    real, threads = desktop.report.write_report, []

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)
    monkeypatch.setattr(desktop.report, "write_report", spy)
    message = _finish(qtbot, w, lambda: w.file_menu.actions[f"export:{ex.REPORT}"].trigger()
                      or True)
    assert threads and threads[0] is not threading.main_thread()
    page = target.read_text(encoding="utf-8")
    assert MEMO in page and "تسمية المصدر" in page  # records read on the GUI thread
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Report written" in message and str(pdf) in message
    assert w.message.text() == message


def test_a_failed_report_is_one_line_in_the_status_bar(seeds_window, qtbot, tmp_path):
    w = seeds_window
    blocked = tmp_path / "taken.html"
    blocked.mkdir()  # a folder where the file should go: the write fails on the worker
    message = _finish(qtbot, w, lambda: ex.export_report(w, blocked), "failed")
    assert message.startswith("Writing the report failed:") and "\n" not in message
    assert "Traceback" not in message and w.message.text() == message
    assert not ex.export_report(w, tmp_path / "no" / "such" / "r.html")
    assert "does not exist" in w.message.text()


def test_no_export_while_the_analysis_runs(seeds_window, tmp_path):
    w = seeds_window
    w.session.analyze()
    assert w.session.analysing
    assert not ex.export_report(w, tmp_path / "r.html")
    assert "still running" in w.message.text() and not (tmp_path / "r.html").exists()
    w.session.cancel_analysis()


def test_export_annotations_as_csv_and_json(seeds_window, qtbot, tmp_path):
    w = seeds_window
    aid = _annotate(w)
    out = tmp_path / "notes.csv"
    assert "1 annotation" in _finish(qtbot, w, lambda: ex.export_annotations(w, out))
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheet programs then read Arabic
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 2 and MEMO in rows[1]
    out = tmp_path / "all.json"
    _finish(qtbot, w, lambda: ex.export_annotations(w, out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert MEMO in json.dumps(data, ensure_ascii=False) and aid in json.dumps(data)
    assert not ex.export_annotations(w, tmp_path / "x.txt")
    assert ".csv or a .json" in w.message.text()


def _rename_second_code_like_first(qdpx, out):
    """A .qdpx from another tool with two codes of the same name (Qarin keeps both)."""
    with zipfile.ZipFile(qdpx) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "project.qde":
                data = data.decode("utf-8").replace('name="second code"', 'name="first code"')
                data = data.encode("utf-8")
            zout.writestr(item, data)


def test_qdpx_export_then_import_opens_the_new_project_with_warnings(
        seeds_window, qtbot, tmp_path, monkeypatch):
    w = seeds_window
    aid = w.columns.columns[0]
    w.actions_.annotate(aid, 0, 10, "first code", memo=MEMO)
    w.actions_.annotate(aid, 20, 30, "second code")
    qdpx = tmp_path / "shared.qdpx"
    message = _finish(qtbot, w, lambda: ex.export_qdpx_file(w, tmp_path / "shared"))
    assert "2 codes" in message and "2 coded selections" in message
    with zipfile.ZipFile(qdpx) as z:
        assert "project.qde" in z.namelist()
    odd = tmp_path / "odd.qdpx"
    _rename_second_code_like_first(qdpx, odd)
    target = tmp_path / "imported.qarin"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(odd), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    message = _finish(qtbot, w, lambda: w.file_menu.actions[f"export:{ex.QDPX_IMPORT}"]
                      .trigger() or True)
    new = MainWindow.open_windows[-1]
    qtbot.addWidget(new)
    new.quiet_close = True
    assert new is not w and new.session.path == target
    assert "Imported odd.qdpx" in message and "1 not brought over" in message
    assert new.message.text() == message and "used twice" in new.message.toolTip()
    with Project.open(target) as p:
        assert len(p.annotations()) == 2 and any(a.memo == MEMO for a in p.annotations())
    qtbot.waitSignal(new.refreshed, timeout=120_000).wait()
    new.close()


def test_qdpx_import_refuses_an_existing_project(seeds_window, tmp_path):
    w = seeds_window
    (tmp_path / "x.qdpx").write_bytes(b"PK")
    taken = tmp_path / "taken.qarin"
    taken.write_bytes(b"mine")
    assert not ex.import_qdpx_file(w, tmp_path / "x.qdpx", taken)
    assert "exists" in w.message.text() and taken.read_bytes() == b"mine"
    assert not ex.import_qdpx_file(w, tmp_path / "missing.qdpx", tmp_path / "new.qarin")
    assert "no file" in w.message.text()


def test_a_broken_qdpx_is_one_line_and_leaves_nothing(seeds_window, qtbot, tmp_path):
    w = seeds_window
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip at all")
    message = _finish(qtbot, w, lambda: ex.import_qdpx_file(w, bad, tmp_path / "n.qarin"),
                      "failed")
    assert message.startswith("Importing bad.qdpx failed:") and "\n" not in message
    assert not (tmp_path / "n.qarin").exists() and MainWindow.open_windows[-1] is w
