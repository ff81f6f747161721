"""Matrix model: how much of each article (row) appears in each other article (column)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.model import Analysis, PairStats

from .bidi import isolated
from .style import heat_color

ShareRole = Qt.ItemDataRole.UserRole + 1
SOURCE_MARK, COPY_MARK = "· source", "· copy"


class ReuseModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self.labels: list[str] = []
        self.titles: list[str] = []
        self._pairs: dict[tuple[str, str], PairStats] = {}

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        arts = list(analysis.articles) if analysis else []
        self.ids = [a.id for a in arts]
        self.labels = [isolated(a.outlet) if len(arts) <= 12 else f"{k + 1}. {isolated(a.outlet)}"
                       for k, a in enumerate(arts)]
        self.titles = [isolated(a.title or a.id) for a in arts]
        self._pairs = {}
        for p in analysis.pairs if analysis else ():
            self._pairs[(p.a, p.b)] = p
            self._pairs[(p.b, p.a)] = p
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def share(self, row: int, col: int) -> float | None:
        """Share of the row article's words found in the column article."""
        if row == col:
            return None
        p = self._pairs.get((self.ids[row], self.ids[col]))
        if p is None:
            return 0.0
        return p.a_in_b if p.a == self.ids[row] else p.b_in_a

    def role_of(self, row: int, col: int) -> str:
        """'source' when the row article is the likely source of the column one, 'copy' for
        the reverse, '' when unknown."""
        p = self._pairs.get((self.ids[row], self.ids[col]))
        if p is None or p.direction == "unknown":
            return ""
        src = p.a if p.direction == "a->b" else p.b
        return "source" if src == self.ids[row] else "copy"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        share = self.share(r, c)
        if role == Qt.ItemDataRole.DisplayRole:
            if share is None:
                return "—"
            mark = {"source": SOURCE_MARK, "copy": COPY_MARK}.get(self.role_of(r, c), "")
            return f"{share:.0%} {mark}".strip()
        if role == ShareRole:
            return share
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#f0f0f0") if share is None else heat_color(share))
        if role == Qt.ItemDataRole.ForegroundRole and share is not None and share > 0.45:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and share is not None:
            who = {"source": "likely the source of", "copy": "likely copied from"}.get(
                self.role_of(r, c), "no clear direction with")
            p = self._pairs.get((self.ids[r], self.ids[c]))
            evidence = "\n".join(p.evidence[:4]) if p and p.evidence else ""
            return (f"{share:.0%} of {self.labels[r]} ({self.titles[r]}) appears in "
                    f"{self.labels[c]}.\nRow article is {who} the column article.\n{evidence}"
                    "\nClick or press Enter to open the pair view.").strip()
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.labels[section]}: {self.titles[section]} ({self.ids[section]})"
        return None
