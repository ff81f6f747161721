"""The window's side of edits waiting for a busy project (see pending_writes).

A permanent status-bar label says how many edits wait; waiting codings stay highlighted, marked
unsaved; after a long wait a dialog offers to keep waiting or to save the project elsewhere
(the waiting edits are then written to the new file).
"""
from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QMessageBox

from desktop.ui.spans import Mark

UNSAVED_COLOR = "#9E9E9E"


class BusyWritesMixin:
    """Mixed into MainWindow; needs ``self.actions_`` (AnnotationActions) and the status bar."""

    def _install_pending(self) -> None:
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingWrites")
        self.pending_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.pending_label)
        self.busy_box: QMessageBox | None = None
        pending = self.actions_.pending
        pending.changed.connect(self._pending_changed)
        pending.decisionNeeded.connect(self.ask_about_busy_project)

    def _pending_changed(self) -> None:
        n = len(self.actions_.pending.items)
        self.pending_label.setVisible(n > 0)
        self.pending_label.setText(
            self.tr("1 edit waiting for the project…") if n == 1 else
            self.tr("{n} edits waiting for the project…").format(n=n))
        if n == 0 and self.busy_box is not None:
            self.busy_box.close()
        self._paint_annotations()

    def pending_marks(self) -> dict[str, list[Mark]]:
        """Unsaved codings, by article, drawn like annotations in grey."""
        out: dict[str, list[Mark]] = {}
        tip = html.escape(self.tr("Not saved yet: waiting for the project (another program is "
                                  "writing to it)"))
        for edit in self.actions_.pending.items:
            if edit.span is not None:
                article, start, end = edit.span
                out.setdefault(article, []).append(
                    Mark(start, end, "annotations", UNSAVED_COLOR,
                         f"<b>{html.escape(edit.label)}</b><br>{tip}"))
        return out

    def ask_about_busy_project(self) -> QMessageBox:
        pending = self.actions_.pending
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Project busy"),
                          self.tr("Another program has been writing to {name} for {s:.0f} "
                                  "seconds. {n} of your edits are waiting, unsaved.").format(
                              name=self.session.path.name, s=pending.waited(),
                              n=len(pending.items)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Keep waiting, or save the project under another name "
                                       "and write your edits there."))
        self.busy_retry = box.addButton(self.tr("&Keep waiting"), QMessageBox.ButtonRole.AcceptRole)
        self.busy_save = box.addButton(self.tr("&Save elsewhere…"), QMessageBox.ButtonRole.ActionRole)

        def answered() -> None:
            clicked = box.clickedButton()
            self.busy_box = None
            if clicked is self.busy_save and self.save_project_as():
                self.actions_.pending.keep_waiting()  # now against the new file
            else:
                self.actions_.pending.keep_waiting()
        box.finished.connect(lambda _: answered())
        self.busy_box = box
        box.open()
        return box
