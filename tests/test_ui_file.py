"""File menu workflows: paste an article, add files, save as, recent projects, reopen."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.store import Project
from desktop.ui.actions.file_menu import recent_projects
from desktop.ui.main_window import MainWindow


def test_paste_an_article_with_its_outlet(seeds_window, qtbot):
    w = seeds_window
    text = w.session.analysis.articles[0].text.replace("الديار", "الجريدة")
    dialog = w.paste_article()
    dialog.outlet.setText("Test Outlet")
    dialog.text.setPlainText(text)
    with qtbot.waitSignal(w.refreshed, timeout=120_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    pasted = [a for a in w.session.analysis.articles if a.outlet == "Test Outlet"]
    assert len(pasted) == 1 and pasted[0].text == text and pasted[0].id == "pasted-001"
    assert "Test Outlet" in w.framing_model.outlets
    assert any(w.session.analysis.article(p.a).outlet == "Test Outlet" or
               w.session.analysis.article(p.b).outlet == "Test Outlet"
               for p in w.session.analysis.pairs if max(p.a_in_b, p.b_in_a) > 0.5)


def test_paste_dialog_requires_text_and_outlet(seeds_window):
    dialog = seeds_window.paste_article()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "text" in dialog.error.text()
    dialog.text.setPlainText("نص")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "outlet" in dialog.error.text()
    dialog.reject()


def test_unreadable_files_are_reported(seeds_window, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    seeds_window.add_paths([str(bad)])
    assert "skipped" in seeds_window.message.text()


def test_save_as_then_keep_saving_there_and_reopen(seeds_window, qtbot, tmp_path):
    w = seeds_window
    assert w.session.untitled and "Untitled" in w.windowTitle()
    aid = w.columns.columns[0]
    w.actions_.annotate(aid, 0, 5, "before save")
    target = tmp_path / "mine.qarin"
    assert w.save_project_as(str(target))
    assert not w.session.untitled and "mine.qarin" in w.windowTitle()
    w.actions_.annotate(aid, 10, 15, "after save")
    w.actions_.undo_action.trigger()  # undo still works on the reopened file
    w.actions_.redo_action.trigger()
    with Project.open(target) as p:
        assert sorted(c.name for c in p.codes()) == ["after save", "before save"]
    assert str(target.resolve()) == recent_projects()[0]
    new = w.replace_session(type(w.session).open_project(target))
    qtbot.addWidget(new)
    new.quiet_close = True
    qtbot.waitSignal(new.refreshed, timeout=120_000).wait()
    assert len(new.session.annotations()) == 2
    assert new in MainWindow.open_windows and w not in MainWindow.open_windows
    new.close()


def test_open_a_missing_project_explains(seeds_window, tmp_path):
    assert not seeds_window.open_project(str(tmp_path / "nope.qarin"))
    assert "Cannot open" in seeds_window.message.text()


def test_focus_shortcuts_and_next_occurrence(seeds_window, qtbot):
    w = seeds_window
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert w.focusWidget() is w.annotations.table
    qtbot.keyClick(w, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert w.focusWidget() is w.codebook.tree
    term = max({h.term for h in w.session.analysis.framing if h.article in w.columns.columns},
               key=lambda t: sum(h.term == t and h.article in w.columns.columns
                                 for h in w.session.analysis.framing))
    shown = w.select_term(term)
    assert shown >= 2
    first = w.columns.text.textCursor().position()
    qtbot.keyClick(w, Qt.Key.Key_F3)
    span = w.columns.text.selection_span()
    assert span is not None and w.columns.text.textCursor().position() != first
    assert w.session.analysis.article(span[0]).text[span[1]:span[2]]


def test_export_entries_reach_the_file_menu(seeds_window, qtbot):
    from desktop.ui.actions import file_menu
    calls = []
    seeds_window.file_menu.add_export_action("Export test…", calls.append)
    seeds_window.file_menu.actions["export:Export test…"].trigger()
    assert calls == [seeds_window]
    registered = list(file_menu._REGISTERED)
    file_menu.register_export("Export registered…", calls.append)
    try:
        window = MainWindow(seeds_window.session)
        qtbot.addWidget(window)
        labels = [a.text() for a in window.file_menu.menu.actions()]
        assert "Export registered…" in labels
        assert labels.index("Export registered…") < labels.index("&Quit")
    finally:
        file_menu._REGISTERED[:] = registered
        MainWindow.open_windows.remove(window)


def test_an_untouched_untitled_project_is_removed_on_close(seeds_window):
    path = seeds_window.session.path
    assert path.exists()
    seeds_window.close()
    assert not path.exists()


def test_an_untitled_project_with_work_is_kept(seeds_window):
    w = seeds_window
    w.actions_.annotate(w.columns.columns[0], 0, 5, "keep me")
    path = w.session.path
    w.close()  # quiet_close: no question asked in tests
    assert path.exists()


def test_every_skipped_file_is_listed_with_its_reason_and_duplicates_can_be_added(
        seeds_window, qtbot, tmp_path):
    w = seeds_window
    seed = w.session.articles[0]
    (tmp_path / "copy.txt").write_text(seed.text, encoding="utf-8")  # a duplicate
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG")
    (tmp_path / "new.txt").write_text("خبر جديد تماما عن اجتماع وزراء الخارجية في العاصمة.",
                                      encoding="utf-8")
    before = len(w.session.articles)
    with qtbot.waitSignal(w.session.articlesChanged):
        w.add_paths([str(tmp_path)])
    dialog = w.skipped_dialog()
    assert dialog.isVisible()
    lines = dialog.lines()
    assert len(lines) == 4 and "4 files were skipped" in dialog.summary.text()
    assert "4 files skipped" in w.message.text()
    for name in ("copy.txt", "bad.txt", "empty.txt", "scan.png"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert any("same text as" in line for line in lines)
    assert len(w.session.articles) == before + 1
    assert dialog.add_button.isVisible()
    with qtbot.waitSignal(w.session.articlesChanged):
        dialog.add_button.click()
    assert len(w.session.articles) == before + 2 and not dialog.isVisible()
    assert w.file_menu.actions["skipped"].text() == "S&kipped files…"


def test_save_as_renames_the_project_and_keeps_the_column_choice(seeds_window, qtbot, tmp_path):
    w = seeds_window
    ids = w.chooser.columns()
    w.chooser.set_checked(ids[-1], False)
    w.chooser.set_pivot(ids[1])
    chosen, pivot = w.chooser.columns(), w.chooser.pivot_id()
    assert pivot == ids[1] and len(chosen) == len(ids) - 1
    target = tmp_path / "deir-ez-zor.qarin"
    assert w.save_project_as(str(target))
    assert w.session.project.name == "deir-ez-zor"
    new = w.replace_session(type(w.session).open_project(target))
    qtbot.addWidget(new)
    new.quiet_close = True
    qtbot.waitSignal(new.refreshed, timeout=120_000).wait()
    assert new.chooser.columns() == chosen and new.chooser.pivot_id() == pivot
    assert new.columns.columns == chosen and new.columns.pivot == pivot
    new.close()
