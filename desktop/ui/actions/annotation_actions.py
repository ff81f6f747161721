"""Coding actions shared by every text view: code the selection, edit, adjust, delete, and the
codebook operations — each pushed onto the window's QUndoStack."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.core.display import shown
from desktop.store import Annotation, Code, CodeUsage

from desktop.ui.dialogs.author import remember_author, remembered_author, suggested_author
from desktop.ui.dialogs.code_dialog import CodeDialog
from desktop.ui.language import tr
from desktop.ui.actions.pending_writes import PendingEdit, PendingWrites
from desktop.ui.dialogs.span_dialog import SpanDialog
from desktop.ui.actions.undo import (AddCodeCommand, AnnotateCommand, DeleteAnnotationCommand, DeleteCodeCommand,
                   EditCodeCommand, MergeCodesCommand, UpdateAnnotationCommand)


class AnnotationActions(QObject):
    message = Signal(str)

    def __init__(self, session, current_view, parent=None) -> None:
        """``current_view()`` returns the ArticleTextView the analyst is working in."""
        super().__init__(parent)
        self.session = session
        self.current_view = current_view
        self.stack = QUndoStack(self)
        self.last_code: str | None = None
        self.active_dialog: QDialog | None = None
        self.code_action = QAction(self.tr("&Code selection…"), self)
        self.code_action.setShortcut(QKeySequence("Ctrl+K"))
        self.code_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.code_action.triggered.connect(self.code_selection)
        self.quick_action = QAction(self.tr("Code with &last code"), self)
        self.quick_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.quick_action.triggered.connect(self.quick_code)
        self.undo_action = self.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.pending = PendingWrites(self._retry, self)
        self.pending.saved.connect(
            lambda label: self.message.emit(
                self.tr("Saved after waiting: {what}.").format(what=label)))
        self.pending.failed.connect(
            lambda text: self.message.emit(self.tr("Not saved: {error}").format(error=text)))

    def _push(self, make, span: tuple[str, int, int] | None = None) -> bool:
        """Run the undo command ``make()`` builds. When another program is writing to the
        project, the edit waits (in order, behind any edit already waiting) and is retried in
        the background; it stays on screen as unsaved meanwhile."""
        command = make()
        label = command.text()  # a failed command is deleted by the stack
        if not self.pending.waiting:  # else it queues behind the edits already waiting
            self.stack.push(command)
        if self.pending.waiting or command.busy:
            self.pending.add(PendingEdit(make, label, span))
            self.message.emit(self.tr("Waiting for the project… (another program is writing); "
                                      "your edit is kept and will be saved."))
            return False
        if command.error:
            self.message.emit(self.tr("Not saved: {error}").format(error=command.error))
            return False
        return True

    def _retry(self, edit: PendingEdit) -> str:
        command = edit.make()
        self.stack.push(command)
        return "busy" if command.busy else (command.error or "ok")

    def _selection(self):
        view = self.current_view()
        span = view.selection_span() if view is not None else None
        if span is None:
            self.message.emit(self.tr("Select some text of one article first."))
        return span

    def _open(self, dialog: QDialog, on_accept) -> QDialog:
        self.active_dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _: setattr(self, "active_dialog", None))
        dialog.open()
        return dialog

    # -- coding ------------------------------------------------------------------------------
    def code_selection(self) -> QDialog | None:
        span = self._selection()
        if span is None:
            return None
        aid, start, end = span
        text = self.session.project.article(aid).text
        known = remembered_author()
        dialog = CodeDialog(text[start:end], self.session.codes(), self.last_code,
                            parent=self.parent(),
                            ask_author=None if known else suggested_author())

        def done(d: CodeDialog) -> None:
            if d.author_name():
                remember_author(d.author_name())
            self.annotate(aid, start, end, d.code_name(), d.memo_text())
        return self._open(dialog, done)

    def quick_code(self) -> None:
        if not self.last_code:
            self.message.emit(self.tr("No code used yet: use Code selection (Ctrl+K) first."))
            return
        span = self._selection()
        if span is not None:
            self.annotate(*span, self.last_code, "")

    def annotate(self, article: str, start: int, end: int, code: str, memo: str = "") -> bool:
        existing = self.session.project.find_code(code)
        name = existing.name if existing else code
        if self._push(lambda: AnnotateCommand(self.session, article, start, end, name, memo,
                                                        author=remembered_author()),
                      span=(article, start, end)):
            self.last_code = name
            self.message.emit(self.tr("Coded %n character(s) as “{name}”.", "", end - start)
                              .format(name=name))
            return True
        return False

    def edit(self, annotation: Annotation) -> QDialog:
        code = self.session.project.find_code(annotation.code)
        dialog = CodeDialog(annotation.exact, self.session.codes(), code.name if code else None,
                            memo=annotation.memo, parent=self.parent(),
                            title=self.tr("Edit annotation"))

        def done(d: CodeDialog) -> None:
            target = self.session.project.find_code(d.code_name())
            if target is None:
                if not self._push(lambda: AddCodeCommand(self.session, d.code_name())):
                    return
                target = self.session.project.find_code(d.code_name())
            self._push(lambda: UpdateAnnotationCommand(self.session, annotation, code=target.guid,
                                                       memo=d.memo_text()))
        return self._open(dialog, done)

    def adjust(self, annotation: Annotation) -> QDialog:
        text = self.session.project.article(annotation.article).text
        dialog = SpanDialog(text, annotation.start, annotation.end, self.parent())
        return self._open(dialog, lambda d: self.set_span(annotation, *d.span()))

    def set_span(self, annotation: Annotation, start: int, end: int) -> bool:
        return self._push(lambda: UpdateAnnotationCommand(self.session, annotation, start=start,
                                                          end=end, text=self.tr("Adjust span")))

    def delete(self, annotation: Annotation) -> bool:
        return self._push(lambda: DeleteAnnotationCommand(self.session, annotation))

    # -- codebook ----------------------------------------------------------------------------
    def add_code(self, name: str, parent: Code | None = None) -> bool:
        return self._push(lambda: AddCodeCommand(self.session, name,
                                                 parent.guid if parent is not None else None))

    def rename_code(self, code: Code, name: str) -> bool:
        return self._push(lambda: EditCodeCommand(self.session, code, name=name))

    def recolor_code(self, code: Code, color: str) -> bool:
        return self._push(lambda: EditCodeCommand(self.session, code, color=color))

    def merge_codes(self, source: Code, target: Code) -> bool:
        return self._push(lambda: MergeCodesCommand(self.session, source, target))

    def delete_code(self, code: Code, confirmed: bool = False) -> bool:
        """Delete a code; one with sub-codes or annotations is deleted only after the analyst
        confirms, told exactly what goes with it (undo brings it all back)."""
        usage = self.session.project.code_usage(code.guid)
        if not usage.empty and not confirmed:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete code"),
                              self.tr("Delete the code “{name}” with {what}?").format(
                                  name=shown(code.name), what=usage_text(self, usage)),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                              self.parent())
            box.setInformativeText(self.tr("Edit → Undo brings everything back."))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)

            def answered(button: int) -> None:
                if button == QMessageBox.StandardButton.Yes:
                    self.delete_code(code, confirmed=True)
                else:
                    self.message.emit(self.tr("Nothing deleted."))
            self.active_dialog = box
            box.finished.connect(answered)
            box.finished.connect(lambda _: setattr(self, "active_dialog", None))
            box.open()
            return False
        if not self._push(lambda: DeleteCodeCommand(self.session, code)):
            return False
        what = usage_text(self, usage) if not usage.empty else ""
        self.message.emit(self.tr("Deleted the code “{name}” with {what}.").format(
            name=shown(code.name), what=what) if what else
            self.tr("Deleted the code “{name}”.").format(name=shown(code.name)))
        return True


def usage_text(owner: QObject, usage: CodeUsage) -> str:
    """"3 sub-codes, 41 annotations with 12 memos" (parts that are zero left out), in the
    interface's language and plural forms."""
    parts = []
    if usage.subcodes:
        parts.append(tr("%n sub-code(s)", "", usage.subcodes))
    if usage.annotations:
        anns = tr("%n annotation(s)", "", usage.annotations)
        if usage.memos:
            anns += " " + tr("with %n memo(s)", "", usage.memos)
        parts.append(anns)
    return tr(", ").join(parts)
