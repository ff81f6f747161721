"""A large article keeps the window responsive: loading, finding rows and quotes happen on
worker threads; long alignments are laid out a page at a time and long pairs in steps; the
lookups that rendering repeats cost what is near, not what is in the whole article.

Texts are synthetic (desktop.synthetic); no wall-clock limits here (see
benchmarks/ui_responsiveness.py for the figures)."""
from __future__ import annotations

import random
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextDocument

from desktop.core.analysis import analyze
from desktop.core.ingest import article_from_text
from desktop.synthetic import arabic_text
from desktop.ui import project_session
from desktop.ui.views import columns_view, pair_view
from desktop.ui.views.rows import _overlapping, units
from desktop.ui.spans import ArticleMarks, Mark
from desktop.ui.views.text_render import DocMap


@pytest.fixture(scope="module")
def long_articles():
    text = arabic_text(60_000, seed=3)
    paras = text.split("\n")
    copy = "\n".join(paras[5:12])
    return [article_from_text(text, id="long", path="long.txt", outlet="Outlet A"),
            article_from_text(copy, id="copy", path="copy.txt", outlet="Outlet B")]


class Heartbeat:
    """Counts event-loop turns on the UI thread while it runs (a QTimer every 1 ms)."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks += 1

    def __enter__(self):
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()


def test_opening_files_reads_them_on_a_worker_thread(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_UNTITLED_DIR", str(tmp_path / "untitled"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(arabic_text(3000, seed=1), encoding="utf-8")
    real = project_session.load_paths
    seen = {}

    def slow_load(paths):
        seen["thread"] = threading.current_thread()
        threading.Event().wait(0.2)  # a slow disk: the event loop must keep turning
        return real(paths)

    monkeypatch.setattr(project_session, "load_paths", slow_load)
    with Heartbeat() as beat:
        session = project_session.ProjectSession.from_paths([folder])
    try:
        assert seen["thread"] is not threading.main_thread()
        assert beat.ticks > 0  # timers fired while the files were read
        assert [a.path.endswith("a.txt") for a in session.articles] == [True]
    finally:
        session.close()


def test_no_readable_file_is_still_an_error_from_the_worker(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("QARIN_UNTITLED_DIR", str(tmp_path / "untitled"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(project_session.NoArticles, match="no readable articles"):
        project_session.ProjectSession.from_paths([empty])


def test_mark_lookup_finds_what_a_scan_finds(long_articles):
    rng = random.Random(4)
    art = long_articles[0]
    n = len(art.text)
    marks = []
    for _ in range(400):
        s = rng.randrange(n)
        e = min(n, s + rng.choice((1, 5, 80, 900, 5000)))
        marks.append(Mark(s, e, rng.choice(("framing", "shared", "quotes")), "#123456", ""))
    am = ArticleMarks(art, marks)
    for _ in range(300):
        s = rng.randrange(n)
        e = s + rng.randrange(0, 3000)
        assert am.overlapping(s, e) == [m for m in marks if m.start < e and s < m.end]
    am.marks.append(Mark(0, n, "boilerplate", "#999999", ""))  # added later: index rebuilt
    assert am.at(n - 1)[-1].layer == "boilerplate"


def test_offset_map_lookups_match_a_scan():
    text = arabic_text(5000, seed=2)
    docmap = DocMap()
    pieces = []
    pos = 0
    for s in range(0, len(text) - 60, 60):  # pieces with hidden gaps, added out of order
        pieces.append((pos, s, s + 50))
        pos += 51
    for doc_start, s, e in pieces[::2] + pieces[1::2]:
        docmap.add(doc_start, "x", s, e, text)
    assert [p.doc_start for p in docmap.pieces()] == sorted(p[0] for p in pieces)
    for offset in range(0, len(text), 7):
        inside = [p for p in pieces if p[1] <= offset <= p[2]]
        after = [p for p in pieces if p[1] > offset]
        want = inside[0][0] + offset - inside[0][1] if inside else (after[0][0] if after else None)
        assert docmap.to_doc("x", offset) == want
        ranges = docmap.doc_ranges("x", offset, offset + 130)
        want_ranges = [(d + max(offset, s) - s, d + min(offset + 130, e) - s)
                       for d, s, e in pieces if max(offset, s) < min(offset + 130, e)]
        assert ranges == want_ranges
    assert docmap.from_doc(pieces[3][0] + 4) == ("x", pieces[3][1] + 4)


def test_unit_lookup_by_bisection_matches_a_scan():
    text = arabic_text(8000, seed=6)
    sentences = tuple((i, i + 40) for i in range(0, len(text) - 40, 50))
    spans = units(text, sentences)
    starts = [s for s, _ in spans]
    rng = random.Random(1)
    for _ in range(500):
        s = rng.randrange(len(text))
        span = (s, s + rng.randrange(1, 400))
        assert _overlapping(spans, span, starts) == _overlapping(spans, span)


@pytest.fixture
def long_window(qtbot, tmp_path, monkeypatch, long_articles):
    from desktop.store import Project
    from desktop.ui.main_window import MainWindow

    from desktop.ui import main_window

    monkeypatch.setattr(columns_view, "PAGE_ROWS", 8)
    monkeypatch.setattr(columns_view, "ROWS_IN_BACKGROUND", 1000)
    monkeypatch.setattr(main_window, "MARKS_IN_BACKGROUND", 1000)
    marks_threads = []
    real_marks = main_window.build_marks
    monkeypatch.setattr(main_window, "build_marks", lambda *a, **k: marks_threads.append(
        threading.current_thread()) or real_marks(*a, **k))
    path = tmp_path / "long.qarin"
    with Project.create(path) as p:
        p.add_articles(long_articles)
    window = MainWindow(project_session.ProjectSession.open_project(path))
    window.quiet_close = True
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    with qtbot.waitSignal(window.refreshed, timeout=120_000):
        window.start()
    window.marks_threads = marks_threads
    yield window
    window.close()


def test_rows_and_quotes_are_found_off_the_ui_thread(long_window, qtbot, monkeypatch):
    w = long_window
    seen = []
    real_rows = columns_view.align_rows
    monkeypatch.setattr(columns_view, "align_rows",
                        lambda *a: seen.append(threading.current_thread()) or real_rows(*a))
    with qtbot.waitSignal(w.columns.rendered, timeout=60_000):
        w.columns.render()
    assert seen and all(t is not threading.main_thread() for t in seen)
    # the analysis job found the long article's quotes; building marks does not scan again
    assert w.session.index["long"].quotes is not None
    # the long article's marks were built on a worker, and the views have them
    assert w.marks_threads and threading.main_thread() not in w.marks_threads
    assert {"long", "copy"} <= set(w.marks) and w.marks["long"].marks


def test_a_long_alignment_is_laid_out_a_page_at_a_time(long_window, qtbot):
    cols = long_window.columns
    assert len(cols.rows) > 3 * columns_view.PAGE_ROWS
    tables = cols.text.document().rootFrame().childFrames()
    assert len(tables) == columns_view.PAGE_ROWS and cols.pager.isVisible()
    assert not cols.previous_button.isEnabled() and cols.next_button.isEnabled()
    with qtbot.waitSignal(cols.rendered, timeout=60_000):
        cols.next_button.click()
    assert cols.page_start == columns_view.PAGE_ROWS
    c = cols.columns.index(cols.pivot)
    k = next(i for i in range(cols.page_start, cols.page_start + columns_view.PAGE_ROWS)
             if cols.rows[i].cells[c])
    assert cols.table_cell(cols.pivot, cols.rows[k].cells[c][0][0])[0] == k  # rows count on
    # a span on a later page: revealing it lays out that page, then selects it
    last = cols.rows[-1]
    aid = next(a for a, cell in zip(cols.columns, last.cells) if cell)
    start, end = last.cells[cols.columns.index(aid)][0]
    picked = []
    with qtbot.waitSignal(cols.rendered, timeout=60_000):
        assert cols.reveal(aid, start, lambda: picked.append(
            cols.text.select_span(aid, start, end)))
    assert picked == [True] and cols.page_start > columns_view.PAGE_ROWS
    assert cols.text.selection_span() == (aid, start, end)


def test_a_long_pair_is_laid_out_in_steps(long_window, qtbot, monkeypatch):
    monkeypatch.setattr(pair_view, "PAIR_IN_STEPS", 1000)
    monkeypatch.setattr(pair_view, "STEP_SPANS", 2)
    monkeypatch.setattr(pair_view, "STEP_BUDGET", 0.0)
    pair = long_window.pair
    with Heartbeat() as beat, qtbot.waitSignal(pair.rendered, timeout=60_000):
        pair.set_pair("long", "copy", orient=False)
        assert pair.rendering  # render() returned before the texts were in
        partial = pair.right.document().characterCount()
    assert beat.ticks > 0 and not pair.rendering
    full = pair.right.document().characterCount()
    assert partial < full and full >= len(long_window.session.articles[0].text) // 2
    assert pair.connector.link_count() > 0  # ribbons once both texts are in


def test_a_newer_pair_stops_the_one_being_laid_out(long_window, qtbot, monkeypatch):
    monkeypatch.setattr(pair_view, "PAIR_IN_STEPS", 1000)
    monkeypatch.setattr(pair_view, "STEP_BUDGET", 0.0)
    pair = long_window.pair
    pair.set_pair("long", "copy", orient=False)
    with qtbot.waitSignal(pair.rendered, timeout=60_000):
        pair.set_pair("copy", "long", orient=False)
    assert pair.right_id == "copy"
    assert isinstance(pair.right.document(), QTextDocument)
    text = long_window.session.articles[1].text
    assert pair.right.docmap.to_doc("copy", len(text) - 1) is not None


def loader_pid(paths):
    """A stand-in loader that tells which process ran it (module level: pickled by name)."""
    import os
    return os.getpid(), list(paths)


def test_large_inputs_are_read_in_a_child_process(tmp_path, monkeypatch):
    import os

    from desktop.core.ingest import load_paths
    from desktop.ui import load_process

    big = tmp_path / "big.txt"
    big.write_text(arabic_text(20_000, seed=4), encoding="utf-8")
    monkeypatch.setattr(load_process, "IN_PROCESS_BYTES", 10_000)
    pid, paths = load_process.load_paths_isolated([big], loader_pid)
    assert pid != os.getpid() and paths == [str(big)]
    result = load_process.load_paths_isolated([tmp_path], load_paths)  # the real loader
    assert [a.text for a in result.articles] == [big.read_text(encoding="utf-8")]
    monkeypatch.setattr(load_process, "IN_PROCESS_BYTES", 10_000_000)
    assert load_process.load_paths_isolated([big], loader_pid)[0] == os.getpid()  # small: here
