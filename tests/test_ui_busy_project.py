"""A busy project (another program holds the write lock) never throws the analyst's coding away."""
from __future__ import annotations



from desktop.store import Project



def _stored(path):
    with Project.open(path, readonly=True) as p:
        return [(a.start, a.end, a.memo) for a in p.annotations()]


def test_coding_waits_for_a_busy_project_then_is_saved_in_order(seeds_window, locked, qtbot,
                                                                monkeypatch):
    w = seeds_window
    pending = w.actions_.pending
    aid = w.columns.columns[0]
    assert not w.actions_.annotate(aid, 0, 5, "first", memo="one")
    assert not w.actions_.annotate(aid, 10, 15, "second", memo="two")
    assert len(pending.items) == 2 and pending.timer.isActive()
    assert w.pending_label.isVisible() and "2 edits waiting" in w.pending_label.text()
    assert "Waiting for the project" in w.message.text()
    assert [m.color for m in w.pending_marks()[aid]] == ["#9E9E9E", "#9E9E9E"]
    assert w.session.annotations() == []
    monkeypatch.setenv("QARIN_BUSY_ASK_AFTER", "0")
    pending.retry()  # still busy: the analyst is asked, and nothing is lost
    box = w.busy_box
    assert box is not None and box.isVisible() and "2 of your edits" in box.text()
    w.busy_retry.click()
    assert len(pending.items) == 2
    locked.execute("ROLLBACK")
    pending.retry()
    assert not pending.waiting and not w.pending_label.isVisible()
    assert _stored(w.session.path) == [(0, 5, "one"), (10, 15, "two")]
    assert "Saved after waiting" in w.message.text()
    w.actions_.undo_action.trigger()
    assert _stored(w.session.path) == [(0, 5, "one")]


def test_save_elsewhere_writes_the_waiting_coding_to_the_new_file(seeds_window, locked, qtbot,
                                                                 monkeypatch, tmp_path):
    w = seeds_window
    aid = w.columns.columns[0]
    assert not w.actions_.annotate(aid, 3, 9, "kept", memo="waited")
    target = tmp_path / "elsewhere.qarin"
    real_save_as = w.save_project_as
    monkeypatch.setattr(w, "save_project_as", lambda path=None: real_save_as(str(target)))
    box = w.ask_about_busy_project()
    w.busy_save.click()
    assert not box.isVisible() and w.session.path == target
    assert not w.actions_.pending.waiting
    assert _stored(target) == [(3, 9, "waited")]
