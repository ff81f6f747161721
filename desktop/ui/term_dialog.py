"""Dialog to add or edit a lexicon term."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.core.lexicon import STANCES, Lexicon, Term

from .bidi import shown
from .form_dialog import FormDialog


class TermDialog(FormDialog):
    def __init__(self, lexicon: Lexicon, term: Term | None = None, parent=None) -> None:
        super().__init__("Edit term" if term else "Add term", parent)
        self.term_edit = QLineEdit(term.term if term else "", self)
        self.term_edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.category = QComboBox(self)
        for c in lexicon.categories.values():
            self.category.addItem(shown(c.label), c.id)
        self.stance = QComboBox(self)
        self.stance.addItems(list(STANCES))
        self.frame = QLineEdit(term.frame if term else "", self)
        self.note = QLineEdit(term.note if term else "", self)
        if term:
            self.category.setCurrentIndex(max(0, self.category.findData(term.category)))
            self.stance.setCurrentText(term.stance)
        else:
            self.stance.setCurrentText("neutral")
        self.set_rows([("&Term:", self.term_edit), ("&Category:", self.category),
                       ("&Stance:", self.stance), ("&Frame:", self.frame),
                       ("&Note:", self.note)])

    def value(self) -> Term:
        return Term(self.term_edit.text().strip(), self.category.currentData(),
                    self.stance.currentText(), self.frame.text().strip(), self.note.text().strip())

    def problem(self) -> str:
        return "" if self.term_edit.text().strip() else "The term cannot be empty."
