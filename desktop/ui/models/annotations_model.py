"""Table model over the project's annotations, and the filter the annotations panel uses.

The text filter ignores diacritics, tatweel and hamza forms: both sides go through the engine's
normalisation before comparing.
"""
from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor

from desktop.core.normalize import normalize, word_key
from desktop.store import Annotation, Code

from desktop.ui.bidi import shown

HEADERS = (QT_TRANSLATE_NOOP("AnnotationsModel", "Code"),
           QT_TRANSLATE_NOOP("AnnotationsModel", "Outlet"),
           QT_TRANSLATE_NOOP("AnnotationsModel", "Text"),
           QT_TRANSLATE_NOOP("AnnotationsModel", "Memo"),
           QT_TRANSLATE_NOOP("AnnotationsModel", "Author"),
           QT_TRANSLATE_NOOP("AnnotationsModel", "State"))
# how an annotation sits in its text (store's anchor values), as shown in the State column
STATES = {"orphan": QT_TRANSLATE_NOOP("AnnotationsModel", "orphan"),
          "placed": QT_TRANSLATE_NOOP("AnnotationsModel", "placed"),
          "position": QT_TRANSLATE_NOOP("AnnotationsModel", "position"),
          "exact": QT_TRANSLATE_NOOP("AnnotationsModel", "exact"),
          "fuzzy": QT_TRANSLATE_NOOP("AnnotationsModel", "fuzzy")}
AnnotationRole = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """Text as the filter compares it: normalised letters, spelling variants folded."""
    return " ".join(word_key(w) for w in normalize(text).text.lower().split())


class AnnotationsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.annotations: list[Annotation] = []
        self.codes: dict[str, Code] = {}
        self.outlets: dict[str, str] = {}  # article id -> outlet
        self._folded: list[str] = []

    def set_data(self, annotations: list[Annotation], codes: list[Code],
                 outlets: dict[str, str]) -> None:
        self.beginResetModel()
        self.annotations = list(annotations)
        self.codes = {c.guid: c for c in codes}
        self.outlets = dict(outlets)
        self._folded = [fold(a.exact + " " + a.memo) for a in self.annotations]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.annotations)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def annotation(self, row: int) -> Annotation:
        return self.annotations[row]

    def folded(self, row: int) -> str:
        return self._folded[row]

    def row_of(self, guid: str) -> int:
        return next((i for i, a in enumerate(self.annotations) if a.guid == guid), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.annotations[index.row()]
        col = index.column()
        code = self.codes.get(a.code)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            state = "orphan" if a.orphan else (a.anchor or "placed")
            state = self.tr(STATES[state]) if state in STATES else state
            text = " ".join(a.exact.split())
            if role == Qt.ItemDataRole.DisplayRole and len(text) > 90:
                text = text[:90] + "…"
            return shown((code.name if code else a.code, self.outlets.get(a.article, a.article),
                          text, a.memo, a.author, state)[col])
        if role == Qt.ItemDataRole.DecorationRole and col == 0 and code:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ForegroundRole and a.orphan:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == AnnotationRole:
            return a
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None


class AnnotationFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code: str | None = None  # GUID
        self.outlet: str | None = None
        self.author: str | None = None
        self.text = ""

    def set_filter(self, *, code=..., outlet=..., author=..., text=...) -> None:
        self.beginFilterChange()  # Qt 6.9+: the settings change between begin and end
        if code is not ...:
            self.code = code or None
        if outlet is not ...:
            self.outlet = outlet or None
        if author is not ...:
            self.author = author or None
        if text is not ...:
            self.text = fold(text or "")
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model: AnnotationsModel = self.sourceModel()
        a = model.annotation(row)
        if self.code and a.code != self.code:
            return False
        if self.outlet and model.outlets.get(a.article) != self.outlet:
            return False
        if self.author and a.author != self.author:
            return False
        return not self.text or self.text in model.folded(row)
