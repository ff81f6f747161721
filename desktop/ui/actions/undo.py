"""Undoable edits to annotations and codes (QUndoStack commands over the store API).

Each command captures what it needs to reverse itself; the store hands deleted records back
so they can be restored with the same GUIDs.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.store import Annotation, Code, Project, ProjectBusy, ProjectError

# Seconds a command waits for another program's write before it reports the project busy. Short,
# because it runs on the UI thread; a busy write is retried in the background (pending_writes).
WRITE_WAIT = 0.3

from desktop.ui.language import tr


class _StoreCommand(QUndoCommand):
    """Reaches the project through its owner, which may reopen it (Save As)."""

    def __init__(self, owner, text: str) -> None:
        super().__init__(text)
        self._owner = owner
        self.error: str | None = None
        self.busy = False  # the last attempt found another program writing

    @property
    def project(self) -> Project:
        return self._owner.project

    # Qt calls redo/undo from C++, where a Python exception would only be printed: catch it,
    # keep the message, and mark a failed first redo obsolete so the stack drops it.
    def redo(self) -> None:
        self._attempt(self._redo, first=True)

    def undo(self) -> None:
        self._attempt(self._undo, first=False)

    def _attempt(self, step, first: bool) -> None:
        try:
            with self.project.atomic(wait=WRITE_WAIT):
                step()
            self.error, self.busy = None, False
        except ProjectError as exc:
            self.error, self.busy = str(exc), isinstance(exc, ProjectBusy)
            if first:
                self.setObsolete(True)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AnnotateCommand(_StoreCommand):
    """Code a span, creating the code on the fly when no code has that name."""

    def __init__(self, owner, article: str, start: int, end: int, code: str,
                 memo: str = "", color: str | None = None, author: str | None = None) -> None:
        super().__init__(owner, tr("Code “{code}”").format(code=code))
        self.args = (article, start, end)
        self.code_ref, self.memo, self.color, self.author = code, memo, color, author
        self.created_code: Code | None = None
        self.annotation: Annotation | None = None

    def _redo(self) -> None:
        if self.annotation is None:  # first time
            code = self.project.find_code(self.code_ref)
            if code is None:
                code = self.created_code = self.project.add_code(self.code_ref, color=self.color)
            self.annotation = self.project.annotate(*self.args, code, memo=self.memo,
                                                    author=self.author)
        else:
            with self.project.atomic():
                if self.created_code is not None:
                    self.project.restore_code(self.created_code)
                self.project.restore_annotation(self.annotation)

    def _undo(self) -> None:
        with self.project.atomic():
            self.project.delete_annotation(self.annotation.guid)
            if self.created_code is not None:
                self.project.delete_code(self.created_code.guid)


class UpdateAnnotationCommand(_StoreCommand):
    """Change an annotation's span, code or memo."""

    def __init__(self, owner, before: Annotation, *, start: int | None = None,
                 end: int | None = None, code: str | None = None, memo: str | None = None,
                 text: str | None = None) -> None:
        super().__init__(owner, text or tr("Edit annotation"))
        self.before = before
        self.changes = {k: v for k, v in dict(start=start, end=end, code=code, memo=memo).items()
                        if v is not None}

    def _redo(self) -> None:
        self.project.update_annotation(self.before.guid, **self.changes)

    def _undo(self) -> None:
        b = self.before
        back = {}
        if "start" in self.changes or "end" in self.changes:
            back.update(start=b.start, end=b.end)
        if "code" in self.changes:
            back["code"] = b.code
        if "memo" in self.changes:
            back["memo"] = b.memo
        self.project.update_annotation(b.guid, **back)


class DeleteAnnotationCommand(_StoreCommand):
    def __init__(self, owner, annotation: Annotation) -> None:
        super().__init__(owner, tr("Delete annotation"))
        self.annotation = annotation

    def _redo(self) -> None:
        self.annotation = self.project.delete_annotation(self.annotation.guid)

    def _undo(self) -> None:
        self.project.restore_annotation(self.annotation)


class AddCodeCommand(_StoreCommand):
    def __init__(self, owner, name: str, parent: str | None = None,
                 color: str | None = None) -> None:
        super().__init__(owner, tr("New code “{name}”").format(name=name))
        self.name, self.parent_ref, self.color = name, parent, color
        self.code: Code | None = None

    def _redo(self) -> None:
        if self.code is None:
            self.code = self.project.add_code(self.name, parent=self.parent_ref, color=self.color)
        else:
            self.project.restore_code(self.code)

    def _undo(self) -> None:
        self.project.delete_code(self.code.guid)


class EditCodeCommand(_StoreCommand):
    """Rename or recolour a code."""

    def __init__(self, owner, code: Code, *, name: str | None = None,
                 color: str | None = None) -> None:
        super().__init__(owner, tr("Rename code") if name else tr("Recolour code"))
        self.before = code
        self.name, self.color = name, color

    def _redo(self) -> None:
        with self.project.atomic():
            if self.name is not None:
                self.project.rename_code(self.before.guid, self.name)
            if self.color is not None:
                self.project.recolor_code(self.before.guid, self.color)

    def _undo(self) -> None:
        with self.project.atomic():
            if self.name is not None:
                self.project.rename_code(self.before.guid, self.before.name)
            if self.color is not None:
                self.project.recolor_code(self.before.guid, self.before.color)


class MergeCodesCommand(_StoreCommand):
    """Merge ``source`` into ``target``; undo puts the code, its uses and sub-codes back."""

    def __init__(self, owner, source: Code, target: Code) -> None:
        super().__init__(owner, tr("Merge “{source}” into “{target}”").format(
            source=source.name, target=target.name))
        self.source, self.target = source, target
        self.moved_annotations: list[str] = []
        self.moved_children: list[Code] = []

    def _redo(self) -> None:
        self.moved_annotations = [a.guid for a in self.project.annotations(code=self.source.guid)]
        self.moved_children = [c for c in self.project.codes() if c.parent == self.source.guid]
        self.project.merge_codes(self.source.guid, self.target.guid)

    def _undo(self) -> None:
        with self.project.atomic():
            self.project.restore_code(self.source)
            for guid in self.moved_annotations:
                self.project.update_annotation(guid, code=self.source.guid)
            for child in self.moved_children:
                self.project.move_code(child.guid, self.source.guid, child.position)


class DeleteCodeCommand(_StoreCommand):
    """Delete a code with its sub-codes and annotations (all restored by undo)."""

    def __init__(self, owner, code: Code) -> None:
        super().__init__(owner, tr("Delete code “{code}”").format(code=code.name))
        self.code = code
        self.codes: list[Code] = []
        self.annotations: list[Annotation] = []

    def _redo(self) -> None:
        self.codes, self.annotations = self.project.delete_code(self.code.guid, cascade=True)

    def _undo(self) -> None:
        with self.project.atomic():
            for c in self.codes:
                self.project.restore_code(c)
            for a in self.annotations:
                self.project.restore_annotation(a)
