"""Dialog to add or edit a lexicon category (id, label, description, colour)."""
from __future__ import annotations

import re

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QLineEdit, QPushButton

from desktop.core.lexicon import Category

from desktop.ui.dialogs.form_dialog import FormDialog


class CategoryDialog(FormDialog):
    def __init__(self, category: Category | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit category") if category else self.tr("Add category"),
                         parent)
        self.id_edit = QLineEdit(category.id if category else "", self)
        self.id_edit.setReadOnly(category is not None)
        self.label_edit = QLineEdit(category.label if category else "", self)
        self.description = QLineEdit(category.description if category else "", self)
        self.color = QLineEdit(category.color if category else "#6a1b9a", self)
        pick = QPushButton(self.tr("Choose…"), self)
        pick.clicked.connect(self._pick)
        self.set_rows([(self.tr("&Id:"), self.id_edit), (self.tr("&Label:"), self.label_edit),
                       (self.tr("&Description:"), self.description),
                       (self.tr("C&olour:"), self.color),
                       ("", pick)])

    def value(self) -> Category:
        return Category(self.id_edit.text().strip(), self.label_edit.text().strip(),
                        self.description.text().strip(), self.color.text().strip())

    def _pick(self) -> None:
        color = QColorDialog.getColor(QColor(self.color.text()), self, self.tr("Category colour"))
        if color.isValid():
            self.color.setText(color.name())

    def problem(self) -> str:
        if not re.fullmatch(r"[a-z0-9_]+", self.id_edit.text().strip()):
            return self.tr("Id: lowercase letters, digits and _ only.")
        if not QColor.isValidColorName(self.color.text().strip()):
            return self.tr("Colour must look like #RRGGBB.")
        return ""
