"""The window's Credits and relay… and Outlets… (issue 10): the analyst sees each credit with
its words and outlet, removes or adds one (at the words selected in the text), sets the relay,
and keeps the project's own outlet registry; every change is undoable, reaches the analysis,
and waits for a busy project instead of being lost."""
from __future__ import annotations



from desktop.paths import SEEDS
from desktop.store import Project
from desktop.ui.dialogs.credits_dialog import select_row

A = "000_8719b4492fbf6233"  # Al-Diyar: credits Al-Mayadeen (للميادين) and CNN


def _stored(path, article=A):
    with Project.open(path, readonly=True) as p:
        art = p.article(article)
        return [(c.outlet, c.how) for c in art.credits], art.relay_of, art.relay_how


def _wait_analysis(qtbot, w):
    qtbot.waitUntil(lambda: not w.session.analysing and w.session.analysis is not None,
                    timeout=60_000)


def test_credits_dialog_removes_adds_at_the_selection_sets_relay_and_undoes(seeds_window, qtbot):
    w = seeds_window
    dialog = w.source_actions.edit_credits(A)
    assert dialog.isVisible() and not dialog.isModal()
    assert [(c.outlet, removed) for c, removed in dialog.rows] == [("Al-Mayadeen", False),
                                                                   ("CNN", False)]
    cnn = dialog.table.item(1, 2).text()
    assert "سي أن أن" in cnn  # the words that credit it
    assert dialog.select_credit("CNN")
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: [c for c, r in dialog.rows if r] != [], timeout=10_000)
    assert [(c.outlet, r) for c, r in dialog.rows] == [("Al-Mayadeen", False), ("CNN", True)]
    assert dialog.table.item(1, 3).text() == "removed by you" and dialog.restore_button.isEnabled()
    # add a credit at words selected in the window's text, while the dialog stays open
    text = w.session.project.article(A).text
    start = text.index("للميادين")
    assert w.columns.text.select_span(A, start - 10, start + len("للميادين"))
    dialog.use_selection.setChecked(True)
    assert "للميادين" in dialog.selection_label.text()
    dialog.add_outlet.setCurrentText("Reuters")
    dialog.add_button.click()
    qtbot.waitUntil(lambda: any(c.how == "analyst" for c, _ in dialog.rows), timeout=10_000)
    mine = next(c for c, _ in dialog.rows if c.how == "analyst")
    assert (mine.outlet, mine.span) == ("Reuters", (start - 10, start + len("للميادين")))
    dialog.relay.setCurrentText("Al-Mayadeen")
    dialog.relay_button.click()
    qtbot.waitUntil(lambda: _stored(w.session.path)[1] == "Al-Mayadeen", timeout=10_000)
    assert _stored(w.session.path) == ([("Reuters", "analyst"), ("Al-Mayadeen", "text")],
                                       "Al-Mayadeen", "analyst")
    assert "Set by you" in dialog.relay_note.text() and dialog.reset_button.isEnabled()
    # the analysis and the column header carry the edits
    _wait_analysis(qtbot, w)
    qtbot.waitUntil(lambda: w.session.analysis.article(A).relay_how == "analyst", timeout=60_000)
    art = w.session.analysis.article(A)
    assert [c.how for c in art.credits] == ["analyst", "text"]
    if A in w.columns.columns:
        qtbot.waitUntil(lambda: "(set by you)" in w.columns.header.findChild(
            type(w.message), f"columnHeader:{A}").toolTip(), timeout=60_000)
    # three edits, three undos
    for _ in range(3):
        w.actions_.undo_action.trigger()
    assert _stored(w.session.path) == ([("Al-Mayadeen", "text"), ("CNN", "text")], None, "")
    qtbot.waitUntil(lambda: [c.outlet for c, _ in dialog.rows] == ["Al-Mayadeen", "CNN"],
                    timeout=10_000)
    w.actions_.redo_action.trigger()
    assert _stored(w.session.path)[0] == [("Al-Mayadeen", "text")]
    dialog.close()


def test_credit_an_outlet_here_opens_the_dialog_at_the_selected_words(seeds_window):
    w = seeds_window
    w.source_actions.credit_action.trigger()
    assert "Select the words" in w.message.text()
    other = next(a for a in w.columns.columns if a != A)
    text = w.session.project.article(other).text
    assert w.columns.text.select_span(other, 0, 12)
    w.source_actions.credit_action.trigger()
    dialog = w.source_actions.credits_dialog
    assert dialog.isVisible() and dialog.article_id() == other
    assert dialog.use_selection.isChecked()
    assert " ".join(text[:12].split()) in dialog.selection_label.text()
    dialog.add_outlet.setCurrentText("Sputnik")
    dialog.add_button.click()
    art = w.session.project.article(other)
    end = len(text[:12].rstrip())  # spaces at the edges of a selection are left out
    assert [(c.outlet, c.span) for c in art.credits if c.how == "analyst"] == [("Sputnik", (0, end))]


def test_selection_in_another_article_is_refused(seeds_window):
    w = seeds_window
    dialog = w.source_actions.edit_credits(A)
    other = next(a for a in w.columns.columns if a != A)
    assert w.columns.text.select_span(other, 0, 5)
    dialog.use_selection.setChecked(True)
    dialog.add_outlet.setCurrentText("Reuters")
    dialog.add_button.click()
    assert "another article" in dialog.error.text()
    dialog.add_outlet.setCurrentText("")
    dialog.use_selection.setChecked(False)
    dialog.add_button.click()
    assert "Pick or type the outlet" in dialog.error.text()
    assert _stored(w.session.path)[0] == [("Al-Mayadeen", "text"), ("CNN", "text")]



def test_a_credit_edit_waits_for_a_busy_project_and_is_saved(seeds_window, locked, qtbot):
    w = seeds_window
    credit = w.session.project.article(A).credits[1]
    assert not w.source_actions.remove_credit(A, credit)
    assert not w.source_actions.set_relay(A, "CNN")
    assert len(w.actions_.pending.items) == 2 and "2 edits waiting" in w.pending_label.text()
    assert _stored(w.session.path) == ([("Al-Mayadeen", "text"), ("CNN", "text")], None, "")
    locked.execute("ROLLBACK")
    w.actions_.pending.retry()
    assert not w.actions_.pending.waiting
    assert _stored(w.session.path) == ([("Al-Mayadeen", "text")], "CNN", "analyst")


def test_article_details_are_undoable_and_an_unknown_outlet_is_offered_to_the_registry(
        seeds_window, qtbot):
    w = seeds_window
    target = "002_18001f20b1da4b64"
    w.session.project.update_article_meta(target, url="https://www.infoplus.example/news/7")
    dialog = w.edit_article_details()
    dialog.choice.setCurrentIndex([a.id for a in w.session.articles].index(target))
    dialog.fields["outlet"].setText("أخبار الوادي اليوم")
    dialog._accept()
    qtbot.waitUntil(lambda: w.source_actions.offer_box is not None, timeout=10_000)
    assert w.session.project.article(target).outlet == "أخبار الوادي اليوم"
    box = w.source_actions.offer_box
    assert "أخبار الوادي اليوم" in box.text() and "infoplus.example" in box.informativeText()
    box.button(box.StandardButton.Yes).click()
    form = w.source_actions.entry_form
    assert form is not None and form.fields["arabic"].text() == "أخبار الوادي اليوم"
    assert form.fields["domains"].text() == "infoplus.example"
    form._accept()
    assert "needs a name" not in form.error.text() and not form.isVisible()
    (entry,) = w.session.project.registry_outlets()
    assert (entry.name, entry.domains) == ("أخبار الوادي اليوم", ("infoplus.example",))
    # two undoable steps: the registry entry, then the outlet
    w.actions_.undo_action.trigger()
    assert w.session.project.registry_outlets() == []
    w.actions_.undo_action.trigger()
    art = w.session.project.article(target)
    assert (art.outlet, art.outlet_source) == ("InfoPlus", "metadata")
    assert "outlet" not in w.session.project.article_info(target).user_fields


def test_outlets_dialog_adds_edits_and_removes_entries_that_name_articles(seeds_window, qtbot):
    w = seeds_window
    from desktop.core.ingest import article_from_text

    target = "web-1"
    w.session.add_articles([article_from_text(
        "خبر عن القصف\nتواصل القصف على أحياء المدينة الشرقية طوال الليل، وقالت مصادر محلية إن "
        "الأضرار كبيرة.\n", id=target, url="https://orient.example/x")])
    assert w.session.project.article(target).outlet == "orient.example"
    dialog = w.edit_outlets()
    assert dialog.empty.isVisible() and not dialog.edit_button.isEnabled()
    form = dialog.open_form(None)
    form._accept()
    assert form.isVisible() and "needs a name" in form.error.text()
    form.fields["name"].setText("Orient Net")
    form.fields["arabic"].setText("أورينت نت")
    form.fields["domains"].setText("orient.example, www.orient-news.example")
    form.kind.setCurrentIndex(form.kind.findData("site"))
    form._accept()
    assert not form.isVisible()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.table.item(0, 2).text() == "orient.example, orient-news.example"
    assert w.session.project.article(target).outlet == "Orient Net"
    form = dialog.open_form(w.session.project.registry_outlets()[0])
    form.fields["country"].setText("Syria")
    form._accept()
    assert w.session.project.registry_outlets()[0].country == "Syria"
    form = dialog.open_form(None)
    form.fields["name"].setText("Orient Net")
    form._accept()
    assert form.isVisible() and "already has an outlet" in form.error.text()
    form.reject()
    select_row(dialog.table, 0)
    dialog.remove_button.click()
    assert w.session.project.registry_outlets() == []
    assert w.session.project.article(target).outlet == "orient.example"
    w.actions_.undo_action.trigger()
    assert w.session.project.article(target).outlet == "Orient Net"


def test_also_for_every_project_writes_the_user_outlet_file(seeds_window, tmp_path, monkeypatch):
    from desktop.core.project_registry import read_user_entries, user_outlets_path

    w = seeds_window
    form = w.source_actions.open_entry_form(None)
    form.fields["name"].setText("Wadi Voice")
    form.fields["domains"].setText("wadi-voice.example")
    form.for_all.setChecked(True)
    form._accept()
    assert [o.name for o in read_user_entries()] == ["Wadi Voice"]
    assert str(user_outlets_path()) in w.message.text()
    assert [o.name for o in w.session.project.registry_outlets()] == ["Wadi Voice"]


def test_arabic_credit_and_outlet_dialogs_are_translated_and_right_to_left(qtbot, tmp_path,
                                                                            monkeypatch):
    from test_ui_arabic_rtl import LATIN_WORD, _untranslated, _window

    from desktop.ui.app import application

    w = _window(qtbot, tmp_path, monkeypatch, "ar")
    try:
        from desktop.core.project_registry import user_outlets_path

        names = [o.name for o in w.session.project.registry_outlets()] + ["CNN", "Al-Mayadeen"]
        # an English name and web domains are examples in Latin letters on purpose
        allowed = ["Al-Wadi News", "example.com", "YYYY-MM-DD", str(user_outlets_path())]
        credits = w.source_actions.edit_credits(A)
        outlets = w.edit_outlets()
        form = w.source_actions.open_entry_form(None)
        details = w.edit_article_details()
        for dialog in (credits, outlets, form, details):
            assert dialog.isRightToLeft()
            assert _untranslated(dialog, w, *names, *allowed) == [], type(dialog).__name__
            assert not LATIN_WORD.search(dialog.windowTitle())
        assert credits.table.horizontalHeaderItem(0).text() == "الوسيلة"
        assert credits.select_credit("CNN")  # right to left, a row is still selected
        credits.remove_button.click()
        assert [c.outlet for c in w.session.project.article(A).credits] == ["Al-Mayadeen"]
        for d in (credits, outlets, form, details):
            d.close()
    finally:
        w.close()
        application("en")
