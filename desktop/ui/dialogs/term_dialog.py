"""Dialog to add or edit a lexicon term."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from desktop.core.lexicon import STANCES, Lexicon, Term

from desktop.ui.bidi import shown
from desktop.i18n.names import category_name, stance_name

from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.language import current_language


class TermDialog(FormDialog):
    def __init__(self, lexicon: Lexicon, term: Term | None = None, parent=None) -> None:
        super().__init__(self.tr("Edit term") if term else self.tr("Add term"), parent)
        self.term_edit = QLineEdit(term.term if term else "", self)
        self.term_edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.category = QComboBox(self)
        for c in lexicon.categories.values():
            self.category.addItem(shown(category_name(c, current_language())), c.id)
        self.stance = QComboBox(self)
        for stance in STANCES:
            self.stance.addItem(stance_name(stance, current_language()), stance)
        self.frame = QLineEdit(term.frame if term else "", self)
        self.note = QLineEdit(term.note if term else "", self)
        if term:
            self.category.setCurrentIndex(max(0, self.category.findData(term.category)))
            self.stance.setCurrentIndex(max(0, self.stance.findData(term.stance)))
        else:
            self.stance.setCurrentIndex(max(0, self.stance.findData("neutral")))
        self.for_all = QCheckBox(self.tr("Add to &my lexicon, for every project"), self)
        self.for_all.setToolTip(self.tr("Saved in your own lexicon file instead of this project"))
        self.set_rows([(self.tr("&Term:"), self.term_edit), (self.tr("&Category:"), self.category),
                       (self.tr("&Stance:"), self.stance), (self.tr("&Frame:"), self.frame),
                       (self.tr("&Note:"), self.note), ("", self.for_all)])

    def value(self) -> Term:
        return Term(self.term_edit.text().strip(), self.category.currentData(),
                    self.stance.currentData(), self.frame.text().strip(),
                    self.note.text().strip())

    def problem(self) -> str:
        return "" if self.term_edit.text().strip() else self.tr("The term cannot be empty.")
