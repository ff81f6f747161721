"""The lexicon editor shows each entry's examples in the open articles, and "Add to lexicon…"
makes a term of a selection, with category and stance."""
from PySide6.QtWidgets import QDialogButtonBox


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_editor_lists_examples_of_the_selected_term_and_jumps_to_one(seeds_window, qtbot):
    w = seeds_window
    w.show_view("lexicon")
    framing = w.session.analysis.framing
    term = max({h.term for h in framing}, key=lambda t: sum(h.term == t for h in framing))
    count = sum(h.term == term for h in framing)
    assert w.lexicon_editor.select_term(term)
    ed = w.lexicon_editor
    assert ed.examples.count() == min(8, count)
    assert str(count) in ed.examples_label.text()
    first = next(h for h in framing if h.term == term)
    item = ed.examples.item(0)
    assert f"[{first.text}]" in item.text()
    assert w.session.analysis.article(first.article).outlet in item.text()
    ed.examples.itemActivated.emit(item)
    assert w.tabs.currentWidget() in (w.columns, w.pair)
    view = w.current_text_view()
    assert view.selection_span() == (first.article, *first.span)


def test_add_to_lexicon_from_a_selection(seeds_window, qtbot):
    w = seeds_window
    art = w.session.articles[4]
    start = art.text.index("حقل العمر")
    w.show_view("columns")
    assert w.columns.text.select_span(art.id, start, start + len("حقل العمر"))
    dialog = w.lexicon_actions.add_selection()
    assert dialog is not None and dialog.term_edit.text() == "حقل العمر"
    dialog.category.setCurrentIndex(dialog.category.findData("operations"))
    dialog.stance.setCurrentText("neutral")
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        _ok(dialog)
    hits = [h for h in w.session.analysis.framing if h.term == "حقل العمر"]
    assert hits and {h.category for h in hits} == {"operations"}


def test_add_to_lexicon_without_a_selection_says_so(seeds_window):
    w = seeds_window
    w.show_view("columns")
    w.columns.text.textCursor().clearSelection()
    cursor = w.columns.text.textCursor()
    cursor.clearSelection()
    w.columns.text.setTextCursor(cursor)
    messages = []
    w.lexicon_actions.message.connect(messages.append)
    assert w.lexicon_actions.add_selection() is None
    assert messages and "Select" in messages[0]


def test_add_a_term_to_my_lexicon_for_every_project(seeds_window, qtbot, tmp_path, monkeypatch):
    from desktop.core.lexicon_layers import USER_LEXICON_ENV

    path = tmp_path / "mine.toml"
    monkeypatch.setenv(USER_LEXICON_ENV, str(path))
    w = seeds_window
    dialog = w.lexicon_editor.add_term("حقل العمر")
    dialog.category.setCurrentIndex(dialog.category.findData("operations"))
    dialog.for_all.setChecked(True)
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        _ok(dialog)
    assert "حقل العمر" in path.read_text(encoding="utf-8")
    assert any(h.term == "حقل العمر" for h in w.session.analysis.framing)
    assert not any(o.term == "حقل العمر" for o in w.session.project.lexicon_overrides())


def test_a_broken_user_lexicon_is_left_out_and_reported(qtbot, tmp_path, monkeypatch):
    from desktop.core.lexicon_layers import USER_LEXICON_ENV
    from desktop.paths import SEEDS
    from desktop.ui.project_session import ProjectSession

    bad = tmp_path / "bad.toml"
    bad.write_text("[[terms]\n", encoding="utf-8")
    monkeypatch.setenv(USER_LEXICON_ENV, str(bad))
    monkeypatch.setenv("QARIN_UNTITLED_DIR", str(tmp_path / "untitled"))
    session = ProjectSession.from_paths([SEEDS])
    try:
        assert "not valid TOML" in session.lexicon_problem
        assert len(session.lexicon.terms) > 100  # the bundled lexicon still works
    finally:
        session.close()
