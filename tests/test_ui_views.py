"""Pair view, framing panel and reuse panel on the seeds, driven through the real widgets."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor


def _fmt(view, article, offset):
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.docmap.to_doc(article, offset) + 1)
    return cursor.charFormat()


def test_pair_view_draws_one_ribbon_per_aligned_passage(seeds_window, qtbot):
    w = seeds_window
    w.show_view("pair")
    right, left = w.pair.right_id, w.pair.left_id
    links = [l for l in w.session.analysis.links if {l.a, l.b} == {right, left}]
    assert links and w.pair.connector.link_count() == len(links)
    ribbons = w.pair.connector.ribbons()
    assert all(r0 < r1 and l0 < l1 for r0, r1, l0, l1, _ in ribbons)
    assert f"{len(links)} aligned passages" in w.pair.stats.text()


def test_pair_view_marks_dropped_attribution_and_changes(seeds_window):
    w = seeds_window
    a = w.session.analysis
    change = next(c for c in a.changes if c.attribution and c.a_span[0] < c.a_span[1])
    w.open_pair(change.a, change.b)
    view = w.pair.right if w.pair.right_id == change.a else w.pair.left
    fmt = _fmt(view, change.a, change.a_span[0])
    assert fmt.fontStrikeOut()
    assert "Attribution dropped" in view.tooltip_for(change.a, change.a_span[0])
    sub = next((c for c in a.changes if c.type == "substitution"
                and {c.a, c.b} == {w.pair.right_id, w.pair.left_id}), None)
    if sub is not None:
        side = w.pair.right if w.pair.right_id == sub.b else w.pair.left
        assert "Changed" in side.tooltip_for(sub.b, sub.b_span[0])


def test_pair_view_swap_and_source_on_the_right(seeds_window, qtbot):
    w = seeds_window
    p = next(p for p in w.session.analysis.pairs if p.direction != "unknown")
    source = p.a if p.direction == "a->b" else p.b
    w.open_pair(p.a, p.b)
    assert w.pair.right_id == source
    with qtbot.waitSignal(w.pair.pairChanged):
        w.pair.swap_button.click()
    assert w.pair.left_id == source


def test_reuse_matrix_cell_opens_the_pair(seeds_window, qtbot):
    w = seeds_window
    w.show_view("reuse")
    model = w.reuse.model
    assert model.rowCount() == model.columnCount() == 5
    r, c = max(((r, c) for r in range(5) for c in range(5) if r != c),
               key=lambda rc: model.share(*rc))
    assert model.share(r, c) > 0.3
    text = model.data(model.index(r, c))
    assert text.startswith(f"{model.share(r, c):.0%}")
    assert model.role_of(r, c) in ("source", "copy")
    rect = w.reuse.table.visualRect(model.index(r, c))
    qtbot.mouseClick(w.reuse.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.tabs.currentWidget() is w.pair
    assert {w.pair.right_id, w.pair.left_id} == {model.ids[r], model.ids[c]}


def test_framing_table_outlets_by_categories_with_own_and_quoted_counts(seeds_window):
    w = seeds_window
    m = w.framing_model
    a = w.session.analysis
    assert sorted(m.outlets) == sorted({x.outlet for x in a.articles})
    # in the columns view's order: the first (rightmost) column's outlet first
    shown = list(dict.fromkeys(a.article(c).outlet for c in w.chooser.columns()))
    assert m.outlets[:len(shown)] == shown
    assert {c for c, _, _ in m.categories} == {h.category for h in a.framing}
    total = sum(t.own + t.quoted + t.distanced for terms in m.cells.values() for t in terms)
    assert total == len(a.framing)
    quoted = sum(t.quoted for terms in m.cells.values() for t in terms)
    assert quoted == sum(1 for h in a.framing if h.in_quote)
    far = sum(t.distanced for terms in m.cells.values() for t in terms)
    assert far == sum(1 for h in a.framing if h.distanced and not h.in_quote) > 0


def test_clicking_a_term_selects_every_occurrence(seeds_window, qtbot):
    w = seeds_window
    w.show_view("framing")
    m = w.framing_model
    (row, col), terms = max(m.cells.items(), key=lambda kv: len(kv[1]))
    index = m.index(row, col)
    table = w.framing.table
    table.scrollTo(index)
    rect = table.visualRect(index)
    line = table.fontMetrics().lineSpacing()
    y = rect.top() + 3 + line + line // 2  # the second term in the cell
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), y))
    term = terms[1].term
    expected = [h for h in w.session.analysis.framing if (h.term or h.text) == term
                and h.article in w.columns.columns]
    assert w.tabs.currentWidget() is w.columns
    assert w.columns.text.occurrence_count() == len(expected) > 0
    assert term in w.message.text()


def test_term_list_is_keyboard_reachable(seeds_window, qtbot):
    w = seeds_window
    w.show_view("framing")
    m = w.framing_model
    (row, col), terms = next(iter(m.cells.items()))
    w.framing.table.setCurrentIndex(m.index(row, col))
    assert w.framing.terms.count() == len(terms)
    w.framing.terms.setFocus()
    w.framing.terms.setCurrentRow(0)
    qtbot.keyClick(w.framing.terms, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is w.columns
    assert terms[0].term in w.message.text()


def test_substitution_opens_the_pair_at_the_change(seeds_window, qtbot):
    w = seeds_window
    w.show_view("framing")
    subs = w.framing.subs
    assert w.substitutions_model.rowCount() > 0
    change = w.substitutions_model.change(0)
    subs.setFocus()
    subs.setCurrentIndex(w.substitutions_model.index(0, 1))
    qtbot.keyClick(subs, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is w.pair
    view = w.pair.right if w.pair.right_id == change.a else w.pair.left
    assert view.selection_span() == (change.a, *change.a_span)


def test_keyboard_switches_views(seeds_window, qtbot):
    w = seeds_window
    for i, widget in enumerate((w.columns, w.pair, w.framing, w.reuse, w.lexicon_editor)):
        qtbot.keyClick(w, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert w.tabs.currentWidget() is widget


def test_window_shortcuts_are_unambiguous(seeds_window):
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QAbstractButton
    w = seeds_window
    keys = []
    for action in w.findChildren(QAction):
        if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                        Qt.ShortcutContext.ApplicationShortcut):
            keys += [k.toString() for k in action.shortcuts() if not k.isEmpty()]
    keys += [b.shortcut().toString() for b in w.findChildren(QAbstractButton)
             if not b.shortcut().isEmpty() and not b.shortcut().toString().startswith("Alt+")]
    assert keys and len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert QKeySequence("Ctrl+K").toString() in keys
