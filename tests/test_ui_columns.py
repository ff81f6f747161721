"""Columns view on the seeds, driven through the real widgets."""
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip


def _doc_pos(view, article, offset):
    pos = view.docmap.to_doc(article, offset)
    assert pos is not None
    return pos


def _char_format(view, article, offset):
    cursor = QTextCursor(view.document())
    cursor.setPosition(_doc_pos(view, article, offset) + 1)
    return cursor.charFormat()


def test_one_column_per_outlet_with_headers(seeds_window):
    w = seeds_window
    columns = w.columns.columns
    assert len(columns) == 5
    headers = w.columns.header_texts()
    outlets = [w.session.analysis.article(c).outlet for c in columns]
    assert all(o in h for o, h in zip(outlets, headers))
    assert "pivot" in headers[0]
    tables = w.columns.text.document().rootFrame().childFrames()
    assert len(tables) == len(w.columns.rows)  # one table per aligned row
    assert all(t.columns() == 5 and t.rows() == 1 for t in tables)


def test_every_cell_is_a_right_to_left_paragraph(seeds_window):
    doc = seeds_window.columns.text.document()
    block = doc.begin()
    checked = 0
    while block.isValid():
        if block.text().strip():
            assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
            checked += 1
        block = block.next()
    assert checked > 50


def test_linked_passages_sit_on_the_same_row(seeds_window):
    w = seeds_window
    a = w.session.analysis
    cols = w.columns.columns
    pivot = w.columns.pivot
    link = next(l for l in a.links if pivot in (l.a, l.b) and {l.a, l.b} <= set(cols))
    mine, other, other_span = ((link.a_span, link.b, link.b_span) if link.a == pivot
                               else (link.b_span, link.a, link.a_span))
    row_p, col_p = w.columns.table_cell(pivot, mine[0])
    row_o, col_o = w.columns.table_cell(other, other_span[0])
    assert row_p == row_o
    assert (col_p, col_o) == (cols.index(pivot), cols.index(other))


def test_unmatched_text_leaves_gaps(seeds_window):
    rows = seeds_window.columns.rows
    assert any(not r.aligned for r in rows)
    assert any(any(not cell for cell in r.cells) for r in rows)


def test_toggling_the_framing_layer_removes_underlines(seeds_window, qtbot):
    w = seeds_window
    hit = next(h for h in w.session.analysis.framing if h.article in w.columns.columns)
    view = w.columns.text
    assert _char_format(view, hit.article, hit.span[0]).underlineStyle() == \
        QTextCharFormat.UnderlineStyle.SingleUnderline
    with qtbot.waitSignal(w.columns.rendered):
        w.layer_bar.boxes["framing"].click()
    assert _char_format(view, hit.article, hit.span[0]).underlineStyle() == \
        QTextCharFormat.UnderlineStyle.NoUnderline
    with qtbot.waitSignal(w.columns.rendered):
        w.layer_bar.boxes["framing"].click()
    assert _char_format(view, hit.article, hit.span[0]).underlineStyle() == \
        QTextCharFormat.UnderlineStyle.SingleUnderline


def _assert_settled(view):
    """The scroll bars match the finished document: nothing pending will move the text."""
    size = view.document().documentLayout().documentSize()
    viewport = view.viewport().size()
    assert view.verticalScrollBar().maximum() == max(0, round(size.height()) - viewport.height())
    assert view.horizontalScrollBar().maximum() == max(0, round(size.width()) - viewport.width())
    assert not view.horizontalScrollBar().isVisibleTo(view)  # the tables fit the width


def test_the_view_has_settled_when_it_says_rendered(seeds_window, qtbot):
    w = seeds_window
    _assert_settled(w.columns.text)  # right at `refreshed`, no event processed since
    with qtbot.waitSignal(w.columns.rendered):
        w.layer_bar.boxes["framing"].click()
    _assert_settled(w.columns.text)


def test_hover_shows_counterpart_link_kind_and_score(seeds_window, qtbot):
    w = seeds_window
    view = w.columns.text
    cols = w.columns.columns
    sp = next(s for s in w.session.analysis.shared_spans if s.a in cols and s.b in cols
              and s.a_span[1] - s.a_span[0] > 20)
    probe = sp.a_span[0] + 3
    assert view.scroll_to(sp.a, probe)  # the probed character itself is brought into view
    cursor = QTextCursor(view.document())
    cursor.setPosition(_doc_pos(view, sp.a, probe))
    point = view.cursorRect(cursor).center()
    assert view.viewport().rect().contains(point)
    assert view.span_at_point(point)[0] == sp.a
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: "Shared text" in QToolTip.text())
    tip = QToolTip.text()
    other = w.session.analysis.article(sp.b)
    assert "Shared text" in tip and other.outlet in tip
    assert "score" in tip and any(k in tip for k in ("copy", "edited", "shared"))


def test_hover_on_a_framing_term_shows_its_lexicon_entry(seeds_window):
    w = seeds_window
    hit = next(h for h in w.session.analysis.framing if h.article in w.columns.columns)
    tip = w.columns.text.tooltip_for(hit.article, hit.span[0])
    label = w.session.lexicon.category(hit.category).label
    assert "Framing term" in tip and label in tip and hit.stance in tip


def test_choosing_columns_order_and_pivot(seeds_window, qtbot):
    w = seeds_window
    first, second = w.columns.columns[:2]
    with qtbot.waitSignal(w.columns.rendered):
        w.chooser.set_checked(second, False)
    assert second not in w.columns.columns and len(w.columns.columns) == 4
    w.chooser.list.setCurrentRow(0)
    for _ in range(2):  # past the hidden one and one shown
        with qtbot.waitSignal(w.columns.rendered):
            w.chooser.move(1)
    assert w.columns.columns.index(first) == 1
    third = w.columns.columns[2]
    with qtbot.waitSignal(w.columns.rendered):
        w.chooser.set_pivot(third)
    assert w.columns.pivot == third
    assert "pivot" in w.columns.header_texts()[w.columns.columns.index(third)]


def test_scrolling_is_shared_by_all_columns(seeds_window):
    view = seeds_window.columns.text
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0  # the seeds are longer than one screen
    last_col = seeds_window.columns.columns[-1]
    start = view.docmap.pieces(last_col)[-1].start
    view.scroll_to(last_col, start)
    assert bar.value() > 0


def test_the_first_row_shows_the_pivots_text_whichever_pivot(seeds_window, qtbot):
    w = seeds_window
    view = w.columns.text
    for pivot in list(w.columns.columns):
        if pivot != w.columns.pivot:
            with qtbot.waitSignal(w.columns.rendered):
                w.chooser.set_pivot(pivot)
        view.verticalScrollBar().setValue(0)
        first = min(view.docmap.pieces(pivot), key=lambda p: p.doc_start).start
        assert w.columns.table_cell(pivot, first)[0] == 0, pivot  # the top row, on screen
        cursor = QTextCursor(view.document())
        cursor.setPosition(_doc_pos(view, pivot, first))
        assert view.viewport().rect().contains(view.cursorRect(cursor).center())
