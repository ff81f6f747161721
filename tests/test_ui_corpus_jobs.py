"""The corpus window's outlet graph, and corpus files read and built behind progress dialogs."""
from __future__ import annotations

import pytest

from corpus_fixtures import FIELDS, day1_rows, day2_rows, write_jsonl, write_zip_json
from desktop.corpus.archive import parse_fields
from desktop.corpus.build import build_corpus
from desktop.store.corpus import CorpusStore

NETWORK = [
    {"from": "A", "to": "B", "articles": 40, "pairs": 50, "credited": 10, "uncredited": 40, "median_lag_hours": 2.0},
    {"from": "B", "to": "A", "articles": 3, "pairs": 3, "credited": 3, "uncredited": 0, "median_lag_hours": 5.0},
    {"from": "A", "to": "C", "articles": 12, "pairs": 12, "credited": 0, "uncredited": 12, "median_lag_hours": None},
    {"from": "C", "to": "C", "articles": 2, "pairs": 2, "credited": 0, "uncredited": 2, "median_lag_hours": 1.0},
]


def _corpus(tmp_path):
    path = tmp_path / "c.sqlite"
    with CorpusStore.open(path, create=True) as store:
        build_corpus(store, [write_zip_json(tmp_path / "d1.zip", day1_rows()),
                             write_jsonl(tmp_path / "d2.jsonl", day2_rows())], parse_fields(FIELDS))
    return path


def test_outlet_graph_nodes_edges_and_filters(qtbot):
    from desktop.ui.views.corpus_graph import OutletGraph, credit_colour, default_min_articles, outlet_totals

    g = OutletGraph(NETWORK)
    qtbot.addWidget(g)
    view = g.view
    assert set(view.nodes) == {"A", "B", "C"}
    assert set(view.edges) == {("A", "B"), ("B", "A"), ("A", "C")}  # a self-loop stays in the matrix
    wide = view.edges[("A", "B")][0].pen().widthF()
    assert wide > view.edges[("B", "A")][0].pen().widthF()  # width follows the articles
    assert "40 articles of B reuse A" in view.edges[("A", "B")][0].toolTip()
    # colour: credited share (all credited is green, none is red)
    assert view.edges[("B", "A")][1].brush().color().hue() == credit_colour(1.0).hue() == 120
    assert view.edges[("A", "C")][1].brush().color().hue() == 0
    g.minimum.setValue(10)
    assert view.visible_edges() == [("A", "B"), ("A", "C")]
    view.select_outlet("B")  # a chosen outlet shows all its arrows, labelled, whatever the threshold
    assert view.visible_edges() == [("A", "B"), ("B", "A")]
    assert view.edge_labels[("B", "A")].isVisible() and view.edge_labels[("B", "A")].text() == "3 (100% credited)"
    assert not view.edge_labels[("A", "C")].isVisible()
    g.minimum.setValue(1)
    view.select_outlet("C")
    assert view.visible_edges() == [("A", "C")]
    assert "C:" in g.info.text()
    view.select_outlet(None)
    assert len(view.visible_edges()) == 3
    totals = outlet_totals(NETWORK)
    assert totals["A"]["given"] == 52 and totals["A"]["taken"] == 3 and totals["C"]["uncredited"] == 14
    assert default_min_articles(NETWORK, shown=2) == 12 and default_min_articles(NETWORK) == 1


def test_corpus_window_has_graph_and_matrix(qtbot, tmp_path):
    from desktop.ui.views.corpus_view import CorpusData, CorpusWindow

    with CorpusStore.open(_corpus(tmp_path), readonly=True) as store:
        data = CorpusData.load(store)
    w = CorpusWindow(data)
    qtbot.addWidget(w)
    tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert tabs == ["Stories", "Outlet network", "Outlet matrix", "Substitutions"]
    assert ("Al-Mayadeen", "OutletB") in w.graph.view.edges and w.network.rowCount() >= 2


def test_load_with_progress_and_cancel(seeds_window, qtbot, tmp_path):
    from desktop.ui.actions.corpus_actions import open_corpus_with_progress
    from desktop.ui.actions.corpus_jobs import load_corpus_data
    from desktop.ui.runner import Cancelled

    path = _corpus(tmp_path)
    seen = []
    data = load_corpus_data(str(path), lambda stage, f: seen.append(stage), lambda: False)
    assert seen == ["counts", "stories", "network", "substitutions", "done"] and data.counts["reuse_pairs"] == 7
    with pytest.raises(Cancelled):
        load_corpus_data(str(path), lambda *_: None, lambda: True)
    loader = open_corpus_with_progress(seeds_window, str(path))
    with qtbot.waitSignal(loader.loaded, timeout=30_000) as got:
        pass
    assert got.args[0].counts["articles"] == 12
    from desktop.ui.actions.corpus_actions import _OPEN
    view = next(v for v in _OPEN if hasattr(v, "graph"))
    qtbot.addWidget(view)
    (tmp_path / "x.sqlite").write_text("not a corpus " * 50, encoding="utf-8")
    bad = open_corpus_with_progress(seeds_window, str(tmp_path / "x.sqlite"))
    assert "not a Qarin corpus" in seeds_window.message.text() and not bad.runner.running


def test_build_in_background_then_cancel_and_resume(seeds_window, qtbot, tmp_path):
    """The window's build runs `corpus build` in a child process; Cancel interrupts it and the
    same build then completes."""
    from desktop.ui.actions.corpus_actions import build_corpus_in_background

    d1 = write_zip_json(tmp_path / "d1.zip", day1_rows())
    d2 = write_jsonl(tmp_path / "d2.jsonl", day2_rows())
    corpus = str(tmp_path / "w.sqlite")
    first = build_corpus_in_background(seeds_window, corpus, [str(d1), str(d2)], FIELDS, open_when_done=False)
    with qtbot.waitSignal(first.process.started, timeout=30_000):
        pass
    with qtbot.waitSignal(first.finished, timeout=120_000) as stopped:
        first.cancel()
    assert stopped.args[0] is False and "keeps what was done" in stopped.args[1]
    second = build_corpus_in_background(seeds_window, corpus, [str(d1), str(d2)], FIELDS, open_when_done=False)
    with qtbot.waitSignal(second.finished, timeout=120_000) as done:
        pass
    assert done.args[0] is True and "12 articles" in done.args[1] and "7 reuse pairs" in done.args[1]
    assert "12 articles" in seeds_window.message.text()
    with CorpusStore.open(corpus, readonly=True) as store:
        assert store.counts()["reuse_pairs"] == 7
