"""The analysis runs on a worker thread: progress, cancel, failure, stale results dropped."""
import threading

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui.runner import AnalysisRunner


def _stepping_job(steps, gate=None, fail_at=None):
    def job(progress, cancel):
        for i in range(steps):
            if gate is not None:
                gate.wait(5)
            if cancel():
                from desktop.core.analysis import AnalysisCancelled
                raise AnalysisCancelled()
            if fail_at == i:
                raise ValueError("broken input\nsecond line")
            progress("align", i / steps)
        return f"result after {steps}"
    return job


def test_result_and_progress_arrive_through_signals(qtbot):
    runner = AnalysisRunner()
    seen = []
    runner.progress.connect(lambda stage, f: seen.append((stage, f)))
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.start(_stepping_job(3))
    assert blocker.args == ["result after 3"]
    assert seen and seen[0] == ("align", 0.0)
    assert not runner.running
    runner.wait()


def test_cancel_stops_the_job(qtbot):
    runner = AnalysisRunner()
    gate = threading.Event()
    runner.start(_stepping_job(1000, gate))
    assert runner.running
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.cancel()
        gate.set()
    assert not runner.running
    runner.wait()


def test_failure_is_one_line(qtbot):
    runner = AnalysisRunner()
    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(_stepping_job(5, fail_at=2))
    assert blocker.args == ["broken input"]
    runner.wait()


def test_a_newer_start_wins(qtbot):
    runner = AnalysisRunner()
    gate = threading.Event()
    results = []
    runner.finished.connect(results.append)
    runner.start(_stepping_job(50, gate))
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(_stepping_job(2))
        gate.set()
    runner.wait()  # both threads are done, so anything they sent is already queued
    QCoreApplication.processEvents()  # deliver it: a stale result must be dropped
    assert results == ["result after 2"]


def test_window_shows_progress_and_cancels(seeds_window, qtbot):
    w = seeds_window
    gate = threading.Event()
    w.session.runner.start(_stepping_job(1000, gate))
    qtbot.waitUntil(lambda: w.cancel_button.isVisible() and w.progress.isVisible())
    with qtbot.waitSignal(w.session.analysisCancelled, timeout=10_000):
        qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert not w.progress.isVisible()
    assert "cancelled" in w.message.text()
    assert w.session.analysis is not None  # the previous result stays on screen


def test_reanalysis_from_the_menu_refreshes(seeds_window, qtbot):
    w = seeds_window
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        w.rerun_action.trigger()
    assert "articles" in w.message.text()
