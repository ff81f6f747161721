"""The window in Arabic (right to left) and English: every visible string translated, layout
direction, room for the text, and what is remembered between sessions.

Named so that ``pytest -k "arabic or lang or rtl"`` selects them.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDockWidget,
                               QHeaderView, QLabel, QLineEdit, QMenu, QTabWidget, QWidget)

from desktop.paths import SEEDS

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
HEX = re.compile(r"\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b")
# what stays in Latin letters in an Arabic interface: key names, formats, product names
ALLOWED = {"Ctrl", "Shift", "Alt", "Esc", "Enter", "Return", "Del", "Ins", "Space", "Up",
           "Down", "Left", "Right", "REFI", "QDA", "qdpx", "CSV", "JSON", "HTML", "PDF", "csv",
           "json", "html", "htm", "pdf", "txt", "text", "md", "RRGGBB", "English", "Qarin",
           "qarin", "Backspace", "PgUp", "PgDown", "Home", "End", "Tab", "pt"}


@pytest.fixture
def arabic_window(qtbot, tmp_path, monkeypatch):
    """The main window on the seeds, in Arabic; English is put back afterwards."""
    window = _window(qtbot, tmp_path, monkeypatch, "ar")
    yield window
    window.close()
    from desktop.ui.app import application
    application("en")


def _window(qtbot, tmp_path, monkeypatch, lang):
    monkeypatch.setenv("QARIN_UNTITLED_DIR", str(tmp_path / "untitled"))
    from support import open_window

    return open_window(qtbot, [SEEDS], lang)


def _user_data(window) -> list[str]:
    """Outlet names, titles, ids, paths, dates: text the analyst brought, not the interface."""
    out = [str(window.session.path), str(window.session.path.parent)]
    for a in window.session.articles:
        out += [a.outlet, a.id, a.title or "", str(a.path), getattr(a, "date", "") or ""]
        out += [c.outlet for c in a.credits] + [a.relay_of or ""]  # outlets it credits
    out += [c.label for c in window.session.lexicon.categories.values()]  # shown in Arabic
    return sorted((s for s in out if s), key=len, reverse=True)


def _latin_left(text: str, user: list[str]) -> list[str]:
    """Latin words in ``text`` that are neither allowed nor part of the analyst's data (a
    title or an id may be shown cut)."""
    text = TAG.sub(" ", text or "").replace("&", "")
    text = HEX.sub(" ", text)  # versions and hashes
    for item in user:
        text = text.replace(item, " ")
    return [w for w in LATIN_WORD.findall(text)
            if w not in ALLOWED and not any(w in item for item in user)]


def _visible_strings(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every string the interface shows under ``root``: labels, buttons,
    menus and actions, tabs, dock titles, headers, placeholders, tooltips."""
    found: list[tuple[str, str]] = []

    def add(where, text):
        if text:
            found.append((where, text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName()}"
        add(name + " tooltip", w.toolTip())
        add(name + " accessible", w.accessibleName())
        if isinstance(w, QLabel):
            add(name, w.text())
        elif isinstance(w, QAbstractButton):
            add(name, w.text())
        elif isinstance(w, QLineEdit):
            add(name + " placeholder", w.placeholderText())
        elif isinstance(w, QDockWidget):
            add(name + " title", w.windowTitle())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(name + " tab", w.tabText(i))
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                add(name + " item", w.itemText(i))
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal \
                and w.model() is not None:
            for c in range(w.count()):
                add(name + " header", w.model().headerData(c, Qt.Orientation.Horizontal))
        if isinstance(w, QMenu):
            add(name + " title", w.title())
        for action in w.actions():
            add(name + " action", action.text())
            add(name + " action tip", action.toolTip() if action.toolTip() != action.text()
                .replace("&", "") else "")
    return found


def _untranslated(root: QWidget, window, *extra: str) -> list[tuple[str, str]]:
    user = sorted([*_user_data(window), *extra], key=len, reverse=True)
    bad = []
    for where, text in _visible_strings(root):
        if _latin_left(str(text), user):
            bad.append((where, text))
    return bad


# -- the catalogue ---------------------------------------------------------------------------
def test_lang_sources_are_current_and_arabic_is_complete(tmp_path):
    """Running lupdate finds no string the committed .ts lacks, every Arabic message is
    translated, and the committed .qm files are what lrelease makes of the .ts files."""
    import shutil
    import xml.etree.ElementTree as ET

    from desktop.i18n.catalog import I18N
    from desktop.i18n.tools import lrelease, lupdate

    for lang in ("ar", "en"):
        committed = I18N / f"qarin_{lang}.ts"
        fresh = tmp_path / committed.name
        shutil.copy(committed, fresh)
        lupdate(fresh, lang)
        messages = [(c.findtext("name"), m.findtext("source"), m.find("translation").get("type"))
                    for c in ET.parse(fresh).getroot().iter("context")
                    for m in c.iter("message")]
        unfinished = [m[:2] for m in messages if m[2] == "unfinished"]
        assert not unfinished, f"{lang}: run `python -m desktop.i18n.tools update`, then " \
                               f"translate {unfinished[:5]}"
        assert all(m[2] is None for m in messages)
        qm = tmp_path / f"qarin_{lang}.qm"
        lrelease(committed, qm)
        assert qm.read_bytes() == (I18N / qm.name).read_bytes(), \
            "run `python -m desktop.i18n.tools release`"
    arabic = ET.parse(I18N / "qarin_ar.ts").getroot()
    assert len(list(arabic.iter("message"))) > 300


def test_arabic_plural_forms_follow_cldr_in_window_and_catalogue():
    """Qt's choice among the six Arabic forms (window) is Babel's CLDR category (report)."""
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import catalog, plural_category
    from desktop.i18n.plural import FORMS
    from desktop.ui.app import application

    expected = {0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many",
                100: "other", 102: "other", 103: "few", 111: "many", 1000: "other"}
    assert {n: plural_category(n, "ar") for n in expected} == expected
    forms = catalog("ar").plurals[("MainWindow", "%n article(s)")]
    assert len(forms) == 6 and len(set(forms)) == 6
    application("ar")
    try:
        for n in range(0, 1001):
            shown = QCoreApplication.translate("MainWindow", "%n article(s)", "", n)
            assert shown == forms[FORMS["ar"].index(plural_category(n, "ar"))].replace(
                "%n", str(n)), n
            assert shown == catalog("ar").count("MainWindow", "%n article(s)", n,
                                                ("%n article", "%n articles"))
        # the window's counts come from the CLDR translator (Babel), asked before the .qm
        from desktop.ui import language
        cldr = next(x for x in language._installed if isinstance(x, language.CldrPlurals))
        key = ("MainWindow", "%n article(s)")
        saved = cldr.plurals[key]
        cldr.plurals[key] = tuple(f"{form}:%n" for form in FORMS["ar"])
        try:
            assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 11) == "many:11"
            assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 102) == \
                "other:102"
            assert QCoreApplication.translate("WindowMenusMixin", "&File") == "&ملف"
        finally:
            cldr.plurals[key] = saved
    finally:
        application("en")
    assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 1) == "1 article"
    assert QCoreApplication.translate("MainWindow", "%n article(s)", "", 7) == "7 articles"


def test_lang_from_locale_option_and_saved_choice(monkeypatch):
    from desktop.i18n import language_from_locale
    from desktop.ui.language import choose_language, save_language

    assert language_from_locale({"LANG": "ar_EG.UTF-8"}) == "ar"
    assert language_from_locale({"LANG": "ar_SA"}) == "ar"
    assert language_from_locale({"LANGUAGE": "ar:en", "LANG": "en_US.UTF-8"}) == "ar"
    assert language_from_locale({"LC_ALL": "fr_FR.UTF-8", "LANG": "ar_EG"}) == "en"
    assert language_from_locale({"LANG": "de_DE.UTF-8"}) == "en"
    assert language_from_locale({}) == "en"
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "ar_LB.UTF-8")
    QApplication.instance() or QApplication([])
    assert choose_language(None) == "ar"  # nothing saved: the locale
    save_language("en")
    assert choose_language(None) == "en"  # the View menu's choice beats the locale
    assert choose_language("ar") == "ar"  # --lang beats both
    with pytest.raises(ValueError):
        choose_language("fr")


# -- the window in both languages -------------------------------------------------------------
def test_arabic_window_is_right_to_left_and_fully_translated(arabic_window, qtbot):
    w = arabic_window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.isRightToLeft() and w.menuBar().isRightToLeft()
    assert w.dockWidgetArea(w.chooser_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert w.chooser_dock.mapTo(w, w.chooser_dock.rect().center()).x() > w.width() / 2
    assert w.tabs.tabText(0) == "الأ&عمدة"
    assert "مقالات" in w.message.text()  # "5 مقالات": CLDR "few"
    for name in ("columns", "pair", "framing", "reuse", "lexicon"):
        w.show_view(name)
        qtbot.wait(10)
        bad = _untranslated(w, w)
        assert bad == [], (name, bad[:8])


def test_arabic_dialogs_are_translated(arabic_window, qtbot):
    from desktop.ui.dialogs.category_dialog import CategoryDialog
    from desktop.ui.dialogs.code_dialog import CodeDialog
    from desktop.ui.dialogs.paste_dialog import PasteDialog
    from desktop.ui.dialogs.skipped_dialog import SkippedDialog
    from desktop.ui.dialogs.span_dialog import SpanDialog
    from desktop.ui.dialogs.term_dialog import TermDialog

    w = arabic_window
    lexicon = w.session.lexicon
    dialogs = [CodeDialog("نص", w.session.codes(), parent=w, ask_author="x"),
               PasteDialog(["Al-Diyar"], w), SpanDialog("نص المقال", 0, 3, w),
               TermDialog(lexicon, lexicon.terms[0], w),
               CategoryDialog(next(iter(lexicon.categories.values())), w), SkippedDialog(w)]
    dialogs[-1].set_items(["empty.txt"], 2)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.isRightToLeft()
        assert _untranslated(dialog, w) == [], type(dialog).__name__
        assert not LATIN_WORD.search(dialog.windowTitle())
        dialog.close()


def test_arabic_columns_keep_the_first_column_on_the_right(arabic_window):
    from PySide6.QtGui import QTextCursor

    w = arabic_window
    view = w.columns.text
    first, last = w.columns.columns[0], w.columns.columns[-1]
    xs = {}
    for aid in (first, last):
        row = next(r for r in w.columns.rows if r.cells[w.columns.columns.index(aid)])
        start = row.cells[w.columns.columns.index(aid)][0][0]
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.docmap.to_doc(aid, start))
        xs[aid] = view.cursorRect(cursor).center().x()
    assert xs[first] > view.viewport().width() / 2 > xs[last]
    headers = [w.columns.header.findChild(QLabel, f"columnHeader:{aid}") for aid in (first, last)]
    assert headers[0].mapTo(w, headers[0].rect().center()).x() > \
        headers[1].mapTo(w, headers[1].rect().center()).x()


def test_arabic_pair_view_keeps_the_source_on_the_right(arabic_window):
    pair = arabic_window.pair
    arabic_window.show_view("pair")
    right = pair.right.mapTo(arabic_window, pair.right.rect().center()).x()
    left = pair.left.mapTo(arabic_window, pair.left.rect().center()).x()
    assert right > left


def test_arabic_category_and_stance_names_come_from_the_lexicon(arabic_window):
    from desktop.i18n.names import category_name, stance_name

    w = arabic_window
    cats = w.session.lexicon.categories
    assert [c[1] for c in w.framing_model.categories] == \
        [cats[c[0]].label_ar or cats[c[0]].label for c in w.framing_model.categories]
    assert category_name(cats["us_forces"], "ar") == "القوات الأميركية"
    assert category_name(cats["us_forces"], "en") == "US forces"
    assert stance_name("delegitimizing", "ar") == "ينزع الشرعية"
    row = next(i for i, t in enumerate(w.terms_model.terms) if t.stance == "delegitimizing")
    assert w.terms_model.data(w.terms_model.index(row, 2)) == "ينزع الشرعية"


def test_english_window_is_left_to_right_with_plurals(seeds_window):
    w = seeds_window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.dockWidgetArea(w.chooser_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert w.message.text().startswith("5 articles · ")
    assert w.tabs.tabText(0) == "&Columns"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lang_first_start_gives_the_text_room(qtbot, tmp_path, monkeypatch, lang):
    window = _window(qtbot, tmp_path, monkeypatch, lang)
    try:
        assert window.tabs.width() >= 0.7 * window.width()
        assert window.codebook_dock in window.tabifiedDockWidgets(window.chooser_dock)
        headers = window.columns.header_texts()
        ids = window.columns.columns
        assert not any(aid in h for aid, h in zip(ids, headers)
                       if window.session.analysis.article(aid).title)
        dated = [a for a in window.session.analysis.articles if a.date and a.id in ids]
        for a in dated:
            assert a.date in headers[ids.index(a.id)]
    finally:
        window.close()
        from desktop.ui.app import application
        application("en")


def test_rtl_pivot_becomes_the_first_column(seeds_window, qtbot):
    w = seeds_window
    third = w.chooser.columns()[2]
    w.chooser.pivot.setCurrentIndex(w.chooser.pivot.findData(third))
    with qtbot.waitSignal(w.columns.rendered, timeout=30_000):
        w.chooser.pivot.activated.emit(w.chooser.pivot.currentIndex())
    assert w.columns.columns[0] == third and w.columns.pivot == third
    assert w.chooser.columns()[0] == third
    # the framing table and the reuse matrix follow the columns' order
    assert w.framing_model.outlets[0] == w.session.analysis.article(third).outlet
    assert w.reuse_model.ids[0] == third
    assert w.framing.table.isRightToLeft() and w.reuse.table.isRightToLeft()


def test_lang_zoom_and_layout_persist(seeds_window, qtbot, tmp_path, monkeypatch):
    from desktop.ui.room import DEFAULT_TEXT_SIZE, TEXT_SIZE_KEY

    w = seeds_window
    w.zoom.actions["in"].trigger()
    with qtbot.waitSignal(w.columns.rendered, timeout=30_000):
        w.zoom.actions["in"].trigger()
    assert w.font_.pointSizeF() == DEFAULT_TEXT_SIZE + 2
    assert w.columns.text.document().defaultFont().pointSizeF() == DEFAULT_TEXT_SIZE + 2
    assert float(QSettings().value(TEXT_SIZE_KEY)) == DEFAULT_TEXT_SIZE + 2
    shortcuts = {a: [s.toString() for s in w.zoom.actions[a].shortcuts()] for a in w.zoom.actions}
    assert "Ctrl+=" in shortcuts["in"] and "Ctrl+-" in shortcuts["out"] and \
        "Ctrl+0" in shortcuts["reset"]
    w.codebook_dock.hide()
    w.close()  # saves the layout
    again = _window(qtbot, tmp_path / "again", monkeypatch, "en")
    try:
        assert again.font_.pointSizeF() == DEFAULT_TEXT_SIZE + 2
        assert not again.codebook_dock.isVisible()
        again.zoom.actions["reset"].trigger()
        assert again.font_.pointSizeF() == DEFAULT_TEXT_SIZE
    finally:
        again.close()


def test_lang_choice_in_the_view_menu_is_remembered(seeds_window):
    from desktop.ui.language import SETTINGS_KEY, choose_language

    w = seeds_window
    w.language_menu.actions["ar"].trigger()
    assert QSettings().value(SETTINGS_KEY) == "ar"
    assert choose_language(None) == "ar"
    assert "starts again" in w.message.text()
    assert w.language_menu.actions["ar"].isChecked()


def test_lang_title_elided_at_its_logical_end():
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.elide import elide_end, title_start

    QApplication.instance() or QApplication([])
    title = "غارات أميركية ضد أهداف في دير الزور شرقي سوريا"
    metrics = QFontMetrics(QFont())
    cut = elide_end(title, metrics, metrics.horizontalAdvance(title) // 2)
    assert cut.endswith("…") and title.startswith(cut[:-1])
    assert elide_end(title, metrics, 10_000) == title
    assert title_start(title, 3) == "غارات أميركية ضد…"


def test_rtl_decisions_open_dialogs(seeds_window, tmp_path):
    w = seeds_window
    bad = tmp_path / "damaged.qarin"
    bad.write_bytes(b"this is not a project" * 40)
    assert not w.open_project(str(bad))
    box = w.last_notice
    assert box.isVisible() and "damaged.qarin" in box.text()
    box.close()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    w.add_paths([str(empty)])
    dialog = w.skipped_dialog()
    assert dialog.isVisible() and any("empty.txt" in line for line in dialog.lines())
    assert "skipped" in w.message.text()
    dialog.close()


def test_lang_author_is_asked_once_and_remembered(seeds_window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.dialogs.author import AUTHOR_KEY

    w = seeds_window
    hits = [h for h in w.session.analysis.framing if h.article in w.columns.columns]
    view = w.columns.text
    assert view.select_span(hits[0].article, *hits[0].span)
    view.setFocus()
    dialog = w.actions_.code_selection()
    assert dialog.author is not None  # first annotation: the name is asked
    dialog.author.setText("  Salma  Haddad ")
    dialog.code.setEditText("test code")
    with qtbot.waitSignal(w.session.annotationsChanged):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert QSettings().value(AUTHOR_KEY) == "Salma Haddad"
    assert w.session.annotations()[-1].author == "Salma Haddad"
    assert view.select_span(hits[1].article, *hits[1].span)
    view.setFocus()
    second = w.actions_.code_selection()
    assert second.author is None  # asked once
    second.reject()


def test_lang_reuse_view_filters_sorts_and_lists_top_pairs(seeds_window, qtbot):
    w = seeds_window
    panel, model = w.reuse, w.reuse_model
    w.show_view("reuse")
    assert panel.pairs.count() > 0
    shares = [float(panel.pairs.item(i).text().split("%")[0]) for i in range(panel.pairs.count())]
    assert shares == sorted(shares, reverse=True)
    # threshold: articles sharing less than it with everyone are hidden
    panel.filters.threshold.setValue(30)
    hidden = [r for r in range(len(model.ids)) if panel.table.isRowHidden(r)]
    from desktop.ui.panels.reuse_tools import strongest_share
    assert hidden == [r for r in range(len(model.ids)) if strongest_share(model, r) < 0.30]
    assert all(float(panel.pairs.item(i).text().split("%")[0]) >= 30
               for i in range(panel.pairs.count()))
    panel.filters.threshold.setValue(0)
    # outlet: only that outlet's rows, pairs that involve it
    outlet = model.outlets[0]
    panel.filters.outlet.setCurrentIndex(panel.filters.outlet.findData(outlet))
    assert all(panel.table.isRowHidden(r) == (model.outlets[r] != outlet)
               for r in range(len(model.ids)))
    for i in range(panel.pairs.count()):
        a, b = panel.pairs.item(i).data(Qt.ItemDataRole.UserRole)
        assert outlet in (w.session.analysis.article(a).outlet, w.session.analysis.article(b).outlet)
    # sort: most shared first
    panel.filters.sort.setCurrentIndex(panel.filters.sort.findData("reuse"))
    strengths = [strongest_share(model, r) for r in range(len(model.ids))]
    assert strengths == sorted(strengths, reverse=True)
    # a listed pair opens the pair view
    item = panel.pairs.item(0)
    panel._open_item(item)
    assert {w.pair.right_id, w.pair.left_id} == set(item.data(Qt.ItemDataRole.UserRole))


def test_arabic_framing_terms_are_not_cut(arabic_window, qtbot):
    w = arabic_window
    w.show_view("framing")
    qtbot.wait(20)
    table = w.framing.table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone
    for column in range(w.framing_model.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    # the term column of the lexicon reads from the right in either direction
    from desktop.ui.models.lexicon_model import ARABIC_RIGHT
    assert w.terms_model.data(w.terms_model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) \
        == ARABIC_RIGHT


def test_lang_reuse_matrix_numbers_its_columns_when_large(qtbot):
    from desktop.core.model import Analysis, Article, PairStats
    from desktop.ui.app import application
    from desktop.ui.models.reuse_model import ReuseModel

    application()
    arts = tuple(Article(f"a{i:02d}", f"a{i}.txt", "نص", f"Outlet {i % 4}", "utf-8",
                         title=f"عنوان {i}") for i in range(20))
    pairs = tuple(PairStats(arts[i].id, arts[i + 1].id, 0.1 * (i % 9), 0.05, "unknown")
                  for i in range(19))
    model = ReuseModel()
    model.set_analysis(Analysis(articles=arts, segmentation={}, pairs=pairs))
    assert model.headerData(4, Qt.Orientation.Horizontal) == "5"
    assert "Outlet 0" in model.headerData(4, Qt.Orientation.Vertical)
    assert model.strongest[0] == max(pairs[0].a_in_b, pairs[0].b_in_a) == 0.05
    assert model.strongest[5] == max(0.4, 0.5, 0.05)  # pairs (4,5) and (5,6)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_lang_main_workflow_code_undo_export(qtbot, tmp_path, monkeypatch, lang):
    """Code a span, undo and redo it, export the report: every message in the language."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.actions.export_actions import export_report, jobs_for

    w = _window(qtbot, tmp_path, monkeypatch, lang)
    try:
        hit = next(h for h in w.session.analysis.framing if h.article in w.columns.columns)
        assert w.columns.text.select_span(hit.article, *hit.span)
        w.columns.text.setFocus()
        dialog = w.actions_.code_selection()
        dialog.code.setEditText("وسم")
        with qtbot.waitSignal(w.session.annotationsChanged):
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        coded = w.message.text()
        undo = w.actions_.undo_action.text().replace("&", "")
        if lang == "ar":
            assert "رُمِّز" in coded and undo.startswith("تراجع") and "«وسم»" in undo
        else:
            assert coded.startswith("Coded ") and undo.startswith("Undo Code")
        with qtbot.waitSignal(w.session.annotationsChanged):
            w.actions_.undo_action.trigger()
        assert not w.session.annotations()
        with qtbot.waitSignal(w.session.annotationsChanged):
            w.actions_.redo_action.trigger()
        out = tmp_path / "report.html"
        with qtbot.waitSignal(jobs_for(w).finished, timeout=60_000):
            assert export_report(w, out)
        html = out.read_text(encoding="utf-8")
        assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
        assert ("كُتب التقرير" if lang == "ar" else "Report written") in w.message.text()
        if lang == "ar":
            assert _untranslated(w, w, str(out)) == []
    finally:
        w.close()
        from desktop.ui.app import application
        application("en")


def test_lang_gui_option_renders_an_arabic_screenshot(qapp, tmp_path, capsys):
    from PySide6.QtGui import QImage

    from desktop.cli.main import main
    from desktop.ui.app import application

    out = tmp_path / "framing_ar.png"
    try:
        assert main(["gui", "--lang", "ar", "--screenshot", str(out), "--view", "framing"]) == 0
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        application("en")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1600, 1000)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert main(["gui", "--lang", "fr", "--screenshot", str(tmp_path / "x.png")]) == 2
    assert "--lang" in capsys.readouterr().err
