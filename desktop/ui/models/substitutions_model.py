"""List model of substitutions found in copies: "X here, Y there", grouped and counted."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from desktop.core.model import Analysis, Change

from desktop.ui.bidi import isolated, shown

HEADERS = (QT_TRANSLATE_NOOP("SubstitutionsModel", "Source outlet"),
           QT_TRANSLATE_NOOP("SubstitutionsModel", "Source wording"),
           QT_TRANSLATE_NOOP("SubstitutionsModel", "Copy wording"),
           QT_TRANSLATE_NOOP("SubstitutionsModel", "Copy outlet"),
           QT_TRANSLATE_NOOP("SubstitutionsModel", "Category"),
           QT_TRANSLATE_NOOP("SubstitutionsModel", "Times"))
ChangeRole = Qt.ItemDataRole.UserRole + 1


class SubstitutionsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str, str, list[Change]]] = []

    def set_analysis(self, analysis: Analysis | None, labels: dict[str, str] | None = None
                     ) -> None:
        """``labels``: category id -> label shown in the Category column."""
        labels = labels or {}
        self.beginResetModel()
        groups: dict[tuple, list[Change]] = {}
        outlet_of = {a.id: a.outlet for a in analysis.articles} if analysis else {}
        for ch in analysis.changes if analysis else ():
            if ch.type != "substitution":
                continue
            key = (outlet_of.get(ch.a, ch.a), " ".join(ch.a_text.split()),
                   " ".join(ch.b_text.split()), outlet_of.get(ch.b, ch.b),
                   labels.get(ch.category, ch.category) if ch.category else "")
            groups.setdefault(key, []).append(ch)
        self.rows = [(*key, changes) for key, changes in groups.items()]
        # categorised label swaps first, then the most frequent
        self.rows.sort(key=lambda r: (r[4] == "", -len(r[5]), r[0], r[1]))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def change(self, row: int) -> Change:
        return self.rows[row][5][0]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(len(row[5])) if col == 5 else shown(row[col])
        if role == ChangeRole:
            return row[5][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"{isolated(row[1])}  ({isolated(row[0])})  →  {isolated(row[2])}  "
                    f"({isolated(row[3])})")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None
