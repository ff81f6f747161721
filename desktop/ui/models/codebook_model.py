"""Tree model over the project's codes (parents before children), with annotation counts."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.store import Code

from desktop.ui.bidi import shown

GuidRole = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("CodebookModel", "Code"), QT_TRANSLATE_NOOP("CodebookModel", "Uses"))


class CodebookModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.codes: list[Code] = []
        self.counts: dict[str, int] = {}
        self._children: dict[str | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}

    def set_codes(self, codes: list[Code], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self.codes = list(codes)
        self.counts = dict(counts)
        guids = {c.guid for c in self.codes}
        self._children = {None: []}
        for i, c in enumerate(self.codes):
            parent = c.parent if c.parent in guids else None
            siblings = self._children.setdefault(parent, [])
            self._row[i] = len(siblings)
            siblings.append(i)
        self.endResetModel()

    def _code_index(self, index: QModelIndex) -> int:
        return int(index.internalId())

    def code(self, index: QModelIndex) -> Code | None:
        return self.codes[self._code_index(index)] if index.isValid() else None

    def index_of(self, guid: str) -> QModelIndex:
        for i, c in enumerate(self.codes):
            if c.guid == guid:
                return self.createIndex(self._row[i], 0, i)
        return QModelIndex()

    def index(self, row, column, parent=QModelIndex()) -> QModelIndex:
        key = self.codes[self._code_index(parent)].guid if parent.isValid() else None
        kids = self._children.get(key, [])
        if 0 <= row < len(kids) and 0 <= column < len(HEADERS):
            return self.createIndex(row, column, kids[row])
        return QModelIndex()

    def parent(self, index: QModelIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        code = self.codes[self._code_index(index)]
        if code.parent is None:
            return QModelIndex()
        return self.index_of(code.parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        key = self.codes[self._code_index(parent)].guid if parent.isValid() else None
        return len(self._children.get(key, []))

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(HEADERS)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.codes[self._code_index(index)]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(code.name) if index.column() == 0 else str(self.counts.get(code.guid, 0))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(code.description or code.name)
        if role == GuidRole:
            return code.guid
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None
