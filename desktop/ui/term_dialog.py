"""Dialog to add or edit a lexicon term."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, \
    QLineEdit

from desktop.core.lexicon import STANCES, Lexicon, Term


class TermDialog(QDialog):
    def __init__(self, lexicon: Lexicon, term: Term | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit term" if term else "Add term")
        self.term_edit = QLineEdit(term.term if term else "", self)
        self.term_edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.category = QComboBox(self)
        for c in lexicon.categories.values():
            self.category.addItem(c.label, c.id)
        self.stance = QComboBox(self)
        self.stance.addItems(list(STANCES))
        self.frame = QLineEdit(term.frame if term else "", self)
        self.note = QLineEdit(term.note if term else "", self)
        if term:
            self.category.setCurrentIndex(max(0, self.category.findData(term.category)))
            self.stance.setCurrentText(term.stance)
        else:
            self.stance.setCurrentText("neutral")
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Term:", self.term_edit)
        form.addRow("&Category:", self.category)
        form.addRow("&Stance:", self.stance)
        form.addRow("&Frame:", self.frame)
        form.addRow("&Note:", self.note)
        form.addRow(self.error)
        form.addRow(buttons)

    def value(self) -> Term:
        return Term(self.term_edit.text().strip(), self.category.currentData(),
                    self.stance.currentText(), self.frame.text().strip(), self.note.text().strip())

    def _accept(self) -> None:
        if not self.term_edit.text().strip():
            self.error.setText("The term cannot be empty.")
            return
        self.accept()
