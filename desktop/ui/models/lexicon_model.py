"""Table model over the lexicon's terms, and a list model over its categories."""
from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel,
                            QModelIndex, Qt)
from PySide6.QtGui import QColor

from desktop.core.lexicon import Category, Lexicon, Term

from desktop.i18n.names import category_name, frame_name, stance_name

from desktop.ui.bidi import isolated, shown
from desktop.ui.language import current_language

TERM_HEADERS = (QT_TRANSLATE_NOOP("TermsModel", "Term"),
                QT_TRANSLATE_NOOP("TermsModel", "Category"),
                QT_TRANSLATE_NOOP("TermsModel", "Stance"),
                QT_TRANSLATE_NOOP("TermsModel", "Frame"),
                QT_TRANSLATE_NOOP("TermsModel", "Note"),
                QT_TRANSLATE_NOOP("TermsModel", "Other forms"))
ARABIC_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | \
    Qt.AlignmentFlag.AlignVCenter  # Arabic terms start at the right in either layout


def forms_text(t: Term) -> str:
    """Variants, verb and noun forms, and sense/distancing notes of an entry, in one line."""
    parts = list(t.variants) + list(t.verbs) + list(t.derived)
    text = "، ".join(parts[:6]) + ("، …" if len(parts) > 6 else "")
    if t.distance:
        text = f"[{'→' if t.distance == 'next' else '←'}] " + text
    return text


class TermsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lexicon: Lexicon | None = None
        self.terms: list[Term] = []

    def set_lexicon(self, lexicon: Lexicon) -> None:
        self.beginResetModel()
        self.lexicon = lexicon
        self.terms = sorted(lexicon.terms, key=lambda t: (t.category, t.term))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.terms)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(TERM_HEADERS)

    def term(self, row: int) -> Term:
        return self.terms[row]

    def row_of(self, term: str) -> int:
        return next((i for i, t in enumerate(self.terms) if t.term == term), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self.terms[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            lang = current_language()
            if col == 1:
                return shown(category_name(self.lexicon.category(t.category), lang))
            if col == 5:
                return shown(forms_text(t))
            return shown((t.term, None, stance_name(t.stance, lang), frame_name(t.frame, lang),
                          t.note)[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 5):
            return ARABIC_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QColor(self.lexicon.category(t.category).color)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(TERM_HEADERS[section])
        return None


class CategoriesModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.categories: list[Category] = []

    def set_lexicon(self, lexicon: Lexicon) -> None:
        self.beginResetModel()
        self.categories = list(lexicon.categories.values())
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.categories)

    def category(self, row: int) -> Category:
        return self.categories[row]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        c = self.categories[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{isolated(category_name(c, current_language()))} ({c.id})"
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(c.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(c.description or c.label)
        return None
