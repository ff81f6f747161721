"""Report words from the window's translation catalogue, and counts in all six Arabic plural
forms (CLDR rules through Babel). Qt-free, like the report."""
from __future__ import annotations

from desktop.i18n import catalog
from desktop.report.labels import TEXT_EN, t
from desktop.report.summary import ARTICLES, OUTLETS, TIMES, _count


def test_lang_report_counts_use_the_six_arabic_forms():
    got = {n: _count("ar", ARTICLES, n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 101, 103, 111)}
    assert got[1] == "مقالًا واحدًا" and got[2] == "مقالين"
    assert got[3] == "3 مقالات" and got[10] == "10 مقالات" and got[103] == "103 مقالات"  # few
    assert got[11] == "11 مقالًا" and got[99] == "99 مقالًا" and got[111] == "111 مقالًا"  # many
    assert got[100] == "100 مقال" and got[101] == "101 مقال"  # other (was "100 مقالًا")
    assert got[0] == "0 مقال"  # zero
    assert _count("ar", OUTLETS, 2) == "منفذين" and _count("ar", TIMES, 12) == "12 مرة"
    assert _count("en", ARTICLES, 1) == "1 article" and _count("en", ARTICLES, 0) == "0 articles"
    assert _count("en", TIMES, 3) == "3 times"


def test_lang_report_labels_come_from_the_window_catalogue():
    arabic = catalog("ar")
    for key, english in TEXT_EN.items():
        assert t("en", key) == english
        assert t("ar", key) == arabic.messages[("Report", english)]  # every label translated
    assert t("ar", "title") == "تقرير مقارنة التغطية"
    assert t("fr", "title") == t("ar", "title")  # a language without a catalogue: Arabic


def test_lang_report_both_writers_render_the_one_template(tmp_path, monkeypatch):
    """Browser HTML and Qt rich text come from the same template: a section taken out of it
    disappears from both."""
    from test_report_fixtures import CATEGORIES, make_analysis

    from desktop.report import template
    from desktop.report.content import build_content
    from desktop.report.html import render_html
    from desktop.report.qt_html import render_qt_html

    content = build_content(make_analysis(), categories=CATEGORIES, lang="ar")
    heading = t("ar", "substitutions")
    assert heading in render_html(content) and heading in render_qt_html(content)
    source = template.TEMPLATE.read_text(encoding="utf-8")
    start, end = source.index("{# -- substitutions"), source.index("{# -- aligned texts")
    cut = tmp_path / "report.j2"
    cut.write_text(source[:start] + source[end:], encoding="utf-8")
    monkeypatch.setattr(template, "TEMPLATE", cut)
    template._template.cache_clear()
    try:
        assert heading not in render_html(content) and heading not in render_qt_html(content)
        assert t("ar", "aligned") in render_html(content)
        assert t("ar", "aligned") in render_qt_html(content)
    finally:
        template._template.cache_clear()
