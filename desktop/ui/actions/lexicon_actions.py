"""The "Add to lexicon…" action: make a lexicon term of the text selected in any article view."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

MAX_TERM_WORDS = 8


class LexiconActions(QObject):
    message = Signal(str)

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window = window
        self.add_action = QAction(self.tr("Add to &lexicon…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
        self.add_action.setStatusTip(self.tr("Make the selected words a lexicon term, with a "
                                             "category and a stance"))
        self.add_action.triggered.connect(lambda _=False: self.add_selection())
        window.lexicon_editor.exampleActivated.connect(self.show_example)
        window.lexicon_editor.userTermSaved.connect(
            lambda term: window._lexicon_call(window.session.add_user_term, term))

    def selected_text(self) -> str | None:
        """The words selected in the current article view, trimmed of quotes and punctuation."""
        view = self.window.current_text_view()
        span = view.selection_span() if view is not None else None
        if span is None:
            return None
        article, start, end = span
        text = next((a.text for a in self.window.session.articles if a.id == article), "")
        return " ".join(text[start:end].split()).strip(" «»“”\"'.,،:؛") or None

    def add_selection(self) -> QDialog | None:
        text = self.selected_text()
        if not text:
            self.message.emit(self.tr("Select the words of a label in one article first."))
            return None
        if len(text.split()) > MAX_TERM_WORDS:
            self.message.emit(self.tr("Select a label of at most {n} words.").format(n=MAX_TERM_WORDS))
            return None
        return self.window.lexicon_editor.add_term(text)

    def show_example(self, article: str, start: int, end: int) -> None:
        self.window.jump_to(SimpleNamespace(orphan=False, article=article, start=start, end=end))
