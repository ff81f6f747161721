"""Editing the lexicon in the window: saved to the project, analysis refreshed, views updated."""
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.lexicon import Category, Term
from desktop.store import Project


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_add_a_term_refreshes_the_framing_panel(seeds_window, qtbot):
    w = seeds_window
    w.show_view("lexicon")
    word = "حقل العمر"
    assert not any(h.term == word for h in w.session.analysis.framing)
    dialog = w.lexicon_editor.add_term()
    dialog.term_edit.setText(word)
    dialog.category.setCurrentIndex(dialog.category.findData("armed_groups"))
    dialog.stance.setCurrentText("neutral")
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        _ok(dialog)
    hits = [h for h in w.session.analysis.framing if h.term == word]
    assert hits
    assert w.lexicon_editor.select_term(word)
    cells = [t.term for terms in w.framing_model.cells.values() for t in terms]
    assert word in cells
    with Project.open(w.session.path) as other:
        assert any(o.term == word and o.action == "add" for o in other.lexicon_overrides())


def test_remove_a_term_removes_its_hits(seeds_window, qtbot):
    w = seeds_window
    term = max({h.term for h in w.session.analysis.framing},
               key=lambda t: sum(h.term == t for h in w.session.analysis.framing))
    assert w.lexicon_editor.select_term(term)
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        w.lexicon_editor.remove_term()
    assert not any(h.term == term for h in w.session.analysis.framing)
    assert w.terms_model.row_of(term) == -1


def test_edit_a_term_changes_its_category(seeds_window, qtbot):
    w = seeds_window
    hit = w.session.analysis.framing[0]
    assert w.lexicon_editor.select_term(hit.term)
    dialog = w.lexicon_editor.edit_term()
    target = next(c for c in w.session.lexicon.categories if c != hit.category)
    dialog.category.setCurrentIndex(dialog.category.findData(target))
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        _ok(dialog)
    assert {h.category for h in w.session.analysis.framing if h.term == hit.term} == {target}


def test_categories_add_edit_remove(seeds_window, qtbot):
    w = seeds_window
    dialog = w.lexicon_editor.add_category()
    dialog.id_edit.setText("sources")
    dialog.label_edit.setText("Sources")
    dialog.color.setText("#00aa00")
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        _ok(dialog)
    assert w.session.lexicon.categories["sources"] == Category("sources", "Sources", "", "#00aa00")
    assert any(c.id == "sources" for c in w.categories_model.categories)
    w.session.set_term(Term("مصدر ميداني", "sources"))
    qtbot.waitUntil(lambda: any(h.category == "sources" for h in w.session.analysis.framing),
                    timeout=120_000)
    w.lexicon_editor.cats.setCurrentIndex(
        w.categories_model.index([c.id for c in w.categories_model.categories].index("sources")))
    w.lexicon_editor.remove_category()
    assert "sources" not in w.session.lexicon.categories
    qtbot.waitUntil(lambda: not any(h.category == "sources" for h in w.session.analysis.framing),
                    timeout=120_000)
    qtbot.waitUntil(lambda: all(c != "sources" for c, _, _ in w.framing_model.categories),
                    timeout=120_000)


def test_a_bad_category_id_is_refused_in_the_dialog(seeds_window):
    w = seeds_window
    dialog = w.lexicon_editor.add_category()
    dialog.id_edit.setText("Bad Id!")
    _ok(dialog)
    assert dialog.isVisible() and "lowercase" in dialog.error.text()
    dialog.reject()
