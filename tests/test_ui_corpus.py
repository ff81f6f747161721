"""The corpus window: stories sortable and searchable, the outlet matrix, substitutions, and a
story opened as a comparison project."""
from __future__ import annotations

from PySide6.QtCore import Qt

from corpus_fixtures import FIELDS, day1_rows, day2_rows, write_jsonl, write_zip_json
from desktop.corpus.archive import parse_fields
from desktop.corpus.build import build_corpus
from desktop.store.corpus import CorpusStore
from desktop.ui.views.corpus_view import CorpusData, CorpusWindow


def _corpus(tmp_path):
    path = tmp_path / "c.sqlite"
    with CorpusStore.open(path, create=True) as store:
        build_corpus(store, [write_zip_json(tmp_path / "d1.zip", day1_rows()),
                             write_jsonl(tmp_path / "d2.jsonl", day2_rows())], parse_fields(FIELDS))
    return path


def test_corpus_window_tables(qtbot, tmp_path):
    path = _corpus(tmp_path)
    with CorpusStore.open(path, readonly=True) as store:
        data = CorpusData.load(store)
    opened = []
    w = CorpusWindow(data, opened.append)
    qtbot.addWidget(w)
    stories = w.stories
    assert stories.proxy.rowCount() == 2
    stories.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert stories.proxy.index(0, 0).data() == "4" and stories.proxy.index(0, 1).data() == "Al-Mayadeen"
    stories.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert stories.proxy.index(0, 0).data() == "2"
    stories.search.setText("OutletC")
    assert stories.proxy.rowCount() == 1
    stories.view.selectRow(0)
    stories.view.setCurrentIndex(stories.proxy.index(0, 0))
    w.open_button.click()
    assert len(opened) == 1 and opened[0]["size"] == 4
    m = w.network
    cols = [m.horizontalHeaderItem(i).text() for i in range(m.columnCount())]
    rows = [m.verticalHeaderItem(i).text() for i in range(m.rowCount())]
    cell = m.item(rows.index("Al-Mayadeen"), cols.index("OutletB"))
    assert cell.text() == "2 (2)"
    subs = w.substitutions
    subs.search.setText("الاحتلال")
    assert subs.proxy.rowCount() >= 1 and subs.proxy.index(0, 0).data() == "4"


def test_story_opens_as_project(seeds_window, qtbot, tmp_path):
    from desktop.ui.actions.corpus_actions import open_corpus

    path = _corpus(tmp_path)
    view = open_corpus(seeds_window, str(path))
    qtbot.addWidget(view)
    view.stories.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    new = None
    view.open_story(view.stories.source_row(0))
    from desktop.ui.main_window import MainWindow
    new = MainWindow.open_windows[-1]
    qtbot.addWidget(new)
    new.quiet_close = True
    assert new.session.untitled
    outlets = sorted(a.outlet for a in new.session.articles)
    assert outlets == ["Al-Mayadeen", "OutletB", "OutletC", "OutletD"]
    with qtbot.waitSignal(new.refreshed, timeout=120_000):
        new.start()
    assert any(max(p.a_in_b, p.b_in_a) > 0.5 for p in new.session.analysis.pairs)


def test_not_a_corpus_is_a_message(seeds_window, tmp_path):
    from desktop.ui.actions.corpus_actions import open_corpus

    (tmp_path / "x.sqlite").write_text("plain text " * 100, encoding="utf-8")
    assert open_corpus(seeds_window, str(tmp_path / "x.sqlite")) is None
    assert "not a Qarin corpus" in seeds_window.message.text()
