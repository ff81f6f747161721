"""The window keeps every project's analysis in the project file, whatever its size, and
reading or writing a large cache entry never runs as one long interpreter-locked call."""
from __future__ import annotations

import random

import pytest

from desktop.core import analysis as engine
from desktop.core.ingest import article_from_text
from desktop.core.jsonio import analysis_to_dict
from desktop.store import Project, cachecodec
from desktop.synthetic import arabic_text, paragraph
from desktop.ui import analysis_process, project_session
from desktop.ui.project_session import ProjectSession


def small_articles(n: int):
    """``n`` short articles; every third one copies a paragraph of the one before."""
    rng = random.Random(9)
    out = []
    for i in range(n):
        paras = [paragraph(rng, i)]
        if i % 3 == 2:
            paras.append(out[-1].text.split("\n")[0])
        out.append(article_from_text("\n".join(paras), id=f"a{i:03d}", path=f"a{i:03d}.txt",
                                     outlet=f"Outlet {i % 7}"))
    return out


def open_and_analyse(qtbot, path) -> ProjectSession:
    session = ProjectSession.open_project(path)
    with qtbot.waitSignal(session.analysisReady, timeout=300_000):
        session.analyze()
    return session


def test_a_project_of_more_than_40_articles_reopens_from_its_cache(qapp, qtbot, tmp_path,
                                                                   monkeypatch):
    articles = small_articles(45)
    path = tmp_path / "many.qarin"
    with Project.create(path) as p:
        p.add_articles(articles)
    first = open_and_analyse(qtbot, path)
    want = analysis_to_dict(first.analysis)
    segmentation = first.analysis.segmentation
    first.close()  # lets the analysis process finish writing the cache entry

    def no_analysis(*args, **kwargs):
        raise AssertionError("analysed again instead of reading the cache")
    monkeypatch.setattr(project_session, "analyze_in_process", no_analysis)
    monkeypatch.setattr(engine, "analyze", no_analysis)
    again = open_and_analyse(qtbot, path)
    try:
        assert len(again.analysis.articles) == 45
        got = analysis_to_dict(again.analysis)
        for name in ("links", "shared_spans", "changes", "framing"):
            assert sorted(map(repr, got[name])) == sorted(map(repr, want[name])), name
        assert again.analysis.segmentation == segmentation
        assert again.index and len(again.index) == 45
    finally:
        again.close()


def test_a_large_text_is_analysed_in_a_child_that_writes_the_cache(qapp, qtbot, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(project_session, "THREAD_CHARS", 1000)
    articles = [article_from_text(arabic_text(4000, seed=s), id=f"t{s}", path=f"t{s}.txt",
                                  outlet=f"Outlet {s}") for s in (1, 2)]
    path = tmp_path / "big.qarin"
    with Project.create(path) as p:
        p.add_articles(articles)
    calls = []
    real = analysis_process.analyze_in_process
    monkeypatch.setattr(project_session, "analyze_in_process",
                        lambda *a, **k: calls.append(k.get("store_path")) or real(*a, **k))
    session = open_and_analyse(qtbot, path)
    session.close()
    assert calls == [path]
    with Project.open(path) as p:
        cached = p.cached_analysis(p.articles(), engine.ENGINE_VERSION, session.lexicon.version)
    assert cached is not None and len(cached.framing) == len(session.analysis.framing)


@pytest.fixture(scope="module")
def analysis():
    text = arabic_text(30_000, seed=8)
    paras = text.split("\n")
    arts = [article_from_text(text, id="x", path="x.txt", outlet="A"),
            article_from_text("\n".join(paras[3:9]), id="y", path="y.txt", outlet="B")]
    return engine.analyze(arts)


def test_cache_entries_are_decoded_a_chunk_at_a_time(analysis, monkeypatch):
    monkeypatch.setattr(cachecodec, "CHUNK", 20)
    assert len(analysis.framing) > 100  # several chunks of framing hits
    blob = cachecodec.encode(analysis)
    sizes = []
    real = cachecodec.json.loads
    monkeypatch.setattr(cachecodec.json, "loads", lambda raw: sizes.append(len(raw)) or real(raw))
    back = cachecodec.decode(blob, analysis.articles)
    assert analysis_to_dict(back) == analysis_to_dict(analysis)
    assert len(sizes) > 5 and max(sizes) < sum(sizes) / 3  # many small calls, none for it all


def test_an_entry_of_another_format_is_a_miss(analysis):
    import zlib
    old = zlib.compress(b'{"format":2,"articles":[]}')
    with pytest.raises(ValueError):
        cachecodec.decode(old, analysis.articles)


def test_a_large_reuse_matrix_does_not_size_rows_from_every_cell(qapp, qtbot):
    """Sizing 200 rows to their contents asks Qt for every cell's size (seconds with 200 x
    200 cells); above FIT_ROWS rows get a fixed height that fits a two-line header."""
    from PySide6.QtWidgets import QHeaderView

    from desktop.ui.panels import reuse_panel
    from desktop.ui.models.reuse_model import ReuseModel

    articles = small_articles(reuse_panel.FIT_ROWS + 5)
    analysis = engine.analyze(articles)
    model = ReuseModel()
    panel = reuse_panel.ReusePanel(model)
    qtbot.addWidget(panel)
    model.set_analysis(analysis)
    rows = panel.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    assert rows.defaultSectionSize() >= 2 * panel.table.fontMetrics().height()
    small = ReuseModel()
    small_panel = reuse_panel.ReusePanel(small)
    qtbot.addWidget(small_panel)
    small.set_analysis(engine.analyze(articles[:15]))
    assert small_panel.table.verticalHeader().sectionResizeMode(0) == \
        QHeaderView.ResizeMode.ResizeToContents
