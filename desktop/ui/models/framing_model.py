"""Table model: framing categories (rows) x outlets (columns); each cell lists terms and counts."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.core.lexicon import Lexicon
from desktop.core.model import Analysis

from desktop.i18n.names import category_name

from desktop.ui.bidi import isolated, shown
from desktop.ui.language import current_language
from desktop.ui.style import blend_on_white

TermsRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TermCount:
    term: str
    own: int  # in the outlet's own voice, endorsed (not held at a distance)
    quoted: int  # inside quoted or reported speech
    distanced: int = 0  # in the outlet's voice but held at a distance (ما يسمى, scare quotes)

    def label(self) -> str:
        """One cell line: the term, then own-voice/quoted counts (no spaces, so the bidi
        algorithm keeps them as one left-to-right run after the Arabic term), then the
        distanced count after a tilde when there is one."""
        far = f" ~{self.distanced}" if self.distanced else ""
        return f"{self.term}\u200f  {self.own}/{self.quoted}{far}"


class FramingModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.categories: list[tuple[str, str, str]] = []  # (id, label, colour)
        self.outlets: list[str] = []
        self.cells: dict[tuple[int, int], list[TermCount]] = {}
        self.outlet_order: list[str] = []

    def set_analysis(self, analysis: Analysis | None, lexicon: Lexicon) -> None:
        self.beginResetModel()
        counts: dict[tuple[str, str, str], list[int]] = {}  # [own, quoted, distanced]
        outlet_of = {a.id: a.outlet for a in analysis.articles} if analysis else {}
        for hit in analysis.framing if analysis else ():
            key = (hit.category, outlet_of.get(hit.article, "?"), hit.term or hit.text)
            slot = counts.setdefault(key, [0, 0, 0])
            slot[1 if hit.in_quote else 2 if hit.distanced else 0] += 1
        used = {c for c, _, _ in counts}
        lang = current_language()
        self.categories = [(c.id, category_name(c, lang), c.color)
                           for c in lexicon.categories.values()
                           if c.id in used]
        self.categories += [(c, c, "#888888") for c in sorted(used - set(lexicon.categories))]
        present = {a.outlet for a in analysis.articles} if analysis else set()
        # the columns view's order (first = rightmost column) when the window has given one
        self.outlets = [o for o in self.outlet_order if o in present] + \
            sorted(present - set(self.outlet_order))
        row_of = {c[0]: i for i, c in enumerate(self.categories)}
        col_of = {o: i for i, o in enumerate(self.outlets)}
        cells: dict[tuple[int, int], list[TermCount]] = {}
        for (cat, outlet, term), (own, quoted, far) in counts.items():
            cells.setdefault((row_of[cat], col_of[outlet]), []).append(
                TermCount(term, own, quoted, far))
        for terms in cells.values():
            terms.sort(key=lambda t: (-(t.own + t.quoted + t.distanced), t.term))
        self.cells = cells
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.categories)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.outlets)

    def terms(self, index: QModelIndex) -> list[TermCount]:
        return self.cells.get((index.row(), index.column()), []) if index.isValid() else []

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        terms = self.terms(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(isolated(t.label()) for t in terms)
        if role == TermsRole:
            return terms
        if role == Qt.ItemDataRole.ToolTipRole:
            cat = self.categories[index.row()][1]
            head = f"{isolated(self.outlets[index.column()])} · {isolated(cat)}"
            if not terms:
                return f"{head}: " + self.tr("no terms")
            return head + "\n" + "\n".join(self._tip(t) for t in terms)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                       | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.BackgroundRole and terms:
            total = sum(t.own + t.quoted + t.distanced for t in terms)
            return QBrush(blend_on_white(self.categories[index.row()][2], min(0.22, 0.04 * total)))
        return None

    def _tip(self, t: TermCount) -> str:
        line = f"{t.term}: " + self.tr("{own} in own voice, {quoted} quoted").format(
            own=t.own, quoted=t.quoted)
        if t.distanced:
            line += self.tr(", {n} held at a distance (so-called, scare quotes)").format(
                n=t.distanced)
        return line

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return shown(self.outlets[section])
            return shown(self.categories[section][1])
        if role == Qt.ItemDataRole.ForegroundRole and orientation == Qt.Orientation.Vertical:
            return QBrush(QColor(self.categories[section][2]))
        return None
