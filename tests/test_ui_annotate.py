"""Annotating on the seeds: code a selection, the panels, undo/redo, filters, codebook edits."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QDialogButtonBox

from desktop.store import Project


def _select_word(window, word):
    """Select ``word`` in the first column that contains it, with the keyboard."""
    view = window.columns.text
    for aid in window.columns.columns:
        text = window.session.analysis.article(aid).text
        start = text.find(word)
        if start >= 0 and view.docmap.to_doc(aid, start) is not None:
            break
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.docmap.to_doc(aid, start))
    view.setTextCursor(cursor)
    view.setFocus()
    return view, aid, start, start + len(word)


def _code_with_dialog(window, qtbot, view, code, memo=""):
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.actions_.active_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.code.setEditText(code)
    dialog.memo.setPlainText(memo)
    with qtbot.waitSignal(window.session.annotationsChanged):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _extend_selection(qtbot, view, n):
    for _ in range(n):  # logical order: Right moves backwards in right-to-left text
        qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)


def test_code_a_keyboard_selection_with_a_new_code_then_undo_redo(seeds_window, qtbot):
    w = seeds_window
    view, aid, start, end = _select_word(w, "الاحتلال")
    _extend_selection(qtbot, view, end - start)
    assert view.selection_span() == (aid, start, end)
    _code_with_dialog(w, qtbot, view, "occupation label", "outlet's own voice")
    anns = w.session.annotations()
    assert [(a.article, a.start, a.end, a.exact, a.memo) for a in anns] == \
        [(aid, start, end, "الاحتلال", "outlet's own voice")]
    assert [c.name for c in w.session.codes()] == ["occupation label"]
    # what the analyst sees: the panel row, the codebook, a highlight in the text
    model = w.annotations.proxy
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "occupation label"
    assert model.index(0, 2).data() == "الاحتلال"
    assert w.codebook_model.rowCount() == 1
    assert any(sel.cursor.selectedText() == "الاحتلال" for sel in view.extraSelections())
    # saved in the project file at once: a second connection sees it
    with Project.open(w.session.path) as other:
        assert len(other.annotations()) == 1
    with qtbot.waitSignal(w.session.annotationsChanged):
        w.actions_.undo_action.trigger()
    assert w.session.annotations() == [] and w.session.codes() == []
    assert w.annotations.proxy.rowCount() == 0
    with qtbot.waitSignal(w.session.annotationsChanged):
        w.actions_.redo_action.trigger()
    assert [a.guid for a in w.session.annotations()] == [anns[0].guid]


def test_overlapping_annotations_both_show(seeds_window, qtbot):
    w = seeds_window
    view, aid, start, end = _select_word(w, "قوات الاحتلال")
    assert w.actions_.annotate(aid, start, end, "label A")
    assert w.actions_.annotate(aid, start + 5, end, "label B")
    texts = [sel.cursor.selectedText() for sel in view.extraSelections()]
    assert "قوات الاحتلال" in texts and "الاحتلال" in texts
    tip = view.tooltip_for(aid, start + 7)
    assert "label A" in tip and "label B" in tip


def test_filters_ignore_diacritics_and_hamza(seeds_window, qtbot):
    w = seeds_window
    text = w.session.analysis.article(w.columns.columns[0]).text
    aid = w.columns.columns[0]
    s = text.index("الأمريكية") if "الأمريكية" in text else text.index("الأميركية")
    w.actions_.annotate(aid, s, s + 9, "us label", "")
    w.actions_.annotate(aid, 0, 5, "other", "مذكرة")
    panel = w.annotations
    assert panel.proxy.rowCount() == 2
    panel.search.setText("الامريكيه")  # bare alef, ya for ي, ha for ة (QTest cannot type Arabic)
    assert [a.code for a in panel.visible_annotations()] == \
        [w.session.project.find_code("us label").guid]
    panel.search.clear()
    panel.set_code_filter(w.session.project.find_code("other").guid)
    assert [a.memo for a in panel.visible_annotations()] == ["مذكرة"]
    panel.set_code_filter(None)
    index = panel.outlet_filter.findData(w.session.analysis.article(aid).outlet)
    panel.outlet_filter.setCurrentIndex(index)
    assert panel.proxy.rowCount() == 2
    panel.author_filter.setCurrentIndex(panel.author_filter.count() - 1)
    assert panel.proxy.rowCount() == 2


def test_double_click_jumps_to_the_span(seeds_window, qtbot):
    w = seeds_window
    last = w.columns.columns[-1]
    text = w.session.analysis.article(last).text
    s = len(text) - 40
    w.actions_.annotate(last, s, s + 10, "late")
    w.columns.text.verticalScrollBar().setValue(0)
    panel = w.annotations
    panel.select(w.session.annotations()[0].guid)
    rect = panel.table.visualRect(panel.proxy.index(0, 2))
    qtbot.mousePress(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.columns.text.selection_span() == (last, s, s + 10)
    assert w.columns.text.verticalScrollBar().value() > 0


def test_edit_memo_adjust_span_delete_all_undoable(seeds_window, qtbot):
    w = seeds_window
    aid = w.columns.columns[0]
    w.actions_.annotate(aid, 10, 20, "c1", "first")
    ann = w.session.annotations()[0]
    dialog = w.actions_.edit(ann)
    dialog.memo.setPlainText("second")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert w.session.annotations()[0].memo == "second"
    dialog = w.actions_.adjust(w.session.annotations()[0])
    dialog.start.setValue(12)
    dialog.end.setValue(25)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    text = w.session.analysis.article(aid).text
    assert w.session.annotations()[0].span == (12, 25)
    assert w.session.annotations()[0].exact == text[12:25]
    w.annotations.select(ann.guid)
    w.annotations.table.setFocus()
    qtbot.keyClick(w.annotations.table, Qt.Key.Key_Delete)
    assert w.session.annotations() == []
    for expected in [(12, 25, "second"), (10, 20, "second"), (10, 20, "first")]:
        w.actions_.undo_action.trigger()
        a = w.session.annotations()[0]
        assert (a.start, a.end, a.memo) == expected


def test_codebook_rename_recolour_merge_with_undo(seeds_window, qtbot):
    w = seeds_window
    aid = w.columns.columns[0]
    w.actions_.annotate(aid, 0, 5, "resistance")
    w.actions_.annotate(aid, 10, 15, "militia")
    cb = w.codebook
    project = w.session.project
    cb.select(project.find_code("militia").guid)
    cb.ask_text = lambda *a, **k: ("armed groups", True)
    cb.tree.setFocus()
    qtbot.keyClick(cb.tree, Qt.Key.Key_F2)
    assert project.find_code("armed groups") is not None
    cb.select(project.find_code("armed groups").guid)
    cb.ask_color = lambda c: QColor("#123456")
    cb.recolor()
    assert project.find_code("armed groups").color == "#123456"
    cb.select(project.find_code("armed groups").guid)
    cb.ask_item = lambda *a: ("resistance", True)
    cb.merge()
    assert [c.name for c in w.session.codes()] == ["resistance"]
    assert {a.code for a in w.session.annotations()} == {project.find_code("resistance").guid}
    assert w.codebook_model.index(0, 1).data() == "2"
    w.actions_.undo_action.trigger()
    assert sorted(c.name for c in w.session.codes()) == ["armed groups", "resistance"]
    moved = [a for a in w.session.annotations() if a.start == 10][0]
    assert moved.code == project.find_code("armed groups").guid
    w.actions_.undo_action.trigger()
    w.actions_.undo_action.trigger()
    assert project.find_code("militia") is not None


def test_coding_without_a_selection_explains(seeds_window, qtbot):
    w = seeds_window
    view = w.columns.text
    view.setFocus()
    view.setTextCursor(QTextCursor(view.document()))
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert w.actions_.active_dialog is None
    assert "Select some text" in w.message.text()


def test_a_store_error_is_reported_not_raised(seeds_window):
    w = seeds_window
    aid = w.columns.columns[0]
    assert not w.actions_.annotate(aid, 50, 10, "backwards")
    assert "Not saved" in w.message.text()
    assert w.session.annotations() == []


def test_code_a_selection_in_the_pair_view(seeds_window, qtbot):
    w = seeds_window
    w.show_view("pair")
    view, aid = w.pair.left, w.pair.left_id
    text = w.session.analysis.article(aid).text
    start = text.index("اشتباكات")
    assert view.select_span(aid, start, start + len("اشتباكات"))
    view.setFocus()
    _code_with_dialog(w, qtbot, view, "clashes")
    (ann,) = w.session.annotations()
    assert (ann.article, ann.exact) == (aid, "اشتباكات")
    assert any(sel.cursor.selectedText() == "اشتباكات" for sel in view.extraSelections())


def test_sub_codes_make_a_tree(seeds_window, qtbot):
    w = seeds_window
    cb = w.codebook
    w.actions_.add_code("labels")
    cb.select(w.session.project.find_code("labels").guid)
    cb.ask_text = lambda *a, **k: ("occupation", True)
    cb.tree.setFocus()
    qtbot.keyClick(cb.tree, Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier)
    child = w.session.project.find_code("occupation")
    assert child.parent == w.session.project.find_code("labels").guid
    parent_index = w.codebook_model.index(0, 0)
    assert w.codebook_model.rowCount(parent_index) == 1
    assert w.codebook_model.index(0, 0, parent_index).data() == "occupation"
    w.actions_.undo_action.trigger()
    assert w.session.project.find_code("occupation") is None


def test_filtering_uses_no_deprecated_qt_call(seeds_window):
    import warnings
    w = seeds_window
    w.actions_.annotate(w.columns.columns[0], 0, 5, "other", "مذكرة")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        w.annotations.proxy.set_filter(text="مذكرة")
        assert w.annotations.proxy.rowCount() == 1
        w.annotations.proxy.set_filter(text="لا شيء من هذا")
        assert w.annotations.proxy.rowCount() == 0


def _annotations_seen_by_another_process(path):
    import subprocess
    import sys

    from desktop.paths import ROOT
    out = subprocess.run([sys.executable, "main.py", "annotations", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def _own_log_files_deleted():
    import os
    fds = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
           if os.path.exists(f"/proc/self/fd/{fd}")]
    return [f for f in fds if ("-wal" in f or "-shm" in f) and "(deleted)" in f]


def test_window_annotation_undo_redo_reach_the_file_while_the_cli_reads(seeds_window, qtbot):
    w = seeds_window
    path = w.session.path
    _annotations_seen_by_another_process(path)  # a CLI read while the window holds the file
    view, aid, start, end = _select_word(w, "الاحتلال")
    assert w.actions_.annotate(aid, start, end, "shared-file code", memo="from the window")
    assert "from the window" in _annotations_seen_by_another_process(path)
    with qtbot.waitSignal(w.session.annotationsChanged):
        w.actions_.undo_action.trigger()
    assert "from the window" not in _annotations_seen_by_another_process(path)
    with qtbot.waitSignal(w.session.annotationsChanged):
        w.actions_.redo_action.trigger()
    assert "from the window" in _annotations_seen_by_another_process(path)
    assert _own_log_files_deleted() == []


def test_deleting_a_used_code_asks_first_naming_the_counts(seeds_window, qtbot):
    from PySide6.QtWidgets import QMessageBox
    w = seeds_window
    aid = w.columns.columns[0]
    w.actions_.add_code("labels")
    labels = w.session.project.find_code("labels")
    w.session.project.add_code("occupation", parent=labels)
    w.session.project.add_code("militia", parent=labels)
    w.actions_.annotate(aid, 0, 5, "occupation", memo="first")
    w.actions_.annotate(aid, 10, 15, "militia")
    w.actions_.annotate(aid, 20, 25, "labels", memo="third")
    w.codebook.select(labels.guid)
    w.codebook.tree.setFocus()
    qtbot.keyClick(w.codebook.tree, Qt.Key.Key_Delete)
    box = w.actions_.active_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "2 sub-codes, 3 annotations with 2 memos" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert w.session.project.find_code("labels") is not None
    assert len(w.session.annotations()) == 3 and "Nothing deleted" in w.message.text()
    qtbot.keyClick(w.codebook.tree, Qt.Key.Key_Delete)
    w.actions_.active_dialog.button(QMessageBox.StandardButton.Yes).click()
    assert w.session.codes() == [] and w.session.annotations() == []
    assert "Deleted the code “labels” with 2 sub-codes, 3 annotations with 2 memos" in w.message.text()
    w.actions_.undo_action.trigger()
    assert len(w.session.annotations()) == 3 and len(w.session.codes()) == 3


def test_deleting_an_unused_code_needs_no_question(seeds_window, qtbot):
    w = seeds_window
    w.actions_.add_code("spare")
    w.codebook.select(w.session.project.find_code("spare").guid)
    w.codebook.tree.setFocus()
    qtbot.keyClick(w.codebook.tree, Qt.Key.Key_Delete)
    assert w.actions_.active_dialog is None and w.session.codes() == []
    assert "Deleted the code “spare”." in w.message.text()
