"""Window side of issue 10: File → Add from URL… fetches off the UI thread and names each failed
URL; File → Article details… edits outlet and date (kept as the analyst's)."""
from __future__ import annotations

from test_input_urls import server  # noqa: F401  (the local HTTP server fixture)


def test_add_from_url_fetches_in_the_background_and_reports_each_failure(seeds_window, qtbot, server):  # noqa: F811
    w = seeds_window
    before = len(w.session.articles)
    dialog = w.add_from_url()
    dialog.edit.setPlainText(f"{server}/news/relay.html\n{server}/missing.html\n")
    dialog._accept()
    assert w.url_runner.running  # the pages load on a worker thread; the window stays live
    qtbot.waitUntil(lambda: len(w.session.articles) == before + 1, timeout=60_000)
    added = [a for a in w.session.articles if a.source == "url"]
    assert added[0].outlet == "Youm7" and added[0].relay_of == "Petra"
    assert len(w.url_problems) == 1 and "404" in w.url_problems[0]
    assert "404" in w.message.text()
    assert w.session.project.original(added[0].id)["kind"] == "url"


def test_url_dialog_refuses_what_is_not_a_web_address(seeds_window):
    dialog = seeds_window.add_from_url()
    dialog.edit.setPlainText("ftp://example.org/page\n")
    dialog._accept()
    assert dialog.isVisible() and "Not a web address" in dialog.error.text()
    dialog.reject()


def test_article_details_edit_outlet_and_date(seeds_window, qtbot):
    w = seeds_window
    target = w.session.articles[2].id
    dialog = w.edit_article_details()
    dialog.choice.setCurrentIndex([a.id for a in w.session.articles].index(target))
    dialog.fields["date"].setText("29-02-2024")
    dialog._accept()
    assert dialog.isVisible() and "YYYY-MM-DD" in dialog.error.text()
    dialog.fields["date"].setText("2023-10-28")
    dialog.fields["outlet"].setText("InfoPlus Iraq")
    dialog._accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: w.session.project.article(target).outlet == "InfoPlus Iraq", timeout=10_000)
    art = w.session.project.article(target)
    assert (art.date, art.date_how, art.outlet_source) == ("2023-10-28", "user", "user")
    assert {"outlet", "date"} <= set(w.session.project.article_info(target).user_fields)


def test_open_files_takes_web_pages_and_keeps_them(seeds_window, qtbot):
    from pathlib import Path

    page = Path(__file__).parent / "fixtures" / "pages" / "agency_relay.html"
    w = seeds_window
    w.add_paths([str(page)])
    qtbot.waitUntil(lambda: any(a.source == "html" for a in w.session.articles), timeout=10_000)
    art = next(a for a in w.session.articles if a.source == "html")
    assert art.outlet == "Youm7" and art.title.startswith("وفد أردني")
    assert w.session.project.original(art.id)["data"] == page.read_bytes()
