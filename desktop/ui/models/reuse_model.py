"""Matrix model: how much of each article (row) appears in each other article (column)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.model import Analysis, PairStats
from desktop.core.titles import display_title

from desktop.ui.bidi import isolated
from desktop.ui.style import heat_color

ShareRole = Qt.ItemDataRole.UserRole + 1
NUMBERED_ABOVE = 12  # more articles than this: numbered column headers
SOURCE_MARK = QT_TRANSLATE_NOOP("ReuseModel", "source")
COPY_MARK = QT_TRANSLATE_NOOP("ReuseModel", "copy")


class ReuseModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self.labels: list[str] = []
        self.titles: list[str] = []
        self._pairs: dict[tuple[str, str], PairStats] = {}
        self.order: list[str] = []  # article ids shown first, in this order (the columns view's)
        self.outlets: list[str] = []
        self.strongest: list[float] = []
        self.analysis: Analysis | None = None

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.beginResetModel()
        self.analysis = analysis
        arts = list(analysis.articles) if analysis else []
        rank = {aid: k for k, aid in enumerate(self.order)}
        arts.sort(key=lambda a: rank.get(a.id, len(rank)))  # stable: the rest keep their order
        self.ids = [a.id for a in arts]
        self.outlets = [a.outlet for a in arts]
        self.labels = [isolated(a.outlet) if len(arts) <= NUMBERED_ABOVE
                       else isolated(f"{k + 1}. {a.outlet}")  # the number stays with its name
                       for k, a in enumerate(arts)]
        self.titles = [isolated(display_title(a)) for a in arts]
        self._pairs = {}
        strongest = dict.fromkeys(self.ids, 0.0)
        for p in analysis.pairs if analysis else ():
            self._pairs[(p.a, p.b)] = p
            self._pairs[(p.b, p.a)] = p
            best = max(p.a_in_b, p.b_in_a)
            for aid in (p.a, p.b):
                if aid in strongest and best > strongest[aid]:
                    strongest[aid] = best
        # per row: the largest share with any other article, either direction
        self.strongest = [strongest[aid] for aid in self.ids]
        self.endResetModel()

    def set_order(self, order: list[str]) -> None:
        """Show these article ids first, in this order."""
        if order != self.order:
            self.order = list(order)
            self.set_analysis(self.analysis)

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
            return f"{share:.0%} · {self.tr(mark)}" if mark else f"{share:.0%}"
        if role == ShareRole:
            return share
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#f0f0f0") if share is None else heat_color(share))
        if role == Qt.ItemDataRole.ForegroundRole and share is not None and share > 0.45:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and share is not None:
            who = {"source": self.tr("The row article is likely the source of the column "
                                     "article."),
                   "copy": self.tr("The row article likely copied from the column article.")
                   }.get(self.role_of(r, c), self.tr("No clear direction between the two."))
            p = self._pairs.get((self.ids[r], self.ids[c]))
            evidence = "\n".join(p.evidence[:4]) if p and p.evidence else ""
            return (self.tr("{share} of {row} ({title}) appears in {column}.").format(
                        share=f"{share:.0%}", row=self.labels[r], title=self.titles[r],
                        column=self.labels[c])
                    + f"\n{who}\n{evidence}\n"
                    + self.tr("Click or press Enter to open the pair view.")).strip()
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if len(self.ids) > NUMBERED_ABOVE:
                # many articles: narrow columns headed by number, rows by number and outlet
                return str(section + 1) if orientation == Qt.Orientation.Horizontal \
                    else self.labels[section]
            return self.labels[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.labels[section]}: {self.titles[section]} ({self.ids[section]})"
        return None
