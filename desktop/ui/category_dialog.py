"""Dialog to add or edit a lexicon category (id, label, description, colour)."""
from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QDialogButtonBox, QFormLayout, QLabel, \
    QLineEdit, QPushButton

from desktop.core.lexicon import Category


class CategoryDialog(QDialog):
    def __init__(self, category: Category | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit category" if category else "Add category")
        self.id_edit = QLineEdit(category.id if category else "", self)
        self.id_edit.setReadOnly(category is not None)
        self.label_edit = QLineEdit(category.label if category else "", self)
        self.description = QLineEdit(category.description if category else "", self)
        self.color = QLineEdit(category.color if category else "#6a1b9a", self)
        pick = QPushButton("Choose…", self)
        pick.clicked.connect(self._pick)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Id:", self.id_edit)
        form.addRow("&Label:", self.label_edit)
        form.addRow("&Description:", self.description)
        form.addRow("C&olour:", self.color)
        form.addRow("", pick)
        form.addRow(self.error)
        form.addRow(buttons)

    def value(self) -> Category:
        return Category(self.id_edit.text().strip(), self.label_edit.text().strip(),
                        self.description.text().strip(), self.color.text().strip())

    def _pick(self) -> None:
        color = QColorDialog.getColor(QColor(self.color.text()), self, "Category colour")
        if color.isValid():
            self.color.setText(color.name())

    def _accept(self) -> None:
        if not re.fullmatch(r"[a-z0-9_]+", self.id_edit.text().strip()):
            self.error.setText("Id: lowercase letters, digits and _ only.")
        elif not QColor.isValidColorName(self.color.text().strip()):
            self.error.setText("Colour must look like #RRGGBB.")
        else:
            self.accept()
