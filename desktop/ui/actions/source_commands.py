"""Undoable edits of what an article says about its sources (outlet, title, date, URL, author,
credits, relay) and of the project's outlet registry: QUndoStack commands over the store API,
pushed through AnnotationActions so a busy project queues them like any coding."""
from __future__ import annotations

from collections.abc import Callable

from desktop.store import Project

from desktop.ui.actions.undo import _StoreCommand


class ArticleEditCommand(_StoreCommand):
    """`change(project)` edits one article; undo puts back every field an edit can touch."""

    def __init__(self, owner, article_id: str, text: str,
                 change: Callable[[Project], object]) -> None:
        super().__init__(owner, text)
        self.article_id = article_id
        self.change = change
        self.before: dict | None = None

    def _redo(self) -> None:
        if self.before is None:
            self.before = self.project.article_edit_state(self.article_id)
        self.change(self.project)

    def _undo(self) -> None:
        self.project.restore_article_edit_state(self.article_id, self.before)


class RegistryCommand(_StoreCommand):
    """Make `entries` the project's outlet registry (applied to every article); undo puts the
    earlier entries back, and with them every article's outlet and credits."""

    def __init__(self, owner, entries: list, text: str) -> None:
        super().__init__(owner, text)
        self.entries = list(entries)
        self.before: list | None = None

    def _redo(self) -> None:
        if self.before is None:
            self.before = self.project.registry_outlets()
        self.project.set_registry_outlets(self.entries)

    def _undo(self) -> None:
        self.project.set_registry_outlets(self.before)
